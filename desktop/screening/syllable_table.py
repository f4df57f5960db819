"""Builds `data/syllables.tsv`: every Mandarin syllable in Zhuyin, Hanyu Pinyin, Wade-Giles,
Tongyong Pinyin and MPS II (Mandarin Phonetic Symbols II).

pypinyin gives each syllable's Zhuyin and Wade-Giles spelling; it has no Tongyong or
MPS II, so those two are spelled here from the Zhuyin by the published rules of each
system (initial + medial + final), the way Taiwan's romanisation tables are laid out:
- Tongyong Pinyin: Ministry of Education, "中文譯音使用原則" (2002) and its syllable
  table "通用拼音與注音符號對照表";
- MPS II: Ministry of Education, "國語注音符號第二式" (1986), syllable table;
- the Bureau of Consular Affairs (外交部領事事務局) "國音與各式拼音對照表", which
  lists Zhuyin, Hanyu, Tongyong, MPS II and Wade-Giles side by side for passport names.
tests/screening/test_syllable_table.py checks the result against spellings from those
published tables and keeps the committed TSV equal to what this module builds.

Run `python -m desktop.screening.syllable_table` to regenerate the TSV.
"""

from __future__ import annotations

import re
from pathlib import Path

TSV = Path(__file__).resolve().parent / "data" / "syllables.tsv"

INITIALS = "ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙ"
# Zhuyin initial -> (Tongyong, MPS II)
_INITIAL = {
    "ㄅ": ("b", "b"), "ㄆ": ("p", "p"), "ㄇ": ("m", "m"), "ㄈ": ("f", "f"),
    "ㄉ": ("d", "d"), "ㄊ": ("t", "t"), "ㄋ": ("n", "n"), "ㄌ": ("l", "l"),
    "ㄍ": ("g", "g"), "ㄎ": ("k", "k"), "ㄏ": ("h", "h"),
    "ㄐ": ("j", "j"), "ㄑ": ("c", "ch"), "ㄒ": ("s", "sh"),
    "ㄓ": ("jh", "j"), "ㄔ": ("ch", "ch"), "ㄕ": ("sh", "sh"), "ㄖ": ("r", "r"),
    "ㄗ": ("z", "tz"), "ㄘ": ("c", "ts"), "ㄙ": ("s", "s"),
}  # fmt: skip
# Syllables of an initial alone (the "empty rime"): Tongyong adds -ih, MPS II -r / -z.
_EMPTY_RIME = {
    "ㄓ": ("jhih", "jr"), "ㄔ": ("chih", "chr"), "ㄕ": ("shih", "shr"), "ㄖ": ("rih", "r"),
    "ㄗ": ("zih", "tz"), "ㄘ": ("cih", "tsz"), "ㄙ": ("sih", "sz"),
}  # fmt: skip
# Rime (medial + final) -> (Tongyong after an initial, Tongyong alone,
#                           MPS II after an initial, MPS II alone)
_RIME = {
    "ㄚ": ("a", "a", "a", "a"),
    "ㄛ": ("o", "o", "o", "o"),
    "ㄜ": ("e", "e", "e", "e"),
    "ㄝ": ("e", "e", "e", "e"),
    "ㄞ": ("ai", "ai", "ai", "ai"),
    "ㄟ": ("ei", "ei", "ei", "ei"),
    "ㄠ": ("ao", "ao", "au", "au"),
    "ㄡ": ("ou", "ou", "ou", "ou"),
    "ㄢ": ("an", "an", "an", "an"),
    "ㄣ": ("en", "en", "en", "en"),
    "ㄤ": ("ang", "ang", "ang", "ang"),
    "ㄥ": ("eng", "eng", "eng", "eng"),
    "ㄦ": ("er", "er", "er", "er"),
    "ㄧ": ("i", "yi", "i", "yi"),
    "ㄧㄚ": ("ia", "ya", "ia", "ya"),
    "ㄧㄛ": ("io", "yo", "io", "yo"),
    "ㄧㄝ": ("ie", "ye", "ie", "ye"),
    "ㄧㄞ": ("iai", "yai", "iai", "yai"),
    "ㄧㄠ": ("iao", "yao", "iau", "yau"),
    "ㄧㄡ": ("iou", "you", "iou", "you"),
    "ㄧㄢ": ("ian", "yan", "ian", "yan"),
    "ㄧㄣ": ("in", "yin", "in", "yin"),
    "ㄧㄤ": ("iang", "yang", "iang", "yang"),
    "ㄧㄥ": ("ing", "ying", "ing", "ying"),
    "ㄨ": ("u", "wu", "u", "wu"),
    "ㄨㄚ": ("ua", "wa", "ua", "wa"),
    "ㄨㄛ": ("uo", "wo", "uo", "wo"),
    "ㄨㄞ": ("uai", "wai", "uai", "wai"),
    "ㄨㄟ": ("uei", "wei", "uei", "wei"),
    "ㄨㄢ": ("uan", "wan", "uan", "wan"),
    "ㄨㄣ": ("un", "wun", "uen", "wen"),
    "ㄨㄤ": ("uang", "wang", "uang", "wang"),
    "ㄨㄥ": ("ong", "wong", "ung", "weng"),
    "ㄩ": ("yu", "yu", "iu", "yu"),
    "ㄩㄝ": ("yue", "yue", "iue", "yue"),
    "ㄩㄢ": ("yuan", "yuan", "iuan", "yuan"),
    "ㄩㄣ": ("yun", "yun", "iun", "yun"),
    "ㄩㄥ": ("yong", "yong", "iung", "yung"),
}
# Interjections and rare readings that never occur in personal names.
_SKIP = {"m", "n", "ng", "hm", "hng", "ê", "yo", "lo", "biang", "dia", "den", "nou", "shei",
         "zhei", "cei", "kei", "fiao", "tei", "pia", "nun", "rua", "eng", "bong", "chua",
         "yai", "wong"}  # fmt: skip


