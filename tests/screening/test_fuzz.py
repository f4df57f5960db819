"""Fuzzing the name parser and scorer, the document fold and the row validator."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.screening import brahmic, chinese, korean, translit, vietnamese
from desktop.screening.keys import (
    _coarse_keys,
    _derived_forms,
    _japanese_index_keys,
    _pairs,
    index_keys,
    key_hash,
    latin_coarse_keys,
    name_units,
    query_keys,
)
from desktop.screening.names import ascii_to_latin, parse
from desktop.screening.score import compare_names
from desktop.screening.translit import fold_umlauts, phonetic, script_of, to_latin
from protocol import rows as protocol_rows

names = st.text(max_size=40)


@settings(max_examples=300, deadline=None)
@given(names, names)
def test_compare_names_never_fails_and_stays_in_range(a, b):
    m = compare_names(a, b)
    assert 0.0 <= m.score <= 1.0
    index_keys([a])
    query_keys([b])


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["id", "names", "action", "birth_date", "sex", "nationality", "deleted", "valid_until"]
        ),
        st.one_of(
            st.none(),
            st.text(max_size=12),
            st.integers(),
            st.booleans(),
            st.lists(st.text(max_size=8), max_size=3),
        ),
    )
)
def test_row_validation_raises_only_row_errors(row):
    try:
        protocol_rows.validate_rows("persons", [row], 1)
    except protocol_rows.RowError as e:
        assert e.index == 0


@given(st.text(max_size=20))
def test_document_fold_is_idempotent(n):
    f = protocol_rows.fold_document_number(n)
    assert protocol_rows.fold_document_number(f) == f


ascii_text = st.text(alphabet=st.characters(max_codepoint=127), max_size=40)


@settings(max_examples=500, deadline=None)
@given(ascii_text)
def test_ascii_shortcut_of_parse_equals_the_general_path(text):
    """`parse` skips the Unicode work for ASCII: each step it skips is the identity."""
    raw = text.strip()
    assert chinese.strip_tone_marks(raw) == raw
    assert not chinese.has_han(raw)
    assert script_of(raw) == "latin"
    assert ascii_to_latin(raw) == to_latin(raw)


def test_ascii_table_covers_every_ascii_character():
    for c in range(128):
        assert ascii_to_latin(chr(c)) == to_latin(chr(c)), c


@settings(max_examples=500, deadline=None)
@given(st.one_of(names, ascii_text), st.one_of(names, ascii_text))
def test_index_keys_are_the_pairs_of_the_name_units(a, b):
    """The cached per-word / per-pair computation of stored keys gives exactly the keys
    of the plain definition (every pair of units of every reading of every name; a name
    in Hangul read as its Latin passport spellings; one in characters also as its first two
    Sino-Vietnamese readings and, up to 4 characters, its Korean reading, with its Japanese
    name keys; a Latin name also under its bl: classes)."""

    def forms_of(n: str) -> tuple[str, ...]:
        if korean.has_hangul(n):
            return korean.latin_forms(n)
        han = "".join(c for c in chinese.to_traditional(n) if chinese.is_han(c))
        if not han or len(han) > 5:
            return (n,)
        hangul = korean.hanja_reading(han) if len(han) <= 4 else ""
        return (
            n,
            *vietnamese.readings(han)[:2],
            *(korean.latin_forms(hangul, 1) if hangul else ()),
        )

    forms = [f for n in (a, b) for f in forms_of(n)]
    plain = {key_hash(k) for n in forms for u in name_units(parse(n)) for k in _pairs(u)}
    jp = _japanese_index_keys(a) | _japanese_index_keys(b)
    thai = {k for n in (a, b) if brahmic.has_brahmic(n) for k in _coarse_keys(brahmic.romanise(n))}
    latin = {k for n in (a, b) if not brahmic.has_brahmic(n) for k in latin_coarse_keys(n)}
    assert index_keys([a, b]) == plain | jp | thai | latin


def test_index_keys_of_the_evaluation_names_are_the_plain_definition():
    data = Path(__file__).resolve().parent / "data" / "eval_pairs.tsv"
    rows = [line.split("\t") for line in data.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]  # fmt: skip
    listed = [n for r in rows for n in r[:2]]
    assert len(listed) >= 800
    for n in listed:
        # a name in characters: also its Sino-Vietnamese readings and Japanese name keys
        forms = _derived_forms(n) or (n,)
        plain = {key_hash(k) for f in forms for u in name_units(parse(f)) for k in _pairs(u)}
        latin = latin_coarse_keys(n) if not brahmic.has_brahmic(n) else set()
        assert index_keys([n]) == plain | _japanese_index_keys(n) | latin, n


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ABCDEHIJKOPQSTUWXYZ0125678ÄÖÜ", max_size=14))
def test_phonetic_skips_only_folds_that_cannot_apply(word):
    s = fold_umlauts(word)
    for rx, rep in translit._FOLDS:
        s = rx.sub(rep, s)
    assert phonetic.__wrapped__(word) == s


def test_a_character_of_extension_g_is_a_character():
    """`𰾄` (U+30F84, CJK Extension G; OpenCC maps it to 鋂) was read as no character at
    all, so the name had no keys while its reading had three (found by the test above)."""
    assert chinese.is_han("\U00030f84") and index_keys(["\U00030f84"])
