"""Thai and Devanagari names in Latin letters, for comparison with passport spellings.

ICAO 9303-3 has no table for these scripts; a passport carries the holder's own Latin
spelling (THAKSIN SHINAWATRA, NARENDRA MODI). What matching needs is a reading close
enough for the fuzzy word comparison: Thai by the Royal Thai General System (RTGS:
consonant values as initial and as final, preposed vowels, the inherent vowel a/o,
silent letters under the thanthakhat), Devanagari by the usual Hindi name spelling
(inherent a, dropped at the end of a word and between VC_CV as Hindi speech drops it:
मनमोहन MANMOHAN, राहुल RAHUL; kept after a cluster: नरेन्द्र NARENDRA). Neither is a
full orthography: letters doubled across syllables (ชินวัตร RTGS CHINNAWAT) are read
once. Written for this project from the RTGS and Hunterian tables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

# --- Thai (U+0E00-U+0E7F) ---------------------------------------------------------------

# consonant -> (as initial, as final)
_TH_CONS = {
    "ก": ("K", "K"), "ข": ("KH", "K"), "ฃ": ("KH", "K"), "ค": ("KH", "K"), "ฅ": ("KH", "K"),
    "ฆ": ("KH", "K"), "ง": ("NG", "NG"), "จ": ("CH", "T"), "ฉ": ("CH", "T"), "ช": ("CH", "T"),
    "ซ": ("S", "T"), "ฌ": ("CH", "T"), "ญ": ("Y", "N"), "ฎ": ("D", "T"), "ฏ": ("T", "T"),
    "ฐ": ("TH", "T"), "ฑ": ("TH", "T"), "ฒ": ("TH", "T"), "ณ": ("N", "N"), "ด": ("D", "T"),
    "ต": ("T", "T"), "ถ": ("TH", "T"), "ท": ("TH", "T"), "ธ": ("TH", "T"), "น": ("N", "N"),
    "บ": ("B", "P"), "ป": ("P", "P"), "ผ": ("PH", "P"), "ฝ": ("F", "P"), "พ": ("PH", "P"),
    "ฟ": ("F", "P"), "ภ": ("PH", "P"), "ม": ("M", "M"), "ย": ("Y", "I"), "ร": ("R", "N"),
    "ล": ("L", "N"), "ว": ("W", "O"), "ศ": ("S", "T"), "ษ": ("S", "T"), "ส": ("S", "T"),
    "ห": ("H", ""), "ฬ": ("L", "N"), "อ": ("", ""), "ฮ": ("H", ""),
}  # fmt: skip
_TH_PRE = frozenset("เแโใไ")  # vowels written before the consonant they follow in speech
_TH_AFTER = frozenset("ะัาำิีึืุู็")  # vowel signs after, above or below the consonant
_TH_DROP = frozenset("่้๊๋ํ")  # tone marks
_TH_KARAN = "์"  # thanthakhat: the letter under it is silent
_TH_VOWEL = {"ะ": "A", "ั": "A", "า": "A", "ำ": "AM", "ิ": "I", "ี": "I", "ึ": "UE", "ื": "UE",
             "ุ": "U", "ู": "U", "็": ""}  # fmt: skip
_TH_CLUSTER_2 = {"ร": "กขคตปพผบด", "ล": "กขคปพผบฟ", "ว": "กขค"}


def _thai_silence(chars: list[str]) -> list[str]:
    out: list[str] = []
    for c in chars:
        if c in _TH_DROP:
            continue
        if c != _TH_KARAN:
            out.append(c)
            continue
        while out and out[-1] in _TH_AFTER:  # ธิ์: the vowel goes with its letter
            out.pop()
        silent = out.pop() if out else ""
        # ทร์, ษณ์ (จันทร์ CHAN, ลักษณ์ LAK): the cluster's first letter is silent too
        if silent in "รณ" and len(out) >= 2 and out[-1] in _TH_CONS and out[-2] in _TH_CONS:
            out.pop()
    return out


def _thai_word(word: str, rtgs: bool = False) -> str:
    """One Thai word in Latin letters. `rtgs`: with two RTGS readings the stored keys'
    reading lacks (`rtgs_reading`, for the comparison only: keys unchanged): สม at the
    word's start before a consonant is SOM (สมพร SOM-PHON, not SA-MA-PHON), and a
    consonant after a
    written vowel that starts such a syllable rather than closing the one before (ศรีวงศ์
    SI-WONG, not SIO)."""
    s = _thai_silence(list(word.replace("\u0e4d\u0e32", "\u0e33")))  # NFKC splits ำ
    n = len(s)
    out: list[str] = []
    i = 0

    def is_cons(k: int) -> bool:
        return 0 <= k < n and s[k] in _TH_CONS

    def takes_vowel(k: int) -> bool:  # the consonant at k starts a syllable of its own
        return k + 1 < n and (s[k + 1] in _TH_AFTER or (s[k + 1] in "อว" and k + 2 >= n))

    while i < n:
        pre = ""
        if s[i] in _TH_PRE:
            pre, i = s[i], i + 1
        if not is_cons(i):
            if i < n and s[i] in _TH_VOWEL:
                out.append(_TH_VOWEL[s[i]])
            elif i < n and s[i] == "ฤ":
                out.append("RUE")
            i += 1
            continue
        initial = _TH_CONS[s[i]][0]
        if is_cons(i + 1) and (
            (s[i] == "ห" and s[i + 1] in "งญนมยรลว") or (s[i] == "อ" and s[i + 1] == "ย")
        ):
            i += 1  # ห before a sonorant, อ before ย: silent, they only mark the tone
            initial = _TH_CONS[s[i]][0]
        elif is_cons(i + 1) and s[i + 1] in _TH_CLUSTER_2 and s[i] in _TH_CLUSTER_2[s[i + 1]] \
                and (takes_vowel(i + 1) or pre):  # fmt: skip
            i += 1
            initial += _TH_CONS[s[i]][0]
        elif is_cons(i + 1) and s[i + 1] == "ร" and s[i] in "สศซจ" and (takes_vowel(i + 1) or pre):
            i += 1  # สร, ศร: the ร is silent (ศรี SI, เศรษฐา SET-THA)
        i += 1
        vowel, start = "", i
        while i < n and s[i] in _TH_AFTER:
            vowel += _TH_VOWEL[s[i]]
            i += 1
        if pre:
            if pre in "ใไ":
                vowel = "AI"
            elif pre == "เ" and "".join(s[start:i]) in ("า", "าะ"):
                vowel = "AO" if i - start == 1 else "O"  # เยาว YAOW, เกาะ KO
            elif pre == "เ" and vowel == "I" and i < n and s[i] == "ย":
                vowel, i = "IA", i + 1
            elif pre == "เ" and vowel == "UE" and i < n and s[i] == "อ":
                vowel, i = "UEA", i + 1
            elif pre == "เ" and (vowel == "I" or (i < n and s[i] == "อ" and not takes_vowel(i))):
                vowel, i = "OE", i + (0 if vowel else 1)
            else:
                vowel = {"เ": "E", "แ": "AE", "โ": "O"}[pre]
        elif vowel == "A" and i < n and s[i] == "ว" and not takes_vowel(i):
            vowel, i = "UA", i + 1  # ตัว TUA
        elif vowel == "UE" and i < n and s[i] == "อ":
            i += 1  # ือ
        elif not vowel and i < n and s[i] == "อ" and not takes_vowel(i):
            vowel, i = "O", i + 1  # จอ CHO
        elif not vowel and i + 1 < n and s[i] == "ร" and s[i + 1] == "ร":
            vowel, i = "A", i + 2  # รร: AN, or A before a final
            if not is_cons(i) or takes_vowel(i):
                vowel = "AN"
        elif not vowel and i < n and s[i] == "ว" and is_cons(i + 1) and not takes_vowel(i + 1):
            vowel, i = "UA", i + 1  # สวน SUAN
        elif not vowel:
            # no vowel written: O in a closed syllable (นก NOK, สมชาย SOM-CHAI), else an open
            # A (อนุ A-NU, ทนนท์ THA-NON)
            closes = (
                is_cons(i)
                and not takes_vowel(i)
                and (
                    i + 1 >= n
                    or s[i + 1] in _TH_PRE
                    or takes_vowel(i + 1)
                    or (
                        # สม at a word's start, two letters or more after it, is SOM (สมพร
                        # SOM-PHON, สมปอง SOM-PONG; สมร SA-MON); not every unwritten vowel
                        # before a closed syllable is: ธนพล THA-NA-PHON, Pali's
                        rtgs and i == 1 and s[:2] == ["ส", "ม"] and i + 2 < n and is_cons(i + 1)
                    )
                )
            )
            vowel = "O" if closes else "a"
        final = ""
        if vowel == "a":
            vowel = "A"
        elif (
            vowel not in ("AI", "AO", "AM")
            and is_cons(i)
            and not takes_vowel(i)
            and s[i + 1 : i + 3] != ["ร", "ร"]  # สุวรรณ SU-WAN: ว starts the รร syllable
            and not (rtgs and vowel and _closed_at_end(s, i, after_vowel=True))
        ):
            final = _TH_CONS[s[i]][1]
            i += 1
            if s[i - 1] == "ร" and vowel in ("I", "U", "UE") and takes_vowel(i):
                final = "RA"  # a linking a in compounds of Pali descent: วีรกูล WI-RA-KUN
            # a letter left over after the final (ตร in ชินวัตร) is silent at the word's end
            while is_cons(i) and not takes_vowel(i) and (i + 1 >= n or s[i + 1] in _TH_PRE):
                i += 1
        out.append(initial + vowel + final)
    return "".join(out)


def _closed_at_end(s: list[str], k: int, after_vowel: bool = False) -> bool:
    """Letters k and k+1 are the word's last two, both consonants: a syllable of its own
    with the inherent O (พร PHON, วง WONG; ห and อ, which only mark a tone or carry a
    vowel, and ร, a final's silent companion, never). After a written vowel only when the second is
    a nasal (ง, ม, น), never a letter left silent after a final (ยุทธ YUT, เพชร PHET)."""
    if k + 2 != len(s) or s[k] not in _TH_CONS or s[k + 1] not in _TH_CONS:
        return False
    if s[k] in "อหร":
        return False
    return not after_vowel or s[k + 1] in "งมน"


# --- Devanagari (U+0900-U+097F) ---------------------------------------------------------

_DV_CONS = {
    "क": "K", "ख": "KH", "ग": "G", "घ": "GH", "ङ": "N", "च": "CH", "छ": "CHH", "ज": "J",
    "झ": "JH", "ञ": "N", "ट": "T", "ठ": "TH", "ड": "D", "ढ": "DH", "ण": "N", "त": "T",
    "थ": "TH", "द": "D", "ध": "DH", "न": "N", "प": "P", "फ": "PH", "ब": "B", "भ": "BH",
    "म": "M", "य": "Y", "र": "R", "ल": "L", "ळ": "L", "व": "V", "श": "SH", "ष": "SH",
    "स": "S", "ह": "H",
}  # fmt: skip
_DV_NUKTA = {"क": "Q", "ख": "KH", "ग": "G", "ज": "Z", "ड": "R", "ढ": "RH", "फ": "F", "य": "Y"}
_DV_VOWEL = {"अ": "A", "आ": "A", "इ": "I", "ई": "I", "उ": "U", "ऊ": "U", "ऋ": "RI", "ए": "E",
             "ऐ": "AI", "ओ": "O", "औ": "AU", "ऍ": "E", "ऑ": "O"}  # fmt: skip
_DV_SIGN = {"ा": "A", "ि": "I", "ी": "I", "ु": "U", "ू": "U", "ृ": "RI", "े": "E", "ै": "AI",
            "ो": "O", "ौ": "AU", "ॅ": "E", "ॉ": "O"}  # fmt: skip
_DV_NASAL = {"ं": "N", "ँ": "N", "ः": "H"}
_DV_VIRAMA, _DV_NUKTA_SIGN = "्", "़"
_SCHWA = "a"  # the inherent vowel, lower case until schwa deletion has decided


def _devanagari_word(word: str) -> str:
    # units: [consonant or '', vowel ('' after a virama), nasal]
    units: list[list[str]] = []
    for c in word:
        if c in _DV_CONS:
            units.append([_DV_CONS[c], _SCHWA, "", c])
        elif c == _DV_NUKTA_SIGN and units and units[-1][3] in _DV_NUKTA:
            units[-1][0] = _DV_NUKTA[units[-1][3]]
        elif c == _DV_VIRAMA and units:
            units[-1][1] = ""
        elif c in _DV_SIGN and units:
            units[-1][1] = _DV_SIGN[c]
        elif c in _DV_VOWEL:
            units.append(["", _DV_VOWEL[c], "", c])
        elif c in _DV_NASAL and units:
            units[-1][2] = _DV_NASAL[c]
    # schwa deletion, right to left: at the end of a word (not after a cluster: NARENDRA,
    # MISHRA) and in VC_CV (मनमोहन MANMOHAN, तेंदुलकर TENDULKAR)
    last = len(units) - 1
    for k in range(last, 0, -1):
        if units[k][1] != _SCHWA or not units[k][0] or units[k][2]:
            continue
        before_cluster = units[k - 1][1] == "" and units[k - 1][0]
        if k == last:
            if not before_cluster:
                units[k][1] = ""
        elif units[k - 1][1] and units[k + 1][0] and units[k + 1][1]:
            units[k][1] = ""
    return "".join(u[0] + u[1].upper() + u[2] for u in units)


# --- both -------------------------------------------------------------------------------

_RUNS = re.compile(r"[\u0e00-\u0e7f]+|[\u0900-\u097f]+")


def has_brahmic(text: str) -> bool:
    return _RUNS.search(text) is not None


def romanise(text: str) -> str:
    """Every run of Thai or Devanagari letters in `text` -> upper-case Latin; the rest as is.
    Precomposed nukta letters (ज़ U+095B) are read as their letter and nukta (NFC)."""
    text = unicodedata.normalize("NFC", text)

    def one(m: re.Match[str]) -> str:
        run = m.group(0)
        return _thai_word(run) if "\u0e00" <= run[0] <= "\u0e7f" else _devanagari_word(run)

    return _RUNS.sub(one, text)


# --- Thai names by table (for the comparison only) --------------------------------------

THAI_SCRIPT_FILE = Path(__file__).parent / "data" / "thai_script_names.txt"
THAI_RTGS_FILE = Path(__file__).parent / "data" / "thai_names_rtgs.txt"
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")


@cache
def _thai_table() -> dict[str, str]:
    """Thai-script name -> its RTGS spelling (`THAI_SCRIPT_FILE`, ~20,800 names)."""
    out: dict[str, str] = {}
    for line in THAI_SCRIPT_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            thai, latin = line.split("\t")
            out[thai] = latin
    # the corpus names whose engine reading is no RTGS, in the RTGS the Royal Institute
    # writes (`THAI_RTGS_FILE`: อนุชา ANUCHA, not NUCHA), so that a Thai-script name and
    # its passport spelling meet where the Latin list now knows the RTGS
    for line in THAI_RTGS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            thai, _engine, rtgs, _kinds = line.split("\t")
            out[thai] = rtgs
    return out


def thai_table_reading(text: str) -> str:
    """`text` with each Thai word the name list holds in its RTGS spelling (สมพงษ์
    SOMPHONG, where the rules write SAMAPHONG) and the other Thai words by the rules
    (`romanise`); `text` itself when the table holds none of its words. Stored keys keep
    `romanise` alone (the comparison tries both readings)."""
    text = unicodedata.normalize("NFC", text)
    table = _thai_table()
    if not any(m.group(0) in table for m in _THAI_RUN.finditer(text)):
        return text
    return romanise(_THAI_RUN.sub(lambda m: table.get(m.group(0), m.group(0)), text))


def rtgs_reading(text: str) -> str:
    """`text` with each Thai word the name list holds in its RTGS spelling and the other
    Thai words by the rules with their RTGS readings (`_thai_word(rtgs=True)`: สมพร
    SOMPHON, ศรีวงศ์ SIWONG); `text` itself when that reads as `romanise` does. For the
    comparison only: stored keys keep `romanise`."""
    text = unicodedata.normalize("NFC", text)
    if _THAI_RUN.search(text) is None:
        return text
    table = _thai_table()
    read = romanise(_THAI_RUN.sub(lambda m: table.get(m[0]) or _thai_word(m[0], rtgs=True), text))
    return text if read == romanise(text) else read


def thai_sound(word: str) -> str:
    """A Thai-script word by sound: letters of one sound alike (Thai keeps Sanskrit and
    Pali letters: ศ ษ ส are all S, ณ N, ธ ท TH), a letter under the thanthakhat (with
    its vowel) dropped, the last consonant as its final (`_TH_CONS`): สมพงศ์ and
    สมพงษ์, one name, alike; ชาญ (final N) and ชาย (final I) not (review n16b)."""
    silent = f"[\u0e01-\u0e2e][\u0e34-\u0e38]?{_TH_KARAN}"
    w = re.sub(silent, "", unicodedata.normalize("NFC", word))
    out = [_TH_CONS[c][0] or "'" if c in _TH_CONS else c for c in w]
    if w and w[-1] in _TH_CONS:
        out[-1] = "/" + (_TH_CONS[w[-1]][1] or "'")
    return "|".join(out)


def thai_word(word: str) -> bool:
    """`word` is written in Thai letters only."""
    return _THAI_RUN.fullmatch(unicodedata.normalize("NFC", word)) is not None


def thai_listed_reading(word: str) -> str:
    """The Thai names list's RTGS spelling of the Thai-script `word`, '' if unlisted."""
    return _thai_table().get(unicodedata.normalize("NFC", word), "")
