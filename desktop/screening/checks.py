"""Screening a traveller against the local replica, by direction.

entry: persons of interest, lost/stolen/revoked documents, entry permits;
exit:  persons of interest, exit bans, lost/stolen/revoked documents.

Every finding is a `Hit` (severity, action, score, reasons, and the dataset and key the
inspection record keeps as `{dataset, key, action, score}`). A document found only as a
look-alike of the number read (0/O, 1/I, 5/S...) is a weaker hit, never silent.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from desktop.glossary import term
from desktop.messages import Message, define, joined, msg
from desktop.screening.keys import NameIndexer, exact_keys, query_keys
from desktop.screening.ranking import ranked as _ranked
from desktop.screening.score import (
    DEFAULT_THRESHOLD,
    Facts,
    cannot_reach,
    compare_people,
    facts_penalty,
)
from local_store.replica import PERSON_FACTS_INDEX, index_is_current
from protocol.rows import fold_document_number, normalise_document_number

log = logging.getLogger(__name__)
define(
    {
        "hit.document.listed": "document {num} issued by {state} (type {typ}) is listed as "
        "{reason}",
        "hit.document.exact": "number matches exactly",
        "hit.document.lookalike": "look-alike number ({positions}): an OCR or typing slip is "
        "possible",
        "hit.document.position": "position {p}: read {a}, listed {b}",
        "hit.document.check_digit_differs": "the MRZ check digit matched the number as read, "
        "which makes this misreading unlikely",
        "hit.document.check_digit_same": "the MRZ check digit cannot tell these characters apart",
        "hit.document.state_differs": "issuing state differs (document says {state})",
        "hit.document.summary": "{reason} document ({kind} match): {num} {state}",
        "hit.document.kind.exact": "exact",
        "hit.document.kind.lookalike": "look-alike",
        "hit.person.exit": "listed to be refused entry; this is an exit",
        "hit.person.summary_source": "{name} (listed on {source}, action {action}) matches {query}",
        "hit.person.summary": "{name} (listed, action {action}) matches {query}",
        "hit.exit_ban.document": "document {num} is named in the exit ban",
        "hit.exit_ban.name_differs": "the name on the ban differs from the traveller's",
        "hit.exit_ban.summary_reason": "exit ban ({reason_text}): {name}",
        "hit.exit_ban.summary": "exit ban: {name}",
        "hit.permit.none": "no entry permit for this document",
        "hit.permit.required": "nationality {nat} needs an entry permit; none is issued for "
        "document {num}",
        "hit.permit.none_read": "(none read)",
        "hit.permit.not_yet": "permit {pn} is valid only from {date}",
        "hit.permit.expired": "permit {pn} expired on {date}",
        "hit.permit.used": "permit {pn}: all {n} entries used",
        "hit.permit.holder": "permit holder does not match the traveller ({explanation})",
        "hit.permit.summary": "no valid entry permit: {first}",
    }
)
SEVERITIES = ("critical", "high", "medium", "low")
_PERSON_SEVERITY = {"arrest": "critical", "deny_entry": "high", "refer": "medium"}
CANDIDATES = 20  # scored per dataset and query, best blocking overlap first
TIED = 200  # namesakes tied at the cut read and ordered by their facts, at most
STRONG = 0.95  # a hit this good ends the candidate search
PERMIT_REQUIRED_SETTING = "screening.permit_required_nationalities"


@dataclass(frozen=True)
class Hit:
    dataset: str  # persons | documents | exit_bans | entry_permits
    key: str  # the listed row: person id, NUMBER/STATE/TYPE, ban id, permit number
    action: str  # refer | deny_entry | arrest | deny_exit
    severity: str  # critical | high | medium | low
    score: float
    summary: Message
    reasons: tuple[Message, ...] = ()

    def record(self) -> dict[str, Any]:
        """What an inspection record keeps of the hit."""
        return {"dataset": self.dataset, "key": self.key, "action": self.action,
                "score": self.score}  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["reasons"] = list(self.reasons)
        return d


@dataclass(frozen=True)
class Traveller:
    surname: str
    given_names: str = ""
    birth_date: str | None = None  # YYYY-MM-DD (or less precise)
    nationality: str | None = None
    sex: str | None = None
    document_number: str | None = None
    issuing_state: str | None = None
    document_type: str | None = None
    other_names: tuple[str, ...] = ()  # e.g. the Han name from the visual zone
    document_number_checked: bool = False  # an MRZ check digit confirmed the number

    def names(self) -> tuple[str, ...]:
        main = f"{self.surname}, {self.given_names}" if self.given_names else self.surname
        return (main, *self.other_names)

    def facts(self) -> Facts:
        return Facts(self.names(), self.birth_date, self.nationality, self.sex)


@dataclass
class Policy:
    threshold: float = DEFAULT_THRESHOLD
    permit_required_nationalities: frozenset[str] = field(default_factory=frozenset)


# --- documents -----------------------------------------------------------------------

# ICAO 9303-3 check digit values mod 10: characters with equal values are invisible to it.
_CHECK_VALUES = {str(d): d for d in range(10)} | {chr(c): (c - 55) % 10 for c in range(65, 91)}


def _differences(read: str, listed: str) -> list[tuple[int, str, str]]:
    return [(i + 1, a, b) for i, (a, b) in enumerate(zip(read, listed, strict=False)) if a != b]


def check_document(
    conn: Connection,
    number: str,
    issuing_state: str | None,
    *,
    checked: bool = False,
) -> list[Hit]:
    n = normalise_document_number(number)
    if not n:
        return []
    folded = fold_document_number(n)
    found: dict[tuple[str, str, str], str] = {}
    for probe in {n, folded}:
        for num, state, typ, reason in conn.exec_driver_sql(
            "SELECT document_number, issuing_state, type, reason FROM documents "
            "WHERE document_number = ?",
            (probe,),
        ):
            found[(num, state, typ)] = reason
    for num, state, typ in conn.exec_driver_sql(
        "SELECT document_number, issuing_state, type FROM screening_document_folds "
        "WHERE folded = ?",
        (folded,),
    ).fetchall():
        if (num, state, typ) not in found:
            row = conn.exec_driver_sql(
                "SELECT reason FROM documents WHERE document_number = ? AND issuing_state = ? "
                "AND type = ?",
                (num, state, typ),
            ).fetchone()
            if row:
                found[(num, state, typ)] = row[0]
    hits = []
    state_q = (issuing_state or "").upper()
    for (num, state, typ), reason in sorted(found.items()):
        exact = num == n
        same_state = not state_q or state == state_q
        reasons = [
            msg(
                "hit.document.listed",
                num=num,
                state=state,
                typ=typ,
                reason=term("document_reason", reason),
            )
        ]
        if exact:
            score = 1.0 if same_state else 0.7
            reasons.append(msg("hit.document.exact"))
        else:
            score = 0.6 if same_state else 0.45
            diffs = _differences(n, num)
            shown = joined((msg("hit.document.position", p=p, a=a, b=b) for p, a, b in diffs), ", ")
            reasons.append(msg("hit.document.lookalike", positions=shown))
            invisible = all(_CHECK_VALUES.get(a) == _CHECK_VALUES.get(b) for _, a, b in diffs)
            if checked and not invisible:
                reasons.append(msg("hit.document.check_digit_differs"))
                score -= 0.15
            elif checked:
                reasons.append(msg("hit.document.check_digit_same"))
        if not same_state:
            reasons.append(msg("hit.document.state_differs", state=state_q))
        severity = "high" if exact and same_state else "medium" if exact or same_state else "low"
        kind = msg("hit.document.kind.exact" if exact else "hit.document.kind.lookalike")
        hits.append(
            Hit(
                "documents",
                f"{num}/{state}/{typ}",
                "refer",
                severity,
                round(score, 2),
                msg(
                    "hit.document.summary",
                    reason=term("document_reason", reason),
                    kind=kind,
                    num=num,
                    state=state,
                ),
                tuple(reasons),
            )
        )
    return hits


# --- persons and exit bans by name ---------------------------------------------------


def candidate_refs(
    conn: Connection,
    dataset: str,
    names: Sequence[str],
    limit: int,
    birth_date: str | None = None,
    *,
    typos: bool = False,
    second_pass: bool = False,
    nationality: str | None = None,
    sex: str | None = None,
    reads: dict[Any, Any] | None = None,
) -> list[str]:
    """Listed rows sharing the most blocking keys with the names. Keys the listed row
    would store for these very spellings count 4, expansions (dialects, splits) 1, so
    that people with many aliases do not crowd out an exact spelling. Among namesakes
    (WANG WEI, YU HO: thousands in a national list) the birth date decides: the same
    date +12, a listed partial date that fits +8..10, the same year or none listed +4,
    next year +1. Namesakes tied at the cut are not cut arbitrarily (`_cut`): the
    traveller's facts order them. `typos` adds the one-typo repairs (many more keys: the
    callers use them only when the first pass found nobody convincing). `second_pass`
    (after a first pass without them) keeps only rows that share a repair key, so it
    offers people one typo away rather than more namesakes of the first pass, and only
    people born within a year of `birth_date` or of unknown birth. `reads`: a dict
    shared by one traveller's passes (`ranking.ranked`: the second reuses the first's
    reads of its keys)."""
    spelt = tuple(names)  # hashable, for the keys' cache
    exact = _exact_keys(spelt)
    keys = _query_keys(spelt, typos)
    first = _query_keys(spelt, False) if typos else keys
    if typos and keys == first:
        return []  # no repair to try: the first pass saw everything
    required = keys - first if second_pass else frozenset()
    rows = _ranked(conn, dataset, keys, exact, max(limit, TIED), birth_date, required, reads)
    return _cut(conn, dataset, rows, limit, Facts((), birth_date, nationality, sex))


# One traveller's keys serve both passes (the second pass needs the first's keys again to
# tell the repairs apart) and the exit-ban lookups: pure functions of the names, computed
# once (a long name's keys cost up to ~10 ms). A few travellers' worth is enough.
@lru_cache(maxsize=64)
def _query_keys(names: tuple[str, ...], typos: bool) -> frozenset[int]:
    return frozenset(query_keys(names, typos=typos))


@lru_cache(maxsize=64)
def _exact_keys(names: tuple[str, ...]) -> frozenset[int]:
    return frozenset(exact_keys(names))


# The facts each dataset holds besides the names and birth date, as `Facts` fields.
_FACT_COLUMNS = {"persons": ("nationality", "sex"), "exit_bans": ("nationality",)}
# Where those facts are read from without the rows (a covering index): persons only.
_FACT_INDEX = {"persons": PERSON_FACTS_INDEX}


def _cut(
    conn: Connection, dataset: str, rows: list[tuple[str, int]], limit: int, facts: Facts
) -> list[str]:
    """The first `limit` of `rows` (ref, rank), except that the namesakes tied with the
    last one kept are not cut in their arbitrary order: all of them read (at most
    `TIED` rows, so that a name with thousands of namesakes keeps its p99) are ordered
    by the traveller's facts (`facts_penalty`: the listed person whose birth date,
    nationality and sex could all be the traveller's first; then by how many of them
    are known and agree), and those that fill the limit are kept."""
    if len(rows) <= limit or rows[limit][1] != rows[limit - 1][1]:
        return [r for r, _ in rows[:limit]]
    last = rows[limit - 1][1]
    above = [r for r, rank in rows if rank > last]
    tied = [r for r, rank in rows if rank == last]
    cols = _FACT_COLUMNS[dataset]
    listed = {
        row[0]: Facts((), row[1], *row[2:])
        for row in _fetch(
            conn, dataset, ", ".join(("id", "birth_date", *cols)), tied, _FACT_INDEX.get(dataset)
        )
    }

    def order(ref: str) -> tuple[float, int]:
        f = listed.get(ref)
        if f is None:
            return (-9.0, 0)
        agree = sum(
            bool(a) and str(a).upper() == str(b or "").upper()
            for a, b in ((facts.nationality, f.nationality), (facts.sex, f.sex),
                         (facts.birth_date, f.birth_date))
        )  # fmt: skip
        return (facts_penalty(facts, f), agree)

    tied.sort(key=order, reverse=True)  # stable: the key order among equal facts
    return above + tied[: limit - len(above)]


def _fetch(
    conn: Connection, table: str, cols: str, ids: Sequence[str], index: str | None = None
) -> list[Any]:
    """`cols` of the rows `ids`; with `index`, read from that (covering) index where the
    store has it (a store built before the index and not migrated reads the rows)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    hint = f"INDEXED BY {index} " if index and _has_index(conn, index) else ""
    return conn.exec_driver_sql(
        f"SELECT {cols} FROM {table} {hint}WHERE id IN ({marks})", tuple(ids)
    ).fetchall()


