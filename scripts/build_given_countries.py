"""Write desktop/screening/data/given_names_countries.txt: the given names each country
ranks among its GIVEN_TOP commonest, for the HOMES countries where a name ranks best,
in the `names-dataset` package (3.3.1, Apache-2.0;
counts built by its author from the 2021 Facebook leak, aggregate per country), by the
sex that 20 % or more of their bearers have. A dev-time source only (55.7 MB), never
imported by the product, which reads the committed file.

What it is for (issue 12, Build item 3): two given names that one country ranks among
its common names are two names in use there, not a keying slip of one (RAJESH / RAKESH
in India, AMIN / AMIR in Iran); score.py's given-name rule caps such a pair unless the
birth date and nationality agree. One country's list, not all of them: a name common in
one country is often another's spelling of a name common elsewhere (PEDRO / PIETRO).

Run: `pip install names-dataset==3.3.1` (dev only), then
`python scripts/build_given_countries.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_surnames import _dataset_pickle, _latin_fold, _rows  # noqa: E402

OUT = ROOT / "desktop" / "screening" / "data" / "given_names_countries.txt"
# Deeper, more pairs of two names in use are told apart, but a keying slip of a common
# name lands on a rarer listed one more often (measured: bench.names_capped).
GIVEN_TOP = 1000
# How many countries a name is listed for: those where it ranks best.
HOMES = 3
# Countries whose people's names the Latin-script (or Cyrillic, Greek) entries spell:
# Western Europe and the Americas, Eastern Europe, the Arabic-speaking countries, Iran,
# Turkey, Israel, South and Southeast Asia, Japan, Nigeria. Not China, Taiwan, Hong Kong:
# their romanised syllables are judged by the syllable tables.
COUNTRIES = (
    "US", "GB", "IE", "CA", "DE", "AT", "CH", "NL", "BE", "FR", "IT", "ES", "PT", "BR", "MX",
    "AR", "CO", "CL", "PE", "PL", "CZ", "HU", "HR", "RS", "BG", "GR", "RU", "KZ", "TR", "IL",
    "EG", "SA", "MA", "DZ", "IQ", "JO", "TN", "LB", "SY", "AE", "IR", "IN", "BD", "JP", "MY",
    "ID", "PH", "NG",
)  # fmt: skip


def build(top: int = GIVEN_TOP) -> str:
    by: dict[tuple[str, str], set[str]] = {}
    for name, attrs in _dataset_pickle("first_names.pkl.gz").items():
        ranks = attrs["rank"]
        # its homes: the HOMES countries (of COUNTRIES) where it ranks best, those within
        # `top`; not every country its diaspora took it to (ANDRES ranks in the US too,
        # where it is ANDREW's Spanish form, not an American name beside it)
        best = sorted((r, c) for c, r in ranks.items() if c in COUNTRIES)[:HOMES]
        here = [c for r, c in best if r <= top]
        if not here or not (f := _latin_fold(name, 3)):
            continue
        sexes = {s for s, share in (attrs["gender"] or {}).items() if share >= 0.2} & {"M", "F"}
        for c in here:
            for s in sexes:
                by.setdefault((c, s), set()).add(f)
    lines = [
        f"# Given names ranked within {top:,} in each country of the `names-dataset` package",
        f"# where they rank best (their {HOMES} best countries of those below)",
        "# (names-dataset 3.3.1, Apache-2.0; counts built by its author from the 2021",
        "# Facebook leak, aggregate per country), by sex (a sex at 20 % or more of the",
        "# name's bearers). Written by scripts/build_given_countries.py: do not edit.",
        "# [ISO 3166 country code SEX], upper-case ASCII (ICAO 9303-3 transliteration,",
        "# umlauts written out), 3+ letters.",
    ]
    for c in COUNTRIES:
        for s in ("M", "F"):
            if (c, s) in by:
                lines += [f"[{c} {s}]", *_rows(sorted(by[(c, s)]))]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(OUT, OUT.stat().st_size, "bytes")
