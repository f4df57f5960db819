"""Fixtures for the documents area: ICAO's UTOPIA specimens (Doc 9303 parts 4-7)."""

from __future__ import annotations

import datetime as dt

import pytest

# The day the tests pretend it is, so that century rules and expiry are deterministic.
TODAY = dt.date(2026, 11, 27)

# The specimen MRZs printed in ICAO Doc 9303 (Anna Maria Eriksson of Utopia).
SPECIMENS = {
    # Part 4, machine readable passport (TD3).
    "TD3": (
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
    ),
    # Part 5, TD1 card.
    "TD1": (
        "I<UTOD231458907<<<<<<<<<<<<<<<",
        "7408122F1204159UTO<<<<<<<<<<<6",
        "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
    ),
    # Part 6, TD2 card.
    "TD2": (
        "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "D231458907UTO7408122F1204159<<<<<<<6",
    ),
    # Part 7, visa format A.
    "MRV-A": (
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
        "L8988901C4XXX4009078F96121096ZE184226B<<<<<<",
    ),
    # Part 7, visa format B.
    "MRV-B": (
        "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<",
        "L8988901C4XXX4009078F9612109<<<<<<<<",
    ),
}

# Part 5: a document number of more than 9 characters, continued in the optional data.
TD1_LONG_NUMBER = (
    "I<UTOD23145890<7349<<<<<<<<<<<",
    "3407127M9507122UTO<<<<<<<<<<<2",
    "STEVENSON<<PETER<JOHN<<<<<<<<<",
)


@pytest.fixture
def today() -> dt.date:
    return TODAY


def _openblas() -> object | None:
    """numpy's bundled OpenBLAS (best effort), to set its thread count."""
    import ctypes
    import glob
    import os

    import numpy

    libs = glob.glob(
        os.path.join(os.path.dirname(numpy.__file__), "..", "numpy.libs", "*openblas*")
    )
    try:
        lib = ctypes.CDLL(libs[0]) if libs else None
    except OSError:
        return None
    return lib if lib is not None and hasattr(lib, "scipy_openblas_set_num_threads64_") else None


@pytest.fixture(scope="package", autouse=True)
def one_thread_for_small_matrices():
    """The OCR multiplies small matrices: on the shared 2-core machine, BLAS and OpenCV
    threads only fight each other (a 3 s read took 30 s under load). One thread each
    while this package's tests run; restored afterwards."""
    import cv2

    lib = _openblas()
    before = lib.scipy_openblas_get_num_threads64_() if lib is not None else None
    cv_before = cv2.getNumThreads()
    if lib is not None:
        lib.scipy_openblas_set_num_threads64_(1)
    cv2.setNumThreads(1)
    yield
    cv2.setNumThreads(cv_before)
    if lib is not None and before:
        lib.scipy_openblas_set_num_threads64_(before)


@pytest.fixture
def templates_only(monkeypatch):
    """For tests of ocr_decide's rules 1-8 and 10 on template scores alone: with no cell
    features the face gate (rule 9) fails closed and would refuse every such reading, so
    it is taken as passed here; the gate itself is tested in test_ocr_face_gate.py."""
    from desktop.documents import ocr_decide

    monkeypatch.setattr(ocr_decide, "is_ocrb", lambda scores, feats=None: True)


@pytest.fixture(scope="session")
def ext_mrz_read(shared_dir):
    """`ext_mrz_read("pe-25_pass-uto.jpg")`: ocr.read_image of a shared ext-mrz picture at
    TODAY, read once per session (NoMrzFound raised again each time). The whole set is
    read by test_ocr_decide's never-wrong check; other tests assert on some of the same
    readings, which cost seconds each."""
    from desktop.documents import ocr

    readings: dict[str, object] = {}

    def read(name: str):
        if name not in readings:
            try:
                readings[name] = ocr.read_image(
                    shared_dir / "ext-mrz" / "images" / name, today=TODAY
                )
            except ocr.NoMrzFound as e:
                readings[name] = e
        got = readings[name]
        if isinstance(got, ocr.NoMrzFound):
            raise ocr.NoMrzFound(*got.args)
        return got

    return read