def _has_index(conn: Connection, name: str) -> bool:
    """Whether the store has index `name`: asked once per pooled connection (stores are
    migrated when opened, before any screening), not on every candidate cut."""
    known: dict[str, bool] = conn.info.setdefault("screening_indexes", {})
    if name not in known:
        known[name] = (
            conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).first()
            is not None
        )
    return known[name]


def check_persons(
    conn: Connection, traveller: Traveller, direction: str, policy: Policy, today: dt.date
) -> list[Hit]:
    birth = traveller.birth_date
    hits: list[Hit] = []
    seen: set[str] = set()
    # A second, wider pass (one-typo repairs, fewer candidates: the person a slip away
    # ranks high among those sharing a repair key) unless the first found someone whose
    # name and facts agree (a namesake born elsewhen does not stop it).
    reads: dict[Any, Any] = {}  # the first pass's reads, for the second
    for typos, limit in ((False, CANDIDATES), (True, CANDIDATES // 4)):
        refs = [r for r in candidate_refs(conn, "persons", traveller.names(), limit, birth,
                                          typos=typos, second_pass=typos,
                                          nationality=traveller.nationality, sex=traveller.sex,
                                          reads=reads)
                if r not in seen]  # fmt: skip
        seen.update(refs)
        hits += _score_persons(conn, refs, traveller, direction, policy, today)
        if any(h.score >= STRONG for h in hits):
            break
    return hits


def _score_persons(
    conn: Connection,
    refs: list[str],
    traveller: Traveller,
    direction: str,
    policy: Policy,
    today: dt.date,
) -> list[Hit]:
    rows = _fetch(
        conn, "persons", "id, names, birth_date, nationality, sex, action, list, valid_until", refs
    )
    query = traveller.facts()
    hits = []
    for pid, names, birth, nat, sex, action, source, valid_until in rows:
        if valid_until and valid_until[:10] < today.isoformat():
            continue  # the listing has lapsed
        listed = Facts(tuple(json.loads(names)), birth, nat, sex)
        if cannot_reach(query, listed, policy.threshold):
            continue  # its facts alone keep it under the threshold: names not compared
        m = compare_people(query, listed)
        if m.score < policy.threshold:
            continue
        severity = _PERSON_SEVERITY.get(action, "medium")
        reasons = list(m.reasons)
        if direction == "exit" and action == "deny_entry":
            severity = "low"
            reasons.append(msg("hit.person.exit"))
        names = {"name": m.listed_name, "action": term("action", action), "query": m.query_name}
        summary = (
            msg("hit.person.summary_source", source=source, **names)
            if source
            else msg("hit.person.summary", **names)
        )
        hits.append(
            Hit(
                "persons",
                pid,
                action,
                severity,
                m.score,
                summary,
                tuple(reasons),
            )
        )
    return hits


def check_exit_bans(conn: Connection, traveller: Traveller, policy: Policy) -> list[Hit]:
    nat = traveller.nationality
    refs = candidate_refs(conn, "exit_bans", traveller.names(), CANDIDATES, traveller.birth_date,
                          nationality=nat)  # fmt: skip
    refs += [r for r in candidate_refs(conn, "exit_bans", traveller.names(), CANDIDATES // 2,
                                       traveller.birth_date, typos=True, nationality=nat)
             if r not in refs]  # fmt: skip
    by_doc: list[str] = []
    if traveller.document_number:
        n = normalise_document_number(traveller.document_number)
        by_doc = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT id FROM exit_bans WHERE document_number = ?", (n,)
            )
        ]
    ids = list(dict.fromkeys([*by_doc, *refs]))
    rows = _fetch(
        conn, "exit_bans", "id, names, birth_date, nationality, document_number, reason", ids
    )
    query = traveller.facts()
    hits = []
    for bid, names, birth, nat, docnum, reason in rows:
        listed = Facts(tuple(json.loads(names)), birth, nat)
        doc_match = bid in by_doc
        if not doc_match and cannot_reach(query, listed, policy.threshold):
            continue  # as for persons: facts alone keep it under the threshold
        m = compare_people(query, listed)
        reasons = list(m.reasons)
        if doc_match:
            reasons.insert(0, msg("hit.exit_ban.document", num=docnum))
        if not doc_match and m.score < policy.threshold:
            continue
        score = max(m.score, 1.0 if doc_match and m.name_score >= 0.5 else 0.0)
        if doc_match and m.name_score < 0.5:
            score = max(m.score, 0.7)
            reasons.append(msg("hit.exit_ban.name_differs"))
        summary = (
            msg("hit.exit_ban.summary_reason", reason_text=reason, name=m.listed_name)
            if reason
            else msg("hit.exit_ban.summary", name=m.listed_name)
        )
        hits.append(
            Hit(
                "exit_bans",
                bid,
                "deny_exit",
                "high",
                round(score, 4),
                summary,
                tuple(reasons),
            )
        )
    return hits


