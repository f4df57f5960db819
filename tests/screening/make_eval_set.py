"""Writes tests/screening/data/eval_pairs.tsv, the labelled evaluation set (run once; the
file is committed). Chinese romanisations come from pypinyin / cantonese-romanisation
through `desktop.screening.chinese.romanise`, and test_eval.py re-derives each one from
the libraries. Other pairs are written out below by hand.

    python -m tests.screening.make_eval_set
"""

from __future__ import annotations

import random
from pathlib import Path

from desktop.screening import chinese

OUT = Path(__file__).resolve().parent / "data" / "eval_pairs.tsv"
SYSTEMS = (chinese.HANYU, chinese.WADE, chinese.TONGYONG, chinese.MPS2, chinese.CANTONESE)

# (name_a, name_b, label, category) written by hand.
HAND = [
    # Arabic transliteration variants (same person) ...
    ("MOHAMMED ALI HASSAN", "MUHAMMAD ALI HASAN", 1, "arabic"),
    ("MOHAMED ABDEL RAHMAN", "MOHAMMED ABDULRAHMAN", 1, "arabic"),
    ("ABD AL-RAHMAN AL-SAYED", "ABDULRAHMAN EL SAYED", 1, "arabic"),
    ("YOUSSEF HADDAD", "YUSUF HADDAD", 1, "arabic"),
    ("KHALED MANSOUR", "KHALID MANSUR", 1, "arabic"),
    ("OMAR FAROUK", "UMAR FARUQ", 1, "arabic"),
    ("HUSSEIN OBEID", "HUSAYN UBAID", 1, "arabic"),
    ("AHMED SAEED", "AHMAD SAID", 1, "arabic"),
    ("OSAMA TAMIMI", "USAMA AL-TAMIMI", 1, "arabic"),
    ("SULEIMAN QASSEM", "SULAYMAN KASSEM", 1, "arabic"),
    ("FAISAL SHARIF", "FAYSAL SHARIF", 1, "arabic"),
    ("ABDULLAH NAJJAR", "ABD ALLAH NAJJAR", 1, "arabic"),
    ("محمد علي", "MHMD ALI", 1, "arabic"),
    ("TAREQ ZIAD", "TARIQ ZIYAD", 1, "arabic"),
    ("JAMAL HAMDAN", "GAMAL HAMDAN", 1, "arabic"),
    ("SAYED HASHEMI", "SAYYID HASHIMI", 1, "arabic"),
    # ... and different people
    ("MOHAMMED ALI HASSAN", "MOHAMMED OMAR SALEH", 0, "arabic"),
    ("AHMED HADDAD", "MAHMOUD HADDAD", 0, "arabic"),
    ("KHALED MANSOUR", "KAMAL MANSOUR", 0, "arabic"),
    ("YOUSSEF HADDAD", "IBRAHIM NASSAR", 0, "arabic"),
    ("OMAR FAROUK", "AMIR FAWZI", 0, "arabic"),
    ("FATIMA ZAHER", "AISHA ZAHER", 0, "arabic"),
    ("SAMIR ABBAS", "SAMIRA ABBAS HALABI", 0, "arabic"),
    ("ABDULLAH NAJJAR", "ABDULRAHMAN NAJJAR", 0, "arabic"),
    # Cyrillic and Russian transliteration
    ("Александр Сергеевич Пушкин", "ALEKSANDR PUSHKIN", 1, "cyrillic"),
    ("Пушкин Александр", "PUSHKIN, ALEXANDER", 1, "cyrillic"),
    ("Юрий Гагарин", "IURII GAGARIN", 1, "cyrillic"),
    ("Юрий Гагарин", "YURI GAGARIN", 1, "cyrillic"),
    ("Михаил Горбачёв", "MIKHAIL GORBACHEV", 1, "cyrillic"),
    ("Наталья Ковалёва", "NATALIA KOVALEVA", 1, "cyrillic"),
    ("ALEKSEI NAVALNYI", "ALEXEY NAVALNY", 1, "cyrillic"),
    ("SERGEI VIKTOROVICH LAVROV", "SERGEY LAVROV", 1, "cyrillic"),
    ("Владимир Іванович Коваленко", "VOLODYMYR KOVALENKO", 1, "cyrillic"),  # uk/ru forms
    ("DMITRII IVANOV", "DMITRY IVANOV", 1, "cyrillic"),
    ("EVGENII SMIRNOV", "YEVGENIY SMIRNOV", 1, "cyrillic"),
    ("TATIANA SOKOLOVA", "TATYANA SOKOLOVA", 1, "cyrillic"),
    ("IULIIA VOLKOVA", "YULIA VOLKOVA", 1, "cyrillic"),
    ("ALEKSANDR IVANOV", "ALEKSANDRA IVANOVA", 0, "cyrillic"),
    ("SERGEI PETROV", "SERGEI SIDOROV", 0, "cyrillic"),
    ("OLGA SMIRNOVA", "ELENA SMIRNOVA", 0, "cyrillic"),
    ("IVAN PETROVICH SIDOROV", "PETR IVANOVICH SIDOROV", 0, "cyrillic"),
    ("MIKHAIL VOLKOV", "MAKSIM VOLKOV", 0, "cyrillic"),
    # Latin with diacritics (ICAO 9303-3), order, MRZ form, OCR slips
    ("MÜLLER, HANS-JÜRGEN", "MUELLER HANS JUERGEN", 1, "latin"),
    ("MÜLLER, HANS", "MULLER<<HANS", 1, "latin"),
    ("JOSÉ NÚÑEZ", "NUNEZ<<JOSE", 1, "latin"),
    ("STRAßE, PETER", "STRASSE PETER", 1, "latin"),
    ("ØSTERGÅRD, SØREN", "OESTERGAARD SOEREN", 1, "latin"),
    ("ŁUKASZ WIŚNIEWSKI", "LUKASZ WISNIEWSKI", 1, "latin"),
    ("FRANÇOIS LEFÈBVRE", "LEFEBVRE, FRANCOIS", 1, "latin"),
    ("SMITH, JOHN", "JOHN SMITH", 1, "latin"),
    ("SMITH<<JOHN<PAUL", "JOHN PAUL SMITH", 1, "latin"),
    ("GARCIA LOPEZ, MARIA", "MARIA GARCIA LOPEZ", 1, "latin"),
    ("0'BRIEN, PATRICK", "OBRIEN PATRICK", 1, "latin"),
    ("J0HNS0N, R0BERT", "JOHNSON ROBERT", 1, "latin"),
    ("WILLIAMS, JE5SICA", "WILLIAMS JESSICA", 1, "latin"),
    ("NGUYEN VAN MINH", "MINH NGUYEN VAN", 1, "latin"),
    ("SMITH, JOHN", "SMITH, JANE", 0, "latin"),
    ("SMITH, JOHN", "SMYTHE, JONATHAN", 0, "latin"),
    ("GARCIA, MARIA", "GARCIA, MARTA LUISA", 0, "latin"),
    ("MÜLLER, HANS", "MÜLLER, KLAUS", 0, "latin"),
    ("JOHNSON ROBERT", "JACKSON RICHARD", 0, "latin"),
    ("PATEL, PRIYA", "PATEL, RAHUL", 0, "latin"),
    ("KIM, JI HOON", "KIM, SEO YEON", 0, "latin"),
    ("TANAKA, KENJI", "SUZUKI, KENJI", 0, "latin"),
    ("ROSSI, MARCO", "RUSSO, MARIA", 0, "latin"),
    ("BROWN, DAVID", "BROWNING, DAVIDA", 0, "latin"),
    ("LEE, DAVID", "LEE, DANIEL", 0, "latin"),
    ("SANTOS, ANA", "SANTOS, ANTONIO", 0, "latin"),
]


