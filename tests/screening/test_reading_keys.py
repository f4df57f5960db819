"""Japanese name readings and Sino-Vietnamese readings as blocking keys, through the real
screening path (a SQLCipher replica loaded as sync loads it, `checks.screen`): a name
listed in characters is found by its passport spelling and the other way round, and
unrelated Japanese and Vietnamese travellers are offered few candidates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.screening import keys
from desktop.screening.checks import Traveller, candidate_refs, screen

TODAY = dt.date(2026, 12, 4)


def _person(pid: str, name: str, birth: str, nat: str) -> dict:
    return {"id": pid, "names": [name], "birth_date": birth, "nationality": nat, "sex": "M",
            "action": "refer", "list": "TEST"}  # fmt: skip


# The people under test, each listed once in characters (K) and once in Latin (L), and
# unrelated people in both writings: famous names only as plausible name shapes.
LISTED = [
    _person("K-GIAP", "武元甲", "1911-08-25", "VNM"),
    _person("K-UTA", "阿部詩", "2000-07-14", "JPN"),
    _person("L-GIAP", "VO, NGUYEN GIAP", "1911-08-25", "VNM"),
    _person("L-UTA", "ABE, UTA", "2000-07-14", "JPN"),
    _person("K-SYE", "정세균", "1950-09-26", "KOR"),
    _person("L-SYE", "CHUNG, SYE-KYUN", "1950-09-26", "KOR"),
]
OTHERS = [
    "吳廷琰", "范文同", "黎筍", "阮文紹", "陳興道", "潘佩珠", "黎利", "阮攸",
    "山田太郎", "鈴木一郎", "田中角栄", "佐藤栄作", "中村俊輔", "小林誠", "加藤勝信",
    "渡辺謙", "伊藤博文", "松本潤", "井上尚弥", "木村拓哉", "阿部寛", "阿部慎之助",
    "陳志明", "林美玲", "王建民", "張惠妹",
    "NGUYEN, VAN THIEU", "TRAN, HUNG DAO", "LE, DUAN", "PHAN, BOI CHAU",
    "SUZUKI, ICHIRO", "TANAKA, KAKUEI", "KIMURA, TAKUYA", "WATANABE, KEN",
    "ABE, HIROSHI", "ABE, SHINNOSUKE",
]  # fmt: skip
PERSONS = LISTED + [_person(f"O{i}", n, "1970-01-01", "XXX") for i, n in enumerate(OTHERS)]
UNRELATED = [
    ("SATO", "KENJI"), ("YAMAMOTO", "HANAKO"), ("ABE", "KAZUKI"), ("NGUYEN", "VAN AN"),
    ("TRAN", "THI LAN"), ("VO", "VAN KIET"), ("HO", "THI THU"), ("TAKAHASHI", "YUKI"),
]  # fmt: skip


@pytest.fixture
def replica_db(store, load):
    load("persons", PERSONS)
    return store


def _keys_of_hits(store, traveller: Traveller) -> set[str]:
    with store.read() as c:
        return {h.key for h in screen(c, traveller, "entry", today=TODAY) if h.dataset == "persons"}


@pytest.mark.parametrize(
    ("traveller", "expected"),
    [
        (Traveller("VO", "NGUYEN GIAP", birth_date="1911-08-25", nationality="VNM"), "K-GIAP"),
        (Traveller("ABE", "UTA", birth_date="2000-07-14", nationality="JPN"), "K-UTA"),
        (Traveller("武元甲", birth_date="1911-08-25", nationality="VNM"), "L-GIAP"),
        (Traveller("阿部詩", birth_date="2000-07-14", nationality="JPN"), "L-UTA"),
        # 세 in the older spelling SYE, both ways
        (Traveller("CHUNG", "SYE-KYUN", birth_date="1950-09-26", nationality="KOR"), "K-SYE"),
        (Traveller("정세균", birth_date="1950-09-26", nationality="KOR"), "L-SYE"),
        # the passport's Latin name with the characters of the visual zone beside it
        (Traveller("ABE", "UTA", other_names=("阿部詩",), birth_date="2000-07-14"), "K-UTA"),
    ],
)
def test_listed_in_one_writing_found_from_the_other(replica_db, traveller, expected):
    assert expected in _keys_of_hits(replica_db, traveller)


def test_the_keys_meet_only_since_this_version():
    """The stored keys of the names in characters and the looked-up keys of their passport
    spellings share a key (before KEYS_VERSION 14 they shared none, both directions)."""
    for han, latin in (("武元甲", "VO, NGUYEN GIAP"), ("阿部詩", "ABE, UTA"),
                       ("八村塁", "HACHIMURA, RUI"), ("羽生結弦", "HANYU, YUZURU")):  # fmt: skip
        assert keys.index_keys([han]) & keys.query_keys([latin]), (han, latin)
        assert keys.index_keys([latin]) & keys.query_keys([han]), (han, latin)


def test_unrelated_travellers_meet_few_candidates(replica_db):
    """Unrelated Japanese and Vietnamese travellers: a handful of candidates from the 40
    listed (namesakes sharing a surname or a reading), and no hit."""
    counts = {}
    with replica_db.read() as c:
        for surname, given in UNRELATED:
            t = Traveller(surname, given, birth_date="1990-05-05", nationality="JPN")
            refs = set(candidate_refs(c, "persons", t.names(), 1000))
            refs |= set(candidate_refs(c, "persons", t.names(), 1000, typos=True))
            counts[surname, given] = len(refs)
            hits = screen(c, t, "entry", today=TODAY)
            assert not [h for h in hits if h.dataset == "persons"], (surname, given)
    assert max(counts.values()) <= 4, counts
    assert sum(counts.values()) <= 2 * len(UNRELATED), counts


THAI = [_person("T-THAKSIN", "ทักษิณ ชินวัตร", "1949-07-26", "THA"),
        _person("T-ABHISIT", "อภิสิทธิ์ เวชชาชีวะ", "1964-08-03", "THA"),
        _person("T-PRAYUT", "ประยุทธ์ จันทร์โอชา", "1954-03-21", "THA")]  # fmt: skip


def test_thai_script_listing_meets_the_family_spelling(store, load):
    """Listed in Thai script (keyed by its RTGS reading THAKSIN CHINWAT), found by the
    family's own spelling on the passport, which shares no word skeleton with RTGS."""
    load("persons", PERSONS + THAI)
    with store.read() as c:
        for surname, given, pid in (("SHINAWATRA", "THAKSIN", "T-THAKSIN"),
                                    ("VEJJAJIVA", "ABHISIT", "T-ABHISIT"),
                                    ("CHAN-O-CHA", "PRAYUT", "T-PRAYUT")):  # fmt: skip
            assert pid in candidate_refs(c, "persons", (f"{surname}, {given}",), 20)
        # the sister shares only the surname: keys are pairs of words, she meets none
        assert "T-THAKSIN" not in candidate_refs(c, "persons", ("SHINAWATRA, YINGLUCK",), 20)
    hits = _keys_of_hits(store, Traveller("SHINAWATRA", "THAKSIN", birth_date="1949-07-26"))
    assert "T-THAKSIN" in hits


