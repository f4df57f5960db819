"""Which port a workstation works at: IATA airport codes or UN/LOCODE seaports of the
time-zone table (`central/apis/airports.tsv`). Given with the enrollment code
(`enroll-code --port TPE`), recorded for the workstation that enrolls with it and
returned in the enrollment answer; the manifests dataset carries each traveller's port
and a workstation keeps the rows of its own (sync/manifest_list.py)."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select

from central import db
from central.accounts import token_hash
from central.apis import airports


def check_port(code: str) -> str:
    code = code.strip().upper()
    try:
        return airports.port(code).code
    except airports.UnknownPort:
        raise ValueError(
            f"port {code!r} is not in the table (IATA airport or UN/LOCODE seaport of "
            "central/apis/airports.tsv)"
        ) from None


def set_code_port(database: db.Database, code: str, port: str) -> None:
    with database.write() as conn:
        conn.execute(insert(db.enroll_code_ports), {"code_hash": token_hash(code), "port": port})


def on_enroll(database: db.Database, code: str, workstation: str) -> str | None:
    """After a successful enrollment: the code's port becomes the workstation's."""
    with database.write() as conn:
        port = conn.execute(
            select(db.enroll_code_ports.c.port).where(
                db.enroll_code_ports.c.code_hash == token_hash(code.strip().upper())
            )
        ).scalar()
        conn.execute(
            delete(db.workstation_ports).where(db.workstation_ports.c.workstation == workstation)
        )
        if port:
            conn.execute(insert(db.workstation_ports), {"workstation": workstation, "port": port})
    return port


def port_of(conn: Connection, workstation: str) -> str | None:
    c = db.workstation_ports.c
    return conn.execute(select(c.port).where(c.workstation == workstation)).scalar()
