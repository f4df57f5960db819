"""The workstation process's long-lived objects, kept out of the cyclic collector's walks.

The name engine's tables (pypinyin, OpenCC, pykakasi, the Cantonese and Hokkien readings:
~530,000 objects, loaded by `score.warm_up` on a worker at the window's start) live as
long as the process. Python's cyclic collector still walks every one of them at each
full (oldest-generation) collection: ~190 ms holding the GIL, so the GUI thread stops for
that long at a moment chosen by whichever thread allocated last. `gc.freeze` moves the
objects alive now to a permanent generation that collections skip; reference counting
still frees them. No `gc.collect()` first: that is the same 190 ms pause, and the
garbage it would find then is the warm-up's acyclic temporaries, already freed.
Once per process: a later freeze would also keep a logged-out window's cyclic garbage.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_frozen = False


def freeze_long_lived() -> bool:
    """Freeze the objects alive now, the first time only; True if this call did it."""
    global _frozen
    with _lock:
        if _frozen:
            return False
        gc.freeze()
        _frozen = True
        return True
