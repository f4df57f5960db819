"""One full read of an e-passport chip: access control (BAC, or PACE with a CAN), the
files, passive and active authentication. Transport-agnostic (PC/SC or in-process),
Qt-free, and it reports progress so a GUI worker can show it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.chip import active_auth, bac, ca, face, lds, pace, passive_auth, sod
from desktop.chip.apdu import Command, sw_text
from desktop.chip.csca import TrustStore
from desktop.chip.errors import AccessDenied, ChipProtocolError, ParseError, SecureMessagingError
from desktop.chip.files import DATA_GROUPS, EF_COM, EF_SOD, EMRTD_AID, FileReader, ReadPolicy
from desktop.chip.files import Session as ChipSession
from desktop.chip.secure_messaging import SecureChannel, SessionLost
from desktop.messages import msg

log = logging.getLogger(__name__)

# What an inspection reads: DG3/DG4 (fingerprints, iris) need Extended Access Control.
DEFAULT_GROUPS = (1, 2, 11, 12, 14, 15)

Progress = Callable[[str, int, int], None]


@dataclass
class ReadOptions:
    policy: ReadPolicy = field(default_factory=ReadPolicy)
    data_groups: tuple[int, ...] = DEFAULT_GROUPS
    active_authentication: bool = True
    chip_authentication: bool = True


@dataclass
class ChipRead:
    access_control: str
    mrz_lines: list[str]
    com: lds.Com | None
    faces: list[face.FaceImage]
    dg11: dict[str, str] | None
    dg12: dict[str, str] | None
    passive: passive_auth.PassiveAuthResult
    active: active_auth.ActiveAuthResult
    files: dict[str, int]  # name -> bytes read
    warnings: list[str]
    apdus: int = 0
    seconds: float = 0.0
    raw: dict[int, bytes] = field(default_factory=dict, repr=False)  # DG number -> bytes
    chip: ca.ChipAuthResult = field(default_factory=lambda: ca.ChipAuthResult("not supported"))

    @property
    def authentic(self) -> bool:
        """PA valid, and neither AA nor CA (a clone's weak point) failed or left undone."""
        proven = ("valid", "not supported")
        return (
            self.passive.status == "valid"
            and self.active.status in proven
            and self.chip.status in proven
        )


class _Access:
    """Opens (and re-opens) secure messaging with the key the officer gave: PACE when
    EF.CardAccess offers it (9303-11 §4.2: PACE first), else BAC (MRZ only)."""

    def __init__(self, session: ChipSession, key: bac.MrzKey | bac.CanKey) -> None:
        self.session = session
        self.key = key
        self.method = "BAC"
        self.card_access: list[lds.SecurityInfo] | None = None
        # run after each (re-)authentication: Chip Authentication once it has succeeded
        self.after_open: Callable[[], None] | None = None

    def _card_access(self) -> list[lds.SecurityInfo]:
        if self.card_access is None:
            try:
                self.card_access = pace.read_card_access(self.session)
            except ChipProtocolError:  # no EF.CardAccess: a BAC-only chip
                self.card_access = []
            except ParseError as e:
                log.warning("EF.CardAccess is unreadable (%s): using BAC", e)
                self.card_access = []
        return self.card_access

    def open(self) -> None:
        self.session.channel = None
        infos = self._card_access()
        if pace.choose(infos) is not None:
            info = pace.establish(self.session, self.key, infos)
            self.method = "PACE-CAM" if info.cam else "PACE"
            _select_application(self.session)
        elif isinstance(self.key, bac.CanKey):
            raise ChipProtocolError(
                "this chip does not offer PACE, so a CAN cannot open it: use --mrz"
            )
        else:
            _select_application(self.session)
            self._bac(self.key)
        if self.after_open is not None:
            self.after_open()

    def _bac(self, key: bac.MrzKey) -> None:
        keys = bac.basic_keys(bac.key_seed(key.information))
        r = self.session.send(bac.GET_CHALLENGE, "bac")
        if not r.ok or len(r.data) != 8:
            raise ChipProtocolError(f"GET CHALLENGE failed: {sw_text(r.sw)}")
        rnd_ic = r.data
        rnd_ifd, k_ifd = bac.new_terminal_randoms()
        r = self.session.send(bac.external_authenticate(keys, rnd_ic, rnd_ifd, k_ifd), "bac")
        if r.sw in (0x6300, 0x6982) or r.sw >> 8 == 0x63:
            raise AccessDenied(msg("chip.bac_refused"))
        if not r.ok:
            raise ChipProtocolError(f"EXTERNAL AUTHENTICATE failed: {sw_text(r.sw)}")
        session_keys, ssc = bac.finish(keys, rnd_ic, rnd_ifd, k_ifd, r.data)
        self.session.channel = SecureChannel(session_keys, ssc)


def _select_application(session: ChipSession) -> None:
    r = session.send(Command(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID), "select")
    if not r.ok:
        raise ChipProtocolError(msg("chip.no_emrtd", detail=sw_text(r.sw)))


def read_passport(
    transport: Any,
    key: bac.MrzKey | bac.CanKey,
    trust: TrustStore | None,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> ChipRead:
    options = options or ReadOptions()
    started = time.perf_counter()
    apdus_before = transport.stats.apdus
    session = ChipSession(transport)
    access = _Access(session, key)
    files = FileReader(session, options.policy, reauthenticate=access.open, progress=progress)
    warnings: list[str] = []

    def step(name: str) -> None:
        if progress:
            progress(name, 0, 0)

    step("access control")
    access.open()

    sizes: dict[str, int] = {}

    def read(ef: Any) -> bytes | None:
        data = files.read(ef)
        if data is not None:
            sizes[ef.name] = len(data)
        return data

    com_raw = read(EF_COM)
    com = _parse(lds.parse_com, com_raw, warnings) if com_raw else None
    sod_raw = read(EF_SOD)
    # A missing or malformed EF.SOD fails passive authentication; the officer still sees
    # what the chip holds, marked as not authentic.
    parsed_sod: sod.SOD | None = None
    sod_problem = "the chip has no EF.SOD"
    if sod_raw is not None:
        try:
            parsed_sod = sod.parse(sod_raw)
        except sod.SODError as e:
            sod_problem = str(e)
    if parsed_sod is not None:
        present = set(parsed_sod.hashes)
        if com is not None and set(com.data_groups) != present:
            warnings.append(msg("chip.com_sod_differ"))
    else:
        present = set(com.data_groups) if com is not None else set(options.data_groups)
    groups: dict[int, bytes] = {}
    wanted = [
        n for n in options.data_groups
        if n in present or (com is not None and n in com.data_groups)
    ]  # fmt: skip
    # DG14 first: Chip Authentication runs before the other files are read, so that they
    # come under the keys only the genuine chip can have
    chip = ca.ChipAuthResult("not supported")
    if 14 in wanted:
        data = read(DATA_GROUPS[14])
        if data is not None:
            groups[14] = data
            step("chip authentication")
            chip = _chip_authentication(session, access, files, data, options)
    for number in wanted:
        if number == 14:
            continue
        data = read(DATA_GROUPS[number])
        if data is not None:
            groups[number] = data
    if 1 not in groups:
        raise ChipProtocolError("the chip has no DG1")

    mrz_lines = lds.parse_dg1(groups[1])
    faces: list[face.FaceImage] = []
    if 2 in groups:
        try:
            faces = face.parse_dg2(groups[2])
        except face.FaceError as e:
            warnings.append(msg("chip.face_unreadable", detail=str(e)))
    dg11 = _parse(lds.parse_dg11, groups.get(11), warnings)
    dg12 = _parse(lds.parse_dg12, groups.get(12), warnings)

    step("passive authentication")
    if parsed_sod is not None:
        passive = passive_auth.verify(parsed_sod, groups, trust)
    else:
        passive = passive_auth.PassiveAuthResult(
            status="invalid", reasons=[sod_problem], sod_signature="missing or malformed"
        )

    if session.cam is not None:  # PACE-CAM: the chip's CA data against DG14's key
        chip = ca.check_cam(session.cam, groups.get(14))  # type: ignore[arg-type]

    step("active authentication")
    active = active_auth.ActiveAuthResult("not supported")
    if 15 in groups and options.active_authentication:
        active = _active(session, groups, files, access)
    elif 15 in groups:
        active = active_auth.ActiveAuthResult("not done")

    return ChipRead(
        access_control=access.method,
        mrz_lines=mrz_lines,
        com=com,
        faces=faces,
        dg11=dg11,
        dg12=dg12,
        passive=passive,
        active=active,
        files=sizes,
        warnings=warnings,
        apdus=transport.stats.apdus - apdus_before,
        seconds=time.perf_counter() - started,
        raw=groups,
        chip=chip,
    )


def _chip_authentication(
    session: ChipSession, access: _Access, files: FileReader, dg14: bytes, options: ReadOptions
) -> ca.ChipAuthResult:
    """CA with DG14's key (9303-11 §6.2), then one protected command under the new keys:
    only a chip holding the private key answers it with a valid MAC."""
    if session.cam is not None:
        return ca.ChipAuthResult("not done", "PACE-CAM")  # checked after PA
    try:
        infos, chip_keys = ca.parse_dg14(dg14)
    except ca.CAError as e:
        return ca.ChipAuthResult("not done", None, str(e))
    if not infos and not chip_keys:
        return ca.ChipAuthResult("not supported")
    chosen = ca.choose(infos, chip_keys)
    if chosen is None:
        return ca.ChipAuthResult("not done", None, msg("chip.ca_unsupported"))
    info, key = chosen
    name = ca.algorithm_name(info, key)
    if not options.chip_authentication:
        return ca.ChipAuthResult("not done", name)
    try:
        ca.authenticate(session, info, key)
    except ca.ChipRefused as e:
        access.open()
        files.forget_selection()
        return ca.ChipAuthResult("invalid", name, str(e))
    except ca.CAError as e:
        access.open()
        files.forget_selection()
        return ca.ChipAuthResult("not done", name, str(e))
    try:
        session.send(Command(0x00, 0xA4, 0x02, 0x0C, EF_COM.fid.to_bytes(2, "big")), "ca")
    except SecureMessagingError:
        log.debug("chip authentication: the answer under the new keys does not verify")
        access.open()  # read on under BAC/PACE: the officer sees the clone's data
        files.forget_selection()
        return ca.ChipAuthResult("invalid", name, ca.CLONE_REASON)
    files.forget_selection()

    def again() -> None:  # the chip dropped the session: CA again after BAC/PACE
        ca.authenticate(session, info, key)

    access.after_open = again
    return ca.ChipAuthResult("valid", name)


def _parse(func: Callable[[bytes], Any], raw: bytes | None, warnings: list[str]) -> Any:
    if raw is None:
        return None
    try:
        return func(raw)
    except ParseError as e:
        warnings.append(str(e))
        return None


def _active(
    session: ChipSession, groups: dict[int, bytes], files: FileReader, access: _Access
) -> active_auth.ActiveAuthResult:
    try:
        key = lds.parse_dg15(groups[15])
        infos = lds.parse_dg14(groups[14]) if 14 in groups else []
    except ParseError as e:
        return active_auth.ActiveAuthResult("invalid", None, str(e))
    challenge = active_auth.new_challenge()
    # An RSA-2048 answer does not fit a short protected response: extended Le when the
    # card takes extended APDUs (a card that does not has a smaller key).
    ne = 65536 if files.extended else 256
    try:
        r = session.send(Command(0x00, 0x88, 0x00, 0x00, challenge, ne), "aa")
    except SessionLost as e:
        if ne == 256 or e.sw >> 8 != 0x67:
            raise
        access.open()
        r = session.send(Command(0x00, 0x88, 0x00, 0x00, challenge, 256), "aa")
    if not r.ok:
        return active_auth.ActiveAuthResult(
            "invalid", None, f"the chip refused to sign the challenge: {sw_text(r.sw)}"
        )
    return active_auth.verify(key, infos, challenge, r.data)
