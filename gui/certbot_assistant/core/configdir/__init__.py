"""configdir: see docs/architecture.md."""
