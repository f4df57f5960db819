"""DESIGN.md's import rules ("Layout"), checked on the source: every `import`, `from ...
import` and `importlib.import_module("...")` of the product's packages, parsed with `ast`
(nothing is imported, so a rule broken inside a function that no test runs fails too)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("desktop", "ui", "local_store", "sync", "protocol", "central", "virtual_passport")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module's file, relative to the root
    target: str  # the dotted name imported
    line: int
    top_level: bool  # at import time (not inside a function)


def _imports(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    rel = path.relative_to(ROOT).as_posix()
    package = rel.split("/")[:-1]
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    found.append(Import(rel, alias.name, child.lineno, not in_function))
            elif isinstance(child, ast.ImportFrom):
                if child.level:  # relative: resolve against the importing package
                    base = package[: len(package) - child.level + 1]
                    target = ".".join([*base, *([child.module] if child.module else [])])
                else:
                    target = child.module or ""
                found.extend(
                    Import(rel, f"{target}.{alias.name}", child.lineno, not in_function)
                    for alias in child.names
                )
            elif (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "import_module"
                and child.args
                and isinstance(child.args[0], ast.Constant)
                and isinstance(child.args[0].value, str)
            ):
                found.append(Import(rel, child.args[0].value, child.lineno, not in_function))
            visit(child, inside)

    visit(tree, False)
    return found


def _all_imports() -> list[Import]:
    out: list[Import] = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            out += _imports(path)
    return out


IMPORTS = _all_imports()


def _top(target: str) -> str:
    return target.split(".")[0]


def _broken(
    importers: tuple[str, ...], forbidden: tuple[str, ...], allowed: dict[str, str] | None = None
) -> list[str]:
    """Imports by modules under `importers` of packages in `forbidden`, except those an
    `allowed` entry (file -> package, with the reason in DESIGN.md) permits."""
    allowed = allowed or {}
    return [
        f"{i.module}:{i.line} imports {i.target}"
        for i in IMPORTS
        if i.module.split("/")[0] in importers
        and _top(i.target) in forbidden
        and allowed.get(i.module) != _top(i.target)
    ]


def test_the_parser_sees_imports_of_every_kind():
    """The checks below are only as good as this: plain, from, lazy, importlib."""
    kinds = {(i.top_level, _top(i.target)) for i in IMPORTS}
    assert (True, "protocol") in kinds and (False, "ui") in kinds
    assert any(i.module == "desktop/__main__.py" and i.target == "ui.app" for i in IMPORTS)
    assert len(IMPORTS) > 1000


def test_protocol_imports_neither_side():
    assert _broken(("protocol",), tuple(p for p in PACKAGES if p != "protocol")) == []


def test_local_store_imports_only_the_protocol():
    assert _broken(("local_store",), ("desktop", "ui", "sync", "central", "virtual_passport")) == []


def test_sync_imports_only_local_store_and_the_protocol():
    assert _broken(("sync",), ("desktop", "ui", "central", "virtual_passport")) == []


# The entry points that may reach the window (DESIGN.md, "Layout").
UI_ENTRY_POINTS = {
    "desktop/__main__.py": "ui",  # no command: the window
    "desktop/commands/demo.py": "ui",  # the demo opens the window
    "desktop/commands/reports.py": "ui",  # report --pdf renders with Qt
}


def test_nothing_but_the_entry_points_imports_ui():
    assert _broken(("desktop", "central", "virtual_passport"), ("ui",), UI_ENTRY_POINTS) == []
    for i in IMPORTS:
        if _top(i.target) == "ui" and i.module in UI_ENTRY_POINTS:
            assert not i.top_level, f"{i.module}:{i.line}: the window only when asked for"


def test_ui_reaches_the_store_and_sync_only_through_desktop():
    assert _broken(("ui",), ("local_store", "sync", "central", "virtual_passport")) == []


# Qt outside ui/: only inside functions, only where the GUI or the Qt check asks for it.
QT_OUTSIDE_UI = {
    "desktop/selftest.py": "PySide6",  # `selftest` checks the Qt platform, fonts, translations
    "desktop/commands/demo.py": "PySide6",  # the demo's window preferences (QSettings)
    "desktop/commands/reports.py": "PySide6",  # report --pdf: an offscreen QApplication
    "sync/scheduler.py": "PySide6",  # QtScheduler, built only for the window
}


def test_domain_code_is_qt_free():
    domain = ("desktop", "local_store", "sync", "protocol", "central", "virtual_passport")
    assert _broken(domain, ("PySide6", "shiboken6"), QT_OUTSIDE_UI) == []
    lazy = [i for i in IMPORTS if i.module in QT_OUTSIDE_UI and _top(i.target) == "PySide6"]
    assert lazy and not any(i.top_level for i in lazy)
    widgets = [i for i in IMPORTS if "QtWidgets" in i.target and i.module.split("/")[0] != "ui"]
    assert {i.module for i in widgets} <= set(UI_ENTRY_POINTS), "no Qt widget outside ui/"


def test_the_central_shares_only_the_protocol_and_the_screening_core():
    assert _broken(("central",), ("ui", "virtual_passport", "PySide6")) == []
    reached = {
        ".".join(i.target.split(".")[:2]) for i in IMPORTS
        if i.module.startswith("central/") and _top(i.target) == "desktop"
    }  # fmt: skip
    # desktop.screening: re-screening and APP; desktop.chip: `load csca` reads master lists
    # with the reader's own checks; desktop.errors: the exit codes of the command line.
    assert reached <= {"desktop.screening", "desktop.chip", "desktop.errors"}, reached


def test_the_workstation_never_imports_the_central():
    assert _broken(("desktop", "ui", "local_store", "sync", "protocol"), ("central",)) == []


def test_the_virtual_passport_is_a_test_rig():
    """Used by tests, the bench and the demo; the chip reader never depends on it."""
    allowed = {"desktop/demo.py": "virtual_passport"}
    product = ("desktop", "ui", "local_store", "sync", "protocol", "central")
    assert _broken(product, ("virtual_passport", "tests", "bench"), allowed) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_is_shipped(package):
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert f'"{package}*"' in pyproject
    if package != "central":  # the reference central is not in the workstation's bundle
        assert f'collect_submodules("{package}")' in (ROOT / "build.spec").read_text()


def test_the_api_paths_are_written_once():
    """Every path of the HTTP API is in protocol.ROUTES; the client, the central, the demo
    and the bench take it from there (a "/v1/..." literal elsewhere is a second copy)."""
    import re

    path = re.compile(r"/v\d+(/\S*)?")
    copies = []
    for package in (*PACKAGES, "bench"):
        for file in sorted((ROOT / package).rglob("*.py")):
            if file == ROOT / "protocol" / "__init__.py":
                continue
            for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and any(path.fullmatch(word) for word in node.value.split())
                    and " " not in node.value.strip()
                ):
                    copies.append(f"{file.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    assert copies == []
