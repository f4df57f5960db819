"""The demo traveller's face (public domain, resources/faces/SOURCES.md): the photo the
demo's image-file camera shows, and a chip-style copy of it for the demo passport's DG2."""

from __future__ import annotations

import io
from pathlib import Path

from desktop.resources import resource

CHIP_SIZE = (240, 320)  # a typical DG2 portrait
CHIP_QUALITY = 60


def photo_path() -> Path:
    return resource("faces", "demo_traveller.jpg")


def chip_photo(path: Path | None = None) -> bytes:
    """A 240x320 JPEG of the portrait, as a passport chip holds it (~10-15 KB)."""
    from PIL import Image

    with Image.open(path or photo_path()) as img:
        small = img.convert("RGB").resize(CHIP_SIZE, Image.Resampling.BILINEAR)
    out = io.BytesIO()
    small.save(out, "JPEG", quality=CHIP_QUALITY)
    return out.getvalue()
