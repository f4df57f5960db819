"""Advance passenger information at the central (issue 17).

- `edifact`: UN/EDIFACT segments with their line numbers (UNA, release character).
- `paxlst`: PAXLST interchanges -> `Manifest`s, envelopes and counts checked.
- `airports`: the airport/seaport time-zone table (DTM times are local to their port).
- `manifests`: storing manifests at the central (a later send replaces an earlier one).
- `prescreen`: the central's screening replica and the pre-screening of manifests,
  with the workstation's own engine (`desktop.screening.checks`).
- `cli`: `python -m central apis ...`, `airlines ...`, `app check ...`.
"""
