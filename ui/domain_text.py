"""The last domain messages the window still translates by their English wording.

The domain code now emits coded messages (`desktop/messages.py`), which the window
shows by code (`ui/messages.py`); a coded message given to `translate` goes there.
What is left here matches English f-strings with templates, for the callers that
still receive the English as a plain string: the inspection panel and the chip panel
(`ui/inspection_panel.py`, `ui/chip_panel.py`, being rewritten on another branch,
issue 16) show `str(error)` of decision refusals (`desktop/inspection/workflow.py`),
OCR refusals and chip failures; a decision refusal quotes the MRZ parser's errors, so
their templates stay too. Convert those callers to `ui.messages.text(error.message)`
and these templates go. A message no template knows is shown as it is.
`tests/ui/test_domain_text.py` feeds real output through this and fails on any
message left in English."""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.messages import Message
from ui import messages

_CONTEXT = "DomainText"


# Words that appear inside messages: field names, actions, reasons, dialects.
WORDS: frozenset[str] = frozenset(
    (
        QT_TRANSLATE_NOOP("DomainText", "birth date"),
        QT_TRANSLATE_NOOP("DomainText", "expiry date"),
        QT_TRANSLATE_NOOP("DomainText", "document number"),
        QT_TRANSLATE_NOOP("DomainText", "optional data"),
        QT_TRANSLATE_NOOP("DomainText", "composite"),
        QT_TRANSLATE_NOOP("DomainText", "issuing state"),
        QT_TRANSLATE_NOOP("DomainText", "nationality"),
        QT_TRANSLATE_NOOP("DomainText", "lost"),
        QT_TRANSLATE_NOOP("DomainText", "stolen"),
        QT_TRANSLATE_NOOP("DomainText", "revoked"),
        QT_TRANSLATE_NOOP("DomainText", "exact"),
        QT_TRANSLATE_NOOP("DomainText", "look-alike"),
        QT_TRANSLATE_NOOP("DomainText", "refer"),
        QT_TRANSLATE_NOOP("DomainText", "deny_entry"),
        QT_TRANSLATE_NOOP("DomainText", "deny_exit"),
        QT_TRANSLATE_NOOP("DomainText", "arrest"),
        QT_TRANSLATE_NOOP("DomainText", "Mandarin"),
        QT_TRANSLATE_NOOP("DomainText", "Cantonese"),
        QT_TRANSLATE_NOOP("DomainText", "listed"),
        QT_TRANSLATE_NOOP("DomainText", "initial"),
        QT_TRANSLATE_NOOP("DomainText", "(none read)"),
        QT_TRANSLATE_NOOP("DomainText", "Hanyu Pinyin"),
        QT_TRANSLATE_NOOP("DomainText", "Wade-Giles"),
        QT_TRANSLATE_NOOP("DomainText", "Tongyong Pinyin"),
        QT_TRANSLATE_NOOP("DomainText", "MPS II"),
        QT_TRANSLATE_NOOP("DomainText", "Cantonese (HK)"),
    )
)

# Placeholders by what they hold: numbers (so that "line {ln} position {col}" cannot
# swallow " and 3 more"), words of WORDS (or several joined by "/"), or messages.
_NUMBER_PARTS = {"n", "ln", "col", "p"}
_WORD_PARTS = {"field", "reason", "action", "kind", "dialect", "other", "listed", "system",
               "sa", "sb"}  # fmt: skip
_MESSAGE_PARTS = {"detail", "explanation", "first", "why", "positions", "where", "x", "errors"}

