"""The anonymous self-check: counted per week and region-level place, nothing else kept."""

from datetime import date

import pytest
from django.core.cache import cache

from readiness.models import SelfCheckAnswerCount, SelfCheckTally
from readiness.preparedness import ACTIONS
from readiness.services import record_self_check

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


def answers(**chosen) -> dict:
    return {action: chosen.get(action, "no") for action in ACTIONS}


def test_the_form_lists_the_twelve_actions_and_region_level_places(client, regions):
    page = client.get("/en/readiness/check/").content.decode()
    assert page.count('type="radio"') == 36
    assert "Riverside County" in page and "Highland County" in page
    assert "Millbrook" not in page  # towns are below region level


def test_a_check_adds_to_the_counts_of_its_week_and_region(client, regions):
    sent = client.post(
        "/en/readiness/check/", {**answers(plan="done", supplies="planned"), "place": "XR-RS"}
    )
    assert sent.status_code == 200
    assert "1 of the 12 actions" in sent.content.decode()
    tally = SelfCheckTally.objects.get()
    assert (tally.region_code, tally.checks, tally.demo) == ("XR-RS", 1, False)
    assert tally.week.weekday() == 0  # the week, not the day
    counted = set(SelfCheckAnswerCount.objects.values_list("action", "state", "count"))
    assert counted == {("plan", "done", 1), ("supplies", "planned", 1)}


def test_no_place_is_counted_apart(client, regions):
    client.post("/en/readiness/check/", answers(alerts="done"))
    assert SelfCheckTally.objects.get().region_code == ""


def test_a_town_is_counted_in_its_region_and_a_country_as_no_place(regions):
    day = date(2026, 11, 26)  # a Thursday
    record_self_check(answers={}, region=regions["XR-RS-02"], day=day)
    record_self_check(answers={}, region=regions["XR"], day=day)
    assert set(SelfCheckTally.objects.values_list("week", "region_code")) == {
        (date(2026, 11, 23), "XR-RS"),
        (date(2026, 11, 23), ""),
    }


@pytest.mark.parametrize(
    "form",
    [
        {**answers(), "plan": "maybe"},
        {**answers(), "place": "XR-RS-01"},
        {**answers(), "place": "NOWHERE"},
        {key: value for key, value in answers().items() if key != "insurance"},
        {**answers(), "place": "XR-RS\x00"},
        {},
    ],
)
def test_bad_answers_are_shown_as_errors_and_nothing_is_counted(client, regions, form):
    sent = client.post("/en/readiness/check/", form)
    assert sent.status_code == 200
    assert "Some answers need your attention." in sent.content.decode()
    assert not SelfCheckTally.objects.exists()


def test_self_checks_are_rate_limited_per_address(client, regions):
    codes = [client.post("/en/readiness/check/", answers()).status_code for _n in range(11)]
    assert codes == [200] * 10 + [429]
    assert SelfCheckTally.objects.get().checks == 10
