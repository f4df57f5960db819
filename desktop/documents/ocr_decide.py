"""The OCR's last stage: from per-cell glyph scores to a reading, or a refusal.

Where the rules below live: here, the candidates, narrowing and choice (rules 1-5, 7, 17,
19) and `decide`, which runs every rule in order; ocr_twins, the refusals of a valid
reading another passes as well (6, 14, 15, 21, 22); ocr_repair, those of an invalid one
(2's typed twin, 8, 18-18e); ocr_doubt, where no check digit looks (10-13, 16, 20, 23);
ocr_face, the face gate (9); ocr_reading, what they share.

Rules (ICAO 9303 fields from `layout.py`):

1. Every cell keeps the characters its glyph evidence does not rule out: those within
   RIVAL_MARGIN of its best score, and its look-alikes (0/O/D/Q, 1/I/L, 2/Z, 5/S, 8/B,
   8/S, 6/G) within LOOKALIKE_MARGIN, `<` behind a K within FILLER_MARGIN. Look-alikes get the
   wider margin because the prototypes are OCR-B and real documents are not always:
   on ext-mrz a printed 0 was read as O by up to 0.049 (LOOKALIKE_MARGIN keeps such a
   pair ambiguous).
2. Field types break ties, they never overrule a clear glyph: where every cell of a
   field keeps a character the field admits, those are its candidates; where one cell
   does not (a Romanian ID prints its nationality as `132`), the whole field is
   reported as printed (best glyph per cell) and the parser says why it is invalid;
   unless putting admitted look-alikes for those glyphs makes the document valid (a
   re-typeset date's 0 and 1 read O and I): then it is refused, not called invalid.
3. The other cells of the same document are evidence: a cell read with a single
   candidate is an exemplar of that character in this document's font and print. A
   candidate is dropped when the cell resembles another candidate's exemplars by
   EXEMPLAR_MARGIN more than its own (both must exist in the document); in a field of
   letters and digits a letter look-alike is also dropped when the cell resembles the
   digit's exemplars (two or more) about as closely as they resemble each other and
   the letter has none. A letter and its digit look-alike are told apart so only where
   a check digit looks: elsewhere nothing would catch a wrong drop (a visa's optional
   data `O`, its glyph a tie with `0`, was read `0` and reported valid because it
   resembled the document's zeros more than its Os).
4. The look-alike classifiers (ocr_lookalike: an MLP per group of look-alikes and a
   small CNN run by cv2.dnn) pick one of a cell's candidates when one of them is sure
   of it by its margin, set on cells it was not trained on (real images and held-back
   generated ones; wider where no check digit looks), and the other does not prefer
   another candidate (where no check digit looks, both sure at their checked margins
   settles nothing: ocr_lookalike.BOTH_SURE is empty since a review found both sure of
   0 for JetBrains Mono's O); candidates of different groups (I/T) only by the CNN at
   its widest margin. Otherwise the cell stays open. A cell the twin narrowing (rule 6)
   settles on another character than the reading's keeps both.
5. Every combination of the candidates is checked by the parser. One valid reading:
   it is the reading. Two or more: refused, positions named. A candidate where no check
   digit looks (names, nationality, sex, visa optional data) refuses the reading
   unless it is a K/`<` tie in a field's trailing fillers.
6. A check digit catches one wrong pick between look-alikes, not two picked alike (the
   cells of one glyph in one face are misjudged alike; swaps at weights 7 and 3
   cancel). The narrowing of rules 3 and 4 is done again as if no check digit looked
   (networks at their unchecked margins, exemplars only by EXEMPLAR_WIDE and
   EXEMPLAR_TIGHT), a checked cell that fits the templates oddly for its document
   keeping the look-alike they put up to LOOKALIKE_WIDE behind (_widen); when what it
   leaves open holds another reading that passes every check, the reading is refused
   as ambiguous (_cancelling). On a line whose glyphs do not take OCR-B's shapes
   distinctly (line_margins, the face gate's statistic per line, under LINE_MARGIN: one
   line printed in another face), every checked cell keeps for that search each
   look-alike its field admits within LOOKALIKE_WIDE, whatever the narrowing said
   (a DejaVu Sans Mono line's OO read 00 by templates and both networks alike, at
   weights 7 and 3, was valid and wrong). A per-line gate refusing such lines outright
   was measured and not taken: OCR-B lines go as low as the hybrid's.
7. Cells holding no legible character (nothing scores MIN_SCORE, or an ink blot
   matches as well) are never filled in from the check digits: refused. Except the
   fillers of a name that has surely ended (settle_ended_names): filled in by the
   name's grammar, not by a check digit.
8. An invalid reading is reported invalid as printed only when it was read as printed:
   where a failing check digit covers a cell whose rival the narrowing of rules 3 and
   4 dropped (a network's choice; or the exemplars', when putting the rivals back
   makes the document valid: a Z read I beside the document's Is), it is refused.
   Likewise a letter read where a field prints digits (or the reverse): refused when
   putting its field's look-alikes there, and the same glyph's look-alikes under a
   failing check elsewhere, makes the document valid (mrz_heldout8: a keystoned
   camera's 0s read O in the dates and the optional data; an honest passport had been
   reported invalid). And where a field admits both: refused when look-alikes under the
   failing checks, within LOOKALIKE_WIDE of their glyph's best score, make it valid
   (mrz_heldout9 1900059: an honest passport's 0s read O in its optional data).
   Except digits clearly printed in a field of letters (a name's `HUN6`, a state code
   `665`: _printed_digits): the templates put the digit TYPE_SURE_FIT over each letter
   the twin would try and the CNN prefers it by TYPE_SURE_CNN: reported invalid as
   printed (never valid: the digit stays in a field of letters). Not the reverse: a
   letter that looks like a digit in a field of digits only (a date, a check digit) is
   refused even with no valid twin (_letters_for_digits; mrz_heldout14 2500087, 2500092).
   On zoomed cells (ocr._read_size refuses a zoomed reading that breaks a field's type
   as another face) such a reading is reported invalid only when printed_as_read: the
   face statistic at ZOOMED_PRINTED_FACE and no letter of a field of letters that the
   CNN prefers a digit look-alike to (mrz_heldout20 3100071 `OBR1EN`, 3100137 `HUN6`).
9. The face gate. Every margin above was measured on OCR-B; on a face the templates and
   both networks never saw they can be confidently wrong (JetBrains Mono's O read 0 by
   both networks and a cancelling OO read 00; FreeMono's and Fira Code's Q read O in
   names, with no rival kept). A document whose glyphs do not take OCR-B's shapes
   distinctly (face_margin: the lower quartile of each non-filler cell's lead over its
   runner-up class, less how much better the cells resemble their document's twins than
   the templates, under FACE_MARGIN) is not printed in OCR-B, as ICAO 9303 requires,
   and is refused, whatever it reads, naming the cells no check digit covers. The gate
   fails closed: without the cells' features, or with fewer than FACE_TWINS ink cells
   that have a twin, nothing shows the face is OCR-B and the reading is refused. Nothing of
   its glyphs is trusted, not even a single candidate: measured leave-one-family-out on
   ten monospace families, the letters an unseen face's glyph is taken for are not
   predictable from the others' (Noto Sans Mono CJK's I read L, Courier Prime's G read O,
   Noto Mono's M read U: none seen in the other nine), and every MRZ holds a name no
   check digit covers, so no list of look-alikes would make a name cell safe.
   The gate judges the whole document: OCR-B with a few glyphs of another face (a
   review drew Q, D or B from another face, or one line) passes it; rule 11 and rule 6
   on odd lines close what that let through (bench/results/mrz_face_gate.md).
10. A valid reading whose issuing state or nationality is no known code (ISO 3166-1,
   ICAO 9303-3, the specimen UTO) but one look-alike letter from one is refused: those
   fields have no check digit, so `D<<` read `O<<` or `BOL` read `EOL` is a misread
   (codes far from every known one, as on some real specimens, stay valid with a warning).
11. A valid reading is refused, naming the cells, where a cell no check digit covers
   holds a character the look-alike CNN prefers a rival the field admits to by DISSENT
   logits or more (`dissent`): OCR-B with another face's Q or D drawn in a name passes
   the face gate, the templates read O with no rival, and the CNN, trained on glyphs of
   19 faces, sees the Q or D by far more than it ever prefers a rival on OCR-B. Rivals
   outside the read character's group of look-alikes (ocr_lookalike.GROUPS) count
   ANY_RIVAL_EXTRA logits less (another face's S read B in a name, where 5 and 8 are
   not admitted: review ocr3). Covered cells count too for look-alikes every check
   weighs alike (6/G, 1/L, 8/S, 5/Z, K/<: a G read for a 6 passed the composite
   check). A 0 or O where a field admits both and no check digit looks (a visa's
   optional data) is refused where the CNN prefers it to its twin by under
   ZERO_O_LEAD, and under ZERO_O_SURE unless the document's own 0s (dates, check
   digits) or Os (names) vouch for it (Fira Code's O read 0, the CNN sure by 0.83),
   and at any lead where they vouch for its twin instead (a 0 like the names' Os, an
   O like the dates' 0s: Courier Prime Sans's 0 read O, the CNN sure by 2.51).
   A reading refused or invalid for another reason gets these cells marked
   unsure all the same (a camera frame vouches for the cells it does not mark). The MLP
   is not asked: it preferred O to an honest OCR-B D by 4.14 logits. Without the CNN's
   file every such cell dissents (fails closed). Per-cell oddness against the
   document's own cells (template gap, twin gap) was measured before and does not
   separate (120 of 281 exact OCR-B readings refused to catch them all).
12. Where rule 11's witness agrees with the misread (Courier Prime's Q read O in a
   name, the CNN preferring O by 1.44), the templates do not: a valid reading is
   refused where a cell no check digit covers holds a look-alike the field admits
   another of, fitting the templates UNFIT_FIT worse than the document's usual ink
   cell, and the CNN does not prefer it to those look-alikes (or to a letter the field
   admits within UNFIT_NEAR in the templates, UNFIT_NEAR_CNN: a name's I under a stamp
   read T) by UNFIT_CNN. Oddness
   alone was measured not to separate (rule 11's note); together with the CNN's doubt
   it did on every OCR-B image measured.
13. A valid reading is refused where a line no check digit covers (TD1's line 3, the
   name line of the others) has its face statistic (line_margins) under
   UNCOVERED_LINE: a whole name line in another face (JetBrains Mono's DOOD read UUUU)
   passes the document's gate, and nothing checks its letters.
14. Rule 6's twin search also takes, in a cell a check digit covers, the look-alike
   (0/O, 1/I, 8/B, 5/S, 2/Z) of a character that neither witness vouches for: the
   document's own typed cells of that character (dates and check digits, names) and
   the CNN (UNVOUCHED_LEAD, ZOOMED_LEAD on a zoomed document). Two of another face's
   glyphs, or Os printed larger than a zoomed line, misjudged alike cancel in a check
   (Noto Sans Mono's 1I1I11 read II1II1, valid): refused as ambiguous. Also O in a
   cell read 0 whose ink is rounder than the page's own 0s (ROUND_ASPECT) and that the
   CNN does not prefer by ROUND_CNN, two such cells under one check digit (_round_zeros:
   Noto Mono's OO read 00 beside OCR-B 0s it resembles, valid).
15. Rule 6's twin search drops, in a cell a check digit covers, the look-alike (0/O,
   1/I, 8/B, 5/S, 2/Z) of the character read where both of rule 14's witnesses vouch
   for it, each at its own margin (the document's typed cells of the character the CNN
   is sure of, within EXEMPLAR_TIGHT; the CNN by SELF_LEAD) and no cell read as the
   look-alike is as like it (EXEMPLAR_WIDE): a page printing no O has nothing for rule
   6's exemplars to set a 0 against (ext-mrz's Qatar passport 00000000, refused as
   ambiguous). Not on a zoomed document nor on an odd line.
16. A valid reading is refused where a cell no check digit covers has as its best glyph
   a look-alike its field does not admit (a name's O read for a printed 0)
   and the CNN does not prefer the character read to it by TYPE_LEAD: rule 2's type
   broke a tie the glyph left open, and nothing checks a name (mrz_heldout13 2400089,
   `SUHARTON0` read O and valid). 16b: the same where the templates' best is the letter
   but the CNN prefers the digit twin the field does not admit by TYPE_DISSENT
   (mrz_heldout18 2900037 `GODBOL0`, 2900131 `K0R`: read O and valid).
   16c: a cell of 16b's read O, D or Q where the CNN's and the 0ODQ MLP's leads of the
   letter over the 0 sum to BOTH_DISSENT or less (the CNN's at -BOTH_CNN or less), or to
   under EXEMPLAR_DISSENT with the cell more like the page's typed 0s than its typed Os
   (attack page 9500047 `GIS0`).
17. An MRZ that fails a check digit whatever its open cells hold is reported invalid as
   read, not refused (issue 10: a printed invalid MRZ is read as printed and reported
   invalid): where rule 5 would refuse for open cells (no check digit looks, or no
   reading of them passes), a check digit fails over cells that are all read with
   confidence (neither it, nor a cell it covers, nor the optional data a failing
   document number reaches, is open). No reading of the open cells can make the
   document valid, so nothing wrong can be reported valid through it; each open cell
   holds its best candidate, is named in the reading's errors (`ocr.unsure_invalid`)
   and is `unsure`. The checks of rule 8 then run as on any invalid reading (a rival
   the networks or exemplars dropped, a look-alike under the failing checks that
   makes it valid: refused). Illegible cells (rule 7) still refuse, and so does a
   reading where a cell under a failing check was read with confidence as one of an
   open cell's candidates and its field admits a look-alike of it (the open glyph may
   be misjudged alike there: a number's two 0s printed toward O, one read O, one open).
18. A check digit that fails is not blamed on the document where one cell it covers,
   read as another character its field admits that the glyph evidence puts close
   behind (RUNNER_UP_FIT in the templates, or within RUNNER_UP_WIDE and the CNN not
   preferring the glyph read by RUNNER_UP_CNN), makes the MRZ valid: refused, naming
   the cell, not reported invalid (rule 17's readings too; review r16: an honest
   passport's birth date 2 printed 71 % toward 7, read 7 with confidence, was called
   invalid with only a name's open cell named). A check digit sees every single
   substitution (its weights 7, 3, 1 are prime to 10), so one confident misread is what
   turns an honest MRZ invalid; a printed error stays invalid unless a glyph of it is
   itself that close to the repairing character.
   18b. Where two or more field check digits fail (rule 18 repairs one cell), one such
   repair per failing field check (a cell of the field, its check digit included, or
   every cell of one character in the field read as one look-alike: a face's 5s read S),
   each making its field's check pass and all together the MRZ valid (composite check
   included), refuses likewise (mrz_heldout15 2600057: an honest passport's number 5
   read S and both dates' 6s read 8 was reported invalid). Bounded: at most
   MAX_REPAIR_COMBINATIONS combinations are parsed. It only turns invalid into refused.
   18c. Where one field check or none fails (rules 18 and 18b found no repair), a
   bounded joint repair (_joint_repair): one cell of the failing field check's cells,
   or, where only the composite fails, up to two cells of one field check's cells
   (its digit included) that keep that check passing; the composite check digit; and
   cells of the state codes (a character close behind by rule 18's margins; in a code, a
   digit's letter look-alike the CNN prefers to it), every code changed landing on a
   known code, together making the MRZ valid: refused (mrz_heldout16 2700151: UnTaza's
   4 read 1 in an expiry date and its check digit, only the composite failing;
   2700032: IND read IN0 and INO, the composite's 4 read 1). At most
   MAX_JOINT_REPAIRS readings are parsed; it only turns invalid into refused.
   18d. Where rules 18-18c found no repair (_cnn_repair): every cell under the failing
   checks whose field admits a character the templates put within rule 18's widest
   reach behind the glyph read and the CNN prefers to it by CNN_REPAIR logits or more,
   read as that character; one reading, parsed once: valid, the reading is refused
   naming those cells (mrz_heldout20 3100185: TW-Sung's 6 read 8 in five cells of three
   fields and its 1 read I, two cells in some fields, beyond 18b's and 18c's one repair
   per field; the CNN preferred 6 and 1 by 3.6-6.8). It only turns invalid into refused.
   18e. Where rules 18-18d found no repair (_odd_twin_repair): every cell under the
   failing checks that fits the templates RUNNER_UP_ODD worse than the document's usual
   ink cell and whose field admits a look-alike of the glyph read (0/O/D/Q, 1/I/L, ...)
   that the CNN prefers to it by CNN_REPAIR or more, however far behind the templates
   put it, read as that look-alike; one reading, parsed once: valid, refused naming
   those cells (mrz_heldout28 3900173: a card's first line in another face, its number's
   D read 0 by the templates 0.44 ahead, the cell 0.15 under the usual fit, the CNN
   preferring D by 6.5: an honest card was reported invalid). Rule 18's reach is the
   templates'; a glyph they fit oddly is one they may misjudge by more (another face's
   line passes line_margins). It only turns invalid into refused.
19. Rule 7's one exception under a check digit (_blotted_date_digit): a birth or expiry
   date digit an ink blot makes illegible, the document's only illegible cell, is read
   where exactly one digit passes both its date's check digit and the composite (every
   other cell under them read with one candidate) and that digit is the glyph's own
   best class in the templates (at MIN_SCORE or over) and in the CNN. The check digits
   confirm what shows through the blot; they never fill in a cell the glyph does not
   name (ext-mrz's Liechtenstein card: the birth date's 8 under a blot).
20. A valid reading is refused where a cell of a field admitting both 6 and G (a
   document number, optional data) holds one of them with the other within BLIND_NEAR
   in the templates and the CNN preferring the one read by under BLIND_CNN (a G:
   BLIND_CNN_G) (_blind_twin): 6/G is check-blind (G = 16), so a 6 printed part of the
   way to G and read G passes every check (review r16: 63-75 % blends read G, valid).
   A blend past ~75 % is its twin to both witnesses and stays out of reach.
21. The valid counterpart of rule 18c (_cancelling_runner_up): a valid reading is
   refused, naming the cells, where another reading changing two digits of one field
   check's cells (its check digit included) passes every check as well, each changed
   digit within rule 18's reach behind the glyph read (RUNNER_UP_WIDE, or
   RUNNER_UP_ODD_WIDE in a cell fitting RUNNER_UP_ODD worse than usual) with the CNN
   preferring the glyph read by under TWIN_CNN, and one of them at least in doubt
   (within RUNNER_UP_FIT, fitting oddly, or the CNN under TWIN_DOUBT_CNN). A date's
   last digit (weight 1) and its check digit stand at composite weights 7 and 3 (TD1,
   TD3; an MRV has no composite), so two digits misread alike there cancel in every
   check (blend_pages f6: a date's pair blended toward digits that keep its check,
   read as the blends and valid). Rule 6 takes letter look-alikes only; this takes a
   digit's digit runner-up. Bounded: MAX_RUNNER_UP_TWINS parses (past it: refused).
22. Rule 21's counterpart for a printed error (_printed_error_twin): a valid reading is
   refused, naming the cells, where another reading changing two digits of one field
   check's cells (its check digit included), each within rule 21's margins behind the
   glyph read, keeps that field's own check and fails only the composite: a document
   printed with its composite wrong, whose two misreads mend it (blend_pages f6 41115:
   TD1's expiry 1 and check 5 read 4 and 8, weights 3 and 1 in the composite). Digits
   only: with a number's letter look-alikes (0/O, 7/T) it would refuse three ext-mrz
   pictures. Bounded: MAX_PRINTED_ERROR_TWINS parses (past it: refused).
   22b. Rule 22's margins mirrored (_both_in_doubt): the same pair is refused where
   both its cells are in doubt in the templates (within RUNNER_UP_FIT, or fitting
   RUNNER_UP_ODD worse than usual), one of them a near tie there (RUNNER_UP_FIT), and
   the CNN prefers the glyph read by under TWIN_DOUBT_CNN in one, however sure it is of
   the other (blend_pages f7: a blend the CNN is sure of by up to 7.1 in one cell, a
   near tie and a CNN under 2.2 in the pair; of the clean pages of ext-mrz and ten seen
   sets only mrz_heldout12 2300044's gray image had all three, a coloured check digit
   fitting 0.194 worse than usual, and its ink image reads it exactly:
   bench/results/mrz_f7_within_reach.md).
23. A mark after a name's end (_after_name_end): a valid reading is refused, naming the
   cells, where a name field holds a character other than `<` after three fillers read
   in a row (the end of every name 9303 prints: rule 7's exception). A pen stroke or
   arc beside a trailing filler completes a K or an X, whose check value is the
   filler's plus 20 or 30 (0 modulo 10: no check digit sees it, and none covers names):
   scripts/mrz_overprint_attack.py, bench/results/mrz_overprint.md.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Mapping

import numpy as np

from desktop.documents import layout as mrz_layout
from desktop.documents import ocr_lookalike
from desktop.documents.mrz import (
    ALPHABET,
    Checks,
    TravelDocument,
    check_blind,
    parse,
)
from desktop.documents.ocr_doubt import (
    _after_name_end,
    _blind_twin,
    _dissenting,
    _odd_uncovered_line,
    _type_tie,
    _unfit,
    _unknown_state,
)
from desktop.documents.ocr_face import (
    LINE_MARGIN,
    is_ocrb,
    line_margins,
    refuse_not_ocrb,
)
from desktop.documents.ocr_reading import (
    EXEMPLAR_MARGIN,
    EXEMPLAR_REL,
    EXEMPLAR_TIGHT,
    EXEMPLAR_WIDE,
    FILLER_MARGIN,
    IDX,
    LOOKALIKE_MARGIN,
    LOOKALIKE_WIDE,
    MIN_SCORE,
    RIVAL_MARGIN,
    Reading,
    _plain_check,
    _under_failed_checks,
    is_lookalike,
    positions,
    refused,
    settle_ended_names,
    settle_trailing_fillers,
)
from desktop.documents.ocr_repair import (
    _cnn_repair,
    _joint_repair,
    _letters_for_digits,
    _lookalikes_under_failed_checks,
    _narrowed_twin,
    _odd_twin_repair,
    _printed_digits,
    _repair_per_check,
    _runner_up_repair,
    _typed_twin,
    _valid_lookalike_twin,
)
from desktop.documents.ocr_twins import (
    _cancelling,
    _cancelling_runner_up,
    _printed_error_twin,
    _self_vouched,
    _unvouched,
)
from desktop.messages import Message, joined, msg

MAX_COMBINATIONS = 4096
# A cell fitting this much worse than usual keeps a look-alike up to LOOKALIKE_WIDE behind
# (measured: see LOOKALIKE_WIDE in ocr_reading).
ODD_FIT = 0.05


# In cells no check digit covers (names), a K that fits its glyph less well than this
# keeps a `<` within UNCOVERED_FILLER_MARGIN as a rival: on mrz_variant.py seed 800029
# guilloche over a name's `<<` read K (0.861) by 0.126 and the reading was valid. The
# same margin over every K refused clear ones (printed Ks are read 0.90-0.94 with `<`
# 0.10-0.12 behind on mrz_variant.py and mrz_heldout4.py).
UNCOVERED_K_CLEAR = 0.88
UNCOVERED_FILLER_MARGIN = 0.15


def _uncovered_fillers(cands: list[list[str]], scores: np.ndarray, covered: set[int]) -> None:
    """Keep `<` as a rival of an unclear K in cells no check digit covers (in place)."""
    k, f = IDX["K"], IDX["<"]
    for p, c in enumerate(cands):
        if p in covered or c[0] != "K" or "<" in c or scores[p, k] >= UNCOVERED_K_CLEAR:
            continue
        if scores[p, f] >= scores[p, k] - UNCOVERED_FILLER_MARGIN:
            c.append("<")


def _margin(best: str, other: str) -> float:
    if (best, other) == ("K", "<"):
        # One way only: a `<` that reads best keeps K as a rival within RIVAL_MARGIN
        # (names end in long runs of fillers; a wider margin there refused clear ones).
        return FILLER_MARGIN
    return LOOKALIKE_MARGIN if is_lookalike(best, other) else RIVAL_MARGIN


def candidates(scores: np.ndarray) -> list[list[str]]:
    """Per cell, the characters the glyph evidence does not rule out, best first."""
    out = []
    for row in scores:
        order = np.argsort(-row)
        b = ALPHABET[order[0]]
        top = row[order[0]]
        keep = []
        for i in order:
            c = ALPHABET[i]
            if row[i] >= top - _margin(b, c):
                keep.append(c)
            elif row[i] < top - FILLER_MARGIN:
                break
        out.append(keep)
    return out


def _apply_types(cands: list[list[str]], fmt: str) -> tuple[list[list[str]], list[int]]:
    """Field types break ties. A field with a clear glyph it does not admit is kept as
    printed (best glyph per cell) when one such glyph has no look-alike the field admits
    (a Romanian nationality `132`: 3 is no letter); when each has one, or a check digit
    covers the field (a re-typeset date's dotted 0 and flagged 1 read O and I, its 4
    read A), neither the printed reading nor the
    field's type can be trusted: those cells are returned, to be refused where the
    printed reading is invalid and theirs valid (_typed_twin)."""
    lay = mrz_layout.layout(fmt)
    out = [list(c) for c in cands]
    unclear: list[int] = []
    checked = lay.covered()
    for f in lay.fields:
        cells = [lay.flat(f.line, p) for p in range(f.start, f.stop)]
        typed = [[c for c in cands[p] if c in f.chars] for p in cells]
        if all(typed):
            for p, t in zip(cells, typed, strict=True):
                out[p] = t
            continue
        for p in cells:
            out[p] = [cands[p][0]]
        odd = [p for p in cells if cands[p][0] not in f.chars]
        if set(cells) <= checked or all(
            any(is_lookalike(cands[p][0], c) for c in f.chars) for p in odd
        ):
            unclear += odd
    return out, unclear


def _widen(cands: list[list[str]], scores: np.ndarray, feats: np.ndarray, fmt: str) -> None:
    """For the twin search: give a checked cell that fits the templates ODD_FIT worse
    than the document's usual cell back the letter or digit look-alike of its character
    that they put LOOKALIKE_MARGIN to LOOKALIKE_WIDE behind, unless the document's own
    cells of that character whose field admits no look-alike (dates and check digits for
    a digit, names for a letter) vouch for it: two or more, the cell within
    EXEMPLAR_TIGHT of how alike they are."""
    lay = mrz_layout.layout(fmt)
    fields = lay.field_of()
    checked = lay.covered()
    typed: dict[str, list[int]] = {}
    for p, c in enumerate(cands):
        f = fields[p]
        if len(c) == 1 and f.chars in (mrz_layout.DIGITS, mrz_layout.LETTERS):
            typed.setdefault(c[0], []).append(p)
    gram: np.ndarray | None = None
    usual = float(np.median(scores.max(axis=1)))
    for p, f in enumerate(fields):
        if p not in checked:
            continue
        a = cands[p][0]
        top = scores[p, IDX[a]]
        if top >= usual - ODD_FIT:
            continue  # fits the templates as well as the document's other cells
        # A check-blind look-alike too (a single swap is its own twin), and in a cell
        # whose rivals are all of the other type (a serif 0 read O with D behind). One
        # that keeps a rival of b's type is open already: widening it refused a
        # photographed HRV passport on ext-mrz.
        for b in f.chars:
            b_digit = b in mrz_layout.DIGITS
            if not is_lookalike(a, b) or any((c in mrz_layout.DIGITS) == b_digit for c in cands[p]):
                continue
            if not top - LOOKALIKE_WIDE <= scores[p, IDX[b]] < top - LOOKALIKE_MARGIN:
                continue
            if gram is None:
                gram = feats @ feats.T
            e = [q for q in typed.get(a, ()) if q != p]
            if len(e) >= 2:
                g = gram[np.ix_(e, e)] - 2 * np.eye(len(e))
                if gram[p, e].max() >= float(np.median(g.max(axis=1))) - EXEMPLAR_TIGHT:
                    continue
            cands[p].append(b)


def _unnarrow_odd_lines(
    loose: list[list[str]], scores: np.ndarray, feats: np.ndarray, fmt: str
) -> None:
    """For the twin search (rule 6): on a line whose glyphs do not take OCR-B's shapes
    distinctly (line_margins under LINE_MARGIN: one line printed in another face), every
    checked cell keeps each look-alike its field admits that the templates put within
    LOOKALIKE_WIDE, whatever the exemplars and networks said (in place)."""
    lay = mrz_layout.layout(fmt)
    n = lay.width
    checked = lay.covered()
    fields = lay.field_of()
    for li, m in enumerate(line_margins(scores, feats, n)):
        if m >= LINE_MARGIN:
            continue
        for p in range(li * n, (li + 1) * n):
            if p not in checked:
                continue
            a = ALPHABET[int(scores[p].argmax())]
            top = scores[p].max()
            for b in fields[p].chars:
                if (
                    b not in loose[p]
                    and is_lookalike(a, b)
                    and scores[p, IDX[b]] >= top - LOOKALIKE_WIDE
                ):
                    loose[p].append(b)


def _exemplar_prune(
    cands: list[list[str]],
    feats: np.ndarray,
    fmt: str,
    twin: bool = False,
    zoomed: bool = False,
) -> None:
    """Drop candidates where this document's own exemplars say clearly which character
    the cell is (rule 3 of the module's docstring). `twin`: as if no check digit
    looked anywhere (for _cancelling)."""
    lay = mrz_layout.layout(fmt)
    fields = lay.field_of()
    checked = lay.covered()
    covered: set[int] = set() if twin else checked
    prefers = ocr_lookalike.prefers(feats)
    exemplars: dict[str, list[int]] = {}
    for p, c in enumerate(cands):
        if len(c) == 1:
            exemplars.setdefault(c[0], []).append(p)
    gram: np.ndarray | None = None
    selfsim: dict[str, float] = {}

    def _selfsim(c: str) -> float:
        """How alike c's exemplars are: the median of each one's nearest other."""
        assert gram is not None
        if c not in selfsim:
            e = exemplars[c]
            g = gram[np.ix_(e, e)] - 2 * np.eye(len(e))
            selfsim[c] = float(np.median(g.max(axis=1)))
        return selfsim[c]

    for p, f in enumerate(fields):
        if len(cands[p]) < 2:
            continue
        if gram is None:
            gram = feats @ feats.T
        keep = list(cands[p])
        for a, b in itertools.permutations(cands[p], 2):
            if a not in keep or b not in keep:
                continue
            ea = [q for q in exemplars.get(a, ()) if q != p]
            eb = [q for q in exemplars.get(b, ()) if q != p]
            if prefers(p, b, a):
                continue  # the look-alike classifier sides with b: no two agreeing witnesses
            # A check-blind pair (values differing by a multiple of 10: 8/S, 6/G, K/<)
            # is unchecked wherever it is, look-alike or not.
            # A zoomed document (small glyphs upscaled: mrz_heldout10's webcam 2100109
            # took an N in a name for H by its exemplars) leaves unchecked cells unsettled.
            unchecked = is_lookalike(a, b) or zoomed
            if (p not in covered and unchecked) or check_blind(a, b):
                # A letter for a digit where no check digit would catch it; in a twin
                # search (`twin`) a checked cell only when this document's own glyphs
                # say so clearly (see EXEMPLAR_WIDE).
                if twin and p in checked and not check_blind(a, b) and len(ea) >= 2 and eb:
                    near = gram[p, ea].max()
                    if (
                        near - gram[p, eb].max() >= EXEMPLAR_WIDE
                        and near >= _selfsim(a) - EXEMPLAR_TIGHT
                    ):
                        keep.remove(b)
                continue
            if ea and eb:
                if gram[p, ea].max() - gram[p, eb].max() >= EXEMPLAR_MARGIN:
                    keep.remove(b)
            elif (
                f.chars == mrz_layout.ALNUM
                and is_lookalike(a, b)
                and a in mrz_layout.DIGITS
                and len(ea) >= 2
                and not eb
            ) and gram[p, ea].max() >= _selfsim(a) - EXEMPLAR_REL:
                keep.remove(b)
        cands[p] = keep


# Typed cells (ocr.Typed). A reading completed by typing is refused, and not offered
# again, where any ink cell, typed or read, fits its character's templates TYPED_FIT or
# more under the document's usual ink cell: the MRZ holds another face's glyphs (a
# hybrid), which read as the templates they are least unlike where no check digit can
# say they are wrong. Seen reported valid once the refused cells were typed, before this
# rule: mrz_heldout29 4000121 (a J read I, 0.141 under), mrz_heldout30 4100159 (a G read
# O, 0.126 under; the typed 8s 0.055-0.078), mrz_heldout17 2800065 (an I read T only
# 0.05 under, but the typed 1s 0.24-0.27 under). Honest OCR-B look-alike cells fit at most
# 0.093 under where the CNN was unsure of them (UNFIT_FIT's measure, ocr_doubt); the
# typed 0/O pair of mrz_heldout29 4000038 0.009 and 0.037. Typing completes an OCR-B
# page's look-alike doubt; it never reads another face.
TYPED_FIT = 0.09


def usual_fit(scores: np.ndarray) -> float:
    """The document's usual ink cell's fit: the median best score of the cells whose best
    class is not the filler."""
    best = scores.max(axis=1)
    ink = np.argmax(scores, axis=1) != IDX["<"]
    return float(np.median(best[ink])) if ink.any() else float(np.median(best))


def typed_for(scores: np.ndarray, p: int, c: str, usual: float | None = None) -> bool:
    """May the officer's `c` be what cell p's glyph shows? Yes where the glyph is
    illegible (under MIN_SCORE) or fits the templates TYPED_FIT under the document's
    `usual` cell (the templates rule nothing out there; such a page is refused by
    _typed_face), where c is among the characters it does not rule out, or where c is a
    look-alike of its best reading within LOOKALIKE_WIDE (the rivals the twin search gives
    back, _widen). No for any other character: a character typed for the wrong column,
    or a mistyped one, is not taken on the officer's word."""
    row = scores[p]
    best = ALPHABET[int(np.argmax(row))]
    top = float(row.max())
    return (
        top < MIN_SCORE
        or (usual is not None and top < usual - TYPED_FIT)
        or c in candidates(row[None])[0]
        or (is_lookalike(best, c) and row[IDX[c]] >= top - LOOKALIKE_WIDE)
    )


def _pinned(
    scores: np.ndarray, blot: np.ndarray | None, typed: Mapping[int, str]
) -> tuple[np.ndarray, np.ndarray | None, list[int]]:
    """The scores with the officer's characters settled: each typed cell's row gives its
    character 1 and every other 0, as a perfect glyph would, and its blot is cleared.
    Returns (scores, blot, the typed cells the glyph rules out: left as read)."""
    out = scores.copy()
    cleared = None if blot is None else blot.copy()
    ruled_out = []
    usual = usual_fit(scores)
    for p, c in sorted(typed.items()):
        if not typed_for(scores, p, c, usual):
            ruled_out.append(p)
            continue
        out[p] = 0.0
        out[p, IDX[c]] = 1.0
        if cleared is not None:
            cleared[p] = 0.0
    return out, cleared, ruled_out


def _typed_face(
    reading: Reading, as_read: np.ndarray, typed: Mapping[int, str], fmt: str, n: int
) -> Reading:
    """A valid reading completed by typing, refused naming the ink cells (typed or read)
    whose glyph fits its character TYPED_FIT under the usual (see TYPED_FIT)."""
    text = "".join(reading.document.lines)
    if not reading.document.valid or len(text) != len(as_read):
        return reading
    usual = usual_fit(as_read)
    cells = [p for p, c in enumerate(text) if c != "<" and as_read[p, IDX[c]] < usual - TYPED_FIT]
    if not cells:
        return reading
    doc = reading.document
    return refused(doc, reading.confidence, positions(cells, n), reading.mean_score, "typed_face")


def decide(
    scores: np.ndarray,
    fmt: str,
    n: int,
    today: dt.date,
    blot: np.ndarray | None = None,
    feats: np.ndarray | None = None,
    zoomed: bool = False,
    typed: Mapping[int, str] | None = None,
) -> Reading:
    """The reading from per-cell class scores (all 37 classes); `blot` (per cell) is
    each cell's similarity to an ink blot, `feats` the cells' feature vectors (for the
    document's own exemplars), `zoomed` whether the document's cells were cut zoomed
    (ocr_cells._pose): then the exemplars settle no cell a check digit does not cover
    (one zoom per document, review zoom F2). `typed`: characters the officer read off
    the document for cells a refusal named (flat cell index -> character); each settles
    its cell as a perfect glyph would, and every rule still runs over the rest. The
    face gate looks at the glyphs as read (a typed cell is no evidence of the face); a
    typed character the glyph rules out (typed_for) refuses the reading, naming it."""
    lay = mrz_layout.layout(fmt)
    k = lay.lines
    assert len(scores) == k * n and n == lay.width
    as_read = scores
    ruled_out: list[int] = []
    if typed:
        scores, blot, ruled_out = _pinned(scores, blot, typed)
    order = np.argsort(-scores, axis=1)
    rows = np.arange(len(scores))
    top = scores[rows, order[:, 0]]
    margin = top - scores[rows, order[:, 1]]
    stained = np.zeros(len(scores), bool) if blot is None else blot > top - RIVAL_MARGIN
    conf = np.clip(margin / (2 * RIVAL_MARGIN), 0, 1)
    conf = np.where((top < MIN_SCORE) | stained, 0.0, conf)
    allowed = np.zeros(scores.shape, bool)
    for p, chars in enumerate(lay.allowed()):
        allowed[p, [IDX[c] for c in chars]] = True
    mean_score = float(np.where(allowed, scores, -1.0).max(axis=1).mean())

    cands, unclear = _apply_types(candidates(scores), fmt)
    _uncovered_fillers(cands, scores, lay.covered())
    glyph_cands = [list(c) for c in cands]  # before the exemplars and networks narrow
    by_net: list[int] = []
    loose = cands
    if feats is not None:
        # The same narrowing as if no check digit looked anywhere: what it leaves open,
        # only a check digit settles (see _cancelling).
        loose = [list(c) for c in cands]
        _widen(loose, scores, feats, fmt)
        _exemplar_prune(loose, feats, fmt, twin=True, zoomed=zoomed)
        ocr_lookalike.settle(loose, feats, covered=())
        _unnarrow_odd_lines(loose, scores, feats, fmt)
        _exemplar_prune(cands, feats, fmt, zoomed=zoomed)
        by_net = ocr_lookalike.settle(cands, feats, lay.covered())
    chars = [c[0] for c in cands]
    reading = _choose(scores, cands, chars, fmt, n, today, top, stained, conf, mean_score, feats)
    if reading.document.valid:
        if feats is not None:
            loose = _self_vouched(reading, loose, scores, feats, lay, zoomed)
        twin = _cancelling(reading.document.lines, loose, cands, fmt, today)
        why = "ambiguous"
        if not twin and feats is not None:
            twin = _cancelling(
                reading.document.lines,
                _unvouched(reading, loose, feats, lay, zoomed),
                cands,
                fmt,
                today,
            )
            why = "unvouched"
        if not twin:
            # Rule 21: two digits of one check group, each close behind another digit,
            # misread alike (a date's last digit and its check digit: composite weights
            # 7 and 3) pass every check as well.
            twin = _cancelling_runner_up(reading, scores, feats, lay, today)
            why = "runner_up_twin"
        if not twin:
            # Rule 22: two cells of one check group, each close behind another
            # character, read so keep the field's check and fail only the composite: a
            # document printed with its composite wrong, mended by two misreads.
            twin = _printed_error_twin(reading, scores, feats, lay, today)
            why = "printed_error_twin"
        if twin:
            reading = refused(
                reading.document,
                reading.confidence,
                positions(twin, n),
                mean_score,
                why,
            )
    # Digits clearly printed in a field of letters: invalid as printed (see
    # _printed_digits); a camera does not count those cells (unsure, below).
    printed = (
        unclear
        if unclear
        and not reading.uncertain
        and not reading.document.valid
        and _printed_digits(reading.document.lines, unclear, scores, feats, fmt)
        else []
    )
    if (
        unclear
        and not printed
        and not reading.uncertain
        and not reading.document.valid
        and _typed_twin(
            reading.document.lines,
            unclear + _lookalikes_under_failed_checks(reading, unclear, lay),
            scores,
            fmt,
            today,
        )
    ):
        reading = refused(
            reading.document,
            reading.confidence,
            positions(unclear, n),
            mean_score,
            "type",
        )
    odd = (
        []
        if reading.uncertain or reading.document.valid
        else _letters_for_digits(reading.document.lines, lay)
    )
    if odd:
        # A digit's look-alike letter read where 9303 prints digits only (a date, a check
        # digit), and no look-alike twin made it valid (other cells misread too:
        # mrz_heldout14 2500087, 2500092, another face's 0 and 8 read O and B): a misread,
        # not a printed letter, so refused, not an honest passport called invalid.
        reading = refused(
            reading.document, reading.confidence, positions(odd, n), mean_score, "type"
        )
    suspects = _under_failed_checks(by_net, reading.document.checks, lay) if by_net else []
    if suspects and not reading.uncertain:
        # A check digit fails over a cell a network chose between look-alikes: the
        # choice may be what is wrong (a held-out O taken for 0 by both networks).
        # Refused, not reported invalid as printed: it was not read as printed. A check
        # that fails elsewhere (a birth date printed wrong) leaves it read as printed.
        reading = refused(
            reading.document,
            reading.confidence,
            positions(suspects, n),
            mean_score,
            "no reading passes the check digits",
        )
    if not reading.uncertain and not reading.document.valid:
        twins = _valid_lookalike_twin(reading, scores, lay, today)
        if twins:
            # The checks fail as read, and pass with look-alikes the glyphs leave room
            # for, in cells they cover (mrz_heldout9 1900059: an honest passport's 0s
            # read O in its optional data, reported invalid): not read as printed.
            reading = refused(
                reading.document, reading.confidence, positions(twins, n), mean_score, "twin"
            )
    repaired: list[int] = []
    if not reading.uncertain and not reading.document.valid:
        repaired = (
            _runner_up_repair(reading, scores, feats, lay, today)
            or _repair_per_check(reading, scores, feats, lay, today)
            or _joint_repair(reading, scores, feats, lay, today)
            or _cnn_repair(reading, scores, feats, lay, today)
            or _odd_twin_repair(reading, scores, feats, lay, today)
        )
        if repaired:
            # One cell under the failing checks, read as the character close behind it,
            # makes the MRZ valid: the failure may be that cell's misread (rule 18;
            # rule 17's reading too, its unsure cells elsewhere). Refused, naming it.
            reading = refused(
                reading.document,
                reading.confidence,
                positions(repaired, n),
                mean_score,
                "runner_up",
            )
    doubted: list[int] = []
    if not reading.uncertain and not reading.document.valid:
        narrowed = [p for p, c in enumerate(cands) if len(c) < len(glyph_cands[p])]
        suspects = _under_failed_checks(narrowed, reading.document.checks, lay)
        if suspects and _narrowed_twin(reading.document.lines, suspects, glyph_cands, fmt, today):
            doubted = suspects
            # A check digit fails over cells whose glyphs kept a rival that the
            # exemplars dropped, and the rival passes every check (a Z read I, an O
            # read 0 beside the document's zeros): the narrowing, not the print, may
            # be what is wrong. Refused, not reported invalid as printed.
            reading = refused(
                reading.document,
                reading.confidence,
                positions(suspects, n),
                mean_score,
                "no reading passes the check digits",
            )
    unsure = positions(
        (
            p
            for p, c in enumerate(cands)
            if len(c) > 1
            or top[p] < MIN_SCORE
            or stained[p]
            or p in doubted
            or p in printed
            or p in repaired
        ),
        n,
    )
    reading = dataclasses.replace(reading, unsure=tuple(unsure))
    if not is_ocrb(as_read, feats):  # always so without feats (the gate fails closed)
        reading = refuse_not_ocrb(reading, fmt, n)
    else:
        reading = _unknown_state(reading, fmt, n, glyph_cands)
    reading = _after_name_end(reading, fmt, n)
    if feats is not None:
        reading = _unfit(_dissenting(reading, feats, fmt, n), scores, feats, fmt, n)
        reading = _type_tie(reading, scores, feats, fmt, n)
        reading = _blind_twin(reading, scores, feats, fmt, n)
        reading = _odd_uncovered_line(reading, scores, feats, fmt, n)
    if ruled_out:
        reading = refused(
            reading.document, reading.confidence, positions(ruled_out, n), mean_score, "typed"
        )
    elif typed:
        reading = _typed_face(reading, as_read, typed, fmt, n)
    return reading


def _choose(
    scores: np.ndarray,
    cands: list[list[str]],
    chars: list[str],
    fmt: str,
    n: int,
    today: dt.date,
    top: np.ndarray,
    stained: np.ndarray,
    conf: np.ndarray,
    mean_score: float,
    feats: np.ndarray | None = None,
) -> Reading:
    lay = mrz_layout.layout(fmt)
    k = lay.lines
    order = np.argsort(-scores, axis=1)
    line_conf = tuple(float(conf[i * n : (i + 1) * n].min()) for i in range(k))

    unreadable = {p for p in range(len(scores)) if top[p] < MIN_SCORE or stained[p]}
    ended = settle_ended_names(cands, chars, fmt, unreadable)
    blotted = _blotted_date_digit(unreadable - set(ended), scores, cands, chars, feats, lay)
    for p, d in blotted.items():
        chars[p] = d
        cands[p] = [d]
    unreadable -= set(blotted)
    first = parse(lay.lines_of(chars), today=today)
    illegible = positions(sorted(unreadable - set(ended)), n)
    if illegible:
        return refused(first, line_conf, illegible, mean_score, "illegible")
    plain = [ALPHABET[i] for i in order[:, 0]]
    settled = [p for p in settle_trailing_fillers(cands, chars, fmt) if plain[p] != "<"]
    if settled:
        first = parse(lay.lines_of(chars), today=today)
    settled += [p for p in ended if plain[p] != "<"]
    settled += list(blotted)
    open_cells = [p for p, c in enumerate(cands) if len(c) > 1]
    covered = lay.covered()
    uncovered = [p for p in open_cells if p not in covered]
    if uncovered:
        if _invalid_whatever(first, open_cells, cands, lay):
            return _invalid_unsure(first, line_conf, settled, open_cells, n, mean_score)
        return refused(first, line_conf, positions(uncovered, n), mean_score, "no check digit")
    combos = 1
    for p in open_cells:
        combos *= len(cands[p])
    if combos > MAX_COMBINATIONS:
        return refused(first, line_conf, positions(open_cells, n), mean_score, "too many")
    valid: list[tuple[TravelDocument, list[int]]] = []
    for choice in itertools.product(*(cands[p] for p in open_cells)):
        cs = list(chars)
        for p, c in zip(open_cells, choice, strict=True):
            cs[p] = c
        doc = first if not open_cells else parse(lay.lines_of(cs), today=today)
        if doc.valid:
            valid.append(
                (doc, [p for p, c in zip(open_cells, choice, strict=True) if c != plain[p]])
            )
            if len(valid) > 1:
                break
    if len(valid) == 1:
        doc, changed = valid[0]
        return Reading(
            doc, line_conf, tuple(positions(sorted(set(settled + changed)), n)), (), mean_score
        )
    if not valid:
        if not open_cells:
            return Reading(first, line_conf, tuple(positions(settled, n)), (), mean_score)
        if _invalid_whatever(first, open_cells, cands, lay):
            return _invalid_unsure(first, line_conf, settled, open_cells, n, mean_score)
        return refused(
            first,
            line_conf,
            positions(open_cells, n),
            mean_score,
            "no reading passes the check digits",
        )
    a, b = valid[0][0].lines, valid[1][0].lines
    differ = [p for p in open_cells if "".join(a)[p] != "".join(b)[p]]
    return refused(first, line_conf, positions(differ, n), mean_score, "ambiguous")


def _blotted_date_digit(
    unreadable: set[int],
    scores: np.ndarray,
    cands: list[list[str]],
    chars: list[str],
    feats: np.ndarray | None,
    lay: mrz_layout.Layout,
) -> dict[int, str]:
    """Rule 19: the one digit of a date an ink blot makes illegible, {cell: digit} when
    two check digits and both glyph witnesses name the same digit, else {}.

    Only where the blot is the document's one illegible cell and sits in a birth or
    expiry date (digits only: 9303 admits no letter there, whose value could share the
    digit's residue), every other cell under its own check digit and the composite is
    read with one candidate, exactly one digit passes both checks (the weights 7, 3, 1
    are prime to 10, so at most one digit passes each), and that digit is the glyph's
    own best class in the templates (at MIN_SCORE or over: a stain, not a faded cell)
    and in the CNN. The check digits do not fill the cell in; they confirm what the
    glyph shows through the blot (ext-mrz's Liechtenstein card: its birth date's 8,
    0.855 under a blot's 0.898, the CNN preferring 8 to every class by 1.09). A second,
    confident misread under the same checks cancels in both only at matching weight
    ratios, and then the solved digit is not the one the glyph shows."""
    if len(unreadable) != 1 or feats is None:
        return {}
    (p,) = unreadable
    field = lay.field_of()[p]
    if field.name not in ("birth_date", "expiry_date"):
        return {}
    checks = [c for c in lay.checks if p in lay.cells_of(c)]
    if len(checks) < 2:  # its own and the composite: a visa has no composite
        return {}
    others = set().union(*(lay.cells_of(c) for c in checks)) - {p}
    if any(len(cands[q]) != 1 for q in others):
        return {}
    text = list(chars)
    fits = []
    for d in mrz_layout.DIGITS:
        text[p] = d
        lines = lay.lines_of(text)
        if all(_plain_check(lines, c, lay) for c in checks):
            fits.append(d)
    if len(fits) != 1:
        return {}
    d = fits[0]
    best = int(np.argmax(scores[p]))
    if ALPHABET[best] != d or scores[p, best] < MIN_SCORE:
        return {}
    cnn = ocr_lookalike.Cnn.get()
    if cnn is None or feats.ndim != 2 or feats.shape[1] != 320:
        return {}  # fails closed: one witness is not enough
    if ALPHABET[int(np.argmax(cnn.logits(feats[p : p + 1])[0]))] != d:
        return {}
    return {p: d}


def _invalid_whatever(
    doc: TravelDocument, open_cells: list[int], cands: list[list[str]], lay: mrz_layout.Layout
) -> bool:
    """Rule 17: a check digit fails over cells read with confidence only (neither it nor
    any cell it covers, nor the optional data a failing document number reaches, is an
    open cell): the MRZ fails that check whatever its open cells hold, so no reading of
    them is valid, and the document is invalid as printed (ICAO 9303: a check digit
    fails or it does not; issue 10 Build 2). Not where a cell under a failing check was
    read, with confidence, as one of an open cell's candidates and its field admits a
    look-alike of it: the glyph left open there may be misjudged alike where it was not
    (attack pages: a number's two 0s printed toward O, one read O, one open; rule 8's
    same-glyph argument) and the failing check be the misread's, not the print's."""
    if not open_cells:
        return False
    opened = set(open_cells)
    text = "".join(doc.lines)
    fields = lay.field_of()
    rivals = {c for p in open_cells for c in cands[p]}
    for p in _under_failed_checks(list(range(len(text))), doc.checks, lay):
        f = fields[p]
        if (
            p not in opened
            and text[p] in rivals
            and f is not None
            and any(is_lookalike(text[p], c) for c in f.chars if c != text[p])
        ):
            return False
    for c in lay.checks:
        if getattr(doc.checks, c.name.replace(" ", "_"), None) is not False:
            continue
        one = Checks(**{c.name.replace(" ", "_"): False})
        if not opened & set(_under_failed_checks(sorted(opened), one, lay)):
            return True
    return False


def _invalid_unsure(
    doc: TravelDocument,
    line_conf: tuple[float, ...],
    settled: list[int],
    open_cells: list[int],
    n: int,
    mean_score: float,
) -> Reading:
    """Rule 17's reading: invalid as read, each open cell holding its best candidate,
    and the officer told which characters were read without confidence (they are
    `unsure` too, so a camera does not count them)."""
    shown = (msg("ocr.position", ln=ln, col=col) for ln, col in positions(open_cells[:6], n))
    where: Message = joined(shown, ", ")
    if len(open_cells) > 6:
        where = msg("mrz.bad_characters.more", x=where, n=len(open_cells) - 6)
    out = dataclasses.replace(doc, errors=(*doc.errors, msg("ocr.unsure_invalid", where=where)))
    return Reading(out, line_conf, tuple(positions(settled, n)), (), mean_score)
