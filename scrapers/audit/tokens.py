"""Per-brand API tokens: shown once, stored only as a slow salted hash.

A token is ``tpb_<token_id>_<secret>``.  The public ``token_id`` finds the row; the
secret is checked against an scrypt hash with its own salt, in constant time, so a
leaked database does not leak usable tokens.

>>> token = format_token("0123456789abcdef", "s3cret")
>>> parse_token(token)
('0123456789abcdef', 's3cret')
>>> parse_token("nonsense") is None
True
>>> check_secret("s3cret", hash_secret("s3cret")), check_secret("guess", hash_secret("s3cret"))
(True, False)
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from scrapers.store.schema import Brand, BrandToken

PREFIX = "tpb"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_DUMMY_HASH = "scrypt$16384$8$1$00$00"


def format_token(token_id: str, secret: str) -> str:
    return f"{PREFIX}_{token_id}_{secret}"


def parse_token(token: str) -> tuple[str, str] | None:
    """``(token_id, secret)`` of a well-formed token, else ``None``."""
    parts = token.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2]


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex), the only form in which a secret is stored."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_secret(secret: str, stored: str) -> bool:
    """Whether ``secret`` matches a stored hash, compared in constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        computed = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=int(n),
                                  r=int(r), p=int(p), dklen=32)
    except ValueError:
        return False
    return hmac.compare_digest(computed.hex(), digest)


def create_brand_token(session: Session, brand_id: int) -> str:
    """Store a new token's hash for the brand and return the token (its only appearance)."""
    token_id = secrets.token_hex(8)
    secret = secrets.token_urlsafe(32)
    session.add(BrandToken(brand_id=brand_id, token_id=token_id, token_hash=hash_secret(secret)))
    session.flush()
    return format_token(token_id, secret)


def verify_brand_token(session: Session, slug: str, token: str) -> bool:
    """Whether ``token`` is a live token of the brand ``slug``."""
    parsed = parse_token(token or "")
    row = None
    if parsed is not None:
        row = session.execute(
            select(BrandToken.token_hash)
            .join(Brand, Brand.id == BrandToken.brand_id)
            .where(BrandToken.token_id == parsed[0], Brand.slug == slug,
                   BrandToken.revoked.is_(False))
        ).scalar_one_or_none()
    if parsed is None or row is None:
        check_secret("", _DUMMY_HASH)  # spend similar time, so misses and hits look alike
        return False
    return check_secret(parsed[1], row)
