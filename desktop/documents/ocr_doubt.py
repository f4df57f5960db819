"""Refusals on glyph doubt where no check digit looks (rules 10-13, 16, 20 and 23 of
ocr_decide's docstring): a state code one look-alike from a known one, a cell the
look-alike CNN or the OCR-B templates dissent on, a 6/G part of the way to the other, a
mark after a name's end."""

from __future__ import annotations

import dataclasses

import numpy as np

from desktop.documents import layout as mrz_layout
from desktop.documents import ocr_lookalike
from desktop.documents.mrz import (
    ALPHABET,
)
from desktop.documents.ocr_face import (
    line_margins,
)
from desktop.documents.ocr_reading import (
    IDX,
    LOOKALIKES,
    NAME_FILLER_RUN,
    Reading,
    _cnn_lead,
    _doubt_cells,
    _name_end,
    _state_misread,
    _typed,
    _vouched_0o,
    is_lookalike,
    positions,
    refused,
)

# Rule 11 (bench/results/mrz_face_gate.md, hybrid faces): in cells no check digit covers
# of valid readings, the CNN preferred an admitted look-alike to the character read by
# at most 1.99 logits on OCR-B documents read exactly (1,082 images: ext-mrz, synth,
# variant, heldout, heldout6-9 and the hybrid generator's plain OCR-B); by 5.10 or more
# in each of the 29 hybrid documents read wrong and valid with another face's Q or D
# read O in a name. Set between, nearer the OCR-B side. Review ocr3 (F2): photographed
# small (8-11 px per character) an honest OCR-B O had its D preferred by 2.67 (hybrid
# generator, plain 13586) and Noto Sans Mono's Q read O by 3.11 (13095, valid and wrong
# at 3.5); 1,182 OCR-B images of the review's and the seen sets stayed at or under 2.67
# (a look-alike of the read one's group; other letters ANY_RIVAL_EXTRA less). Set
# between those two: a thin margin on both sides, refusing rather than misreading.
DISSENT = 2.9
# Rule 11 on 0 and O where a field admits both and no check digit looks (a visa's
# optional data): the CNN must prefer the character read to its twin by this much. It
# does not separate (review ocr3 F5): the CNN preferred an honest OCR-B O to 0 by only
# 0.97 (hybrid generator plain 8165), an honest mrz_heldout 0 by 0.56 (900185), and
# Fira Code's O read 0 by 0.83 (5404, left valid); it catches the undecided (5268, O
# preferred to the 0 read by 0.11), refusing one honest small capture (hybrid plain
# 13504, its O led by 0.12): refusing rather than misreading.
ZERO_O_LEAD = 0.2
# Under ZERO_O_SURE (and over ZERO_O_LEAD) such a 0 or O needs the document's own cells of
# that character whose field admits no look-alike of the other type (dates and check
# digits for a 0, names for an O) to vouch for it: two or more, the cell within
# EXEMPLAR_TIGHT of how alike they are. Fira Code's O read 0 in a visa's optional data
# (hybrid swap 5404, the CNN preferring 0 by 0.83) resembled the dates' 0s by 0.086 less
# than they resemble each other. Honest OCR-B (63 such cells: ext-mrz, 40 images of each
# seen set, hybrid plain 8000-8299): two under ZERO_O_SURE, both vouched for (mrz_heldout
# 900185's 0 at 0.56, within 0.018; hybrid plain 8165's O at 0.97), the next at 1.30
# (8072) and 1.63 (8222, 0.039 less alike than its Os: it would be refused at 1.7); the
# worst gap of any honest cell 0.052 (8072's 0, the CNN sure by 3.0). Thin both sides.
ZERO_O_SURE = 1.2
# At any lead such a cell is refused where the document's typed cells of its twin vouch
# for the twin as _vouched_0o would (`_like_twin_0o`, `ocr.why.zero_o_twin`): hybrid swap
# 29118 drew every 0 in Courier Prime Sans and read the optional data's 0 as O, the CNN
# preferring O by 2.51 and the names' Os 0.056 from vouching for it (over
# EXEMPLAR_TIGHT, but over ZERO_O_SURE too); the dates' 0s, in the same face, were 0.017
# from it. Measured (branch ocr-safe6, DESIGN.md): misread cells of the hybrid swaps at
# 0.000-0.019 when the page's other cells of the twin share the glyph's face (the rule
# needs that, and then needs no CNN); honest OCR-B cells at 0.045 and over on hybrid
# plain OCR-B (8227's O, medium 720) and the seen sets' visas, at 0.037 and over on
# attack pages' own OCR-B cells: margins 0.011 and 0.015 (0.007).


