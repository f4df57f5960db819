"""Work around a PySide6 6.12 reference-count bug on Python 3.11: every call of a Qt
method that returns nothing (QLabel.setText, QPainter.drawLine, setEnabled, ...) takes one
reference from `None` and gives none back (measured: 1000 calls of QLabel.setText lower
`sys.getrefcount(None)` by exactly 1000; one render of the status bar by 7). Python 3.12
made None immortal, so the bindings' missing increment is harmless there; on 3.11 the
count reaches zero and the process aborts ("Fatal Python error: none_dealloc") — after
~30,000 such calls: a PDF of a 20,000-record report, or some hours of a window whose
status bar refreshes every 5 s.

`immortalise_none()` does for None what 3.12 does: a reference count no program can
exhaust. Call it before the first Qt call. It does nothing on 3.12 and later."""

from __future__ import annotations

import ctypes
import sys

_HUGE = 1 << 60


def immortalise_none() -> bool:
    """Returns whether the count was raised (only where None is not immortal already)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    refcnt = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, first field of PyObject
    if refcnt.value < _HUGE // 2:
        refcnt.value += _HUGE
    return True
