"""The OCR's last stage: from per-cell glyph scores to a reading, or a refusal.

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
import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from desktop.documents import codes, glyphs, ocr_lookalike
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import (
    ALPHABET,
    WEIGHTS,
    Checks,
    TravelDocument,
    check_blind,
    check_digit,
    parse,
)
from desktop.messages import Message, define, joined, msg

IDX = {c: i for i, c in enumerate(ALPHABET)}

RIVAL_MARGIN = 0.035  # a runner-up within this of the best is a rival
MIN_SCORE = 0.70  # under this a cell holds no character read with confidence
MAX_COMBINATIONS = 4096
MAX_TWIN_COMBINATIONS = 1 << 16  # for the cancelling-twin search (vectorised)
MAX_TWIN_PARSES = 256  # twins that keep every check sum, each parsed (review F9)

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
ODD_FIT = 0.05
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

# The face gate (rule 9), set in bench/results/mrz_face_gate.md (scripts/mrz_face_gate.py):
# face_margin was 0.021 or more in every reading reported valid of an OCR-B document (168
# of ext-mrz, variant, heldout, heldout7 and heldout8) and under it in all 16 readings of
# other faces reported valid (gen6's wrong ones among them); in 252 of 272 other-face
# documents every reading that could be valid was under it. The lead alone (at 0.059) let
# 12 of those 16 through: a clean JetBrains Mono's glyphs lead their runner-up as far as
# a blurred OCR-B's, but resemble each other better than any OCR-B template.
FACE_MARGIN = 0.02
FACE_TWINS = 5  # cells with a twin of their class needed to compare against them

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
# Rule 6 on odd lines (line_margins): the DejaVu line whose OO was read 00 (hybrid line
# 2011) was at -0.017; one OCR-B document read exactly loses to the widening, its line
# at -0.013 (mrz_heldout6 1600055). At 0.02, the document gate's, three more were lost
# (mrz_variant 800032, mrz_heldout 900003, mrz_heldout6 1600172); at -0.01, none fewer.
LINE_MARGIN = 0.0
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


def line_margins(scores: np.ndarray, feats: np.ndarray, n: int) -> list[float]:
    """face_margin per MRZ line: the lower quartile of the lead of the line's ink cells,
    less the median of how much better they resemble their most alike cell of the same
    class anywhere in the document than they fit the templates; minus infinity for a
    line with fewer than FACE_TWINS such cells."""
    order, lead, ink, twin = _face_stats(scores, feats)
    out = []
    for start in range(0, len(scores), n):
        line = np.zeros(len(scores), bool)
        line[start : start + n] = True
        has = line & ink & (twin > -9.0)
        if has.sum() < FACE_TWINS:
            out.append(-np.inf)
            continue
        q = float(np.percentile(lead[line & ink], 25))
        out.append(q - float(np.median(twin[has] - order[has, -1])))
    return out


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


def decide(
    scores: np.ndarray,
    fmt: str,
    n: int,
    today: dt.date,
    blot: np.ndarray | None = None,
    feats: np.ndarray | None = None,
    zoomed: bool = False,
) -> Reading:
    """The reading from per-cell class scores (all 37 classes); `blot` (per cell) is
    each cell's similarity to an ink blot, `feats` the cells' feature vectors (for the
    document's own exemplars), `zoomed` whether the document's cells were cut zoomed
    (ocr_cells._pose): then the exemplars settle no cell a check digit does not cover
    (one zoom per document, review zoom F2)."""
    lay = mrz_layout.layout(fmt)
    k = lay.lines
    assert len(scores) == k * n and n == lay.width
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
    if not is_ocrb(scores, feats):  # always so without feats (the gate fails closed)
        reading = refuse_not_ocrb(reading, fmt, n)
    else:
        reading = _unknown_state(reading, fmt, n, glyph_cands)
    reading = _after_name_end(reading, fmt, n)
    if feats is None:
        return reading
    reading = _unfit(_dissenting(reading, feats, fmt, n), scores, feats, fmt, n)
    reading = _type_tie(reading, scores, feats, fmt, n)
    reading = _blind_twin(reading, scores, feats, fmt, n)
    return _odd_uncovered_line(reading, scores, feats, fmt, n)


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


def _vouched_0o(
    text: str, feats: np.ndarray, lay: mrz_layout.Layout, todo: np.ndarray
) -> np.ndarray:
    """Per cell of `todo` (a letter or a digit; others False): two or more of the
    document's cells of the same character whose field admits no character of the other
    type vouch for it (the cell resembles its most alike one within EXEMPLAR_TIGHT of how
    alike they are to each other; see ZERO_O_SURE and VOUCHED_PAIRS)."""
    return _exemplar_gap(text, feats, lay, todo) <= EXEMPLAR_TIGHT


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


def _face_stats(
    scores: np.ndarray, feats: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """What the face gate weighs, per cell: the sorted template scores, the lead over
    the runner-up class, whether the best class is ink (not the filler `<`), and the
    likeness to the most alike other cell of the same best class (-9 where none)."""
    order = np.sort(scores, axis=1)
    best = scores.argmax(axis=1)
    gram = feats @ feats.T
    np.fill_diagonal(gram, -9.0)
    twin = np.where(best[:, None] == best[None, :], gram, -9.0).max(axis=1)
    return order, order[:, -1] - order[:, -2], best != IDX["<"], twin


def face_margin(scores: np.ndarray, feats: np.ndarray | None = None) -> float:
    """How distinctly the document's glyphs take OCR-B's shapes, over the cells whose
    best class is not the filler `<` (a chevron in every face): the lower quartile of
    each cell's lead over its runner-up class (an OCR-B glyph is far from every other
    class's templates, even blurred; another face's falls between them), less the median
    of how much better each cell resembles the document's most alike other cell of its
    class than it fits the templates (the same print and blur: an OCR-B glyph fits its
    templates about as well as its twin; another face's fits its twin better). Minus
    infinity (not OCR-B) without the cells' features, or with fewer than FACE_TWINS ink
    cells that have a twin: the lead alone is not a face test, so the gate fails closed."""
    if feats is None:
        return -np.inf  # fails closed: the lead alone let 12 of 16 other-face readings by
    order, lead, ink, twin = _face_stats(scores, feats)
    if not ink.any():
        return -np.inf
    has = ink & (twin > -9.0)
    if has.sum() < FACE_TWINS:
        return -np.inf  # too few twins to compare the glyphs with: nothing to vouch for it
    return float(np.percentile(lead[ink], 25)) - float(np.median(twin[has] - order[has, -1]))


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


def is_ocrb(scores: np.ndarray, feats: np.ndarray | None = None) -> bool:
    """The face gate (rule 9): is this MRZ printed in OCR-B, as ICAO 9303 requires?"""
    return face_margin(scores, feats) >= FACE_MARGIN


def refuse_not_ocrb(reading: Reading, fmt: str, n: int) -> Reading:
    """`reading` refused as printed in another face than OCR-B (rule 9), naming the
    cells no check digit covers that hold a letter or digit; no cell counts as settled."""
    doc = reading.document
    doc = dataclasses.replace(
        doc, errors=tuple(e for e in doc.errors if getattr(e, "code", "") != "ocr.refused")
    )
    text = "".join(doc.lines)
    covered = mrz_layout.layout(fmt).covered()
    cells = [p for p, c in enumerate(text) if p not in covered and c != "<"]
    out = refused(doc, reading.confidence, positions(cells, n), reading.mean_score, "face")
    every = tuple(positions(range(len(text)), n))
    return dataclasses.replace(out, unsure=every, not_ocrb=True)


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


def _plain_check(lines: tuple[str, ...], c: mrz_layout.CheckDigit, lay: mrz_layout.Layout) -> bool:
    digit = lines[c.line][c.pos]
    return digit in mrz_layout.DIGITS and check_digit(c.data(lines)) == int(digit)


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
