"""Our own e-passport, for the tests, the bench and the demo (never used to read a real
document): `specimen` makes a passport's data (test PKI generated at run time, LDS, SOD,
chip keys), `card` answers APDUs as its chip would (BAC, PACE, CA, AA, secure messaging,
faults, a simulated contactless link) over vpcd or in process, `testbed` runs a private
pcscd with a virtual reader. It imports the chip reader's own parsers and ciphers
(`desktop.chip`); nothing in `desktop/` imports it but the `demo` command.
"""
