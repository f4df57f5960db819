"""When a reader's input is finished (`mrz.input_complete`): the window shows an invalid
MRZ only then (or after a pause), never while a wedge is still typing."""

from __future__ import annotations

from desktop.documents.mrz import input_complete

TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")  # fmt: skip
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")  # fmt: skip


def test_complete_only_with_the_last_line_at_full_length():
    assert not input_complete("")
    assert not input_complete(TD3[0][:20])
    assert not input_complete(TD3[0])  # one line: the second is still coming
    assert not input_complete(TD3[0] + "\n")
    assert not input_complete(TD3[0] + "\n" + TD3[1][:43])
    assert input_complete("\n".join(TD3))
    assert input_complete("\n".join(TD3) + "\n")  # the reader's closing Enter
    assert not input_complete("\n".join(TD1[:2]))
    assert not input_complete("\n".join(TD1[:2]) + "\n" + TD1[2][:29])
    assert input_complete("\n".join(TD1))


def test_an_unbroken_line_that_may_still_grow_is_not_complete():
    assert not input_complete(TD3[0] + TD3[1][:28])  # 72: 2x36, or a TD3 on its way
    assert not input_complete(TD1[0] + TD1[1] + TD1[2][:28])  # 88: 2x44, or a TD1
    assert input_complete("".join(TD1))  # 90
    # Not invalid once complete, whatever the check digits say.
    assert input_complete(TD3[0] + "\n" + TD3[1][:-1] + "9")
