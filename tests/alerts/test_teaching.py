"""Alerts that teach: every alert links the lesson for its hazard in the reader's language (page,
live payload, notification), and a lesson lists the alerts in force for its hazard."""

import json

import pytest

from alerts import actions
from alerts.delivery.webpush.send import push_payload
from alerts.models import AlertInfo
from alerts.models.codes import Category
from alerts.models.codes import Hazard as AlertHazard
from alerts.public.payloads import alert_payload
from lessons.hazards import CAP_CATEGORY_HAZARDS, EVENT_CODE_HAZARDS, codes_for
from lessons.models import Hazard
from tests.lessons.fixtures import french

pytestmark = pytest.mark.django_db


def test_every_cap_category_and_event_code_maps_to_a_lesson_hazard():
    assert set(CAP_CATEGORY_HAZARDS) == set(Category.values)
    assert set(EVENT_CODE_HAZARDS) <= set(AlertHazard.values)
    assert set(CAP_CATEGORY_HAZARDS.values()) | set(EVENT_CODE_HAZARDS.values()) <= set(
        Hazard.values
    )
    assert codes_for("storm") == {"event_codes": ["storm"], "categories": ["Met"]}


def test_the_event_code_decides_before_the_category(lesson, draft, author, approver):
    AlertInfo.objects.filter(alert=draft).update(category="Health", event_code="storm")
    actions.submit_alert(alert=draft, user=author)
    alert = actions.approve_alert(alert=draft, user=approver)
    assert alert_payload(alert, "en")["lesson"]["url"] == lesson.url


@pytest.fixture
def published(draft, author, approver):
    actions.submit_alert(alert=draft, user=author)
    return actions.approve_alert(alert=draft, user=approver)


def test_alert_links_its_lesson_in_the_reader_language(client, lesson, published):
    english = alert_payload(published, "en")["lesson"]
    assert (english["title"], english["url"]) == (lesson.title, lesson.url)
    in_french = alert_payload(published, "fr")["lesson"]
    assert in_french["url"] == french(lesson).url and in_french["language"] == "fr"
    assert in_french["label"] != english["label"]
    assert alert_payload(published, "uk")["lesson"]["language"] == "en"  # not translated: English
    html = client.get(published.url_in("fr")).content.decode()
    assert f'href="{french(lesson).url}"' in html
    cards = client.get("/fr/alerts/").content.decode()  # as live pages draw the card
    assert f'data-alert-lesson>{in_french["label"]}: <a href="{french(lesson).url}">' in cards
    pushed = json.loads(push_payload(published, "fr", "tag"))
    assert pushed["lesson"]["url"] == french(lesson).url


def test_no_lesson_for_the_hazard_means_no_link(client, home, published):
    assert alert_payload(published, "en")["lesson"] is None
    assert "data-alert-lesson" not in client.get(published.url_in("en")).content.decode()
    assert "data-alert-lesson" not in client.get("/en/alerts/").content.decode()


def test_lesson_lists_alerts_in_force_for_its_hazard(
    client, lesson, published, authority, author, regions
):
    from tests.alerts.conftest import write_draft

    other = write_draft(authority, author, regions=[regions["XR-RS-01"]])
    AlertInfo.objects.filter(alert=other).update(event_code="heat")  # Met, but about heat
    actions.submit_alert(alert=other, user=author)
    html = client.get(lesson.url).content.decode()
    assert "data-lesson-alerts" in html
    assert published.url_in("en") in html
    assert other.url_in("en") not in html


def test_the_hazard_goes_out_as_a_cap_event_code_and_comes_back_on_import(draft):
    from django.utils import timezone

    from alerts.cap.importing import alert_from_cap
    from alerts.cap.mapping import alert_to_cap

    AlertInfo.objects.filter(alert=draft).update(event_code="flood")
    message = alert_to_cap(draft, sent=timezone.now().replace(microsecond=0))
    assert message.infos[0].event_codes == (("beacon:hazard", "flood"),)
    infos = alert_from_cap(message, source="test").infos
    assert {info.event_code for info in infos} == {"flood"}
    unknown = message.infos[0].__class__(
        **{**vars(message.infos[0]), "event_codes": (("beacon:hazard", "tsunami"),)}
    )
    infos = alert_from_cap(
        message.__class__(**{**vars(message), "infos": (unknown,)}), source="t"
    ).infos
    assert infos[0].event_code == ""
