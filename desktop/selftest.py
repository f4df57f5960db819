"""Installation self-test: one line per check, for installers (`selftest`)."""

from __future__ import annotations

import importlib
import os
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.resources import LANGUAGES, TC_FONT_FAMILY, TC_FONT_FILE, resource


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


MODULES = (
    "PySide6.QtWidgets",
    "sqlcipher3",
    "sqlalchemy",
    "alembic",
    "smartcard",
    "cv2",
    "numpy",
    "PIL",
    "cryptography",
    "asn1crypto",
    "ecdsa",
    "requests",
    "apscheduler",
    "pypinyin",
    "pykakasi",
    "rapidfuzz",
    "platformdirs",
    "dlib",
)


def check_imports() -> str:
    for name in MODULES:
        importlib.import_module(name)
    return f"{len(MODULES)} modules"


def _qt_app() -> object:
    from PySide6.QtGui import QGuiApplication

    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication.instance() or QGuiApplication(["selftest"])


def check_qt() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    _qt_app()
    return f"platform plugin '{QGuiApplication.platformName()}' (PySide6 {pyside_version})"


def check_database() -> str:
    import sqlcipher3

    from local_store import Store, StoreError, settings

    marker = "SELFTEST-" + secrets.token_hex(4)
    key = secrets.token_bytes(32)
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "t.db"
        with Store.open(path, key) as s, s.write() as c:
            settings.put(c, "marker", marker)
        with Store.open(path, key) as s:
            with s.read() as c:
                if settings.get(c, "marker") != marker:
                    raise RuntimeError("value read back differs")
            problems = s.full_check()  # cipher_integrity_check + integrity_check
            if problems:
                raise RuntimeError("; ".join(problems[:3]))
        for f in Path(d).iterdir():
            if marker.encode() in f.read_bytes():
                raise RuntimeError(f"plaintext found in {f.name}")
        try:
            Store.open(path, secrets.token_bytes(32)).close()
        except StoreError:
            pass
        else:
            raise RuntimeError("a wrong key opened the database")
    version = sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    return f"encrypted round trip, page checks pass, wrong key refused (SQLCipher {version})"


def check_store(profile_root: Path | None = None) -> str:
    """This workstation's store.db, every page (cipher_integrity_check, integrity_check),
    and its open incidents. Opens it with the machine slot; without one, `audit verify
    --user NAME` does the same check."""
    from desktop.config import Profile
    from local_store import Store, StoreDamaged, integrity
    from local_store.keyslots import KeySlots, NoSuchSlot

    profile = Profile.at(profile_root)
    if not profile.keyslots.exists():
        return f"no workstation profile at {profile.root} (nothing to check)"
    try:
        key = KeySlots(profile.keyslots).unwrap_machine()
    except NoSuchSlot:
        return "no machine slot: run `audit verify --user NAME` for the store's page checks"
    try:
        with Store.open(profile.database, key, must_exist=True, enforce=False) as s:
            problems = s.full_check()
    except StoreDamaged as e:
        raise RuntimeError(str(e)) from None
    if problems:
        raise RuntimeError(str(integrity.detected(profile.database, "malformed", problems[0])))
    found = integrity.open_incidents(profile.database)
    if found:
        raise RuntimeError(
            f"{len(found)} open incident(s), the last: {found[-1].problem} ({found[-1].detail}); "
            "`audit verify` clears them once the store checks out"
        )
    size = profile.database.stat().st_size
    return f"{profile.database} ({size // 1024} KiB): every page authenticates, structure intact"


def check_pcsc() -> str:
    from smartcard.scard import (
        SCARD_S_SUCCESS,
        SCARD_SCOPE_USER,
        SCardEstablishContext,
        SCardGetErrorMessage,
        SCardListReaders,
        SCardReleaseContext,
    )

    rc, ctx = SCardEstablishContext(SCARD_SCOPE_USER)
    if rc != SCARD_S_SUCCESS:
        raise RuntimeError(f"{SCardGetErrorMessage(rc)} (is pcscd running?)")
    try:
        rc, readers = SCardListReaders(ctx, [])
        n = len(readers) if rc == SCARD_S_SUCCESS else 0
    finally:
        SCardReleaseContext(ctx)
    return f"service reachable, {n} reader(s)"


def check_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    path = resource(*TC_FONT_FILE)
    if not path.exists():
        raise RuntimeError(f"{path} is missing (make setup generates it)")
    _qt_app()
    fid = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    if TC_FONT_FAMILY not in families:
        raise RuntimeError(f"{path.name} did not load as '{TC_FONT_FAMILY}'")
    return f"'{TC_FONT_FAMILY}' loads"


def check_translations() -> str:
    from PySide6.QtCore import QTranslator

    for lang in LANGUAGES:
        qm = resource("translations", f"{lang}.qm")
        if not QTranslator().load(str(qm)):
            raise RuntimeError(f"{qm} is missing or unreadable")
    return ", ".join(LANGUAGES)


def check_ocr() -> str:
    from desktop.documents import glyphs
    from desktop.resources import resources_dir

    path = resources_dir() / glyphs.RESOURCE
    if not path.exists():
        raise RuntimeError(f"{path} is missing (make setup generates it)")
    labels, _, _ = glyphs.load(resources_dir())
    from desktop.documents import ocr_lookalike

    net = ocr_lookalike.Net.get()
    if net is None:
        # The reader still works, but refuses every look-alike the templates leave open.
        raise RuntimeError(f"{resources_dir() / ocr_lookalike.RESOURCE} is missing or unreadable")
    cnn = ocr_lookalike.Cnn.get()
    if cnn is None:
        # Likewise: look-alikes then rest on the MLP alone.
        raise RuntimeError(
            f"{resources_dir() / ocr_lookalike.CNN_RESOURCE} is missing or unreadable"
        )
    return (
        f"{len(labels)} OCR-B prototypes, {len(net.groups)} look-alike classifiers "
        "and the look-alike CNN"
    )


def check_face() -> str:
    """The two face model files (and only those) load, and the encoder runs."""
    import numpy as np

    from desktop.biometrics import models

    loaded = models.load()
    grey = np.full((150, 150, 3), 128, dtype=np.uint8)
    descriptor = loaded.encoder.compute_face_descriptor(grey)
    if len(descriptor) != 128:
        raise RuntimeError(f"the face encoder gave {len(descriptor)} values, 128 expected")
    return f"{', '.join(models.MODEL_FILES)} load in {loaded.load_seconds:.2f} s"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("imports", check_imports),
    ("qt", check_qt),
    ("database", check_database),
    ("store", check_store),
    ("pcsc", check_pcsc),
    ("fonts", check_fonts),
    ("translations", check_translations),
    ("ocr", check_ocr),
    ("face", check_face),
]


def run(skip: frozenset[str] = frozenset(), profile: Path | None = None) -> list[CheckResult]:
    results = []
    for name, check in CHECKS:
        if name in skip:
            continue
        try:
            detail = check_store(profile) if check is check_store else check()
            results.append(CheckResult(name, True, detail))
        except Exception as e:  # each failure is reported, the others still run
            results.append(CheckResult(name, False, f"{type(e).__name__}: {e}"))
    return results
