"""The budget's floor: the bare QWizard plus the libraries the app must ship, none of its code.

The libraries are the ones the issues and architecture rule 6 name (httpx, keyring with the OS
backend, cryptography, platformdirs, configobj, truststore). On Linux the Secret Service backend
alone needs cryptography (secretstorage encrypts with it), so this build shows how much of the
app's bundle is fixed by those choices and how much its own code adds.
"""

import sys

import configobj  # noqa: F401
import cryptography.x509  # noqa: F401
import httpx  # noqa: F401
import keyring  # noqa: F401
import platformdirs  # noqa: F401
import truststore  # noqa: F401
from bare_wizard import main

if __name__ == "__main__":
    sys.exit(main())
