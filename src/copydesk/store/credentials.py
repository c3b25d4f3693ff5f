"""How the store keeps secrets: API tokens as SHA-256, editor passwords scrypt-hashed."""

from __future__ import annotations

import functools
import hashlib

__all__ = ["check_password", "hash_password", "hash_token", "verify_password"]


def hash_token(secret: str) -> str:
    """The stored form of an API token: its SHA-256 hex digest.

    Tokens are 256 random bits, so a fast hash is enough (no dictionary to attack).
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


# scrypt cost: n=2**14, r=8 takes ~40 ms and 16 MB here, the OWASP-recommended floor.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` for an editor password (hashlib.scrypt)."""
    import secrets

    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32
    )
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


@functools.lru_cache(maxsize=1)
def _decoy() -> str:
    return hash_password("decoy", salt=b"\0" * 16)


def check_password(password: str, stored: str | None) -> bool:
    """:func:`verify_password`, spending the same time when there is no such editor.

    (A fast "no" for unknown names would tell an attacker which names exist.)
    """
    if stored is None:
        verify_password(password, _decoy())
        return False
    return verify_password(password, stored)


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches a :func:`hash_password` string (constant-time compare)."""
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(got.hex(), digest)