# fmt: off
TEMPLATES: tuple[str, ...] = (
    # --- MRZ (desktop/documents/mrz.py, ocr.py) ---
    QT_TRANSLATE_NOOP("DomainText", "{field} check digit is {digit}, computed {computed}"),
    QT_TRANSLATE_NOOP("DomainText", "{field} check digit is {digit}, not a digit (computed {computed})"),
    QT_TRANSLATE_NOOP("DomainText", "document number check digit is '<' but the optional data holds no continuation of the number and check digit"),
    QT_TRANSLATE_NOOP("DomainText", "document number is empty"),
    QT_TRANSLATE_NOOP("DomainText", "document code {code} must start with {allowed} in a {fmt}"),
    QT_TRANSLATE_NOOP("DomainText", "document code {code}: the second character must be a letter or <"),
    QT_TRANSLATE_NOOP("DomainText", "{field} {code} is not a letter code"),
    QT_TRANSLATE_NOOP("DomainText", "{field} UTO is ICAO's specimen state (Utopia): a specimen"),
    QT_TRANSLATE_NOOP("DomainText", "{field} {code} is not an ISO 3166-1 or ICAO 9303-3 code"),
    QT_TRANSLATE_NOOP("DomainText", "{field} {raw} is not a date (YYMMDD)"),
    QT_TRANSLATE_NOOP("DomainText", "{field} {raw} is not a valid date"),
    QT_TRANSLATE_NOOP("DomainText", "birth date is unknown (all filler)"),
    QT_TRANSLATE_NOOP("DomainText", "birth date {raw} has no month {mm}"),
    QT_TRANSLATE_NOOP("DomainText", "birth date is partly unknown ({raw})"),
    QT_TRANSLATE_NOOP("DomainText", "birth date {raw} is not a date (YYMMDD, unknown parts as <<)"),
    QT_TRANSLATE_NOOP("DomainText", "sex is written X; ICAO 9303 writes an unspecified sex as <"),
    QT_TRANSLATE_NOOP("DomainText", "sex {c} is not M, F or <"),
    QT_TRANSLATE_NOOP("DomainText", "name contains digits ({digits})"),
    QT_TRANSLATE_NOOP("DomainText", "name is empty"),
    QT_TRANSLATE_NOOP("DomainText", "name fills its whole field and may be truncated"),
    QT_TRANSLATE_NOOP("DomainText", "surname (primary identifier) is empty"),
    QT_TRANSLATE_NOOP("DomainText", "the primary identifier (surname) is empty and the name is given as the secondary identifier, as some issuers print a single name"),
    QT_TRANSLATE_NOOP("DomainText", "document number check digit is computed with the filler at position 15 (a Belgian practice for long numbers), not as ICAO 9303-5 says"),
    QT_TRANSLATE_NOOP("DomainText", "the document expired on {date}"),
    QT_TRANSLATE_NOOP("DomainText", "not an MRZ: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "expected 3 lines of 30 characters (TD1) or 2 lines of 36 (TD2, MRV-B) or 44 (TD3, MRV-A); {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "got 1 line of {n} characters"),
    QT_TRANSLATE_NOOP("DomainText", "got {n} lines of {lengths} characters"),
    QT_TRANSLATE_NOOP("DomainText", "got {n} lines"),
    QT_TRANSLATE_NOOP("DomainText", "no text"),
    QT_TRANSLATE_NOOP("DomainText", "characters outside A-Z, 0-9 and < ({where})"),
    QT_TRANSLATE_NOOP("DomainText", "line {ln} position {col}: {c}"),
    QT_TRANSLATE_NOOP("DomainText", "line {ln} position {col}"),
    QT_TRANSLATE_NOOP("DomainText", "{x} and {n} more"),
    QT_TRANSLATE_NOOP("DomainText", "OCR refused: {why} ({where}); take another picture or type the MRZ"),
    QT_TRANSLATE_NOOP("DomainText", "characters read without confidence where no check digit can confirm them"),
    QT_TRANSLATE_NOOP("DomainText", "too many characters read without confidence"),
    QT_TRANSLATE_NOOP("DomainText", "characters read without confidence, and no reading of them passes the check digits"),
    QT_TRANSLATE_NOOP("DomainText", "characters read without confidence, and more than one reading of them passes the check digits"),
    QT_TRANSLATE_NOOP("DomainText", "characters that cannot be read at all"),
    QT_TRANSLATE_NOOP("DomainText", "marks just beside the MRZ make it unclear where a line begins or ends"),
    QT_TRANSLATE_NOOP("DomainText", "no MRZ found in the image"),
    QT_TRANSLATE_NOOP("DomainText", "found text lines like an MRZ but could not find their characters"),
    QT_TRANSLATE_NOOP("DomainText", "found {n} lines of about {m} characters: not a complete MRZ"),
    QT_TRANSLATE_NOOP("DomainText", "is a directory, not an image"),
    QT_TRANSLATE_NOOP("DomainText", "file is {size} MiB; images over {limit} MiB are refused"),
    QT_TRANSLATE_NOOP("DomainText", "images over {limit} MiB are refused"),
    QT_TRANSLATE_NOOP("DomainText", "cannot read the file: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "the file is empty"),
    QT_TRANSLATE_NOOP("DomainText", "image is {size} pixels, over the {limit}-megapixel limit"),
    QT_TRANSLATE_NOOP("DomainText", "image declares too many pixels (decompression bomb?)"),
    QT_TRANSLATE_NOOP("DomainText", "not an image file, or a format that cannot be read"),
    QT_TRANSLATE_NOOP("DomainText", "truncated or damaged image ({detail})"),
    QT_TRANSLATE_NOOP("DomainText", "image is too small ({size} pixels)"),
    QT_TRANSLATE_NOOP("DomainText", "cannot open the camera or video {source}"),
    QT_TRANSLATE_NOOP("DomainText", "the camera or video gives no frames"),
    # --- decisions (desktop/inspection/rules.py) ---
    QT_TRANSLATE_NOOP("DomainText", "not recorded: the document failed its checks ({errors}); refer or refuse (reason DOCUMENT_INVALID), or a supervisor overrides"),
    QT_TRANSLATE_NOOP("DomainText", "not recorded: admit with a blocking hit ({what}); refer or refuse, or a supervisor clears the hit (--override)"),
    QT_TRANSLATE_NOOP("DomainText", "not recorded: the stale-list policy allows no admit without a supervisor ({what}); refer, or a supervisor overrides"),
    QT_TRANSLATE_NOOP("DomainText", "only a supervisor may override a hit"),
    QT_TRANSLATE_NOOP("DomainText", "a refusal needs --reason CODE"),
    # --- chip (desktop/chip/) ---
    QT_TRANSLATE_NOOP("DomainText", "access denied: the chip refused the MRZ key (check the document number, birth date and expiry date)"),
    QT_TRANSLATE_NOOP("DomainText", "access denied: the chip refused the PACE password (check the CAN or the MRZ)"),
    QT_TRANSLATE_NOOP("DomainText", "access denied: the chip's BAC answer does not verify"),
    QT_TRANSLATE_NOOP("DomainText", "access denied: the chip's BAC answer does not match the challenge"),
    QT_TRANSLATE_NOOP("DomainText", "access denied: the chip's PACE token does not verify"),
    QT_TRANSLATE_NOOP("DomainText", "the PC/SC service (pcscd) is not running"),
    QT_TRANSLATE_NOOP("DomainText", "no smart-card reader is connected"),
    QT_TRANSLATE_NOOP("DomainText", "the card was removed or does not respond ({detail})"),
    QT_TRANSLATE_NOOP("DomainText", "the card was removed during the read"),
    QT_TRANSLATE_NOOP("DomainText", "the reader went away ({detail})"),
    QT_TRANSLATE_NOOP("DomainText", "no card on {reader}"),
    QT_TRANSLATE_NOOP("DomainText", "another program is using the card on {reader}"),
    QT_TRANSLATE_NOOP("DomainText", "response MAC is wrong: the channel is not trusted"),
    QT_TRANSLATE_NOOP("DomainText", "the chip answered without secure messaging"),
    QT_TRANSLATE_NOOP("DomainText", "this chip has no eMRTD application: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "DG{n} is not listed in the SOD"),
    QT_TRANSLATE_NOOP("DomainText", "DG{n} does not match its hash in the SOD (altered)"),
    QT_TRANSLATE_NOOP("DomainText", "the SOD carries no Document Signer certificate"),
    QT_TRANSLATE_NOOP("DomainText", "the SOD signature is invalid: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "the SOD signature is invalid"),
    QT_TRANSLATE_NOOP("DomainText", "the SOD signature cannot be checked: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "the signed message digest does not match the SOD content"),
    QT_TRANSLATE_NOOP("DomainText", "the Document Signer certificate is outside its validity period ({start} to {end})"),
    QT_TRANSLATE_NOOP("DomainText", "no CSCA certificates available (give --csca, or sync the replica's CSCA list)"),
    QT_TRANSLATE_NOOP("DomainText", "no CSCA certificate of {country} in the store"),
    QT_TRANSLATE_NOOP("DomainText", "the Document Signer certificate is not signed by a CSCA of {country}"),
    QT_TRANSLATE_NOOP("DomainText", "the CSCA certificate is outside its validity period"),
    QT_TRANSLATE_NOOP("DomainText", "the Document Signer certificate is revoked (CSCA CRL)"),
    QT_TRANSLATE_NOOP("DomainText", "the SOD signature is malformed: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "the signed message digest does not match the content"),
    QT_TRANSLATE_NOOP("DomainText", "the ECDSA signature does not verify"),
    QT_TRANSLATE_NOOP("DomainText", "the Document Signer certificate is expired (valid {start} to {end})"),
    QT_TRANSLATE_NOOP("DomainText", "the Document Signer certificate is not yet valid (valid {start} to {end})"),
    QT_TRANSLATE_NOOP("DomainText", "the CSCA certificate is expired (valid {start} to {end})"),
    QT_TRANSLATE_NOOP("DomainText", "the CSCA certificate is not yet valid (valid {start} to {end})"),
    QT_TRANSLATE_NOOP("DomainText", "the Document Signer certificate cannot be checked: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "no CSCA certificate of {country} with the key that signed the Document Signer certificate (key id {keyid})"),
    QT_TRANSLATE_NOOP("DomainText", "revocation not checked: no CRL of {csca} (none held)"),
    QT_TRANSLATE_NOOP("DomainText", "revocation not checked: no CRL of {csca} (none signed by that CSCA)"),
    QT_TRANSLATE_NOOP("DomainText", "the SOD names its signer differently from its only certificate"),
    QT_TRANSLATE_NOOP("DomainText", "EF.SOD: SignedData version {version}, v3 expected"),
    QT_TRANSLATE_NOOP("DomainText", "EF.SOD: LDSSecurityObject v{version} with LDS info, v1 expected"),
    QT_TRANSLATE_NOOP("DomainText", "EF.SOD: LDSSecurityObject v{version} without LDS info, v0 expected"),
    QT_TRANSLATE_NOOP("DomainText", "EF.SOD: LDS version {version} is not of the form 'aabb'"),
    QT_TRANSLATE_NOOP("DomainText", "the chip's signature does not verify"),
    QT_TRANSLATE_NOOP("DomainText", "the signature does not verify"),
    QT_TRANSLATE_NOOP("DomainText", "the chip's signature has the wrong size"),
    QT_TRANSLATE_NOOP("DomainText", "DG15 holds neither an RSA nor an EC key"),
    QT_TRANSLATE_NOOP("DomainText", "unknown ISO/IEC 9796-2 trailer"),
    QT_TRANSLATE_NOOP("DomainText", "DG14 does not name the ECDSA algorithm for active authentication"),
    QT_TRANSLATE_NOOP("DomainText", "the DG15 key cannot be used: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "EF.COM and EF.SOD list different data groups"),
    QT_TRANSLATE_NOOP("DomainText", "the face in DG2 cannot be read: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "the chip does not hold the private key of DG14's chip authentication key (its answer under the new keys does not verify): a cloned chip"),
    QT_TRANSLATE_NOOP("DomainText", "the chip's PACE-CAM data do not match DG14's chip authentication key: a cloned chip"),
    QT_TRANSLATE_NOOP("DomainText", "the chip refused chip authentication: {detail}"),
    QT_TRANSLATE_NOOP("DomainText", "DG14 offers no chip authentication this reader supports"),
    QT_TRANSLATE_NOOP("DomainText", "the chip has no DG14 to check PACE-CAM against"),
    QT_TRANSLATE_NOOP("DomainText", "DG14 has no chip authentication key on the PACE curve"),
)
# fmt: on

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
# Where a message holds several: explanations joined by "; ", positions by ", ".
_SPLIT = re.compile(r"(; )")
_POSITIONS = re.compile(r"(, (?=(?:position|line) \d))")
_LIST_PARTS = {"positions", "where"}


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Templates as anchored patterns, most literal text first (the most specific wins)."""
    out = []
    for template in TEMPLATES:
        parts = _PLACEHOLDER.split(template)
        regex = "".join(
            re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_group(p)})" for i, p in enumerate(parts)
        )
        literal = sum(len(p) for p in parts[::2])
        out.append((literal, re.compile(f"^{regex}$", re.DOTALL), template))
    out.sort(key=lambda t: -t[0])
    return tuple((p, t) for _, p, t in out)


def _group(name: str) -> str:
    if name in _NUMBER_PARTS:
        return r"\d+"
    if name in _MESSAGE_PARTS:
        return ".*?"
    if name == "penalty":  # " (-0.10)" or nothing
        return "[^;]*?"
    return "[^;]+?"  # a name or a code never holds "; ": that separates messages


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _word(value: str) -> str:
    return "/".join(_tr(w) if w in WORDS else w for w in value.split("/"))


def _match(message: str) -> tuple[str, dict[str, str]] | None:
    for pattern, template in _patterns():
        m = pattern.match(message)
        if m is not None:
            return template, m.groupdict()
    return None


def translate(message: str, *, _depth: int = 0) -> str:
    """`message` in the installed language (unchanged where no template matches)."""
    if isinstance(message, Message):
        return messages.text(message)
    if _depth > 6 or not message:
        return message
    found = _match(message)
    if found is not None:
        template, groups = found
        values = {
            k: _word(v) if k in _WORD_PARTS else
            _each(_POSITIONS, v, _depth) if k in _LIST_PARTS else
            translate(v, _depth=_depth + 1) if k in _MESSAGE_PARTS else v
            for k, v in groups.items()
        }  # fmt: skip
        return _PLACEHOLDER.sub(lambda g: values[g.group(1)], _tr(template))
    if _SPLIT.search(message):
        return _each(_SPLIT, message, _depth)
    return _word(message)


def _each(separator: re.Pattern[str], text: str, depth: int) -> str:
    """The messages of a list in `text`, each translated, separators kept."""
    pieces = separator.split(text)
    return "".join(p if i % 2 else translate(p, _depth=depth + 1) for i, p in enumerate(pieces))


def is_known(message: str) -> bool:
    """Whether templates (or a code) cover all of `message` (for the tests)."""
    if isinstance(message, Message):
        return True
    if _match(message) is not None or all(w in WORDS for w in message.split("/")):
        return True
    for separator in (_SPLIT, _POSITIONS):
        pieces = separator.split(message)
        if len(pieces) > 1 and all(is_known(p) for p in pieces[::2]):
            return True
    return False
