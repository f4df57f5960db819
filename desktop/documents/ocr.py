"""Find and read the MRZ in a photograph or scan, with OpenCV and numpy only.

The stages, one module each:

1. Load (here): Pillow decodes (EXIF rotation applied, JPEG decoded straight to gray,
   at half scale when huge) after checks on file size and pixel count, so a truncated
   file or a decompression bomb is a clear `OcrFailure` (exit 2), never a crash or a
   hang. Upright first, then upside down, then on either side; a small picture whose
   first reading is not valid is read again at twice the size (thumbnails' characters
   are under the 7 pixels the locator needs), and three times where they are still
   under 14 pixels then. A colour picture whose reading is not
   valid is read again from its brightest channel (`ink_image`: stamps and coloured
   guilloche become paper, the black MRZ stays), where the first reading was made;
   still refused, once more with its coloured strokes set to paper (ocr_fibres: a UV
   capture's fluorescing fibres), taken only where it changes checked cells alone.
2. Locate (ocr_locate): chains of character-sized components at a regular pitch, and
   the two or three parallel, evenly spaced lines around the longest (heights and
   spacing judged against the characters' size along the line: keystone).
3. Rectify (ocr_rectify): each line warped onto a grid with a 24-pixel pitch, its
   characters counted step by step; both 2-line sizes (36, 44) tried when unclear.
4. Cells (ocr_cells): one crop per character, placed by a fit through the line's
   components (a parabola where the line is clearly bowed), unslanted, at the height
   and vertical offset the glyphs fit best.
5. Classify (ocr_classify): every cell against OCR-B prototypes (glyphs.py), scores for
   all 37 characters; poor fits looked for around, near-ties rescored over shifts.
6. Decide (ocr_decide): what is printed, or a refusal naming the positions. Field types
   break ties, never overrule a clear glyph; look-alikes stay candidates unless the
   glyphs, the document's own exemplars (with the classifier's consent) or the trained
   look-alike classifier (ocr_lookalike, beyond a margin set on data) separate them;
   two readings that both pass every check, an uncertain character no check digit
   covers, an illegible cell or a mark beside a line refuse the reading (unless a
   check digit over cells read with confidence fails: then it is invalid whatever the
   uncertain characters hold, and reported invalid with them named); so does an
   MRZ whose glyphs are not OCR-B's (the face gate: the margins were set on OCR-B).
   A reading is never made valid by guessing.
"""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import datetime as dt
import io
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import cv2
import numpy as np

from desktop.documents import (
    glyphs,
    ocr_decide,
    ocr_face,
    ocr_fibres,
    ocr_reading,
    ocr_repair,
    ocr_screen,
)
from desktop.documents import layout as mrz_layout
from desktop.documents.mrz import ALPHABET, TravelDocument, parse  # noqa: F401 (tests)
from desktop.documents.ocr_cells import ZOOM_GAIN, _cells, _choose_lines, _LineCells
from desktop.documents.ocr_classify import _Classifier, _realign_poor_cells, _rescore_near_ties
from desktop.documents.ocr_locate import (  # noqa: F401
    MIN_CHAR_PX,
    _components,
    _find_mrz_lines,
    _Line,
    _Seen,
    level,
    tilt_of,
)
from desktop.documents.ocr_rectify import (  # noqa: F401 (tests use some)
    PITCH,
    _Grid,
    _grid,
    _index_by_steps,
    _shears,
    _start_options,
)
from desktop.errors import UsageError
from desktop.messages import define, msg
from sync import files

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 60_000_000  # ~ a 60-megapixel camera; above it a file is refused unread
WORK_MAX_SIDE = 1600  # the image is searched at most this large (longest side)
UPSCALE_BELOW = 1000  # pictures this small are read again at twice the size
UPSCALE_MAX_MARKS = 2000
# Characters under this height (pixels) in the picture read twice as large are read
# three times as large as well (ext-mrz's thumbnails: about 6 pixels, 12 doubled).
ZOOM3_BELOW = 14
# Characters under THUMB_BELOW pixels in the picture (a web thumbnail's ~6 px capitals)
# that the 2x and 3x cubic readings leave refused are read once more at THUMB_ZOOM with
# Lanczos (issue 10 Build 4): cubic blurs a 6 px glyph's strokes into its neighbours
# and the face gate cannot tell OCR-B from another face (ext-mrz's ICAO specimen
# thumbnail: face margin 0.018-0.025 at 2x/3x cubic, 0.0231 and valid at 6x Lanczos).
# The picture read is at most THUMB_MAX_SIDE long (the 2x path's bound: 2x of 1000 px).
THUMB_BELOW = 8.0
THUMB_ZOOM = 6
THUMB_MAX_SIDE = 2000
# Lines tilted this much (degrees) or more are levelled and read again when the
# first reading is not valid. Less tilted, the strips follow the lines well and a
# second reading is only a second draw: at 5 degrees ext-mrz's pe-100 (refused, as it
# should be) came back valid with its personal number's 0s read O.
TILT_LEVEL = 10.0
SHEAR_MIN = 0.02  # x per unit of y (see _read_size)
# Lines whose grids all span within this of one MRZ size are read at that size only.
SPAN_SURE = 2
# A line whose grid spans this much less than the shortest MRZ line of its count is
# looked along again as far as the longest could reach (see _read_group).
SPAN_SHORT = 2
# The ink-only reading is tried where this share of the MRZ's box is darker in gray than
# in its brightest channel by COLOUR_DARKER (coloured ink over the zone). ext-mrz: the
# red stamp across a Qatari passport's first line covers 3.1% (a phone photo's red box
# 1.9%, other MRZs 0-0.8%); coloured pages of mrz_variant.py up to 28% (those pay for
# a second reading).
COLOUR_DARKER = 60
COLOUR_SHARE = 0.005
# A picture whose channels differ by less than this (99th percentile) has no colour.
COLOUR_SPREAD = 24


_IDX = {c: i for i, c in enumerate(ALPHABET)}


define(
    {
        "ocr.directory": "is a directory, not an image",
        "ocr.file_too_big": "file is {size} MiB; images over {limit} MiB are refused",
        "ocr.cannot_read": "cannot read the file: {detail}",
        "ocr.empty": "the file is empty",
        "ocr.too_big": "images over {limit} MiB are refused",
        "ocr.too_many_pixels": "image is {size} pixels, over the {limit}-megapixel limit",
        "ocr.bomb": "image declares too many pixels (decompression bomb?)",
        "ocr.not_image": "not an image file, or a format that cannot be read",
        "ocr.damaged": "truncated or damaged image ({detail})",
        "ocr.too_small": "image is too small ({size} pixels)",
        "ocr.no_characters": "found text lines like an MRZ but could not find their characters",
        "ocr.incomplete": "found {n} lines of about {m} characters: not a complete MRZ",
        "ocr.no_mrz": "no MRZ found in the image",
    }
)


