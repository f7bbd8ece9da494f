"""`/<lang>/search/` finds lessons by their words in every interface language: with or without
accents and diacritics, the Arabic article and its prefixes, and inflected forms.

Two small lessons (a flood and a heat one) are written in English and translated with
wagtail-localize into the language searched, as editors do; each query must find exactly the
lessons listed for it."""

import re
from html import unescape

import pytest

from lessons.content import body_stream, quiz_stream
from lessons.models import LessonIndexPage, LessonPage
from lessons.search import refresh_search_text
from lessons.translation import publish_translation, with_escaped
from tests.lessons.fixtures import texts

pytestmark = pytest.mark.django_db


def lesson(title, summary, paragraph, prompt, yes, no):
    """A lesson's content in one language, in the shape lessons.content builds from."""
    return {
        "title": title,
        "summary": summary,
        "body": [("text", [paragraph])],
        "quiz": [
            {
                "kind": "true_false",
                "prompt": prompt,
                "choices": [
                    {"text": yes, "correct": False, "feedback": no},
                    {"text": no, "correct": True, "feedback": yes},
                ],
            }
        ],
    }


LESSONS = {
    "en": {
        "flood": lesson(
            "Floods: get ready",
            "What to do when rivers rise.",
            "Never drive through flooded roads after heavy rain.",
            "Can a car float away in shallow water?",
            "Yes",
            "No",
        ),
        "heat": lesson(
            "Heatwaves: stay cool",
            "Drink water and avoid the sun.",
            "Close the curtains during the hottest hours.",
            "Should older neighbours be checked on?",
            "Yes",
            "No",
        ),
    },
    "fr": {
        "flood": lesson(
            "Inondations : se préparer",
            "Que faire quand les rivières montent.",
            "Ne traversez jamais une route inondée après de fortes pluies.",
            "Une voiture peut-elle être emportée par peu d’eau ?",
            "Oui",
            "Non",
        ),
        "heat": lesson(
            "Canicule : rester au frais",
            "Buvez de l’eau et évitez le soleil.",
            "Fermez les volets pendant les heures de forte chaleur.",
            "Faut-il prendre des nouvelles des voisins âgés ?",
            "Oui",
            "Non",
        ),
    },
    "de": {
        "flood": lesson(
            "Hochwasser: vorbereitet sein",
            "Was tun, wenn Flüsse über die Ufer treten.",
            "Fahren Sie nie durch überflutete Straßen nach starkem Regen.",
            "Kann flaches Wasser ein Auto mitreißen?",
            "Ja",
            "Nein",
        ),
        "heat": lesson(
            "Hitzewelle: kühl bleiben",
            "Trinken Sie Wasser und meiden Sie die Sonne.",
            "Schließen Sie die Vorhänge in den heißesten Stunden.",
            "Sollten ältere Nachbarn besucht werden?",
            "Ja",
            "Nein",
        ),
    },
    "pl": {
        "flood": lesson(
            "Powódź: jak się przygotować",
            "Co robić, gdy rzeki wzbierają.",
            "Nigdy nie wjeżdżaj samochodem na zalane drogi podczas powodzi.",
            "Czy płytka woda może porwać samochód?",
            "Tak",
            "Nie",
        ),
        "heat": lesson(
            "Upał: jak chronić zdrowie",
            "Pij wodę i unikaj słońca.",
            "W czasie upałów zasłaniaj okna w najgorętszych godzinach.",
            "Czy warto odwiedzać starszych sąsiadów?",
            "Tak",
            "Nie",
        ),
    },
    "uk": {
        "flood": lesson(
            "Повінь: як підготуватися",
            "Що робити, коли річки виходять з берегів.",
            "Ніколи не їдьте затопленими дорогами під час повені.",
            "Чи може мілка вода знести автомобіль?",
            "Так",
            "Ні",
        ),
        "heat": lesson(
            "Спека: як берегти здоров’я",
            "Пийте воду й уникайте сонця.",
            "Під час спеки зачиняйте вікна в найгарячіші години.",
            "Чи варто провідувати літніх сусідів?",
            "Так",
            "Ні",
        ),
    },
    "ar": {
        "flood": lesson(
            "الفيضانات: استعد وتصرّف",
            "ماذا تفعل عندما ترتفع مياه الأنهار.",
            "لا تقُد سيارتك أبدًا في الطرق المغمورة بعد الأمطار الغزيرة.",
            "هل يمكن للمياه الضحلة أن تجرف سيارة؟",
            "نعم",
            "لا",
        ),
        "heat": lesson(
            "موجات الحر: حافظ على برودتك",
            "اشرب الماء وتجنّب الشمس.",
            "أغلق الستائر في أشدّ ساعات الحرارة.",
            "هل ينبغي تفقّد الجيران المسنّين؟",
            "نعم",
            "لا",
        ),
    },
    "es": {
        "flood": lesson(
            "Inundaciones: cómo prepararse",
            "Qué hacer cuando crecen los ríos.",
            "Nunca conduzca por calles inundadas después de lluvias intensas.",
            "¿Puede el agua poco profunda arrastrar un coche?",
            "Sí",
            "No",
        ),
        "heat": lesson(
            "Ola de calor: mantenerse fresco",
            "Beba agua y evite el sol.",
            "Cierre las persianas en las horas más calurosas.",
            "¿Conviene visitar a los vecinos mayores?",
            "Sí",
            "No",
        ),
    },
    "it": {
        "flood": lesson(
            "Alluvioni: come prepararsi",
            "Cosa fare quando i fiumi si ingrossano.",
            "Non attraversare mai strade allagate dopo piogge intense.",
            "L’acqua bassa può trascinare via un’auto?",
            "Sì",
            "No",
        ),
        "heat": lesson(
            "Ondata di calore: restare al fresco",
            "Bevi acqua ed evita il sole.",
            "In città chiudi le persiane nelle ore più calde.",
            "È bene far visita ai vicini anziani?",
            "Sì",
            "No",
        ),
    },
}

