"""Write desktop/screening/data/surnames_faker.txt: family names by origin from the
surname lists that the `faker` package (MIT) keeps per locale, compiled by its
contributors from national statistics (US Census Bureau, Destatis, INE, ISTAT, INSEE,
PESEL, Rosstat...). Upper-case ASCII through the same ICAO 9303-3 transliteration
screening uses. Run: `python scripts/build_surnames.py` (faker is a dev dependency; the
product reads the committed file and never imports faker).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "desktop" / "screening" / "data" / "surnames_faker.txt"

# origin -> faker locales (Latin or Cyrillic script only: names the MRZ carries as they are)
ORIGINS: dict[str, tuple[str, ...]] = {
    "German": ("de_DE", "de_AT", "de_CH"),
    "Polish": ("pl_PL",),
    "Russian": ("ru_RU",),
    "Ukrainian": ("uk_UA",),
    "Spanish": ("es_ES", "es_MX"),
    "Italian": ("it_IT",),
    "French": ("fr_FR",),
    "English": ("en_US", "en_GB"),
    "Dutch": ("nl_NL",),
    "Portuguese": ("pt_BR", "pt_PT"),
    "Czech-Slovak": ("cs_CZ", "sk_SK"),
    "Hungarian": ("hu_HU",),
    "Croatian-Slovene": ("hr_HR", "sl_SI"),
    "Nordic": ("sv_SE", "da_DK", "no_NO", "fi_FI"),
    "Baltic": ("et_EE", "lt_LT", "lv_LV"),
    "Turkish": ("tr_TR",),
    "Indian": ("en_IN",),
    "Indonesian": ("id_ID",),
}
_ATTRS = ("last_names", "male_last_names", "last_names_male")


def build() -> str:
    from faker import VERSION

    from desktop.screening.translit import to_latin

    lines = [
        "# Family names by origin from the `faker` package's per-locale surname lists",
        f"# (faker {VERSION}, MIT licence), written by scripts/build_surnames.py: do not edit.",
        "# Upper-case ASCII (ICAO 9303-3 transliteration). Read with common_surnames.txt.",
    ]
    for origin, locales in ORIGINS.items():
        names: set[str] = set()
        for loc in locales:
            provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            for attr in _ATTRS:
                for name in getattr(provider, attr, ()) or ():
                    latin = to_latin(name).replace("'", "")
                    if latin.isalpha() and 4 <= len(latin) <= 20:
                        names.add(latin)
        lines.append(f"[{origin}]")
        row: list[str] = []
        for name in sorted(names):
            if sum(len(x) + 1 for x in row) + len(name) > 88:
                lines.append(" ".join(row))
                row = []
            row.append(name)
        if row:
            lines.append(" ".join(row))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    OUT.write_text(build(), encoding="utf-8")
    print(OUT, OUT.stat().st_size, "bytes")
