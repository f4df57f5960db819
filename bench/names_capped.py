"""What the distinct-names rules cost (the names review's check): how many pairs of one
person's names they cap under the threshold, and how many keying slips of common names.

1. Same-person pairs: every pair labelled 1 in the seen parts (outside_dev, dev2,
   heldout2-5, eval_pairs) and the review's transliteration list
   (tests/screening/test_names_safety.ONE_GIVEN_NAME): capped = a distinct-names rule
   took a score at or over the threshold under it.
2. Keying slips: each common name of a kind, in a fixed frame (X SMITH, TANAKA X,
   NGUYEN VAN X...; the Chinese ones also as the MRZ gives the traveller, X, G1 G2),
   against its one-key slips (an adjacent key, a letter dropped, doubled or swapped with
   its neighbour): matched, and capped by a rule.
3. Spellings of one name (same person): a dialect surname against its character's
   Mandarin reading (MRZ form), Western given names against the listed names the
   given-name folds make one: matched, and capped by a rule (should be 0).

Run: `python -m bench.names_capped`. Never reads a held-out part nobody has scored.
"""

from __future__ import annotations

from bench.bench_names import DATA, load

PARTS = ("outside_dev", "outside_dev2", "outside_heldout2", "outside_heldout3",
         "outside_heldout4", "outside_heldout5", "eval_pairs")  # fmt: skip
JAPANESE = (
    "HIROSHI KENTA YUKI SHOTA HARUTO YUKO KENJI DAIKI MISAKI AYAKA TAKUYA NAOKI "
    "SAKURA RIKU YUTO HINATA AOI MIYU KAITO REN"
)
VIETNAMESE = (
    "HUNG DUNG TUNG TRUNG THANH THANG DUC LONG LOC MINH TUAN HOA LAN HAI NAM SON "
    "QUANG HIEU PHUC KHOA"
)
KOREAN = "JUN JIN HO SU JI YEONG SEOK HYUN WOO JAE SUNG HEE YOUNG CHUL GYU"
SINGAPORE = "TAN LIM NG ONG GOH KOH TEO LEE WEE CHUA ANG SIM YEO"
ARABIC = (
    "MOHAMMED AHMED ALI OMAR HASSAN HUSSEIN KHALED KHALIL MAHMOUD YOUSSEF IBRAHIM "
    "ABDULLAH SALEH SALIM SALMAN NOUR NOURA FATIMA AISHA MARYAM KARIM TAREK SAID AMR HAMZA"
)
_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
_POS = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}


def _near(c: str) -> list[str]:
    r, i = _POS[c]
    return [_ROWS[y][x] for y in (r - 1, r, r + 1) for x in (i - 1, i, i + 1)
            if 0 <= y < 3 and 0 <= x < len(_ROWS[y]) and (y, x) != (r, i)]  # fmt: skip


def slips(word: str) -> list[str]:
    out: set[str] = set()
    for i, c in enumerate(word):
        out.update(word[:i] + d + word[i + 1 :] for d in _near(c))
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + c + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    out.discard(word)
    return sorted(x for x in out if x)


