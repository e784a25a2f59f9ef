"""certificates: see docs/architecture.md."""
