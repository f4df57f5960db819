"""ICAO 9303-11 Appendix D worked example (BAC and 3DES secure messaging)."""

from __future__ import annotations

import pytest

from desktop.chip import bac
from desktop.chip.apdu import Command, Response
from desktop.chip.cipher import SessionKeys, pad, retail_mac
from desktop.chip.errors import SecureMessagingError
from desktop.chip.secure_messaging import SecureChannel
from desktop.documents import mrz

H = bytes.fromhex
MRZ_INFO = "L898902C<369080619406236"
RND_IC = H("4608F91988702212")
RND_IFD = H("781723860C06C226")
K_IFD = H("0B795240CB7049B01C19B33E32804F0B")
K_IC = H("0B4F80323EB3191CB04970CB4052790B")
KS_ENC = H("979EC13B1CBFE9DCD01AB0FED307EAE5")
KS_MAC = H("F1CB1F1FB5ADF208806B89DC579DC1F8")


def test_mrz_information_from_fields():
    assert bac.MrzKey.from_fields("L898902C", "690806", "940623").information == MRZ_INFO
    lines = mrz.compose(
        mrz.TD3, document_code="P", issuing_state="UTO", surname="ERIKSSON",
        given_names="ANNA MARIA", document_number="L898902C", nationality="UTO",
        birth_date="690806", sex="F", expiry_date="940623", optional_data="ZE184226B",
    )  # fmt: skip
    assert lines[1].startswith("L898902C<3UTO6908061F9406236")
    assert bac.MrzKey.from_document(mrz.parse(lines)).information == MRZ_INFO
    assert "L898902C" not in repr(bac.MrzKey(MRZ_INFO))


def test_key_seed_and_basic_keys():
    seed = bac.key_seed(MRZ_INFO)
    assert seed == H("239AB9CB282DAF66231DC5A4DF6BFBAE")
    keys = bac.basic_keys(seed)
    assert keys.k_enc == H("AB94FDECF2674FDFB9B391F85D7F76F2")
    assert keys.k_mac == H("7962D9ECE03D1ACD4C76089DCE131543")


def test_mutual_authentication_both_sides():
    keys = bac.basic_keys(bac.key_seed(MRZ_INFO))
    cmd = bac.external_authenticate(keys, RND_IC, RND_IFD, K_IFD)
    assert cmd.data == H(
        "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7"
    )
    assert cmd.encode().hex().upper().startswith("0082000028")
    answer, card_keys, card_ssc = bac.card_answer(keys, RND_IC, K_IC, cmd.data)
    assert answer == H(
        "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449"
    )
    session, ssc = bac.finish(keys, RND_IC, RND_IFD, K_IFD, answer)
    assert session.k_enc == KS_ENC and session.k_mac == KS_MAC
    assert ssc == H("887022120C06C226")
    assert (card_keys, card_ssc) == (session, ssc)


def test_wrong_key_is_refused_by_the_card():
    good = bac.basic_keys(bac.key_seed(MRZ_INFO))
    bad = bac.basic_keys(bac.key_seed("L898902C<369080619406235"))
    cmd = bac.external_authenticate(bad, RND_IC, RND_IFD, K_IFD)
    assert bac.card_answer(good, RND_IC, K_IC, cmd.data) is None


def test_session_key_seed():
    seed = bytes(a ^ b for a, b in zip(K_IFD, K_IC, strict=True))
    assert seed == H("0036D272F5C350ACAC50C3F572D23600")


def _channel() -> SecureChannel:
    return SecureChannel(SessionKeys("3des", KS_ENC, KS_MAC), H("887022120C06C226"))


def test_protected_select_read_binary_and_responses():
    ch = _channel()
    select = ch.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    assert select.encode() == H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
    r = ch.unwrap(Response.parse(H("990290008E08FA855A5D4C50A8ED9000")))
    assert (r.data, r.sw) == (b"", 0x9000)

    head = ch.wrap(Command(0x00, 0xB0, 0x00, 0x00, ne=4))
    assert head.encode() == H("0CB000000D9701048E08ED6705417E96BA5500")
    r = ch.unwrap(Response.parse(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000")))
    assert r.data == H("60145F01")

    rest = ch.wrap(Command(0x00, 0xB0, 0x00, 0x04, ne=0x12))
    assert rest.encode() == H("0CB000040D9701128E082EA28A70F3C7B53500")
    r = ch.unwrap(
        Response.parse(
            H(
                "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A"
                "990290008E08C8B2787EAEA07D749000"
            )
        )
    )
    assert r.data == H("04303130365F36063034303030305C026175")
    assert ch.ssc.to_bytes(8, "big") == H("887022120C06C22C")


def test_mac_input_is_padded_ssc_and_m():
    # FACTS.md: the spec prints one MAC input without its final 0x80; we always pad.
    m = H("0CB0000480000000970112")
    n = pad(H("887022120C06C22B") + m, 8)
    assert n == H("887022120C06C22B0CB00004800000009701128000000000")
    assert retail_mac(KS_MAC, n) == H("2EA28A70F3C7B535")


def test_card_side_mirrors_the_reader():
    reader, card = _channel(), _channel()
    opened = card.open_command(reader.wrap(Command(0x00, 0xB0, 0x00, 0x04, ne=0x12)))
    assert (opened.ins, opened.p2, opened.ne) == (0xB0, 0x04, 0x12)
    sealed = card.seal_response(Response(b"hello", 0x9000))
    assert reader.unwrap(sealed).data == b"hello"


def test_response_with_a_flipped_mac_bit_is_rejected():
    ch = _channel()
    ch.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    with pytest.raises(SecureMessagingError, match="MAC"):
        ch.unwrap(Response.parse(H("990290008E08FA855A5D4C50A8EC9000")))


def test_unprotected_success_is_rejected():
    ch = _channel()
    ch.wrap(Command(0x00, 0xB0, 0x00, 0x00, ne=4))
    with pytest.raises(SecureMessagingError):
        ch.unwrap(Response(b"", 0x9000))
