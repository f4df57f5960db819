"""Language and font: Qt translators for zh_TW / en, and the bundled Traditional Chinese
font named explicitly (otherwise Qt picks the Japanese glyph variants for Han text)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.resources import LANGUAGES, TC_FONT_FAMILY, TC_FONT_FILE, resource

log = logging.getLogger(__name__)
DEFAULT_LANGUAGE = "zh_TW"
LANGUAGE_NAMES = {"zh_TW": "繁體中文", "en": "English"}
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()
    return (
        "zh_TW"
        if name.startswith(("zh_TW", "zh_HK", "zh_Hant"))
        else ("en" if name.startswith("en") else DEFAULT_LANGUAGE)
    )


def set_language(lang: str) -> str:
    """Install the catalogues for `lang`; returns the language actually used."""
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    assert app is not None
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    ours = QTranslator()
    if ours.load(str(resource("translations", f"{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation catalogue for %s is missing", lang)
    qt = QTranslator()  # Qt's own strings (standard buttons, dialogs)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(lang))
    return lang


NORMAL_POINT_SIZE = 11
# The large-text option (per counter): a third larger, for officers who read the
# screen from further away or need larger type; every screen is checked to fit with it.
LARGE_POINT_SIZE = 15


def set_text_size(app: QApplication, *, large: bool) -> None:
    """Switch every widget between the normal and the large text size."""
    font = app.font()
    font.setPointSize(LARGE_POINT_SIZE if large else NORMAL_POINT_SIZE)
    app.setFont(font)


def large_text() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and app.font().pointSize() >= LARGE_POINT_SIZE


def install_font(app: QApplication, point_size: int = NORMAL_POINT_SIZE) -> bool:
    """Load the bundled Noto Sans CJK TC and make it the application font."""
    fid = QFontDatabase.addApplicationFont(str(resource(*TC_FONT_FILE)))
    if fid < 0 or TC_FONT_FAMILY not in QFontDatabase.applicationFontFamilies(fid):
        log.warning("the Traditional Chinese font did not load; Han text may render wrongly")
        return False
    font = QFont()
    font.setFamilies([TC_FONT_FAMILY])
    font.setPointSize(point_size)
    app.setFont(font)
    return True
