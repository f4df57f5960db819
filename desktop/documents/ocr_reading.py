"""What every rule of the OCR's last stage shares (ocr_decide's docstring lists the rules):
the reading (`Reading`), refusals and their reasons (`refused`, `WHY`), the look-alike
groups and their margins, the check-digit helpers, a cell's glyph measured against its
runner-up and the look-alike CNN, and the document's own exemplars of 0 and O."""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from desktop.documents import codes, ocr_lookalike
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import (
    ALPHABET,
    Checks,
    TravelDocument,
    check_digit,
)
from desktop.messages import Message, define, joined, msg

IDX = {c: i for i, c in enumerate(ALPHABET)}

RIVAL_MARGIN = 0.035  # a runner-up within this of the best is a rival
MIN_SCORE = 0.70  # under this a cell holds no character read with confidence

# Letter/digit look-alikes: the check digits of fields that admit both see a swap of
# them only modulo 10, and two swaps can cancel (0->O at weights 7 and 3: 24*10).
# 8/S: in sans faces an 8 reads S, and their values differ by 20 (check-blind): 27 of
# 432 sans 8s in a document number were read S and valid with 8/S a look-alike for the
# twin search only.
LOOKALIKES = ("0ODQ", "1IL", "2Z", "5S", "8BS", "6G")
# Set from ext-mrz (real images): the largest score by which a look-alike beat the
# printed character was 0.049 (0 read as O on a photographed Luxembourg passport).
LOOKALIKE_MARGIN = 0.07
# Beyond it, up to LOOKALIKE_WIDE, the templates' ranking of a letter and its digit
# look-alike is not decisive in a cell that fits them ODD_FIT worse than the document's
# usual cell (another face, a crafted cell): such a cell keeps the look-alike for the
# twin search (_widen). Measured: on generated re-typeset and screen captures a printed
# 1 was read I by up to 0.17, 8 read B by 0.19; a crafted CJK-serif 1 read I by 0.11
# fitting 0.057-0.141 worse than its document. ODD_FIT at 0.05 widens 36 of the 266
# checked cells of ext-mrz, synth, variant, heldout and heldout5 whose printed look-alike
# was 0.07-0.20 behind (49 of 2,333 that were right) and costs no ext-mrz image; at
# 0.03, 63 of 266 and two ext-mrz images.
LOOKALIKE_WIDE = 0.20
# Set from ext-mrz: of 169 cells with a rival candidate where both characters had
# exemplars in the document, the printed character's were never less similar than the
# rival's (smallest difference 0.000); 165 were separated by 0.04 or more.
EXEMPLAR_MARGIN = 0.04
# Set from ext-mrz: a printed 0 (1, 2, 5) resembled the document's other 0s within 0.05
# of how closely those resemble each other in 220 of 255 cases (88/96, 71/74, 19/19);
# a printed O (I, Z, S) in a letters-and-digits field never came closer than 0.098.
EXEMPLAR_REL = 0.05
# A letter/digit look-alike in a checked cell that only a cancelling twin (_cancelling)
# would leave open: dropped by the exemplars only when the cell is within EXEMPLAR_TIGHT
# of how alike its kept character's exemplars (two or more) are, and the other's are
# EXEMPLAR_WIDE less like it. Set from 256 such cells with exemplars of both in ext-mrz,
# synth, variant and heldout5: the wrong character's exemplars were closer by at most
# 0.049 (an 8 beside a heldout5 document's Bs, within 0.032 of them); a heldout4 visa's
# printed O (seed 1300029) came within 0.053 of its 0s and 0.45 from its Os. Never used
# where no check digit looks: that O would have been 0.003 from a drop at 0.05.
EXEMPLAR_WIDE = 0.10
EXEMPLAR_TIGHT = 0.03

_PAIRS = {
    (a, b)
    for g in LOOKALIKES
    for a in g
    for b in g
    if a != b and (a in "0123456789") != (b in "0123456789")
}


