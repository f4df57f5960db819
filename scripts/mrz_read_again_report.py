"""Summarise scripts/mrz_read_again.py's records (bench/results/mrz_read_again.md).

python scripts/mrz_read_again_report.py /tmp/ra/*.jsonl"""

from __future__ import annotations

import collections
import json
import sys
from typing import Any

# Rules that refuse because they suspect a misread (a twin, a dissent, an unfit cell,
# a type or a blind 6/G), as against a reading that is cut, ends early or fails checks.
SUSPECT = {
    "ambiguous",
    "unvouched",
    "runner_up_twin",
    "printed_error_twin",
    "twin",
    "zero_o_twin",
    "blind_twin",
    "dissent",
    "unfit",
    "type",
    "runner_up",
    "zero_o",
    "face",
    "line_face",
}


def kind(row: dict[str, Any]) -> str:
    f = row.get("final")
    if f is None:
        return "no MRZ"
    right = f["lines"] in row["truths"]
    if f["valid"]:
        return "exact" if right else "WRONG BUT VALID"
    if right and not row["printed_valid"]:
        return "exact"
    return "not valid"


def main() -> None:
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(ln) for ln in fh]
        name = rows[0]["set"] if rows else path
        kinds: collections.Counter[str] = collections.Counter()
        for r in rows:
            if not ("final" not in r):
                kinds[kind(r)] += 1
        print(
            f"## {name}: {len(rows)} pages, {sum(1 for r in rows if ('final' not in r))} "
            f"without colour; the others: {dict(kinds)}"
        )
        for r in rows:
            if "final" not in r:
                continue
            right_final = r["final"] is not None and r["final"]["lines"] in r["truths"]
            if r.get("took") and not r["first"]["valid"]:
                fi, ag = r["first"], r["again"]
                print(
                    f"  INK {r['key'][:60]}: first refused {fi['refused'] or 'invalid'} "
                    f"named {fi['named'][:4]} | same lines {fi['lines'] == ag['lines']} | "
                    f"first guess right {fi['lines'] in r['truths']} | ink valid {ag['valid']} "
                    f"right {ag['lines'] in r['truths']} -> final {kind(r)}"
                )
            gs = [g for g in r.get("groups", []) if not g["ink"]]
            for i, g in enumerate(gs):
                if g["valid"]:
                    before = [h for h in gs[:i] if not h["valid"] and h["refused"]]
                    if before:
                        print(
                            f"  GROUP {r['key'][:60]}: earlier group refused "
                            f"{[h['refused'] for h in before]} same lines "
                            f"{[h['lines'] == g['lines'] for h in before]} | valid group "
                            f"right {g['lines'] in r['truths']} | final {kind(r)} "
                            f"(right {right_final})"
                        )
                    break


if __name__ == "__main__" and "--table" not in sys.argv:
    main()


def table(paths: list[str]) -> None:
    """Per refusing rule: pages where a later valid reading (another candidate MRZ of
    the gray image: GROUP; the ink image: INK) of the SAME lines replaced a reading
    that rule refused, and whether that valid reading was right."""
    tally: collections.Counter[tuple[str, str, str, bool]] = collections.Counter()
    pages: dict[tuple[str, str, str, bool], list[str]] = collections.defaultdict(list)
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            rows = [json.loads(ln) for ln in fh]
        for r in rows:
            if ("final" not in r) or r.get("final") is None or not r["final"]["valid"]:
                continue
            lines = r["final"]["lines"]
            right = lines in r["truths"]
            rules = set()
            for g in r.get("groups", []):
                if g["lines"] == lines and not g["valid"]:
                    for why in g["refused"]:
                        rules.add((why, "INK" if g["ink"] else "GROUP"))
            if r.get("took") and not r["first"]["valid"] and r["first"]["lines"] == lines:
                for why in r["first"]["refused"]:
                    rules.add((why, "INK-first"))
            for why, path_ in rules:
                k = (r["set"], why, path_, right)
                tally[k] += 1
                pages[k].append(r["key"].split()[0])
    for k in sorted(tally):
        s, why, path_, right = k
        print(
            f"| {s} | {why} | {path_} | {'right' if right else 'WRONG'} | {tally[k]} | "
            f"{' '.join(pages[k][:12])} |"
        )


if __name__ == "__main__" and "--table" in sys.argv:
    table([a for a in sys.argv[1:] if not a.startswith("--")])
