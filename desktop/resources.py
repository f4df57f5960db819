"""Where shipped resources live: the source tree, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


TC_FONT_FILE = ("fonts", "NotoSansCJKtc-Regular.otf")
TC_FONT_FAMILY = "Noto Sans CJK TC"
LANGUAGES = ("zh_TW", "en")
