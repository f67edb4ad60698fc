"""SHA-256 without OpenSSL: CPython's built-in implementation, as the standard `random` module does for SHA-512.

Importing hashlib loads OpenSSL (about 3.5 MiB resident) for what is here a handful of short digests at start
(content revisions, the policy report), so Guardian uses the built-in module when the interpreter has one.
"""

from __future__ import annotations

try:
    from _sha2 import sha256  # Python 3.12 and later
except ImportError:
    try:
        from _sha256 import sha256  # Python 3.11
    except ImportError:  # another interpreter: the same digest from hashlib
        from hashlib import sha256


def sha256_hex(data: bytes) -> str:
    return sha256(data).hexdigest()
