"""Regressions of the integrity review: frozen messages, exercise mode, four-eyes by authorship,
the audience gate, imports that cannot act for others, and the append-only history."""

from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from alerts import actions
from alerts.admin.roles import authority_group
from alerts.delivery.live.broadcast import broadcast_alert
from alerts.delivery.webpush.plan import plan_push
from alerts.models import Alert, AlertEvent, AlertInfo, AlertState, AppendOnly
from alerts.models.messages import FrozenMessage
from tests.alerts.conftest import write_draft
from tests.alerts.test_admin import signed_in
from tests.builders import push_subscription

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).parent / "samples"
WARNING = SAMPLES / "flood_warning_en_fr.xml"


@pytest.fixture(autouse=True)
def admin_access(author, approver, second_approver):
    group = authority_group("Riverside: alerts")
    for user in (author, approver, second_approver):
        user.groups.add(group)


def publish(alert, author, approver, capture):
    actions.submit_alert(alert=alert, user=author)
    with capture(execute=True):
        return actions.approve_alert(alert=alert, user=approver)


# --- Frozen content ----------------------------------------------------------------------------


def test_submitted_and_published_content_cannot_change_through_the_models(
    draft, author, approver, django_capture_on_commit_callbacks
):
    actions.submit_alert(alert=draft, user=author)
    info = draft.infos.get(language="en")
    info.headline = "Changed after submission"
    with pytest.raises(FrozenMessage):
        info.save()
    with pytest.raises(FrozenMessage):
        AlertInfo(alert=draft, language="de", category="Met", headline="x").save()
    draft.note = "changed"
    with pytest.raises(FrozenMessage):
        draft.save()
    published = Alert.objects.get(pk=draft.pk)
    with django_capture_on_commit_callbacks(execute=True):
        actions.approve_alert(alert=published, user=approver)
    with pytest.raises(FrozenMessage):
        published.infos.get(language="fr").delete()
    assert published.infos.get(language="en").headline == "Flood warning (en)"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL trigger")
def test_postgresql_refuses_changes_that_bypass_the_models(draft, author):
    actions.submit_alert(alert=draft, user=author)
    for statement in (
        lambda: AlertInfo.objects.filter(alert=draft).update(headline="Changed"),
        lambda: Alert.objects.filter(pk=draft.pk).update(area_description="Everywhere"),
        lambda: draft.regions.through.objects.filter(alert=draft).delete(),
    ):
        with pytest.raises(DatabaseError), transaction.atomic():
            statement()
    assert draft.infos.get(language="en").headline == "Flood warning (en)"


def test_editing_a_submitted_message_through_the_action_is_refused(client, draft, author):
    actions.submit_alert(alert=draft, user=author)
    response = signed_in(client, author).post(draft.edit_url, {"note": "changed"})
    assert response["Location"] == draft.review_url
    assert Alert.objects.get(pk=draft.pk).note == ""


# --- Four-eyes by authorship -------------------------------------------------------------------


def test_an_approver_who_wrote_the_draft_cannot_approve_it(
    authority, approver, second_approver, regions
):
    written_by_approver = write_draft(authority, approver, regions=[regions["XR-RS-01"]])
    actions.submit_alert(alert=written_by_approver, user=second_approver)
    with pytest.raises(PermissionDenied):
        actions.approve_alert(alert=written_by_approver, user=approver)
    with pytest.raises(PermissionDenied):
        actions.reject_alert(alert=written_by_approver, user=approver, reason="mine")
    assert Alert.objects.get(pk=written_by_approver.pk).state == AlertState.SUBMITTED


def test_an_approver_who_edited_the_draft_cannot_approve_it(
    client, staff_draft_form, draft, author, approver, second_approver
):
    response = signed_in(client, approver).post(draft.edit_url, staff_draft_form(draft))
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert draft.events.filter(action="edit", actor=approver).exists()
    actions.submit_alert(alert=draft, user=author)
    with pytest.raises(PermissionDenied):
        actions.approve_alert(alert=draft, user=approver)
    actions.approve_alert(alert=draft, user=second_approver)


# --- Exercise mode -----------------------------------------------------------------------------


def test_a_draft_from_before_exercise_mode_goes_out_as_an_exercise(
    draft, author, approver, authority, django_capture_on_commit_callbacks
):
    assert draft.status == "Actual"
    actions.set_exercise_mode(authority=authority, user=approver, on=True)
    published = publish(draft, author, approver, django_capture_on_commit_callbacks)
    assert Alert.objects.get(pk=published.pk).status == "Exercise"


def test_no_follow_up_of_a_real_alert_is_published_in_exercise_mode(
    draft, author, approver, second_approver, authority, django_capture_on_commit_callbacks
):
    real = publish(draft, author, approver, django_capture_on_commit_callbacks)
    actions.set_exercise_mode(authority=authority, user=approver, on=True)
    for kind in ("update", "allclear"):
        follow_up = actions.start_follow_up(alert=real, user=author, kind=kind)
        actions.submit_alert(alert=follow_up, user=author)
        with pytest.raises(ValidationError, match="exercise mode"):
            actions.approve_alert(alert=follow_up, user=second_approver)
        assert Alert.objects.get(pk=follow_up.pk).state == AlertState.SUBMITTED
    assert not Alert.objects.filter(state=AlertState.PUBLISHED, status="Actual").exclude(pk=real.pk)


