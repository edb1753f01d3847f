"""The site's signing key: Ed25519, kept wrapped by each supervisor's and admin's password.

A wrap is JSON text holding the scrypt parameters and salt that turn a password into a key, and
the ChaCha20-Poly1305 nonce and ciphertext of the 32 raw private bytes. Qt-free; the transfer
files and the audit checkpoints are signed with this module.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable

# cryptography and PyNaCl are loaded by the functions that use them, not with this module: the
# app's start shows its sign-in without them (a supervisor's or an admin's sign-in then unwraps
# the key, and an operator's window opens without it).

#: scrypt cost of new wraps; tests may lower it, stored wraps keep the cost they were made with.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
#: Bounds on the cost a wrap may ask for (a forged wrap must not exhaust memory or time).
_MAX_N = 2**20
_MAX_R = 16
_MAX_P = 4
_MAXMEM = 2**31 - 1
#: Bound to every wrap's ciphertext: a wrap made for something else does not open as a site key.
_LABEL = b"sortapp site key v1"
_VERSION = 1


def generate() -> tuple[bytes, str]:
    """Return a new key pair: (32 raw private bytes, the public key in hex)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    private = Ed25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw().hex()


def public_of(private: bytes) -> str:
    """Return the public key (hex) of raw private bytes."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw().hex()


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=_MAXMEM
    )


def wrap(private: bytes, password: str) -> str:
    """Encrypt the private key under ``password``; return the wrap as JSON text."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305  # noqa: PLC0415

    if len(private) != 32:
        raise ValueError("an Ed25519 private key is 32 bytes")
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, private, _LABEL)
    return json.dumps(
        {
            "v": _VERSION,
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "salt": salt.hex(),
            "aead": "chacha20poly1305",
            "nonce": nonce.hex(),
            "ciphertext": sealed.hex(),
        },
        sort_keys=True,
        separators=(",", ":"),
    )


def unwrap(wrapped: str, password: str) -> bytes | None:
    """Return the private key in ``wrapped``, or None (wrong password, damaged or foreign wrap)."""
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305  # noqa: PLC0415

    try:
        data = json.loads(wrapped)
        kdf = data["kdf"]
        n, r, p = kdf["n"], kdf["r"], kdf["p"]
        if (
            data["v"] != _VERSION
            or kdf["name"] != "scrypt"
            or data["aead"] != "chacha20poly1305"
            or not all(type(x) is int for x in (n, r, p))
            or not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R)
            or not 1 <= p <= _MAX_P
        ):
            return None
        salt = bytes.fromhex(data["salt"])
        nonce = bytes.fromhex(data["nonce"])
        sealed = bytes.fromhex(data["ciphertext"])
        if len(nonce) != 12 or not salt:
            return None
        private = ChaCha20Poly1305(_derive(password, salt, n, r, p)).decrypt(nonce, sealed, _LABEL)
    except (ValueError, TypeError, KeyError, InvalidTag, RecursionError):
        return None
    return private if len(private) == 32 else None


def sign(private: bytes, message: bytes) -> str:
    """Sign ``message``; return the 64-byte Ed25519 signature in hex."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: PLC0415

    return Ed25519PrivateKey.from_private_bytes(private).sign(message).hex()


def verify_signature(public_hex: str, message: bytes, signature_hex: str) -> bool:
    """Tell whether ``signature_hex`` is a valid signature of ``message`` under the public key.

    Malformed keys or signatures are simply not valid (no exception).
    """
    return signature_verifier(public_hex)(message, signature_hex)


def readable_public_key(public_hex: str) -> bool:
    """Tell whether ``public_hex`` reads as an Ed25519 public key that can verify a signature:
    a point of the curve's main group, written canonically (libsodium's test), as every key
    made is. A key's row edited outside sortapp may hold any text, or a key of small order,
    which ``signature_verifier`` takes as verifying nothing: then no signature can be checked
    against it, said once rather than of every signature."""
    from nacl.bindings import crypto_core_ed25519_is_valid_point  # noqa: PLC0415

    try:
        raw = bytes.fromhex(public_hex)
    except (ValueError, TypeError):
        return False
    return len(raw) == 32 and bool(crypto_core_ed25519_is_valid_point(raw))


def signature_verifier(public_hex: str) -> Callable[[bytes, str], bool]:
    """``verify_signature`` with this public key, for many signatures: the key read once.
    A malformed key makes every signature not valid, as there.

    The check is libsodium's (PyNaCl): 1.6-1.9 times OpenSSL's speed (15,400-17,800 a second
    against 9,300-9,600 on the benchmarks' machine, where a first ``verify`` of the ten-year
    history checks 42,324), and stricter: a key of small order, or a signature whose R is,
    verifies nothing. (OpenSSL's check takes, for the neutral point's key, the signature of R
    the neutral point and S zero for any message. Whoever can write a key can write one of
    their own, so this is defence in depth, not a forgery closed.)"""
    from nacl.exceptions import CryptoError  # noqa: PLC0415
    from nacl.signing import VerifyKey  # noqa: PLC0415

    try:
        public = VerifyKey(bytes.fromhex(public_hex))
    except (ValueError, TypeError, CryptoError):
        return lambda _message, _signature_hex: False

    def verify(message: bytes, signature_hex: str) -> bool:
        try:
            public.verify(message, bytes.fromhex(signature_hex))
        except (ValueError, TypeError, CryptoError):
            return False
        return True

    return verify


def key_fingerprint(public_hex: str) -> str:
    """Return a short fingerprint of a public key to read over the phone: ``3F2A-91C0-...``.

    Six groups of four hex digits (96 bits of SHA-256 of the raw public key); for a text that
    is no key's hex (a key's row edited outside sortapp), "(not a key)", matching none.
    """
    try:
        raw = bytes.fromhex(public_hex)
    except (ValueError, TypeError):
        return "(not a key)"
    digest = hashlib.sha256(raw).hexdigest()[:24].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 24, 4))
