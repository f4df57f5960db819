"""Database work of the window, the way Anki's CollectionOp/QueryOp do it: an operation
is a plain Qt-free function of `desktop` that receives the open session on a worker
thread and returns a typed result; the runner hands the result (or the exception) back
on the GUI thread and then announces what the operation changed. Widgets subscribe to
the kinds of change they show instead of being refreshed by hand, and no file of `ui/`
opens a transaction itself.

    ops.query(service.screen_traveller, traveller, "entry", on_done=show)   # reads only
    ops.run(service.decide, screening, decision, changes=Change.RECORDS, on_done=...)
    ops.subscribe(Change.RECORDS | Change.EMERGENCY, self.refresh, owner=self)
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ui.tasks import Task, run_task

if TYPE_CHECKING:
    from desktop.officers import Session

P = ParamSpec("P")
T = TypeVar("T")


class Change(enum.Flag):
    """What an operation changed in the store (or around it), for the widgets showing it."""

    NONE = 0
    RECORDS = enum.auto()  # journal + outbox: the records list, outbox counts
    ALERTS = enum.auto()  # post-hoc alerts
    REPLICA = enum.auto()  # the lists, their versions and ages
    OFFICERS = enum.auto()  # accounts, slots, lockouts
    EMERGENCY = enum.auto()  # emergency mode declared or ended
    POLICY = enum.auto()  # the stale-list policy (local changes)
    CONNECTIVITY = enum.auto()  # the measured connectivity, last contact
    ALL = RECORDS | ALERTS | REPLICA | OFFICERS | EMERGENCY | POLICY | CONNECTIVITY


class Operations(QObject):
    """The window's one way to the store: operations on the pool with the session."""

    changed = Signal(object)  # Change, on the GUI thread, after the operation's result

    def __init__(self, session: Session, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.session = session
        self._pool = pool

    def query(
        self,
        op: Callable[Concatenate[Session, P], T],
        *args: Any,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """A read: `op(session, *args, **kwargs)` on the pool, nothing announced."""
        return self.run(
            op, *args, changes=Change.NONE, on_done=on_done, on_error=on_error, **kwargs
        )

    def run(
        self,
        op: Callable[Concatenate[Session, P], T],
        *args: Any,
        changes: Change,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """`op(session, *args, **kwargs)` on the pool; on success `on_done(result)`, then
        `changed(changes)` (a failed operation changed nothing: the store's transactions
        are all-or-nothing)."""

        # `on_done` connected as given: Qt drops a widget's bound slot when the widget is
        # deleted before the result arrives (a window closed meanwhile).
        return run_task(
            op,
            self.session,
            *args,
            on_done=on_done,
            on_error=on_error,
            pool=self._pool,
            then=lambda _: self.announce(changes),
            **kwargs,
        )

    def announce(self, changes: Change) -> None:
        """Changes made outside an operation (the sync scheduler's rounds, a heartbeat)."""
        if changes:
            self.changed.emit(changes)

    def subscribe(self, kinds: Change, slot: Callable[[Change], None], owner: QObject) -> None:
        """Call `slot(changes)` whenever an announced change touches one of `kinds`, for
        as long as `owner` (the subscribing widget) lives."""
        self.changed.connect(_Subscriber(owner, kinds, slot).deliver)


class _Subscriber(QObject):
    """A child of the subscribing widget: Qt drops the connection when the widget dies."""

    def __init__(self, owner: QObject, kinds: Change, slot: Callable[[Change], None]) -> None:
        super().__init__(owner)
        self.kinds, self.slot = kinds, slot

    @Slot(object)
    def deliver(self, changes: Change) -> None:
        if changes & self.kinds:
            self.slot(changes)
