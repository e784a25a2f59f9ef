"""Certbot Assistant for CertCentral.

A wizard (and a CLI on the same core) that gets Windows server admins from "I need a DigiCert
CertCentral certificate" to a working, renewing Certbot setup, and names every problem on the way.
"""

__version__ = "0.1.0"
APP_NAME = "Certbot Assistant for CertCentral"
APP_ID = "certbot-assistant"
