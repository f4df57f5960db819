"""Record every ocr_decide.decide() call of issue 10's twin pages (inputs and reading),
as scripts/mrz_f7_record.py does, so that rule 15's witnesses can be measured offline
(scripts/mrz_twin_cells.py).

    nice .venv/bin/python scripts/mrz_twin_record.py OUT SET [FIRST COUNT]

SET: blend (tests/documents/twin_pages.blend_page), face (face_page, its seed's face),
jbmono (face_page in JetBrains Mono, O), honest (the seen pages whose number prints a
cancelling 00: HONEST), or any set of scripts/mrz_f7_record.py (real, heldout21 ..)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from typing import Any

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench import bench_mrz, mrz_seen  # noqa: E402

# Seen pages refused as ambiguous on a cancelling 00 (bench.mrz_seen on main bf4db98).
HONEST = {
    "heldout17": [2800000],
    "heldout18": [2900125, 2900167],
    "heldout19": [3000103, 3000168],
    "heldout21": [3200058, 3200059, 3200104, 3200124, 3200148],
    "heldout22": [3300090, 3300171],
    "heldout23": [3400029, 3400052, 3400155],
}


def pages(name: str, first: int | None, count: int | None) -> Iterator[Any]:
    """(key, image, truths, printed valid) per page."""
    if name in ("blend", "face", "jbmono"):
        from tests.documents import twin_pages

        assert first is not None and count is not None
        for seed in range(first, first + count):
            if name == "blend":
                got = twin_pages.blend_page(seed)
            elif name == "face":
                got = twin_pages.face_page(seed)
            else:
                got = twin_pages.face_page(seed, "jbmono", "O")
            if got is None:
                continue
            jpeg, lines, note = got
            yield f"{seed} {note}", jpeg, [lines], True
        return
    if name == "honest":
        made = mrz_seen.sets()
        for set_, seeds in HONEST.items():
            for seed in seeds:
                s = made[set_][0](seed, today=bench_mrz.TODAY)
                yield f"{seed} {set_}", s.jpeg, [s.lines], getattr(s, "valid", True)
        return
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import mrz_f7_record

    yield from mrz_f7_record.pages(name, first, count)


def main() -> None:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import mrz_f7_record

    mrz_f7_record.main(pages)


if __name__ == "__main__":
    main()
