"""Rules on an INVALID reading (rules 2, 8 and 18-18e of ocr_decide's docstring): an MRZ is
reported invalid as printed only when it was read as printed; where look-alikes or the
glyphs' runners-up the evidence leaves room for make it valid, it is refused instead."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import numpy as np

from desktop.documents import layout as mrz_layout
from desktop.documents import ocr_lookalike
from desktop.documents.mrz import (
    parse,
)
from desktop.documents.ocr_face import (
    face_margin,
)
from desktop.documents.ocr_reading import (
    IDX,
    LOOKALIKE_WIDE,
    RUNNER_UP_CNN,
    Reading,
    _changed,
    _cnn_lead,
    _cnn_prefers,
    _failed_checks,
    _fits_oddly,
    _known_state,
    _lookalike_letters,
    _plain_check,
    _runner_up_doubt,
    _under_failed_checks,
    _usual_fit,
    _within_runner_up,
    is_lookalike,
)

MAX_TYPED_TWINS = 256

# Rule 8's exception for digits printed in a field of letters (_printed_digits): the
# templates' lead over every letter the twin search would put there, and the CNN's.
# Measured (mrz_heldout12/13, every decide() call refused `type`, bench/results/
# mrz_heldout13_diagnosis.md): honest digits printed in names and state codes led by
# 0.15-0.37 in the templates and 7.0-12.3 logits in the CNN (but one 0 with O 0.045
# behind, the CNN at 2.19: still refused); the misreads refused so (another face's 1s
# read I in a date, 2300045: the CNN against the glyph by 7-9 logits; attack pages'
# names with another face's O and Z read 0 and 2: the templates 0.03-0.12 ahead, the CNN
# at most 4.60). Review r15's letters blended two-thirds toward their digit had the CNN
# at up to 4.95. Review r16: letters blended 71-81 % toward their digit (G 6, I 1, B 8)
# reached 6.47-8.12 and were called invalid at 6.0; 8.2 refuses them all (and those to
# 87 % under it), at the cost of mrz_heldout12 2300019's honest 5 (7.01: refused, no
# longer invalid as printed); 2400105 (8.56) and 2400192 (9.2) stay. The templates do not
# separate: the blends led by 0.10-0.20, the honest digits by 0.15-0.27.
TYPE_SURE_FIT = 0.10
TYPE_SURE_CNN = 8.2


def _printed_digits(
    lines: tuple[str, ...],
    cells: list[int],
    scores: np.ndarray,
    feats: np.ndarray | None,
    fmt: str,
) -> bool:
    """Whether every cell of `cells` (kept as printed, off their field's type) is a digit
    clearly printed where the field admits no digit (a name, a state code; mrz_heldout12
    2300019's issuing state `665`, mrz_heldout13 2400192's `HUN6`): the templates put it
    TYPE_SURE_FIT over every letter _typed_twin would try there and the CNN prefers it to
    each by TYPE_SURE_CNN. Then the document is invalid as printed and reported so (rule
    8 refuses it otherwise: an honest MRZ is not called invalid from a misread glyph).
    The reading stays invalid either way, never valid (a digit is in a field of letters):
    no confident misread can come of it. Letters read in digit fields are not looked at
    (mrz_heldout8: a keystoned camera's 0s read O in the dates)."""
    if feats is None or not cells:
        return False
    lay = mrz_layout.layout(fmt)
    fields = lay.field_of()
    text = "".join(lines)
    for p in cells:
        c, field = text[p], fields[p]
        if (
            field is None
            or c not in mrz_layout.DIGITS
            or any(x in mrz_layout.DIGITS for x in field.chars)
        ):
            return False
        options = [
            b
            for b in field.chars
            if b != c
            and (is_lookalike(c, b) or scores[p, IDX[b]] >= scores[p].max() - LOOKALIKE_WIDE)
        ]
        if not options:
            continue
        if scores[p, IDX[c]] - max(scores[p, IDX[b]] for b in options) < TYPE_SURE_FIT:
            return False
        leads = [_cnn_lead(text, feats, p, b) for b in options]
        if min(leads) < TYPE_SURE_CNN:
            return False
    return True


def _typed_twin(
    lines: tuple[str, ...], cells: list[int], scores: np.ndarray, fmt: str, today: dt.date
) -> bool:
    """Whether putting for `cells` (kept as printed, off their field's type) characters
    their fields admit, look-alikes or within LOOKALIKE_WIDE of the glyph read, makes
    the document valid: then the printed reading, invalid, may be a misread of an honest
    MRZ (a re-typeset date's 0 and 1 read O and I). A US card's printed `C1` stays
    invalid as `CI` too (its check digits fail as printed)."""
    lay = mrz_layout.layout(fmt)
    fields = lay.field_of()
    chars = list("".join(lines))
    options = [
        [
            b
            for b in fields[p].chars
            if is_lookalike(chars[p], b) or scores[p, IDX[b]] >= scores[p].max() - LOOKALIKE_WIDE
        ]
        for p in cells
    ]
    for k, pick in enumerate(itertools.product(*options)):
        if k >= MAX_TYPED_TWINS:
            return True  # too many to rule out: refused
        cs = list(chars)
        for p, c in zip(cells, pick, strict=True):
            cs[p] = c
        if parse(lay.lines_of(cs), today=today).valid:
            return True
    return False


def _lookalikes_under_failed_checks(
    reading: Reading, unclear: list[int], lay: mrz_layout.Layout
) -> list[int]:
    """Cells a failing check covers whose character has a look-alike its field admits:
    the same misjudged glyph may sit in a field that admits both (mrz_heldout8 1800012:
    a keystoned document camera's 0s read O in the dates, which `unclear` holds, and in
    the optional data, which it does not: the twin of the dates alone failed)."""
    text = "".join(reading.document.lines)
    fields = lay.field_of()
    glyphs = {text[p] for p in unclear}  # the same glyph only: the one misjudged
    under = _under_failed_checks(list(range(len(text))), reading.document.checks, lay)
    return [
        p
        for p in under
        if p not in unclear
        and text[p] in glyphs
        and fields[p] is not None
        and any(is_lookalike(text[p], c) for c in fields[p].chars if c != text[p])
    ]


def _valid_lookalike_twin(
    reading: Reading, scores: np.ndarray, lay: mrz_layout.Layout, today: dt.date
) -> list[int]:
    """Cells under the failing checks holding one character `c` whose look-alike `b`,
    admitted by the field and within LOOKALIKE_WIDE of the glyph's best score, makes the
    document valid when put in all of them (one glyph misjudged alike: a face's 0 read
    O throughout); those cells, or [] when no such twin exists. Rule 8 for look-alikes
    a field admits both of. All of them, one glyph at a time, or all of them in one
    field whose own check fails: trying every subset of the look-alikes under a failing
    composite check finds a valid one by chance (two US cards printed invalid,
    `C1USA0000000392...`, had one)."""
    text = "".join(reading.document.lines)
    fields = lay.field_of()
    under = _under_failed_checks(list(range(len(text))), reading.document.checks, lay)
    groups: dict[tuple[str, str], list[int]] = {}
    for p in under:
        if fields[p] is None:
            continue
        for b in fields[p].chars:
            if (
                b != text[p]
                and is_lookalike(text[p], b)
                and scores[p, IDX[b]] >= scores[p].max() - LOOKALIKE_WIDE
            ):
                groups.setdefault((text[p], b), []).append(p)
    # All the glyph's cells, then those of each failing field check alone: a glyph that
    # is right elsewhere under the composite (mrz_heldout8 1800090: the document number's
    # 0s read O, the optional data's Os printed O) has its twin in its own field only.
    failed = _failed_checks(reading.document.checks)
    own = [lay.cells_of(c) for c in lay.checks if c.name in failed and c.name != "composite"]
    for (_c, b), cells in groups.items():
        for tried in (cells, *([p for p in cells if p in field] for field in own)):
            if not tried or (tried is not cells and len(tried) == len(cells)):
                continue
            cs = list(text)
            for p in tried:
                cs[p] = b
            if parse(lay.lines_of(cs), today=today).valid:
                return tried
    return []


def _runner_up_repair(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
) -> list[int]:
    """Rule 18: the cells under the failing checks where one character the field admits,
    close behind the glyph read (see RUNNER_UP_FIT), put there alone makes the document
    valid. Then the failing check may be a misread's (a birth date's 2 printed toward 7,
    read 7 with confidence: review r16), not the print's. A check digit catches one
    substituted character always (weights 7, 3, 1 are prime to 10), so only such a
    single misread can make an honest MRZ fail; two are rule 6's and rule 8's. Without
    the CNN (`feats` None) every such character within RUNNER_UP_WIDE counts (fails
    closed)."""
    doc = reading.document
    text = "".join(doc.lines)
    fields = lay.field_of()
    usual = _usual_fit(text, scores)
    out: list[int] = []
    for p in _under_failed_checks(list(range(len(text))), doc.checks, lay):
        f = fields[p]
        if f is None or text[p] not in IDX:
            continue
        for b in f.chars:
            if b == text[p] or not _within_runner_up(text, scores, p, b, usual):
                continue
            cs = list(text)
            cs[p] = b
            if not parse(lay.lines_of(cs), today=today).valid:
                continue
            if _close_behind(text, scores, feats, p, b, usual):
                out.append(p)
                break
    return out


def _close_behind(
    text: str, scores: np.ndarray, feats: np.ndarray | None, p: int, b: str, usual: float
) -> bool:
    """Rule 18's margins: `b` close behind the glyph read in cell `p` (within
    RUNNER_UP_FIT; or RUNNER_UP_WIDE with the CNN preferring the glyph read by under
    RUNNER_UP_CNN; or RUNNER_UP_ODD_WIDE where the cell fits RUNNER_UP_ODD worse than
    the document's usual ink cell). Without the CNN every `b` within reach counts."""
    return _within_runner_up(text, scores, p, b, usual) and (
        _runner_up_doubt(text, scores, p, b, usual) or _cnn_lead(text, feats, p, b) < RUNNER_UP_CNN
    )


# Rule 18b: at most this many combinations of one repair per failing check are parsed.
MAX_REPAIR_COMBINATIONS = 256


def _repair_per_check(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
) -> list[int]:
    """Rule 18b: where two or more field check digits fail, the cells of one repair per
    failing field check that together make the MRZ valid (composite check included), or
    []. A repair of a field is one cell it covers (its check digit included) read as a
    character its field admits close behind the glyph read (rule 18's margins,
    `_close_behind`), or every cell of one character in the field read as one of its
    look-alikes, each close behind (one glyph misjudged alike: another face's 5s read S);
    it must make that field's own check pass. mrz_heldout15 2600057: an honest
    passport's number 5 read S and both dates' 6s read 8 (three checks failing, each
    mended by its own cell) was reported invalid."""
    doc = reading.document
    failed = _failed_checks(doc.checks)
    own = [c for c in lay.checks if c.name in failed and c.name != "composite"]
    if len(own) < 2:
        return []  # one failing field is rule 18's
    text = "".join(doc.lines)
    fields = lay.field_of()
    usual = _usual_fit(text, scores)
    options: list[list[dict[int, str]]] = []
    for c in own:
        cells = sorted(lay.cells_of(c))
        tries: list[dict[int, str]] = []
        by_glyph: dict[tuple[str, str], list[int]] = {}
        for p in cells:
            f = fields[p]
            if f is None or text[p] not in IDX:
                continue
            for b in f.chars:
                if b == text[p] or not _within_runner_up(text, scores, p, b, usual):
                    continue
                tries.append({p: b})
                if is_lookalike(text[p], b):
                    by_glyph.setdefault((text[p], b), []).append(p)
        for (a, b), ps in by_glyph.items():
            if len(ps) > 1 and len(ps) == sum(text[p] == a for p in cells):
                tries.append(dict.fromkeys(ps, b))
        mended = []
        for t in tries:
            cs = _changed(text, t.items())
            got = getattr(parse(lay.lines_of(cs), today=today).checks, c.name.replace(" ", "_"))
            if got and all(_close_behind(text, scores, feats, p, b, usual) for p, b in t.items()):
                mended.append(t)
        if not mended:
            return []
        options.append(mended)
    if int(np.prod([len(o) for o in options])) > MAX_REPAIR_COMBINATIONS:
        return []
    for combo in itertools.product(*options):
        cs = _changed(text, (x for t in combo for x in t.items()))
        if parse(lay.lines_of(cs), today=today).valid:
            return sorted(p for t in combo for p in t)
    return []


# Rule 18c: at most this many readings are parsed in the joint repair search.
MAX_JOINT_REPAIRS = 4096
# The letters-only state code fields (no check digit covers them).
_CODE_FIELDS = ("issuing_state", "nationality")


def _joint_repair(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
) -> list[int]:
    """Rule 18c: the cells of one bounded joint repair that makes the MRZ valid, or [].
    A repair is one cell of the failing field check's cells (its digit included) or,
    where no field check fails, up to two cells of one field check's cells that keep it
    passing; the composite check digit; and cells of the state codes (issuing state,
    nationality), each read as a character close behind the glyph read (rule 18's
    margins, `_close_behind`), or in a state code a letter look-alike of a digit read
    there that the CNN prefers to it; every state code it changes must land on a known
    code. mrz_heldout16 2700151:
    UnTaza's 4 read 1 in an expiry date AND its check digit (the field check passes on
    the misread, only the composite fails); 2700032: IND read IN0 and INO and the
    composite's 4 read 1. Both honest passports were reported invalid; rules 18 and 18b
    mend one cell per failing check only."""
    doc = reading.document
    failed = _failed_checks(doc.checks)
    own = [c for c in lay.checks if c.name in failed and c.name != "composite"]
    if len(own) > 1:
        return []  # two or more failing fields are rule 18b's
    text = "".join(doc.lines)
    fields = lay.field_of()
    usual = _usual_fit(text, scores)

    def alts(p: int) -> list[str]:
        f = fields[p]
        if f is None or text[p] not in IDX:
            return []
        return [
            b for b in f.chars if b != text[p] and _close_behind(text, scores, feats, p, b, usual)
        ]

    code_opts: list[list[tuple[tuple[int, str], ...]]] = []
    code_cells: set[int] = set()
    for name in _CODE_FIELDS:
        f = lay.field(name)
        per_cell: list[list[tuple[int, str] | None]] = []
        for q in range(f.start, f.stop):
            p = lay.flat(f.line, q)
            opts = alts(p) if text[p] != "<" else []
            if text[p].isdigit():
                # A digit read where 9303 prints letters only: its letter look-alikes the
                # CNN prefers to it too (a face's D read 0 far from OCR-B's D template).
                for b in sorted(_lookalike_letters(text[p])):
                    if b not in opts and _cnn_prefers(text, feats, p, b):
                        opts.append(b)
            per_cell.append([None] + [(p, b) for b in opts])
        # Only repairs landing on a known code (ISO 3166-1, ICAO 9303-3, UTO).
        known: list[tuple[tuple[int, str], ...]] = [()]
        for combo in itertools.product(*per_cell):
            change = tuple(x for x in combo if x is not None)
            if not change:
                continue
            code = list(text[lay.flat(f.line, f.start) : lay.flat(f.line, f.stop)])
            for p, b in change:
                code[p - lay.flat(f.line, f.start)] = b
            if _known_state("".join(code).replace("<", "")):
                known.append(change)
                code_cells.update(p for p, _ in change)
        code_opts.append(known)
    composite = lay.check("composite")
    comp_opts: list[tuple[int, str] | None] = [None]
    if composite is not None and "composite" in failed:
        cp = lay.flat(composite.line, composite.pos)
        comp_opts += [(cp, b) for b in alts(cp)]
    groups = own or [c for c in lay.checks if c.name != "composite"]
    field_opts: list[tuple[tuple[int, str], ...]] = [()]
    for c in groups:
        single = [(p, b) for p in sorted(lay.cells_of(c)) for b in alts(p)]
        # Two cells only in a field whose check passes as read (misread alike, as
        # 2700151): in a failing field two cells mend a printed wrong check digit too
        # often (mrz_heldout13 2400087, printed invalid, refused so); one there.
        pairs = (
            [] if own else [(s, u) for s, u in itertools.combinations(single, 2) if s[0] != u[0]]
        )
        for t in [(s,) for s in single] + pairs:  # the field's own check must pass
            if _plain_check(lay.lines_of(_changed(text, t)), c, lay):
                field_opts.append(t)
    changes = []
    for code in itertools.product(*code_opts):
        for comp in comp_opts:
            for pair in field_opts:
                change = [x for c in code for x in c] + [x for x in (comp, *pair) if x]
                if len(change) >= 2 and len({p for p, _ in change}) == len(change):
                    changes.append(change)  # one cell alone is rule 18's
    if len(changes) > MAX_JOINT_REPAIRS:
        return []
    for change in sorted(changes, key=len):  # the fewest misread cells first
        lines = lay.lines_of(_changed(text, change))
        if composite is not None and not _plain_check(lines, composite, lay):
            continue  # not valid: the parse is the costly part (2700032: 1487 readings)
        if parse(lines, today=today).valid:
            return sorted(p for p, _ in change)
    return []


# Rule 18d: the CNN prefers the character put in a cell by this many logits or more
# (DESIGN.md, rule 18d: mrz_heldout20 3100185's weakest cell 3.63; on the seen sets'
# printed-invalid pages read exactly the CNN prefers a character within reach by 0.16
# at most, mrz_heldout13 2400087).
CNN_REPAIR = 1.0


def _cnn_repair(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
) -> list[int]:
    """Rule 18d: the cells under the failing checks that, each read as the character
    its field admits that the CNN prefers to the glyph read by CNN_REPAIR or more and
    the templates put within rule 18's widest reach behind it (`_within_runner_up`),
    all together make the MRZ valid; or []. One reading is parsed (every such cell
    changed), so the search is not a hunt for a valid combination. mrz_heldout20
    3100185: TW-Sung's 6 read 8 in five cells of three fields and its 1 read I (the
    CNN preferring 6 and 1 in each by 3.6-6.8 logits, the templates 0.07-0.11 behind),
    more cells per field than rules 18b and 18c mend: reported invalid. Without the
    CNN nothing is sought (rules 18-18c then count every character within reach)."""

    def near(text: str, p: int, chars: str, usual: float) -> list[str]:
        return [
            b
            for b in chars
            if b != text[p] and b != "<" and _within_runner_up(text, scores, p, b, usual)
        ]

    return _cnn_preferred_valid(reading, scores, feats, lay, today, near)


def _odd_twin_repair(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
) -> list[int]:
    """Rule 18e: the cells under the failing checks that fit the templates RUNNER_UP_ODD
    worse than the document's usual ink cell, each read as the look-alike its field
    admits that the CNN prefers to the glyph read by CNN_REPAIR or more (whatever the
    templates' distance), all together making the MRZ valid; or []. One reading is
    parsed. Without the CNN nothing is sought."""

    def twins(text: str, p: int, chars: str, usual: float) -> list[str]:
        if not _fits_oddly(text, scores, p, usual):
            return []
        return [b for b in chars if b != text[p] and is_lookalike(text[p], b)]

    return _cnn_preferred_valid(reading, scores, feats, lay, today, twins)


def _cnn_preferred_valid(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
    options: Callable[[str, int, str, float], list[str]],
) -> list[int]:
    """Rules 18d and 18e: each cell under the failing checks read as the character of
    `options(text, cell, field chars, usual fit)` the CNN prefers most, where it prefers
    it to the glyph read by CNN_REPAIR or more; those cells if that one reading is
    valid, else []."""
    if feats is None:
        return []
    doc = reading.document
    text = "".join(doc.lines)
    fields = lay.field_of()
    usual = _usual_fit(text, scores)
    change: list[tuple[int, str]] = []
    for p in _under_failed_checks(list(range(len(text))), doc.checks, lay):
        f = fields[p]
        if f is None or text[p] not in IDX or text[p] == "<":
            continue
        leads = {b: _cnn_lead(text, feats, p, b) for b in options(text, p, f.chars, usual)}
        if not leads:
            continue
        b = min(leads, key=lambda x: leads[x])
        if np.isfinite(leads[b]) and -leads[b] >= CNN_REPAIR:
            change.append((p, b))
    if not change or not parse(lay.lines_of(_changed(text, change)), today=today).valid:
        return []
    return sorted(p for p, _ in change)


# A zoomed reading whose only type breaks are digits kept as printed in a field of
# letters (_printed_digits) is reported invalid as printed, not refused as another face
# (ocr._read_size), when every letter of the letters-only fields that has a digit
# look-alike is one the CNN does not prefer that digit to (PRINTED_LETTER_CNN) and the
# face statistic on the zoomed cells is at least ZOOMED_PRINTED_FACE. Never valid: the
# digit stays in a field of letters. Measured (bench/results/mrz_face_gate_ocrb.md) on
# the wholly OCR-B pages so refused (heldout12 2300013, heldout14 2500135, heldout15
# 2600028, 2600148, heldout18 2900147, heldout20 3100071, 3100137): the least CNN lead of
# their letters over a digit twin 1.58 (3100071's O), their face statistic 0.125-0.167;
# the one such reading holding a misread (heldout12 2300135, nationality `6O1` printed
# `601`): the CNN for the 0 by 3.81. Every zoomed decide() call of a wholly other-face
# page of the seen sets (heldout12-20), of the attack pages and of the ten families'
# sweep was at 0.095 or under: ZOOMED_PRINTED_FACE keeps those refused as another face,
# as the gate does, whatever digits they show.
PRINTED_LETTER_CNN = 0.0
ZOOMED_PRINTED_FACE = 0.11


def printed_as_read(
    reading: Reading, scores: np.ndarray, feats: np.ndarray | None, fmt: str
) -> bool:
    """Whether a zoomed reading refused for breaking a field's type (ocr._breaks_a_field)
    is read as printed after all: every cell off its field's type is a digit in a field
    of letters that _printed_digits vouches for (so the document is invalid whatever
    else it reads; a 7 with no letter within LOOKALIKE_WIDE, heldout15 2600028's `Z7AO`,
    as well), the zoomed cells pass the face statistic at ZOOMED_PRINTED_FACE, and no
    letter with a digit look-alike in a field of letters has the CNN prefer that digit
    (a misread letter beside the printed digits would be reported as printed: heldout12
    2300135's `6O1`)."""
    if feats is None or reading.document.valid or reading.uncertain:
        return False
    lines = reading.document.lines
    text = "".join(lines)
    fields = mrz_layout.layout(fmt).field_of()
    if len(text) != len(scores) or len(fields) != len(text):
        return False
    off = [p for p, c in enumerate(text) if fields[p] is not None and c not in fields[p].chars]
    if not off or any(
        text[p] not in mrz_layout.DIGITS or any(x in mrz_layout.DIGITS for x in fields[p].chars)
        for p in off
    ):
        return False  # a letter where digits are printed: a misread, refused (rule 8)
    if face_margin(scores, feats) < ZOOMED_PRINTED_FACE:
        return False
    if not _printed_digits(lines, off, scores, feats, fmt):
        return False
    rivals: dict[int, str] = {}
    for p, c in enumerate(text):
        field = fields[p]
        if field is None or any(x in mrz_layout.DIGITS for x in field.chars):
            continue
        digits = "".join(d for d in mrz_layout.DIGITS if is_lookalike(c, d))
        if digits:
            rivals[p] = digits
    leads = ocr_lookalike.lead(text, feats, rivals)
    return all(v >= PRINTED_LETTER_CNN for v in leads.values())


def _narrowed_twin(
    lines: tuple[str, ...], cells: list[int], glyph_cands: list[list[str]], fmt: str, today: dt.date
) -> bool:
    """Whether putting back, in `cells`, candidates the glyphs kept and the narrowing
    dropped makes the (invalid) document valid; True when too many to rule out."""
    lay = mrz_layout.layout(fmt)
    text = "".join(lines)
    options = [[text[p]] + [c for c in glyph_cands[p] if c != text[p]] for p in cells]
    for k, pick in enumerate(itertools.product(*options)):
        if k >= MAX_TYPED_TWINS:
            return True
        cs = list(text)
        for p, c in zip(cells, pick, strict=True):
            cs[p] = c
        if k and parse(lay.lines_of(cs), today=today).valid:
            return True
    return False


def _letters_for_digits(lines: tuple[str, ...], lay: mrz_layout.Layout) -> list[int]:
    """Flat positions of letters that look like a digit (O, D, Q, I, B, S, Z, G...) read in
    a field of digits only: the dates and the check digits. Software writes those fields;
    a letter there is a misread far more often than a misprint (rule 8)."""
    text = "".join(lines)
    digits_only = set(mrz_layout.DIGITS + "<")
    return [
        p
        for p, f in enumerate(lay.field_of())
        if f is not None
        and set(f.chars) <= digits_only
        and text[p] in mrz_layout.LETTERS
        and any(is_lookalike(text[p], d) for d in mrz_layout.DIGITS)
    ]
