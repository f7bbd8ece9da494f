"""The reach estimate: push subscriptions and open pages per language, by the delivery rules;
the drafting form's endpoint; the confirmation the approver ticks before publishing."""

import asyncio

import pytest
from asgiref.sync import async_to_sync
from django.core.cache import cache, caches
from django.urls import reverse

from alerts import actions
from alerts.delivery.live.presence import ALL_AREAS, Presence, open_pages, presence, slot_key
from alerts.delivery.reach import reach, reach_of
from alerts.models import AlertState, PushSubscription, Region
from tests.alerts.test_admin import signed_in
from tests.alerts.test_admin_access import ROLES, client_for, world  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db


def subscribe(regions, code: str, language: str, number: int, *, min_severity="Minor"):
    return PushSubscription.objects.subscribe(
        endpoint=f"https://push.example/{code}/{language}/{number}",
        p256dh="k",
        auth="a",
        regions=[regions[code]],
        language=language,
        min_severity=min_severity,
    )[0]


@pytest.fixture
def pages():
    """Open pages counted in this process's presence, forgotten again after the test."""
    followed = []

    def open_page(codes: list[str], language: str):
        async_to_sync(presence.follow)(codes, language)
        followed.append((codes, language))

    yield open_page
    for codes, language in followed:
        async_to_sync(presence.leave)(codes, language)


def area(regions, *codes):
    return Region.objects.filter(code__in=codes)


def test_push_devices_per_language_by_the_delivery_rule(regions):
    subscribe(regions, "XR-RS-01", "en", 1)
    subscribe(regions, "XR-RS-01", "uk", 2)
    subscribe(regions, "XR-RS", "uk", 3)  # the county: concerned by its towns' alerts
    subscribe(regions, "XR-HL-01", "en", 4)  # elsewhere
    subscribe(regions, "XR-RS-01", "fr", 5, min_severity="Extreme")  # above this alert
    estimate = reach(
        regions=area(regions, "XR-RS-01"),
        polygons=[],
        circles=[],
        severities=["Severe", "Moderate"],
        languages={"en", "fr"},
    )
    assert estimate.push == {"en": 1, "uk": 2}
    assert (estimate.total, estimate.without_text) == (3, 2)
    assert [(row["language"], row["has_text"]) for row in estimate.by_language()] == [
        ("en", True),
        ("uk", False),
    ]


def test_open_pages_per_language_from_the_presence_counts(regions, pages):
    pages(["XR-RS-01"], "ar")
    pages(["XR-RS"], "ar")  # the county's page hears of its towns' alerts
    pages([ALL_AREAS], "en")  # the home page hears of every alert
    pages(["XR-HL"], "fr")  # elsewhere
    estimate = reach(
        regions=area(regions, "XR-RS-01"),
        polygons=[],
        circles=[],
        severities=["Severe"],
        languages={"en"},
    )
    assert estimate.pages == {"ar": 2, "en": 1}
    assert (estimate.total, estimate.without_text) == (3, 2)
    assert estimate.summary() == (
        "This will alert about 3 devices; 2 of them read a language this alert is not written in."
    )


def test_pages_of_a_process_that_died_are_not_counted(regions):
    dead = Presence()
    async_to_sync(dead.follow)(["XR-RS-01"], "de")
    assert open_pages(["XR-RS-01"])["de"] == 1
    cache.delete(slot_key(dead.slot))  # what expiry does once the process stops renewing
    assert open_pages(["XR-RS-01"])["de"] == 0


def test_pages_that_follow_at_once_share_a_few_writes(regions, monkeypatch):
    """A reconnect storm: 300 pages subscribe at the same moment. Each is counted, and the
    cache sees a few batched writes, not one (or three) per page."""
    storm, writes = Presence(), []
    backend = type(caches["default"])
    write_many = backend.aset_many

    async def counted(self, mapping, *args, **kwargs):
        writes.append(len(mapping))
        return await write_many(self, mapping, *args, **kwargs)

    monkeypatch.setattr(backend, "aset_many", counted)

    async def reconnect():
        codes = [["XR-RS-01"], ["XR-RS-02"], [ALL_AREAS]]
        await asyncio.gather(*(storm.follow(codes[n % 3], "uk") for n in range(300)))

    async_to_sync(reconnect)()
    assert open_pages(["XR-RS-01"])["uk"] == 200  # its own and every area's
    assert 1 <= len(writes) <= 5, writes
    async_to_sync(storm.leave)(["XR-RS-01"], "uk")
    assert open_pages(["XR-RS-01"])["uk"] == 199


