"""The domain code's messages reach a Traditional Chinese officer in Traditional Chinese.

Coverage is measured on real output: the MRZ parser on corrupted specimens, the name
scorer on the labelled evaluation pairs, and screening on a real SQLCipher replica.
These emit coded messages (shown by code, `ui/messages.py`): a message without a code
makes these tests fail. The decision, OCR and chip refusals that the inspection and
chip panels still receive as English are matched by `ui/domain_text.py`'s templates."""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from pathlib import Path

import pytest

from desktop.documents.mrz import parse
from desktop.messages import Message, MessageList
from desktop.screening.checks import Policy, Traveller, check_document, screen
from desktop.screening.keys import NameIndexer
from desktop.screening.score import Facts, compare_people
from local_store import replica
from local_store.testing import new_store
from tests.screening.test_checks import BANS, DOCUMENTS, PERMITS, PERSONS
from ui import domain_text, i18n
from ui.domain_text import is_known, translate
from ui.messages import text

TODAY = dt.date(2026, 11, 27)
EVAL = Path(__file__).resolve().parents[1] / "screening" / "data" / "eval_pairs.tsv"
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<"
# fmt: off
TRAVELLERS = [
    ({"surname": "CHAN", "given_names": "SHUI BIN", "birth_date": "1950-10-12"}, "entry"),
    ({"surname": "CHEN", "given_names": "SHUI PIEN", "birth_date": "1951-10-12",
      "nationality": "HKG", "sex": "F"}, "exit"),
    ({"surname": "HASSAN", "given_names": "MOHAMED ALI", "birth_date": "1970-01-01"}, "exit"),
    ({"surname": "LIN", "given_names": "MEI LING", "birth_date": "1985-03-03",
      "document_number": "312345678"}, "exit"),
    ({"surname": "WONG", "given_names": "JOHN", "document_number": "312345678"}, "exit"),
    ({"surname": "ZHANG", "given_names": "WEI", "birth_date": "1991-02-02",
      "document_number": "E22222222"}, "entry"),
    ({"surname": "LI", "given_names": "NA", "document_number": "E33333333"}, "entry"),
    ({"surname": "SMITH", "given_names": "JOHN", "document_number": "E11111111"}, "entry"),
    ({"surname": "ZHOU", "given_names": "JIE", "nationality": "CHN",
      "document_number": "E99999999"}, "entry"),
]
DOCUMENT_CHECKS = [("300123456", "TWN", False), ("3OO123456", "TWN", False),
                   ("612345678", "CHN", True), ("300123456", "USA", False)]
# fmt: on


@pytest.fixture
def chinese(qapp):
    i18n.set_language("zh_TW")
    yield
    i18n.set_language("en")


def _han(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))


