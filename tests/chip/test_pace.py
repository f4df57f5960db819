"""PACE ECDH Generic Mapping (brainpoolP256r1, AES-128): ICAO 9303-11 Appendix G.1 as
test vectors, message by message, then reader against the virtual passport."""

from __future__ import annotations

import pytest

from desktop.chip import csca, lds, pace, reader
from desktop.chip.apdu import Response
from desktop.chip.bac import CanKey, MrzKey
from desktop.chip.errors import AccessDenied
from desktop.chip.files import Session
from desktop.chip.transport import Stats

H = bytes.fromhex
CURVE = pace.CURVES[13]
CARD_ACCESS = H("31143012060A04007F0007020204020202010202010D")
MRZ = MrzKey.from_fields("T22000129", "640812", "101031")
T_MAP_SK = 0x7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99
T_AGR_SK = 0xA73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595
C_MAP_SK = 0x498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560
C_MAP_PK = H(
    "04824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
    "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54"
)
T_MAP_PK = H(
    "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
    "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D"
)
T_AGR_PK = H(
    "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
    "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462"
)
C_AGR_PK = H(
    "049E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
    "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094"
)
NONCE = H("3F00C4D39D153F2B2A214A078D899B22")
KS_ENC = H("F5F0E35C0D7161EE6724EE513A0D9A7F")
KS_MAC = H("FE251C7858B356B24514B3BD5F4297D1")
OID = "0.4.0.127.0.7.2.2.4.2.2"


def test_card_access_and_password_keys():
    info = pace.choose(lds.parse_card_access(CARD_ACCESS))
    assert info == pace.PaceInfo(OID, 128, 13)
    ref, f = pace.password(MRZ)
    assert (ref, f) == (1, H("7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD"))
    assert pace.k_pi(f, 128) == H("89DED1B26624EC1E634C1989302849DD")
    assert pace.k_pi(pace.password(CanKey("123456"))[1], 128) == H(
        "591468CDA83D65219CCCB8560233600F"
    )
    assert pace.card_access_file() == CARD_ACCESS


def test_mapping_key_agreement_and_tokens():
    kpi = H("89DED1B26624EC1E634C1989302849DD")
    from desktop.chip.cipher import aes_decrypt

    assert aes_decrypt(kpi, H("95A3A016522EE98D01E76CB6B98B42C3")) == NONCE
    assert pace.encode_point(CURVE.generator * T_MAP_SK, CURVE) == T_MAP_PK
    assert pace.encode_point(CURVE.generator * C_MAP_SK, CURVE) == C_MAP_PK
    shared_h = pace.decode_point(C_MAP_PK, CURVE) * T_MAP_SK
    assert shared_h.x() == 0x60332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5
    g = pace.mapped_generator(CURVE, NONCE, T_MAP_SK, pace.decode_point(C_MAP_PK, CURVE))
    assert pace.encode_point(g, CURVE) == H(
        "048CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
        "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522"
    )
    # the chip maps to the same generator from its side
    g_chip = pace.mapped_generator(CURVE, NONCE, C_MAP_SK, pace.decode_point(T_MAP_PK, CURVE))
    assert pace.encode_point(g_chip, CURVE) == pace.encode_point(g, CURVE)
    assert pace.encode_point(g * T_AGR_SK, CURVE) == T_AGR_PK
    secret = pace.shared_secret(CURVE, T_AGR_SK, pace.decode_point(C_AGR_PK, CURVE))
    assert secret == H("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925")
    keys = pace.session_keys(secret, 128)
    assert (keys.k_enc, keys.k_mac) == (KS_ENC, KS_MAC)
    assert pace.auth_token(KS_MAC, OID, C_AGR_PK) == H("C2B0BD78D94BA866")
    assert pace.auth_token(KS_MAC, OID, T_AGR_PK) == H("3ABB9674BCE93C08")


class Scripted:
    """A card that expects exactly these command APDUs and gives these answers."""

    def __init__(self, exchanges: list[tuple[str, str]]) -> None:
        self.exchanges = list(exchanges)
        self.stats = Stats()

    def transmit(self, cmd, *, kind="apdu"):
        want, answer = self.exchanges.pop(0)
        assert cmd.encode().hex().upper() == want.upper()
        return Response.parse(H(answer))


def test_appendix_g1_message_exchange():
    card = Scripted(
        [
            ("0022C1A40F800A04007F00070202040202830101", "9000"),
            ("10860000027C0000", "7C12801095A3A016522EE98D01E76CB6B98B42C39000"),
            ("10860000457C438141" + T_MAP_PK.hex() + "00", "7C438241" + C_MAP_PK.hex() + "9000"),
            ("10860000457C438341" + T_AGR_PK.hex() + "00", "7C438441" + C_AGR_PK.hex() + "9000"),
            ("008600000C7C0A8508C2B0BD78D94BA86600", "7C0A86083ABB9674BCE93C089000"),
        ]
    )
    session = Session(card)
    scalars = iter([T_MAP_SK, T_AGR_SK])
    info = pace.establish(
        session, MRZ, lds.parse_card_access(CARD_ACCESS), scalar=lambda _c: next(scalars)
    )
    assert info.parameter_id == 13 and not card.exchanges
    channel = session.channel
    assert (channel.keys.cipher, channel.keys.k_enc, channel.keys.k_mac) == ("aes", KS_ENC, KS_MAC)
    assert channel.ssc == 0 and channel.ssc_len == 16