def _frames() -> dict[str, tuple[str, list[str]]]:
    import importlib
    from pathlib import Path

    from desktop.screening import chinese

    census = Path(importlib.import_module("names").__file__).parent

    def top(file: str, n: int) -> list[str]:
        lines = (census / file).read_text(encoding="ascii").splitlines()
        return [x.split()[0] for x in lines[:n] if x.strip()]

    surnames, given, _ = chinese.name_chars()
    pinyin = {r.upper() for ch in given[:120] for r in chinese.mandarin_readings(ch)[:1]}
    canto = {r.upper() for ch in given[:120] for r in chinese.cantonese_readings(ch)[:1]}
    hk_surnames = {r.upper() for ch in surnames[:60] for r in chinese.cantonese_readings(ch)[:1]}
    py = {r.upper() for ch in surnames[:60] for r in chinese.mandarin_readings(ch)[:1]}
    py_surnames = sorted(x for x in py if x.isascii() and x.isalpha())
    py_given = sorted(x for x in pinyin if x.isalpha())
    wade_giles = sorted({f.upper() for p in py_given for f, system in
                         chinese.mandarin_spellings(p.lower()).items()
                         if system == "Wade-Giles" and f.isalpha()})  # fmt: skip
    return {
        "Western given names (US census 1990, top 100 of each sex)":
            ("{} SMITH", top("dist.male.first", 100) + top("dist.female.first", 100)),
        "Western surnames (US census 1990, top 200)": ("MARIA {}", top("dist.all.last", 200)),
        "Arabic given names": ("{} MANSOUR", ARABIC.split()),
        "Japanese given names": ("TANAKA {}", JAPANESE.split()),
        "Pinyin given syllables": ("HUANG {}", py_given),
        # a given name of two syllables, as Taiwan's passports and the mainland's write it
        "Wade-Giles given syllables, Taiwan passport": ("CHEN SHU-{}", wade_giles),
        "Pinyin given syllables, joined": ("WANG JIA{}", py_given),
        "Vietnamese given names": ("NGUYEN VAN {}", VIETNAMESE.split()),
        "Korean given blocks": ("KIM MIN-{}", KOREAN.split()),
        # Korean passports join the given name (MINJUN) as often as they hyphenate it
        "Korean given blocks, joined": ("KIM MIN{}", KOREAN.split()),
        "Hong Kong given syllables": ("CHAN TAI-{}", sorted(x for x in canto if x.isalpha())),
        "Hong Kong surnames": ("{} KA-MAN", sorted(x for x in hk_surnames if x.isalpha())),
        "Singapore surnames": ("{} KIM SOON", SINGAPORE.split()),
        "Pinyin surnames": ("{} ZHIHUA", py_surnames),
        "Mandarin surnames, Taiwan passport": ("{} SHU-HUA", py_surnames),
        # the traveller as the MRZ gives the name (`Traveller.names()`: SURNAME, G1 G2)
        # against the listed passport form (review names5, finding 4)
        "Singapore surnames, MRZ form": (("{}, KIM SOON", "{} KIM SOON"), SINGAPORE.split()),
        "Hong Kong surnames, MRZ form": (("{}, KA MAN", "{} KA-MAN"),
                                         sorted(x for x in hk_surnames if x.isalpha())),
        "Pinyin surnames, MRZ form": (("{}, ZHI HAO", "{} ZHI-HAO"), py_surnames),
        "Mandarin surnames, Taiwan passport, MRZ form": (("{}, SHU HUA", "{} SHU-HUA"),
                                                         py_surnames),
    }  # fmt: skip


def _head(name: str) -> str:
    return "K" if name[0] in "CK" else name[0]


