#!/usr/bin/env python3
"""Keeps the "Messages" context of the Qt catalogues in step with the domain's codes.

Every code of `desktop.messages.CATALOGUE` gets one entry in `resources/translations/
zh_TW.ts` and `en.ts`: source = the code, extracomment = the English template (what a
translator translates), translation = the language's template. Existing translations
are kept; a new code gets the English in en.ts and an unfinished entry in zh_TW.ts
(tests/ui/test_messages.py fails until it is translated); codes no longer defined are
dropped. lupdate never sees these entries (they are not in ui/), so
`scripts/build_resources.py --update-ts` runs this after it.

  message_ts.py          rewrite the contexts
  message_ts.py --check  exit 1 if a catalogue is not in step (nothing written)
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
CONTEXT = "Messages"
_BLOCK = re.compile(r"<context>\s*<name>" + CONTEXT + r"</name>.*?</context>\n", re.DOTALL)
_NAME = re.compile(r"<context>\s*<name>([^<]+)</name>")


def existing(ts_text: str) -> dict[str, tuple[str, bool]]:
    """code -> (translation, finished) of the Messages context in `ts_text`."""
    m = _BLOCK.search(ts_text)
    if m is None:
        return {}
    out = {}
    for message in ET.fromstring(m.group(0)).iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        text = "" if tr is None or tr.text is None else tr.text
        out[source] = (text, tr is not None and tr.get("type") != "unfinished" and bool(text))
    return out


def block(catalogue: dict[str, str], translations: dict[str, tuple[str, bool]]) -> str:
    lines = ["<context>", f"    <name>{CONTEXT}</name>"]
    for code in sorted(catalogue):
        text, finished = translations.get(code, ("", False))
        unfinished = "" if finished else ' type="unfinished"'
        lines += [
            "    <message>",
            f"        <source>{escape(code, quote=False)}</source>",
            f"        <extracomment>{escape(catalogue[code], quote=False)}</extracomment>",
            f"        <translation{unfinished}>{escape(text, quote=False)}</translation>",
            "    </message>",
        ]
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def updated(ts_text: str, lang: str, catalogue: dict[str, str],
            extra: dict[str, str] | None = None) -> str:  # fmt: skip
    """`ts_text` with its Messages context rebuilt (`extra`: translations to set)."""
    translations = existing(ts_text)
    for code, template in catalogue.items():
        if lang == "en" and not translations.get(code, ("", False))[1]:
            translations[code] = (template, True)
    for code, text in (extra or {}).items():
        translations[code] = (text, True)
    new = block(catalogue, translations)
    m = _BLOCK.search(ts_text)
    if m is not None:
        return ts_text[: m.start()] + new + ts_text[m.end() :]
    # contexts are in alphabetical order (as lupdate writes them): insert in place
    for c in _NAME.finditer(ts_text):
        if c.group(1) > CONTEXT:
            return ts_text[: c.start()] + new + ts_text[c.start() :]
    end = ts_text.rindex("</TS>")
    return ts_text[:end] + new + ts_text[end:]


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    from desktop.messages import load_all

    catalogue = load_all()
    stale = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        text = ts.read_text(encoding="utf-8")
        new = updated(text, ts.stem, catalogue)
        if new != text:
            stale.append(ts.name)
            if "--check" not in argv:
                ts.write_text(new, encoding="utf-8")
    if stale and "--check" in argv:
        print(f"message_ts: not in step with the catalogue: {', '.join(stale)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