FLOOD, HEAT, BOTH, NOTHING = {"flood"}, {"heat"}, {"flood", "heat"}, set()

# (language, query, the lessons it finds)
QUERIES = [
    ("en", "flood", FLOOD),
    ("en", "flooding", FLOOD),
    ("en", "heat", HEAT),
    ("en", "curtain", HEAT),
    ("en", "water", BOTH),
    ("en", "earthquake", NOTHING),
    ("fr", "inondee", FLOOD),  # inondée, without its accent
    ("fr", "preparation", FLOOD),  # se préparer
    ("fr", "Inondation", FLOOD),
    ("fr", "chaleurs", HEAT),  # chaleur
    ("fr", "eviter", HEAT),  # évitez
    ("fr", "ages", HEAT),  # âgés
    ("fr", "séisme", NOTHING),
    ("de", "uberflutet", FLOOD),  # überflutete
    ("de", "strasse", FLOOD),  # Straßen
    ("de", "hitze", HEAT),  # Hitzewelle
    ("de", "kuehl", HEAT),  # kühl, typed without the umlaut
    ("de", "schliessen", HEAT),
    ("de", "Erdbeben", NOTHING),
    ("pl", "powodzią", FLOOD),  # powódź, powodzi
    ("pl", "powodz", FLOOD),  # without diacritics
    ("pl", "upału", HEAT),  # upał, upałów
    ("pl", "samochodu", FLOOD),  # samochodem, samochód
    ("pl", "trzęsienie", NOTHING),
    ("uk", "спекою", HEAT),  # спека, спеки
    ("uk", "повінь", FLOOD),
    ("uk", "повені", FLOOD),
    ("uk", "здоровя", HEAT),  # здоров’я, without its apostrophe
    ("uk", "здоров'я", HEAT),
    ("uk", "автомобіля", FLOOD),  # автомобіль
    ("uk", "землетрус", NOTHING),
    ("ar", "فيضان", FLOOD),  # الفيضانات: without the article, singular
    ("ar", "حر", HEAT),  # موجات الحر: without the article
    ("ar", "الحر", HEAT),
    ("ar", "بالفيضان", FLOOD),  # with a prefix before the article
    ("ar", "فَيَضَانٌ", FLOOD),  # with tashkeel
    ("ar", "فيـضان", FLOOD),  # with tatweel
    ("ar", "امطار", FLOOD),  # الأمطار, without the hamza
    ("ar", "موجة", HEAT),  # موجات, and ة
    ("ar", "زلزال", NOTHING),
    ("es", "inundacion", FLOOD),  # inundación, without its accent
    ("es", "rios", FLOOD),  # ríos
    ("es", "calurosa", HEAT),  # calurosas
    ("es", "persiana", HEAT),
    ("es", "terremoto", NOTHING),
    ("it", "alluvione", FLOOD),  # alluvioni
    ("it", "allagata", FLOOD),  # allagate
    ("it", "citta", HEAT),  # città
    ("it", "persiana", HEAT),
    ("it", "terremoto", NOTHING),
]


