"""`face verify`: one probe image against one reference image (1:1), offline."""

from __future__ import annotations

import argparse
import sys

from desktop.cli import add_json_arg, command_group, new_command, print_json


def register(sub: argparse._SubParsersAction) -> None:
    face = command_group(sub, "face", "face verification (1:1, offline)")
    p = new_command(
        face,
        "verify",
        cmd_verify,
        "compare the face in --probe with the face in --reference (e.g. `chip read "
        "--face-out`); exit 0 match, 1 no match, 2 bad input",
    )
    p.add_argument("--probe", required=True, metavar="IMG", help="the live or probe image")
    p.add_argument("--reference", required=True, metavar="IMG", help="the reference (chip) image")
    p.add_argument(
        "--threshold",
        type=float,
        metavar="T",
        help="distance threshold (lower is stricter; default 0.55)",
    )
    add_json_arg(p)


def cmd_verify(args: argparse.Namespace) -> int:
    from desktop.biometrics import faces, images, models, verify

    threshold = verify.check_threshold(
        verify.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    )
    loaded = models.load()
    found: dict[str, faces.Face] = {}
    for side, path in (("probe", args.probe), ("reference", args.reference)):
        try:
            found[side] = faces.analyse(loaded, images.read(path))
        except (faces.FaceRefused, images.UnreadableImage) as e:
            reason = getattr(e, "reason", "unreadable image")
            if args.json:
                print_json(
                    {
                        "error": reason,
                        "side": side,
                        "message": str(e),
                        side: {"faces": getattr(e, "faces", None), "quality": None},
                    }
                )
            print(f"error: {side} {path}: {e}", file=sys.stderr)
            return 2
    probe, reference = found["probe"], found["reference"]
    result = verify.decide(probe, reference, threshold)
    out = {
        "score": None if result.score is None else round(result.score, 4),
        "threshold": threshold,
        "match": result.matched,
        "verdict": result.verdict,
        "model": result.model,
        "probe": {"faces": probe.faces, "quality": probe.quality.to_json()},
        "reference": {"faces": reference.faces, "quality": reference.quality.to_json()},
    }
    if result.reason:
        out["reason"] = result.reason
    if args.json:
        print_json(out)
    elif result.score is None:
        print(f"could not verify: {result.reason}")
    else:
        print(f"{result.verdict}: distance {result.score:.3f} (threshold {threshold})")
    if result.verdict == verify.NOT_VERIFIED:
        print(f"error: {result.reason}: take another probe image", file=sys.stderr)
        return 2
    return 0 if result.matched else 1