def test_stored_keys_per_name_are_bounded():
    """A name in characters stores at most 2 x (10 + 10) Japanese-reading keys and the
    pairs of two Sino-Vietnamese readings; a long text adds neither."""
    jp = keys._japanese_index_keys("小池百合子")
    assert 0 < len(jp) <= keys._JP_SPLITS * 20
    assert not keys._japanese_index_keys("中華人民共和國國務院總理")
    assert len(keys.index_keys(["小池百合子"])) <= 100


class _OwnReadingOnly:
    """The stored keys before version 14: a name in characters under its own readings."""

    version = keys.KEYS_VERSION - 1

    def keys(self, names):
        return {k for n in names for k in keys._name_index_keys(n)}


def test_a_replica_keyed_by_the_older_version_is_rekeyed_on_upgrade(store):
    """After a software update `ensure_name_keys` (run by the window at start) rebuilds the
    keys of the older version, and only then does VO NGUYEN GIAP find 武元甲."""
    from local_store import replica

    traveller = Traveller("VO", "NGUYEN GIAP", birth_date="1911-08-25", nationality="VNM")
    with store.write() as c:
        replica.apply_rows(c, "persons", LISTED[:1], 1, indexer=_OwnReadingOnly())
    with store.read() as c:
        assert not candidate_refs(c, "persons", traveller.names(), 20)
    with store.write() as c:
        assert not replica.index_is_current(c, "persons", keys.NameIndexer())
        assert "persons" in replica.ensure_name_keys(c, keys.NameIndexer())
        assert replica.index_is_current(c, "persons", keys.NameIndexer())
    assert "K-GIAP" in _keys_of_hits(store, traveller)


