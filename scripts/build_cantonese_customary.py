"""Write `desktop/screening/data/cantonese_customary.tsv`: the Hong Kong and Macau passport
spellings of the naming characters' Cantonese readings that the Hong Kong government
table (`cantoroman`'s charToRoman) does not list (震 zan3: TSUN; 蓓 pui5: POI; 國 gwok3:
Macau KUOK; 榮 wing4: Macau VENG).

Readings: Jyutping (LSHK) of each character from `cantonese-romanisation` 1.0.5's
charToLshk.json (MIT licence; the package the product already reads), the readings that
its charToRoman also spells (the common ones: `common_readings`). Characters: the naming
characters (`chinese.common_chars`: name_chars.txt, the dialect table and KANJIDIC2's
name kanji) and Big5's 5,401 frequent characters (level 1, the characters of Hong Kong
and Macau identity cards' Chinese names). Rules: `HK_*` give the Hong Kong government's
romanisation of each Jyutping initial and final with the variants that its own
registrations use for the same sound (Wikipedia, "Hong Kong Government Cantonese
Romanisation", correspondence table: z/c as CH or TS, -i after z/c/s as -Z/-ZE (子 TSZ, 詩
SZE), -u as -OO, -un as -OON, -eoi as -UI/-EUI, -yun as -UEN; 李 LEE, 梁 LEUNG); `MACAU_*`
the Macau government's Portuguese-based spelling (Wikipedia, "Macau Government Cantonese
Romanisation": gw as KU (郭 KUOK, 關 KUAN), w as V (黃 VONG, 榮 VENG), j as I (楊 IEONG, 一
IAT), -ing as -ENG, -ik as -EK, -eng as -EANG and -ek as -EAC (鄭 zeng6 CHEANG; 石 sek6
SEAC, as in the place name SEAC PAI VAN, Hong Kong's SHEK PAI WAN), -ung as -ONG, -uk as
-OK, -au as -AO, -iu as -IO, -eoi as -OI, -eon as -ON/-UN). A spelling only: the
readings are the dictionary's, so a spelling here is a regular form of a reading, not an
attested name.

Run: `python scripts/build_cantonese_customary.py` (reads the installed package).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "desktop" / "screening" / "data" / "cantonese_customary.tsv"

_INITIALS = ("gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w",
             "z", "c", "s", "j")  # fmt: skip

HK_INITIALS = {"b": ("p",), "p": ("p",), "m": ("m",), "f": ("f",), "d": ("t",), "t": ("t",),
               "n": ("n",), "l": ("l",), "g": ("k",), "k": ("k",), "ng": ("ng",), "h": ("h",),
               "gw": ("kw",), "kw": ("kw",), "w": ("w",), "z": ("ch", "ts"),
               "c": ("ch", "ts"), "s": ("s", "sh"), "j": ("y",), "": ("",)}  # fmt: skip
HK_FINALS = {"aa": ("a",), "aai": ("ai",), "aau": ("au",), "aam": ("am",), "aan": ("an",),
             "aang": ("ang",), "aap": ("ap",), "aat": ("at",), "aak": ("ak",), "ai": ("ai",),
             "au": ("au",), "am": ("am", "um"), "an": ("an", "un"), "ang": ("ang",),
             "ap": ("ap",), "at": ("at",), "ak": ("ak",), "e": ("e",), "ei": ("ei", "ee"),
             "eng": ("eng",), "ek": ("ek",), "i": ("i", "ee"), "iu": ("iu",), "im": ("im",),
             "in": ("in",), "ip": ("ip",), "it": ("it",), "ing": ("ing",), "ik": ("ik",),
             "o": ("o", "oh"), "oi": ("oi", "oy"), "on": ("on",), "ong": ("ong",),
             "ot": ("ot",), "ok": ("ok",), "ou": ("o", "ou"), "u": ("u", "oo"),
             "ui": ("ui", "ooi", "oi"), "un": ("un", "oon"), "ung": ("ung",), "ut": ("ut", "oot"),
             "uk": ("uk",), "oe": ("oe",), "oeng": ("eung",), "oek": ("euk",),
             "eoi": ("ui", "eui"), "eon": ("un", "eun"), "eot": ("ut", "eut"),
             "yu": ("u", "ue", "yu"), "yun": ("un", "uen"), "yut": ("ut", "uet"),
             "m": ("m",), "ng": ("ng",)}  # fmt: skip
HK_SIBILANT_I = {"z": ("tsz", "tsze"), "c": ("tsz", "tsze"), "s": ("sze", "ssu")}

MACAU_INITIALS = {**HK_INITIALS, "gw": ("ku",), "kw": ("ku",), "w": ("v",), "z": ("ch",),
                  "c": ("ch",), "s": ("s",), "j": ("i",)}  # fmt: skip
MACAU_FINALS = {**{k: v[:1] for k, v in HK_FINALS.items()}, "aau": ("ao",), "au": ("ao", "au"),
                "am": ("am",), "an": ("an",), "ing": ("eng",), "ik": ("ek",), "iu": ("io",),
                "eng": ("eang",), "ek": ("eac",),
                "ou": ("ou",), "ung": ("ong",), "uk": ("ok",), "oeng": ("eong",),
                "oek": ("eok",), "eoi": ("oi",), "eon": ("on", "un"), "eot": ("ot",),
                "yu": ("u",), "yun": ("un",), "yut": ("ut",)}  # fmt: skip


def split(jyutping: str) -> tuple[str, str] | None:
    s = jyutping.rstrip("123456")
    if s in ("m", "ng"):
        return "", s
    for i in _INITIALS:
        if s.startswith(i) and len(s) > len(i):
            return i, s[len(i) :]
    return ("", s) if s[:1] in "aeiouy" else None


def hk_spellings(jyutping: str) -> list[str]:
    parts = split(jyutping)
    if parts is None or parts[1] not in HK_FINALS:
        return []
    ini, fin = parts
    out = [i + f for i in HK_INITIALS[ini] for f in HK_FINALS[fin]]
    if ini == "j" and fin.startswith(("i", "yu")):
        out = ["y" + f.removeprefix("y") for f in HK_FINALS[fin]] + ["yee"] * (fin == "i")
        if fin == "yun":
            out = ["yuen"]  # 遠 YUEN: a YUN is 潤 (jeon), another name
    if fin == "i" and ini in HK_SIBILANT_I:
        out += HK_SIBILANT_I[ini]
    return list(dict.fromkeys(out))


def macau_spellings(jyutping: str) -> list[str]:
    parts = split(jyutping)
    if parts is None or parts[1] not in MACAU_FINALS:
        return []
    ini, fin = parts
    out = []
    for i in MACAU_INITIALS[ini]:
        for f in MACAU_FINALS[fin]:
            s = i + f
            out.append(s.replace("ii", "i"))
    return list(dict.fromkeys(out))


def yale(jyutping: str) -> str:
    """Toneless Yale of a Jyutping syllable ('zan3' -> 'jan', 'zoeng2' -> 'jeung'), the
    romanisation the package's charToRoman mostly gives."""
    s = jyutping.rstrip("123456")
    ini = {"j": "y", "z": "j", "c": "ch"}.get(s[:1], s[:1]) if s[:1] in "jzc" else s[:1]
    s = ini + s[1:]
    for a, b in (("eoi", "eui"), ("eon", "eun"), ("eot", "eut"), ("oe", "eu")):
        s = s.replace(a, b)
    return s


