"""``sitekey.signature_verifier`` and ``verify_signature``: a signature is sound only under its
own key and message; anything malformed, and any key of small order, verifies nothing (and is
not a readable key)."""

from __future__ import annotations

import pytest

from sortapp.core import sitekey

#: The neutral point's encoding (y = 1), a key of order 1: under OpenSSL's Ed25519 check the
#: signature ``FORGED`` (R the neutral point, S zero) verifies for every message.
NEUTRAL = "01" + "00" * 31
#: A point of order 8: under OpenSSL's check ``FORGED`` verifies for the messages below (those
#: whose hash with R and the key is a multiple of 8), as for one message in eight.
ORDER_8 = "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"
FORGED = NEUTRAL + "00" * 32


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


@pytest.mark.parametrize(
    "key, messages",
    [
        (NEUTRAL, (b"message", b"any other message", b"")),
        (ORDER_8, (b"message0", b"message16", b"message21")),
    ],
)
def test_a_key_of_small_order_verifies_nothing(key, messages):
    """The forgery OpenSSL's check takes (cryptography's ``Ed25519PublicKey.verify``): R the
    neutral point and S zero, for a key of small order and these messages. libsodium refuses a
    key, and an R, of small order; and such a key is not one a signature can be checked by."""
    for message in messages:
        assert not sitekey.signature_verifier(key)(message, FORGED)
        assert not sitekey.verify_signature(key, message, FORGED)
    assert not sitekey.readable_public_key(key)


def test_a_real_key_is_readable_and_text_that_is_none_is_not():
    assert sitekey.readable_public_key(sitekey.generate()[1])
    for text in ("zz", "00" * 31, "", "01" + "00" * 32, "ff" * 32):
        assert not sitekey.readable_public_key(text), text
