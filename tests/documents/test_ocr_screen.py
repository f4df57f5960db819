"""A photographed screen's pixel grid (ocr_screen): detected only where the spectrum has
narrow peaks in two directions, notched out, and the picture read again only then
(bench/results/mrz_screens.md)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.documents import ocr, ocr_screen
from tests.documents.conftest import TODAY


def _page(seed: int = 1) -> np.ndarray:
    """Dark glyph-sized blocks in rows on light paper, a little noise."""
    rng = np.random.default_rng(seed)
    img = np.full((600, 800), 225.0)
    for y in range(60, 560, 40):
        for x in range(40, 760, 18):
            if rng.random() < 0.7:
                img[y : y + 22, x : x + 3 + int(rng.integers(0, 10))] = 40
    return img + rng.normal(0, 4, img.shape)


def _u8(img: np.ndarray) -> np.ndarray:
    return np.clip(img, 0, 255).astype(np.uint8)


def _grid(shape: tuple[int, int], pitch: float, axes: str = "xy") -> np.ndarray:
    """A screen's pixel grid (dark rows and columns every `pitch` camera pixels) as the
    camera samples it: `pitch` under 2 px aliases to a moire."""
    y, x = np.mgrid[0 : shape[0], 0 : shape[1]].astype(np.float64)
    g = np.ones(shape)
    if "x" in axes:
        g *= 0.8 + 0.2 * np.cos(2 * np.pi * x / pitch)
    if "y" in axes:
        g *= 0.8 + 0.2 * np.cos(2 * np.pi * y / pitch)
    return g


@pytest.mark.parametrize("pitch", [1.17, 1.5])
def test_a_screens_grid_is_detected_and_notched(pitch):
    page = _page()
    shown = _u8(page * _grid(page.shape, pitch))
    found = ocr_screen.texture(shown)
    assert found.screen, found
    assert found.lattice >= ocr_screen.SCREEN_MIN
    cleaned = ocr_screen.without_grid(shown, found.peaks)
    after = ocr_screen.texture(cleaned)
    assert not after.screen, after
    # The notches take the grid, not the page: the cleaned picture is near the plain one
    # scaled by the grid's mean (0.8 x 0.8), far nearer than the gridded one.
    plain = page * 0.64
    assert np.abs(cleaned - plain).mean() < 0.5 * np.abs(shown - plain).mean()


@pytest.mark.parametrize("seed", [1, 2])
def test_a_plain_page_is_not_a_screen(seed):
    found = ocr_screen.texture(_u8(_page(seed)))
    assert not found.screen, found
    assert found.lattice < ocr_screen.SCREEN_MIN


def test_stripes_in_one_direction_only_are_not_a_screen():
    # A security line screen or a fax's scan lines: one direction, not a pixel grid.
    page = _page()
    found = ocr_screen.texture(_u8(page * _grid(page.shape, 1.25, "x")))
    assert found.first >= ocr_screen.SCREEN_MIN  # the stripes are there ...
    assert not found.screen, found  # ... but in one direction


def test_a_small_picture_has_no_texture():
    assert ocr_screen.texture(np.full((40, 900), 200, np.uint8)) == ocr_screen.Texture(0, 0, ())


def test_an_lcd_page_is_read_exactly():
    # mrz_heldout22 3300028 (seen): an LCD re-display at 1.17 camera px per screen px,
    # "no MRZ" before (bench/results/mrz_heldout22_diagnosis.md, cause 1).
    from bench import mrz_heldout22

    s = mrz_heldout22.sample(3_300_028, today=TODAY)
    assert "LCD re-display" in s.notes
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert doc.lines == s.lines and doc.valid == s.valid
    doc = ocr.read_array(s.image, today=TODAY).document  # the camera's entry
    assert doc.lines == s.lines and doc.valid == s.valid


def test_a_page_not_on_a_screen_is_never_filtered(monkeypatch):
    # mrz_heldout22 3300146 (seen; a fax, PAOL0 printed, refused by the type rule): not
    # read valid, so the screen check is asked; it says no, and the filter never runs.
    from bench import mrz_heldout22

    def never(*_: object) -> np.ndarray:
        raise AssertionError("an ordinary picture filtered")

    asked: list[bool] = []
    texture = ocr_screen.texture

    def spy(gray: np.ndarray) -> ocr_screen.Texture:
        found = texture(gray)
        asked.append(found.screen)
        return found

    monkeypatch.setattr(ocr_screen, "without_grid", never)
    monkeypatch.setattr(ocr_screen, "texture", spy)
    s = mrz_heldout22.sample(3_300_146, today=TODAY)
    doc = ocr.read_image(s.jpeg, today=TODAY).document
    assert not doc.valid and any(str(e).startswith("OCR refused") for e in doc.errors)
    assert asked == [False]
