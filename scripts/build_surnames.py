"""Write desktop/screening/data/surnames_faker.txt: family names by origin from the
surname lists that the `faker` package (MIT) keeps per locale, compiled by its
contributors from national statistics (US Census Bureau, Destatis, INE, ISTAT, INSEE,
PESEL, Rosstat...). Upper-case ASCII through the same ICAO 9303-3 transliteration
screening uses. Run: `python scripts/build_surnames.py` (faker is a dev dependency; the
product reads the committed file and never imports faker).

Also desktop/screening/data/surnames_census.txt: the CENSUS_TOP most frequent surnames
of the US Census Bureau's 1990 surname file (public domain; 88,799 names with their
frequency), as the `names` package (MIT, a dev dependency) ships it as dist.all.last.
A country of immigrants: its list holds English, German, Italian, Japanese, Arabic...
family names past the first hundred of each country (CARVER, BRAND, MORETTI, OGAWA).
"""

from __future__ import annotations

import importlib
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "desktop" / "screening" / "data" / "surnames_faker.txt"
CENSUS_OUT = ROOT / "desktop" / "screening" / "data" / "surnames_census.txt"
GIVEN_OUT = ROOT / "desktop" / "screening" / "data" / "given_names.txt"
GIVEN_SEX_OUT = ROOT / "desktop" / "screening" / "data" / "given_names_sex.txt"
COUNTRIES_OUT = ROOT / "desktop" / "screening" / "data" / "surnames_countries.txt"
# How far down the frequency list a name counts as a family name of its own: deeper, more
# close pairs of different people are told apart, but a keying slip that happens to spell
# a rarer listed name is then taken for another family (measured in DESIGN.md). Names
# that are one romanised Chinese syllable (LIANG, WONG) are left out.
CENSUS_TOP = 10_000

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


def _rows(names: list[str]) -> list[str]:
    lines: list[str] = []
    row: list[str] = []
    for name in names:
        if sum(len(x) + 1 for x in row) + len(name) > 88:
            lines.append(" ".join(row))
            row = []
        row.append(name)
    if row:
        lines.append(" ".join(row))
    return lines


def build_census(top: int = CENSUS_TOP) -> str:
    from desktop.screening.chinese import segmentations

    names_dir = Path(importlib.import_module("names").__file__).parent
    # The census file holds given names too (JEFFREY, JEFFERY, ERNEST, EARNEST): a name
    # more often a given name than a surname is left out, so that two spellings of one
    # given name are not taken for two families (GRADY, GRAY stay: more often surnames).
    given: dict[str, float] = {}
    for file in ("dist.male.first", "dist.female.first"):
        for line in (names_dir / file).read_text(encoding="ascii").splitlines():
            if line.strip():
                name, freq = line.split()[:2]
                given[name] = given.get(name, 0.0) + float(freq) / 2  # % of one sex
    ranked = []
    for line in (names_dir / "dist.all.last").read_text(encoding="ascii").splitlines():
        name, freq, _cum, rank = line.split()
        if given.get(name, 0.0) > float(freq):
            continue
        if int(rank) <= top and name.isalpha() and 4 <= len(name) <= 20:
            if any(len(s) == 1 for s in segmentations(name)):
                continue  # one Chinese syllable (LIANG, CHANG): the syllable tables judge
            ranked.append(name)
    lines = [
        f"# The {top:,} most frequent surnames of the US Census Bureau's 1990 surname file",
        "# (public domain), from the `names` package's dist.all.last (names 0.3.0, MIT),",
        "# written by scripts/build_surnames.py: do not edit. 4+ letters; read after",
        "# common_surnames.txt and surnames_faker.txt (a name listed there keeps its origin).",
        "# Without the names more frequent in the census's first-name files (given names).",
        "[US Census]",
        *_rows(sorted(ranked)),
    ]
    return "\n".join(lines) + "\n"


