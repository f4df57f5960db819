#!/usr/bin/env python3
"""Generates resources that are derived from Debian packages rather than committed:

- resources/fonts/NotoSansCJKtc-Regular.otf: the Traditional Chinese face taken out of
  Debian's Noto Sans CJK collection (fonts-noto-cjk), so the UI names it explicitly and
  never falls back to the Japanese glyphs;
- resources/translations/*.qm: compiled Qt catalogues from the .ts sources;
- further steps registered by the areas that need generated data (OCR-B templates).

Run by `make setup`; `--update-ts` also refreshes the .ts sources from the code.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "resources"
NOTO_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TC_FONT = RES / "fonts" / "NotoSansCJKtc-Regular.otf"
TC_FAMILY = "Noto Sans CJK TC"

# Modules with a `build_resources(resources_dir: Path) -> None` step.
EXTRA_STEPS: tuple[str, ...] = ("desktop.documents.glyphs",)


def extract_tc_font() -> None:
    if TC_FONT.exists():
        return
    from fontTools.ttLib import TTCollection

    if not NOTO_TTC.exists():
        sys.exit(f"build_resources: {NOTO_TTC} is missing (Debian package fonts-noto-cjk)")
    collection = TTCollection(str(NOTO_TTC), lazy=True)
    for font in collection.fonts:
        if font["name"].getDebugName(1) == TC_FAMILY:
            TC_FONT.parent.mkdir(parents=True, exist_ok=True)
            tmp = TC_FONT.with_suffix(".tmp")
            font.save(str(tmp))
            tmp.replace(TC_FONT)
            print(
                f"build_resources: wrote {TC_FONT.relative_to(ROOT)} "
                f"({TC_FONT.stat().st_size // 1024} KiB)"
            )
            return
    sys.exit(f"build_resources: no '{TC_FAMILY}' face in {NOTO_TTC}")


def _qt_tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def update_ts() -> None:
    sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
    import message_ts

    from desktop.messages import load_all

    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    for ts in sorted((RES / "translations").glob("*.ts")):
        # lupdate drops the domain's message codes (not in ui/): put them back after it
        kept = {c: t for c, (t, done) in message_ts.existing(ts.read_text("utf-8")).items() if done}
        cmd = [_qt_tool("lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts)]
        subprocess.run(cmd, check=True)
        text = message_ts.updated(ts.read_text("utf-8"), ts.stem, load_all(), kept)
        ts.write_text(text, encoding="utf-8")


def compile_translations() -> None:
    for ts in sorted((RES / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--update-ts", action="store_true", help="refresh .ts sources from ui/")
    args = ap.parse_args()
    extract_tc_font()
    if args.update_ts:
        update_ts()
    compile_translations()
    sys.path.insert(0, str(ROOT))
    for name in EXTRA_STEPS:
        importlib.import_module(name).build_resources(RES)


if __name__ == "__main__":
    main()