def common_readings(table: object, ch: str) -> list[str]:
    """The character's Jyutping readings that its charToRoman entry spells (in Yale or
    the government's spelling): the package lists every reading in alphabetical order
    (樂 ngaau6 before lok6, 南 naa1 before naam4), its romanisation the common ones."""
    roman = set(table.charToRoman.get(ch, []))  # type: ignore[attr-defined]
    readings = [r for r in dict.fromkeys(table.charToLshk.get(ch, [])) if r]  # type: ignore[attr-defined]
    common = [jp for jp in readings if yale(jp) in roman or roman & set(hk_spellings(jp))]
    if not common and len(readings) == 1:
        return readings  # its only reading (杜 dou6, which charToRoman spells DO)
    return common


def big5_level1() -> list[str]:
    out = []
    for lead in range(0xA4, 0xC7):
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if (lead, trail) >= (0xC6, 0x7F):
                break
            try:
                out.append(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return out


def main() -> None:
    from cantoroman import Cantonese

    from desktop.screening import chinese

    table = Cantonese()
    lines = [
        "# Hong Kong (G, C) and Macau (M) passport spellings of naming characters' Cantonese",
        "# readings, beyond the Hong Kong government table of `cantonese-romanisation`.",
        "# Generated by scripts/build_cantonese_customary.py from cantonese-romanisation",
        "# 1.0.5's Jyutping (charToLshk.json, MIT licence) by the rule tables there (Hong",
        "# Kong Government and Macau Government Cantonese Romanisation, Wikipedia).",
        "# char<TAB>spelling<TAB>G (the Hong Kong government's spelling of the reading),",
        "# C (a variant that Hong Kong registrations use for it) or M (Macau)",
    ]
    for ch in dict.fromkeys([*chinese.common_chars(), *big5_level1()]):
        known = set(chinese.cantonese_readings(ch)) | {s for s, _ in chinese.dialect_spellings(ch)}
        rows: dict[str, str] = {}
        for jp in common_readings(table, ch):
            for i, s in enumerate(hk_spellings(jp)):
                rows.setdefault(s, "C" if i else "G")  # G: the government's own spelling
            for s in macau_spellings(jp):
                rows.setdefault(s, "M")
        lines += [f"{ch}\t{s}\t{code}" for s, code in rows.items() if s not in known]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.name}: {len(lines) - 7} rows")


if __name__ == "__main__":
    main()
