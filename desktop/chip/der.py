"""Decoding ASN.1 with asn1crypto, all at once, where the bytes enter.

asn1crypto parses lazily: malformed DER surfaces at whichever later access first touches
it, as a ValueError, TypeError or KeyError (an AttributeError for a type it cannot give a
value of, nested in an Any: turned into a ValueError). `load` forces the whole parse inside
the call, so a parser catches `DECODE_ERRORS` around this one call only; a TypeError or
AttributeError anywhere else is a bug in our code and propagates.
"""

from __future__ import annotations

from typing import TypeVar

from asn1crypto import core

# What asn1crypto raises for malformed input: ValueError (lengths, tags, contents),
# TypeError (a value of the wrong ASN.1 type where the spec names another) and KeyError
# (an algorithm identifier its spec table does not know: a key's, a signature's).
DECODE_ERRORS = (ValueError, TypeError, KeyError)

T = TypeVar("T", bound=core.Asn1Value)


def load(spec: type[T], data: bytes, *, strict: bool = True) -> T:
    """`spec.load(data)` with every nested value parsed now (raises DECODE_ERRORS)."""
    if not isinstance(data, bytes | bytearray):  # our bug, not malformed input
        raise TypeError(f"DER must be bytes, not {type(data).__name__}")
    value = spec.load(bytes(data), strict=strict)
    try:
        value.native  # noqa: B018 - the whole parse, here
    except AttributeError as e:
        # A universal type asn1crypto gives no `.native` (_NO_NATIVE) nested in an Any
        # field of the spec: the input's fault, found by the SOD fuzzer.
        raise ValueError(f"an ASN.1 value with no place here ({e})") from e
    return value


# Universal types asn1crypto loads but cannot give a value of (no `.native`)
_NO_NATIVE = (core.ObjectDescriptor, core.InstanceOf, core.Real)


def load_any(data: bytes) -> core.Asn1Value:
    """One universal value of any type (strict), parsed now (raises DECODE_ERRORS)."""
    if not isinstance(data, bytes | bytearray):
        raise TypeError(f"DER must be bytes, not {type(data).__name__}")
    value = core.load(bytes(data), strict=True)
    if isinstance(value, _NO_NATIVE):
        raise ValueError(f"an ASN.1 {type(value).__name__} has no place here")
    value.native  # noqa: B018
    return value
