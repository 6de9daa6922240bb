"""How submitters are remembered without being known: slow hashes of secrets, keyed IP hashes.

A client secret (random, kept by the extension) is stored only as an scrypt hash:
slow, so a leaked table cannot be brute-forced cheaply. The salt is the server's
secret salt rather than a random per-row one, on purpose: the same client must
map to the same hash so that repeated reports from one client can be recognised
as abuse. IPs are kept only as keyed hashes (HMAC-SHA-256) in the private
``submitter_ips`` table.

>>> a = hash_client_secret("s" * 32, "pepper")
>>> a == hash_client_secret("s" * 32, "pepper"), a.startswith("scrypt$16384$8$1$")
(True, True)
>>> len(hash_ip("192.0.2.1", "pepper")), hash_ip("192.0.2.1", "pepper") != "192.0.2.1"
(64, True)
"""

from __future__ import annotations

import hashlib
import hmac

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1


def hash_client_secret(secret: str, salt: str) -> str:
    """``scrypt$N$r$p$hex`` of the secret, salted with a key derived from the server salt."""
    derived_salt = hashlib.sha256(f"client-secret:{salt}".encode()).digest()
    digest = hashlib.scrypt(
        secret.encode(), salt=derived_salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${digest.hex()}"


def hash_ip(ip: str, salt: str) -> str:
    """Keyed hash of an IP address; without the salt it cannot be reversed by enumeration."""
    return hmac.new(salt.encode(), f"ip:{ip}".encode(), hashlib.sha256).hexdigest()
