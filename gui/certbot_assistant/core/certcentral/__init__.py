"""certcentral: see docs/architecture.md."""