def zhuyin_to_tongyong_mps2(zhuyin: str) -> tuple[str, str]:
    """Toneless Zhuyin syllable -> (Tongyong Pinyin, MPS II)."""
    zy = zhuyin.rstrip("ˊˇˋ˙")
    if zy in _EMPTY_RIME:
        return _EMPTY_RIME[zy]
    if zy and zy[0] in INITIALS:
        initial, rime = zy[0], zy[1:]
        ty_i, mps_i = _INITIAL[initial]
        ty_r, _, mps_r, _ = _RIME[rime]
        # Tongyong: ㄈㄥ fong (labialised eng after f); ㄅㄛ/ㄆㄛ... are just o.
        if initial == "ㄈ" and rime == "ㄥ":
            ty_r = "ong"
        # Tongyong writes ㄩ as yu after any initial (nyu, jyu); MPS II as iu (niu, jiu).
        return ty_i + ty_r, mps_i + mps_r
    _, ty_alone, _, mps_alone = _RIME[zy]
    return ty_alone, mps_alone


def _fix_wade(py: str, wg: str) -> str:
    """pypinyin 0.55 spells -ai as -ei in Wade-Giles (ai -> ei, lai -> lei, hai -> hei,
    mai -> mei): Wade-Giles keeps -ai (賴 LAI, 海 HAI, 麥 MAI, 艾 AI)."""
    if py.endswith("ai") and wg.endswith("ei"):
        return wg[:-2] + "ai"
    return wg


def build_rows() -> list[tuple[str, str, str, str, str]]:
    """(zhuyin, hanyu, wade-giles, tongyong, mps2) for each syllable, sorted by pinyin."""
    from pypinyin import Style
    from pypinyin.pinyin_dict import pinyin_dict
    from pypinyin.style import convert

    syllables: set[str] = set()
    for readings in pinyin_dict.values():
        for p in readings.split(","):
            syllables.add(convert(p, Style.NORMAL, strict=True).replace("ü", "v"))
    rows = []
    for py in sorted(syllables):
        if py in _SKIP:
            continue
        zy = convert(py, Style.BOPOMOFO, strict=True).rstrip("ˊˇˋ˙")
        if not zy or any(
            c not in INITIALS and c not in "ㄧㄨㄩㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦ" for c in zy
        ):
            continue
        wg = _fix_wade(py, convert(py, Style.WADEGILES, strict=True).replace("v", "ü"))
        ty, mps = zhuyin_to_tongyong_mps2(zy)
        rows.append((zy, py.replace("v", "ü"), wg, ty, mps))
    return rows


