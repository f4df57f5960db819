"""The inspection workflow (Qt-free): decision rules, one transaction writing the
record, its outbox entry and its audit entry; emergency mode."""
