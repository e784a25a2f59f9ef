"""The wizard's pages, one module each, in the order of ``state.PageId``."""
