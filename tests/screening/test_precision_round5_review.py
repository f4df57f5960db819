"""Issue 12, review of the fifth round (names-precision5): one person's spellings that
the round's rules capped as two people (a watch-listed person missed). Each finding's
pairs match again; the rules' kept separations are in test_precision_round5.py."""

from __future__ import annotations

import pytest

from desktop.screening.score import DEFAULT_THRESHOLD, compare_names

_ROUND5 = ("name.distinct_korean_given", "name.distinct_vietnamese_syllables",
           "name.distinct_gwoyeu")  # fmt: skip


def _matches(a: str, b: str) -> None:
    m = compare_names(a, b)
    assert m.score >= DEFAULT_THRESHOLD, m.explanation()
    codes = {getattr(r, "code", "") for r in m.reasons}
    assert not codes & set(_ROUND5), codes


@pytest.mark.parametrize(
    "a,b",
    [
        ("LEE KA-CHIU", "LEE KA-CHIO"),  # Hong Kong -U, Macau -O: no 치-우
        ("HO KA-CHAU", "HO KA-CHAO"),
        ("LEE CHIU", "LEE CHIO"),
        ("HO CHAU", "HO CHAO"),
        ("CHOI KA MAU", "CHOI KA MAO"),
        ("LEE KACHIU", "LEE KACHIO"),  # joined: no bare vowel cut off the word's end
        ("CHUNG KAU", "CHUNG KAO"),
    ],
)
def test_finding1_cantonese_syllables_are_not_korean_blocks(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("KIM JOHYUN", "KIM CHOHYON"),  # 조: McCune-Reischauer's voiceless CH
        ("KIM JOHEE", "KIM CHO-HEE"),
        ("KIM JOOWON", "KIM CHUWON"),  # 주
        ("KIM JOOYOUNG", "KIM CHUYONG"),
        ("KIM JOOHYUN", "KIM CHUHYON"),
        ("HWANG UIJO", "HWANG UICHO"),
        ("KIM YOJONG", "KIM YUH-JUNG"),  # 여정: YO (MR) and the customary YUH
        ("KIM SOHEE", "KIM SUHEE"),  # 서
        ("KIM MINUI", "KIM MINI"),  # 의
    ],
)
def test_finding2_one_blocks_unfiltered_spellings(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("KIM AHYOUNG", "KIM A-YOUNG"),  # 아영: the customary AH, joined
        ("KIM AHYOUNG", "KIM AYEONG"),
        ("CHOI AHYOUNG", "CHOI A-YOUNG"),
        ("KIM AHYEON", "KIM AYEON"),
        ("KIM AHYUN", "KIM AYUN"),
        ("KIM AHEUN", "KIM A-EUN"),
        ("KIM OHYOUNG", "KIM OYOUNG"),  # 오
        ("KIM SUHYEON", "KIM SOYEON"),  # 서연: SUH customary, SO McCune-Reischauer
        ("KIM SUHYUN", "KIM SOYUN"),
        ("YOUN YUHJUNG", "YUN YEOJEONG"),  # 윤여정's own spelling against RR
        # given back with the rest: 도윤 read DOH-YUN (the customary OH of 오) joins 도현
        ("KIM DOYUN", "KIM DOHYUN"),
    ],
)
def test_finding3_an_h_may_end_a_block(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("PHAM MINH CHINH", "PHAM MINH CHANH"),  # 正: the south's Chánh
        ("NGUYEN VAN NHAN", "NGUYEN VAN NHON"),  # 仁 Nhơn
        ("TRAN VAN THINH", "TRAN VAN THANH"),  # 盛 Thạnh
        ("NGUYEN VAN THAT", "NGUYEN VAN THIET"),  # 實 Thiệt
        ("NGUYEN VAN CANH", "NGUYEN VAN KIENG"),  # 景 Kiểng
        ("NGUYEN VAN KINH", "NGUYEN VAN KIENG"),  # 鏡 Kiếng
        ("NGUYEN VAN PHAT", "NGUYEN VAN PHAC"),  # final T / C merged in the south
        ("NGUYEN VAN DUC", "NGUYEN VAN DUT"),
        ("NGUYEN VAN THIET", "NGUYEN VAN THIEC"),
        ("NGUYEN VAN QUOC", "NGUYEN VAN COC"),
        ("NGUYEN VAN KHOA", "NGUYEN VAN KHUA"),  # written by ear
        ("NGUYEN VAN SAU", "NGUYEN VAN SAO"),
    ],
)
def test_finding4_southern_readings_and_finals(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("NGUYEN VAN HUY", "NGUYEN VAN HUI"),
        ("NGUYEN THI THUY", "NGUYEN THI THUI"),
        ("DO DUY MANH", "DO DUI MANH"),
    ],
)
def test_finding5_uy_ui(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("PERNG MING-HORNG", "PARNG MING-HORNG"),  # 彭: two GR readings of one character
        ("HWANG MING-HWO", "HWANG MING-HWU"),  # 和
        ("HWANG MING-JYE", "HWANG MING-JYI"),  # 潔
        ("LIN TAH-MING", "LIN TIH-MING"),  # 達
        ("SHEUN CHIEN-HSUN", "SHUENN CHIEN-HSUN"),  # 順
        ("HAH CHIEN-HSUN", "HEH CHIEN-HSUN"),  # 夏: both Taiwan Hokkien passport forms
        ("PARNG KA-MAN", "PERNG KA-MAN"),
    ],
)
def test_finding6_one_characters_readings(a, b):
    _matches(a, b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("KIM MINJAE", "KIM MINJA"),  # a last letter dropped from a joined block
        ("KIM MINHEE", "KIM MINEE"),  # a first letter dropped: no bare EE block
        ("KIM MINSEOK", "KIM MINSEO"),
        ("KIM MINCHUL", "KIM MINCHU"),
        ("KIM MINSUNG", "KIM MINSUG"),
    ],
)
def test_joined_korean_slips_stay_possible(a, b):
    m = compare_names(a, b)
    assert "name.distinct_korean_given" not in {getattr(r, "code", "") for r in m.reasons}
