"""Write desktop/screening/data/thai_names.txt: Thai given names and family names in the
Royal Thai General System of Transcription (RTGS, the Royal Institute's system), from
Korkeat Wannapat's Thai Male and Female Names Corpus (CC BY-SA 4.0; github
korkeatw/thai-names-corpus) as the `pythainlp` package 5.4.0 ships it
(corpus/person_names_male_th.txt, person_names_female_th.txt, family_names_th.txt),
romanised by that package's rule-based RTGS engine (`romanize(..., engine="royin")`).
A dev-time source only (pip install pythainlp==5.4.0 --no-deps: the royin engine needs
none of its dependencies); the product reads the committed file.

The engine is rules, not a dictionary: some names come out in a form nobody writes
(อนุชา NUCHA for ANUCHA, ประเสริฐ PRASERIT for PRASOET). Such a form only leaves its name
unjudged (the rule in score.py wants both names on the list); a name the engine spells
right is RTGS as Thai passports print it by default.

What it is for (issue 12, Build item 3): two Thai given names on the list, or two Thai
family names (each family's surname is its own by law), two keying steps apart or more
once Thai customary spellings are folded, are two names: `score.distinct_thai`.

It also writes desktop/screening/data/thai_script_names.txt: each corpus name in Thai
script with the same engine's RTGS spelling, which `brahmic.thai_table_reading` reads a
Thai-script name by where its own rules go wrong (สมพงษ์ SOMPHONG, not SAMAPHONG), for
the comparison only (stored keys keep the rules' reading).

Run: `python scripts/build_thai_names.py` with pythainlp importable.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "desktop" / "screening" / "data" / "thai_names.txt"
FILES = {"M": "person_names_male_th.txt", "F": "person_names_female_th.txt",
         "S": "family_names_th.txt"}  # fmt: skip
SCRIPT_OUT = ROOT / "desktop" / "screening" / "data" / "thai_script_names.txt"
SCRIPT_HEADER = """# Thai names in Thai script and their RTGS (pythainlp 5.4.0's royin engine),
# from Korkeat Wannapat's Thai Male and Female Names Corpus (CC BY-SA 4.0, github
# korkeatw/thai-names-corpus, shipped in pythainlp's corpus). Written by
# scripts/build_thai_names.py: do not edit. THAI<TAB>RTGS
"""
HEADER = """# Thai given names (M, F) and family names (S) in RTGS, romanised by pythainlp 5.4.0's
# royin engine from Korkeat Wannapat's Thai Male and Female Names Corpus (CC BY-SA 4.0,
# github korkeatw/thai-names-corpus, shipped in pythainlp's corpus). Written by
# scripts/build_thai_names.py: do not edit. NAME<TAB>kinds
"""


def build() -> tuple[str, str]:
    """(thai_names.txt, thai_script_names.txt)"""
    from pythainlp.transliterate import romanize

    spec = importlib.util.find_spec("pythainlp")
    assert spec and spec.origin, "pip install pythainlp==5.4.0 --no-deps (dev only)"
    corpus = Path(spec.origin).parent / "corpus"
    kinds: dict[str, set[str]] = {}
    script: dict[str, str] = {}
    for kind, file in FILES.items():
        for line in (corpus / file).read_text(encoding="utf-8").splitlines():
            thai = line.strip()
            if not thai:
                continue
            latin = romanize(thai, engine="royin").upper()
            if latin.isascii() and latin.isalpha() and len(latin) >= 3:
                kinds.setdefault(latin, set()).add(kind)
                script[thai] = latin
    rows = [f"{name}\t{''.join(sorted(k))}" for name, k in sorted(kinds.items())]
    pairs = [f"{thai}\t{latin}" for thai, latin in sorted(script.items())]
    return HEADER + "\n".join(rows) + "\n", SCRIPT_HEADER + "\n".join(pairs) + "\n"


if __name__ == "__main__":
    names, script = build()
    OUT.write_text(names, encoding="utf-8")
    SCRIPT_OUT.write_text(script, encoding="utf-8")
    print(f"wrote {OUT}, {SCRIPT_OUT}")