# --- entry permits -------------------------------------------------------------------


@dataclass(frozen=True)
class Permit:
    """The valid entry permit a traveller holds (the counter confirms it to the officer)."""

    permit_number: str
    valid_until: str  # YYYY-MM-DD
    entries_allowed: int
    entries_used: int


def check_permits(
    conn: Connection, traveller: Traveller, policy: Policy, today: dt.date
) -> list[Hit]:
    return permit_findings(conn, traveller, policy, today)[0]


def valid_permit(
    conn: Connection, traveller: Traveller, policy: Policy, today: dt.date | None = None
) -> Permit | None:
    """The traveller's valid entry permit, if one is held: the same rules as the hits."""
    today = today or dt.datetime.now(dt.UTC).date()
    return permit_findings(conn, traveller, policy, today)[1]


def permit_findings(
    conn: Connection, traveller: Traveller, policy: Policy, today: dt.date
) -> tuple[list[Hit], Permit | None]:
    """The permit hits, or the valid permit that makes them none."""
    rows = []
    if traveller.document_number:
        n = normalise_document_number(traveller.document_number)
        rows = conn.exec_driver_sql(
            "SELECT permit_number, names, birth_date, valid_from, valid_until, entries_allowed, "
            "entries_used FROM entry_permits WHERE document_number = ? ORDER BY valid_until DESC",
            (n,),
        ).fetchall()
    required = (traveller.nationality or "").upper() in policy.permit_required_nationalities
    if not rows:
        if required:
            return [
                Hit(
                    "entry_permits",
                    "",
                    "deny_entry",
                    "high",
                    1.0,
                    msg("hit.permit.none"),
                    (
                        msg(
                            "hit.permit.required",
                            nat=traveller.nationality,
                            num=traveller.document_number or msg("hit.permit.none_read"),
                        ),
                    ),
                )
            ], None
        return [], None
    t = today.isoformat()
    problems: list[Hit] = []
    query = traveller.facts()
    for pn, names, birth, vfrom, vuntil, allowed, used in rows:
        reasons: list[Message] = []
        if t < vfrom[:10]:
            reasons.append(msg("hit.permit.not_yet", pn=pn, date=vfrom[:10]))
        if t > vuntil[:10]:
            reasons.append(msg("hit.permit.expired", pn=pn, date=vuntil[:10]))
        if used >= allowed:
            reasons.append(msg("hit.permit.used", pn=pn, n=allowed))
        m = compare_people(query, Facts(tuple(json.loads(names)), birth))
        holder_ok = m.score >= policy.threshold
        if not reasons and holder_ok:  # one valid permit for this traveller is enough
            return [], Permit(pn, vuntil[:10], int(allowed), int(used))
        if not holder_ok:
            reasons.append(msg("hit.permit.holder", explanation=m.explanation()))
        problems.append(
            Hit(
                "entry_permits",
                pn,
                "deny_entry" if holder_ok else "refer",
                "high",
                1.0,
                msg("hit.permit.summary", first=reasons[0]),
                tuple(reasons),
            )
        )
    return problems, None