# Rule 23 (issue 10, stop 39's finding; scripts/mrz_overprint_attack.py: wholly OCR-B
# pages of mrz_heldout20 with 1-4 pen strokes, arcs, blots and stamp rims over their
# MRZ): a stroke before a trailing filler `<` makes a K, an arc an X (check values 20 and
# 33: `<` 0 and K 20 are equal modulo 10, and no check digit covers a name at all). Of
# 400 attack pages the base read 75 wrong and VALID (92 cells, 81 a filler read K or X);
# 34 pages (39 cells) held the letter after three fillers in a name. No evidence of the
# cell alone separates them from the 26,658 ink cells of pages read exactly (ext-mrz,
# heldout19-21; bench/results/mrz_overprint.md): their fit 0.019-0.195 under the
# document's usual ink cell (5th-95th percentile; honest up to 0.098 at the 99.9th) and
# the CNN's lead -2.13..5.60 (honest down to -0.23 at the 0.1th percentile) overlap, and
# every threshold tried cost honest pages. Where the letter stands does: no printed MRZ
# of ext-mrz (77) or mrz_heldout15-21 (1,344) holds anything but fillers in a name after
# three in a row (9303 separates a name's parts by one filler, its identifiers by two),
# so no page read exactly is lost (ext-mrz 70/77; heldout16-21 whole, unchanged); the
# attack's 75 fall to 41 (the rest: a K beside a name's letters or in its `<<`, in
# optional data, which is free-form, or one letter completed into another).
def _after_name_end(reading: Reading, fmt: str, n: int) -> Reading:
    """Rule 23: a valid reading is refused, naming the cells, where a name field holds a
    character other than `<` after NAME_FILLER_RUN fillers read in a row (_name_end); in
    a reading refused or invalid for another reason the cells are marked unsure."""
    doc = reading.document
    text = "".join(doc.lines)
    lay = mrz_layout.layout(fmt)
    if len(text) != lay.lines * lay.width:
        return reading
    cells: list[int] = []
    for field, run in lay.filler_fields():
        if run < NAME_FILLER_RUN:
            continue  # optional data: `<<` may sit between its parts
        end = _name_end([text[p] == "<" for p in field], run)
        if end is not None:
            cells += [p for p in field[end + 1 :] if text[p] != "<"]
    if not cells:
        return reading
    return _doubt_cells(reading, doc, cells, n, "after_name")


