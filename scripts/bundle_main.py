"""PyInstaller entry point of the workstation bundle (same as `python -m desktop`)."""

import multiprocessing
import sys

from desktop.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the face worker is a spawned child process
    sys.exit(main())
