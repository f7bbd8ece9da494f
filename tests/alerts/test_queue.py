"""Checks before submission, the approval queue on the dashboard, e-mail to approvers, and
times shown with their zone in the admin."""

import re
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from alerts.actions import approve_alert, submit_alert
from alerts.admin.roles import authority_group
from alerts.models import Alert, AlertInfo, AlertState, Authority
from alerts.models.text import GSM7_LIMIT, UCS2_LIMIT, broadcast_length
from tests.alerts.conftest import member, write_draft
from tests.second_factor import verified_login

FORM_FORMAT = "%Y-%m-%d %H:%M"


def signed_in(client, user):
    """`user` in the admin: the authority staff's group, a verified second factor."""
    user.groups.add(authority_group("alert staff"))
    return verified_login(client, user)


def soon(**delta) -> datetime:
    return timezone.now() + timedelta(**delta)


# Each rule: the change to the English text, and words of the error it gives.
RULES = {
    "no expiry": ({"expires": None}, "give the time the alert expires"),
    "expiry passed": (
        {"expires": datetime(2020, 1, 1, tzinfo=UTC)},
        "the expiry time has passed",
    ),
    "too short": ({"expires": soon(minutes=3)}, "an alert lasts between 5 minutes and 24 hours"),
    "too long": ({"expires": soon(hours=30)}, "an alert lasts between 5 minutes and 24 hours"),
    "too long from onset": (
        {"onset": soon(hours=-20), "expires": soon(hours=6)},
        "an alert lasts between",
    ),
    "severity differs": (
        {"severity": "Minor"},
        "Urgency, severity and certainty must be the same in every language.",
    ),
    "long GSM-7 description": (
        {"description": "a" * (GSM7_LIMIT + 1)},
        f"the description has {GSM7_LIMIT + 1} characters; at most {GSM7_LIMIT} fit",
    ),
    "long UCS-2 description": (
        {"description": "ж" * (UCS2_LIMIT + 1)},
        f"the description has {UCS2_LIMIT + 1} characters; at most {UCS2_LIMIT} fit",
    ),
}


# The form asks for urgency, severity and certainty once, so only the other rules can fail there.
FORM_RULES = [rule for rule in RULES if rule != "severity differs"]


@pytest.mark.parametrize("rule", FORM_RULES)
def test_each_rule_is_a_form_error_when_a_draft_is_saved(
    client, staff_draft_form, draft, author, rule
):
    changes, error = RULES[rule]
    form = staff_draft_form(draft)
    for field, value in changes.items():
        form[f"infos-0-{field}"] = (
            value.strftime(FORM_FORMAT) if isinstance(value, datetime) else (value or "")
        )
    response = signed_in(client, author).post(draft.edit_url, form)
    assert response.status_code == 200
    assert error in response.content.decode().replace("&#x27;", "'")
    assert not Alert.objects.get(pk=draft.pk).events.filter(action="edit").exists()


def test_the_form_sets_urgency_severity_and_certainty_once_for_every_language(
    client, staff_draft_form, draft, author
):
    AlertInfo.objects.filter(alert=draft, language="fr").update(severity="Minor")
    form = staff_draft_form(draft)
    html = signed_in(client, author).get(draft.edit_url).content.decode()
    assert html.count('name="severity"') == 1 and 'name="infos-0-severity"' not in html
    form["severity"] = "Extreme"
    assert signed_in(client, author).post(draft.edit_url, form).status_code == 302
    assert set(draft.infos.values_list("severity", flat=True)) == {"Extreme"}


def test_a_new_severity_alone_reaches_the_languages_whose_text_is_unchanged(
    client, staff_draft_form, draft, author
):
    expires = soon(hours=12).replace(second=0, microsecond=0)
    AlertInfo.objects.filter(alert=draft).update(expires=expires)
    form = staff_draft_form(draft)
    for number in range(draft.infos.count()):
        form[f"infos-{number}-expires"] = expires.strftime(FORM_FORMAT)
    form["severity"] = "Extreme"
    assert signed_in(client, author).post(draft.edit_url, form).status_code == 302
    assert set(draft.infos.values_list("severity", flat=True)) == {"Extreme"}


@pytest.mark.parametrize("rule", RULES)
def test_each_rule_refuses_submission(draft, author, rule):
    changes, error = RULES[rule]
    AlertInfo.objects.filter(alert=draft, language="en").update(**changes)
    with pytest.raises(ValidationError) as refused:
        submit_alert(alert=draft, user=author)
    assert any(error in message for message in refused.value.messages)
    assert Alert.objects.get(pk=draft.pk).state == AlertState.DRAFT


