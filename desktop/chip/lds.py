"""LDS files other than DG2 and EF.SOD (9303-10 §4.6-4.7): EF.COM, DG1 (the MRZ),
DG11 (additional personal details), DG12 (additional document details), DG14 and
EF.CardAccess (SecurityInfos), DG15 (the active authentication public key).
Malformed input raises `LDSError`, nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from asn1crypto import core
from asn1crypto import keys as asn1_keys

from desktop.chip import der, tlv
from desktop.chip.errors import ParseError
from desktop.chip.files import DG_TAGS


class LDSError(ParseError):
    pass


def _outer(raw: bytes, tag: int, name: str) -> tlv.TLV:
    try:
        element = tlv.decode_one(raw)
    except tlv.TLVError as e:
        raise LDSError(f"{name}: {e}") from None
    if element.tag != tag:
        raise LDSError(f"{name} starts with tag {element.tag:X}, {tag:X} expected")
    return element


def _children(element: tlv.TLV, name: str) -> list[tlv.TLV]:
    try:
        return element.children()
    except tlv.TLVError as e:
        raise LDSError(f"{name}: {e}") from None


@dataclass(frozen=True)
class Com:
    lds_version: str | None
    unicode_version: str | None
    data_groups: list[int]


def parse_com(raw: bytes) -> Com:
    fields = {c.tag: c.value for c in _children(_outer(raw, 0x60, "EF.COM"), "EF.COM")}
    if 0x5C not in fields:
        raise LDSError("EF.COM has no tag list")
    groups = sorted(DG_TAGS[t] for t in fields[0x5C] if t in DG_TAGS)

    def text(tag: int) -> str | None:
        v = fields.get(tag)
        return v.decode("ascii", "replace") if v is not None else None

    return Com(text(0x5F01), text(0x5F36), groups)


def parse_dg1(raw: bytes) -> list[str]:
    """The MRZ lines as stored (TD1 3x30, TD2 2x36, TD3 2x44)."""
    element = _outer(raw, 0x61, "DG1")
    mrz = next((c.value for c in _children(element, "DG1") if c.tag == 0x5F1F), None)
    if mrz is None:
        raise LDSError("DG1 has no MRZ data element (5F1F)")
    try:
        text = mrz.decode("ascii")
    except UnicodeDecodeError:
        raise LDSError("DG1's MRZ is not ASCII") from None
    for width, count in ((30, 3), (36, 2), (44, 2)):
        if len(text) == width * count:
            return [text[i * width : (i + 1) * width] for i in range(count)]
    raise LDSError(f"DG1's MRZ has {len(text)} characters: no document format has that")


# DG11 / DG12 fields (9303-10 §4.7.11-12) that the officer sees, by tag
DG11_FIELDS = {
    0x5F0E: "full_name",
    0x5F0F: "other_names",
    0x5F10: "personal_number",
    0x5F2B: "full_birth_date",
    0x5F11: "place_of_birth",
    0x5F42: "address",
    0x5F12: "telephone",
    0x5F13: "profession",
    0x5F14: "title",
    0x5F15: "personal_summary",
    0x5F18: "custody_information",
}
DG12_FIELDS = {
    0x5F19: "issuing_authority",
    0x5F26: "date_of_issue",
    0x5F1B: "endorsements",
    0x5F1C: "tax_exit_requirements",
    0x5F55: "personalization_time",
    0x5F56: "personalization_device_serial",
}


# fields whose parts 9303-10 separates with '<' (city<state, street<city<state)
_PARTS = {"place_of_birth", "address", "permanent_address"}


def clean(key: str, value: str) -> str:
    """A DG11/DG12 value as the officer reads it (9303-10 §4.7.11): in names '<<'
    separates the primary from the secondary identifier (', ') and '<' is a space; in
    places and addresses '<' separates parts (', '); elsewhere '<' is a filler (space)."""
    if key.endswith(("name", "names")):
        text = value.replace("<<", ", ").replace("<", " ")
    elif key in _PARTS:
        text = ", ".join(p.strip() for p in value.split("<") if p.strip())
    else:
        text = value.replace("<", " ")
    return " ".join(text.split()).strip(" ,")


def _text_fields(raw: bytes, tag: int, name: str, names: dict[int, str]) -> dict[str, str]:
    """Each field cleaned of fillers; where that changed it, the value as stored is kept
    beside it as `<field>_raw`. Several other names are joined with '; '."""
    found: dict[str, list[str]] = {}

    def add(key: str, element: tlv.TLV) -> None:
        found.setdefault(key, []).append(element.value.decode("utf-8", "replace"))

    for child in _children(_outer(raw, tag, name), name):
        if child.tag == 0xA0 and tag == 0x6B:  # other names: A0 { 02 count, 5F0F ... }
            for inner in _children(child, name):
                if inner.tag == 0x5F0F:
                    add("other_names", inner)
            continue
        key = names.get(child.tag)
        if key is None or child.constructed:
            continue
        add(key, child)
    out: dict[str, str] = {}
    for key, values in found.items():
        stored = "; ".join(values)
        out[key] = "; ".join(clean(key, v) for v in values)
        if out[key] != stored:
            out[f"{key}_raw"] = stored
    return out


def parse_dg11(raw: bytes) -> dict[str, str]:
    return _text_fields(raw, 0x6B, "DG11", DG11_FIELDS)


def parse_dg12(raw: bytes) -> dict[str, str]:
    return _text_fields(raw, 0x6C, "DG12", DG12_FIELDS)


@dataclass(frozen=True)
class SecurityInfo:
    protocol: str  # dotted OID
    required: object
    optional: object


def parse_security_infos(der_bytes: bytes, name: str) -> list[SecurityInfo]:
    """SecurityInfos ::= SET OF SecurityInfo (9303-11 §9.2)."""
    try:
        outer = tlv.decode_one(der_bytes)
        if outer.tag != 0x31:
            raise LDSError(f"{name} is not a SET of SecurityInfo")
        infos = [(info.tag, info.children()) for info in outer.children()]
    except tlv.TLVError as e:
        raise LDSError(f"{name}: {e}") from None
    out = []
    for tag, children in infos:
        if tag != 0x30:
            raise LDSError(f"{name}: a SecurityInfo is not a SEQUENCE")
        try:
            items = [der.load_any(tlv.encode(c.tag, c.value)) for c in children]
        except der.DECODE_ERRORS as e:
            raise LDSError(f"{name} is not valid SecurityInfos: {e}") from None
        if not items or not isinstance(items[0], core.ObjectIdentifier):
            raise LDSError(f"{name}: a SecurityInfo does not start with an OID")
        required = items[1].native if len(items) > 1 else None
        optional = items[2].native if len(items) > 2 else None
        out.append(SecurityInfo(items[0].dotted, required, optional))
    return out


def parse_dg14(raw: bytes) -> list[SecurityInfo]:
    return parse_security_infos(_outer(raw, 0x6E, "DG14").value, "DG14")


def parse_card_access(raw: bytes) -> list[SecurityInfo]:
    return parse_security_infos(raw, "EF.CardAccess")


def parse_dg15(raw: bytes) -> asn1_keys.PublicKeyInfo:
    value = _outer(raw, 0x6F, "DG15").value
    try:
        return der.load(asn1_keys.PublicKeyInfo, value)
    except der.DECODE_ERRORS as e:
        raise LDSError(f"DG15 is not a public key: {e}") from None