def _spelling_frames() -> dict[str, tuple[tuple[str, str], list[tuple[str, str]]]]:
    """Same-person spelling pairs (not slips) in fixed frames, each expected to match:
    a Singapore, Malaysia or Hong Kong dialect spelling of a common surname character
    against its Mandarin reading, the traveller in the MRZ form; and the Western given
    names of the census (top 100 of each sex) against the listed given names the
    given-name folds make one (JACOB / JAKOB, CHRISTINA / CRISTINA, ALLAN / ALLEN), in
    the given name's place and in the surname's."""
    import importlib
    from pathlib import Path

    from desktop.screening import chinese
    from desktop.screening.score import _name_fold, given_names
    from desktop.screening.translit import phonetic

    surnames = chinese.name_chars()[0][:100]
    dialect: set[tuple[str, str]] = set()
    for ch in surnames:
        mandarin = [r.upper() for r in chinese.mandarin_readings(ch)[:1] if r.isascii()]
        spelt = {o.upper() for o, _ in chinese.dialect_spellings(ch)}
        spelt |= {r.upper() for r in chinese.cantonese_readings(ch)[:1]}
        dialect |= {(d, m) for d in spelt for m in mandarin if d != m and d.isalpha()}
    census = Path(importlib.import_module("names").__file__).parent
    top = [x.split()[0] for f in ("dist.male.first", "dist.female.first")
           for x in (census / f).read_text(encoding="ascii").splitlines()[:100]]  # fmt: skip
    listed = [n for n in given_names() if n.isalpha() and len(n) >= 3]
    by_form: dict[str, set[str]] = {}
    for n in listed:
        for key in (_name_fold(n), "P" + phonetic(n)):
            by_form.setdefault(key, set()).add(n)
    western: set[tuple[str, str]] = set()
    for w in top:
        for key in (_name_fold(w), "P" + phonetic(w)):
            # the same first sound (not ANNE / PANE, HELEN / IELEN that the folds join)
            western |= {(w, n) for n in by_form.get(key, ()) if n != w and _head(n) == _head(w)}
    d, w = sorted(dialect), sorted(western)
    return {
        "Dialect surname / its Mandarin reading, MRZ form": (("{}, ZHI HAO", "{} ZHI-HAO"), d),
        "Dialect surname / its Mandarin reading, MRZ form, JIA HUI":
            (("{}, JIA HUI", "{} JIA-HUI"), d),
        "Western given-name spellings, given name": (("{} HOFFMANN", "{} HOFFMANN"), w),
        "Western given-name spellings, MRZ form": (("HOFFMANN, {}", "HOFFMANN {}"), w),
        "Western spellings in the surname's place": (("JOHN {}", "JOHN {}"), w),
    }  # fmt: skip


def run() -> str:
    from desktop.screening.score import DEFAULT_THRESHOLD, compare_names
    from tests.screening.test_names_safety import ONE_GIVEN_NAME

    pairs = [(p.a, p.b) for part in PARTS for p in load(DATA / f"{part}.tsv") if p.same]
    pairs += list(ONE_GIVEN_NAME)
    capped = []
    for a, b in pairs:
        m = compare_names(a, b)
        if m.uncapped >= DEFAULT_THRESHOLD > m.score:
            capped.append(f"{a} / {b}")
    lines = [f"Same-person pairs: {len(pairs)}, capped under the threshold by a "
             f"distinct-names rule: {len(capped)} {capped[:10]}", ""]  # fmt: skip
    for title, (frame, words) in _frames().items():
        fa, fb = (frame, frame) if isinstance(frame, str) else frame
        total = matched = 0
        cut: list[str] = []
        for w in words:
            for s in slips(w):
                total += 1
                m = compare_names(fa.format(w), fb.format(s))
                matched += m.score >= DEFAULT_THRESHOLD
                if m.uncapped >= DEFAULT_THRESHOLD > m.score:
                    cut.append(f"{w}->{s}")
        share = 100 * len(cut) / max(1, total)
        shown = fa.format("X") if fa == fb else f"{fa.format('X')} / {fb.format('Y')}"
        lines.append(f"- {title} ({shown}): {total} slips, {matched} matched, "
                     f"{len(cut)} capped ({share:.1f} %), e.g. {', '.join(cut[:6])}")  # fmt: skip
    lines += ["", "Spellings of one name (same person, each should match):"]
    for title, ((fa, fb), spelt) in _spelling_frames().items():
        missed = [
            f"{x}/{y}"
            for x, y in spelt
            if compare_names(fa.format(x), fb.format(y)).score < DEFAULT_THRESHOLD
        ]
        cut = [f"{x}/{y}" for x, y in spelt
               if (m := compare_names(fa.format(x), fb.format(y))).uncapped
               >= DEFAULT_THRESHOLD > m.score]  # fmt: skip
        lines.append(f"- {title} ({fa.format('X')} / {fb.format('Y')}): {len(spelt)} pairs, "
                     f"{len(spelt) - len(missed)} matched, {len(cut)} capped by a rule, e.g. "
                     f"{', '.join(cut[:8])}")  # fmt: skip
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    run()