def _form(rng: random.Random, syl: list[str]) -> str:
    sur, given = syl[0].upper(), [s.upper() for s in syl[1:]]
    if not given:
        return sur
    g = rng.choice(["-".join(given), "".join(given), " ".join(given)])
    return rng.choice([f"{sur}, {g}", f"{sur} {g}", f"{sur}<<{g.replace('-', '<')}", f"{g} {sur}"])


def main() -> None:
    rng = random.Random(5)
    surnames, given, _ = chinese.name_chars()
    s_list, g_list = sorted(surnames), sorted(given)

    def han() -> str:
        return rng.choice(s_list) + "".join(
            rng.choice(g_list) for _ in range(rng.choice((1, 2, 2)))
        )

    rows: list[tuple[str, str, int, str, str]] = []
    for _ in range(120):  # Han vs a romanisation (either way round)
        h = han()
        system = rng.choice(SYSTEMS)
        written = chinese.to_simplified(h) if rng.random() < 0.3 else h
        latin = _form(rng, chinese.romanise(h, system))
        pair = (written, latin) if rng.random() < 0.5 else (latin, written)
        rows.append((*pair, 1, f"han/{system}", h))
    for _ in range(110):  # one romanisation vs another
        h = han()
        a, b = rng.sample(SYSTEMS, 2)
        rows.append(
            (
                _form(rng, chinese.romanise(h, a)),
                _form(rng, chinese.romanise(h, b)),
                1,
                f"{a}/{b}",
                h,
            )
        )
    for _ in range(110):  # different people: another given name, same surname
        h1 = han()
        h2 = h1[0] + "".join(rng.choice(g_list) for _ in range(len(h1) - 1))
        if chinese.romanise(h1, chinese.HANYU)[1:] == chinese.romanise(h2, chinese.HANYU)[1:]:
            continue
        a, b = rng.choice(SYSTEMS), rng.choice(SYSTEMS)
        x = _form(rng, chinese.romanise(h1, a)) if rng.random() < 0.7 else h1
        rows.append((x, _form(rng, chinese.romanise(h2, b)), 0, f"{a}/{b}", f"{h1}|{h2}"))
    for _ in range(60):  # different people altogether
        h1, h2 = han(), han()
        a, b = rng.choice(SYSTEMS), rng.choice(SYSTEMS)
        rows.append(
            (
                _form(rng, chinese.romanise(h1, a)),
                _form(rng, chinese.romanise(h2, b)),
                0,
                f"{a}/{b}",
                f"{h1}|{h2}",
            )
        )
    rows += [(a, b, lab, cat, "") for a, b, lab, cat in HAND]
    rows += _one_letter_rows(random.Random(11), han)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# name_a\tname_b\tsame_person\tcategory\than (Chinese pairs)\n")
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"{len(rows)} pairs -> {OUT}")


