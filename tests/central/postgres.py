"""A throwaway PostgreSQL cluster for tests: initdb into a temp dir, a free port, the
unix socket in that dir, no TCP listener. Postgres refuses to run as root, so as root
(CI) it runs as the `postgres` system user through runuser."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from tests.sync.harness import free_port


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@dataclass
class Cluster:
    root: Path
    port: int
    bindir: Path
    as_user: str | None

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", self.as_user, "--"] if self.as_user else []
        subprocess.run([*prefix, *cmd], check=True, capture_output=True, timeout=120)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.socket_dir}&port={self.port}"

    def new_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user="postgres",
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run(
                str(self.bindir / "pg_ctl"),
                "-D",
                str(self.root / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            )
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def start_cluster() -> Cluster:
    bindir = pg_bin()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (Debian package postgresql)")
    as_user = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="pgtest-", dir="/tmp"))
    (root / "sock").mkdir()
    if as_user:
        pw = pwd.getpwnam(as_user)
        for p in (root, root / "sock"):
            os.chown(p, pw.pw_uid, pw.pw_gid)
    cluster = Cluster(root, free_port(), bindir, as_user)
    cluster._run(
        str(bindir / "initdb"),
        "-D",
        str(root / "data"),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--no-sync",
    )
    options = (
        f"-k {root / 'sock'} -p {cluster.port} -c listen_addresses='' "
        "-c fsync=off -c full_page_writes=off"
    )
    try:
        cluster._run(
            str(bindir / "pg_ctl"),
            "-D",
            str(root / "data"),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "start",
        )
    except subprocess.CalledProcessError:
        log = (root / "log").read_text() if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {log[-1000:]}") from None
    return cluster
