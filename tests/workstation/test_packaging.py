"""An installed package (a wheel, `pip install .`) carries every data file the code
reads: the name tables of desktop/screening/data were missing from it (compare_names
then raised FileNotFoundError), found only from a checkout or the PyInstaller bundle."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_data_file_of_a_package_is_in_its_package_data():
    conf = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = conf["tool"]["setuptools"]["package-data"]
    packages = [p.rstrip("*") for p in conf["tool"]["setuptools"]["packages"]["find"]["include"]]
    missing = []
    for pkg in packages:
        base = ROOT / pkg
        for f in base.rglob("*"):
            if not f.is_file() or f.suffix in (".py", ".pyc") or "__pycache__" in f.parts:
                continue
            rel = f.relative_to(base).as_posix()
            if not any(fnmatch.fnmatch(rel, g) for g in data.get(pkg, [])):
                missing.append(f"{pkg}/{rel}")
    assert not missing, missing
    assert (ROOT / "desktop" / "screening" / "data" / "syllables.tsv").exists()
