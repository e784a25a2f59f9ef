"""renewal: see docs/architecture.md."""
