"""The household plan: the page, the account copy behind /api/plan.json, and its strict shape."""

import json

import pytest
from django.conf import settings
from django.test import Client

from readiness.models import HouseholdPlan
from readiness.plan_schema import MAX_BYTES, MAX_MEMBERS

pytestmark = pytest.mark.django_db

PLAN = {
    "version": 1,
    "members": [
        {"name": "Ann", "kind": "adult", "needs": ["medication"], "note": "Insulin, keep cool"},
        {"name": "Ben", "kind": "child", "needs": [], "note": ""},
        {"name": "Rex", "kind": "pet", "needs": [], "note": "Dog food"},
    ],
    "meeting_near": "The oak tree in front of the house",
    "meeting_away": "Millbrook library",
    "contact_name": "Aunt Carla",
    "contact_phone": "+49 30 1234567",
    "shutoff_water": "Cellar, left of the stairs",
    "shutoff_gas": "",
    "shutoff_electricity": "Fuse box in the hall",
    "documents": "Red folder in the desk; copies with Aunt Carla",
    "kit": {"water": True, "radio": True},
    "actions": {"alerts": "done", "plan": "done", "supplies": "planned"},
}


@pytest.fixture
def citizen(django_user_model):
    return django_user_model.objects.create_user("citizen", password="a-long-password-7")


def put(client, body, **headers):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.put("/api/plan.json", data, content_type="application/json", **headers)


def test_the_plan_page_is_the_same_for_everyone_in_every_language(client, home):
    for code, _name in settings.LANGUAGES:
        page = client.get(f"/{code}/plan/")
        assert page.status_code == 200, code
        assert f'<html lang="{code}"' in page.content.decode()
        assert b"data-plan-form" in page.content and b"js/plan.js" in page.content


def test_anonymous_visitors_cannot_use_the_account_copy(client):
    assert client.get("/api/plan.json").status_code == 403
    assert put(client, PLAN).status_code == 403
    assert not HouseholdPlan.objects.exists()


def test_a_signed_in_citizen_keeps_the_plan_on_the_account(client, citizen):
    client.force_login(citizen)
    assert client.get("/api/plan.json").json() == {"plan": None, "updated_at": None}
    saved = put(client, PLAN)
    assert saved.status_code == 200
    assert client.get("/api/plan.json").json()["plan"]["members"][0]["name"] == "Ann"
    assert HouseholdPlan.objects.get(user=citizen).data["actions"]["supplies"] == "planned"


def test_each_account_sees_only_its_own_plan(client, citizen, django_user_model):
    client.force_login(citizen)
    put(client, PLAN)
    other = Client()
    other.force_login(django_user_model.objects.create_user("other", password="x-long-pass-9"))
    assert other.get("/api/plan.json").json()["plan"] is None


def test_saving_needs_the_csrf_token(citizen):
    client = Client(enforce_csrf_checks=True)
    client.force_login(citizen)
    assert put(client, PLAN).status_code == 403
    client.get("/en/plan/")
    token = client.cookies["csrftoken"].value
    assert put(client, PLAN, HTTP_X_CSRFTOKEN=token).status_code == 200


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("not json", "not JSON"),
        ("[]", "plan must be an object"),
        ({**PLAN, "owner": "me"}, "unknown field owner"),
        ({**PLAN, "version": 2}, "version must be 1"),
        ({**PLAN, "meeting_near": 5}, "meeting_near must be text"),
        ({**PLAN, "contact_name": "x" * 81}, "contact_name longer than 80"),
        ({**PLAN, "members": [{"name": "A", "kind": "robot"}]}, "kind must be one of"),
        ({**PLAN, "members": [{"name": "A", "age": 4}]}, "must have only name"),
        ({**PLAN, "members": [{"needs": ["wings"]}]}, "needs must be a list of"),
        ({**PLAN, "members": [{}] * (MAX_MEMBERS + 1)}, f"at most {MAX_MEMBERS} members"),
        ({**PLAN, "kit": {"yacht": True}}, "kit: unknown key yacht"),
        ({**PLAN, "kit": {"radio": "yes"}}, "kit: radio must be one of"),
        ({**PLAN, "actions": {"plan": "someday"}}, "actions: plan must be one of"),
        ({**PLAN, "documents": "\ud800"}, "valid Unicode"),
        ({**PLAN, "documents": "a\x00b"}, "NUL"),
        ("x" * (MAX_BYTES + 1), f"larger than {MAX_BYTES}"),
    ],
)
def test_bad_plans_are_refused_with_a_reason_and_nothing_changes(client, citizen, body, reason):
    client.force_login(citizen)
    put(client, PLAN)
    if isinstance(body, dict):
        body = json.dumps(body)
    answer = put(client, body)
    assert answer.status_code == 400
    assert reason in answer.json()["error"]
    assert HouseholdPlan.objects.get(user=citizen).data["members"][0]["name"] == "Ann"


def test_other_methods_are_not_allowed(client, citizen):
    client.force_login(citizen)
    assert client.post("/api/plan.json", PLAN, content_type="application/json").status_code == 405
    assert client.delete("/api/plan.json").status_code == 405
