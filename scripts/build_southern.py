"""Write two reading tables of desktop/screening/data/ from published packages (the
product reads the committed files and imports neither package):

- `hokkien_tailo.tsv`: Hokkien readings of 4,631 characters in Tai-lo, tones removed,
  from `taibun` 1.1.8's prons.msgpack (code MIT; the data is the Taiwanese-Chinese Online
  Dictionary and the iTaigi dictionary via ChhoeTaigi, CC BY-SA 4.0, so this derived
  table is CC BY-SA 4.0 too).
- `hanja_hangul.tsv`: the Korean reading (Hangul) of 27,497 Hanja, one Hangul syllable a
  line followed by its Hanja, from `hanja` 0.15.1's table.yml (WTFPL), in its dictionary
  form (李 리: the initial-sound rule, 리 -> 이 at the start of a name, is applied by
  `korean.hanja_readings`).

Run: `pip download --no-deps -d W taibun==1.1.8 hanja==0.15.1`, `pip install msgpack`
(the taibun data format), then `python scripts/build_southern.py W`.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "desktop" / "screening" / "data"


def _toneless(tailo: str) -> str:
    """'tsi̍t' -> 'tsit': Tai-lo tone marks are combining marks over the vowels."""
    s = "".join(c for c in unicodedata.normalize("NFD", tailo) if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", s).lower()


def hokkien(wheel: Path) -> str:
    import msgpack

    with zipfile.ZipFile(wheel) as z:
        prons = msgpack.unpackb(z.read("taibun/data/prons.msgpack"), raw=False)
    lines = [
        "# Hokkien readings of characters in Tai-lo (Taiwan Ministry of Education spelling),",
        "# tones removed; 'a/b': the two accents' readings. From taibun 1.1.8 (PyPI),",
        "# data/prons.msgpack: Taiwanese-Chinese Online Dictionary and iTaigi via ChhoeTaigi.",
        "# Licence: CC BY-SA 4.0 (the data's licence; this derived table keeps it).",
        "# Built by scripts/build_southern.py. char<TAB>readings (space-separated)",
    ]
    for ch, readings in sorted(prons.items()):
        forms = []
        for r in readings:
            for part in r.split("/"):
                t = _toneless(part)
                if t.isascii() and t.isalpha() and t not in forms:
                    forms.append(t)
        if len(ch) == 1 and forms:
            lines.append(f"{ch}\t{' '.join(forms)}")
    return "\n".join(lines) + "\n"


def hanja(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as z:
        text = z.read("hanja/table.yml").decode("utf-8")
    by_hangul: dict[str, list[str]] = defaultdict(list)
    for line in text.splitlines():
        m = re.match(r'"(.+?)": "(.+?)"', line.strip())
        if m:
            han, hangul = json.loads(f'"{m.group(1)}"'), json.loads(f'"{m.group(2)}"')
            if len(han) == 1 and len(hangul) == 1:
                by_hangul[hangul].append(han)
    lines = [
        "# Korean readings of Hanja: a Hangul syllable, then the Hanja read so (dictionary",
        "# form: 李 under 리; the initial-sound rule is applied in korean.py).",
        "# From hanja 0.15.1 (PyPI, github.com/suminb/hanja), hanja/table.yml. Licence: WTFPL.",
        "# Built by scripts/build_southern.py. hangul<TAB>hanja characters",
    ]
    lines += [f"{h}\t{''.join(chars)}" for h, chars in sorted(by_hangul.items())]
    return "\n".join(lines) + "\n"


def main(folder: Path) -> None:
    (DATA / "hokkien_tailo.tsv").write_text(
        hokkien(next(folder.glob("taibun-1.1.8-*.whl"))), encoding="utf-8"
    )
    (DATA / "hanja_hangul.tsv").write_text(
        hanja(next(folder.glob("hanja-0.15.1-*.whl"))), encoding="utf-8"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
