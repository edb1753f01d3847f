"""``sitekey.signature_verifier`` and ``verify_signature``: a signature is sound only under its
own key and message; anything malformed, and any key of small order, verifies nothing."""

from __future__ import annotations

import pytest

from sortapp.core import sitekey

#: The neutral point's encoding (y = 1), a key of order 1: under OpenSSL's Ed25519 check the
#: signature below (R the neutral point, S zero) verifies for every message.
NEUTRAL = "01" + "00" * 31
#: A point of order 8 (y = 0): a key of small order as well.
ORDER_8 = "00" * 32


def test_a_signature_is_sound_under_its_key_and_message_only():
    private, public = sitekey.generate()
    other = sitekey.generate()[1]
    signature = sitekey.sign(private, b"message")
    assert sitekey.signature_verifier(public)(b"message", signature)
    assert sitekey.verify_signature(public, b"message", signature)
    assert sitekey.signature_verifier(public)(b"", sitekey.sign(private, b""))
    refused = [
        (public, b"messagE", signature),
        (public, b"message", "00" * 64),
        (public, b"message", "zz"),
        (public, b"message", signature[:-2]),
        (public, b"message", signature + "00"),
        (other, b"message", signature),
        ("zz", b"message", signature),
        ("00" * 31, b"message", signature),
        ("", b"message", signature),
    ]
    for key, message, sig in refused:
        assert not sitekey.signature_verifier(key)(message, sig), (key, message, sig)
        assert not sitekey.verify_signature(key, message, sig), (key, message, sig)


@pytest.mark.parametrize("key", [NEUTRAL, ORDER_8])
def test_a_key_of_small_order_verifies_nothing(key):
    """The forgery OpenSSL's check takes (cryptography's ``Ed25519PublicKey.verify``): R the
    neutral point and S zero, for the neutral key, whatever the message. libsodium refuses a
    key, and an R, of small order."""
    forged = NEUTRAL + "00" * 32
    for message in (b"message", b"any other message", b""):
        assert not sitekey.signature_verifier(key)(message, forged)
        assert not sitekey.verify_signature(key, message, forged)
