"""Chip read time: a full read (BAC, EF.COM, DG1, a ~20 KB DG2, DG11, DG12, DG15, SOD,
passive and active authentication) of our virtual passport through real pcscd, with a
simulated contactless link, in 223-byte blocks versus extended length; then with Chip
Authentication (DG14, CA after BAC or PACE, or PACE-CAM)."""

from __future__ import annotations

import statistics
import time
from collections import Counter

import bench.machine
from desktop.chip import csca
from desktop.chip.bac import CanKey, MrzKey
from desktop.chip.files import ReadPolicy
from desktop.chip.reader import ReadOptions, read_passport
from desktop.chip.transport import PcscTransport
from virtual_passport import specimen
from virtual_passport.card import CardConfig, Link
from virtual_passport.testbed import Testbed, shared

PER_APDU_S = 0.004  # contactless frame exchange, reader firmware and chip turnaround
PER_BYTE_S = 25e-6  # ~424 kbit/s with framing overhead

MODES = [  # label, reader policy, card settings, specimen, PACE with the CAN instead of BAC
    ("BAC, 223-byte blocks (short APDUs)", ReadPolicy(extended=False), {}, "plain", False),
    ("BAC, extended length", ReadPolicy(), {}, "plain", False),
    ("BAC, extended length, card buffer 4 KiB", ReadPolicy(), {"max_block": 4096}, "plain", False),
    ("PACE (CAN), extended length", ReadPolicy(), {}, "pace", False),
    ("BAC, no SFIs (SELECT + offset), extended length", ReadPolicy(),
     {"sfi_refusal": 0x6A82}, "plain", False),
    ("BAC + CA (ECDH brainpoolP256r1, AES-128), extended length", ReadPolicy(), {},
     "ca-ecdh", False),
    ("BAC + CA (DH 1024-bit, 3DES), extended length", ReadPolicy(), {}, "ca-dh", False),
    ("BAC + CA (ECDH, AES-128), 223-byte blocks", ReadPolicy(extended=False), {},
     "ca-ecdh", False),
    ("PACE (CAN) + CA (ECDH, AES-128), extended length", ReadPolicy(), {}, "pace-ca", True),
    ("PACE-CAM (CAN), extended length", ReadPolicy(), {}, "pace-cam", True),
]  # fmt: skip
# quick mode (the test suite runs it): the plain rows and one of each new kind
QUICK_SKIP = {
    "BAC + CA (DH 1024-bit, 3DES), extended length",
    "BAC + CA (ECDH, AES-128), 223-byte blocks",
    "PACE (CAN) + CA (ECDH, AES-128), extended length",
    "BAC, no SFIs (SELECT + offset), extended length",
}
SPECS = {  # specimen name -> make_specimen arguments (all with RSA active authentication)
    "plain": {},
    "pace": {"pace": True},
    "ca-ecdh": {"ca": "ecdh", "ca_cipher": "aes"},
    "ca-dh": {"ca": "dh", "ca_cipher": "3des"},
    "pace-ca": {"ca": "ecdh", "ca_cipher": "aes", "pace": True},
    "pace-cam": {"ca": "ecdh", "pace_cam": True},
}


def _one(
    bed: Testbed, spec: specimen.Specimen, policy: ReadPolicy, card: dict, use_pace: bool
) -> dict:
    config = CardConfig.from_specimen(spec, link=Link(PER_APDU_S, PER_BYTE_S), **card)
    bed.insert(config)
    blocks: Counter[str] = Counter()
    h = spec.holder
    start = time.perf_counter()
    with PcscTransport.open(bed.reader) as t:
        r = read_passport(
            t,
            CanKey(h.can)
            if use_pace
            else MrzKey.from_fields(h.document_number, h.birth_date, h.expiry_date),
            csca.TrustStore([spec.pki.csca]),
            ReadOptions(policy=ReadPolicy(**vars(policy))),
            progress=lambda name, done, total: blocks.update([name]) if total else None,
        )
    seconds = time.perf_counter() - start
    assert r.authentic, (r.passive, r.active, r.chip)
    assert r.active.status == "valid", r.active
    assert (r.chip.status == "valid") == (14 in r.raw), r.chip
    return {
        "seconds": seconds,
        "apdus": r.apdus,
        "dg2_reads": blocks["DG2"],
        "dg2": r.files["DG2"],
        "ca": r.chip.algorithm if r.chip.status == "valid" else "",
    }


def run(quick: bool = False) -> str:
    runs = 1 if quick else 5
    face = 4000 if quick else 20_000
    needed = {m[3] for m in MODES if not (quick and m[0] in QUICK_SKIP)}
    specs = {n: specimen.make_specimen(face_bytes=face, **SPECS[n]) for n in needed}
    rows = []
    with shared() as bed:
        for label, policy, card, spec_name, use_pace in MODES:
            if quick and label in QUICK_SKIP:
                continue
            s = specs[spec_name]
            results = [_one(bed, s, policy, card, use_pace) for _ in range(runs)]
            median = statistics.median(r["seconds"] for r in results)
            rows.append((label, results[0], median))
            print(f"  {label}: {results[0]['apdus']} APDUs, median {median:.3f} s", flush=True)
        bed.remove()
    base = rows[0][2]
    lines = [
        "## Chip",
        "",
        bench.machine.describe(),
        "",
        f"Full read of the virtual passport through pcscd + vpcd: EF.CardAccess, BAC or "
        f"PACE (brainpoolP256r1, AES-128), EF.COM, EF.SOD, DG1, "
        f"DG2 ({rows[0][1]['dg2']} bytes), DG11, DG12, DG15, passive authentication "
        f"(ECDSA DSC -> CSCA) and active authentication (RSA-2048); with CA, DG14 too and "
        f"Chip Authentication (MSE:Set KAT for 3DES, MSE:Set AT + GENERAL AUTHENTICATE "
        f"for AES, one SELECT to check the chip's answer under the new keys) before the "
        f"other data groups, or PACE-CAM (checked against DG14 after passive "
        f"authentication, no extra APDU). Simulated contactless "
        f"link: {PER_APDU_S * 1000:g} ms per APDU + {PER_BYTE_S * 1e6:g} µs per byte. "
        f"Median of {runs} run(s){' (quick mode: small face)' if quick else ''}. "
        f"Every read: PA, AA and (where the chip offers it) CA valid. The plain BAC read "
        f"was 12 APDUs before chips without SFIs were handled: a chip without "
        f"EF.CardAccess now costs one SELECT more (EF.CardAccess is selected by its "
        f"identifier when the SFI read is refused).",
        "",
        "| mode | APDUs (total) | READ BINARY for DG2 | seconds (median) | vs 223-byte |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, first, median in rows:
        if median == base:
            ratio = "1.0x"
        elif median < base:
            ratio = f"{base / median:.1f}x faster"
        else:
            ratio = f"{median / base:.2f}x slower"
        lines.append(
            f"| {label} | {first['apdus']} | {first['dg2_reads']} | {median:.3f} | {ratio} |"
        )
    return "\n".join(lines) + "\n"
