"""PC/SC transport over pyscard's `smartcard.scard` layer: readers, waiting for a card,
ATR, APDU exchange with timing, a debug log of headers and status words (never data),
and clear errors for a missing service or reader, a removed card and a silent card.

SCardTransmit itself has no timeout, so each exchange runs on a worker thread that the
caller stops waiting for after `apdu_timeout_s`: a stuck card or driver cannot hang
the read (the stuck handle is then abandoned, never reused).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop.chip.apdu import Command, Response
from desktop.chip.errors import (
    ChipError,
    ChipProtocolError,
    ChipTimeout,
    NoCardError,
    NoReaderError,
)
from desktop.messages import msg

log = logging.getLogger(__name__)

DEFAULT_APDU_TIMEOUT_S = 10.0


def _scard() -> Any:
    try:
        import smartcard.scard as scard
    except ImportError as e:  # pragma: no cover - installation problem
        raise NoReaderError(f"pyscard is not installed ({e})") from None
    return scard


def _check(scard: Any, hresult: int, what: str) -> None:
    if hresult == scard.SCARD_S_SUCCESS:
        return
    code = hresult & 0xFFFFFFFF
    if code == scard.SCARD_E_NO_SERVICE & 0xFFFFFFFF or code == (
        scard.SCARD_E_SERVICE_STOPPED & 0xFFFFFFFF
    ):
        raise NoReaderError(msg("chip.no_pcscd"))
    if code == scard.SCARD_E_NO_READERS_AVAILABLE & 0xFFFFFFFF:
        raise NoReaderError(msg("chip.no_reader"))
    if code in {
        scard.SCARD_W_REMOVED_CARD & 0xFFFFFFFF,
        scard.SCARD_E_NO_SMARTCARD & 0xFFFFFFFF,
        scard.SCARD_W_RESET_CARD & 0xFFFFFFFF,
        scard.SCARD_W_UNPOWERED_CARD & 0xFFFFFFFF,
        scard.SCARD_W_UNRESPONSIVE_CARD & 0xFFFFFFFF,
    }:
        raise NoCardError(msg("chip.card_gone", detail=what))
    if code == scard.SCARD_E_TIMEOUT & 0xFFFFFFFF:
        raise ChipTimeout(f"timed out: {what}")
    if code == scard.SCARD_E_READER_UNAVAILABLE & 0xFFFFFFFF:
        raise NoReaderError(msg("chip.reader_gone", detail=what))
    raise ChipError(f"PC/SC error during {what}: {scard.SCardGetErrorMessage(hresult).strip()}")


def _call_with_timeout(timeout_s: float, func: Callable[..., Any], *args: Any) -> Any:
    """func(*args) on a daemon thread; (None, None) when it has not returned in time (the
    thread is left behind and cannot keep the process alive)."""
    result: list[Any] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            result.append(func(*args))
        except BaseException as e:  # handed to the caller's thread
            error.append(e)

    worker = threading.Thread(target=run, name="pcsc-transmit", daemon=True)
    worker.start()
    worker.join(timeout_s)
    if error:
        raise error[0]
    if not result:
        return None, None
    return result[0]


def list_readers() -> list[str]:
    scard = _scard()
    hresult, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    _check(scard, hresult, "connecting to the PC/SC service")
    try:
        hresult, readers = scard.SCardListReaders(ctx, [])
        if hresult == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        _check(scard, hresult, "listing readers")
        return list(readers)
    finally:
        scard.SCardReleaseContext(ctx)


def pick_reader(readers: list[str], wanted: str | None) -> str:
    if not readers:
        raise NoReaderError(msg("chip.no_reader"))
    if wanted is None:
        return readers[0]
    for r in readers:
        if r == wanted:
            return r
    matches = [r for r in readers if wanted.lower() in r.lower()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NoReaderError(f"no reader named {wanted!r} (readers: {'; '.join(readers)})")
    raise NoReaderError(f"{wanted!r} matches several readers: {'; '.join(matches)}")


@dataclass
class Stats:
    """APDUs exchanged and time spent in them (the read-time lever is their count)."""

    apdus: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    seconds: float = 0.0
    by_kind: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.by_kind[kind] = self.by_kind.get(kind, 0) + 1


class PcscTransport:
    """One connected card. Use as a context manager; `transmit` is thread-confined."""

    def __init__(self, reader: str, *, apdu_timeout_s: float = DEFAULT_APDU_TIMEOUT_S) -> None:
        self.reader = reader
        self.apdu_timeout_s = apdu_timeout_s
        self.stats = Stats()
        self.atr = b""
        self._scard = _scard()
        self._ctx: Any = None
        self._card: Any = None
        self._protocol: Any = None
        self._broken: str | None = None

    @classmethod
    def open(
        cls,
        reader: str | None = None,
        *,
        wait_s: float = 0.0,
        apdu_timeout_s: float = DEFAULT_APDU_TIMEOUT_S,
        cancelled: Callable[[], bool] | None = None,
    ) -> PcscTransport:
        """Connect to the card on `reader` (name or unique part of it; default the first
        reader), waiting up to `wait_s` seconds for a card to be presented."""
        name = pick_reader(list_readers(), reader)
        t = cls(name, apdu_timeout_s=apdu_timeout_s)
        try:
            t._connect(wait_s, cancelled)
        except BaseException:
            t.close()
            raise
        return t

    def _connect(self, wait_s: float, cancelled: Callable[[], bool] | None) -> None:
        s = self._scard
        hresult, self._ctx = s.SCardEstablishContext(s.SCARD_SCOPE_USER)
        _check(s, hresult, "connecting to the PC/SC service")
        deadline = time.monotonic() + wait_s
        state = s.SCARD_STATE_UNAWARE
        while True:
            hresult, states = s.SCardGetStatusChange(self._ctx, 0, [(self.reader, state)])
            _check(s, hresult, "reading the reader state")
            state = states[0][1]
            if state & s.SCARD_STATE_PRESENT and not state & s.SCARD_STATE_MUTE:
                break
            left = deadline - time.monotonic()
            if left <= 0 or (cancelled and cancelled()):
                raise NoCardError(msg("chip.no_card", reader=self.reader))
            hresult, states = s.SCardGetStatusChange(
                self._ctx, int(min(left, 0.5) * 1000), [(self.reader, state)]
            )
            if hresult != s.SCARD_E_TIMEOUT:
                _check(s, hresult, "waiting for a card")
        hresult, self._card, self._protocol = s.SCardConnect(
            self._ctx,
            self.reader,
            s.SCARD_SHARE_EXCLUSIVE,
            s.SCARD_PROTOCOL_T0 | s.SCARD_PROTOCOL_T1,
        )
        if hresult == s.SCARD_E_SHARING_VIOLATION:
            raise ChipError(msg("chip.card_in_use", reader=self.reader))
        _check(s, hresult, "connecting to the card")
        hresult, _reader, _state, _proto, atr = s.SCardStatus(self._card)
        _check(s, hresult, "reading the ATR")
        self.atr = bytes(atr)
        log.debug("card on %s, ATR %s", self.reader, self.atr.hex().upper())

    def transmit(
        self, cmd: Command, *, kind: str = "apdu", extended: bool | None = None
    ) -> Response:
        if self._broken:
            raise ChipError(f"the card connection is unusable: {self._broken}")
        raw = cmd.encode(extended)
        start = time.perf_counter()
        hresult, out = _call_with_timeout(
            self.apdu_timeout_s, self._scard.SCardTransmit, self._card, self._protocol, list(raw)
        )
        if hresult is None:
            self._broken = "the card stopped answering"
            raise ChipTimeout(f"the card did not answer within {self.apdu_timeout_s:g} s")
        elapsed = time.perf_counter() - start
        if hresult != self._scard.SCARD_S_SUCCESS:
            self._broken = "transmit failed"
        _check(self._scard, hresult, "sending a command")
        if len(out) < 2:  # vpcd and some drivers return nothing when the card is gone
            self._broken = "no answer"
            if not self._card_present():
                raise NoCardError(msg("chip.card_removed"))
            raise ChipProtocolError(f"the card answered {len(out)} bytes, not even a status word")
        resp = Response.parse(bytes(out))
        self.stats.apdus += 1
        self.stats.bytes_sent += len(raw)
        self.stats.bytes_received += len(out)
        self.stats.seconds += elapsed
        self.stats.count(kind)
        log.debug(
            "%s > %s | < %04X %d bytes %.1f ms",
            kind,
            cmd.header_text(),
            resp.sw,
            len(resp.data),
            elapsed * 1000,
        )
        return resp

    def _card_present(self, settle_s: float = 1.5) -> bool:
        """Whether a card is still there; pcscd notices a removal only at its next poll,
        so wait up to `settle_s` for the reader state to change."""
        s = self._scard
        hresult, states = s.SCardGetStatusChange(
            self._ctx, 0, [(self.reader, s.SCARD_STATE_UNAWARE)]
        )
        if hresult != s.SCARD_S_SUCCESS:
            return False
        state = states[0][1]
        if state & s.SCARD_STATE_PRESENT:
            hresult, states = s.SCardGetStatusChange(
                self._ctx, int(settle_s * 1000), [(self.reader, state)]
            )
            if hresult == s.SCARD_S_SUCCESS:
                state = states[0][1]
        return bool(state & s.SCARD_STATE_PRESENT)

    def close(self) -> None:
        s = self._scard
        card, ctx = self._card, self._ctx
        self._card = self._ctx = None

        def release() -> None:
            if card is not None:
                s.SCardDisconnect(card, s.SCARD_UNPOWER_CARD)
            if ctx is not None:
                s.SCardReleaseContext(ctx)

        # After a timeout a transmit may still hold the handle inside pcsc-lite: release
        # it without waiting.
        if self._broken == "the card stopped answering":
            threading.Thread(target=release, daemon=True).start()
        else:
            release()

    def __enter__(self) -> PcscTransport:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
