"""`python -m desktop` opens the window; `python -m desktop COMMAND` runs the CLI."""

from __future__ import annotations

import importlib
import os
import sys

# OCR and screening run on worker threads beside the GUI on 2-core counter PCs: numpy's
# BLAS must not start a thread per core of its own.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def main() -> int:
    argv = sys.argv[1:]
    if _wants_gui(argv):
        # The composition root is the only place that reaches the ui package.
        return int(importlib.import_module("ui.app").run(argv))
    from desktop.cli import main as cli_main

    return cli_main(argv)


_GUI_OPTIONS_WITH_VALUE = {"--profile", "--lang"}


def _wants_gui(argv: list[str]) -> bool:
    """No command given (only global options): open the window."""
    rest = iter(argv)
    for arg in rest:
        if arg in _GUI_OPTIONS_WITH_VALUE:
            next(rest, None)
        elif arg.split("=", 1)[0] in _GUI_OPTIONS_WITH_VALUE:
            continue
        else:
            return False
    return True


if __name__ == "__main__":
    sys.exit(main())
