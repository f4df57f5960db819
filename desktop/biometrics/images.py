"""Image bytes or files to RGB arrays (Pillow: JPEG, JPEG 2000, PNG with alpha...)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np

from desktop.errors import UsageError
from desktop.messages import define, msg

define(
    {
        "face.image_unreadable": "{name}: not a readable image ({why})",
        "face.image_too_small": "{name}: the image is too small to hold a face",
        "face.image_directory": "{name}: is a directory",
        "face.image_cannot_read": "{name}: cannot be read ({why})",
    }
)


class UnreadableImage(UsageError):
    reason = "unreadable image"


# A bigger picture only slows detection down; the encoder sees a 150-px aligned chip.
MAX_SIDE = 1600


def decode(data: bytes, name: str = "image") -> np.ndarray:
    """RGB uint8 array (H, W, 3). Raises `UnreadableImage` with the reason."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img = ImageOps.exif_transpose(img)
            if img.mode in ("RGBA", "LA", "P"):
                img = img.convert("RGBA")
                flat = Image.new("RGB", img.size, (255, 255, 255))
                flat.paste(img, mask=img.getchannel("A"))
                img = flat
            img = img.convert("RGB")
            if max(img.size) > MAX_SIDE:
                img.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.BILINEAR)
            array = np.asarray(img, dtype=np.uint8)
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
    ) as e:
        why = type(e).__name__
        raise UnreadableImage(msg("face.image_unreadable", name=name, why=why)) from None
    if array.ndim != 3 or min(array.shape[:2]) < 32:
        raise UnreadableImage(msg("face.image_too_small", name=name))
    return np.ascontiguousarray(array)


def read(path: str | os.PathLike[str]) -> np.ndarray:
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise UnreadableImage(msg("face.image_directory", name=str(p))) from None
    except OSError as e:
        raise UnreadableImage(
            msg("face.image_cannot_read", name=str(p), why=e.strerror or type(e).__name__)
        ) from None
    return decode(data, str(p))
