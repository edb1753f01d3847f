"""``sitekey.signature_verifier``: the key read once, the same verdicts as ``verify_signature``."""

from __future__ import annotations

from sortapp.core import sitekey


def test_a_verifier_says_what_verify_signature_says():
    private, public = sitekey.generate()
    other = sitekey.generate()[1]
    signature = sitekey.sign(private, b"message")
    cases = [
        (b"message", signature),
        (b"messagE", signature),
        (b"message", "00" * 64),
        (b"message", "zz"),
        (b"message", signature[:-2]),
        (b"", sitekey.sign(private, b"")),
    ]
    for key in (public, other, "zz", "00" * 31, ""):
        verify = sitekey.signature_verifier(key)
        for message, sig in cases:
            assert verify(message, sig) == sitekey.verify_signature(key, message, sig)
    assert sitekey.signature_verifier(public)(b"message", signature)
    assert not sitekey.signature_verifier(other)(b"message", signature)
