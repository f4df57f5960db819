"""Two names both written in Arabic or Persian script, compared as the script writes them
(issue 12, ninth round).

Arabic script is the name's own writing: it writes every consonant and every long vowel
(ا, و, ي), and leaves only the short vowels out. Two writings of one name in it differ
only where the script's own orthography allows two forms of a letter: the seats of the
hamza (أ إ آ ٱ on alef, ؤ, ئ, ء), the feminine ending ة or ه, final ى or ي, the Persian
and Urdu forms of kaf, yeh and heh (ک ی ہ ھ ے) and the letters Persian, Urdu and the
Maghreb add for sounds Arabic lacks (پ چ ژ گ ڤ ڨ, which Arabic writes ب ج ز ك ف ق), the
vowel marks, the tatweel and the dagger alef, a letter doubled or written once (داود /
داوود), and the spacing of the article and of عبد (عبد الله / عبدالله). These are the
folds that Arabic text search applies before comparing words (Larkey, Ballesteros and
Connell 2002, "Improving stemming for Arabic information retrieval", its normalisation
step; the hamza seats and letter forms of Unicode's Arabic block). A letter more or
another letter is another name: حسن Hasan / حسين Husayn, سعد Saad / سعيد Said, محمد
Muhammad / محمود Mahmud, جمال Jamal / جميل Jamil, and عمر Umar / عمرو Amr, whose silent
و the script keeps for no other reason than to tell the two names apart. The Latin
comparison of their ICAO readings (HSN / HSYN, one consonant skeleton) cannot see that,
just as two names in Chinese characters are compared as characters, not as their common
reading.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

# One letter for each of the script's two forms of it (see the module's text).
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ے": "ي", "ئ": "ي",
        "ؤ": "و", "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه", "ک": "ك", "ء": None,
        # the letters Persian, Urdu and the Maghreb add, as Arabic writers write them
        # (پرویز PARVIZ is برويز in an Arabic newspaper)
        "پ": "ب", "چ": "ج", "ژ": "ز", "گ": "ك", "ڭ": "ك", "ڤ": "ف", "ڨ": "ق",
        "\u0640": None, "\u0670": None,  # tatweel, dagger alef
    }
)  # fmt: skip
_MARKS = re.compile(r"[\u064b-\u065f\u06d6-\u06ed]")
_LETTER = re.compile(r"[\u0621-\u06ff]")
_ARTICLE = "ال"


def _word(word: str) -> str:
    """A word with its letter forms folded, its marks off and doubled letters once."""
    w = _MARKS.sub("", unicodedata.normalize("NFKC", word)).translate(_FOLD)
    w = "".join(ch for ch in w if _LETTER.match(ch))
    return re.sub(r"(.)\1+", r"\1", w)


def _words(name: str) -> list[str]:
    out = []
    for raw in name.split():
        w = _word(raw)
        if w.startswith(_ARTICLE) and len(w) > 3 and w != "اله":  # الله, its لل once
            w = w[2:]
        if w:
            out.append(w)
    return out


def _joined(words: list[str]) -> str:
    """The name's letters with no spaces and no article anywhere: عبد الله, عبدالله and
    عبد اله read alike, so spacing alone never makes two names."""
    return "".join(words).replace(_ARTICLE, "").replace("ا", "")


def letters_apart(a: str, b: str) -> tuple[str, str] | None:
    """The first pair of words (one each side) that are two different names, when `a` and
    `b` are both in Arabic or Persian script, have as many words, and differ in a letter
    that the script's orthography does not account for; else None.

    The joined test leaves out every alef as well, so that only a consonant or a و / ي
    more or another tells two names apart (a long A written or not, رحمن / رحمان, stays
    one name's two spellings)."""
    wa, wb = _words(a), _words(b)
    if not wa or len(wa) != len(wb) or _joined(wa) == _joined(wb):
        return None
    left_a, left_b = Counter(wa) - Counter(wb), Counter(wb) - Counter(wa)
    if not left_a or not left_b:
        return None
    x = next(w for w in a.split() if _words(w) and _words(w)[0] in left_a)
    y = next(w for w in b.split() if _words(w) and _words(w)[0] in left_b)
    return x, y