def test_an_exercise_written_in_exercise_mode_never_becomes_actual(
    authority, author, approver, regions, django_capture_on_commit_callbacks
):
    actions.set_exercise_mode(authority=authority, user=approver, on=True)
    drill = write_draft(authority, author, regions=[regions["XR-RS-01"]])
    actions.set_exercise_mode(authority=authority, user=approver, on=False)
    assert publish(drill, author, approver, django_capture_on_commit_callbacks).is_exercise


def test_only_an_approver_switches_exercise_mode_and_it_is_recorded(authority, author, approver):
    actions.set_exercise_mode(authority=authority, user=approver, on=True)
    with pytest.raises(PermissionDenied):
        actions.set_exercise_mode(authority=authority, user=author, on=False)
    authority.refresh_from_db()
    assert authority.exercise_mode
    (event,) = AlertEvent.objects.filter(authority=authority, alert=None)
    assert (event.action, event.actor) == ("exercise_on", approver)


# --- Approve and publish over HTTP -------------------------------------------------------------


def test_approving_reports_the_published_state(client, draft, author, approver):
    actions.submit_alert(alert=draft, user=author)
    response = signed_in(client, approver).post(
        draft.review_url, {"action": "approve", "confirm_reach": "1"}, follow=True
    )
    html = response.content.decode()
    assert "Done: Published." in html and "Waiting for approval." not in html


# --- One audience gate -------------------------------------------------------------------------


def test_a_test_message_reaches_no_public_channel(
    client, fake_push, draft, author, approver, django_capture_on_commit_callbacks
):
    draft.status = "Test"
    draft.save()
    push_subscription(fake_push, "town", regions=["XR-RS-01"])
    test_message = publish(draft, author, approver, django_capture_on_commit_callbacks)
    assert test_message.is_published
    headline = "Flood warning (en)"
    assert headline not in client.get(reverse("alerts:active")).content.decode()
    assert client.get(test_message.get_absolute_url()).status_code == 404
    assert client.get(f"/alerts/cap/{test_message.identifier}.xml").status_code == 404
    assert client.get("/api/alerts/active.json").json() == {"alerts": []}
    assert headline not in client.get("/alerts/feed.atom").content.decode()
    assert broadcast_alert(test_message) == []
    assert list(plan_push(test_message)) == []


# --- Imports belong to their sender ------------------------------------------------------------


def cap_document(*, sender, identifier, msg_type="Alert", references="", headline="Flood"):
    refs = f"<references>{references}</references>" if references else ""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>{identifier}</identifier><sender>{sender}</sender>
  <sent>2026-11-29T08:30:00+01:00</sent><status>Actual</status><msgType>{msg_type}</msgType>
  <scope>Public</scope>{refs}
  <info><language>en</language><category>Met</category><event>Flood</event>
    <urgency>Expected</urgency><severity>Severe</severity><certainty>Likely</certainty>
    <headline>{headline}</headline><description>River rising.</description>
    <area><areaDesc>Riverbank</areaDesc></area></info>