# Given names by sex: faker's per-locale lists (Latin or Cyrillic script, and Japanese in
# Hepburn), and the US Census Bureau's 1990 first-name files (public domain) down to
# GIVEN_MIN_PERCENT of one sex, so that a name given to a few hundred Americans in 1990
# (JOHN written JOAN by a few) is not "well attested" as the other sex's name.
GIVEN_LOCALES = (*(loc for locs in ORIGINS.values() for loc in locs), "ro_RO", "ja_JP",
                 "vi_VN", "el_GR", "bg_BG")  # fmt: skip
GIVEN_MIN_PERCENT = 0.01
GIVEN_MINOR_SHARE = 5
_GIVEN_ATTRS = {"M": ("first_names_male", "first_romanized_names_male"),
                "F": ("first_names_female", "first_romanized_names_female")}  # fmt: skip


# Entries of the sources that are no given names: a keying slip of a common name would
# land on them and read as another name (IANIEL for DANIEL).
_NOT_NAMES = frozenset({"IANIEL"})


def given_by_sex() -> dict[str, set[str]]:
    """Folded given name -> the sexes it is listed for."""
    from desktop.screening.translit import fold_umlauts, to_latin

    out: dict[str, set[str]] = {}
    for loc in GIVEN_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for sex, attrs in _GIVEN_ATTRS.items():
            for attr in attrs:
                for name in getattr(provider, attr, ()) or ():
                    latin = fold_umlauts(to_latin(name).replace("'", "").upper())
                    if latin.isalpha() and 2 <= len(latin) <= 20:
                        out.setdefault(latin, set()).add(sex)
    names_dir = Path(importlib.import_module("names").__file__).parent
    freqs: dict[str, dict[str, float]] = {}
    for file, sex in (("dist.male.first", "M"), ("dist.female.first", "F")):
        for line in (names_dir / file).read_text(encoding="ascii").splitlines():
            if line.strip():
                name, freq = line.split()[:2]
                freqs.setdefault(name, {})[sex] = float(freq)
    for name, by in freqs.items():
        for sex, freq in by.items():
            # a sex counts when the name is common in it and not a rarity beside the
            # other (JOHN is in the female file too, at 1/80 of its male frequency)
            if freq >= GIVEN_MIN_PERCENT and freq >= max(by.values()) / GIVEN_MINOR_SHARE:
                out.setdefault(name, set()).add(sex)
    for name, sexes in _dataset_given().items():
        out.setdefault(name, set()).update(sexes)
    for name in _NOT_NAMES:
        out.pop(name, None)
    return out


# A name listed for both sexes is still one sex's name when the census gives it to that sex
# this many times as often (JOAN: a Catalan man's name, 38 American women to a man).
GIVEN_DOMINANT_RATIO = 20


def _census_given() -> dict[str, dict[str, float]]:
    names_dir = Path(importlib.import_module("names").__file__).parent
    freqs: dict[str, dict[str, float]] = {}
    for file, sex in (("dist.male.first", "M"), ("dist.female.first", "F")):
        for line in (names_dir / file).read_text(encoding="ascii").splitlines():
            if line.strip():
                name, freq = line.split()[:2]
                freqs.setdefault(name, {})[sex] = float(freq)
    return freqs


def build_given_sex() -> str:
    """The names `GIVEN_OUT` lists for both sexes that the US Census's 1990 first-name
    files (public domain) give to one sex GIVEN_DOMINANT_RATIO times as often, at
    GIVEN_MIN_PERCENT or more: JOAN F, MARIA F, SIMONE F, ALEX M."""
    listed: dict[str, str] = {}
    sex = ""
    for line in GIVEN_OUT.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            sex = line.strip("[]")
        elif line.strip() and not line.startswith("#"):
            for name in line.split():
                listed[name] = listed.get(name, "") + sex
    out: dict[str, list[str]] = {"M": [], "F": []}
    for name, by in sorted(_census_given().items()):
        if listed.get(name) != "MF":
            continue
        top = max(by, key=by.__getitem__)
        other = by.get("F" if top == "M" else "M", 0.0)
        if by[top] >= GIVEN_MIN_PERCENT and by[top] >= GIVEN_DOMINANT_RATIO * other:
            out[top].append(name)
    lines = [
        "# Given names listed for both sexes in given_names.txt that the US Census Bureau's",
        "# 1990 first-name files (public domain; `names` 0.3.0, MIT) give to one sex",
        f"# {GIVEN_DOMINANT_RATIO} times as often or more, at {GIVEN_MIN_PERCENT} % or more of",
        "# that sex: that sex's name (JOAN F, MARIA F, ALEX M). Written by",
        "# scripts/build_surnames.py: do not edit.",
    ]
    for sex in ("M", "F"):
        lines += [f"[{sex}]", *_rows(out[sex])]
    return "\n".join(lines) + "\n"


