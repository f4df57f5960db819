"""Chinese names: Han characters and their readings, romanised syllables in every system
used on documents at this border, and how two syllables relate.

Systems: Hanyu Pinyin, Wade-Giles (apostrophes dropped, as passports print it),
Tongyong Pinyin, MPS II (the last two from `data/syllables.tsv`), Gwoyeu Romatzyh tonal
spellings (`data/gwoyeu.tsv`: 九 JEOU, 平 PYNG), Hong Kong government Cantonese, and
the Hokkien, Teochew, Hakka, Hainanese, Macau and customary spellings of
`data/dialect_spellings.tsv` (陳 TAN, 吳 GOH, 王 HENG, 一 IAT).
Libraries: `pypinyin` (Mandarin readings of characters, Zhuyin, Wade-Giles, Gwoyeu
Romatzyh), `cantonese-romanisation` (`cantoroman`: Hong Kong government spellings of
~13k characters), `opencc-python-reimplemented` (Simplified -> Traditional, because the
Cantonese table and the name list are keyed by Traditional characters).

A syllable's *key* is what blocking uses: spellings of the same Mandarin syllable in any
system share a key (aspiration merged, because Wade-Giles on passports drops the
apostrophe that marks it); a spelling that is only Cantonese keys as itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

HANYU, WADE, TONGYONG, MPS2, CANTONESE = (
    "Hanyu Pinyin",
    "Wade-Giles",
    "Tongyong Pinyin",
    "MPS II",
    "Cantonese (HK)",
)
MANDARIN_SYSTEMS = (HANYU, WADE, TONGYONG, MPS2)
GWOYEU = "Gwoyeu Romatzyh"
HOKKIEN = "Hokkien"  # readings from data/hokkien_tailo.tsv, see hokkien_spellings
DIALECTS = {"H": "Hokkien", "T": "Teochew", "K": "Hakka", "C": "Cantonese", "N": "Hainanese",
            "F": "Fuzhou", "M": "Macau", "V": "Taiwan customary"}  # fmt: skip

# CJK ideographs: Extension A, the URO, compatibility ideographs, Extensions B-F and I
# (plane 2), Extensions G and H (plane 3: 𰾄, which OpenCC maps to 鋂)
_HAN_RE = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff\U00030000-\U000323af]"
)


def is_han(ch: str) -> bool:
    return bool(_HAN_RE.fullmatch(ch))


def has_han(text: str) -> bool:
    return bool(_HAN_RE.search(text))


# --- tables --------------------------------------------------------------------------


@dataclass(frozen=True)
class SyllableRow:
    zhuyin: str
    hanyu: str
    wade: str
    tongyong: str
    mps2: str

    def spelling(self, system: str) -> str:
        return {HANYU: self.hanyu, WADE: self.wade, TONGYONG: self.tongyong, MPS2: self.mps2}[
            system
        ]


@cache
def syllable_rows() -> tuple[SyllableRow, ...]:
    rows = []
    for line in (DATA / "syllables.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            rows.append(SyllableRow(*line.split("\t")))
    return tuple(rows)


def passport_forms(spelling: str) -> set[str]:
    """How a syllable spelling appears on a passport: lower case ASCII, no apostrophes;
    ü as u, yu or v (all three are in use)."""
    s = spelling.lower().replace("'", "").replace("’", "").replace("ê", "e")
    if "ü" in s:
        return {s.replace("ü", "u"), s.replace("ü", "yu"), s.replace("ü", "v")}
    return {s}


@cache
def _gwoyeu() -> dict[tuple[str, int], str]:
    """(hanyu syllable, tone) -> Gwoyeu Romatzyh spelling."""
    out: dict[tuple[str, int], str] = {}
    for line in (DATA / "gwoyeu.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            py, tone, gr = line.split("\t")
            out[(py, int(tone))] = gr
    return out


@cache
def _mandarin_index() -> dict[str, dict[str, frozenset[str]]]:
    """passport spelling -> {hanyu pinyin syllable -> systems spelling it this way}."""
    index: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in syllable_rows():
        for system in MANDARIN_SYSTEMS:
            for form in passport_forms(row.spelling(system)):
                index[form][row.hanyu].add(system)
    standard = set(index)
    for (py, _), gr in _gwoyeu().items():
        # A GR spelling that another system uses for another syllable (GR jen is 真
        # zhen, Wade-Giles jen is 人 ren) is read the standard way only: the extra
        # reading doubled the keys of common spellings for a rare passport practice.
        if gr not in standard or py in index[gr]:
            index[gr][py].add(GWOYEU)
    return {k: {p: frozenset(s) for p, s in v.items()} for k, v in index.items()}


_Pairs = tuple[tuple[str, str], ...]


@cache
def _dialect_table() -> tuple[dict[str, _Pairs], dict[str, _Pairs]]:
    """(char -> ((spelling, dialects label), ...), spelling -> ((char, label), ...))."""
    by_char: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_spelling: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in (DATA / "dialect_spellings.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        ch, spelling, codes, _use = line.split("\t")
        label = "/".join(DIALECTS[c] for c in codes)
        by_char[ch].append((spelling.lower(), label))
        by_spelling[spelling.lower()].append((ch, label))
    return (
        {k: tuple(v) for k, v in by_char.items()},
        {k: tuple(v) for k, v in by_spelling.items()},
    )


@cache
def _customary_cantonese() -> dict[str, _Pairs]:
    """char -> ((spelling, label), ...): Hong Kong and Macau spellings of the character's
    Cantonese readings beyond the government table (`data/cantonese_customary.tsv`)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for line in (DATA / "cantonese_customary.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, spelling, code = line.split("\t")
            out[ch].append((spelling, _CUSTOMARY_LABELS[code]))
    return {k: tuple(v) for k, v in out.items()}


_CUSTOMARY_LABELS = {"G": CANTONESE, "C": "Cantonese (HK customary)", "M": DIALECTS["M"]}


def customary_cantonese(ch: str) -> tuple[tuple[str, str], ...]:
    """Hong Kong (震 TSUN, 蓓 POI) and Macau (國 KUOK, 榮 VENG) spellings of a character
    that the Hong Kong government table does not list: ((spelling, label), ...)."""
    return _customary_cantonese().get(to_traditional(ch), ())


def dialect_spellings(ch: str) -> tuple[tuple[str, str], ...]:
    """Hokkien/Teochew/Hakka/... spellings of one character: ((spelling, label), ...)."""
    return _dialect_table()[0].get(to_traditional(ch), ())


def dialect_chars_all() -> tuple[str, ...]:
    """Every character the dialect table spells."""
    return tuple(_dialect_table()[0])


def customary_chars() -> tuple[str, ...]:
    """Every character the customary Hong Kong and Macau table spells."""
    return tuple(_customary_cantonese())


def hokkien_chars() -> tuple[str, ...]:
    """Every character the Hokkien (Tai-lo) table reads."""
    return tuple(_hokkien_table())


def dialect_chars(spelling: str) -> tuple[tuple[str, str], ...]:
    """Characters a dialect spelling stands for: ((char, label), ...)."""
    return _dialect_table()[1].get(spelling.lower(), ())


@cache
def _zhuyin_of() -> dict[str, str]:
    return {row.hanyu: row.zhuyin for row in syllable_rows()}


@cache
def _row_of() -> dict[str, SyllableRow]:
    return {row.hanyu: row for row in syllable_rows()}


@cache
def _cantonese() -> object:
    from cantoroman import Cantonese

    return Cantonese()


def cantonese_chars() -> tuple[str, ...]:
    """Every character the Hong Kong Cantonese table reads (for indexes by spelling)."""
    return tuple(_cantonese().charToRoman)  # type: ignore[attr-defined]


@cache
def _cantonese_spellings() -> frozenset[str]:
    table = _cantonese().romanToChar  # type: ignore[attr-defined]
    return frozenset(k for k in table if k.isascii() and k.isalpha() and len(k) <= 6)


@cache
def _opencc(config: str) -> object:
    import opencc

    return opencc.OpenCC(config)


@lru_cache(maxsize=65536)
def to_traditional(text: str) -> str:
    """Simplified (OpenCC s2t) and Japanese shinjitai (`japanese_forms`) to Traditional.
    A surname character in the first place, or the first two of a name of four or more (a
    married woman's two surnames, 冠夫姓; a 3-character name's second is a given one),
    stays when OpenCC's phrase table turns it into a character that is no surname
    (余若薇 would become 餘若薇, 陳游淑惠 陳遊淑惠: 余 and 游 are surnames of their own)."""
    out = _opencc("s2t").convert(text.translate(japanese_forms()))  # type: ignore[attr-defined]
    if len(out) != len(text):
        return out
    surnames = _surname_set()
    for i in range(min(len(text), 2 if len(text) >= 4 else 1)):
        if out[i] != text[i] and text[i] in surnames and out[i] not in surnames:
            out = out[:i] + text[i] + out[i + 1 :]
    return out


@cache
def _surname_set() -> frozenset[str]:
    return frozenset(s for s in name_chars()[0] if len(s) == 1)


@cache
def japanese_forms() -> dict[int, str]:
    """Japanese shinjitai -> the Traditional form, a `str.translate` table (穂 穗, 辺 邊,
    沢 澤, 斉 齊, 広 廣, 竜 龍): OpenCC's JPVariants.txt (Traditional -> Japanese, shipped
    with the opencc package; it has no jp2t configuration) read backwards, keeping only
    forms that are no Chinese character of their own, i.e. in neither Big5 nor GB2312:
    芸 (not 藝), 余 (not 餘), 予 (not 豫) and 弁 are names in Chinese too."""
    import opencc

    path = Path(opencc.__file__).resolve().parent / "dictionary" / "JPVariants.txt"
    out: dict[int, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        traditional, _, forms = line.partition("\t")
        for form in forms.split():
            if form != traditional and len(form) == 1 and not _chinese_charset(form):
                out[ord(form)] = traditional
    return out


@cache
def _itaiji() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(scope, forms) of `data/han_itaiji.tsv`: scope "all" or "ja"."""
    out = []
    for line in (DATA / "han_itaiji.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            scope, forms = line.split("\t")
            out.append((scope, tuple(forms.split())))
    return tuple(out)


@cache
def _han_variant_pairs() -> dict[str, frozenset[str]]:
    """char -> the characters that are its other written forms in any name: OpenCC's
    variant tables read both ways (Taiwan and Hong Kong standard forms; Japanese
    shinjitai that are no Chinese character of their own) and `data/han_itaiji.tsv`'s
    "all" groups (辺 / 邉 / 邊, 高 / 髙, 杰 / 傑). Not the Simplified / Traditional tables:
    names are compared in their Traditional forms already, and a Simplified form that is
    a Traditional character of its own (志 for 誌, 范 for 範) would join two names'
    characters; nor a shinjitai that is a Chinese character (芸, 伝), which only a
    Japanese name joins (`japanese_kyujitai`). Direct links only."""
    import opencc

    root = Path(opencc.__file__).resolve().parent / "dictionary"
    out: dict[str, set[str]] = defaultdict(set)
    for name in ("JPVariants", "TWVariants", "HKVariants"):
        for line in (root / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            left, _, right = line.partition("\t")
            for form in right.split():
                if len(left) != 1 or len(form) != 1 or form == left:
                    continue
                if name == "JPVariants" and _chinese_charset(form):
                    continue
                out[left].add(form)
                out[form].add(left)
    for scope, forms in _itaiji():
        if scope == "all":
            for ch in forms:
                out[ch] |= set(forms) - {ch}
    return {k: frozenset(v) for k, v in out.items()}


def han_variants(x: str, y: str) -> bool:
    """Whether two characters are one character's two written forms in any name
    (`_han_variant_pairs`), each taken to its Traditional form too."""
    pairs = _han_variant_pairs()
    xs = {x, to_traditional(x)}
    ys = {y, to_traditional(y)}
    if xs & ys:
        return True
    return any(pairs.get(c, frozenset()) & ys for c in xs)


@cache
def _kyujitai() -> dict[int, str]:
    out: dict[int, str] = {}
    for scope, forms in _itaiji():
        if scope == "ja":
            out |= {ord(ch): forms[0] for ch in forms[1:]}
    return out


def japanese_kyujitai(text: str) -> str:
    """`text` with the "ja" groups of `data/han_itaiji.tsv` written as one form (斎, 斉 as
    齊; 伝 as 傳; 芸 as 藝): for a name written the Japanese way, where 斎藤 and 斉藤 are
    one surname and 芸 is 藝's shinjitai, not Chinese's 芸 yún."""
    return text.translate(_kyujitai())


def _chinese_charset(ch: str) -> bool:
    for charset in ("big5", "gb2312"):
        try:
            ch.encode(charset)
            return True
        except UnicodeEncodeError:
            pass
    return False


@lru_cache(maxsize=65536)
def warm_up() -> None:
    """Load pypinyin's dictionaries, OpenCC's two converters and the Cantonese table
    (~0.7 s together), which the first name in characters would otherwise wait for."""
    from pypinyin import pinyin

    pinyin("陳")
    _opencc("s2t")
    _opencc("t2s")
    _cantonese()


def to_simplified(text: str) -> str:
    return _opencc("t2s").convert(text)  # type: ignore[attr-defined]


@cache
def name_chars() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(surname characters, given-name characters, compound surnames) from the data file,
    in file order (most frequent first)."""
    surnames: list[str] = []
    given: list[str] = []
    compounds: list[str] = []
    section = None
    for line in (DATA / "name_chars.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        for item in line.split():
            target = given if section != "surnames" else compounds if len(item) > 1 else surnames
            if item not in target:
                target.append(item)
    return tuple(surnames), tuple(given), tuple(compounds)


def compound_surnames() -> tuple[str, ...]:
    return name_chars()[2]


# --- readings of characters ----------------------------------------------------------


@lru_cache(maxsize=65536)
def mandarin_readings(ch: str) -> tuple[str, ...]:
    """Toneless Hanyu Pinyin readings of one character, most common first (ü kept)."""
    from pypinyin import Style, pinyin

    out: list[str] = []
    for form in (ch, to_simplified(ch), to_traditional(ch)):
        for r in pinyin(form, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]:
            if r not in out and r.isalpha():
                out.append(r)
    return tuple(out[:3])


@lru_cache(maxsize=65536)
def all_mandarin_readings(ch: str) -> tuple[str, ...]:
    """`mandarin_readings` without its cut at three (斉: qi, ji, zi, zhai), for telling
    two characters apart, where a reading left out joins what the cut would part."""
    from pypinyin import Style, pinyin

    out: list[str] = []
    for form in (ch, to_simplified(ch), to_traditional(ch)):
        for r in pinyin(form, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]:
            if r not in out and r.isalpha():
                out.append(r)
    return tuple(out)


@cache
def _taiwan_readings() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "taiwan_readings.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, readings = line.split("\t")
            out[ch] = tuple(readings.split())
    return out


def taiwan_readings(ch: str) -> tuple[str, ...]:
    """Mandarin readings Taiwan prints in names that pypinyin lacks (藩 pan: 劉松藩 LIU
    SUNG-PAN), from `data/taiwan_readings.tsv`."""
    return _taiwan_readings().get(to_traditional(ch), ())


# Hong Kong government spellings in everyday use on HKIDs and passports that the
# cantonese-romanisation table lacks (e.g. 子 is TSZ in 陳子聰 CHAN TSZ CHUNG).
_CANTONESE_EXTRA = {"子": ("tsz",), "梓": ("tsz",), "紫": ("tsz",), "芷": ("tsz",),
                    "慈": ("tsz",), "思": ("sze",), "詩": ("sze",), "施": ("sze",),
                    "曾": ("tsang",), "謝": ("tse",), "徐": ("tsui",), "祖": ("cho",)}  # fmt: skip


@lru_cache(maxsize=65536)
def cantonese_readings(ch: str) -> tuple[str, ...]:
    """Hong Kong government Cantonese spellings of one character."""
    table = _cantonese().charToRoman  # type: ignore[attr-defined]
    out: list[str] = list(_CANTONESE_EXTRA.get(to_traditional(ch), ()))
    for form in (to_traditional(ch), ch):
        for r in table.get(form, []):
            if r not in out and r.isascii() and r.isalpha():
                out.append(r)
    # The package gives some characters only in Yale, whose J (unaspirated ch) the Hong
    # Kong government writes CH: 正 jing CHING, 珍 jan CHAN, 竹 juk CHUK, 哲 jit CHIT.
    out = out[:4]
    out += [h for h in ("ch" + r[1:] for r in out if r.startswith("j")) if h not in out]
    # Its Yale JAN (short vowel: 振, 鎮, 珍) the government also writes CHUN (梁振英 LEUNG
    # CHUN-YING, 黃鎮廷 WONG CHUN-TING), as the package itself gives SUN beside SAN (新).
    if "jan" in out and "chun" not in out:
        out.append("chun")
    return tuple(out[:4])


# Taiwanese passports mix the columns of the Bureau of Consular Affairs' table (Wade-Giles,
# MPS II, Tongyong, Pinyin) within one syllable, as applicants choose the letters: MPS
# II's SH- before Wade-Giles' -IEH/-UEH (謝 SHIEH, 薛 SHUEH), Wade-Giles' initials before
# the -ONG of Pinyin and Tongyong (忠 TSONG, 雄 HSIONG, 榮 JONG), MPS II's TZ/SZ before
# the -I, -U of the other columns (子 TZI, 思 SZU; SZU is also the postal Szechwan's);
# the older TZE for 子, 紫 (Lao Tze; HUANG TZE-YU beside TZU-YU: review of stop 26), and
# TSE, TSU (宋子文 SOONG TSE-VEN, Sun Tsu; 周子瑜 CHOU TSU-YU: review n16a) for 子 and 慈.
_TW_INITIAL_SH = re.compile(r"^hs(?=i[aeu]|ue)")  # 謝 hsieh SHIEH, 蕭 hsiao SHIAO
_TW_FINAL_ONG = re.compile(r"^(ts|tz|ch|hs|j)(i?)ung$")  # 忠 chung TSONG, 雄 hsiung HSIONG
_TW_APICAL = {"zi": ("tzi", "tze", "tse", "tsu"), "ci": ("tzi", "tse", "tsu"), "si": ("szu",)}


@lru_cache(maxsize=4096)
def taiwan_customary(pinyin: str) -> tuple[str, ...]:
    """Customary Taiwanese passport spellings of one Hanyu syllable that no column of the
    table gives: 'xie' -> ('shieh',), 'zhong' -> ('chong', 'tsong'), 'zi' -> ('tzi',)."""
    row = _row_of().get(pinyin)
    if row is None:
        return ()
    wade = sorted(passport_forms(row.wade))[0]
    out: list[str] = list(_TW_APICAL.get(pinyin, ()))
    if _TW_INITIAL_SH.match(wade):
        out.append(_TW_INITIAL_SH.sub("sh", wade))
    m = _TW_FINAL_ONG.match(wade)
    if m:
        initials = ("ch", "ts") if m.group(1) == "ch" and not m.group(2) else (m.group(1),)
        out += [i + m.group(2) + "ong" for i in initials]
    known = mandarin_spellings(pinyin)
    return tuple(f for f in dict.fromkeys(out) if f not in known)


@lru_cache(maxsize=65536)
def gwoyeu_readings(ch: str) -> tuple[str, ...]:
    """Gwoyeu Romatzyh spellings of one character (tone included in the spelling)."""
    from pypinyin import Style, pinyin

    out: list[str] = []
    table = _gwoyeu()
    for form in (ch, to_simplified(ch)):
        for r in pinyin(form, style=Style.TONE3, heteronym=True, neutral_tone_with_five=True)[0]:
            if r[-1:].isdigit() and r[-1] in "1234":
                gr = table.get((r[:-1].replace("v", "ü"), int(r[-1])))
                if gr and gr not in out:
                    out.append(gr)
    return tuple(out[:4])


@lru_cache(maxsize=65536)
def romanisations(ch: str) -> dict[str, str]:
    """passport spelling -> system label, for one character (every system)."""
    out = dict(tabled_romanisations(ch))
    for spelling, label in customary_cantonese(ch):
        out.setdefault(spelling, label)
    return out


@lru_cache(maxsize=65536)
def tabled_romanisations(ch: str) -> dict[str, str]:
    """`romanisations` but for the customary Hong Kong and Macau spellings (震 TSUN, 振
    TSAN): the systems' tables and the dialects'."""
    out: dict[str, str] = {}
    rows = _row_of()
    for py in mandarin_readings(ch):
        row = rows.get(py)
        if row is None:
            for form in passport_forms(py):
                out.setdefault(form, HANYU)
            continue
        for system in MANDARIN_SYSTEMS:
            for form in passport_forms(row.spelling(system)):
                out.setdefault(form, system)
    for py in mandarin_readings(ch)[:2]:
        for form in taiwan_customary(py):
            out.setdefault(form, DIALECTS["V"])
    for gr in gwoyeu_readings(ch):
        out.setdefault(gr, GWOYEU)
    for c in cantonese_readings(ch):
        out.setdefault(c, CANTONESE)
    for spelling, label in dialect_spellings(ch):
        out.setdefault(spelling, label)
    for spelling in hokkien_spellings(ch):
        out.setdefault(spelling, HOKKIEN)
    return out


# --- Hokkien readings as Singapore and Malaysian documents spell them -------------------

# Tai-lo initials -> passport spellings (registries wrote dialect names by ear in an
# English-style, POJ-derived spelling: ts/tsh as CH, aspirates with or without H).
_HOKKIEN_INITIALS = {"tsh": ("ch",), "ts": ("ch",), "kh": ("kh", "k"), "ph": ("p", "ph"),
                     "th": ("t", "th"), "ng": ("ng",), "j": ("j",), "g": ("g",), "b": ("b",),
                     "p": ("p",), "t": ("t",), "k": ("k",), "h": ("h",), "s": ("s",),
                     "l": ("l",), "m": ("m",), "n": ("n",), "": ("",)}  # fmt: skip
# Tai-lo rimes -> spellings seen on those documents (修 siu SIEW, 建 kian KEAN, 英 ing ENG,
# 寶 po POH, 許 khoo KHOO/KOH, 順 sun SOON, 黃 ui WEE/OOI, 六 lak LARK, 中 tiong TEONG).
_HOKKIEN_RIMES = {"i": ("i", "ee"), "u": ("u", "oo"), "a": ("a", "ah"), "e": ("e", "eh"),
                  "o": ("o", "oh"), "oo": ("oo", "o", "oh"), "iu": ("iu", "iew", "ew"),
                  "iau": ("iau", "iao", "eow", "eau", "iow"), "ian": ("ian", "ean", "ien"),
                  "iat": ("iat", "eat"), "ing": ("ing", "eng"), "ik": ("ik", "ek"),
                  "iong": ("iong", "eong", "ong"), "iok": ("iok", "eok", "ok"),
                  "iam": ("iam", "eam"), "iap": ("iap", "eap"), "io": ("io", "eo", "eoh"),
                  "un": ("un", "oon"), "ut": ("ut", "oot"), "ui": ("ui", "wee", "ooi", "uy"),
                  "ua": ("ua", "wa"), "uan": ("uan", "wan", "oan"), "ue": ("ue", "weh"),
                  "ak": ("ak", "ark"), "au": ("au", "ao")}  # fmt: skip
# A syllable with no initial: i- and u- written Y and W (佑 iu YEW, 燕 ian YIEN, 黃 ui WEE,
# 偉 ui WOOI in Malaysia).
_HOKKIEN_GLIDES = {"iu": ("yu", "yew"), "ian": ("yan", "yen", "yien"), "iong": ("yong", "yeong"),
                   "iok": ("yok", "yeok"), "iau": ("yau", "yeow"), "ing": ("ying",),
                   "io": ("yeo", "yeoh"), "ia": ("ya",), "im": ("yim",), "in": ("yin",),
                   "ua": ("wa",), "uan": ("wan",), "ui": ("wee", "ooi", "wooi"),
                   "ue": ("weh",)}  # fmt: skip


def hokkien_passport_forms(tailo: str) -> tuple[str, ...]:
    """Passport spellings of one toneless Tai-lo syllable: 'siu' -> ('siu', 'siew', 'sew');
    a glottal stop (-h) may be written or not, a nasal vowel (-nn) is not."""
    s = tailo[:-2] if tailo.endswith("nn") and len(tailo) > 2 else tailo
    initial = next((i for i in ("tsh", "ts", "kh", "ph", "th", "ng") if s.startswith(i)), "")
    if not initial and s[:1] in _HOKKIEN_INITIALS and s[:1] not in "aeiou" and len(s) > 1:
        initial = s[0]
    rime = s[len(initial) :]
    if not rime:  # a syllabic NG or M (黃 ng)
        return (s,)
    base = rime.removesuffix("h") if len(rime) > 1 else rime
    rimes = list(_HOKKIEN_RIMES.get(base, (base,)))
    if base != rime:
        rimes += [r + "h" for r in rimes if not r.endswith("h")]
    out = [i + r for i in _HOKKIEN_INITIALS.get(initial, (initial,)) for r in rimes]
    if not initial:
        out += _HOKKIEN_GLIDES.get(base, ())
    dutch = _DUTCH_RIMES.get(base, ())
    out += [i + r for i in _DUTCH_INITIALS.get(initial, (initial,)) for r in dutch]
    return tuple(dict.fromkeys(out))


# The Dutch-based spelling of Hokkien names in the Netherlands Indies, kept by Chinese
# Indonesians born before 1972 and their families (Wikipedia, "Chinese Indonesian
# surname": 林 LIEM, 黃 OEI, 蔡 TJOA, 水 SWIE): OE for U, TJ for CH, IE for I before M/N.
_DUTCH_INITIALS = {"tsh": ("tj",), "ts": ("tj",), "kh": ("kh",), "ph": ("ph", "p"),
                   "th": ("th", "t")}  # fmt: skip
_DUTCH_RIMES = {"ui": ("oei", "oey", "wie"), "u": ("oe",), "ua": ("oa",), "un": ("oen",),
                "im": ("iem",), "in": ("ien",)}  # fmt: skip


@cache
def _hokkien_table() -> dict[str, tuple[str, ...]]:
    """char -> toneless Tai-lo readings (data/hokkien_tailo.tsv, from taibun)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in (DATA / "hokkien_tailo.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            ch, readings = line.split("\t")
            out[ch] = tuple(readings.split())
    return out


@lru_cache(maxsize=65536)
def hokkien_spellings(ch: str) -> tuple[str, ...]:
    """Singapore/Malaysian passport spellings of a character's Hokkien readings (first
    three readings: the rest are rare words' readings)."""
    readings = _hokkien_table().get(to_traditional(ch), ())
    return tuple(dict.fromkeys(f for r in readings[:3] for f in hokkien_passport_forms(r)))


@cache
def _hokkien_forms() -> frozenset[str]:
    return frozenset(
        f for rs in _hokkien_table().values() for r in rs[:3] for f in hokkien_passport_forms(r)
    )


def is_hokkien_form(word: str) -> bool:
    """Whether `hokkien_spellings` gives this spelling for some character: such a word
    may be one syllable (KEAN is 建, not KE-AN) when it is compared with characters."""
    return word.lower() in _hokkien_forms()


@cache
def _customary_forms() -> frozenset[str]:
    cantonese = {s for pairs in _customary_cantonese().values() for s, _ in pairs}
    # not SHIEH, SHIAO: as one syllable, SHIAO (蕭) came near 謝's SHIE as a spelling
    # slip, where split (SHIA-O) it does not; SHIEH needs no such help (SHIE-H is no split)
    taiwan = {f for row in syllable_rows() for f in taiwan_customary(row.hanyu) if f[:2] != "sh"}
    return frozenset(cantonese | taiwan)


def is_one_syllable_form(word: str) -> bool:
    """A Hokkien (`is_hokkien_form`), customary Hong Kong or Macau (POI 蓓, TSZE 子, KUOK
    國) or customary Taiwanese spelling (TZI 子): against characters the word may be one
    syllable, not PO-I or TZ-I."""
    return is_hokkien_form(word) or word.lower() in _customary_forms()


def romanise(text: str, system: str) -> list[str]:
    """First reading of each Han character of `text` in `system` (lower case)."""
    out = []
    rows = _row_of()
    for ch in text:
        if not is_han(ch):
            continue
        if system == CANTONESE:
            readings = cantonese_readings(ch)
            out.append(readings[0] if readings else "")
            continue
        py = mandarin_readings(ch)
        if not py:
            out.append("")
            continue
        row = rows.get(py[0])
        spelling = row.spelling(system) if row else py[0]
        out.append(sorted(passport_forms(spelling))[0] if system != HANYU else py[0])
    return out


# --- romanised syllables -------------------------------------------------------------


def mandarin_of(spelling: str) -> dict[str, frozenset[str]]:
    """Passport spelling -> {Hanyu Pinyin syllable: systems} (empty if not Mandarin)."""
    return _mandarin_index().get(spelling.lower(), {})


@lru_cache(maxsize=4096)
def mandarin_spellings(pinyin: str) -> dict[str, str]:
    """Passport spellings of one Hanyu syllable in every Mandarin system -> system."""
    row = _row_of().get(pinyin)
    if row is None:
        return {f: HANYU for f in passport_forms(pinyin)}
    out: dict[str, str] = {}
    for system in MANDARIN_SYSTEMS:
        for form in passport_forms(row.spelling(system)):
            out.setdefault(form, system)
    return out


def is_cantonese(spelling: str) -> bool:
    return spelling.lower() in _cantonese_spellings()


@cache
def gwoyeu_shadowed() -> dict[str, frozenset[str]]:
    """GR spellings that another system uses for another syllable, so that
    `_mandarin_index` reads them the standard way only: spelling -> the Hanyu syllables
    GR spells so (jih -> ji: 季 JIH, where Wade-Giles jih is 日 ri)."""
    index = _mandarin_index()
    out: dict[str, set[str]] = defaultdict(set)
    for (py, _), gr in _gwoyeu().items():
        if py not in index.get(gr, {}):
            out[gr].add(py)
    return {k: frozenset(v) for k, v in out.items()}


def gwoyeu_table() -> dict[tuple[str, int], str]:
    """(hanyu syllable, tone) -> Gwoyeu Romatzyh spelling."""
    return _gwoyeu()


def gwoyeu_only() -> frozenset[str]:
    """Spellings that only Gwoyeu Romatzyh uses (JEOU, PYNG, MEY, SER...)."""
    return _gwoyeu_only()


@cache
def _gwoyeu_only() -> frozenset[str]:
    """Spellings that only Gwoyeu Romatzyh uses (JEOU, PYNG, MEY, SER...)."""
    index = _mandarin_index()
    return frozenset(k for k, v in index.items() if all(s == {GWOYEU} for s in v.values()))


def is_syllable(spelling: str) -> bool:
    """A syllable a word may be split into. Gwoyeu Romatzyh's own spellings count only as
    whole words (`segmentations`): as pieces they read Western names as Chinese (MEYER
    as MEY-ER, KAISER as KAI-SER), and passports hyphenate GR names (YING-JEOU)."""
    s = spelling.lower()
    if s in _cantonese_spellings():
        return True
    return s in _mandarin_index() and s not in _gwoyeu_only()


def is_dialect_spelling(spelling: str) -> bool:
    return bool(dialect_chars(spelling))


MAX_SPLITS = 6  # segmentations kept per word (the rest are rarer readings of the same)


def _split_rank(seg: tuple[str, ...]) -> tuple[int, int, int, int]:
    """Fewer syllables first; then splits whose every syllable is Mandarin; then splits
    that Hanyu Pinyin itself could write (a syllable after the first never starts with
    a vowel there: XI'AN needs the apostrophe, so NANA is NA-NA before NAN-A); then
    longer first syllables."""
    vowel_starts = sum(x[0] in "aeiou" for x in seg[1:])
    return (len(seg), sum(not mandarin_of(x) for x in seg), vowel_starts, -len(seg[0]))


@lru_cache(maxsize=131072)
def segmentations(token: str, max_syllables: int = 2) -> tuple[tuple[str, ...], ...]:
    """Every way to read a Latin word as 1..max_syllables romanised syllables (dynamic
    programming over split points; a whole word may also be a Gwoyeu Romatzyh or dialect
    spelling such as JEOU or KHOO), best first by `_split_rank`, at most MAX_SPLITS.
    Two syllables at most by default: three read Western words as junk syllables
    (MUELLER as MU-ELL-ER).
    'SHUIBIAN' -> (('shui', 'bian'),); 'NANA' -> (('na', 'na'), ('nan', 'a')); 'ANDREW' -> ()."""
    t = token.lower()
    if not t.isascii() or not t.isalpha() or len(t) > 14:
        return ()
    if is_syllable(t) or t in _gwoyeu_only():
        return ((t,),)  # one syllable (LONG is not LO-NG)
    out = _splits(t, max_syllables)
    if is_dialect_spelling(t):
        out.insert(0, (t,))
    out.sort(key=_split_rank)
    return tuple(out[:MAX_SPLITS])


def _splits(t: str, max_syllables: int) -> list[tuple[str, ...]]:
    if max_syllables == 2:  # the common case: every split point where both halves fit
        n = len(t)
        return [(t[:i], t[i:]) for i in range(max(1, n - 6), min(n, 7))
                if is_syllable(t[:i]) and is_syllable(t[i:])]  # fmt: skip
    # ways[i]: the readings of t[:i]; a syllable is at most 6 letters, so each position
    # looks back 6 places and the work stays linear in the word's length.
    n = len(t)
    ways: list[list[tuple[str, ...]]] = [[] for _ in range(n + 1)]
    ways[0] = [()]
    for i in range(1, n + 1):
        for j in range(max(0, i - 6), i):
            if ways[j] and is_syllable(t[j:i]):
                ways[i].extend((*w, t[j:i]) for w in ways[j] if len(w) < max_syllables)
    return list(ways[n])


_ASPIRATION = (("zh", "j"), ("ch", "j"), ("q", "j"), ("c", "z"), ("p", "b"), ("t", "d"),
               ("k", "g"))  # fmt: skip


def coarse(pinyin: str) -> str:
    """Hanyu syllable with aspiration and ü merged: what blocking compares."""
    s = pinyin.replace("ü", "u").replace("v", "u")
    for a, b in _ASPIRATION:
        if s.startswith(a):
            return b + s[len(a) :]
    return s


@lru_cache(maxsize=131072)
def spelling_keys(spelling: str) -> frozenset[str]:
    """Blocking keys of one romanised syllable (same function on both sides)."""
    s = spelling.lower()
    m = mandarin_of(s)
    if m:
        return frozenset("s:" + coarse(p) for p in m)
    return frozenset({"c:" + s})


@lru_cache(maxsize=65536)
def char_keys(ch: str) -> tuple[frozenset[str], frozenset[str]]:
    """(Mandarin keys, Cantonese keys) of one Han character."""
    mandarin = frozenset("s:" + coarse(p) for p in mandarin_readings(ch)[:2])
    canto: set[str] = set()
    for c in cantonese_readings(ch)[:2]:
        canto |= spelling_keys(c)
    return mandarin, frozenset(canto)


@cache
def _dialect_bridges() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Over the common name characters (most frequent first): Cantonese spelling ->
    ['pinyin|char'] and Mandarin pinyin -> ['cantonese|char']."""
    surnames, given, compounds = name_chars()
    chars = list(dict.fromkeys([*surnames, *(c for comp in compounds for c in comp), *given]))
    c2m: dict[str, list[str]] = defaultdict(list)
    m2c: dict[str, list[str]] = defaultdict(list)
    for ch in chars:
        for c in cantonese_readings(ch)[:2]:
            for m in mandarin_readings(ch)[:1]:
                c2m[c].append(f"{m}|{ch}")
                m2c[m].append(f"{c}|{ch}")
    return c2m, m2c


@cache
def _mandarin_to_dialect() -> dict[str, list[tuple[str, str, str]]]:
    """hanyu syllable -> [(dialect spelling, label, char)] over the dialect table."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for ch, spellings in _dialect_table()[0].items():
        for py in mandarin_readings(ch)[:1]:
            out[py].extend((sp, label, ch) for sp, label in spellings)
    return out


@lru_cache(maxsize=65536)
def cross_dialect(spelling: str) -> tuple[tuple[str, str, str, str], ...]:
    """Other spellings of the same name character in another dialect:
    [(spelling, dialect of that spelling, char, dialect of `spelling`)].
    CHAN -> [('chen', 'Mandarin', '陳', 'Cantonese'), ...]; TAN -> [('chen', 'Mandarin',
    '陳', 'Hokkien/Teochew'), ...]."""
    c2m, m2c = _dialect_bridges()
    s = spelling.lower()
    out: list[tuple[str, str, str, str]] = []
    for item in c2m.get(s, ()):
        m, ch = item.split("|")
        out.append((m, "Mandarin", ch, CANTONESE))
    for ch, label in dialect_chars(s):
        for m in mandarin_readings(ch)[:1]:
            out.append((m, "Mandarin", ch, label))
        for c in cantonese_readings(ch)[:1]:
            out.append((c, CANTONESE, ch, label))
        for other, other_label in dialect_spellings(ch):
            if other != s:
                out.append((other, other_label, ch, label))
    for py in sorted(mandarin_of(s)):
        for item in m2c.get(py, ()):
            c, ch = item.split("|")
            out.append((c, CANTONESE, ch, "Mandarin"))
        for other, label, ch in _mandarin_to_dialect().get(py, ()):
            out.append((other, label, ch, "Mandarin"))
    return tuple(dict.fromkeys(out))


@cache
def _dialect_surname_chars() -> frozenset[str]:
    out = set()
    for line in (DATA / "dialect_spellings.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and line.endswith("\ts"):
            out.add(line.split("\t")[0])
    return frozenset(out)


_STANDARD = ("Mandarin", CANTONESE)
BRIDGE_KEYS = 3  # Pinyin syllables a non-Mandarin spelling looks up through `bridge_char`


@lru_cache(maxsize=131072)
def expansion_keys(spelling: str, dialects: bool = True) -> frozenset[str]:
    """Query-side keys of a syllable: its own and its cross-dialect counterparts'. From a
    Mandarin syllable, only the dialect spellings of surname characters (CHEN -> TAN):
    those of every given-name character with the same reading doubled the lookup.
    Without `dialects`, only Mandarin and Hong Kong Cantonese counterparts (as before
    the dialect table; the one-typo pass uses that to keep its wide lookup short)."""
    keys = set(spelling_keys(spelling))
    for other, dialect, ch, own in cross_dialect(spelling):
        if own in _STANDARD and dialect in _STANDARD:
            pass
        elif not dialects or (own == "Mandarin" and ch not in _dialect_surname_chars()):
            continue
        if dialect == "Mandarin":
            keys.add("s:" + coarse(other))
        else:
            keys |= spelling_keys(other)
    if dialects and not mandarin_of(spelling):
        # a spelling no Mandarin system has (KAM, IOK, SWEE) also looks up the Pinyin of
        # the first naming characters read so (`bridge_char`: KAM 金 JIN), ~2 keys more
        for py in list(_syllable_bridges().get(spelling.lower(), {}))[:BRIDGE_KEYS]:
            keys.add("s:" + coarse(py))
    return frozenset(keys)


def describe_system(spelling: str) -> str:
    m = mandarin_of(spelling)
    systems: set[str] = set()
    for s in m.values():
        systems |= s
    if is_cantonese(spelling):
        systems.add(CANTONESE)
    for _, label in dialect_chars(spelling):
        systems.update(label.split("/"))
    order = [*MANDARIN_SYSTEMS, GWOYEU, CANTONESE, *DIALECTS.values()]
    return "/".join(s for s in order if s in systems) or "unknown system"


def strip_tone_marks(text: str) -> str:
    """'Chén Shuǐbiǎn' -> 'Chen Shuibian' (keeps ü)."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.category(ch) == "Mn" and ch != "\u0308":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# --- a dialect syllable against Hanyu Pinyin, no characters on either side ---------------


@cache
def common_chars() -> tuple[str, ...]:
    """Characters people are named with: the name characters (`name_chars`, most
    frequent first), those of the dialect table, then the kanji that KANJIDIC2 gives name
    readings (`japanese.name_kanji`, 1,458 in Traditional and Japanese forms; a published
    list of naming characters of the same Han tradition). Not every common character: on
    GB2312's 3,755 first-level ones, words' characters made most of the bridges between
    different names (KAH / JIAN via 監, WOH / GUO via 鍋), and KANJIDIC2 gives some of
    those name readings too: `_NOT_NAME_CHARS` are left out. (All of KANJIDIC2 out cut
    LIM KOK SENG's Pinyin matches 66 -> 26 but missed CHIANG KAI-SHEK / JIANG JIESHI via
    介, KOO TIN-LOK / GU TIANLE via 楽 and four more real names of the development set.)"""
    from desktop.screening import japanese

    surnames, given, compounds = name_chars()
    first = [*surnames, *(c for comp in compounds for c in comp), *given]
    rest = sorted(set(_dialect_table()[0]) | japanese.name_kanji())
    return tuple(
        dict.fromkeys(
            ch
            for ch in [*first, *rest]
            if len(ch) == 1 and is_han(ch) and ch not in _NOT_NAME_CHARS
        )
    )


# Words' characters that KANJIDIC2 lists with name readings but that name no Chinese
# person, found bridging different names (a review: WONG KAM PO / HUANG JIANBO via 監,
# TAN CHEE MING / CHEN SIMING via 飼, LIM KOK SENG / LIN JIAOSHENG via 脚 (腳), GOUSHENG 溝,
# QUESHENG 塙; DESIGN dropped 監 (and its variant 鑑) and 鍋 before)
_NOT_NAME_CHARS = frozenset("監鑑鍋飼脚腳溝塙")


def _other_spellings(ch: str) -> tuple[str, ...]:
    """Spellings of a character outside Mandarin: Hong Kong Cantonese, the dialect table
    (Macau, Hokkien, Teochew...) and the Hokkien readings as Singapore and Malaysia
    write them. Not `customary_cantonese`: its variants (嗣 zi6 CHEE) bridged different
    names (TAN CHEE MING / CHEN SIMING), and its government spellings (杜 dou6 TO, which
    the package gives in Yale as DO) changed no measured pair."""
    table = _dialect_table()[0].get(ch, ())
    return (*cantonese_readings(ch), *(s for s, _ in table), *hokkien_spellings(ch))


@cache
def _syllable_bridges() -> dict[str, dict[str, tuple[str, ...]]]:
    """spelling outside Mandarin -> {Hanyu Pinyin syllable: the common characters read
    both ways, most frequent first} (`common_chars`, first Mandarin reading)."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for ch in common_chars():
        for py in mandarin_readings(ch)[:1]:  # the second is often a rare word's (位 li)
            for spelling in dict.fromkeys(_other_spellings(ch)):
                out[spelling][py.replace("ü", "v")].append(ch)
    return {k: {p: tuple(v) for p, v in by_py.items()} for k, by_py in out.items()}


# Surnames common in given names too, which name_chars' given-name sample misses (a
# review found HO MAN-TIN / HE WANTIAN, 萬, kept apart by the surname-only rule).
_GIVEN_TOO = frozenset("萬江方石高洪雷白田王葉童")


@cache
def surname_only_chars() -> frozenset[str]:
    """Characters common as surnames and not in given names (陳, 鄭): a syllable of a
    given name is not bridged to another spelling through one of them."""
    surnames, given, _ = name_chars()
    return frozenset(surnames) - set(given) - _GIVEN_TOO


def bridge_char(spelling: str, pinyin_spelling: str, given: bool = False) -> str:
    """A common character that a dialect spells `spelling` and Hanyu Pinyin spells
    `pinyin_spelling` ('kam', 'jin' -> '金'), or ''. In a given name, not a character
    that is only a surname (TING / ZHENG through 鄭 would join 婷 and 正)."""
    by_py = _syllable_bridges().get(spelling.lower())
    if not by_py:
        return ""
    p = pinyin_spelling.lower()
    chars = by_py.get(p) or by_py.get(p.replace("u", "v"), ())
    skip = surname_only_chars() if given else frozenset()
    return next((c for c in chars if c not in skip), "")
