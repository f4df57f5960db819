"""Shared fixtures. Areas keep their own fixtures in tests/<area>/conftest.py."""

from __future__ import annotations

import os

# GUI tests run without a display (CI has none); set before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