@pytest.mark.parametrize(
    ("thai", "latin"),
    [
        ("อนุทิน ชาญวีรกูล", "CHARNVIRAKUL, ANUTIN"),  # วีร WIRA, the family's CHARN
        ("เศรษฐา ทวีสิน", "THAVISIN, SRETTHA"),  # ศร: the ร silent, SET-THA
        ("ยิ่งลักษณ์ ชินวัตร", "SHINAWATRA, YINGLUCK"),
        ("แพทองธาร ชินวัตร", "SHINAWATRA, PAETONGTARN"),
    ],
)
def test_thai_names_meet_their_passport_spelling_both_ways(thai, latin):
    """Listed in Thai and looked up in Latin, and the other way round (before KEYS_VERSION
    15 the first two met in neither direction, YINGLUCK only forward)."""
    assert keys.index_keys([thai]) & keys.query_keys([latin]), (thai, latin)
    assert keys.index_keys([latin]) & keys.query_keys([thai]), (thai, latin)


def test_thai_reading_of_silent_letters_and_clusters():
    from desktop.screening import brahmic

    assert brahmic.romanise("เศรษฐา ทวีสิน") == "SETTHA THAWISIN"
    assert brahmic.romanise("วงษ์สุวรรณ") == "WONGSUWAN"
    assert brahmic.romanise("อนุทิน ชาญวีรกูล") == "ANUTHIN CHANWIRAKUN"


def test_a_japanese_surname_read_kanji_by_kanji_is_keyed():
    """新垣 reads ARAGAKI in the score (新 ara + 垣 gaki), NIIGAKI in the dictionary: the
    stored keys pair the surname's first kanji with the given name (before version 15
    ARAGAKI YUI met no key of 新垣結衣)."""
    assert keys.index_keys(["新垣結衣"]) & keys.query_keys(["ARAGAKI, YUI"])


def test_a_korean_name_in_hanja_is_stored_under_its_korean_reading():
    """金 as a surname reads 김 KIM (its dictionary reading is 금): before version 15
    KIM JONG UN met no stored key of a listed 金正恩."""
    from desktop.screening import korean

    assert korean.hanja_reading("金正恩") == "김 정은"
    assert keys.index_keys(["金正恩"]) & keys.query_keys(["KIM, JONG UN"])
    assert keys.index_keys(["KIM, JONG UN"]) & keys.query_keys(["金正恩"])


def test_a_listed_name_with_the_iteration_mark_is_found_by_its_reading():
    # keys 17: 佐々木 (one of Japan's commonest surnames) was stored as 佐木, so SASAKI ROKI
    # at the counter never met a listed 佐々木朗希
    for listed, traveller in (
        ("佐々木朗希", "SASAKI, ROKI"),
        ("佐々木主浩", "SASAKI, KAZUHIRO"),
        ("佐々木希", "SASAKI, NOZOMI"),  # a three-kanji surname in a four-kanji name
        ("野々村真", "NONOMURA, MAKOTO"),
    ):
        assert keys.index_keys([listed]) & keys.query_keys([traveller]), listed
    assert keys.index_keys(["佐々木朗希"]) == keys.index_keys(["佐佐木朗希"])