def test_shapes_without_regions_reach_nobody_and_say_so(regions, draft):
    draft.regions.set([])
    draft.polygons = [[[50.1, 10.1], [50.1, 10.4], [50.4, 10.4], [50.1, 10.1]]]
    draft.save()
    subscribe(regions, "XR-RS-01", "en", 1)
    estimate = reach_of(draft)
    assert (estimate.push, estimate.shapes_only) == ({}, True)


# --- The drafting form's endpoint ------------------------------------------------------------


def estimate_url():
    return reverse("alerts_reach_estimate")


@pytest.mark.parametrize("role", ROLES)
def test_only_authority_members_get_the_estimate(role, client, world, regions):  # noqa: F811
    subscribe(regions, "XR-RS-01", "fr", 1)
    params = {"regions": str(regions["XR-RS-01"].pk), "severity": "Severe", "languages": "en"}
    response = client_for(client, world[role]).post(estimate_url(), params)
    if role == "anonymous":
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    elif role == "editor":
        assert response.status_code == 403
    else:
        assert response.status_code == 200
        body = response.json()
        assert (body["total"], body["without_text"]) == (1, 1)
        assert body["languages"][0] | {"name": ""} == {
            "language": "fr",
            "name": "",
            "push": 1,
            "pages": 0,
            "has_text": False,
        }


@pytest.mark.parametrize(
    "params, reason",
    [
        ({"polygons": "[[[50.1, 10.1]"}, "polygons: not JSON"),
        ({"circles": "[[50.5, 10.5, -3]]"}, "circles: not a list of circles"),
        ({"regions": "999999"}, "unknown regions: 999999"),
        ({"regions": "XR-RS"}, "regions: ids must be whole numbers"),
        ({"severity": "Apocalyptic"}, "unknown severity: Apocalyptic"),
        ({"languages": "xx"}, "unknown languages: xx"),
    ],
)
def test_bad_input_is_refused_with_a_reason(params, reason, client, staff_member):
    response = signed_in(client, staff_member).get(estimate_url(), params)
    assert response.status_code == 400
    assert response.json() == {"error": reason}


@pytest.fixture
def staff_member(author):
    from alerts.admin.roles import authority_group

    author.groups.add(authority_group("Riverside: alerts"))
    return author


def test_the_drafting_form_carries_the_live_estimate(client, staff_member):
    html = signed_in(client, staff_member).get(reverse("alerts_alert:add")).content.decode()
    assert f'data-url="{estimate_url()}"' in html and "js/reach-estimate.js" in html


# --- Approving confirms the reach ------------------------------------------------------------


@pytest.fixture
def submitted(draft, author, approver, regions):
    from alerts.admin.roles import authority_group

    approver.groups.add(authority_group("Riverside: alerts"))
    subscribe(regions, "XR-RS-01", "en", 1)
    subscribe(regions, "XR-RS-01", "uk", 2)
    actions.submit_alert(alert=draft, user=author)
    return draft


def test_review_page_asks_the_approver_to_confirm_the_reach(client, submitted, approver):
    html = signed_in(client, approver).get(submitted.review_url).content.decode()
    sentence = (
        "This will alert about 2 devices; 1 of them reads a language this alert is not written in."
    )
    assert f'<label for="confirm-reach">{sentence}</label>' in html
    assert 'name="confirm_reach" value="1" required' in html


def test_approving_without_the_confirmation_is_refused(
    client, submitted, approver, django_capture_on_commit_callbacks
):
    client = signed_in(client, approver)
    refused = client.post(submitted.review_url, {"action": "approve"}, follow=True)
    submitted.refresh_from_db()
    assert submitted.state == AlertState.SUBMITTED
    assert "Tick the confirmation of how many devices" in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(submitted.review_url, {"action": "approve", "confirm_reach": "1"})
    submitted.refresh_from_db()
    assert submitted.state == AlertState.PUBLISHED
