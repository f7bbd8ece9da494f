"""Words as search compares them, in each interface language: one normalisation for the indexed
text and for the query, so that both meet in the same form.

A word is case-folded and compared by its *terms*: the word itself and its stem, both folded.

- Latin-script languages lose their accents and diacritics (é→e, ñ→n, ą→a, ł→l, ü→u, ß→ss), so
  "securite" finds "sécurité" and "inundacion" finds "inundación". Stems come from the Snowball
  stemmers (English, French, German, Polish, Spanish, Italian): "inondations" and "inondation"
  share "inond", "powodzi" and "powódź" share "powodz". The German stemmer also reads "ae", "oe"
  and "ue" as umlauts.
- Arabic loses its diacritics (tashkeel) and tatweel; أ إ آ ٱ become ا, ة becomes ه, ى becomes ي,
  Arabic-Indic digits become 0-9; the article ال is dropped with the prefixes attached before it
  (وال بال كال فال لل ولل). Its stem drops one plural or pronoun ending (ات ون ين ها ه) when three
  letters remain.
- Ukrainian drops apostrophes inside words (пам'ять = памʼять = память). Its stem drops one
  inflectional ending of nouns and adjectives (a short list, longest first) when three letters
  remain: "спеки", "спеку" and "спекою" share "спек". Vowel alternations (повінь/повені) are not
  undone.

A query word finds a lesson when one of its terms begins one of the lesson's terms, so a word
typed in part or with a longer inflection still finds the lesson ("فيضان" finds "الفيضانات").
One-letter query words are left out, and so are stems of fewer than three letters; ten words at
most are searched.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

SNOWBALL = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "pl": "polish",
    "es": "spanish",
    "it": "italian",
}
WORD = re.compile(r"[^\W_]+")  # letters and digits of every script
APOSTROPHES = re.compile(r"['’ʼ]")
SHORTEST_QUERY_WORD = 2
MOST_QUERY_WORDS = 10  # each is a condition of the database query: a long query costs no more
SHORTEST_STEM = 3

# Letters that no Unicode decomposition takes apart.
LATIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "œ": "oe", "æ": "ae", "ı": "i"})
ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # the Persian yeh some keyboards type
        "ک": "ك",  # and the Persian keheh
        **{chr(0x0660 + n): str(n) for n in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + n): str(n) for n in range(10)},  # and their Persian forms
    }
)
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # and tatweel


def longest_first(*groups: str) -> tuple[str, ...]:
    """Affixes given as space-separated groups, longest first: the order they are tried in."""
    return tuple(
        sorted((affix for group in groups for affix in group.split()), key=len, reverse=True)
    )


ARABIC_ARTICLE = longest_first("ال", "وال بال كال فال", "لل ولل")  # the article, with prefixes
ARABIC_ENDINGS = longest_first("ات ون ين ها ه")
UKRAINIAN_ENDINGS = longest_first(
    "ами ями ам ям ах ях ою ею єю ом ем єм ів їв ей ові еві єві",  # nouns
    "ого ього ому ьому ими іми ий ій их іх им ім ої",  # adjectives
    "а я о е є у ю і ї и ь й",  # single letters
)


def base_language(language: str) -> str:
    return language.split("-")[0].lower()


def words(text: str, language: str) -> list[str]:
    """The words of `text`, case-folded and in the letters search compares (not yet stemmed)."""
    language = base_language(language)
    text = unicodedata.normalize("NFKC", text).casefold()
    if language == "uk":
        text = APOSTROPHES.sub("", text)
    if language == "ar":
        text = ARABIC_MARKS.sub("", text).translate(ARABIC_LETTERS)
        return [without_article(word) for word in WORD.findall(text)]
    return WORD.findall(text)


def terms(word: str, language: str) -> set[str]:
    """A word of `words()` and its stem, folded: the forms it is indexed and searched by."""
    language = base_language(language)
    return {fold(word, language), fold(stem(word, language), language)}


def index_text(text: str, language: str) -> str:
    """Every term of `text`, once each and separated by spaces: the text search looks in."""
    found = {term for word in words(text, language) for term in terms(word, language)}
    return " ".join(sorted(found))


def query_terms(query: str, language: str) -> list[list[str]]:
    """For each word of `query` (one-letter words left out, and any after the tenth), the terms
    that find it: a lesson term that begins with one of them matches that word."""
    wanted = []
    for word in dict.fromkeys(words(query, language)):
        if len(word) < SHORTEST_QUERY_WORD:
            continue
        word_terms = terms(word, language)
        folded = fold(word, base_language(language))
        found = sorted(t for t in word_terms if t == folded or len(t) >= SHORTEST_STEM)
        wanted.append(found)
    return wanted[:MOST_QUERY_WORDS]


def matches(word_terms: list[str], terms: list[str]) -> bool:
    """Whether a query word (its `query_terms`) is among `terms` (of `index_text`)."""
    return any(term.startswith(prefix) for term in terms for prefix in word_terms)


def fold(word: str, language: str) -> str:
    """`word` without accents and diacritics, in Latin-script languages (Arabic letters are
    normalised in `words`; Ukrainian keeps й and ї)."""
    if language in {"ar", "uk"}:
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(LATIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=50_000)
def stem(word: str, language: str) -> str:
    if language in SNOWBALL:
        return snowball(language).stemWord(word)
    if language == "ar":
        return strip_ending(word, ARABIC_ENDINGS)
    if language == "uk":
        return strip_ending(word, UKRAINIAN_ENDINGS)
    return word


def strip_ending(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= SHORTEST_STEM:
            return word[: -len(ending)]
    return word


def without_article(word: str) -> str:
    for prefix in ARABIC_ARTICLE:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


_stemmers = threading.local()  # Snowball stemmers keep state while they work: one per thread


def snowball(language: str):
    stemmers = _stemmers.__dict__.setdefault("by_language", {})
    if language not in stemmers:
        stemmers[language] = snowballstemmer.stemmer(SNOWBALL[language])
    return stemmers[language]
