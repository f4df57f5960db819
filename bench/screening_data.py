"""Synthetic watchlist data for the screening benchmark and its variant generator.

People are drawn from pools per culture (Chinese in characters and in several
romanisations, Arabic, Russian, Western) with realistic spreads of birth-date precision,
nationality, sex and action. Variants of a listed person are what a counter would read:
another romanisation system, another order or joining, transliteration variants,
an OCR slip, a typo, a dropped middle name, Han characters for a romanised listing.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from typing import Any

from desktop.screening import chinese


def _words(text: str) -> list[str]:
    return text.split()


SYSTEMS = (chinese.HANYU, chinese.WADE, chinese.TONGYONG, chinese.MPS2, chinese.CANTONESE)

ARABIC_FIRST = [
    "MOHAMMED",
    "AHMED",
    "ALI",
    "OMAR",
    "YOUSSEF",
    "IBRAHIM",
    "KHALED",
    "HASSAN",
    "HUSSEIN",
    "MAHMOUD",
    "MUSTAFA",
    "ABDULLAH",
    "ABDULRAHMAN",
    "SAID",
    "SALEH",
    "TAREQ",
    "WALID",
    "NABIL",
    "KARIM",
    "RASHID",
    "HAMZA",
    "BILAL",
    "ZIAD",
    "FAISAL",
    "SAMIR",
    "ADEL",
    "AMIR",
    "ANWAR",
    "BASSAM",
    "FAROUK",
    "GAMAL",
    "HAMED",
    "ISMAIL",
    "JAMAL",
    "KAMAL",
    "MAJID",
    "MANSOUR",
    "MARWAN",
    "NASSER",
    "OSAMA",
    "QASSIM",
    "RAMI",
    "SABER",
    "SULEIMAN",
    "TALAL",
    "WAEL",
    "YASSER",
    "ZAKARIA",
    "FATIMA",
    "AISHA",
    "MARYAM",
    "KHADIJA",
    "ZAINAB",
    "LAYLA",
    "NOUR",
    "HUDA",
    "SAMIRA",
    "AMAL",
    "RANIA",
    "SALMA",
    "YASMIN",
    "HANAN",
]
ARABIC_FAMILY = [
    "HADDAD",
    "KHOURY",
    "NASSAR",
    "SAYED",
    "MANSOUR",
    "HAMDAN",
    "QURESHI",
    "RAHMAN",
    "SHAIKH",
    "SIDDIQUI",
    "ABBAS",
    "OTHMAN",
    "SALEM",
    "SHARIF",
    "TAHA",
    "YASSIN",
    "ZAHER",
    "BAKR",
    "DARWISH",
    "FARHAT",
    "GHANEM",
    "HALABI",
    "ISSA",
    "JABER",
    "KASSEM",
    "LAHOUD",
    "MAALOUF",
    "NAJJAR",
    "OBEID",
    "QASSEM",
    "RIZK",
    "SABBAGH",
    "TAMIMI",
    "WAHBA",
    "ZOUBI",
    "ASSAD",
    "BARGHOUTI",
    "MASRI",
    "HOURANI",
    "SHAMI",
    "BAGHDADI",
    "TIKRITI",
    "HASHEMI",
    "ALAMI",
    "AMIN",
    "AZIZ",
]
RUSSIAN_MALE = [
    "ALEKSANDR",
    "SERGEI",
    "DMITRII",
    "ANDREI",
    "ALEKSEI",
    "MAKSIM",
    "IVAN",
    "MIKHAIL",
    "NIKOLAI",
    "VLADIMIR",
    "EVGENII",
    "PAVEL",
    "ROMAN",
    "VIKTOR",
    "IGOR",
    "OLEG",
    "YURII",
    "ARTEM",
    "KONSTANTIN",
    "DENIS",
    "ANTON",
    "BORIS",
    "GRIGORII",
    "FEDOR",
    "VADIM",
    "VALERII",
    "STANISLAV",
    "VIACHESLAV",
    "ILIA",
    "TIMUR",
]
RUSSIAN_FEMALE = [
    "ELENA",
    "OLGA",
    "NATALIA",
    "TATIANA",
    "IRINA",
    "SVETLANA",
    "ANNA",
    "MARIIA",
    "EKATERINA",
    "IULIIA",
    "ANASTASIIA",
    "DARIA",
    "VIKTORIIA",
    "KSENIIA",
    "LIUDMILA",
    "GALINA",
    "VALENTINA",
    "NADEZHDA",
    "ALLA",
    "POLINA",
]
RUSSIAN_STEMS = [
    "IVAN",
    "PETR",
    "SIDOR",
    "SMIRN",
    "KUZNETS",
    "POPOV",
    "VASILI",
    "SOKOL",
    "MIKHAIL",
    "NOVIK",
    "FEDOR",
    "MOROZ",
    "VOLK",
    "ALEKSE",
    "LEBED",
    "SEMEN",
    "EGOR",
    "PAVL",
    "KOZL",
    "STEPAN",
    "NIKOL",
    "ORL",
    "ANDRE",
    "MAKAR",
    "ZAKHAR",
    "ZAITS",
    "SOLOV",
    "BORIS",
    "IAKOVL",
    "GRIGORI",
    "ROMAN",
    "VOROB",
    "SERGE",
    "KUZMIN",
    "FROL",
    "ALEKSANDR",
    "DMITRI",
    "KOROL",
    "GUS",
    "KISEL",
    "ILIN",
    "MAKSIM",
    "POLIAK",
    "SOROK",
    "VINOGRAD",
    "KOVAL",
    "BELOUS",
    "MEDVED",
    "ANTON",
    "TARAS",
    "ZHUK",
]
WESTERN_FIRST = [
    "JOHN",
    "JAMES",
    "ROBERT",
    "MICHAEL",
    "WILLIAM",
    "DAVID",
    "RICHARD",
    "JOSEPH",
    "THOMAS",
    "CHARLES",
    "MARY",
    "PATRICIA",
    "JENNIFER",
    "LINDA",
    "ELIZABETH",
    "BARBARA",
    "SUSAN",
    "JESSICA",
    "SARAH",
    "KAREN",
    "JOSE",
    "JUAN",
    "CARLOS",
    "LUIS",
    "MIGUEL",
    "ANTONIO",
    "FRANCISCO",
    "MARIA",
    "CARMEN",
    "ANA",
    "LAURA",
    "HANS",
    "PETER",
    "KLAUS",
    "JURGEN",
    "STEFAN",
    "ANDREAS",
    "MONIKA",
    "PIERRE",
    "JEAN",
    "MARIE",
    "LUC",
    "SOPHIE",
    "ISABELLE",
    "NGUYEN",
    "MINH",
    "TUAN",
    "LINH",
    "THANH",
    "JI",
    "HOON",
    "SEO",
    "YEON",
    "MIN",
    "JUN",
    "KENJI",
    "HIROSHI",
    "YUKI",
    "AKIRA",
    "SANJAY",
    "PRIYA",
    "RAHUL",
    "ANIL",
    "SUNITA",
]
WESTERN_FAMILY = [
    "SMITH",
    "JOHNSON",
    "WILLIAMS",
    "BROWN",
    "JONES",
    "GARCIA",
    "MILLER",
    "DAVIS",
    "RODRIGUEZ",
    "MARTINEZ",
    "HERNANDEZ",
    "LOPEZ",
    "GONZALEZ",
    "WILSON",
    "ANDERSON",
    "TAYLOR",
    "MOORE",
    "JACKSON",
    "MARTIN",
    "LEE",
    "PEREZ",
    "THOMPSON",
    "WHITE",
    "HARRIS",
    "SANCHEZ",
    "CLARK",
    "RAMIREZ",
    "LEWIS",
    "ROBINSON",
    "WALKER",
    "MUELLER",
    "SCHMIDT",
    "SCHNEIDER",
    "FISCHER",
    "WEBER",
    "MEYER",
    "WAGNER",
    "BECKER",
    "SCHULZ",
    "HOFFMANN",
    "DUBOIS",
    "LEFEBVRE",
    "MOREAU",
    "LAURENT",
    "SIMON",
    "MICHEL",
    "NGUYEN",
    "TRAN",
    "PHAM",
    "HOANG",
    "KIM",
    "PARK",
    "CHOI",
    "JUNG",
    "KANG",
    "TANAKA",
    "SUZUKI",
    "WATANABE",
    "SATO",
    "PATEL",
    "SHARMA",
    "SINGH",
    "KUMAR",
    "GUPTA",
    "ROSSI",
    "RUSSO",
    "FERRARI",
    "ESPOSITO",
    "BIANCHI",
    "SILVA",
    "SANTOS",
    "OLIVEIRA",
    "PEREIRA",
    "COSTA",
    "KOWALSKI",
    "NOWAK",
    "WISNIEWSKI",
]
STATES = {
    "chinese": ["TWN", "CHN", "HKG", "MAC", "SGP", "MYS"],
    "arabic": ["EGY", "SAU", "JOR", "IRQ", "SYR", "LBN", "ARE", "MAR", "PAK"],
    "russian": ["RUS", "UKR", "BLR", "KAZ"],
    "western": ["USA", "GBR", "DEU", "FRA", "ESP", "MEX", "VNM", "KOR", "JPN", "IND", "ITA",
                "BRA", "POL", "PHL", "IDN"],
}  # fmt: skip
REASONS = ("lost", "stolen", "revoked")
ACTIONS = (("refer", 0.6), ("deny_entry", 0.3), ("arrest", 0.1))


# Long tails: real lists of a million people hold tens of thousands of distinct family
# names; the hand lists above are the frequent head, these generated ones the tail.
_W_HEAD = _words(
    "ANDER BERG HOLM LIND WIN CART FITZ MAC VAN KOW NOV MAR GAR ROD FERN HER ALV "
    "CAST BRAN STEIN WALD KRAUS LAM PET SAND DRAG MIL BOG HAR"
)
_W_TAIL = _words(
    "SON SEN MAN TON WELL FORD LEY BY SKI OVIC EZ ES INI ELLI MANN ER AU OT INO "
    "ADO STROM ICK AGA ESCU"
)
_A_CONS = _words("B D F H J K L M N Q R S SH T Z GH KH W Y")
_R_CONS = _words("B V G D Z K L M N P R S T F KH")
_R_VOW = _words("A O E I U")
_G_HEAD = _words("AL BER CAR DAN EL FRAN GE HEL IS JO KA LU MA NI O PA RO SA TE VI MI SE")
_G_TAIL = _words("BERT NA LA NE RIC TO RA DA LINE MIR SON RIK NO TA LIA VIN DRO LEN ZA RIN")


def _chars() -> tuple[list[str], list[str], list[float]]:
    surnames, given, _ = chinese.name_chars()
    s = sorted(surnames)
    weights = [1.0 / (i + 3) for i in range(len(s))]  # Zipf-like: a few very common
    return s, sorted(given), weights


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.surnames, self.given, self.weights = _chars()

    # --- people ----------------------------------------------------------------------

    def birth_date(self) -> str:
        r = self.rng
        y, m, d = r.randint(1940, 2005), r.randint(1, 12), r.randint(1, 28)
        p = r.random()
        return f"{y}-{m:02d}-{d:02d}" if p < 0.7 else f"{y}-{m:02d}" if p < 0.9 else str(y)

    def western_family(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return r.choice(WESTERN_FAMILY)
        return r.choice(_W_HEAD) + r.choice(_W_TAIL)

    def western_first(self) -> str:
        r = self.rng
        if r.random() < 0.6:
            return r.choice(WESTERN_FIRST)
        return r.choice(_G_HEAD) + r.choice(_G_TAIL)

    def arabic_family(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return r.choice(ARABIC_FAMILY)
        c = [r.choice(_A_CONS) for _ in range(3)]
        return f"{c[0]}A{c[1]}{c[2]}{r.choice(('I', 'AWI', 'ANI', 'OUNI', ''))}"

    def russian_stem(self) -> str:
        r = self.rng
        if r.random() < 0.5:
            return r.choice(RUSSIAN_STEMS)
        return "".join(r.choice(_R_CONS) + r.choice(_R_VOW) for _ in range(2)) + r.choice(_R_CONS)

    def chinese_han(self) -> str:
        r = self.rng
        sur = r.choices(self.surnames, self.weights)[0]
        given = "".join(r.choice(self.given) for _ in range(r.choice((1, 2, 2, 2))))
        return sur + given

    def romanise(self, han: str, system: str, style: int | None = None) -> str:
        """A Han name as a document would print it in `system` (surname first)."""
        r = self.rng
        syl = chinese.romanise(han, system)
        if not all(syl):
            syl = chinese.romanise(han, chinese.HANYU)
        sur, given = syl[0].upper(), [s.upper() for s in syl[1:]]
        style = r.randrange(4) if style is None else style
        if not given:
            return sur
        g = ["-".join(given), "".join(given), " ".join(given), "-".join(given)][style]
        return [f"{sur}, {g}", f"{sur} {g}", f"{sur}<<{g.replace(' ', '<').replace('-', '')}",
                f"{g} {sur}"][r.randrange(4)]  # fmt: skip

    def person(self, pid: str) -> dict[str, Any]:
        r = self.rng
        culture = r.choices(["chinese", "arabic", "russian", "western"], [35, 20, 15, 30])[0]
        sex = r.choice("MF")
        if culture == "chinese":
            han = self.chinese_han()
            han_written = chinese.to_simplified(han) if r.random() < 0.4 else han
            systems = r.sample(SYSTEMS, r.choice((1, 2, 2, 3)))
            names = [han_written] if r.random() < 0.8 else []
            names += [self.romanise(han, s) for s in systems]
        elif culture == "arabic":
            first = r.choice(ARABIC_FIRST)
            names = [f"{r.choice(ARABIC_FIRST)} {self.arabic_family()}, {first}"]
            if r.random() < 0.3:
                names.append(self.arabic_variant(names[0]))
        elif culture == "russian":
            male = sex == "M"
            first = r.choice(RUSSIAN_MALE if male else RUSSIAN_FEMALE)
            father = r.choice(RUSSIAN_MALE)
            patronymic = father.rstrip("I") + ("OVICH" if male else "OVNA")
            sur = self.russian_stem() + r.choice(("OV", "EV", "IN")) + ("" if male else "A")
            names = [f"{sur}, {first} {patronymic}"]
        else:
            first = self.western_first()
            middle = f" {self.western_first()}" if r.random() < 0.3 else ""
            names = [f"{self.western_family()}, {first}{middle}"]
        row: dict[str, Any] = {
            "id": pid,
            "names": names,
            "birth_date": self.birth_date() if r.random() < 0.95 else None,
            "nationality": r.choice(STATES[culture]),
            "sex": sex,
            "action": r.choices([a for a, _ in ACTIONS], [w for _, w in ACTIONS])[0],
            "list": r.choice(("INTERPOL", "NATIONAL", "UN-SC", "IMMIGRATION")),
        }
        return {k: v for k, v in row.items() if v is not None}

    def arabic_variant(self, name: str) -> str:
        swaps = [("MOHAMMED", "MUHAMMAD"), ("MOHAMMED", "MOHAMED"), ("AHMED", "AHMAD"),
                 ("YOUSSEF", "YUSUF"), ("HASSAN", "HASAN"), ("HUSSEIN", "HUSAYN"),
                 ("KHALED", "KHALID"), ("OMAR", "UMAR"), ("OSAMA", "USAMA"),
                 ("SAID", "SAEED"), ("TAREQ", "TARIQ"), ("QASSIM", "KASIM"),
                 ("ABDULLAH", "ABD ALLAH"), ("ABDULRAHMAN", "ABDUL RAHMAN"),
                 ("SULEIMAN", "SULAYMAN"), ("FAISAL", "FAYSAL"), ("JAMAL", "GAMAL"),
                 ("HADDAD", "HADAD"), ("SAYED", "SAYYID"), ("SHAIKH", "SHEIKH")]  # fmt: skip
        out = name
        for a, b in self.rng.sample(swaps, len(swaps)):
            if a in out:
                return out.replace(a, b, 1)
        return out

    # --- documents -------------------------------------------------------------------

    def document_blocks(self, total: int, block: int) -> Iterator[list[dict[str, Any]]]:
        """`total` documents in key order (fast sequential inserts), `block` per list."""
        r = self.rng
        formats = [("", 9, ["TWN", "USA", "GBR", "DEU", "AUS", "CAN"], 0.45),
                   ("E", 8, ["CHN"], 0.15), ("G", 8, ["CHN"], 0.05), ("K", 8, ["HKG"], 0.05),
                   ("", 8, ["JPN", "KOR", "VNM", "PHL", "IDN", "THA"], 0.15),
                   ("AB", 7, ["FRA", "ITA", "ESP", "NLD", "BRA"], 0.15)]  # fmt: skip
        out: list[dict[str, Any]] = []
        for prefix, digits, states, share in formats:
            n = int(total * share)
            space = 10**digits
            step = space / max(n, 1)
            pos = 0.0
            for _ in range(n):
                pos += step * (0.5 + r.random())
                if pos >= space:
                    break
                letters = prefix
                if prefix == "AB":
                    letters = r.choice(string.ascii_uppercase) + r.choice(string.ascii_uppercase)
                out.append(
                    {
                        "document_number": f"{letters}{int(pos):0{digits}d}",
                        "issuing_state": r.choice(states),
                        "type": "P" if r.random() < 0.9 else "ID",
                        "reason": r.choices(REASONS, (6, 3, 1))[0],
                    }
                )
                if len(out) >= block:
                    yield out
                    out = []
        if out:
            yield out

    # --- variants --------------------------------------------------------------------

    def variant(self, person: dict[str, Any]) -> tuple[str, str, list[str]]:
        """(kind, name as read at the counter, other names) for a listed person."""
        r = self.rng
        names = person["names"]
        han = next((n for n in names if chinese.has_han(n)), None)
        kinds = ["order", "typo", "ocr"]
        if han:
            kinds += ["system", "system", "han", "join"]
        elif any(ch in names[0] for ch in ("MOHAMMED", "AHMED", "HASSAN", "YOUSSEF", "KHALED")):
            kinds += ["translit", "translit"]
        if names[0].count(" ") >= 2:
            kinds.append("drop")
        kind = r.choice(kinds)
        latin = next((n for n in names if not chinese.has_han(n)), None)
        if kind == "system" and han:
            return kind, self.romanise(chinese.to_traditional(han), r.choice(SYSTEMS)), []
        if kind == "han" and han:
            return kind, self.romanise(chinese.to_traditional(han), r.choice(SYSTEMS)), [han]
        if latin is None and han:
            latin = self.romanise(chinese.to_traditional(han), chinese.HANYU)
        assert latin is not None
        if kind == "translit":
            return kind, self.arabic_variant(latin), []
        words = latin.replace(",", " ").replace("<", " ").replace("-", " ").split()
        if kind == "order":  # surname last (Western order); other words may move too,
            # except the syllables of a Chinese given name, whose order is the name
            from desktop.screening.names import parse

            if han or parse(latin).chinese_like:
                first = "," in latin or "<" in latin or parse(latin).is_han
                words = words[1:] + words[:1] if first else words[-1:] + words[:-1]
            else:
                r.shuffle(words)
            return kind, " ".join(words), []
        if kind == "join" and len(words) >= 3 and han:  # Chinese given names joined
            return kind, f"{words[0]}, {''.join(words[1:])}", []
        if kind == "drop" and len(words) >= 3:
            del words[r.randrange(1, len(words))]
            return kind, " ".join(words), []
        i = max(range(len(words)), key=lambda k: len(words[k]))
        w = words[i]
        j = r.randrange(1, len(w)) if len(w) > 1 else 0
        if kind == "ocr":
            table = {"O": "0", "I": "1", "S": "5", "B": "8", "Z": "2", "G": "6", "L": "1"}
            spots = [k for k, ch in enumerate(w) if ch in table]
            if spots:
                k = r.choice(spots)
                words[i] = w[:k] + table[w[k]] + w[k + 1 :]
                return kind, " ".join(words), []
        # typo: one substituted or doubled letter in the longest word
        if r.random() < 0.5:
            words[i] = w[:j] + w[j] + w[j:]
        else:
            words[i] = w[:j] + r.choice("AEIOU") + w[j + 1 :]
        return "typo", " ".join(words), []
