"""Coloured strokes over the MRZ turned to paper (issue 10: ultraviolet captures).

Under ultraviolet light the paper is a dull violet, the MRZ's carbon print stays dark
and neutral, and the paper's security fibres fluoresce (cyan, yellow-white, pink; 1-2 px)
across the glyphs: bright strokes that break them and lift the zone's paper level
(mrz_heldout22_diagnosis.md, cause 5). Every pixel of print on that ground is the
ground's colour scaled darker; a fibre's colour lies off that axis, or beyond the
ground's brightness along it. Such pixels are replaced by the local ground, never by
ink: a coloured pen stroke that completes a letter is removed, not drawn as print.

Plain numpy/OpenCV on arrays; the caller (ocr._read_unfibred) decides when to read
the result and takes its reading only under the reader's unchanged rules.
"""

from __future__ import annotations

import dataclasses

import cv2
import numpy as np

# A pixel this far (0-255 per channel, Euclidean) off the line through black and the
# zone's ground colour is a coloured stroke. Heldout22's UV pages: ground ~(147, 59, 73)
# BGR, print ~(29, 5, 9) (7-9 off the axis), fibres 100 and more off it.
OFF_AXIS = 40.0
# A pixel brighter than the ground along its axis by this factor glows (a white fibre).
GLOW = 1.3
# The picture is read again when coloured strokes cover this share of the zone's box
# (see mrz_uv.md for the shares measured).
STROKE_SHARE = 0.002
# Print is darker than this share of the ground's gray (UV print ~0.2 of it); a hidden
# pixel beside print is set to UNKNOWN of the local ground: neither paper nor ink.
INK_LEVEL = 0.5
UNKNOWN = 0.55


@dataclasses.dataclass(frozen=True)
class Ground:
    """The zone's paper: its colour (per channel, the picture's channel order) and gray."""

    colour: np.ndarray
    gray: float


def zone_ground(zone: np.ndarray, zone_gray: np.ndarray) -> Ground:
    """The paper of a colour crop of the zone: the median colour of its pixels between
    the 50th and 95th gray percentiles (above the print, below glowing strokes)."""
    g = zone_gray.ravel()
    lo, hi = np.percentile(g, (50, 95))
    sel = (g >= lo) & (g <= hi)
    colour = np.median(zone.reshape(-1, zone.shape[-1])[sel, :3].astype(np.float32), axis=0)
    return Ground(colour=colour, gray=float(np.median(g[sel])))


def coloured_strokes(colour: np.ndarray, ground: Ground) -> np.ndarray:
    """Boolean mask of pixels off the ground's colour axis or glowing beyond it."""
    f = colour[..., :3].astype(np.float32)
    norm = float(np.linalg.norm(ground.colour))
    if norm < 1:
        return np.zeros(colour.shape[:2], bool)
    axis = ground.colour / norm
    along = f @ axis
    off = np.sqrt(np.maximum(np.einsum("...c,...c->...", f, f) - along * along, 0))
    return (off > OFF_AXIS) | (along > GLOW * norm)


def without_strokes(gray: np.ndarray, mask: np.ndarray, ground: Ground, stroke: int) -> np.ndarray:
    """`gray` with the masked pixels (and their anti-aliased rims) replaced by the local
    ground (a gray closing wider than the print's strokes: ink removed; the masked
    pixels first set to the zone's paper so a large coloured area stays paper), except
    within a stroke of print: there the hidden pixel may be print or paper, and it is
    set half way (UNKNOWN) so the classifier stays as unsure as the picture is. A
    fibre's gap cut as paper turned heldout22 3300178's I into a clear T, read valid
    in a name no check digit covers."""
    rim = cv2.dilate(mask.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    g0 = gray.copy()
    g0[rim] = np.uint8(round(ground.gray))
    k = max(3, 2 * stroke + 1)
    ground_img = cv2.morphologyEx(g0, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    ink = (gray < INK_LEVEL * ground.gray) & ~rim
    # Reach across a 2-px fibre and its rims from the print on either side.
    reach = np.ones((k + 4, k + 4), np.uint8)
    near = rim & (cv2.dilate(ink.astype(np.uint8), reach) > 0)
    out = gray.copy()
    out[rim] = ground_img[rim]
    out[near] = (UNKNOWN * ground_img[near]).astype(np.uint8)
    return out