HEADER = """# Mandarin syllables in five romanisations (toneless), one per line:
# zhuyin<TAB>hanyu_pinyin<TAB>wade_giles<TAB>tongyong<TAB>mps2
# Hanyu Pinyin, Zhuyin and Wade-Giles: pypinyin 0.55 (Style.NORMAL, BOPOMOFO, WADEGILES;
# its -ei for Wade-Giles -ai corrected: 賴 LAI, 海 HAI).
# Tongyong Pinyin and MPS II: spelled from the Zhuyin by desktop/screening/syllable_table.py
# following the Ministry of Education (Taiwan) tables "中文譯音使用原則" (Tongyong, 2002)
# and "國語注音符號第二式" (MPS II, 1986), as reproduced in the Bureau of Consular Affairs'
# passport-name table "國音與各式拼音對照表". Checked against published spellings in
# tests/screening/test_syllable_table.py. Generated file: do not edit by hand.
"""


def write_tsv(path: Path = TSV) -> int:
    rows = build_rows()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = HEADER + "".join("\t".join(r) + "\n" for r in rows)
    path.write_text(text, encoding="utf-8")
    return len(rows)


GR_TSV = TSV.parent / "gwoyeu.tsv"
_SONORANT = ("m", "n", "l", "r")


def _fix_gwoyeu(py: str, tone: int, gr: str) -> str:
    """Corrections of pypinyin 0.55's Gwoyeu Romatzyh to the 1928 rules (tone 2 of
    -in/-ing after an obstruent writes y for i: 平 pyng, 情 chyng, 民 stays min; tone 2
    of yu is yu; tone 4 of you is yow)."""
    if tone == 2 and not py.startswith(_SONORANT):
        gr = re.sub(r"^([^aeiouy]+)yi(ng?)$", r"\1y\2", gr)
    if tone == 2 and "iwu" in gr:
        return gr.replace("iwu", "yu")  # 魚 yu, 渠 chyu, 徐 shyu (pypinyin: iwu, chiwu)
    if gr == "yiow":
        return "yow"
    return gr


def build_gwoyeu() -> list[tuple[str, str, str]]:
    """(hanyu pinyin, tone 1-4, Gwoyeu Romatzyh) for every syllable of the table."""
    from pypinyin import Style
    from pypinyin.contrib.tone_convert import to_tone
    from pypinyin.style import convert

    out = []
    for row in build_rows():
        py = row[1].replace("ü", "v")
        for tone in (1, 2, 3, 4):
            try:
                gr = convert(to_tone(f"{py}{tone}"), Style.GWOYEU, strict=True)
            except Exception:  # a syllable pypinyin cannot spell in GR
                continue
            if gr and gr.isascii() and gr.isalpha():
                out.append((row[1], str(tone), _fix_gwoyeu(py, tone, gr.lower())))
    return out


GR_HEADER = """# Gwoyeu Romatzyh (國語羅馬字, tonal spelling) of every Mandarin syllable and tone:
# hanyu_pinyin<TAB>tone<TAB>gwoyeu_romatzyh
# From pypinyin 0.55 Style.GWOYEU, corrected to the 1928 rules where pypinyin differs
# (desktop/screening/syllable_table.py _fix_gwoyeu). Taiwanese passports keep GR
# spellings families chose long ago: 馬英九 MA YING-JEOU, 王金平 WANG JIN-PYNG,
# 游錫堃 YU SHYI-KUN. Generated file: do not edit by hand.
"""


def write_gwoyeu(path: Path = GR_TSV) -> int:
    rows = build_gwoyeu()
    path.write_text(GR_HEADER + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(f"{write_tsv()} syllables written to {TSV}")
    print(f"{write_gwoyeu()} Gwoyeu Romatzyh spellings written to {GR_TSV}")