# --- everything ----------------------------------------------------------------------


def load_policy(conn: Connection, threshold: float | None = None) -> Policy:
    from local_store import settings

    nats = settings.get(conn, PERMIT_REQUIRED_SETTING) or []
    return Policy(
        threshold=DEFAULT_THRESHOLD if threshold is None else threshold,
        permit_required_nationalities=frozenset(str(n).upper() for n in nats),
    )


def screen(
    conn: Connection,
    traveller: Traveller,
    direction: str,
    *,
    policy: Policy | None = None,
    today: dt.date | None = None,
) -> list[Hit]:
    """All hits for one traveller, most severe first. Read-only: use `store.read()`."""
    if direction not in ("entry", "exit"):
        raise ValueError("direction must be entry or exit")
    policy = policy or Policy()
    today = today or dt.datetime.now(dt.UTC).date()
    if not index_is_current(conn, "persons", NameIndexer()):
        log.warning("name index is stale: call desktop.screening.ensure_ready(store)")
    hits: list[Hit] = []
    if traveller.document_number:
        hits += check_document(
            conn,
            traveller.document_number,
            traveller.issuing_state,
            checked=traveller.document_number_checked,
        )
    hits += check_persons(conn, traveller, direction, policy, today)
    if direction == "entry":
        hits += check_permits(conn, traveller, policy, today)
    else:
        hits += check_exit_bans(conn, traveller, policy)
    hits.sort(key=lambda h: (SEVERITIES.index(h.severity), -h.score))
    return hits