# Given names of the countries whose names faker's lists lack, from `names-dataset` (as
# `build_countries`): ranked within GIVEN_TOP there, a sex counted at 20 % or more.
GIVEN_TOP = 1000
GIVEN_COUNTRIES = ("JP", "TR", "EG", "SA", "MA", "IQ", "AE", "JO", "DZ", "TN", "LB", "SY")


def _dataset_pickle(name: str) -> dict:
    import gzip
    import importlib.util
    import pickle

    spec = importlib.util.find_spec("names_dataset")
    assert spec and spec.origin, "pip install names-dataset==3.3.1 (dev only)"
    with gzip.open(Path(spec.origin).parent / "v3" / name) as f:
        return pickle.load(f)  # the package's own data file


def _latin_fold(name: str, shortest: int) -> str:
    from desktop.screening.translit import fold_umlauts, to_latin

    if any(unicodedata.name(ch, "").split()[0] not in _SCRIPTS for ch in name):
        return ""  # Arabic script read without its vowels (ABRAHYM) is no spelling
    latin = fold_umlauts(to_latin(name).replace("'", "").upper())
    return latin if latin.isalpha() and shortest <= len(latin) <= 20 else ""


def _dataset_given() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name, attrs in _dataset_pickle("first_names.pkl.gz").items():
        ranks = attrs["rank"]
        if not any(ranks.get(c, GIVEN_TOP + 1) <= GIVEN_TOP for c in GIVEN_COUNTRIES):
            continue
        if f := _latin_fold(name, 3):
            sexes = {s for s, share in (attrs["gender"] or {}).items() if share >= 0.2}
            out.setdefault(f, set()).update(sexes & {"M", "F"})
    return {n: s for n, s in out.items() if s}


def build_given() -> str:
    from faker import VERSION

    by_sex = given_by_sex()
    lines = [
        "# Given names by sex (M, F; a name in both is given to both) from the `faker`",
        f"# package's per-locale first-name lists (faker {VERSION}, MIT licence), the US",
        "# Census Bureau's 1990 first-name files (public domain; `names` 0.3.0, MIT), those",
        f"# at {GIVEN_MIN_PERCENT} % or more of one sex, and the names ranked within",
        f"# {GIVEN_TOP:,} in {', '.join(GIVEN_COUNTRIES)} by `names-dataset` 3.3.1 (Apache-2.0;",
        "# counts built by its author from the 2021 Facebook leak, aggregate per country),",
        "# a sex at 20 % or more of its",
        "# bearers. Written by scripts/build_surnames.py: do not edit. Upper-case ASCII",
        "# (ICAO 9303-3 transliteration, umlauts written out).",
    ]
    for sex in ("M", "F"):
        lines += [f"[{sex}]", *_rows(sorted(n for n, s in by_sex.items() if sex in s))]
    return "\n".join(lines) + "\n"