def _unknown_state(
    reading: Reading, fmt: str, n: int, glyph_cands: list[list[str]] | None = None
) -> Reading:
    """Rule 10: a valid reading whose issuing state or nationality is no known code
    (ISO 3166-1, ICAO 9303-3, or the specimen UTO) but a look-alike letter away from one
    is refused, naming that field's cells: no check digit covers these fields, and `D<<`
    read `O<<`, `BOL` read `EOL` (review face-gate: OCR-B with another face's D or B)
    is a misread, not a new state. So is a code one letter from a known one where that
    letter was among the cell's glyph candidates before the exemplars and networks
    narrowed them (`glyph_cands`; heldout25 3600188: a Taiwan passport's TWN read IWN
    in the shade of a window's blinds, T 0.830 and I 0.812, the networks chose I). A
    code far from every known one (INP, BOS, BDR on real specimens, read clearly) stays
    valid with the parser's warning, as typed input does."""
    doc = reading.document
    if not doc.valid:
        return reading
    lay = mrz_layout.layout(fmt)
    text = "".join(doc.lines)
    cells: list[int] = []
    for name in ("issuing_state", "nationality"):  # every format has both
        f = lay.field(name)
        flat = (lay.flat(f.line, q) for q in range(f.start, f.stop))
        letters = [p for p in flat if text[p] != "<"]  # the code's cells without `D<<`'s fillers
        per = None if glyph_cands is None else [glyph_cands[p] for p in letters]
        if _state_misread("".join(text[p] for p in letters), per):
            cells += letters
    if not cells:
        return reading
    out = refused(doc, reading.confidence, positions(cells, n), reading.mean_score, "state")
    return dataclasses.replace(out, unsure=tuple(positions(cells, n)))


def _dissenting(reading: Reading, feats: np.ndarray, fmt: str, n: int) -> Reading:
    """Rule 11: a valid reading is refused, naming the cells, where a cell no check digit
    covers (or a covered one holding a look-alike no check tells apart) holds a
    character the look-alike CNN prefers a rival the field admits to by DISSENT logits
    or more (another face's Q or D read O, S read B, in a name, in a document of OCR-B
    that passed the face gate). In a reading refused or invalid for another reason the
    cells are marked unsure all the same: a camera frame vouches for every cell it does
    not mark (review ocr3 F1)."""
    doc = reading.document
    if not doc.lines:
        return reading
    lay = mrz_layout.layout(fmt)
    text = "".join(doc.lines)
    if len(text) != len(feats):
        return reading
    covered = lay.covered()
    against = ocr_lookalike.dissent(text, feats, range(len(text)), lay.allowed(), covered)
    uncovered = [p for p in range(len(text)) if p not in covered]
    lead = ocr_lookalike.zero_o_lead(text, feats, uncovered, lay.allowed())
    unsure_0o = (lead < ZERO_O_SURE) & ~_vouched_0o(text, feats, lay, lead < ZERO_O_SURE)
    zero_o = (lead < ZERO_O_LEAD) | unsure_0o
    like_twin = _like_twin_0o(text, feats, lay, np.isfinite(lead))
    cells = [int(p) for p in np.flatnonzero((against >= DISSENT) | zero_o | like_twin)]
    if not cells:
        return reading
    why = "dissent" if (against >= DISSENT).any() else "zero_o" if zero_o.any() else "zero_o_twin"
    return _doubt_cells(reading, doc, cells, n, why)


# Rule 12 (review ocr3's open cases, branch ocr-fix4): where no check digit covers a
# cell holding a character of a group of look-alikes (LOOKALIKES) that the field admits
# another of, a glyph fitting the templates UNFIT_FIT under the document's usual ink cell
# (the median best fit of the cells read as ink) is not vouched for by the templates;
# the CNN must then prefer it to the admitted look-alikes by UNFIT_CNN logits. Courier
# Prime's Q in an OCR-B name was read O, the CNN preferring O by 1.44 (hybrid generator
# swap 13105; 0.89 at 17024, -1.28 photographed small), its fit 0.22-0.31 under the
# document's. On OCR-B read exactly (4,880 such cells: ext-mrz, 40 images of each of
# nine seen generated sets, the hybrid generator's plain OCR-B 8000-8299 and 13500-13599
# photographed small) one cell fit over 0.15 under (0.167, a TD1 document code's D, the
# CNN preferring it by 5.09); the worst the CNN was unsure of (by 0.54, an O, plain 8155)
# fit 0.093 under. Set between that and the attacks' 0.22.
UNFIT_FIT = 0.15
UNFIT_CNN = 3.0
# Rule 12 beyond look-alikes (mrz_heldout13 2400144): a name's I under a stamp read T
# (0.777, 0.170 under the document's usual ink cell; I 0.055 behind; the CNN preferring T
# by 1.15) and reported valid: I/T are no look-alike group. Any letter the field admits
# within UNFIT_NEAR of the glyph read is a rival there too.
UNFIT_NEAR = 0.10
# ... where the CNN must prefer the glyph read to them by UNFIT_NEAR_CNN: honest unfit
# letters had their close letter's lead at 2.54 (mrz_heldout12 2300161, E over B) and
# 2.67 (mrz_heldout13 2400071, F over Y), refused at UNFIT_CNN; the stamped I read T
# 1.15. Still refused: an honest Y the CNN takes for T by 1.41 (2400056, 0.151 unfit).
UNFIT_NEAR_CNN = 2.0


