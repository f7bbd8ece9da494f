"""Lesson search in the reader's language.

Each lesson keeps `search_text`: the terms (core.textsearch) of its title, summary, body text and
quiz questions, in its own language, refreshed whenever the page is saved (publishing and
wagtail-localize translations included). A query is normalised the same way and a lesson is found
by the words of the query it contains (see `search_lessons` for the order).

On PostgreSQL each query word is a prefix query of the database's full-text search over
`search_text` (configuration 'simple': the text is normalised here, not by the database); on
SQLite it is a prefix match over the same words.

When the normalisation changes, a data migration calls `refresh_search_text` so that pages
published before the change are found the new way.
"""

import operator
from fractions import Fraction
from functools import reduce
from html import unescape

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connections
from django.db.models import Case, Q, When
from django.utils.html import strip_tags

from core import textsearch

NOT_TEXT = {"type", "id", "kind"}  # keys of StreamField data that hold no words of the lesson


def lesson_search_text(page) -> str:
    """What `page` (a lesson, or a lesson of a migration's historical models) is found by."""
    texts = [
        page.title,
        page.summary,
        *strings(list(page.body.raw_data)),
        *(question["value"]["prompt"] for question in page.quiz.raw_data),
    ]
    return textsearch.index_text("\n".join(texts), page.locale.language_code)


def strings(node) -> list[str]:
    """The texts in StreamField raw data: headings, rich text without its markup, list items,
    captions and so on (block types, ids, callout kinds and image or document ids left out)."""
    if isinstance(node, str):
        return [unescape(strip_tags(node))]
    if isinstance(node, dict):
        return [
            text for key, value in node.items() if key not in NOT_TEXT for text in strings(value)
        ]
    if isinstance(node, list):
        return [text for item in node for text in strings(item)]
    return []


def refresh_search_text(lesson_model) -> None:
    """Recompute `search_text` of every lesson (live or not), without saving anything else."""
    for page in lesson_model.objects.select_related("locale").iterator():
        text = lesson_search_text(page)
        if text != page.search_text:
            lesson_model.objects.filter(pk=page.pk).update(search_text=text)


def search_lessons(lessons, query: str, language: str) -> list:
    """`lessons` that contain a word of `query`, best first. Each word found counts, for more the
    fewer of those lessons contain it (so "flood" outweighs "what", "to" and "in"), and counts
    again when it is in the lesson's title; lessons that score the same are in title order."""
    wanted = textsearch.query_terms(query, language)
    if not wanted:
        return []
    if connections[lessons.db].vendor == "postgresql":
        lessons = lessons.alias(search_vector=SearchVector("search_text", config="simple"))
        conditions = [full_text_match(word_terms) for word_terms in wanted]
    else:
        conditions = [prefix_match(word_terms) for word_terms in wanted]
    has_word = {
        f"has_word_{i}": Case(When(found, then=1), default=0) for i, found in enumerate(conditions)
    }
    results = list(lessons.annotate(**has_word).filter(reduce(operator.or_, conditions)))
    weights = [Fraction(1, max(1, sum(getattr(r, flag) for r in results))) for flag in has_word]

    def rank(lesson):
        title = textsearch.index_text(lesson.title, language).split()
        in_text = (getattr(lesson, flag) for flag in has_word)
        in_title = (textsearch.matches(word_terms, title) for word_terms in wanted)
        score = sum(
            weight * (a + b) for weight, a, b in zip(weights, in_text, in_title, strict=True)
        )
        return (-score, lesson.title)

    return sorted(results, key=rank)


def full_text_match(word_terms: list[str]) -> Q:
    """PostgreSQL: a term of the lesson begins with one of `word_terms`."""
    query = " | ".join(f"'{term}':*" for term in word_terms)  # terms are letters and digits only
    return Q(search_vector=SearchQuery(query, search_type="raw", config="simple"))


def prefix_match(word_terms: list[str]) -> Q:
    """SQLite (and any other database): a term of the lesson begins with one of `word_terms`."""
    condition = Q()
    for term in word_terms:
        condition |= Q(search_text__startswith=term) | Q(search_text__contains=f" {term}")
    return condition