# Surnames by country from the `names-dataset` package (3.3.1, Apache-2.0; a dev-time
# source only, 55.7 MB, never imported by the product): for each country the surnames
# ranked within COUNTRY_TOP there, those that rank lower there as given names (AHMED,
# MOHAMED as Egyptian surnames: patronymics, which the given-name rule judges). Its
# author built its counts from the 2021 Facebook leak (aggregate per country): noisy in small
# countries (a slip such as JOOES can rank in one), which is why score.py counts two of
# these names as two families only when one country lists both.
COUNTRY_TOP = 2000
# Not India: its names are transliterated from many scripts, spelled many ways (SINGH,
# SINH), and a spelling there says little about another family.
COUNTRIES = (
    "DE", "AT", "CH", "NL", "BE", "FR", "IT", "ES", "PT", "GB", "IE", "US", "CA", "AU", "MX",
    "AR", "CO", "CL", "PE", "BR", "PL", "CZ", "SK", "HU", "HR", "SI", "RS", "RO", "BG", "GR",
    "RU", "UA", "BY", "SE", "DK", "NO", "FI", "EE", "LT", "LV", "TR", "ID", "MY", "PH", "JP",
    "EG", "SA", "MA", "IQ", "AE", "JO", "DZ", "TN", "LB",
)  # fmt: skip
EUROPE = frozenset(COUNTRIES[:11] + COUNTRIES[20:40])  # DE..IE, PL..LV
_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})  # written in Latin letters, or by ICAO


def build_countries(top: int = COUNTRY_TOP) -> str:
    from desktop.screening.chinese import segmentations

    load = _dataset_pickle

    def fold(name: str) -> str:
        return _latin_fold(name, 4)

    as_given: dict[tuple[str, str], int] = {}
    for name, attrs in load("first_names.pkl.gz").items():
        if f := fold(name):
            for country, rank in attrs["rank"].items():
                as_given[(f, country)] = min(rank, as_given.get((f, country), 1 << 30))
    by_country: dict[str, set[str]] = {}
    for name, attrs in load("last_names.pkl.gz").items():
        if not (f := fold(name)):
            continue
        # one Chinese syllable (DING, KANG): the syllable tables judge, except where the
        # name is a European family's (JUNG in Germany)
        syllable = any(len(x) == 1 for x in segmentations(f))
        for country, rank in attrs["rank"].items():
            if syllable and country not in EUROPE:
                continue
            if country in COUNTRIES and rank <= top and as_given.get((f, country), 1 << 30) > rank:
                by_country.setdefault(country, set()).add(f)
    lines = [
        f"# Surnames ranked within {top:,} in each country of the `names-dataset` package",
        "# (names-dataset 3.3.1, Apache-2.0; counts built by its author from the 2021",
        "# Facebook leak, aggregate per country), those not ranked higher there as given",
        "# names; countries it ranks no surname for are absent. Written by",
        "# scripts/build_surnames.py: do not edit. [ISO 3166 country code], upper-case ASCII",
        "# (ICAO 9303-3 transliteration, umlauts written out), 4+ letters.",
    ]
    for country in COUNTRIES:
        if country in by_country:
            lines += [f"[{country}]", *_rows(sorted(by_country[country]))]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if "--given-sex-only" in sys.argv:
        GIVEN_SEX_OUT.write_text(build_given_sex(), encoding="utf-8")
        print(GIVEN_SEX_OUT, GIVEN_SEX_OUT.stat().st_size, "bytes")
        raise SystemExit
    if "--census-only" not in sys.argv:
        OUT.write_text(build(), encoding="utf-8")
        print(OUT, OUT.stat().st_size, "bytes")
    GIVEN_OUT.write_text(build_given(), encoding="utf-8")
    print(GIVEN_OUT, GIVEN_OUT.stat().st_size, "bytes")
    COUNTRIES_OUT.write_text(build_countries(), encoding="utf-8")
    print(COUNTRIES_OUT, COUNTRIES_OUT.stat().st_size, "bytes")
    CENSUS_OUT.write_text(build_census(), encoding="utf-8")
    print(CENSUS_OUT, CENSUS_OUT.stat().st_size, "bytes")
    GIVEN_SEX_OUT.write_text(build_given_sex(), encoding="utf-8")
    print(GIVEN_SEX_OUT, GIVEN_SEX_OUT.stat().st_size, "bytes")
