"""windows: see docs/architecture.md."""
