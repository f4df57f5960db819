"""Rules on a VALID reading (rules 6, 14, 15, 21, 22 and 22b of ocr_decide's docstring):
refused where another reading the glyphs leave room for passes every check as well, so
that the check digits cannot tell which was printed."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import numpy as np

from desktop.documents import glyphs, ocr_lookalike
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import (
    WEIGHTS,
    parse,
)
from desktop.documents.ocr_face import (
    LINE_MARGIN,
    line_margins,
)
from desktop.documents.ocr_reading import (
    EXEMPLAR_WIDE,
    IDX,
    RUNNER_UP_FIT,
    Reading,
    _changed,
    _cnn_lead,
    _failed_checks,
    _plain_check,
    _runner_up_doubt,
    _typed,
    _usual_fit,
    _vouched_0o,
    _within_runner_up,
    settle_ended_names,
    settle_trailing_fillers,
)

MAX_TWIN_COMBINATIONS = 1 << 16  # for the cancelling-twin search (vectorised)
MAX_TWIN_PARSES = 256  # twins that keep every check sum, each parsed (review F9)


# Rule 21: at most this many readings that keep every check are parsed, and cells
# changed together in one field's check group (its cells and its check digit).
MAX_RUNNER_UP_TWINS = 256
RUNNER_UP_TWIN_CELLS = 2
# Margins measured in DESIGN.md (rule 21): every cell's digit runner-up within rule 18's
# reach with the CNN preferring the glyph read by under TWIN_CNN, and one cell at least
# in doubt: within RUNNER_UP_FIT, fitting RUNNER_UP_ODD worse than usual, or the CNN
# under TWIN_DOUBT_CNN. ext-mrz's Liechtenstein card (clean: its birth date's last 2 and
# check digit 2, their 7s 0.145 and 0.124 behind, the CNN 4.04 and 4.21) is in no doubt;
# the cost on the seen sets: 4 clean pages of 1,600 read refused (DESIGN.md, rule 21).
TWIN_CNN = 5.0
TWIN_DOUBT_CNN = 3.0


def _digit_runner_up_changes(
    text: str, scores: np.ndarray, lay: mrz_layout.Layout, usual: float
) -> Iterator[tuple[tuple[tuple[int, str], ...], tuple[str, ...]]]:
    """Rules 21 and 22's search: per field check (not the composite), each reading that
    changes two (up to RUNNER_UP_TWIN_CELLS) of its cells (its check digit included),
    each digit to another digit within rule 18's widest reach behind the glyph read
    (`_within_runner_up`, templates only), and keeps that field's check; with its
    lines. The fewest cells first. Digits only: letters are rule 6's look-alikes,
    check-blind changes (K/<, 6/G, 8/S) pass alone (rules 11 and 20's), and with a
    number's letter look-alikes (0/O, 7/T) rule 22 would refuse ext-mrz's Japanese
    passport (7/T 0.096 behind, the CNN 2.41; check 3/5 0.095, 1.81) and two other cards."""
    fields = lay.field_of()
    for c in lay.checks:
        if c.name == "composite":
            continue
        single = [
            (p, b)
            for p in sorted(lay.cells_of(c))
            if (f := fields[p]) is not None and text[p] in mrz_layout.DIGITS
            for b in f.chars
            if b in mrz_layout.DIGITS
            and b != text[p]
            and _within_runner_up(text, scores, p, b, usual)
        ]
        for k in range(2, RUNNER_UP_TWIN_CELLS + 1):
            for change in itertools.combinations(single, k):
                if len({p for p, _ in change}) < k:
                    continue
                lines = lay.lines_of(_changed(text, change))
                if _plain_check(lines, c, lay):
                    yield change, lines


def _runner_up_twins(
    text: str, scores: np.ndarray, lay: mrz_layout.Layout, today: dt.date, usual: float
) -> list[tuple[tuple[int, str], ...]]:
    """Rule 21's candidates: the changes of `_digit_runner_up_changes` that pass every
    check (the composite before the parse). OverflowError past MAX_RUNNER_UP_TWINS
    parses (the caller then refuses: see _cancelling_runner_up)."""
    composite = lay.check("composite")
    out: list[tuple[tuple[int, str], ...]] = []
    parses = 0
    for change, lines in _digit_runner_up_changes(text, scores, lay, usual):
        if composite is not None and not _plain_check(lines, composite, lay):
            continue  # the parse is the costly part
        parses += 1
        if parses > MAX_RUNNER_UP_TWINS:
            raise OverflowError
        if parse(lines, today=today).valid:
            out.append(change)
    return out


def _in_doubt(
    twins: list[tuple[tuple[int, str], ...]],
    text: str,
    scores: np.ndarray,
    feats: np.ndarray | None,
    usual: float,
) -> list[int]:
    """The cells of the first change each of whose digits the CNN prefers the glyph
    read to by under TWIN_CNN, one of them in doubt (`_runner_up_doubt`, or the CNN
    under TWIN_DOUBT_CNN); or []. Without the CNN every change counts (fails closed)."""
    for change in twins:
        leads = [_cnn_lead(text, feats, p, b) for p, b in change]
        if all(lead < TWIN_CNN for lead in leads) and any(
            _runner_up_doubt(text, scores, p, b, usual) or lead < TWIN_DOUBT_CNN
            for (p, b), lead in zip(change, leads, strict=True)
        ):
            return sorted(p for p, _ in change)
    return []


def _cancelling_runner_up(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
) -> list[int]:
    """Rule 21, the valid counterpart of rule 18c: the cells of another reading that
    changes two digits of one field check's cells (its digit included), each to a
    digit within rule 18's reach behind the glyph read that the CNN does not prefer the
    glyph read to by TWIN_CNN, one of them in doubt (`_in_doubt`), and passes every
    check as well; or []. A date's last digit (weight 1) and its check digit stand at
    composite weights 7 and 3 (TD1, TD3; MRV has no composite), so two digits misread
    alike cancel in every check (blend_pages f6: 44 of 75 printed valid pages read wrong
    and valid). Past MAX_RUNNER_UP_TWINS readings every cell a check digit covers is
    named (fails closed)."""
    text = "".join(reading.document.lines)
    if len(text) != len(scores):
        return []
    usual = _usual_fit(text, scores)
    try:
        twins = _runner_up_twins(text, scores, lay, today, usual)
    except OverflowError:
        return sorted(lay.covered())
    return _in_doubt(twins, text, scores, feats, usual)


# Rule 22: at most this many readings that keep one field's check and fail only the
# composite are parsed (past it: refused, every covered cell named). Its margins are
# rule 21's (TWIN_CNN, TWIN_DOUBT_CNN), measured there and again here (DESIGN.md).
MAX_PRINTED_ERROR_TWINS = 256


def _printed_error_twins(
    text: str, scores: np.ndarray, lay: mrz_layout.Layout, today: dt.date, usual: float
) -> list[tuple[tuple[int, str], ...]]:
    """Rule 22's candidates: the changes of `_digit_runner_up_changes` that fail the
    composite only: a document printed with its composite wrong (only TD1 and TD3 have
    one over the fields). OverflowError past MAX_PRINTED_ERROR_TWINS parses."""
    composite = lay.check("composite")
    if composite is None:
        return []  # an MRV: such a change passes every check (rule 21's)
    out: list[tuple[tuple[int, str], ...]] = []
    parses = 0
    for change, lines in _digit_runner_up_changes(text, scores, lay, usual):
        if _plain_check(lines, composite, lay):
            continue  # passing the composite too is rule 21's
        parses += 1
        if parses > MAX_PRINTED_ERROR_TWINS:
            raise OverflowError
        doc = parse(lines, today=today)
        if _failed_checks(doc.checks) == {"composite"} and all(
            getattr(e, "code", "") == "mrz.check" for e in doc.errors
        ):
            out.append(change)
    return out


def _printed_error_twin(
    reading: Reading,
    scores: np.ndarray,
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
    today: dt.date,
) -> list[int]:
    """Rule 22, rule 21's counterpart for a printed error: the cells of another reading
    that changes two digits of one field check's cells (its digit included), each
    within rule 21's margins behind the glyph read (`_in_doubt`), keeps that field's own
    check and fails the composite only; or []. Such a reading is a document printed with
    its composite wrong, and two misreads that keep the field's check mend the composite
    (blend_pages f6 41115: TD1's expiry 1 and check 5 read 4 and 8, weights 3 and 1 in
    the composite). Past MAX_PRINTED_ERROR_TWINS readings every covered cell is named."""
    text = "".join(reading.document.lines)
    if len(text) != len(scores):
        return []
    usual = _usual_fit(text, scores)
    try:
        twins = _printed_error_twins(text, scores, lay, today, usual)
    except OverflowError:
        return sorted(lay.covered())
    return _in_doubt(twins, text, scores, feats, usual) or _both_in_doubt(
        twins, text, scores, feats, usual
    )


def _both_in_doubt(
    twins: list[tuple[tuple[int, str], ...]],
    text: str,
    scores: np.ndarray,
    feats: np.ndarray | None,
    usual: float,
) -> list[int]:
    """Rule 22b: the cells of the first change each of whose cells is in doubt in the
    templates (`_runner_up_doubt`: its digit within RUNNER_UP_FIT, or the cell fitting
    RUNNER_UP_ODD worse than usual), one of them a near tie there (within
    RUNNER_UP_FIT), and one the CNN prefers to its digit by under TWIN_DOUBT_CNN,
    whatever it says of the other (rule 22 wants it under TWIN_CNN in both); or [].
    Three doubts in the very two cells a composite-mending twin needs are the evidence
    (blend_pages f7: a blend the CNN is sure of by up to 7.1 in one cell). Measured
    (bench/results/mrz_f7_within_reach.md): on clean pages only mrz_heldout12
    2300044's gray image had all three (a coloured cell; its ink image reads exactly);
    the nearest others, mrz synth 700184 (two near ties, the CNN sure of both by 5.48
    and 6.68) and mrz_variant 800024 (both cells fitting oddly, no near tie: 0.183 and
    0.233, the CNN 3.20). Without the CNN every such change counts (fails closed)."""
    for change in twins:
        gaps = [scores[p, IDX[text[p]]] - scores[p, IDX[b]] for p, b in change]
        if (
            all(_runner_up_doubt(text, scores, p, b, usual) for p, b in change)
            and min(gaps) < RUNNER_UP_FIT
            and any(_cnn_lead(text, feats, p, b) < TWIN_DOUBT_CNN for p, b in change)
        ):
            return sorted(p for p, _ in change)
    return []


# Rule 14 (review zoom2 R1, R2): a letter/digit look-alike in a cell a check digit covers
# is told apart by the templates and the networks at margins that lean on the check digit,
# which sees one swap but not two that cancel (weights 7 and 3). Another face's glyphs
# (Noto Sans Mono's 1I1I11 read II1II1, DejaVu's ZOO20 read Z0O2O) or an O printed larger
# than its zoomed line (read 0,0 for O,O) are misjudged alike, twice. Such a cell keeps
# its look-alike for the twin search where neither witness vouches for it: the document's
# own typed cells of its character (_vouched_0o: dates and check digits for a digit,
# names for a letter; two or more, the cell within EXEMPLAR_TIGHT of how alike they are)
# and the CNN (preferring it to the look-alike by UNVOUCHED_LEAD logits, ZOOMED_LEAD on a
# zoomed document). A twin that passes every check then refuses (`ocr.why.unvouched`).
# Measured (scripts in DESIGN.md): the attacks' twin cells, unlike their exemplars by
# 0.05-0.21, had the CNN prefer them by -7.5 to 1.42 (hybrid) and 0.61-2.51 (zoomed
# larger Os, of which the twin needs one at 1.81 or under); on ext-mrz's photographs
# honest 0s in document numbers were unlike their dates' 0s by up to 0.55 (perspective:
# the gap grows with the distance), the CNN preferring them by 2.09 or more except a
# photographed HRV passport's 00 (-0.10 and 1.53 at weights 7 and 3: a cancelling pair
# at 1.6). 6/G and 8/S are check-blind and in the candidates already. After review r14
# a typed cell is an exemplar only where the CNN prefers it to its look-alike by
# UNVOUCHED_LEAD (the dates' 0s printed in the forged O's glyph vouched for it), and a
# document without exemplars is decided by the CNN alone (names without I: let off).
VOUCHED_PAIRS = ("0O", "1I", "8B", "5S", "2Z")
UNVOUCHED_LEAD = 1.5
ZOOMED_LEAD = 3.0


def _unvouched(
    reading: Reading,
    loose: list[list[str]],
    feats: np.ndarray,
    lay: mrz_layout.Layout,
    zoomed: bool = False,
) -> list[list[str]]:
    """Rule 14: `loose` with, in every checked cell whose character has a look-alike in
    VOUCHED_PAIRS that its field admits, that look-alike added unless the document's own
    typed cells of its character or the CNN vouch for it. A typed cell is an exemplar
    only where the CNN is itself sure of it (UNVOUCHED_LEAD over its twin): review r14
    printed the dates' 0s in the forged O's glyph and they vouched for it (16 of 90
    pages wrong but valid); and a document without typed cells of the character is not
    let off (names without I, dates without 0: F1), the CNN decides there."""
    text = "".join(reading.document.lines)
    out = [list(c) for c in loose]
    if len(text) != len(feats) or len(text) != len(loose):
        return out
    allowed = lay.allowed()
    twin = {a: b for pair in VOUCHED_PAIRS for a, b in (pair, pair[::-1])}
    typed = [c in twin and _typed(c, chars) for c, chars in zip(text, allowed, strict=True)]
    covered = lay.covered()  # once, not per cell: it builds the set anew
    todo = np.array(
        [p in covered and c in twin and twin[c] in allowed[p] for p, c in enumerate(text)]
    )
    exemplar_lead = ocr_lookalike.lead(
        text, feats, {q: twin[text[q]] for q in range(len(text)) if typed[q] and not todo[q]}
    )
    sure_text = "".join(
        "\x00" if exemplar_lead.get(q, np.inf) < UNVOUCHED_LEAD else c for q, c in enumerate(text)
    )
    unvouched = np.flatnonzero(todo & ~_vouched_0o(sure_text, feats, lay, todo))
    leads = ocr_lookalike.lead(text, feats, {int(p): twin[text[p]] for p in unvouched})
    sure = ZOOMED_LEAD if zoomed else UNVOUCHED_LEAD
    for p, v in leads.items():
        if v < sure and twin[text[p]] not in out[p]:
            out[p].append(twin[text[p]])
    for p in _round_zeros(text, sure_text, feats, lay, todo):
        if "O" not in out[p]:
            out[p].append("O")
    return out


def _ink_aspect(feats: np.ndarray) -> np.ndarray:
    """Per feature vector (a FEAT_H x FEAT_W cell, ink positive): the spread of its ink
    across (weighted standard deviation of x) over its spread down."""
    img = np.clip(feats.reshape(len(feats), glyphs.FEAT_H, glyphs.FEAT_W), 0.0, None)
    ys, xs = np.mgrid[0 : glyphs.FEAT_H, 0 : glyphs.FEAT_W]
    mass = img.sum(axis=(1, 2)) + 1e-9

    def spread(grid: np.ndarray) -> np.ndarray:
        mean = (img * grid).sum(axis=(1, 2)) / mass
        return np.sqrt((img * (grid - mean[:, None, None]) ** 2).sum(axis=(1, 2)) / mass)

    return spread(xs) / np.maximum(spread(ys), 1e-6)


# Rule 14's round zeros (bench/results/mrz_hybrid_oo.md): OCR-B's 0 is a narrow oval;
# Noto Mono's and Noto Sans Mono's O is rounder and resembles it within EXEMPLAR_TIGHT
# (so no exemplar doubts it), the CNN preferring 0 by up to 2.19: a cancelling OO in a
# document number was read 00 and VALID (twin_pages 61019, 61038, 61049, 61088, 61089,
# 61099). A checked cell read 0 whose ink is ROUND_ASPECT wider for its height than the
# page's CNN-sure typed 0s (median; two or more) and that the CNN prefers to O by under
# ROUND_CNN keeps O for the twin search. Measured: Noto's Os read 0 (face seeds
# 61000-61399, 90 cells) 1.082-1.209, the CNN -3.09 to 2.19; honest 0s in such fields:
# ext-mrz up to 1.251 (Iceland, the CNN at 3.59 and over), with the CNN under 2.5 only
# Canada's 1.209 (2.21) and a French residence card's 1.161 (1.92: alone, it and another
# open cell made a twin and the card was lost), so two such cells under one check digit
# are needed (a twin needs the pair misread alike); the attack pages' own OCR-B 0s
# 0.955-1.053, heldout12's up to 1.052. Not JetBrains Mono's O (narrower, 0.92-1.0).
ROUND_ASPECT = 1.07
ROUND_CNN = 2.5


def _round_zeros(
    text: str,
    sure_text: str,
    feats: np.ndarray,
    lay: mrz_layout.Layout,
    todo: np.ndarray,
) -> list[int]:
    """Rule 14 (round zeros): the cells of `todo` read 0, O admitted, rounder than the
    page's CNN-sure typed 0s by ROUND_ASPECT and not preferred to O by ROUND_CNN, two
    or more under one check digit (a twin needs both cells of a pair misread alike)."""
    if feats.ndim != 2 or feats.shape[1] != glyphs.FEAT_H * glyphs.FEAT_W:
        return []  # not the reader's cell features (there the CNN fails closed: rule 14)
    allowed = lay.allowed()
    cells = [int(p) for p in np.flatnonzero(todo) if text[p] == "0" and "O" in allowed[p]]
    zeros = [
        q for q, c in enumerate(sure_text) if c == "0" and not todo[q] and _typed("0", allowed[q])
    ]
    if not cells or len(zeros) < 2:
        return []
    usual = float(np.median(_ink_aspect(feats[zeros])))
    aspect = _ink_aspect(feats[cells])
    round_ = [p for p, a in zip(cells, aspect, strict=True) if a >= ROUND_ASPECT * usual]
    leads = ocr_lookalike.lead(text, feats, dict.fromkeys(round_, "O"))
    doubted = {p for p, v in leads.items() if v < ROUND_CNN}
    paired = set()
    for c in lay.checks:
        under = doubted & lay.cells_of(c)
        if len(under) >= 2:
            paired |= under
    return sorted(paired)


# Rule 15 (issue 10, ext-mrz's Qatar passport: number 00000000 refused, its 0s at weights
# 7 and 3 kept O for the twin search, the page printing no O for rule 6's exemplars to
# tell them apart): a checked 0/O, 1/I, 8/B, 5/S or 2/Z whose twin only rule 6 keeps
# loses it there where both witnesses vouch for the character read, each at its own
# margin: the document's typed cells of that character the CNN is sure of (as rule 14's
# exemplars; the cell within EXEMPLAR_TIGHT of how alike they are), the CNN preferring
# the cell to its twin by SELF_LEAD, and no cell of the page read as the twin within
# EXEMPLAR_WIDE of it. Not on a zoomed document nor on an odd line (rule 6's
# unnarrowing). Measured (DESIGN.md, rule 15): 209 forged cells of review r14's and
# zoom2's attack pages and the hybrid generator; those the exemplars, the twin-like
# test and the line/zoom tests pass had the CNN at 0.45 or under; the one the CNN
# preferred by over 3 (3.12, review r14 `same` 32752) was 0.0012 over EXEMPLAR_TIGHT
# and had a cell read as its twin more like it. The 30 honest cells it drops (12
# ext-mrz pictures among them) had the CNN at 3.08 or more: Qatar's 0s at 3.72. Review
# r15 (F2) printed letters blended 55-60 % toward the digit (an O 0.4 of the way to 0) that
# the CNN preferred as the digit by 3.01-4.95: raised from 3.0 to 3.5, Qatar still over it.
SELF_LEAD = 3.5


def _self_vouched(
    reading: Reading,
    loose: list[list[str]],
    scores: np.ndarray,
    feats: np.ndarray,
    lay: mrz_layout.Layout,
    zoomed: bool = False,
) -> list[list[str]]:
    """Rule 15: `loose` without, in checked cells, the VOUCHED_PAIRS twin of the
    character read where the document's own CNN-sure typed cells of that character and
    the CNN itself (by SELF_LEAD) both vouch for it and no cell read as the twin is as
    like it (EXEMPLAR_WIDE)."""
    text = "".join(reading.document.lines)
    out = [list(c) for c in loose]
    if zoomed or len(text) != len(feats) or len(text) != len(loose):
        return out
    twin = {a: b for pair in VOUCHED_PAIRS for a, b in (pair, pair[::-1])}
    covered = lay.covered()
    n = lay.width
    odd = {li for li, m in enumerate(line_margins(scores, feats, n)) if m < LINE_MARGIN}
    todo = np.array(
        [
            p in covered
            and c in twin
            and twin[c] in out[p]
            and len(out[p]) == 2
            and p // n not in odd
            for p, c in enumerate(text)
        ]
    )
    if not todo.any():
        return out
    allowed = lay.allowed()
    typed = [c in twin and _typed(c, chars) for c, chars in zip(text, allowed, strict=True)]
    exemplar_lead = ocr_lookalike.lead(
        text, feats, {q: twin[text[q]] for q in range(len(text)) if typed[q] and not todo[q]}
    )
    sure_text = "".join(
        "\x00" if exemplar_lead.get(q, np.inf) < UNVOUCHED_LEAD else c for q, c in enumerate(text)
    )
    vouched = np.flatnonzero(todo & _vouched_0o(sure_text, feats, lay, todo))
    leads = ocr_lookalike.lead(text, feats, {int(p): twin[text[p]] for p in vouched})
    for p, v in leads.items():
        b = twin[text[p]]
        if v < SELF_LEAD:
            continue
        e = [q for q, c in enumerate(sure_text) if c == text[p] and q != p and typed[q]]
        near = float((feats[e] @ feats[p]).max())
        rivals = [q for q, c in enumerate(text) if c == b]
        if rivals and float((feats[rivals] @ feats[p]).max()) > near - EXEMPLAR_WIDE:
            continue
        out[p].remove(b)
    return out


def _cancelling(
    lines: tuple[str, ...],
    loose: list[list[str]],
    cands: list[list[str]],
    fmt: str,
    today: dt.date,
) -> list[int]:
    """Cells where another reading, as valid, differs from `lines`, using candidates
    that only the look-alike narrowing at the checked margins dropped; [] when none.

    Those margins lean on the check digit to catch a wrong pick, which it does for
    one cell; but the cells of one glyph in one face are misjudged alike, and two
    swaps at weights 7 and 3 (three 0/O at 7, 7 and 1) cancel: a serif 1 taken for I
    twice in a document number was read II and valid. Where such a twin passes every
    check, the narrowing was what told the two apart, at a margin that assumed a
    check would catch it: ambiguous."""
    text = "".join(lines)
    # A cell the twin narrowing settled on another character than the reading's: the
    # two narrowings disagree, so both stay in play (the networks sure of a clean 1
    # where the exemplars took I twice).
    loose = [list(c) if text[p] in c else [text[p], *c] for p, c in enumerate(loose)]
    settle_trailing_fillers(loose, list(text), fmt)
    settle_ended_names(loose, list(text), fmt, set())
    vary = [p for p, c in enumerate(loose) if len(c) > 1 and set(c) != set(cands[p])]
    if not vary:
        return []
    lay = mrz_layout.layout(fmt)
    open_cells = [p for p, c in enumerate(loose) if len(c) > 1]
    combos = 1
    for p in open_cells:
        combos *= len(loose[p])
    if combos > MAX_TWIN_COMBINATIONS:
        return vary
    # Only the checks the reading passes as ICAO 9303 computes them filter (a number
    # valid by another practice filters nothing): per check, what each candidate adds
    # to its weighted sum, modulo 10; a twin keeps every sum.
    checks = [c for c in lay.checks if _plain_check(lines, c, lay)]
    rows = [_deltas(p, loose[p], text, checks, lay) for p in open_cells]
    sums = np.zeros((1, len(checks)), np.int64)
    changed = np.zeros(1, np.int64)
    for p, d in zip(open_cells, rows, strict=True):
        sums = (sums[:, None, :] + d[None, :, :]).reshape(-1, len(checks)) % 10
        same = np.array([c == text[p] for c in loose[p]])
        changed = (changed[:, None] + ~same[None, :]).reshape(-1)
    zero_sum = np.flatnonzero((sums == 0).all(axis=1) & (changed > 0))
    if len(zero_sum) > MAX_TWIN_PARSES:
        return vary  # too many to parse in time (~0.1 ms each): refused, not guessed
    for i in zero_sum:
        choice = np.unravel_index(int(i), [len(loose[p]) for p in open_cells])
        cs = list(text)
        for p, k in zip(open_cells, choice, strict=True):
            cs[p] = loose[p][int(k)]
        if parse(lay.lines_of(cs), today=today).valid:
            return [p for p in open_cells if cs[p] != text[p]]
    return []


def _deltas(
    p: int, chars: list[str], text: str, checks: list[mrz_layout.CheckDigit], lay: mrz_layout.Layout
) -> np.ndarray:
    """(len(chars), len(checks)): what putting each of `chars` at p changes in each
    check's weighted sum less its digit, modulo 10."""
    out = np.zeros((len(chars), len(checks)), np.int64)
    for j, c in enumerate(checks):
        w = 0
        if p == lay.flat(c.line, c.pos):
            w = -1
        else:
            i = 0
            for ln, a, b in c.covers:
                start = lay.flat(ln, a)
                if start <= p < start + (b - a):
                    w = WEIGHTS[(i + p - start) % 3]
                i += b - a
        for k, ch in enumerate(chars):
            out[k, j] = (w * (_value(ch) - _value(text[p]))) % 10
    return out


def _value(c: str) -> int:
    return 0 if c == "<" else IDX.get(c, 0)
