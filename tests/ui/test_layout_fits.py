"""Nothing an officer reads is cut off: every screen of the main window (with a hit on
the inspection screen) and the F12 dialog, at 1280x800 and 1920x1080, in both languages
and with the large-text option. A label's text must fit its width (or, wrapped, its
height), a button's and a group's title their width, a tab's title its tab, a table's
column title its column, and the window must fit the screen at all."""

from __future__ import annotations

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QStyle,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from tests.ui.test_inspection_flow import scan
from ui import i18n

SCREENS = ((1280, 800), (1920, 1080))


def clipped(root: QWidget) -> list[str]:
    """What does not fit, one line each ('' when everything does)."""
    out: list[str] = []

    def name(w: QWidget) -> str:
        return f"{type(w).__name__} {w.objectName() or ''}".strip()

    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            rich = w.textFormat() == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(w.text())
            rect = w.contentsRect()
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    out.append(f"{name(w)} {w.text()!r}: needs {need} px high, has {w.height()}")
            elif not rich:  # rich text's width is its document's, not its source's
                for line in w.text().split("\n"):
                    if fm.horizontalAdvance(line) > rect.width() + 1:
                        out.append(
                            f"{name(w)} {line!r}: needs {fm.horizontalAdvance(line)} px, "
                            f"has {rect.width()}"
                        )
        elif isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                out.append(
                    f"{name(w)} {w.text()!r}: needs {w.sizeHint().width()} px, has {w.width()}"
                )
        elif isinstance(w, QGroupBox) and w.title():
            if fm.horizontalAdvance(w.title()) + 16 > w.width():
                out.append(f"{name(w)} title {w.title()!r} wider than {w.width()} px")
        elif isinstance(w, QTabWidget):
            bar = w.tabBar()
            for i in range(bar.count()):
                if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width():
                    out.append(f"tab {bar.tabText(i)!r} elided")
        elif isinstance(w, QTableWidget):
            header = w.horizontalHeader()
            hfm = header.fontMetrics()
            pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is None or header.isSectionHidden(c):
                    continue
                if hfm.horizontalAdvance(item.text()) + pad > header.sectionSize(c):
                    out.append(f"{name(w)} column {item.text()!r}: {header.sectionSize(c)} px")
    return out


@pytest.fixture
def language(qapp, request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.fixture
def text_size(qapp, request):
    i18n.install_font(qapp)  # measured with the font the workstation shows
    i18n.set_text_size(QApplication.instance(), large=request.param)
    yield request.param
    i18n.set_text_size(QApplication.instance(), large=False)


@pytest.mark.parametrize("text_size", [False, True], ids=["normal", "large"], indirect=True)
@pytest.mark.parametrize("language", ["zh_TW", "en"], indirect=True)
def test_no_screen_cuts_its_text(qtbot, counter, language, text_size):
    from ui.supervisor_auth import SupervisorAuthDialog

    window = counter("sup", "super-pass")
    scan(qtbot, window, "person of interest, Wade-Giles vs listed Han + Wade-Giles (arrest)")
    assert window.inspection.hits.tree.topLevelItemCount() >= 1
    problems: list[str] = []
    for width, height in SCREENS:
        hint = window.minimumSizeHint()
        if hint.width() > width or hint.height() > height:
            problems.append(
                f"{width}x{height}: the window needs at least {hint.width()}x{hint.height()}"
            )
        window.resize(width, height)
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            qtbot.wait(150)  # the tab's data arrives from the worker pool
            QApplication.processEvents()
            problems += [
                f"{width}x{height} tab {window.tabs.tabText(i)!r}: {p}" for p in clipped(window)
            ]
        window.tabs.setCurrentIndex(0)
    dialog = SupervisorAuthDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    problems += [f"F12 dialog: {p}" for p in clipped(dialog)]
    assert problems == [], "\n".join(problems)


def test_large_text_is_a_counter_preference(qtbot, profile, english):
    """View > Large text switches every widget at once and the counter keeps it: the next
    start (the login dialog included) opens with large text."""
    from desktop import officers
    from ui.app import Workstation

    app = QApplication.instance()
    i18n.install_font(app)
    ws = Workstation(app, profile, "en", login=officers.unlock)
    dialog = ws.show_login()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.logged_in, timeout=15000):
        dialog.user.setText("chen")
        dialog.password.setText("officer-pass")
        dialog.button.click()
    window = ws.window
    assert window is not None and not window.large_text_action.isChecked()
    label = window.inspection.caption
    before = label.font().pointSize()
    try:
        window.large_text_action.trigger()
        qtbot.waitUntil(lambda: label.font().pointSize() == i18n.LARGE_POINT_SIZE > before)
        assert ws.prefs.value("large_text") == "true"
        i18n.set_text_size(app, large=False)  # as a new start would find the font
        again = Workstation(app, profile, "en", login=officers.unlock)
        assert i18n.large_text() and again.prefs.value("large_text") == "true"
    finally:
        i18n.set_text_size(app, large=False)
        window.stop_background()
        window.session.close()
