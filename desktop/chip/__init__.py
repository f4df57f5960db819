"""Reading e-passport chips (ICAO Doc 9303 parts 10-12) over PC/SC.

transport (pyscard) -> bac / pace -> secure_messaging -> files (SELECT, READ BINARY)
-> lds / face / sod (parsing) -> passive_auth, active_auth -> reader (one full read).
Our own e-passport for tests, the bench and the demo is the `virtual_passport` package.
"""