def build_lessons(home, language, capture_on_commit):
    """The flood and heat lessons in English, translated into `language` and published."""
    index = LessonIndexPage(title="Lessons", slug="lessons")
    home.add_child(instance=index)
    for kind, content in LESSONS["en"].items():
        page = LessonPage(
            title=content["title"],
            slug=kind,
            hazard=kind,
            summary=content["summary"],
            body=body_stream(content["body"]),
            quiz=quiz_stream(content["quiz"]),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        if language == "en":
            continue
        strings = dict(zip(texts(content), texts(LESSONS[language][kind]), strict=True))
        with capture_on_commit(execute=True):
            missing = publish_translation(
                page=page, language_code=language, strings=with_escaped(strings)
            )
        assert missing == []


def found(client, language, query) -> set[str]:
    """Which lessons (by kind) the search page lists for `query`."""
    html = client.get(f"/{language}/search/", {"q": query}).content.decode()
    titles = {unescape(t) for t in re.findall(r"<h2><a [^>]*>([^<]*)</a></h2>", html)}
    by_title = {content["title"]: kind for kind, content in LESSONS[language].items()}
    return {by_title.get(title, title) for title in titles}


@pytest.mark.parametrize("language", list(LESSONS))
def test_search_finds_lessons_by_their_words(
    client, home, django_capture_on_commit_callbacks, language
):
    build_lessons(home, language, django_capture_on_commit_callbacks)
    queries = [(query, expected) for code, query, expected in QUERIES if code == language]
    results = {query: found(client, language, query) for query, _expected in queries}
    assert results == dict(queries)


def test_every_language_has_queries_and_a_word_that_finds_nothing():
    for language in LESSONS:
        queries = [expected for code, _query, expected in QUERIES if code == language]
        assert len(queries) >= 3 and NOTHING in queries, language


def test_lessons_with_more_or_rarer_words_of_the_query_come_first(
    client, home, django_capture_on_commit_callbacks
):
    build_lessons(home, "en", django_capture_on_commit_callbacks)
    html = client.get("/en/search/", {"q": "water curtains"}).content.decode()
    assert html.index("Heatwaves: stay cool") < html.index("Floods: get ready")
    html = client.get("/en/search/", {"q": "water flood"}).content.decode()
    assert html.index("Floods: get ready") < html.index("Heatwaves: stay cool")


def test_then_lessons_with_the_words_in_their_title(client, home):
    index = home.add_child(instance=LessonIndexPage(title="Lessons", slug="lessons"))
    for title, paragraph in [
        ("A household kit", "Keep a torch for floods."),
        ("Floods: get ready", "Move valuables upstairs."),
    ]:
        content = lesson(title, "Be prepared.", paragraph, "Is it safe?", "Yes", "No")
        page = index.add_child(
            instance=LessonPage(
                title=title,
                hazard="flood",
                summary=content["summary"],
                body=body_stream(content["body"]),
                quiz=quiz_stream(content["quiz"]),
            )
        )
        page.save_revision().publish()
    html = client.get("/en/search/", {"q": "flood"}).content.decode()
    assert html.index("Floods: get ready") < html.index("A household kit")


def test_search_text_follows_what_is_published(client, home, django_capture_on_commit_callbacks):
    build_lessons(home, "fr", django_capture_on_commit_callbacks)
    french = LessonPage.objects.get(slug="flood", locale__language_code="fr")
    assert "inond" in french.search_text.split()  # the translation, in French terms

    french.summary = "Que faire quand la crue arrive."
    french.save_revision()  # a draft: not searched yet
    assert found(client, "fr", "crue") == NOTHING
    LessonPage.objects.get(pk=french.pk).get_latest_revision().publish()
    assert found(client, "fr", "crue") == FLOOD


def test_pages_saved_before_search_text_get_it(home, django_capture_on_commit_callbacks):
    build_lessons(home, "ar", django_capture_on_commit_callbacks)
    LessonPage.objects.update(search_text="")
    refresh_search_text(LessonPage)  # what the migration adding the field runs
    arabic = LessonPage.objects.get(slug="flood", locale__language_code="ar")
    assert "فيضان" in arabic.search_text.split()