def _unfit(reading: Reading, scores: np.ndarray, feats: np.ndarray, fmt: str, n: int) -> Reading:
    """Rule 12: a valid reading is refused, naming the cells, where a cell no check digit
    covers holds a look-alike (LOOKALIKES) the field admits another of, its glyph fitting
    the templates UNFIT_FIT worse than the document's usual ink cell, and the CNN does
    not prefer it to those look-alikes by UNFIT_CNN: neither witness vouches for it (a
    Courier Prime Q read O in a name, the CNN agreeing with the O). In a reading refused
    or invalid for another reason the cells are marked unsure (as rule 11's)."""
    doc = reading.document
    text = "".join(doc.lines)
    if not text or len(text) != len(scores):
        return reading
    lay = mrz_layout.layout(fmt)
    covered = lay.covered()
    allowed = lay.allowed()
    ink = [p for p, c in enumerate(text) if c != "<"]
    if not ink:
        return reading
    usual = float(np.median(scores[ink].max(axis=1)))
    rivals: dict[int, str] = {}
    others: dict[int, str] = {}  # letters close in the templates, of no look-alike group
    for p in ink:
        c = text[p]
        if p in covered or scores[p, IDX[c]] >= usual - UNFIT_FIT:
            continue
        group = next((g for g in LOOKALIKES if c in g), "")
        rivals[p] = "".join(x for x in group if x != c and x in allowed[p])
        near = scores[p] >= scores[p, IDX[c]] - UNFIT_NEAR
        others[p] = "".join(
            x
            for i, x in enumerate(ALPHABET)
            if near[i] and x not in group and x not in (c, "<") and x in allowed[p]
        )
    leads = ocr_lookalike.lead(text, feats, rivals)
    near_leads = ocr_lookalike.lead(text, feats, others)
    cells = sorted(
        {p for p, v in leads.items() if v < UNFIT_CNN}
        | {p for p, v in near_leads.items() if v < UNFIT_NEAR_CNN}
    )
    if not cells:
        return reading
    return _doubt_cells(reading, doc, cells, n, "unfit")


# Rule 16 (issue 10, mrz_heldout13 2400089): a name printed `SUHARTON0`, its digit 0
# 0.021 over O in the templates and preferred to O by the CNN by 1.82, was read O (the
# field's type broke the tie) and reported valid: no check digit looks at a name, and
# rule 11 counts only rivals the field admits. Where the templates' best glyph is a
# look-alike the field does not admit, the type alone decided unless the CNN prefers
# the character read to it by TYPE_LEAD: refused. Only where the templates put the
# inadmissible glyph first: counting every kept one refused three honest Os of
# mrz_heldout12 (2300051, 2300093, 2300098: the CNN preferring 0 by 0.10-0.98, the
# templates O) and hybrid plain 8165's (0.18).
TYPE_LEAD = 0.0
# Rule 16b (stop 36, mrz_heldout18 2900037 and 2900131, scored once: WRONG BUT VALID):
# a name's D printed 0 (`GODBOL0`) and a nationality's O printed 0 (`K0R`), laser
# engraved and 300 dpi laser, the templates' O 0.027 and 0.010 over the 0, so rule 16
# did not look, were read O by the field's type and reported VALID, though the CNN
# preferred the 0 by 3.05 and 3.29 (and the 0ODQ MLP by 3.1 and 3.4). Where the CNN
# prefers a digit look-alike the field does not admit to the letter read by TYPE_DISSENT
# logits, the type overruled the glyph: refused as rule 16. Measured on every such cell
# of the seen sets (DESIGN.md, rule 16b): on pages read exactly, honest letters the CNN
# put at most 1.80 behind their digit twin (thin: a refusal costs two seconds).
TYPE_DISSENT = 2.0
_DIGIT_TWIN = {"O": "0", "D": "0", "Q": "0", "I": "1", "L": "1", "Z": "2", "S": "5",
               "B": "8", "G": "6"}  # fmt: skip


