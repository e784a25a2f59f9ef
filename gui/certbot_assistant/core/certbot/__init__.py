"""certbot: see docs/architecture.md."""