def _mrz_messages() -> set[str]:
    rnd = random.Random(9303)
    out: set[str] = set()
    inputs: list[object] = [TD3, TD1, "", "P<UTO", "p<utoeriksson", TD3[0] * 3]
    inputs.append("\n".join(TD3) + "\x00")
    # Real-document practices parse accepts with a warning (empty primary identifier,
    # a Belgian long number checked with its filler).
    inputs.append(("P<IND<<FIRST<NAME<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                   "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0"))  # fmt: skip
    inputs.append(("IDBEL000590240<6013<<<<<<<<<<<", "8512017F1311048BEL851201002007",
                   "REINARTZ<<ULRIKE<KATIA<E<<<<<<"))  # fmt: skip
    for lines in (TD3, TD1):
        for _ in range(400):
            ls = list(lines)
            for _ in range(rnd.choice((1, 1, 2))):
                n = rnd.randrange(len(ls))
                i = rnd.randrange(len(ls[n]))
                ls[n] = ls[n][:i] + rnd.choice(ALPHABET) + ls[n][i + 1 :]
            inputs.append(tuple(ls))
    for raw in inputs:
        doc = parse(raw, today=TODAY)  # type: ignore[arg-type]
        out.update(doc.errors)
        out.update(doc.warnings)
    return out


def _screening_messages(tmp_path: Path) -> set[str]:
    store = new_store(tmp_path)
    try:
        with store.write() as c:
            for name, rows in (("persons", PERSONS), ("documents", DOCUMENTS),
                               ("exit_bans", BANS), ("entry_permits", PERMITS)):  # fmt: skip
                replica.apply_rows(c, name, rows, 1, indexer=NameIndexer())
        travellers = TRAVELLERS
        policy = Policy(permit_required_nationalities=frozenset({"CHN"}))
        hits = []
        with store.read() as c:
            for kw, direction in travellers:
                hits += screen(c, Traveller(**kw), direction, policy=policy, today=TODAY)
            for number, state, checked in DOCUMENT_CHECKS:
                hits += check_document(c, number, state, checked=checked)
    finally:
        store.close()
    assert len(hits) >= 10  # the travellers above do hit: the test sees real messages
    return {h.summary for h in hits} | {r for h in hits for r in h.reasons}


def _name_messages() -> set[str]:
    out: set[str] = set()
    # issue 5's pairs and the outside development pairs (issue 12: passport spellings,
    # dialects, close common surnames), also with equal birth date and nationality
    for path in (EVAL, EVAL.with_name("outside_dev.tsv"), EVAL.with_name("outside_dev2.tsv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t"):
                if len(row) < 3 or row[0].startswith("#"):
                    continue
                m = compare_people(Facts((row[0],), "1970-01-02", "TWN", "M"),
                                   Facts((row[1],), "1971-02-01", "HKG", "F"))  # fmt: skip
                out.update(m.reasons)
                m = compare_people(Facts((row[0],), "1970-01-02", "TWN", "M"),
                                   Facts((row[1],), "1970-01-02", "TWN", "M"))  # fmt: skip
                out.update(m.reasons)
    return out


def uncoded(message: object) -> list[str]:
    """The parts of a message that are text built without a code (empty: all coded).
    Plain strings inside a coded message's parameters are data (names, numbers)."""
    if isinstance(message, MessageList):
        return [p for i in message.params["items"] if isinstance(i, Message) for p in uncoded(i)]
    if isinstance(message, Message):
        return [p for v in message.params.values() if isinstance(v, Message) for p in uncoded(v)]
    return [str(message)]


def test_every_mrz_message_has_a_code():
    messages = _mrz_messages()
    assert len(messages) > 25
    assert sorted(p for m in messages for p in uncoded(m)) == []


def test_every_screening_message_has_a_code(tmp_path):
    messages = _screening_messages(tmp_path) | _name_messages()
    assert len(messages) > 200
    assert sorted(p for m in messages for p in uncoded(m)) == []


def test_uncoded_text_is_caught():
    from desktop.messages import msg

    assert uncoded("birth date check digit is 3, computed 5")
    assert uncoded(msg("person.name", score="1.00", explanation="CHAN = CHAN")) == []
    joined_plain = MessageList("list.semicolon", {"items": ("x", msg("name.empty"))})
    assert uncoded(joined_plain) == []


def test_messages_are_shown_in_traditional_chinese(chinese, tmp_path):
    for message in sorted(_mrz_messages() | _screening_messages(tmp_path)):
        shown = text(message)
        assert _han(shown), (message, shown)
        # Codes, numbers and names survive the translation.
        for token in re.findall(r"\b[A-Z0-9]{6,}\b", message):
            assert token in shown, (message, shown)


def test_examples(chinese):
    from desktop.messages import joined, msg

    check = parse((TD3[0], TD3[1][:19] + "3" + TD3[1][20:])).errors[0]
    assert check == "birth date check digit is 3, computed 2"
    assert text(check) == "出生日期檢查碼為 3，計算應為 2"
    listed = msg("hit.document.listed", num="3OO123456", state="TWN", typ="P",
                 reason=msg("term.document_reason.stolen"))  # fmt: skip
    assert listed == "document 3OO123456 issued by TWN (type P) is listed as stolen"
    assert text(listed) == "TWN 核發之證件 3OO123456（類別 P）列管為「被竊」"
    positions = joined([msg("hit.document.position", p=2, a="O", b="0"),
                        msg("hit.document.position", p=3, a="O", b="0")], ", ")  # fmt: skip
    assert text(msg("hit.document.lookalike", positions=positions)) == (
        "形近號碼（第 2 位：讀取 O，列管 0、第 3 位：讀取 O，列管 0）：可能為 OCR 或輸入誤差"
    )
    name = msg("person.name", score="0.97", explanation=joined([
        msg("name.romanisation", a="CHAN", b="陳", system=msg("term.romanisation.Cantonese (HK)")),
        msg("name.missing", a="BIN")]))  # fmt: skip
    assert name == "name 0.97: CHAN = 陳 (Cantonese (HK)); BIN missing"
    assert text(name) == "姓名 0.97：CHAN = 陳（粵語拼音（香港））；缺少 BIN"
    assert translate("DG2 does not match its hash in the SOD (altered)") == (
        "DG2 與 SOD 中的雜湊值不符（遭竄改）"
    )


def test_unknown_messages_are_shown_as_they_are(chinese):
    assert translate("something the templates do not know") == "something the templates do not know"
    assert translate("") == ""


def test_english_is_unchanged(english, tmp_path):
    for m in ("birth date check digit is 3, computed 5", "the SOD signature is invalid"):
        assert translate(m) == m
    for m in sorted(_mrz_messages()):
        assert text(m) == m, m
    # the window's English names acts in words, where the command line prints the value
    shown = {text(m) for m in _screening_messages(tmp_path)}
    assert any("action deny entry" in s for s in shown), shown


def test_translations_keep_every_placeholder(chinese):
    from PySide6.QtCore import QCoreApplication

    for template in domain_text.TEMPLATES:
        translated = QCoreApplication.translate("DomainText", template)
        assert translated != template or not re.sub(r"\{\w+\}|[^A-Za-z]", "", template), template
        assert sorted(re.findall(r"\{\w+\}", translated)) == sorted(
            re.findall(r"\{\w+\}", template)
        ), template


def test_hits_view_shows_reasons_in_the_officers_language(chinese, qtbot, tmp_path):
    from ui.hits_view import HitsView

    store = new_store(tmp_path)
    try:
        with store.write() as c:
            replica.apply_rows(c, "persons", PERSONS, 1, indexer=NameIndexer())
        with store.read() as c:
            hits = screen(c, Traveller(surname="CHAN", given_names="SHUI BIN",
                                       birth_date="1950-10-12"), "entry", today=TODAY)  # fmt: skip
    finally:
        store.close()
    view = HitsView()
    qtbot.addWidget(view)
    view.show_hits(list(hits), {"persons": {"version": 1}})
    top = view.tree.topLevelItem(0)
    texts = [top.child(i).text(0) for i in range(top.childCount())]
    assert texts[0] == "陳水扁（列於 TEST，處置：逮捕）與 CHAN, SHUI BIN 相符", texts[0]
    assert any(t == "• 姓名 1.00：CHAN = 陳（粵語拼音（香港））" for t in texts), texts
    assert "• 出生日期相符（1950-10-12）" in texts


def test_chip_panel_says_why_passive_authentication_failed(chinese, qtbot):
    from ui.chip_panel import ChipPanel

    panel = ChipPanel(None)
    qtbot.addWidget(panel)
    panel._show({
        "access_control": "BAC", "accepted": False,
        "passive_authentication": {"status": "invalid",
                                   "reasons": ["DG2 does not match its hash in the SOD (altered)"]},
        "active_authentication": {"status": "valid", "reason": None},
        "warnings": ["EF.COM and EF.SOD list different data groups"],
    })  # fmt: skip
    text = panel.state.text()
    assert "• DG2 與 SOD 中的雜湊值不符（遭竄改）" in text
    assert "⚠ EF.COM 與 EF.SOD 列出的資料群組不同" in text


def _refusal_messages(tmp_path: Path) -> set[str]:
    """What the inspection panel shows when a decision or an image is refused."""
    from desktop.documents import ocr
    from desktop.errors import BorderError
    from desktop.inspection.rules import Decision, check
    from desktop.inspection.traveller import Traveller
    from desktop.screening.checks import Hit

    out: set[str] = set()
    invalid = Traveller(valid=False, errors=parse((TD3[0], TD3[1][:-1] + "9")).errors)
    blocking = [Hit("persons", "P1", "arrest", "critical", 1.0, "")]
    for decision, document, hits, role in (
        (Decision("entry", "admit", None, None), invalid, [], "officer"),
        (Decision("entry", "admit", None, None), Traveller(valid=True), blocking, "officer"),
        (Decision("entry", "admit", None, None, override=True), Traveller(), [], "officer"),
        (Decision("entry", "refuse", None, None), Traveller(valid=True), [], "officer"),
    ):
        with pytest.raises(BorderError) as e:
            check(decision, document, hits, ("DOCUMENT_INVALID",), role)
        out.add(str(e.value))
    empty, junk, small = tmp_path / "empty.jpg", tmp_path / "junk.jpg", tmp_path / "small.png"
    empty.write_bytes(b"")
    junk.write_bytes(b"not an image at all")
    from PIL import Image

    Image.new("L", (8, 8), 255).save(small)
    blank = tmp_path / "blank.png"
    Image.new("L", (640, 480), 255).save(blank)
    for path in (empty, junk, small, blank, tmp_path):
        with pytest.raises(ocr.OcrFailure) as e:
            ocr.read_image(path)
        out.add(str(e.value))
    return out


def test_refusals_at_the_counter_are_translated(chinese, tmp_path):
    messages = _refusal_messages(tmp_path)
    assert len(messages) == 9
    for message in messages:
        assert is_known(message), message
        assert _han(translate(message)), message


def test_every_ocr_refusal_has_a_template():
    from desktop.documents import ocr

    for why in ocr._WHY.values():
        message = (f"OCR refused: {why} (line 1 position 5, line 2 position 7 and 3 more); "
                   "take another picture or type the MRZ")  # fmt: skip
        assert is_known(message), why


def test_the_window_says_f12_for_a_blocked_admit_in_both_languages(qapp, tmp_path):
    """The command line's message names its flag (--override); the window names the key."""
    blocked = [m for m in _refusal_messages(tmp_path) if "--override" in m]
    assert len(blocked) == 1
    for lang in ("en", "zh_TW"):
        i18n.set_language(lang)
        try:
            shown = translate(blocked[0])
            assert "F12" in shown and "--override" not in shown, (lang, shown)
        finally:
            i18n.set_language("en")
