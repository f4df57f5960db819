"""Officer management, login failures, the lockout and OCR refusals raise errors whose
text is a coded message (shown by code in the window, desktop/messages.py): any
message, or part of one, without a code fails here. (The MRZ parser, the name scorer
and screening: tests/ui/test_domain_text.py.)"""

from __future__ import annotations

import pytest

from desktop import officers, online_login
from desktop.config import Profile
from desktop.documents import ocr
from desktop.errors import BorderError
from desktop.messages import Message, MessageList


def uncoded(message: object) -> list[str]:
    if isinstance(message, MessageList):
        return [p for i in message.params["items"] if isinstance(i, Message) for p in uncoded(i)]
    if isinstance(message, Message):
        return [p for v in message.params.values() if isinstance(v, Message) for p in uncoded(v)]
    return [str(message)]


def coded(call, *args, **kwargs) -> BorderError:
    with pytest.raises(BorderError) as e:
        call(*args, **kwargs)
    message = e.value.message
    assert message is not None, str(e.value)
    assert uncoded(message) == [], str(e.value)
    assert str(message) == str(e.value)
    return e.value


def test_officer_management_and_login_failures_are_coded(tmp_path):
    profile = Profile(tmp_path / "profile")
    with officers.initialise(profile, "inst", "install-pass") as s:
        officers.add_officer(s, "sup", "supervisor", "supervisor-pass")
        officers.add_officer(s, "chen", "officer", "officer-pass")
        said = [
            coded(officers.add_officer, s, "lin", "officer", "short"),
            coded(officers.add_officer, s, "chen", "officer", "officer-pass"),
            coded(officers.add_officer, s, "Bad Name!", "officer", "officer-pass"),
            coded(officers.add_officer, s, "lin", "chief", "officer-pass"),
            coded(officers.remove_officer, s, "nobody"),
            coded(officers.reset_password, s, "nobody", "new-password-1"),
            coded(officers.authorise_override, s, "chen", "officer-pass"),
            coded(officers.authorise_override, s, "sup", "wrong-password"),
        ]
    with officers.unlock(profile, "sup", "supervisor-pass") as s:
        said += [
            coded(officers.add_officer, s, "lin", "supervisor", "officer-pass"),
            coded(officers.unlock_officer, s, "inst"),
            coded(officers.reset_password, s, "inst", "new-password-1"),
        ]
    with officers.unlock(profile, "chen", "officer-pass") as s:
        said.append(coded(officers.unlock_officer, s, "sup"))
    said += [coded(online_login.login, profile, "chen", "wrong-password") for _ in range(4)]
    locked = coded(online_login.login, profile, "chen", "wrong-password")
    assert locked.message.code == "keyslot.locked_out"
    again = coded(online_login.login, profile, "chen", "officer-pass")
    assert again.message.code == "keyslot.locked_out"
    codes = {e.message.code for e in said}
    assert {"keyslot.password_short", "keyslot.exists", "keyslot.invalid_name",
            "officers.bad_role", "officers.not_officer", "officers.no_slot",
            "officers.no_override", "keyslot.bad_credentials", "officers.cannot_add",
            "officers.cannot_unlock", "officers.cannot_reset",
            "officers.needs_role"} <= codes  # fmt: skip
    # the English is what the command line always printed
    assert str(said[-1]) == "unknown user or wrong password"
    assert str(said[-5]) == (
        "unlocking an officer needs an installer or a supervisor; chen (officer) may not "
        "(give --user NAME --password-stdin)"
    )


def test_ocr_refusals_are_coded(tmp_path):
    from tests.documents.bad_images import refused_inputs

    for path in refused_inputs(tmp_path):
        coded(ocr.read_image, path)


def test_a_message_is_its_english_and_keeps_its_code():
    import json
    import pickle

    from desktop.messages import joined, load_all, msg

    load_all()
    m = msg("person.name", score="0.97", explanation=joined([msg("name.missing", a="BIN"), "x"]))
    assert m == "name 0.97: BIN missing; x" and isinstance(m, str)
    assert json.dumps([m]) == '["name 0.97: BIN missing; x"]'  # JSON and the CLI: English
    as_json = json.loads(json.dumps(m.as_json()))
    for copy in (pickle.loads(pickle.dumps(m)), Message.from_json(as_json)):
        assert copy == m and copy.code == "person.name"
        assert copy.params["explanation"].params["items"][0].code == "name.missing"
    assert uncoded("name 0.97: " + m) != []  # a string built from a message has no code
    with pytest.raises(KeyError):
        msg("no.such.code")


def test_inspection_emergency_and_policy_refusals_are_coded(tmp_path):
    """`inspect`'s typed fields, emergency mode and the stale-list policy's local changes:
    coded, with the command line's English unchanged."""
    from desktop.inspection import emergency, stale_policy, traveller

    said = [
        coded(traveller.typed, surname="", birth_date="1980-01-01"),
        coded(traveller.typed, surname="LIN", birth_date=None),
        coded(traveller.typed, surname="LIN", birth_date="1980-13"),
        coded(traveller.typed, surname="LIN", birth_date="2999-01-01"),
        coded(traveller.typed, surname="LIN", birth_date="1800"),
        coded(traveller.typed, surname="LIN", birth_date="1980", expiry_date="soon"),
        coded(traveller.typed, surname="LIN", birth_date="1980", expiry_date="1970-01-01"),
        coded(traveller.typed, surname="LIN", birth_date="1980", expiry_date="2999-01-01"),
        coded(traveller.typed, surname="LIN", birth_date="1980", sex="Q"),
        coded(traveller.typed, surname="LIN", birth_date="1980", document_number="AB-1"),
        coded(traveller.typed, surname="LIN", birth_date="1980", nationality="XXQ"),
        coded(traveller.typed, surname="L" * 300, birth_date="1980"),
        coded(traveller.typed, surname="1234", birth_date="1980"),
        coded(traveller.from_mrz, ["one line"]),
    ]
    assert "--birth-date is needed with --surname" in {str(e) for e in said}
    assert "--sex 'Q' is not M, F or X" in {str(e) for e in said}
    profile = Profile(tmp_path / "profile")
    with officers.initialise(profile, "inst", "install-pass") as s:
        said += [
            coded(emergency.end, s.store, "inst"),
            coded(emergency.declare, s.store, "inst", "  "),
            coded(stale_policy.set_local, s.store, "inst", "home_states", ["TWN"], ""),
            coded(stale_policy.reset_local, s.store, "inst", "home_states"),
        ]
        emergency.declare(s.store, "inst", "central down")
        again = coded(emergency.declare, s.store, "inst", "central down")
    assert str(again).startswith("emergency mode is already active (since ")
    assert len({str(e) for e in said}) == len(said)


def test_camera_and_face_image_errors_are_coded(tmp_path):
    """What the face panel and the camera scan show when a camera or a picture fails."""
    from desktop.biometrics import images, sources
    from desktop.documents import camera

    coded(camera.open_source, str(tmp_path / "no-such-video.mp4"))
    coded(sources.open_source, tmp_path / "no-such-picture.jpg")
    coded(images.read, tmp_path)  # a directory
    coded(images.read, tmp_path / "missing.jpg")
    coded(images.decode, b"not an image", "upload")
    (tmp_path / "tiny.png").write_bytes(_png(8, 8))
    coded(images.read, tmp_path / "tiny.png")


def _png(w: int, h: int) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (w, h)).save(out, "PNG")
    return out.getvalue()