def is_lookalike(a: str, b: str) -> bool:
    return (a, b) in _PAIRS


# K and the filler `<`: every check digit weighs both 0, and names have none. On
# generated photographs of another renderer a printed `<` was read K by 0.084 (in a
# name) and by 0.038 (between a personal number's fillers) and the reading was valid;
# on ext-mrz 3 of 46 printed Ks had `<` within 0.09.
FILLER_MARGIN = 0.10


@dataclass
class Reading:
    document: TravelDocument
    confidence: tuple[float, ...]
    corrected: tuple[tuple[int, int], ...]
    uncertain: tuple[tuple[int, int], ...]
    mean_score: float
    # Positions the glyphs alone did not settle (illegible, or more than one candidate
    # before the check digits chose): a camera does not count them for its consensus.
    unsure: tuple[tuple[int, int], ...] = ()
    # The face gate judged the MRZ not printed in OCR-B (rule 9): refused.
    not_ocrb: bool = False


define(
    {
        "ocr.why.no_check_digit": "characters read without confidence where no check digit "
        "can confirm them",
        "ocr.why.too_many": "too many characters read without confidence",
        "ocr.why.no_reading": "characters read without confidence, and no reading of them "
        "passes the check digits",
        "ocr.why.ambiguous": "characters read without confidence, and more than one reading "
        "of them passes the check digits",
        "ocr.why.illegible": "characters that cannot be read at all",
        "ocr.why.type": "a letter read where a digit is printed, or the reverse, that "
        "looks like one the field admits",
        "ocr.why.ends": "marks just beside the MRZ make it unclear where a line begins or ends",
        "ocr.why.twin": "look-alike characters (0/O, 1/I, 8/B, ...) where the check digits "
        "fail: read the other way they pass, so the MRZ may be misread rather than invalid",
        "ocr.why.state": "a state code that is not on ICAO's list but one look-alike letter "
        "from a code that is, where no check digit can confirm its letters",
        "ocr.why.face": "the characters do not look like the standard OCR-B face (another "
        "typeface, or a picture too small or blurred to tell), and then look-alike "
        "characters (0/O/D/Q, 1/I/L, 8/B, ...) cannot be told apart",
        "ocr.why.dissent": "a character where no check digit looks that the look-alike "
        "classifier takes for another (O for Q or D): that part of the MRZ may not be "
        "printed in the standard OCR-B face",
        "ocr.why.zero_o": "a 0 or O where no check digit looks (a visa's optional data) "
        "that neither the look-alike classifier nor the document's other 0s and Os clearly "
        "tell from its twin",
        "ocr.why.zero_o_twin": "a 0 or O where no check digit looks (a visa's optional "
        "data) that looks like the document's own Os where it was read 0, or like its 0s "
        "where it was read O",
        "ocr.why.line_face": "a line where no check digit looks whose characters do not "
        "look like the standard OCR-B face, while the rest of the MRZ does",
        "ocr.why.unfit": "a character where no check digit looks that fits the OCR-B "
        "shapes much worse than the rest of the MRZ, and that the look-alike classifier "
        "does not clearly tell from its look-alikes (O/Q/D, 1/I/L, ...)",
        "ocr.why.unvouched": "look-alike characters (0/O, 1/I, 8/B, ...) where check "
        "digits look, which the document's own 0s, 1s, Os and Is do not vouch for: read "
        "the other way they pass every check as well",
        "ocr.why.runner_up": "a character where a check digit fails that the glyph nearly "
        "reads as another: read so, the MRZ passes every check, so it may be misread "
        "rather than invalid",
        "ocr.why.typed_face": "characters whose shapes do not fit the standard OCR-B face as "
        "the rest do (perhaps another typeface), so typing a few characters cannot complete "
        "the reading: type the whole MRZ",
        "ocr.why.typed_invalid": "with the characters typed, the MRZ fails its checks: a typed "
        "character, or one read from the picture, may be wrong",
        "ocr.why.typed": "a character typed for the document that is not what the picture "
        "shows there (only an unclear character or one of its look-alikes can be typed): "
        "check the line and the column",
        "ocr.why.blind_twin": "a 6 or G (in a document number or optional data) whose glyph "
        "is part of the way to the other: no check digit can tell 6 from G",
        "ocr.why.runner_up_twin": "two digits under one check digit that the glyphs "
        "nearly read as two others: read so, the MRZ passes every check as well, so "
        "either reading may be a misread",
        "ocr.why.printed_error_twin": "two digits under one check digit that the glyphs "
        "nearly read as two others: read so, that check passes as well and only the "
        "composite check digit fails, so the document may be printed invalid and "
        "misread as valid",
        "ocr.why.after_name": "a character read after the end of a name (three fillers in a "
        "row), where ICAO 9303 prints only fillers: a mark over the MRZ may have made a "
        "filler look like a letter",
        "ocr.refused": "OCR refused: {why} ({where}); take another picture or type the MRZ",
        "ocr.unsure_invalid": "OCR: characters read without confidence ({where}); the MRZ "
        "fails a check digit whatever they hold: compare them with the document",
        "ocr.position": "line {ln} position {col}",
    }
)
WHY = {
    "no check digit": msg("ocr.why.no_check_digit"),
    "too many": msg("ocr.why.too_many"),
    "no reading passes the check digits": msg("ocr.why.no_reading"),
    "ambiguous": msg("ocr.why.ambiguous"),
    "illegible": msg("ocr.why.illegible"),
    "type": msg("ocr.why.type"),
    "ends": msg("ocr.why.ends"),
    "face": msg("ocr.why.face"),
    "state": msg("ocr.why.state"),
    "dissent": msg("ocr.why.dissent"),
    "twin": msg("ocr.why.twin"),
    "unfit": msg("ocr.why.unfit"),
    "zero_o": msg("ocr.why.zero_o"),
    "zero_o_twin": msg("ocr.why.zero_o_twin"),
    "line_face": msg("ocr.why.line_face"),
    "unvouched": msg("ocr.why.unvouched"),
    "runner_up": msg("ocr.why.runner_up"),
    "blind_twin": msg("ocr.why.blind_twin"),
    "typed": msg("ocr.why.typed"),
    "typed_invalid": msg("ocr.why.typed_invalid"),
    "typed_face": msg("ocr.why.typed_face"),
    "runner_up_twin": msg("ocr.why.runner_up_twin"),
    "printed_error_twin": msg("ocr.why.printed_error_twin"),
    "after_name": msg("ocr.why.after_name"),
}