def _typo(rng: random.Random, word: str) -> str:
    """One keying slip in a word: a letter changed, added, dropped or two swapped."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    i = rng.randrange(len(word))
    kind = rng.choice(("change", "add", "drop", "swap") if len(word) > 2 else ("change", "add"))
    if kind == "change":
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]
    if kind == "add":
        return word[:i] + rng.choice(letters) + word[i:]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    i = min(i, len(word) - 2)
    if word[i] == word[i + 1]:
        return word[:i] + rng.choice(letters.replace(word[i], "")) + word[i + 1 :]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _one_letter_rows(rng: random.Random, han: object) -> list[tuple[str, str, int, str, str]]:
    """Romanised names one letter apart, both ways: the same person with a keying slip
    (label 1), and different people whose names differ in one character whose reading is
    one letter from the other's in the same system (label 0: 李丁 LI TING / 李當 LI TANG)."""
    from rapidfuzz.distance import Levenshtein

    _, given, _ = chinese.name_chars()
    g_list = sorted(given)
    rows: list[tuple[str, str, int, str, str]] = []
    while sum(r[2] == 1 for r in rows) < 30:  # same person, one slip in one word
        h = han()  # type: ignore[operator]
        system = rng.choice(SYSTEMS)
        syl = chinese.romanise(h, system)
        sur, given_syl = syl[0].upper(), "".join(syl[1:]).upper()
        if rng.random() < 0.5:
            typo = f"{_typo(rng, sur)}, {given_syl}"
        else:
            typo = f"{sur}, {_typo(rng, given_syl)}"
        if typo != f"{sur}, {given_syl}":
            rows.append((f"{sur}, {given_syl}", typo, 1, f"typo/{system}", ""))
    while sum(r[2] == 0 for r in rows) < 30:  # different people, one letter apart
        h1 = han()  # type: ignore[operator]
        system = rng.choice(SYSTEMS)
        k = rng.randrange(1, len(h1))
        r1 = chinese.romanise(h1, system)
        others = [c for c in g_list if c != h1[k]]
        rng.shuffle(others)
        for c in others[:400]:
            h2 = h1[:k] + c + h1[k + 1 :]
            r2 = chinese.romanise(h2, system)
            if len(r2) == len(r1) and Levenshtein.distance("".join(r1), "".join(r2)) == 1:
                a = f"{r1[0].upper()}, {''.join(r1[1:]).upper()}"
                b = f"{r2[0].upper()}, {''.join(r2[1:]).upper()}"
                rows.append((a, b, 0, f"one-letter/{system}", f"{h1}|{h2}"))
                break
    return rows


if __name__ == "__main__":
    main()