def test_wrong_token_from_the_chip_is_access_denied():
    card = Scripted(
        [
            ("0022C1A40F800A04007F00070202040202830101", "9000"),
            ("10860000027C0000", "7C12801095A3A016522EE98D01E76CB6B98B42C39000"),
            ("10860000457C438141" + T_MAP_PK.hex() + "00", "7C438241" + C_MAP_PK.hex() + "9000"),
            ("10860000457C438341" + T_AGR_PK.hex() + "00", "7C438441" + C_AGR_PK.hex() + "9000"),
            ("008600000C7C0A8508C2B0BD78D94BA86600", "7C0A86083ABB9674BCE93C099000"),
        ]
    )
    scalars = iter([T_MAP_SK, T_AGR_SK])
    with pytest.raises(AccessDenied):
        pace.establish(
            Session(card), MRZ, lds.parse_card_access(CARD_ACCESS), scalar=lambda _c: next(scalars)
        )


@pytest.fixture(scope="module")
def pace_spec():
    from virtual_passport import specimen

    return specimen.make_specimen(pace=True, face_bytes=5000)


def test_read_with_can_on_the_virtual_passport(direct, pace_spec):
    t = direct(pace_spec)
    r = reader.read_passport(t, CanKey(pace_spec.holder.can), csca.TrustStore([pace_spec.pki.csca]))
    assert r.access_control == "PACE" and r.authentic
    assert t.stats.by_kind["pace"] == 5


def test_wrong_can_is_access_denied(direct, pace_spec):
    with pytest.raises(AccessDenied, match="PACE password"):
        reader.read_passport(direct(pace_spec), CanKey("654321"), None)


def test_can_on_a_chip_without_pace(direct, spec):
    from desktop.chip.errors import ChipProtocolError

    with pytest.raises(ChipProtocolError, match="does not offer PACE"):
        reader.read_passport(direct(spec), CanKey("123456"), None)


def test_aes_secure_messaging_matches_an_independent_implementation():
    # Known answers of another open-source eMRTD reader (AES-128, SSC from zero):
    # a cross-check of IV = E(KSenc, SSC), 16-byte padding and CMAC-8.
    from desktop.chip.apdu import Command
    from desktop.chip.cipher import SessionKeys
    from desktop.chip.secure_messaging import SecureChannel

    keys = SessionKeys(
        "aes", H("0102030405060708090a0b0c0d0e0f10"), H("a1a2a3a4a5a6a7a8a9aaabacadaeafb0")
    )
    ch = SecureChannel(keys, bytes(16))
    select = ch.wrap(Command(0x00, 0xA4, 0x04, 0x0C, H("A0000002471001")))
    assert select.encode() == H(
        "0ca4040c1d871101ae6896c36d5e1f3bd4ecbaf7a661652b8e08c783f86389338e0d00"
    )
    assert ch.unwrap(Response.parse(H("990290008e08117dd72826d775709000"))).sw == 0x9000
    read = ch.wrap(Command(0x00, 0xB0, 0x00, 0x00, ne=20))
    assert read.encode() == H("0cb000000d9701148e0829b7480811e8ae7600")
    answer = ch.unwrap(
        Response.parse(
            H(
                "872101a57fd10b28b996eff1162d1ecf14f100d960990bd394a608aa"
                "c46e29a9a5ad7c990290008e087d192821635d4fa79000"
            )
        )
    )
    assert answer.data == H("303132333435363738393a3b3c3d3e3f40414243")


def test_mrz_on_a_pace_chip_uses_pace(direct, pace_spec):
    from tests.chip.conftest import key_of

    t = direct(pace_spec)
    r = reader.read_passport(t, key_of(pace_spec), csca.TrustStore([pace_spec.pki.csca]))
    assert r.access_control == "PACE" and r.authentic
    assert "bac" not in t.stats.by_kind


def test_session_loss_under_pace_authenticates_again(direct, pace_spec):
    # a chip without extended length drops SM on the first extended READ BINARY
    t = direct(pace_spec, extended_length=False)
    r = reader.read_passport(t, CanKey("123456"), csca.TrustStore([pace_spec.pki.csca]))
    assert r.authentic and t.stats.by_kind["pace"] == 10


@pytest.mark.pcsc
def test_chip_read_with_can_through_pcscd(capsys, insert, pace_spec, tmp_path):
    import json

    from desktop.cli import main

    insert(pace_spec)
    (tmp_path / "csca.pem").write_bytes(pace_spec.csca_pem)
    code = main(["chip", "read", "--can", "123456", "--csca", str(tmp_path), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    r = json.loads(out)
    assert r["access_control"] == "PACE" and r["authentic"] is True
    insert(pace_spec)
    code = main(["chip", "read", "--can", "000000"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "access denied" in err
    code = main(["chip", "read", "--can", "12345"])
    assert code == 2 and "6 digits" in capsys.readouterr().err
