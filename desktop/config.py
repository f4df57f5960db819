"""The profile directory: where one workstation keeps its encrypted store and key slots."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME

PROFILE_ENV = "BORDER_WS_PROFILE"


def default_profile_dir() -> Path:
    """`$BORDER_WS_PROFILE`, else the platform's per-user data directory."""
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Profile:
    """Paths inside one workstation profile. Creating the object touches nothing on disk."""

    root: Path

    @classmethod
    def at(cls, root: str | os.PathLike[str] | None) -> Profile:
        return cls(Path(root) if root is not None else default_profile_dir())

    @property
    def database(self) -> Path:
        """The SQLCipher store (replica, journal, outbox, audit log, settings)."""
        return self.root / "store.db"

    @property
    def keyslots(self) -> Path:
        """Plain SQLite header: wrapped copies of the database key, lockout counters."""
        return self.root / "keyslots.sqlite"

    @property
    def default_machine_key(self) -> Path:
        return self.root / "machine.key"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def exists(self) -> bool:
        return self.keyslots.exists() and self.database.exists()

    def ensure_dir(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