class OcrFailure(UsageError):
    """The image cannot be read, or holds no MRZ (exit 2)."""


class NoMrzFound(OcrFailure):
    """The image was read but no MRZ was found in it."""


@dataclass(frozen=True)
class OcrResult:
    """An MRZ read from an image. `document.valid` is only true when every character
    was read with confidence or singled out by the check digits."""

    document: TravelDocument
    line_confidence: tuple[float, ...]
    elapsed_ms: float
    # Positions (line, column, both 1-based) whose reading the check digits decided.
    corrected: tuple[tuple[int, int], ...] = ()
    # Positions that stopped a valid reading (rivals no check digit could decide).
    uncertain: tuple[tuple[int, int], ...] = ()
    # Positions the glyphs alone did not settle (see ocr_reading.Reading.unsure).
    unsure: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "lines": list(self.document.lines),
            "line_confidence": [round(c, 3) for c in self.line_confidence],
            "elapsed_ms": round(self.elapsed_ms, 1),
        }


# -- characters typed by the officer -------------------------------------------------------

# At most this many cells of a refused reading are offered for the officer to type (in
# all rounds): a refusal's cancelling pair, look-alike or unclear check-digit cells were
# four or fewer on 210 of the 247 pages offered on the seen sets, five or six on 37
# (bench/results/mrz_typed.md); more is a picture to retake or an MRZ to type whole.
MAX_TYPED = 6
# Refusals whose named cells typing completes: look-alikes where the check digits do not
# decide (rules 2, 6, 14, 18, 21, 22 and the 6/G twin), a 0/O no check digit covers that
# the document's own glyphs do not settle (rules 10, 11), a letter read where a digit is
# printed, and a refusal of what was typed. Not the refusals that doubt the glyphs
# themselves where no check digit looks (illegible or unclear name characters, a face
# that is not OCR-B, a line in another face, a classifier's dissent, an odd fit, a state
# code, marks beside a line): there a few typed cells leave the rest of the names to
# glyphs already in doubt (mrz_heldout29 4000121, a hybrid's J read I in a name beside
# an illegible M; bench/results/mrz_typed.md). Nor a page completed by typing whose
# glyphs do not all fit OCR-B (ocr_decide.TYPED_FIT, `typed_face`).
_TYPED_FOR = (
    "ambiguous",
    "unvouched",
    "runner_up_twin",
    "printed_error_twin",
    "twin",
    "runner_up",
    "blind_twin",
    "no reading passes the check digits",
    "zero_o",
    "zero_o_twin",
    "type",
    "typed",
)


@dataclass(frozen=True)
class Typed:
    """Characters the officer read off the document for the cells a refusal named: the
    refused reading's format, and (line, column) from 1 -> the character. The picture is
    read again with each settled as a perfect glyph would be (ocr_decide.decide's
    `typed`); every other cell is decided as before, by every rule."""

    fmt: str
    cells: Mapping[tuple[int, int], str]

    def __post_init__(self) -> None:
        lay = mrz_layout.layout(self.fmt)  # KeyError for an unknown format
        for (ln, col), c in self.cells.items():
            if not (1 <= ln <= lay.lines and 1 <= col <= lay.width):
                raise ValueError(f"no position {ln}:{col} in a {self.fmt} MRZ")
            if len(c) != 1 or c not in ALPHABET:
                raise ValueError(f"{c!r} at {ln}:{col} is not an MRZ character (A-Z, 0-9, <)")

    def flat(self, fmt: str, n: int) -> dict[int, str] | None:
        """The cells as flat indices for a reading of `fmt` (None for another format)."""
        if fmt != self.fmt:
            return None
        return {(ln - 1) * n + col - 1: c for (ln, col), c in self.cells.items()}


_TYPED: contextvars.ContextVar[Typed | None] = contextvars.ContextVar("typed", default=None)


def to_type(result: OcrResult) -> tuple[tuple[int, int], ...]:
    """The cells of a refused reading the officer may type to complete it (empty when
    typing a few cells would not mend it: see MAX_TYPED and _TYPED_FOR)."""
    if result.document.valid or not result.uncertain or len(result.uncertain) > MAX_TYPED:
        return ()
    return result.uncertain if ocr_reading.refused_for(result, *_TYPED_FOR) else ()


# -- loading ------------------------------------------------------------------------------


def load_gray(source: str | os.PathLike[str] | bytes) -> np.ndarray:
    """A grayscale uint8 image from a file path or encoded bytes; OcrFailure otherwise."""
    gray = _load(source, ink=False)
    assert gray is not None
    return gray


def load_ink(source: str | os.PathLike[str] | bytes) -> np.ndarray | None:
    """The image as `ink_image` sees it (see there), or None when it has no colour."""
    colour = load_colour(source)
    return None if colour is None else ink_image(colour)


def load_colour(source: str | os.PathLike[str] | bytes) -> np.ndarray | None:
    """The image in RGB, decoded as load_gray decodes it (same size and turn), or None
    when its file holds no colour."""
    return _load(source, ink=True)


def ink_image(bgr: np.ndarray) -> np.ndarray | None:
    """Each pixel's brightest channel, or None when the image has no colour to remove.

    The MRZ is printed in black ink, dark in every channel; stamps, overprints, red
    annotation boxes and the guilloche are coloured, light in at least one channel.
    Luminance counts a red stamp as dark ink welded to the characters it crosses; the
    brightest channel makes it paper."""
    if bgr.ndim != 3 or bgr.shape[2] < 3:
        return None
    # OpenCV's per-channel max/min and a histogram: numpy's reductions over the last,
    # 3-wide axis and its percentile took ~0.2 s on a 12-megapixel photo.
    b, g, r = cv2.split(np.ascontiguousarray(bgr[:, :, :3]))
    brightest = cv2.max(cv2.max(b, g), r)
    spread = cv2.subtract(brightest, cv2.min(cv2.min(b, g), r))
    if _percentile_u8(spread, 99) < COLOUR_SPREAD:
        return None  # gray, or nearly (a gray scan saved as colour)
    return brightest