def positions(cells: Iterable[int], n: int) -> list[tuple[int, int]]:
    """Flat cell indices of lines n wide -> (line, column), both from 1."""
    return [(p // n + 1, p % n + 1) for p in cells]


def refused(
    doc: TravelDocument,
    line_conf: tuple[float, ...],
    positions: list[tuple[int, int]],
    mean_score: float,
    why: str,
) -> Reading:
    shown = (msg("ocr.position", ln=ln, col=col) for ln, col in positions[:6])
    where: Message = joined(shown, ", ")
    if len(positions) > 6:
        where = msg("mrz.bad_characters.more", x=where, n=len(positions) - 6)
    err = msg("ocr.refused", why=WHY[why], where=where)
    out = dataclasses.replace(doc, valid=False, errors=(*doc.errors, err))
    return Reading(out, line_conf, (), tuple(positions), mean_score)


def refused_for(reading: Reading, *whys: str) -> bool:
    """Refused for one of these reasons (keys of WHY)."""
    texts = {WHY[w] for w in whys}
    return any(
        getattr(e, "code", "") == "ocr.refused" and e.params.get("why") in texts
        for e in reading.document.errors
    )


def is_ambiguous(reading: Reading) -> bool:
    """Refused because more than one reading passes every check digit (rule 14's
    unvouched twin and rule 21's runner-up twin too). Not rule 22's printed-error twin:
    the other reading there fails the composite."""
    return refused_for(reading, "ambiguous", "unvouched", "runner_up_twin")


def settle_trailing_fillers(cands: list[list[str]], chars: list[str], fmt: str) -> list[int]:
    """Settle a K/`<` tie as `<` where the field's data has clearly ended: fillers in
    a row just before it in the same field and nothing but fillers after it to the
    field's end. The check digits cannot tell K from `<` (both weigh 0 modulo 10),
    and a field's data does not resume after its fillers. Fillers of the field before
    say nothing (a German TD1's nationality `D<<` may be followed by optional data
    `K`). Updates `cands` and `chars` in place; returns the positions settled."""
    settled = []
    for field, run in mrz_layout.layout(fmt).filler_fields():
        for p in field:
            if sorted(cands[p]) != ["<", "K"] or p - run < field.start:
                continue
            before = range(p - run, p)
            after = range(p + 1, field.stop)
            if any(len(cands[q]) > 1 or chars[q] != "<" for q in (*before, *after)):
                continue
            cands[p] = ["<"]
            chars[p] = "<"
            settled.append(p)
    return settled


def settle_ended_names(
    cands: list[list[str]], chars: list[str], fmt: str, unreadable: set[int]
) -> list[int]:
    """Rule 7's one exception: unreadable cells of a name field after three fillers
    read clearly in a row are fillers. ICAO 9303 separates a name's parts by one filler
    and its primary from its secondary identifier by two, so three in a row never fall
    inside a name (_name_end): the name has ended, and a letter after them would be
    no name 9303 prints (no check digit looks at names: that is all the evidence there
    is). A stroke, a stamp or a dotted print over the trailing fillers (mrz_heldout11/12's
    largest cause of refusals) leaves them unreadable, or keeps a rival beside `<`
    there (K, X, a digit). Only when every cell after the run admits `<` (its best, or
    a rival within its margin), and none read best as a letter with `<` its rival (review
    r15 F1: a faded K after `<<<` read as a filler): a cell read as anything else leaves
    the whole field to rule 7 and the rivals. Updates `cands` and `chars` in place; returns the
    positions settled."""
    settled: list[int] = []
    for field, run in mrz_layout.layout(fmt).filler_fields():
        if run < NAME_FILLER_RUN:
            continue  # optional data: `<<` may sit between its parts
        end = _name_end([cands[p] == ["<"] and p not in unreadable for p in field], run)
        if end is None:
            continue
        rest = field[end + 1 :]
        if any("<" not in cands[p] for p in rest):
            continue
        if any(p not in unreadable and len(cands[p]) > 1 and chars[p] != "<" for p in rest):
            continue  # review r15 F1: a cell read best as a letter leaves the field to rule 7
        for p in rest:
            if p in unreadable or len(cands[p]) > 1:
                cands[p] = ["<"]
                chars[p] = "<"
                settled.append(p)
    return settled


# The filler run that ends a name (mrz_layout's names field): no name holds three.
NAME_FILLER_RUN = 3


def _name_end(clear: list[bool], run: int) -> int | None:
    """Where a name field's name has surely ended (the index of the last of `run`
    fillers read clearly in a row), None when not seen. A second `<<` after a name's
    parts is no ICAO name either, but not relied on: older French identity cards print
    `<<` between given names, and a one-letter given name may follow the first."""
    for i in range(run - 1, len(clear)):
        if all(clear[i - run + 1 : i + 1]):
            return i
    return None


# Rule 18 (review r16 F1): a check digit that fails is not blamed on the document when
# one cell it covers, read as another character its field admits that the glyph
# evidence puts close behind, makes the MRZ valid. Close behind: within RUNNER_UP_FIT
# in the templates, or within RUNNER_UP_WIDE there and the CNN preferring the glyph
# read by under RUNNER_UP_CNN logits. Measured in DESIGN.md (Rule 18).
RUNNER_UP_FIT = 0.10
RUNNER_UP_WIDE = 0.20
RUNNER_UP_CNN = 5.5
# ... or within RUNNER_UP_ODD_WIDE there with the glyph read fitting RUNNER_UP_ODD worse
# than the document's usual ink cell (a blend fits neither glyph well; honest printed
# errors' cells fit as usual: at most 0.038 worse on the attack pages). 0.25, not 0.30:
# mrz_heldout13 2400087 (printed invalid) has a 0 0.04 or more under it, a P 0.27 behind.
RUNNER_UP_ODD = 0.04
RUNNER_UP_ODD_WIDE = 0.25


def _usual_fit(text: str, scores: np.ndarray) -> float:
    """The document's usual ink cell's best template score (rule 18's `odd`)."""
    ink = [p for p, c in enumerate(text) if c != "<"]
    return float(np.median(scores[ink].max(axis=1))) if ink else 0.0


def _fits_oddly(text: str, scores: np.ndarray, p: int, usual: float) -> bool:
    """The glyph read in cell `p` fits the templates RUNNER_UP_ODD worse than the
    document's usual ink cell (`_usual_fit`): rules 18, 18e and 21's odd cell."""
    return bool(usual - scores[p, IDX[text[p]]] >= RUNNER_UP_ODD)


def _within_runner_up(text: str, scores: np.ndarray, p: int, b: str, usual: float) -> bool:
    """`b` within rule 18's widest reach behind the glyph read in cell `p`."""
    reach = RUNNER_UP_ODD_WIDE if _fits_oddly(text, scores, p, usual) else RUNNER_UP_WIDE
    return bool(scores[p, IDX[text[p]]] - scores[p, IDX[b]] < reach)


def _cnn_lead(text: str, feats: np.ndarray | None, p: int, b: str) -> float:
    """By how many logits the CNN prefers the glyph read in cell `p` to `b`; -inf
    without it (fails closed: every runner-up counts)."""
    if feats is None:
        return -np.inf
    return float(ocr_lookalike.lead(text, feats, {p: b}).get(p, -np.inf))


def _runner_up_doubt(text: str, scores: np.ndarray, p: int, b: str, usual: float) -> bool:
    """Rule 21's doubt in the templates: `b` within RUNNER_UP_FIT of the glyph read, or
    the cell fitting RUNNER_UP_ODD worse than the document's usual ink cell (a blend
    fits neither glyph well)."""
    near = scores[p, IDX[text[p]]] - scores[p, IDX[b]] < RUNNER_UP_FIT
    return bool(near or _fits_oddly(text, scores, p, usual))


def _lookalike_letters(digit: str) -> set[str]:
    """The letters `is_lookalike` pairs with `digit`."""
    return {b for b in string.ascii_uppercase if is_lookalike(digit, b)}


def _cnn_prefers(text: str, feats: np.ndarray | None, p: int, b: str) -> bool:
    """The CNN prefers `b` to the character read in cell `p` (without it: yes, fails
    closed: the reading is refused, not reported)."""
    return bool(_cnn_lead(text, feats, p, b) < 0)


def _failed_checks(checks: Checks) -> set[str]:
    """The names of the checks that fail ("document number", "composite"), as the
    layout's checks name them."""
    return {name.replace("_", " ") for name, ok in dataclasses.asdict(checks).items()
            if ok is False}  # fmt: skip


def _changed(text: str, changes: Iterable[tuple[int, str]]) -> list[str]:
    """`text`'s characters with the cells of `changes` (cell, character) replaced."""
    cs = list(text)
    for p, b in changes:
        cs[p] = b
    return cs


def _under_failed_checks(cells: list[int], checks: Checks, lay: mrz_layout.Layout) -> list[int]:
    """The cells among `cells` that a failing check digit covers (its digit included; a
    failing document number also reaches its line's optional data, where a long number
    continues)."""
    failed = _failed_checks(checks)
    reach: set[int] = set()
    for c in lay.checks:
        if c.name not in failed:
            continue
        reach |= lay.cells_of(c)
        if c.name == "document number":
            for f in lay.fields:
                if f.line == c.line and f.name.startswith("optional_data") and f.chars:
                    reach.update(lay.flat(f.line, q) for q in range(f.start, f.stop))
    return [p for p in cells if p in reach]


# Letters OCR-B glyphs of another face, or thinned or widened strokes, were read as
# each other in a state code (review face-gate: D as O, B as E, O as U).
_STATE_LOOKALIKES = ("OD", "OQ", "DQ", "OU", "BE", "EF", "IL", "MN")


def _known_state(code: str) -> bool:
    return code == codes.SPECIMEN_STATE or codes.is_known(code)


def _state_misread(code: str, glyph_cands: list[list[str]] | None = None) -> bool:
    """`code` is no known state code but one look-alike letter away from one (`EOL` /
    BOL, `O` / D), or one letter the cell's glyph evidence did not rule out
    (`glyph_cands`, per letter of the code): it may be a misread of that code."""
    if not code or _known_state(code):
        return False
    for i, c in enumerate(code):
        others = {pair.replace(c, "") for pair in _STATE_LOOKALIKES if c in pair}
        if glyph_cands is not None:
            others |= {g for g in glyph_cands[i] if g != c and g.isalpha()}
        if any(_known_state(code[:i] + o + code[i + 1 :]) for o in others):
            return True
    return False


def _doubt_cells(
    reading: Reading, doc: TravelDocument, cells: list[int], n: int, why: str
) -> Reading:
    """Rules 11-13's common end: the cells are unsure in every reading (so the camera's
    consensus never takes them from this frame), and a valid reading is refused for them."""
    unsure = tuple(sorted({*reading.unsure, *positions(cells, n)}))
    if not doc.valid:
        return dataclasses.replace(reading, unsure=unsure)
    out = refused(doc, reading.confidence, positions(cells, n), reading.mean_score, why)
    return dataclasses.replace(out, unsure=unsure)


def _vouched_0o(
    text: str, feats: np.ndarray, lay: mrz_layout.Layout, todo: np.ndarray
) -> np.ndarray:
    """Per cell of `todo` (a letter or a digit; others False): two or more of the
    document's cells of the same character whose field admits no character of the other
    type vouch for it (the cell resembles its most alike one within EXEMPLAR_TIGHT of how
    alike they are to each other; see ZERO_O_SURE and VOUCHED_PAIRS)."""
    return _exemplar_gap(text, feats, lay, todo) <= EXEMPLAR_TIGHT


def _typed(c: str, chars: str) -> bool:
    """A cell whose field admits no character of c's other type (a date's digit, a
    name's letter): an exemplar of c."""
    other = mrz_layout.LETTERS if c in mrz_layout.DIGITS else mrz_layout.DIGITS
    return not any(y in other for y in chars)


def _exemplar_gap(
    text: str, feats: np.ndarray, lay: mrz_layout.Layout, todo: np.ndarray
) -> np.ndarray:
    """Per cell of `todo`: by how much less the cell resembles its most alike typed cell
    of its character (two or more, as _vouched_0o) than those resemble each other
    (median); NaN where there are fewer than two, or outside `todo`."""
    out = np.full(len(text), np.nan)
    allowed = lay.allowed()
    for p in np.flatnonzero(todo):
        c = text[p]
        e = [q for q, x in enumerate(text) if x == c and q != p and _typed(c, allowed[q])]
        if len(e) < 2:
            continue
        g = feats[e] @ feats[e].T - 2 * np.eye(len(e))
        out[p] = float(np.median(g.max(axis=1))) - float((feats[e] @ feats[p]).max())
    return out


def _plain_check(lines: tuple[str, ...], c: mrz_layout.CheckDigit, lay: mrz_layout.Layout) -> bool:
    digit = lines[c.line][c.pos]
    return digit in mrz_layout.DIGITS and check_digit(c.data(lines)) == int(digit)
