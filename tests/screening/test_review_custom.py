"""Review of stop 26's customary-spelling tables: each found join of two different
names, and the customary spellings the tables were built for, which must still match."""

from __future__ import annotations

import pytest

from desktop.screening.score import compare_names


@pytest.mark.parametrize(
    "latin,han",
    [
        # Kunrei and L for R read into Chinese names (SI as SHI, ZI as JI, LI as RI)
        ("LI SI", "李志"),
        ("LIN SI", "林志"),
        ("LI SIMIN", "李志明"),
        ("LIN LI", "林美"),
        ("LI ZI", "李仁"),
        # a customary Hong Kong spelling after a surname spelt only in Mandarin
        ("CHEN TSAN-HUA", "陳振華"),
        ("WANG TSAN", "王振"),
        # a near miss of a customary spelling taken for a slip of it (ZHI for SHI)
        ("LI ZHI", "李思"),
        # a customary spelling beside a given syllable spelt only in Mandarin
        ("LIAO TSAN-CHIANG", "廖珍強"),
        # Korean 융 spelt as 영 usually is
        ("KIM YOUNG-SOO", "김융수"),
    ],
)
def test_two_different_names_the_new_tables_joined(latin, han):
    assert compare_names(latin, han).score < 0.8


@pytest.mark.parametrize(
    "latin,han",
    [
        ("FOK TSUN-TING", "霍震霆"),
        ("YEUNG HO POI-YAN", "楊何蓓茵"),
        ("LEI KUOK VENG", "李國榮"),
        ("ESAKI LEONA", "江崎玲於奈"),
        ("MANABE SYUKURO", "真鍋淑郎"),
        ("TOMONAGA SIN-ITIRO", "朝永振一郎"),
        ("YOUN YUH-JUNG", "윤여정"),
        ("HSIAO BI-KHIM", "蕭美琴"),
    ],
)
def test_the_customary_spellings_still_match(latin, han):
    assert compare_names(latin, han).score >= 0.9


def test_taiwan_s_tze_for_zi_is_one_syllable_not_two_characters():
    # review of stop 26 (F10): HUANG TZU-YU / HUANG TZE-YU was capped as two characters
    assert compare_names("HUANG TZU-YU", "HUANG TZE-YU").score >= 0.8
    assert compare_names("HUANG TZE-YU", "黃子瑜").score >= 0.9
    # the rule still tells two syllables of two characters apart
    assert compare_names("CHANG CHIH-LUN", "CHANG CHIH-LIN").score < 0.8
