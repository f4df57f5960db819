"""A visa's optional-data 0 or O, which no check digit covers, left open between 0 and O
by rules 3 and 4, stays refused, naming the cell: a rule settling it by the witnesses
and the page's own typed cells was measured and withdrawn (DESIGN.md;
bench/results/mrz_uncovered_0o.md). Decide-level on the scores and features recorded
from a seen held-out page, and end to end on the attack generator's pages
(scripts/mrz_uncovered_0o.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bench import mrz_heldout15 as h15
from desktop.documents import ocr, ocr_decide, ocr_reading
from tests.documents.conftest import TODAY

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mrz_uncovered_0o.py"


def _recorded(seed: int, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[str, ...], list[tuple]]:
    """The printed lines of mrz_heldout15's page `seed` and the arguments of every
    decide() call its reading made (the scores and features, recorded)."""
    calls: list[tuple] = []
    real = ocr_decide.decide

    def spy(*args, **kw):
        calls.append((args, kw))
        return real(*args, **kw)

    shot = h15.sample(seed, today=TODAY)
    with monkeypatch.context() as m:
        m.setattr(ocr_decide, "decide", spy)
        ocr.read_image(shot.jpeg, today=TODAY)
    return shot.lines, [c for c in calls if c[0][1].startswith("MRV")]


def _last_valid_or_last(calls: list[tuple]) -> ocr_reading.Reading:
    readings = [ocr_decide.decide(*a, **k) for a, k in calls]
    return next((r for r in readings if r.document.valid), readings[-1])


@pytest.mark.slow
def test_an_optional_data_zero_a_witness_doubts_stays_refused(monkeypatch):
    # 2600138: the templates and the MLP agree on 0 and the dates' 0s vouch for it, the
    # CNN prefers 0 by 2.65 only, and the printed character is 0: refused, naming the cell.
    _lines, calls = _recorded(2600138, monkeypatch)
    assert calls
    reading = _last_valid_or_last(calls)
    assert not reading.document.valid and reading.uncertain
    assert "line 2 position 36" in " ".join(reading.document.errors)


@pytest.fixture(scope="module")
def attack():
    spec = importlib.util.spec_from_file_location("mrz_uncovered_0o", _SCRIPT)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mode", "seed", "face"),
    [
        # JetBrains Mono's O in an OCR-B visa's optional data: the CNN sure of 0 by
        # 3.08, the MLP by 4.34, the page's 0s within 0.036 (every witness near its margin).
        ("cellO", 62113, "JetBrainsMono-Regular.ttf"),
        # an OCR-B O blended 63 % toward 0: the CNN sure of 0 by 3.30, the MLP by 2.66.
        ("blend", 66017, ""),
    ],
)
def test_an_attack_page_near_the_margins_is_not_read_valid(attack, mode, seed, face):
    _fmt, lines, jpeg, desc = attack.make(seed, mode)
    if face and face not in desc:
        pytest.skip(f"another set of installed faces: {desc}")
    doc = ocr.read_image(jpeg, today=attack.TODAY).document
    assert not (doc.valid and doc.lines != lines), desc
    assert not doc.valid  # refused: the cell stays open


def _review_r22_page(attack, seed: int) -> tuple[tuple[str, ...], bytes, str]:
    """Review r22's recipe (stop 36): an OCR-B visa whose optional-data O (seed % 3 == 2)
    or every 0 and O of the page (otherwise, names without an O) is JetBrains Mono's,
    scaled to OCR-B's capitals and stretched 0-10 % sideways: printed lines, JPEG, note."""
    h, np_, synth = attack.H, attack.np, attack.synth
    rng = np_.random.default_rng(seed)
    only_o = seed % 3 == 2
    fmt = str(rng.choice(["MRV-A", "MRV-B"], p=[0.6, 0.4]))
    width = 16 if fmt == "MRV-A" else 8
    rng.integers(3, width + 1)  # the reviewer's draw, kept so the seeds give its pages
    opt = str(rng.choice(["O", "12O", "AO3", "O7", "K2O4", "M1O", "OO", "3O5A", "O0", "2O1"]))
    sur = str(rng.choice(["SMITH", "KHAN", "LEE", "BAKER", "WILLIS"]))
    giv = str(rng.choice(["ANNA", "JAMES", "LI", "PETER"]))
    st = str(rng.choice(["GBR", "FRA", "USA", "ESP"]))
    lines = attack.compose(
        fmt, document_code="V<", issuing_state=st, surname=sur, given_names=giv,
        document_number=str(rng.choice(["X1234567", "K2754831", "AB123456"])),
        nationality=st, sex="F",
        birth_date=h.TODAY - attack.dt.timedelta(days=int(rng.integers(4000, 20000))),
        expiry_date=h.TODAY + attack.dt.timedelta(days=int(rng.integers(30, 3000))),
        optional_data=opt,
    )  # fmt: skip
    n, level = len(lines[0]), str(rng.choice(["easy", "medium"], p=[0.8, 0.2]))
    jet = sorted(attack.glob.glob("/usr/share/fonts/**/JetBrainsMono-Regular.ttf", recursive=True))
    if not jet:
        pytest.skip("JetBrains Mono is not installed")
    stretch = float(rng.uniform(1.0, 1.1))

    def policy(i: int, j: int, c: str) -> tuple[str | None, float, int]:
        in_opt = c == "O" and i == 1 and 28 <= j < 28 + width
        hit = in_opt if only_o else c in "0O"
        return (jet[0], stretch, 0) if hit else (None, 1.0, 0)

    h.POL.update(on=True, n=n, policy=policy)
    real, synth.ImageDraw = synth.ImageDraw, h.Shim()
    try:
        page = np_.asarray(synth.render_page(fmt, lines, rng, level), np_.float32)
    finally:
        synth.ImageDraw, h.POL["on"] = real, False
    size = (1280, 960) if rng.random() < 0.7 else (720, 540)
    img = synth.photograph(attack.Image.fromarray(page.astype(np_.uint8)), rng, level, size=size)
    jpeg = synth.to_jpeg(img, int(rng.integers(70, 95)))
    return lines, jpeg, f"{fmt} opt={opt} stretch={stretch:.2f} only_o={only_o}"


@pytest.mark.slow
@pytest.mark.parametrize("seed", [980001, 980079, 990044])
def test_review_r22s_stretched_jetbrains_o_is_not_read_valid(attack, seed):
    # Read 0 and VALID with the withdrawn rule (CNN 3.54-4.14, MLP 4.02-4.20, the page's
    # 0s within -0.024..-0.012); refused by the code before it and after its withdrawal.
    lines, jpeg, desc = _review_r22_page(attack, seed)
    assert any("O" in ln[28:] for ln in lines[1:]), desc
    doc = ocr.read_image(jpeg, today=attack.H.TODAY).document
    assert not (doc.valid and doc.lines != lines), (desc, doc.lines)
