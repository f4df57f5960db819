"""Files the OCR must refuse with a reason: empty, not an image, too small, an image
with no MRZ, and a directory."""

from __future__ import annotations

from pathlib import Path


def refused_inputs(tmp_path: Path) -> list[Path]:
    from PIL import Image

    empty, junk, small = tmp_path / "empty.jpg", tmp_path / "junk.jpg", tmp_path / "small.png"
    empty.write_bytes(b"")
    junk.write_bytes(b"not an image at all")
    Image.new("L", (8, 8), 255).save(small)
    blank = tmp_path / "blank.png"
    Image.new("L", (640, 480), 255).save(blank)
    return [empty, junk, small, blank, tmp_path]