def _percentile_u8(img: np.ndarray, q: float) -> float:
    """np.percentile(img, q) (linear interpolation) of a uint8 image, from its histogram."""
    cum = np.cumsum(cv2.calcHist([img], [0], None, [256], [0, 256]).ravel())
    k = (img.size - 1) * q / 100
    lo, hi = int(np.floor(k)), int(np.ceil(k))
    v_lo = float(np.searchsorted(cum, lo + 1))
    v_hi = float(np.searchsorted(cum, hi + 1))
    return v_lo + (v_hi - v_lo) * (k - lo)


def _load(source: str | os.PathLike[str] | bytes, ink: bool) -> np.ndarray | None:
    from PIL import Image, ImageOps, UnidentifiedImageError

    if isinstance(source, bytes):
        data = source
        name = "image"
    else:
        name = os.fspath(source)
        try:
            size = os.stat(name).st_size
            if os.path.isdir(name):
                raise OcrFailure(msg("ocr.directory"))
            if size > MAX_FILE_BYTES:
                shown = f"{size / 2**20:.0f}"
                raise OcrFailure(msg("ocr.file_too_big", size=shown, limit=MAX_FILE_BYTES // 2**20))
            # Regular files only, opened without blocking: a named pipe must not hang.
            data = files.read_input(name, limit=MAX_FILE_BYTES + 1, what="image")
        except files.InputError as e:
            raise OcrFailure(str(e).replace(f"the image {name} ", "")) from None
        except OSError as e:
            raise OcrFailure(msg("ocr.cannot_read", detail=e.strerror or str(e))) from None
    if not data:
        raise OcrFailure(msg("ocr.empty"))
    if len(data) > MAX_FILE_BYTES:
        raise OcrFailure(msg("ocr.too_big", limit=MAX_FILE_BYTES // 2**20))
    try:
        with Image.open(io.BytesIO(data)) as im:
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise OcrFailure(
                    msg("ocr.too_many_pixels", size=f"{w}x{h}", limit=MAX_PIXELS // 1_000_000)
                )
            if ink and im.mode not in ("RGB", "RGBA", "CMYK", "P", "YCbCr"):
                return None  # no colour: nothing for ink_image to remove
            if im.format == "JPEG":
                # Decode straight to gray, and at reduced scale when huge: much faster.
                big = max(w, h) > 2 * WORK_MAX_SIDE
                im.draft("RGB" if ink else "L", (w // 2, h // 2) if big else (w, h))
            # In place, and no convert() to the mode it already has: each was a copy of
            # the whole picture.
            ImageOps.exif_transpose(im, in_place=True)
            if ink:
                return np.asarray(im if im.mode == "RGB" else im.convert("RGB"))
            gray = np.asarray(im if im.mode == "L" else im.convert("L"))
    except OcrFailure:
        raise
    except Image.DecompressionBombError:
        raise OcrFailure(msg("ocr.bomb")) from None
    except UnidentifiedImageError:
        raise OcrFailure(msg("ocr.not_image")) from None
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        raise OcrFailure(msg("ocr.damaged", detail=str(e))) from None
    if min(gray.shape) < 16:
        raise OcrFailure(msg("ocr.too_small", size=f"{gray.shape[1]}x{gray.shape[0]}"))
    return gray


# -- locating ----------------------------------------------------------------------------


# -- rectifying and reading ---------------------------------------------------------------


def _layout(fmt: str) -> list[str]:
    """Allowed characters per position, line by line (from layout.py)."""
    return mrz_layout.layout(fmt).allowed()


_Reading = ocr_reading.Reading
_refused = ocr_reading.refused
_WHY = ocr_reading.WHY


def _decide(
    scores: np.ndarray,
    fmt: str,
    n: int,
    today: dt.date,
    blot: np.ndarray | None = None,
    feats: np.ndarray | None = None,
    zoomed: bool = False,
) -> _Reading:
    """The reading from per-cell scores over all 37 classes (see ocr_decide), with the
    characters the officer typed for this read (read_image's `typed`) settled."""
    typed = _TYPED.get()
    cells = None if typed is None else typed.flat(fmt, n)
    return ocr_decide.decide(scores, fmt, n, today, blot, feats, zoomed, cells)


def _read_group(gray: np.ndarray, group: list[_Line], today: dt.date) -> _Reading:
    k = len(group)
    grids = [_grid(gray, line) for line in group]
    # Lines clearly shorter than any MRZ of their count, or without characters: their
    # chains may cover a part of each line only (keystone); look along them as far as
    # the longest line of that count could reach. Whole lines are never extended: the
    # page's edge or a textured table beside a card would lengthen them.
    reach = mrz_layout.layout("TD1" if k == 3 else "TD3").width
    shortest = mrz_layout.layout("TD1" if k == 3 else "TD2").width
    grids = [
        _grid(gray, line, reach) if g is None or g.span < shortest - SPAN_SHORT else g
        for line, g in zip(group, grids, strict=True)
    ]
    if any(g is None for g in grids):
        raise NoMrzFound(msg("ocr.no_characters"))
    found = [g for g in grids if g is not None]
    spans = [g.span for g in found]
    typical = float(np.mean(spans))
    if k == 3:
        sizes = [("TD1", mrz_layout.layout("TD1").width)]
    else:
        # Stray marks lengthen a line, and glare or a fold can hide a third of it (the
        # grid keeps the longest run of cells): try the nearer size first, then the
        # other one.
        two = [(f, mrz_layout.layout(f).width) for f in ("TD2", "TD3")]
        sizes = sorted(two, key=lambda t: abs(t[1] - typical))
        if all(abs(s - sizes[0][1]) <= SPAN_SURE for s in spans):
            # Every line shows the nearer size: read as the other, a 44-character
            # line cut to 36 loses only fillers and may pass every check.
            sizes = sizes[:1]
    # Too short when even the longest line is; too long only when even the shortest
    # is: marks of the visual zone or a guilloche in line with the MRZ lengthen some
    # of its lines (the grid fit keeps them), seldom all.
    if max(spans) < min(n for _, n in sizes) - 4 or min(spans) > max(n for _, n in sizes) + 6:
        raise NoMrzFound(msg("ocr.incomplete", n=k, m=f"{typical:.0f}"))
    best: _Reading | None = None
    for fmt, n in sizes:
        reading = _read_size(gray, found, fmt, n, today)
        # the whole TD3 wins whichever size was read first (the nearer one is)
        if (
            best is None
            or _whole(reading, best)
            or (_better(reading, best) and not _whole(best, reading))
        ):
            best = reading
        if reading.document.valid:
            return reading
    assert best is not None
    return best


def _whole(longer: _Reading, cut: _Reading) -> bool:
    """A reading at 44 that nothing refused beats one at 36 refused because its lines
    go on past what was read (_refuse_ends): a TD3 whose grid lost a line's faint or
    dotted last fillers (mrz_heldout12 2300016: a passport printed invalid, read
    whole and as printed at 44). Only invalid readings meet here (a valid one is
    taken at once), and the longer one passed every gate, its own ends included."""
    widths = {len(ln) for ln in longer.document.lines}
    ends = ocr_reading.refused_for(cut, "ends")
    return ends and not longer.uncertain and widths == {mrz_layout.layout("TD3").width}


def _better(new: _Reading, old: _Reading, refusal_stands: bool = True) -> bool:
    """Which of two invalid readings (of one group at two sizes, of two groups or turns,
    at two zooms) to report. One refused because more than one reading passes every
    check is read right: the other reading, invalid whatever its score, would call an
    honest document's MRZ invalid (a Qatar TD3 read as a TD2). Otherwise the better
    score; `refusal_stands`: a refusal (at the nearer size) is kept."""
    if ocr_reading.is_ambiguous(new) != ocr_reading.is_ambiguous(old):
        return ocr_reading.is_ambiguous(new)
    return new.mean_score > old.mean_score and not (refusal_stands and old.uncertain)


def _settles_more(new: _Reading, old: _Reading) -> bool:
    """Zoomed: a reading that refuses nothing (valid or not) beats a refusal, except
    one refused as ambiguous (see _better)."""
    if ocr_reading.is_ambiguous(new) != ocr_reading.is_ambiguous(old):
        return ocr_reading.is_ambiguous(new)
    return bool(old.uncertain) and not new.uncertain


def _read_size(gray: np.ndarray, found: list[_Grid], fmt: str, n: int, today: dt.date) -> _Reading:
    clf = _Classifier.get()
    options = _start_options(found, n)
    per_line = _choose_lines(gray, found, options, n, clf)
    shears = _shears(found, per_line, n)
    # Characters slanted by less than SHEAR_MIN move a cell's top and bottom rows by a
    # quarter of a pixel: not worth cutting every cell again (a third of the time).
    sheared = shears is not None and max(float(np.abs(s).max()) for s in shears) >= SHEAR_MIN
    if sheared:
        for ln, sh in zip(per_line, shears, strict=True):
            _recut(ln, n, clf, sh)
    # Lines of different sizes are not one print (another face, or a pasted line).
    mixed = any(ln.zoom < 1.0 for ln in per_line) and not _one_size(
        per_line, n, clf, shears if sheared else None
    )
    cells = np.concatenate([ln.cells for ln in per_line])
    unclear = [i for i, ln in enumerate(per_line) if not ln.quiet]
    scores, bins = clf.scores_and_bins(cells, n)
    if len(found) == 2:
        # The first character decides between a visa and a TD2/TD3.
        docs = [_IDX[c] for c in "PIAC"]
        if scores[0, _IDX["V"]] > scores[0, docs].max():
            fmt = "MRV-A" if n == mrz_layout.layout("MRV-A").width else "MRV-B"
    recrops = [ln.recrop for ln in per_line]
    moved = _realign_poor_cells(scores, fmt, n, recrops, clf, bins)
    _rescore_near_ties(scores, fmt, n, recrops, clf, skip=set(moved))
    blot = clf.blot(cells)
    for p, (dx, dy) in moved.items():
        # A moved cell must not escape a blot: it is judged where it is most blot-like.
        blot[p] = max(blot[p], float(clf.blot(recrops[p // n](p % n, dx, dy)[None])[0]))
    zoomed = any(ln.zoom < 1.0 for ln in per_line)
    if zoomed:
        # The document's own exemplars settle no unchecked cell of any line (review zoom
        # F2: the gram then compares cells of one print, cut alike).
        plain = np.concatenate([ln.plain if ln.plain is not None else ln.cells for ln in per_line])
        _plain_rivals(scores, clf.scores(plain, n))
    feats = glyphs.features(cells)
    reading = _decide(scores, fmt, n, today, blot, feats, zoomed)
    broken = (
        zoomed
        and _breaks_a_field(reading)
        and not ocr_repair.printed_as_read(reading, scores, feats, fmt)
    )
    if (mixed or broken) and not reading.not_ocrb:
        # A zoomed reading whose glyphs break a field's type is refused, never called
        # invalid: zoomed, another face's glyphs pass the face gate (review zoom,
        # smallhyb 16258: DejaVu 1s read I in a date). Except digits clearly printed in
        # a field of letters, the letters beside them sure (ocr_repair.printed_as_read:
        # mrz_heldout20 3100071's `OBR1EN`, 3100137's `HUN6`): invalid as printed.
        reading = ocr_face.refuse_not_ocrb(reading, fmt, n)
    first = reading.document.lines[0][:1] if reading.document.lines else ""
    if len(found) == 2 and (first not in "PVACI" or (fmt == "TD2" and first == "P")):
        # Only a TD3 is a passport (ICAO 9303): two lines of 36 starting with P are a
        # TD3 cut by the page's or the picture's edge between two characters, not an
        # invalid TD2 (mrz_heldout.py 900137, mrz_variant.py 800067 cut elsewhere); a
        # first character no 2-line MRZ starts with is a line cut on its left (review
        # ocr25 F4: a TD3 keeping its last 36 characters read as a TD2 `KS...`).
        unclear = [0, 1]
    if n == mrz_layout.layout("TD2").width and _at_edge(gray, found, per_line, n):
        # A line that may go on beyond the picture: a visa of 44 cut at 36 reads as a
        # valid MRV-B (no composite check) with its name and optional data cut short.
        unclear = list(range(len(found)))
    if unclear:
        # Ink just outside a line: it may be shifted by a character, or continue past
        # the cut (a TD3 cut by the picture's edge read as a TD2). Refused, valid or
        # not, and whatever else refused it (review ocr25 F5: an ambiguous reading of a
        # cut visa still vouched for its characters in the camera): an invalid reading of
        # a line that is not all there is no verdict on the printed MRZ.
        return _refuse_ends(reading, unclear, n)
    return reading


def _one_size(
    per_line: list[_LineCells], n: int, clf: _Classifier, shears: list[np.ndarray] | None
) -> bool:
    """One zoom per document, as a printer prints one size (in place): a line the
    zoom's gain left at the font's size is cut at the size it fits best too (review
    zoom F2: its unzoomed cells read CHUN as CHVN, valid, where the zoomed line failed).
    False when the lines' sizes differ by more than ZOOM_SPREAD: they are no single
    print (review zoom F1: a 7 px thumbnail's Hermit line zoomed 0.76, its OCR-B line
    0.84, passed the face gate), and every line is cut at the font's size."""
    sheared = shears if shears is not None else [None] * len(per_line)
    for ln, sh in zip(per_line, sheared, strict=True):
        if ln.zoom == 1.0:
            _recut(ln, n, clf, sh, 0.0)
    zooms = [ln.zoom for ln in per_line]
    if max(zooms) - min(zooms) > ZOOM_SPREAD + 1e-6:
        for ln, sh in zip(per_line, sheared, strict=True):
            _recut(ln, n, clf, sh, np.inf)
        return False
    return True


def _recut(
    ln: _LineCells, n: int, clf: _Classifier, shear: np.ndarray | None, gain: float = ZOOM_GAIN
) -> None:
    """Cut a line's cells again (in place), with a shear and a zoom gain (`_cells`)."""
    ln.cells, ln.quiet, ln.recrop, ln.zoom, ln.plain = _cells(
        ln.strip, n, clf, shear, gain, ln.memo
    )


# Errors that say a character breaks its field's type (a letter among digits).
_TYPE_BREAKS = frozenset(
    (
        "mrz.check_not_digit",
        "mrz.date_not_digits",
        "mrz.birth_not_date",
        "mrz.state_not_letters",
        "mrz.name_digits",
        "mrz.sex_invalid",
    )
)


def _breaks_a_field(reading: _Reading) -> bool:
    """An invalid reading, not refused, with a character that breaks its field's type."""
    codes = {getattr(e, "code", "") for e in reading.document.errors}
    return not reading.document.valid and "ocr.refused" not in codes and bool(codes & _TYPE_BREAKS)


# The most two lines of one document may differ in zoom (ocr_cells.ZOOMS' step).
ZOOM_SPREAD = 0.04


def _plain_rivals(scores: np.ndarray, plain: np.ndarray) -> None:
    """On zoomed cells, a look-alike of the character read that comes within PLAIN_NEAR
    of the best class at the font's size, and fits there better than zoomed by
    PLAIN_FIT, stays a rival (in place): a glyph printed larger than the rest of its
    line is zoomed to its look-alike's size (review zoom F3: Os among small glyphs read
    0s, the cancelling twin O,O / 0,0 unseen, reported valid)."""
    for p in range(len(scores)):
        t = int(np.argmax(scores[p]))
        for c in np.flatnonzero(plain[p] >= plain[p].max() - PLAIN_NEAR):
            bigger = plain[p, c] > scores[p, c] + PLAIN_FIT
            if c != t and bigger and ocr_reading.is_lookalike(ALPHABET[t], ALPHABET[c]):
                scores[p, c] = max(scores[p, c], scores[p, t] - PLAIN_RIVAL)


# _plain_rivals: the review's Os came within 0.036 of the best class at the font's size
# and fitted it 0.029-0.39 better than zoomed; a kept rival is put PLAIN_RIVAL behind the
# character read (well within RIVAL_MARGIN).
PLAIN_NEAR = 0.04
PLAIN_FIT = 0.025
PLAIN_RIVAL = 0.01


def _refuse_ends(reading: _Reading, unclear: list[int], n: int) -> _Reading:
    """`reading` refused for its lines `unclear`, which may go on beyond what was read."""
    doc = reading.document
    doc = dataclasses.replace(
        doc, errors=tuple(e for e in doc.errors if getattr(e, "code", "") != "ocr.refused")
    )
    where = [(i + 1, 1) for i in unclear] + [(i + 1, n) for i in unclear]
    out = _refused(doc, reading.confidence, where, reading.mean_score, "ends")
    # The whole reading may be a character off: nothing in it is sure.
    cells = len(doc.lines) * n
    return dataclasses.replace(out, unsure=tuple(ocr_reading.positions(range(cells), n)))


# How far beyond a line's first and last cell centres the picture must go, in cells: a
# partly shown next character (cut at 35.7 or 36.6 pitches) is not seen as ink (review
# ocr25 F1).
EDGE_ROOM = 1.5


def _at_edge(gray: np.ndarray, found: list[_Grid], per_line: list[_LineCells], n: int) -> bool:
    """Whether a line as read (its first cell at `start`, n cells) has less than
    EDGE_ROOM cells of picture before its first or after its last cell."""
    h, w = gray.shape[:2]
    for g, ln in zip(found, per_line, strict=True):
        for j in (ln.start - EDGE_ROOM, ln.start + n - 1 + EDGE_ROOM):
            x, y = g.at(float(j))[:2]
            if not (0 <= x < w and 0 <= y < h):
                return True
    return False


def prepare() -> None:
    """Load (or render) the OCR-B prototypes now, e.g. in a worker at start-up, so that
    the first document is not slower than the others."""
    _Classifier.get()


TURNS = (None, cv2.ROTATE_180, cv2.ROTATE_90_CLOCKWISE, cv2.ROTATE_90_COUNTERCLOCKWISE)


@dataclass(frozen=True)
class _Where:
    """How a reading was made: the image's turn and how many times larger it was read."""

    turn: int | None
    zoom: int  # 1, or 2 or 3 for a small picture read larger (THUMB_ZOOM: Lanczos)
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 around the MRZ's lines, so turned
    tilt: float = 0.0  # degrees the picture was turned to level its lines (see _deskew)


def _box(group: list[_Line], shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    """The lines' bounding box, a character pitch and a half wider on every side."""
    pts = np.concatenate([np.stack(line.ends()) for line in group])
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    pad = (
        1.5 * float(np.hypot(*(group[0].ends()[1] - group[0].ends()[0]))) / max(group[0].cells, 1.0)
    )
    x0, y0 = (lo - pad).astype(int).clip(0)
    x1, y1 = (hi + pad).astype(int)
    return int(x0), int(y0), int(min(x1, shape[1])), int(min(y1, shape[0]))


def _read_turns(
    gray: np.ndarray, today: dt.date, turns: tuple[int | None, ...] = TURNS
) -> tuple[_Reading | None, NoMrzFound | None, int | None, tuple[int, int, int, int], float]:
    """The best reading of the image upright, upside down or on its side, its turn, the
    box around its lines and their characters' height in pixels."""
    reading = None
    best_turn: int | None = None
    box = (0, 0, 0, 0)
    height = 0.0
    failure: NoMrzFound | None = None
    suspect: dict[tuple[str, ...], _Reading] = {}  # lines refused for SUSPECT_WHYS
    # Upright first; then upside down; then on its side (a phone held upright over a
    # passport lying across the counter), until a reading is valid or clearly upright.
    for turn in turns:
        if reading is not None and (reading.document.valid or reading.mean_score > 0.85):
            break
        img = gray if turn is None else cv2.rotate(gray, turn)
        for group in _find_mrz_lines(img):
            try:
                attempt = _read_group(img, group, today)
            except NoMrzFound as e:
                failure = failure or e
                continue
            if _suspected(attempt):
                suspect.setdefault(attempt.document.lines, attempt)
            elif attempt.document.valid:
                # Another candidate of the same picture reading lines a suspecting
                # rule refused is a second draw of those cells, not a witness.
                attempt = suspect.get(attempt.document.lines, attempt)
            if (
                reading is None
                or attempt.document.valid
                or _better(attempt, reading, refusal_stands=False)
            ):
                reading, best_turn, box = attempt, turn, _box(group, img.shape)
                height = float(np.median([line.h for line in group]))
            if reading.document.valid:
                break
    return reading, failure, best_turn, box, height


def read_array(image: np.ndarray, *, today: dt.date | None = None) -> OcrResult:
    """Read the MRZ in a decoded image (gray or BGR). NoMrzFound when there is none.

    Safe to call from any worker thread (no Qt, no shared mutable state)."""
    t0 = time.perf_counter()
    today = today or dt.date.today()
    _Seen.forget()
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return _result(_read_picture(gray, lambda: image, today), t0)


def _read_picture(
    gray: np.ndarray, colour: Callable[[], np.ndarray | None], today: dt.date
) -> _Reading:
    """The reading of a picture: its gray reading; not valid, the colour picture's
    (`colour()`, asked only then: most pictures read valid from gray; None without
    colour); still not valid or with no MRZ, the picture without a screen's grid; with
    no MRZ found still, the picture divided by its paper (_evenly_lit)."""
    try:
        reading, where = _read_gray(gray, today)
    except NoMrzFound as e:
        try:
            return _on_screen(gray, None, e, today)
        except NoMrzFound:
            return _evenly_lit(gray, e, today)
    if not reading.document.valid:
        image = colour()
        if image is not None:
            reading = _read_colour(gray, image, reading, where, today)
    if not reading.document.valid:
        reading = _on_screen(gray, reading, None, today)
    return reading


# Low sun through blinds leaves sharp-edged shade on the page (mrz_heldout25): beside lit
# paper, shaded paper falls below the locator's local mean less its margin
# (ocr_locate._components) and becomes ink that welds the characters into bands, so no
# line is found (3600084, bench/results/mrz_heldout25_diagnosis.md). Where no MRZ is
# found, the picture is searched again divided by its paper: a closing with a square of
# EVEN_KERNEL pixels at the working size, wider than the strokes of characters up to
# ~90 px high and narrower than the shade's bands. Only a picture with no MRZ found pays.
EVEN_KERNEL = 15


def _evenly_lit(gray: np.ndarray, failure: NoMrzFound, today: dt.date) -> _Reading:
    """The reading of the picture divided by its paper; `failure` when it finds none."""
    gray = _working(gray)
    square = cv2.getStructuringElement(cv2.MORPH_RECT, (EVEN_KERNEL, EVEN_KERNEL))
    flat = cv2.divide(gray, cv2.morphologyEx(gray, cv2.MORPH_CLOSE, square), scale=255)
    try:
        return _read_gray(flat, today)[0]
    except NoMrzFound:
        raise failure from None


def _working(img: np.ndarray) -> np.ndarray:
    """The picture at the size it is searched at (longest side WORK_MAX_SIDE at most)."""
    scale = WORK_MAX_SIDE / max(img.shape)
    if scale < 1:
        img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    return img


def _view(img: np.ndarray, where: _Where, border: int = cv2.BORDER_REPLICATE) -> np.ndarray:
    """The image as the reading `where` saw it (scaled, zoomed, turned); `border`: how
    level() fills what the turned picture does not cover."""
    img = _working(img)
    if where.tilt:
        img = level(img, where.tilt, WORK_MAX_SIDE, border)
    if where.zoom > 1:
        img = _enlarged(img, where.zoom)
    return img if where.turn is None else cv2.rotate(img, where.turn)


def _read_colour(
    gray: np.ndarray, colour: np.ndarray, first: _Reading, where: _Where, today: dt.date
) -> _Reading:
    """The colour picture's readings of an MRZ the gray one did not read valid: its ink
    image (_read_again), then, still refused, without its coloured strokes
    (_read_unfibred). Channel order does not matter to either."""
    ink = ink_image(colour)
    if ink is None:
        return first
    reading = _read_again(gray, ink, first, where, today)
    return _read_unfibred(gray, colour, reading, where, today)


def _read_unfibred(
    gray: np.ndarray, colour: np.ndarray, first: _Reading, where: _Where, today: dt.date
) -> _Reading:
    """A refused reading read again (where it was made) from the gray picture with its
    coloured strokes turned to the local paper (ocr_fibres: a UV capture's fluorescing
    fibres, a pen's coloured completion of a letter), where such strokes cover enough
    of the zone. The second reading goes through the same rules; it replaces the first
    when valid or when it refuses nothing (as a zoom's does: _settles_more), except the
    same lines a suspecting rule refused (SUSPECT_WHYS)."""
    if not first.uncertain or colour.shape[:2] != gray.shape[:2] or not _doubts_all_checked(first):
        return first
    x0, y0, x1, y1 = where.box
    zone = _view(colour, where)[y0:y1, x0:x1]
    zone_gray = _view(gray, where)[y0:y1, x0:x1]
    if zone.size == 0 or zone.shape[:2] != zone_gray.shape:
        return first
    ground = ocr_fibres.zone_ground(zone, zone_gray)
    if float(np.mean(ocr_fibres.coloured_strokes(zone, ground))) < ocr_fibres.STROKE_SHARE:
        return first
    # The print's stroke in the picture's pixels: a seventh of a character, about half
    # a line's share of the box's height (the box pads the lines).
    scale = min(1.0, WORK_MAX_SIDE / max(gray.shape)) * where.zoom
    stroke = round((y1 - y0) / (2 * max(1, len(first.document.lines))) / 7 / scale)
    clean = ocr_fibres.without_strokes(
        gray, ocr_fibres.coloured_strokes(colour, ground), ground, stroke
    )
    again = _read_second(clean, first, where, today)
    if again is None or not _only_checked_cells_change(first, again):
        return first
    if again.document.valid or _settles_more(again, first):
        return again
    return first


def _doubts_all_checked(first: _Reading) -> bool:
    """Whether every cell the first reading refused lies under a check digit: else no
    reading without coloured strokes is taken (_only_checked_cells_change), so none is
    made (a refused synthetic page with coloured guilloche paid ~300 ms for nothing)."""
    fmt = first.document.format
    if not first.document.lines or fmt is None:
        return False
    lay = mrz_layout.layout(fmt)
    covered = lay.covered()
    return all(lay.flat(ln - 1, col - 1) in covered for ln, col in first.uncertain)


def _only_checked_cells_change(first: _Reading, again: _Reading) -> bool:
    """Whether the reading without coloured strokes differs from the first (its best
    guess) only in cells a check digit covers (the first refuses none it does not:
    _doubts_all_checked, asked before the second reading was made).
    Taking a stroke away also takes away the print it crossed: heldout22 3300178's
    fibre cut an I's foot, and the I read a clear T, VALID, in a name no check digit
    covers (the first reading refused it as illegible)."""
    a, b = first.document.lines, again.document.lines
    fmt = first.document.format
    if fmt is None or fmt != again.document.format or [len(x) for x in a] != [len(x) for x in b]:
        return False
    lay = mrz_layout.layout(fmt)
    covered = lay.covered()
    return all(
        lay.flat(ln, i) in covered
        for ln, (x, y) in enumerate(zip(a, b, strict=True))
        for i, (p, q) in enumerate(zip(x, y, strict=True))
        if p != q
    )


def _coloured_over_mrz(gray: np.ndarray, ink: np.ndarray, where: _Where) -> bool:
    """Whether coloured ink (much darker in gray than in its brightest channel) covers
    enough of the MRZ's box to have mattered."""
    x0, y0, x1, y1 = where.box
    g = _view(gray, where)[y0:y1, x0:x1].astype(np.int16)
    k = _view(ink, where)[y0:y1, x0:x1].astype(np.int16)
    if g.size == 0 or g.shape != k.shape:
        return True
    return float(np.mean(k - g > COLOUR_DARKER)) >= COLOUR_SHARE


def _read_again(
    gray: np.ndarray, ink: np.ndarray, first: _Reading, where: _Where, today: dt.date
) -> _Reading:
    """The reading of the ink-only image (at the turn and size where the gray image
    showed an MRZ) where it is valid or refused as ambiguous against an invalid first,
    else the first. A gray image without an MRZ is
    not searched again (most camera frames hold none), nor one with no colour over its
    MRZ (nothing to remove)."""
    if not _coloured_over_mrz(gray, ink, where):
        return first
    again = _read_second(ink, first, where, today)
    if again is None:
        return first
    # Refused as ambiguous, the ink image's reading passes every check some way: better
    # than a first reading that passes none (an honest MRZ is not called invalid), or
    # one refused otherwise (ext-mrz's Qatar passport: a TD2 of its lines, refused
    # for the ink beyond them, against its whole TD3's).
    if again.document.valid or (
        ocr_reading.is_ambiguous(again) and not ocr_reading.is_ambiguous(first)
    ):
        return again
    return first


# Refusals that suspect a misread: rule 22/22b (a pair of digits under one field check
# that look-alikes mending the composite would read as printed). The same lines read
# valid by another candidate MRZ of the same picture (its lines fitted apart: _read_turns)
# or by the ink image where the gray reading was so refused (_read_again) are those
# suspected cells cut a little differently, a second draw and not a second witness: the
# refusal stands. f7 attack page 42091 (a number's digit pair blended toward digits that
# keep its check) was refused by 22b on its first candidate and read WRONG and VALID,
# the same lines, on its second. A levelled picture (tilt_of at TILT_LEVEL or more) or
# a zoom is another picture and may lift it: heldout12 2300044 (tilted 11.5 degrees,
# refused by 22b on two candidates) is read exactly levelled. Other rules' refusals are
# lifted by another candidate's same lines on clean pages (ext-mrz pe-100: rule 6's
# ambiguity; pe-25: the face gate; heldout12 2300010: rule 6), so only these
# (bench/results/mrz_read_again.md).
SUSPECT_WHYS = ("printed_error_twin",)  # keys of ocr_reading.WHY


def _suspected(reading: _Reading) -> bool:
    return ocr_reading.refused_for(reading, *SUSPECT_WHYS)


def _read_second(
    image: np.ndarray, first: _Reading, where: _Where, today: dt.date
) -> _Reading | None:
    """The reading at `where` of another rendering of the picture (ink only, without
    coloured strokes); None where it finds no MRZ or proves nothing new (_same_suspected)."""
    try:
        again, _ = _read_gray(image, today, where)
    except NoMrzFound:
        return None
    return None if _same_suspected(first, again) else again


def _same_suspected(first: _Reading, again: _Reading) -> bool:
    """Whether a second reading (ink image, fibre-free, screen notched) is valid with
    the very lines a suspecting rule refused in the first: it proves nothing new (see
    SUSPECT_WHYS), so the first stands."""
    return (
        again.document.valid and _suspected(first) and again.document.lines == first.document.lines
    )


def _result(reading: _Reading, t0: float) -> OcrResult:
    return OcrResult(
        document=reading.document,
        line_confidence=reading.confidence,
        elapsed_ms=(time.perf_counter() - t0) * 1000,
        corrected=reading.corrected,
        uncertain=reading.uncertain,
        unsure=reading.unsure,
    )


def _read_gray(
    gray: np.ndarray, today: dt.date, where: _Where | None = None
) -> tuple[_Reading, _Where]:
    """The best reading of a gray image and how it was made; NoMrzFound when there is
    none. With `where`, only that tilt, turn and size are read."""
    gray = _working(gray)
    if where is not None:
        reading, found = _read_level(
            level(gray, where.tilt, WORK_MAX_SIDE) if where.tilt else gray, today, where
        )
        found = dataclasses.replace(found, tilt=where.tilt)
        return _cut_by_the_frame(reading, gray.shape, found), found
    failure: NoMrzFound | None = None
    try:
        reading, found = _read_level(gray, today, None)
    except NoMrzFound as e:
        reading, found, failure = None, None, e
    if reading is not None and reading.document.valid:
        return reading, found
    # Tilted far (a phone photo turned 20 degrees), chains and the lines' grouping
    # break, and neighbouring lines mix: level the picture by its lines' direction and
    # read again (only when the first reading is not valid: rarely, so it costs little).
    tilt = tilt_of(gray)
    if abs(tilt) >= TILT_LEVEL:
        try:
            again, found2 = _read_level(level(gray, tilt, WORK_MAX_SIDE), today, None)
        except NoMrzFound:
            again = None
        if again is not None and (
            reading is None or again.document.valid or _settles_more(again, reading)
        ):
            found2 = dataclasses.replace(found2, tilt=tilt)
            return _cut_by_the_frame(again, gray.shape, found2), found2
    if reading is None or found is None:
        raise failure or NoMrzFound(msg("ocr.no_mrz"))
    return reading, found


def _on_screen(
    gray: np.ndarray, first: _Reading | None, failure: NoMrzFound | None, today: dt.date
) -> _Reading:
    """The reading of the picture without a screen's pixel grid (ocr_screen) where the
    picture shows one and the first reading (None: no MRZ found, `failure`) is not
    valid: valid, or settling more, or the only one. Asked only of pictures not read
    valid, so an ordinary picture read valid pays nothing and changes nothing; and a
    picture without the texture is never filtered."""
    gray = _working(gray)
    found = ocr_screen.texture(gray)
    again = None
    if found.screen:
        with contextlib.suppress(NoMrzFound):
            again, _ = _read_gray(ocr_screen.without_grid(gray, found.peaks), today)
    if first is None:
        if again is None:
            raise failure or NoMrzFound(msg("ocr.no_mrz"))
        return again
    if again is None:
        return first
    if _same_suspected(first, again):
        return first
    if again.document.valid or _settles_more(again, first):
        return again
    return first


def _cut_by_the_frame(reading: _Reading, shape: tuple[int, ...], where: _Where) -> _Reading:
    """A 36-wide reading of a levelled picture refused when its lines' box (1.5 pitches
    beyond the lines) leaves the picture as taken: levelling fills the corners with the
    picture's repeated edge, blank paper to _at_edge, so a visa of 44 cut by the tilted
    frame after its 36th character read as a valid MRV-B (review ocr25)."""
    lines = reading.document.lines
    if not where.tilt or not lines or len(lines[0]) != mrz_layout.layout("TD2").width:
        return reading
    inside = _view(np.full(shape[:2], 255, np.uint8), where, cv2.BORDER_CONSTANT)
    x0, y0, x1, y1 = where.box
    if 0 < x0 < x1 < inside.shape[1]:
        # The box's side columns at the lines' rows only: its pad above and below may
        # leave the picture (an MRZ at a photo's bottom edge) without cutting a line.
        pad = round(1.5 * (x1 - x0) / (len(lines[0]) + 3))
        top = y0 + pad if y0 > 0 else 0
        bottom = y1 - pad if y1 < inside.shape[0] else y1
        side = inside[top:bottom, [x0, x1 - 1]]
        if side.size and int(side.min()) >= 128:
            return reading
    return _refuse_ends(reading, list(range(len(lines))), len(lines[0]))


def _read_level(
    gray: np.ndarray, today: dt.date, where: _Where | None = None
) -> tuple[_Reading, _Where]:
    """_read_gray on a picture already scaled (and levelled)."""
    reading: _Reading | None = None
    failure: NoMrzFound | None = None
    turn: int | None = None
    zoom = 1
    box = (0, 0, 0, 0)
    height = 0.0
    if where is None or where.zoom == 1:
        turns = TURNS if where is None else (where.turn,)
        reading, failure, turn, box, height = _read_turns(gray, today, turns)
    small = max(gray.shape) <= UPSCALE_BELOW
    # A small picture (a web thumbnail, a card far from the camera): its characters
    # may be under the 7 pixels the locator needs. Read it again twice as large; and
    # three times as large where the characters are still under ZOOM3_BELOW pixels
    # then (about 6 in the picture: the glyphs' strokes blur into each other).
    for factor in (2, 3, THUMB_ZOOM):
        if where is not None:
            if where.zoom != factor:
                continue
        elif not small or (reading is not None and reading.document.valid):
            break
        if where is None and factor == 3 and (zoom != 2 or height >= ZOOM3_BELOW):
            break
        if where is None and factor == THUMB_ZOOM and not _thumbnail(gray, zoom, height):
            break
        big = _enlarged(gray, factor)
        # A small document shows a few hundred marks of character size; thousands are
        # noise (and chaining them costs seconds).
        if len(_components(big)[0]) > UPSCALE_MAX_MARKS:
            break
        turns = TURNS if where is None else (where.turn,)
        again, failure2, turn2, box2, height2 = _read_turns(big, today, turns)
        # Larger, every glyph may be settled where it was not: a reading that
        # refuses nothing (valid or not) beats a refusal.
        if again is not None and (
            reading is None or again.document.valid or _settles_more(again, reading)
        ):
            reading, turn, zoom, box, height = again, turn2, factor, box2, height2
        failure = failure or failure2
    if reading is None:
        raise failure or NoMrzFound(msg("ocr.no_mrz"))
    return reading, _Where(turn, zoom, box)


def _enlarged(gray: np.ndarray, factor: int) -> np.ndarray:
    """A small picture `factor` times as large: cubic at 2x and 3x, Lanczos at
    THUMB_ZOOM (sharper strokes for capitals of a few pixels)."""
    interp = cv2.INTER_LANCZOS4 if factor == THUMB_ZOOM else cv2.INTER_CUBIC
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=interp)


def _thumbnail(gray: np.ndarray, zoom: int, height: float) -> bool:
    """Whether a picture whose best reading so far (at `zoom`, characters `height`
    pixels there) is refused gets the THUMB_ZOOM reading: characters under THUMB_BELOW
    pixels in the picture, which stays within THUMB_MAX_SIDE read so large."""
    return (
        zoom > 1
        and 0 < height / zoom < THUMB_BELOW
        and max(gray.shape) * THUMB_ZOOM <= THUMB_MAX_SIDE
    )


def read_image(
    source: str | os.PathLike[str] | bytes,
    *,
    today: dt.date | None = None,
    typed: Typed | None = None,
) -> OcrResult:
    """Load an image file (or encoded bytes) and read its MRZ; OcrFailure (exit 2) when
    the file cannot be read or holds no MRZ. `typed`: characters the officer read off
    the document for the cells an earlier reading of this picture was refused for."""
    t0 = time.perf_counter()
    today = today or dt.date.today()
    _Seen.forget()
    gray = load_gray(source)
    token = _TYPED.set(typed)
    try:
        reading = _read_picture(gray, lambda: load_colour(source), today)
    finally:
        _TYPED.reset(token)
    if typed is not None and not reading.document.valid and not reading.uncertain:
        # Completed by typing, a reading is valid or refused, never a verdict that the
        # document is invalid: a typed character, or another, may be what is wrong
        # (mrz_heldout19 3000017: a hybrid's 0s read 8 and D beside a typed 2).
        cells = sorted(typed.cells) if typed.fmt == reading.document.format else []
        reading = ocr_reading.refused(
            reading.document, reading.confidence, cells, reading.mean_score, "typed_invalid"
        )
    return _result(reading, t0)
