"""run: the user's certbot run against a config dir, and the preflight that refuses a wrong one."""