def test_approval_is_refused_once_the_expiry_has_passed(draft, author, approver):
    AlertInfo.objects.filter(alert=draft).update(expires=soon(minutes=30))
    submit_alert(alert=draft, user=author)
    later = timezone.now() + timedelta(hours=1)
    with (
        mock.patch("alerts.actions.rules.timezone.now", return_value=later),
        pytest.raises(ValidationError, match="the expiry time has passed"),
    ):
        approve_alert(alert=draft, user=approver)
    assert Alert.objects.get(pk=draft.pk).state == AlertState.SUBMITTED


def test_the_bounds_come_from_the_settings(settings, draft, author):
    settings.ALERT_MAX_DURATION = timedelta(hours=2)
    AlertInfo.objects.filter(alert=draft).update(expires=soon(hours=3))
    with pytest.raises(ValidationError, match="between 5 minutes and 2 hours"):
        submit_alert(alert=draft, user=author)


def test_broadcast_length_counts_gsm7_extensions_twice_and_anything_else_as_ucs2():
    assert broadcast_length("Flood [level 3] €") == (20, GSM7_LIMIT)
    assert broadcast_length("Élevé: évacuez") == (14, GSM7_LIMIT)
    assert broadcast_length("Повінь") == (6, UCS2_LIMIT)
    assert broadcast_length("Flood 🌊") == (8, UCS2_LIMIT)


def test_the_form_counts_characters_with_the_servers_alphabet(client, draft, author):
    html = signed_in(client, author).get(draft.edit_url).content.decode()
    assert "js/broadcast-count.js" in html
    assert 'data-gsm7-extension="&quot;\\f^{}\\\\[~]|\\u20ac&quot;"' in html
    assert f'data-gsm7-limit="{GSM7_LIMIT}"' in html and f'data-ucs2-limit="{UCS2_LIMIT}"' in html


# --- The approval queue ------------------------------------------------------------------------


def dashboard(client, user) -> str:
    return signed_in(client, user).get(reverse("wagtailadmin_home")).content.decode()


def test_approvers_see_what_waits_for_them_with_how_long(client, draft, author, approver):
    submit_alert(alert=draft, user=author)
    Alert.objects.filter(pk=draft.pk).update(updated_at=timezone.now() - timedelta(minutes=12))
    html = dashboard(client, approver)
    assert "Waiting for your approval" in html
    assert draft.review_url in html and "12\xa0minutes" in html
    assert "(1 waiting)" in html


def test_authors_see_their_drafts_and_not_their_own_submissions_to_approve(
    client, authority, approver, regions
):
    own = write_draft(authority, approver, regions=[regions["XR-RS-01"]])
    html = dashboard(client, approver)
    assert "Your drafts and rejected messages" in html and own.review_url in html
    submit_alert(alert=own, user=approver)
    html = dashboard(client, approver)
    assert "Waiting for your approval" not in html and own.review_url not in html


def test_members_of_another_authority_see_no_queue(
    client, draft, author, django_user_model, regions
):
    submit_alert(alert=draft, user=author)
    other = Authority.objects.create(name="Hillside", sender="alerts.hillside.test")
    other.jurisdiction.set([regions["XR-HL"]])
    outsider = member(other, django_user_model, "hillside", approve=True)
    html = dashboard(client, outsider)
    assert "Waiting for your approval" not in html and draft.review_url not in html


def test_submitting_mails_the_authoritys_approvers_only(
    draft,
    author,
    approver,
    second_approver,
    django_user_model,
    regions,
    django_capture_on_commit_callbacks,
):
    other = Authority.objects.create(name="Hillside", sender="alerts.hillside.test")
    outsider = member(other, django_user_model, "hillside", approve=True)
    for user in (author, approver, second_approver, outsider):
        user.email = f"{user.username}@example.test"
        user.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        submit_alert(alert=draft, user=author)
    assert sorted(m.to[0] for m in mail.outbox) == [
        "approver2@example.test",
        "approver@example.test",
    ]
    sent = mail.outbox[0]
    assert "Flood warning (en)" in sent.subject
    assert "http://127.0.0.1:8000" + draft.review_url in sent.body
    assert "The river rises" not in sent.body and "Move upstairs" not in sent.body


# --- Times -------------------------------------------------------------------------------------


def test_the_list_shows_when_a_message_was_sent_in_its_zone(client, draft, author):
    Alert.objects.filter(pk=draft.pk).update(sent=datetime(2026, 11, 30, 12, tzinfo=UTC))
    html = signed_in(client, author).get(reverse("alerts_alert:index")).content.decode()
    assert re.search(r"Nov 30, 2026, 1:00\W+PM CET", html)  # 12:00 UTC in Europe/Berlin
