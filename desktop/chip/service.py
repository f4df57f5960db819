"""One chip read as the inspection needs it: open the reader, read and authenticate,
compare the printed MRZ with DG1. Used by `chip read` and by the GUI (on a worker
thread: it blocks on PC/SC for up to a few seconds)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.chip import bac
from desktop.chip.csca import TrustStore
from desktop.chip.files import ReadPolicy
from desktop.chip.reader import ChipRead, Progress, ReadOptions, read_passport
from desktop.chip.result import differences_message, mrz_differences, result_json
from desktop.chip.transport import PcscTransport


@dataclass
class ChipOutcome:
    result: dict[str, Any]  # the `chip read --json` object
    read: ChipRead

    @property
    def accepted(self) -> bool:
        """Authentic, and the printed MRZ (when given) equals the chip's."""
        return bool(self.result["authentic"]) and self.result.get("printed_mrz_matches_chip", True)

    def face_png(self) -> bytes | None:
        """The first face decoded to PNG (JPEG 2000 included), for display."""
        if not self.read.faces:
            return None
        from PIL import Image

        out = io.BytesIO()
        with Image.open(io.BytesIO(self.read.faces[0].image)) as im:
            im.convert("RGB").save(out, format="PNG")
        return out.getvalue()


def read_document(
    key: bac.MrzKey | bac.CanKey,
    trust: TrustStore | None,
    *,
    printed_mrz: Sequence[str] | None = None,
    reader: str | None = None,
    wait_s: float = 0.0,
    apdu_timeout_s: float | None = None,
    extended: bool = True,
    progress: Progress | None = None,
) -> ChipOutcome:
    options = ReadOptions(policy=ReadPolicy(extended=extended))
    kwargs = {} if apdu_timeout_s is None else {"apdu_timeout_s": apdu_timeout_s}
    with PcscTransport.open(reader, wait_s=wait_s, **kwargs) as t:
        read = read_passport(t, key, trust, options, progress)
        result = result_json(read, reader=t.reader, atr=t.atr)
    if printed_mrz is not None:
        differ = mrz_differences(list(printed_mrz), read.mrz_lines)
        result["printed_mrz_matches_chip"] = not differ
        if differ:
            result["warnings"].append(differences_message(differ))
    return ChipOutcome(result, read)