</alert>""".encode()


def import_bytes(tmp_path, name: str, document: bytes):
    path = tmp_path / name
    path.write_bytes(document)
    call_command("import_cap", str(path))


def test_a_cancel_from_another_sender_does_not_cancel_a_local_alert(
    tmp_path, draft, author, approver, django_capture_on_commit_callbacks
):
    local = publish(draft, author, approver, django_capture_on_commit_callbacks)
    reference = f"{local.sender},{local.identifier},{local.sent.isoformat()}"
    forged = cap_document(
        sender="pranks@elsewhere.example",
        identifier="X-1",
        msg_type="Cancel",
        references=reference,
    )
    import_bytes(tmp_path, "forged.xml", forged)
    assert Alert.objects.active().filter(pk=local.pk).exists()
    assert Alert.objects.get(identifier="X-1").references.count() == 0


def test_an_import_may_not_carry_a_local_authoritys_sender(tmp_path, authority):
    forged = cap_document(sender=authority.sender, identifier="FAKE-1")
    with pytest.raises(CommandError, match="local authority"):
        import_bytes(tmp_path, "forged.xml", forged)
    assert not Alert.objects.filter(identifier="FAKE-1").exists()


def test_a_colliding_identifier_is_skipped_and_the_rest_imports(tmp_path):
    import_bytes(tmp_path, "a.xml", cap_document(sender="a@upstream.example", identifier="ID-1"))
    with pytest.raises(CommandError, match="already used by another sender"):
        import_bytes(
            tmp_path, "b.xml", cap_document(sender="b@upstream.example", identifier="ID-1")
        )
    import_bytes(tmp_path, "c.xml", cap_document(sender="b@upstream.example", identifier="ID-2"))
    assert sorted(Alert.objects.values_list("sender", "identifier")) == [
        ("a@upstream.example", "ID-1"),
        ("b@upstream.example", "ID-2"),
    ]


def test_a_trusted_aggregator_may_cancel_another_upstream_message(tmp_path, settings):
    settings.CAP_TRUSTED_SENDERS = ["national@aggregator.example"]
    import_bytes(tmp_path, "a.xml", cap_document(sender="a@upstream.example", identifier="A-1"))
    reference = "a@upstream.example,A-1,2026-11-29T08:30:00+01:00"
    for sender, identifier in (
        ("b@upstream.example", "B-1"),
        ("national@aggregator.example", "N-1"),
    ):
        cancel = cap_document(
            sender=sender, identifier=identifier, msg_type="Cancel", references=reference
        )
        import_bytes(tmp_path, f"{identifier}.xml", cancel)
    assert Alert.objects.get(identifier="A-1").superseded_by.identifier == "N-1"


def test_imports_are_held_to_the_same_sizes_and_lose_bidi_controls(tmp_path):
    """CAP sets no length on a headline: an overlong one is shortened to the field's size, and
    the note says so, beside the original document kept as received."""
    long_document = cap_document(sender="a@upstream.example", identifier="L-1", headline="x" * 5000)
    import_bytes(tmp_path, "long.xml", long_document)
    long = Alert.objects.get(identifier="L-1")
    assert long.infos.get().headline == "x" * 159 + "…"
    assert "headline shortened to 160 characters" in long.received.notes
    assert bytes(long.received.document) == long_document
    import_bytes(
        tmp_path,
        "bidi.xml",
        cap_document(
            sender="a@upstream.example", identifier="B-1", headline="Evacuate \u202enrael\u202c"
        ),
    )
    assert Alert.objects.get(identifier="B-1").infos.get().headline == "Evacuate nrael"


def test_an_import_publishes_through_the_one_action_and_is_recorded(tmp_path):
    call_command("import_cap", str(WARNING))
    alert = Alert.objects.get()
    (event,) = alert.events.all()
    assert (event.action, event.to_state, event.actor) == ("import", "published", None)
    assert "alerts@hydro-rhine.example.ch" in event.actor_label
    assert not hasattr(alert, "delivery")  # a file import is shown only, never delivered


# --- Texts and areas ---------------------------------------------------------------------------


def test_bidi_controls_are_stripped_from_drafts_and_nan_areas_refused(draft, author):
    info = draft.infos.get(language="en")
    info.headline = "Go to \u202eexit B\u202c now"
    info.full_clean()
    assert info.headline == "Go to exit B now"
    draft.polygons = [[[float("nan"), 10.1], [50.1, 10.4], [50.4, 10.4], [50.1, 10.1]]]
    with pytest.raises(ValidationError, match="numbers on Earth"):
        draft.full_clean(exclude=["authority", "references", "regions", "superseded_by"])


# --- The history is append-only ----------------------------------------------------------------


def test_events_cannot_be_changed_or_deleted(draft, author):
    actions.submit_alert(alert=draft, user=author)
    event = AlertEvent.objects.get(alert=draft)
    event.to_state = "published"
    for attempt in (
        event.save,
        event.delete,
        lambda: AlertEvent.objects.update(to_state="x"),
        AlertEvent.objects.all().delete,
    ):
        with pytest.raises(AppendOnly):
            attempt()
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("UPDATE alerts_alertevent SET to_state = 'x'")
    assert AlertEvent.objects.get(pk=event.pk).to_state == "submitted"


def test_the_review_page_shows_what_was_approved(
    client, draft, author, approver, django_capture_on_commit_callbacks
):
    publish(draft, author, approver, django_capture_on_commit_callbacks)
    html = signed_in(client, author).get(draft.review_url).content.decode()
    approved = AlertEvent.objects.get(alert=draft, action="approve")
    assert approved.content_hash[:16] in html and "Approved and published" in html


def test_an_admin_polygon_with_nan_is_a_form_error(client, staff_draft_form, draft, author):
    form = staff_draft_form(draft)
    form["polygons"] = "[[[NaN, 10.1], [50.1, 10.4], [50.4, 10.4], [NaN, 10.1]]]"
    response = signed_in(client, author).post(draft.edit_url, form)
    assert response.status_code == 200 and "numbers on Earth" in response.content.decode()
    assert Alert.objects.get(pk=draft.pk).polygons == []


def test_a_draft_saved_outside_the_jurisdiction_is_refused(
    client, staff_draft_form, draft, author, regions
):
    form = staff_draft_form(draft)
    form["regions"] = [str(regions["XR-HL-01"].pk)]
    response = signed_in(client, author).post(draft.edit_url, form)
    # The picker offers only the jurisdiction's regions; anything else is not a choice.
    assert response.status_code == 200 and "not one of the available" in response.content.decode()
    assert list(Alert.objects.get(pk=draft.pk).regions.all()) == [regions["XR-RS-01"]]
