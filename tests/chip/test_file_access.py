"""Chips without short file identifiers (in process): READ BINARY by SFI refused with
6A82, 6A86 or 6D00 -> SELECT by file identifier and READ BINARY by offset."""

from __future__ import annotations

import pytest

from desktop.chip import csca, reader
from desktop.chip.files import ReadPolicy
from tests.chip.conftest import key_of
from virtual_passport import specimen


@pytest.mark.parametrize("refusal", [0x6A82, 0x6A86, 0x6D00])
@pytest.mark.parametrize("extended", [True, False], ids=["extended", "short"])
def test_card_without_sfi_is_read_in_full(direct, spec, refusal, extended):
    t = direct(sfi_refusal=refusal)
    r = reader.read_passport(
        t, key_of(spec), csca.TrustStore([spec.pki.csca]),
        reader.ReadOptions(ReadPolicy(extended=extended)),
    )  # fmt: skip
    assert r.authentic, (r.passive, r.active)
    assert sorted(r.raw) == [1, 2, 11, 12, 15]
    assert r.raw[2] == spec.files[0x0102]
    # EF.CardAccess (absent) and the application, then each of the 7 files selected
    assert t.stats.by_kind["select"] == 2 + 7


def test_card_with_sfi_selects_nothing(direct, spec):
    t = direct()
    reader.read_passport(t, key_of(spec), None)
    # EF.CardAccess (refused by SFI, absent by SELECT: a BAC chip) and the application
    assert t.stats.by_kind["select"] == 2


def test_pace_card_without_sfi_selects_ef_cardaccess(direct):
    s = specimen.make_specimen(pace=True, aa=None, face_bytes=3000)
    t = direct(s, sfi_refusal=0x6A82)
    r = reader.read_passport(t, specimen_can(s), csca.TrustStore([s.pki.csca]))
    assert r.access_control == "PACE" and r.authentic
    assert sorted(r.raw) == [1, 2, 11, 12]


def test_absent_file_on_a_card_with_sfi_is_none(direct, spec):
    from desktop.chip.files import DATA_GROUPS, FileReader, Session

    t = direct()
    session = Session(t)
    access = reader._Access(session, key_of(spec))
    access.open()
    files = FileReader(session)
    assert files.read(DATA_GROUPS[3]) is None
    assert files.policy.use_sfi  # 6A82 then SELECT 6A82: the file is absent, SFIs stay
    assert files.read(DATA_GROUPS[1]) == spec.files[0x0101]


def specimen_can(s):
    from desktop.chip.bac import CanKey

    return CanKey(s.holder.can)
