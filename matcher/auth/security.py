"""Passwords (argon2id), random secrets for tokens and sessions (only their SHA-256 is stored), and the
signed form tokens that protect the pages' forms against cross-site request forgery."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

TOKEN_PREFIX = "mw_"
MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_secret(prefix: str = "") -> str:
    return prefix + secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def form_token(secret_key: str, browser_secret: str) -> str:
    """The token a form carries: an HMAC of the browser's own random cookie under the server's secret."""
    return hmac.new(secret_key.encode("utf-8"), browser_secret.encode("utf-8"), hashlib.sha256).hexdigest()


def form_token_valid(secret_key: str, browser_secret: str | None, token: str | None) -> bool:
    if not browser_secret or not token:
        return False
    return hmac.compare_digest(form_token(secret_key, browser_secret), token)