# Rule 16c (attack page 9500047 of scripts/mrz_face_gate_ocrb_attack.py, wholly OCR-B,
# a phone: `GIS0` printed, read GISO and VALID): the templates' O 0.008 over the 0, the
# CNN for the 0 by only 1.51 (under TYPE_DISSENT), the 0ODQ MLP for it by 1.33. Neither
# network alone separates, nor the page's exemplars alone (honest OCR-B Os are often
# more like the page's 0s than its Os), nor any pair found (bench/results/
# mrz_type_dissent.md, scripts/mrz_type_dissent.py): a rule-16b cell of the 0ODQ group is
# refused where the CNN's and the MLP's leads of the letter over the 0 sum to
# BOTH_DISSENT or less with the CNN's alone at -BOTH_CNN or less, or to under
# EXEMPLAR_DISSENT while the cell is more like the page's typed 0s (dates, check digits)
# than its typed Os. The thresholds refuse the attack's seven printed 0s read O and VALID
# (-4.14..-0.82 like the 0s; 9500819 -1.72, the CNN -1.15, not; 9500531 +0.73 like the
# 0s) at a cost: honest Os read exactly reach -1.14 with the CNN at -1.71 (heldout19
# 3000025: refused) and, like the 0s, 1.58. ext-mrz's Spain thumbnail's honest Os
# (-1.95..-2.43, the CNN only -0.17..-0.42) are what BOTH_CNN spares. A
# refusal costs two seconds, a misread the border.
BOTH_DISSENT = -1.0
BOTH_CNN = 1.0
EXEMPLAR_DISSENT = 1.0
_BOTH_LETTERS = "ODQ"


def _both_dissent(
    text: str,
    feats: np.ndarray,
    lay: mrz_layout.Layout,
    twins: dict[int, str],
    dissent: dict[int, float],
) -> set[int]:
    """Rule 16c's cells among rule 16b's `twins` (their CNN leads in `dissent`)."""
    todo = {p: d for p, d in twins.items() if text[p] in _BOTH_LETTERS and p in dissent}
    if not todo:
        return set()
    mlp = ocr_lookalike.group_lead(text, feats, todo)
    allowed = lay.allowed()
    out: set[int] = set()
    for p, d in todo.items():
        both = dissent[p] + mlp[p]
        if not np.isfinite(both):
            continue  # no network or not the reader's features: as rule 16b, the others fail closed
        if both <= BOTH_DISSENT and dissent[p] <= -BOTH_CNN:
            out.add(p)
            continue
        if both >= EXEMPLAR_DISSENT:
            continue
        c = text[p]
        own = [q for q, x in enumerate(text) if x == c and q != p and _typed(c, allowed[q])]
        twin = [q for q, x in enumerate(text) if x == d and _typed(d, allowed[q])]
        if own and twin and (feats[twin] @ feats[p]).max() > (feats[own] @ feats[p]).max():
            out.add(p)
    return out


