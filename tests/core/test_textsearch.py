"""core.textsearch: the one normalisation of words that lesson search applies to lessons and
queries alike (tests/lessons/test_search_languages.py searches with it end to end)."""

import pytest

from core.textsearch import index_text, matches, query_terms, words


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ar", "الفَيَضَانُ", ["فيضان"]),  # tashkeel and the article
        ("ar", "فيـــضان", ["فيضان"]),  # tatweel
        ("ar", "أمطار إنذار آمن", ["امطار", "انذار", "امن"]),  # alef forms
        ("ar", "حرارة على", ["حراره", "علي"]),  # ة and ى
        ("ar", "والفيضان بالفيضان للفيضان", ["فيضان", "فيضان", "فيضان"]),  # prefixed article
        ("ar", "الى", ["الي"]),  # too short to be the article
        ("ar", "٧٢ ساعة", ["72", "ساعه"]),  # Arabic-Indic digits
        ("uk", "Пам'ять пам’ять памʼять", ["память", "память", "память"]),
        ("uk", "Їжа й вода", ["їжа", "й", "вода"]),  # ї and й are letters of their own
        ("de", "Straße", ["strasse"]),
        ("pl", "Łódź", ["łódź"]),  # folded with the stems, not here
        ("fr", "l'Été", ["l", "été"]),
    ],
)
def test_words(language, text, expected):
    assert words(text, language) == expected


@pytest.mark.parametrize(
    ("language", "query", "text"),
    [
        ("ar", "فيضان", "الفيضانات"),
        ("ar", "الفيضانات", "فيضان"),
        ("ar", "حر", "موجات الحر"),
        ("ar", "موجه", "موجات"),
        ("uk", "спекою", "спека"),
        ("uk", "небезпечного", "небезпечна"),
        ("pl", "łodzi", "Łódź"),
        ("pl", "lodz", "Łódź"),
        ("pl", "upałów", "upał"),
        ("fr", "securite", "Sécurité"),
        ("fr", "coeur", "cœur"),
        ("es", "evacuacion", "evacuaciones"),
        ("it", "citta", "città"),
        ("de", "ueberschwemmung", "Überschwemmungen"),
        ("en", "floods", "flooding"),
    ],
)
def test_a_query_word_finds_its_forms(language, query, text):
    terms = index_text(text, language).split()
    assert all(matches(word_terms, terms) for word_terms in query_terms(query, language))
    assert query_terms(query, language)


def test_one_letter_words_and_short_stems_are_not_searched():
    assert query_terms("a", "en") == []
    assert query_terms("w upał", "pl") == [["upal"]]  # its stem "up" would begin too many words


def test_a_word_finds_nothing_that_only_shares_its_start_with_the_query():
    assert not matches(query_terms("flooding", "en")[0], index_text("floor", "en").split())


def test_a_long_query_searches_its_first_ten_words_once_each():
    assert query_terms("flood Flood FLOOD", "en") == [["flood"]]
    many = query_terms(" ".join(f"word{n}" for n in range(30)), "en")
    assert [terms[0] for terms in many] == [f"word{n}" for n in range(10)]
