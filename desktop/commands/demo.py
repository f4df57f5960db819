"""`demo`: the reference central with demo data, an enrolled workstation, the window."""

from __future__ import annotations

import argparse
import importlib
import json
import os
from pathlib import Path

from desktop.cli import new_command


def register(sub: argparse._SubParsersAction) -> None:
    p = new_command(
        sub,
        "demo",
        cmd_demo,
        "start the reference central with demo data and open the workstation, ready to use",
    )
    p.add_argument(
        "--state",
        type=Path,
        default=Path("demo-state"),
        help="where the demo keeps the central and workstation (reused)",
    )
    p.add_argument("--port", type=int, default=None, help="the central's port")
    p.add_argument("--no-chip", action="store_true", help="no virtual e-passport")
    p.add_argument(
        "--check", action="store_true", help="set up, sync and check, print the status; no window"
    )
    p.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="drive the window offscreen and save screenshots to DIR",
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop import demo

    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    shots = args.screenshots
    if headless and not args.check and shots is None:
        shots = args.state / "screenshots"
        print(
            "no display here: the demo drives the window offscreen and saves "
            f"screenshots to {shots} (on a machine with a screen it opens the window)"
        )
    with demo.running(args.state, port=args.port or demo.PORT, chip=not args.no_chip) as running:
        if args.check:
            print(json.dumps(running.status))
            return 0
        # Entry points (this command, desktop/__main__.py) are the only code reaching ui.
        _face_camera_from_picture(running.paths.profile)
        if shots is not None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            return int(importlib.import_module("ui.screenshots").take(running, shots))
        return int(
            importlib.import_module("ui.app").run(
                ["--profile", str(running.paths.profile)], hint=running.hint
            )
        )


def _face_camera_from_picture(profile: Path) -> None:
    """Machines without a camera: F4 takes its frames from the demo traveller's picture
    (the face in the virtual passport's DG2), unless this profile chose a camera."""
    from PySide6.QtCore import QSettings

    from desktop.biometrics import demo_face

    prefs = QSettings(str(profile / "ui.ini"), QSettings.Format.IniFormat)
    if prefs.value("face_camera") is None:
        prefs.setValue("face_camera", str(demo_face.photo_path()))
        prefs.sync()