def _type_tie(reading: Reading, scores: np.ndarray, feats: np.ndarray, fmt: str, n: int) -> Reading:
    """Rule 16: a valid reading is refused (`type`), naming the cells, where a cell no
    check digit covers has as its best glyph a look-alike its field does not admit (a
    name's O read for a printed 0) and the CNN does not prefer the character
    read to it by TYPE_LEAD: the field's type broke a tie the glyph did not (issue 10:
    field types may break ties, a tie so broken makes no reading valid with confidence).
    In a reading refused or invalid for another reason the cells are marked unsure."""
    doc = reading.document
    text = "".join(doc.lines)
    if not text or len(text) != len(scores):
        return reading
    lay = mrz_layout.layout(fmt)
    covered = lay.covered()
    allowed = lay.allowed()
    rivals: dict[int, str] = {}
    for p, best in enumerate(np.argmax(scores, axis=1)):
        c, odd = text[p], ALPHABET[best]
        if p not in covered and odd not in allowed[p] and is_lookalike(c, odd):
            rivals[p] = odd
    leads = ocr_lookalike.lead(text, feats, rivals)
    cells = {p for p, v in leads.items() if v < TYPE_LEAD}
    # Rule 16b: the templates' best is the letter, the CNN sure of the digit twin.
    twins = {
        p: _DIGIT_TWIN[c]
        for p, c in enumerate(text)
        if c in _DIGIT_TWIN and p not in covered and p not in rivals
        and _DIGIT_TWIN[c] not in allowed[p]
    }  # fmt: skip
    dissent = ocr_lookalike.lead(text, feats, twins) if twins else {}
    cells |= {p for p, v in dissent.items() if -np.inf < v <= -TYPE_DISSENT}
    cells |= _both_dissent(text, feats, lay, twins, dissent)
    if not cells:
        return reading
    return _doubt_cells(reading, doc, sorted(cells), n, "type")


def _like_twin_0o(
    text: str, feats: np.ndarray, lay: mrz_layout.Layout, todo: np.ndarray
) -> np.ndarray:
    """Per 0/O cell of `todo` whose field admits both: the document's typed cells of its
    twin (names' Os for a 0, dates' 0s for an O; two or more) vouch for the twin, as
    _vouched_0o would for a cell read so (see the comment under ZERO_O_SURE)."""
    cells = [p for p in np.flatnonzero(todo) if text[p] in "0O"]
    swapped = list(text)
    for p in cells:  # such cells admit both types, so none is another's exemplar
        swapped[p] = "O" if text[p] == "0" else "0"
    mask = np.zeros(len(text), bool)
    mask[cells] = True
    return _vouched_0o("".join(swapped), feats, lay, mask)


# Rule 13: a line no check digit covers (TD1's line 3, the name line of the other
# formats) whose face statistic (line_margins) is under UNCOVERED_LINE: its letters are
# not OCR-B's shapes, and nothing checks them. JetBrains Mono's DOOD<<DOOD as line 3 of
# an OCR-B TD1 was read UUUU<<UUUU and valid (hybrid line 6095), its line at -0.093,
# the document at 0.085. Of 544 such lines read exactly with a statistic (ext-mrz, 40
# images of each of nine seen sets, hybrid plain 8000-8299 and 13500-13599 photographed
# small) the lowest was at 0.011 (8265). Under -0.03 then, both sides apart. A line with
# too few twinned cells has no statistic (-inf): 19 of 563 honest lines; refusing those
# was measured and not taken.
UNCOVERED_LINE = -0.03


# Rule 20 (review r16's open finding, blend_pages f1 seeds 38006, 38130, 38170, 38174):
# a document number's 6 printed 63-75 % toward G was read G and reported valid: 6/G is
# check-blind (G = 16), so no check digit sees it. The blends' twin stood 0.077-0.145
# behind in the templates (f5 pages, 6 toward G and G toward 6 at 45-75 %: 0.02-0.15,
# the CNN preferring the glyph read by -0.7 to 8.6). Clean printed 6s and Gs of numbers
# and optional data read exactly (664 cells: ext-mrz and five seen sets; DESIGN.md, rule
# 20): the twin never within 0.157 (ext-mrz pe-98; seen sets 0.174). BLIND_CNN exempts
# only a glyph the CNN is as sure of as of most clean ones (clean 6s and Gs: 4.0-14.4).
# Past 75 % the glyph is its twin's to both witnesses (38090: 0.235, CNN 6.92).
BLIND_NEAR = 0.15
BLIND_CNN = 9.0
BLIND_PAIRS = ("6G",)
# Rule 20's cost (branch ocr-r20): clean Gs of faces its author did not measure were
# refused (mrz_variant 800032, 800041, 800090, 800136, 800138; mrz_heldout 900007,
# 900071; mrz_heldout7 1700065), every one a G read with its 6 0.109-0.149 behind.
# Which witness exempts a cell depends on the character read. A 6 printed part of the
# way to G (f5's even seeds, f1's 38006-38174) never had the CNN prefer G by more than
# 3.78 while the templates kept the 6 within BLIND_NEAR (blends 45-79 %; 3.44 at 79 %);
# a G printed toward 6 had the CNN prefer 6 by up to 8.55 (40001, 75 %). So a G read is
# exempt from BLIND_CNN_G (900007 5.66, 900071 6.14, 1700065 4.51), a 6 only from
# BLIND_CNN.
BLIND_CNN_G = 4.5
# A second exemption (the document's own typed cells of the twin all unlike the cell by
# 0.30 under the document's usual likeness: mrz_variant 800041, 800136, 800138) was
# measured by branch ocr-r20 on OCR-B blends only and withdrawn before merging: a 6
# of ANOTHER face blended toward G (hybrid pages: every generator prints some) would be
# unlike the page's OCR-B 6s too, and the fit guard cleared the clean pages by 0.003.


def _blind_twin(
    reading: Reading, scores: np.ndarray, feats: np.ndarray, fmt: str, n: int
) -> Reading:
    """Rule 20: a valid reading is refused, naming the cells, where a cell of a field
    admitting both characters of a check-blind look-alike pair (6/G) holds one of them
    with the other within BLIND_NEAR in the templates and the CNN preferring the one read
    by under BLIND_CNN logits: a glyph part of the way to its twin that no check digit
    can tell from it. In a reading refused or invalid for another reason the cells are
    marked unsure."""
    doc = reading.document
    text = "".join(doc.lines)
    if not text or len(text) != len(scores) or len(feats) != len(scores):
        return reading
    fields = mrz_layout.layout(fmt).field_of()
    cells: list[int] = []
    for p, a in enumerate(text):
        f = fields[p]
        for pair in BLIND_PAIRS:
            if f is None or a not in pair or not set(pair) <= set(f.chars):
                continue
            b = pair.replace(a, "")
            if scores[p, IDX[a]] - scores[p, IDX[b]] >= BLIND_NEAR:
                continue
            sure = BLIND_CNN_G if a == "G" else BLIND_CNN
            if _cnn_lead(text, feats, p, b) >= sure:
                continue
            cells.append(p)
    if not cells:
        return reading
    return _doubt_cells(reading, doc, cells, n, "blind_twin")


def _odd_uncovered_line(
    reading: Reading, scores: np.ndarray, feats: np.ndarray, fmt: str, n: int
) -> Reading:
    """Rule 13: a valid reading is refused, naming its letters, where a line no check
    digit covers has its glyphs under UNCOVERED_LINE (line_margins: not OCR-B's shapes).
    In a reading refused or invalid for another reason the cells are marked unsure."""
    doc = reading.document
    text = "".join(doc.lines)
    if not text or len(text) != len(scores) or len(feats) != len(scores):
        return reading
    covered = mrz_layout.layout(fmt).covered()
    cells: list[int] = []
    for li, m in enumerate(line_margins(scores, feats, n)):
        span = range(li * n, (li + 1) * n)
        if -np.inf < m < UNCOVERED_LINE and not any(p in covered for p in span):
            cells += [p for p in span if text[p] != "<"]
    if not cells:
        return reading
    return _doubt_cells(reading, doc, cells, n, "line_face")
