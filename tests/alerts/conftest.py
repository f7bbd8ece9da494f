"""Alert fixtures: the demo regions, an authority with an author and an approver, a draft."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from alerts.actions import new_alert
from alerts.models import AlertInfo, Authority, AuthorityMember, Region
from tests.builders import riverland


@pytest.fixture(autouse=True)
def queued_deliveries():
    """Delivery tasks queued after commit, recorded instead of sent: with REDIS_URL set, Celery
    is not eager and nothing here runs a worker. Tests that deliver call the task directly."""
    with mock.patch("alerts.tasks.deliver_alert.delay") as delay:
        yield delay


@pytest.fixture
def regions(db):
    riverland()
    return {region.code: region for region in Region.objects.all()}


@pytest.fixture
def authority(regions) -> Authority:
    authority = Authority.objects.create(
        name="Riverside County Civil Protection", sender="alerts.riverside.test", languages="en,fr"
    )
    authority.jurisdiction.set([regions["XR-RS"]])
    return authority


def member(authority, django_user_model, username: str, *, approve: bool):
    user = django_user_model.objects.create_user(username, password="a-long-password-7")
    AuthorityMember.objects.create(
        authority=authority, user=user, can_author=True, can_approve=approve
    )
    return user


@pytest.fixture
def author(authority, django_user_model):
    return member(authority, django_user_model, "author", approve=False)


@pytest.fixture
def approver(authority, django_user_model):
    return member(authority, django_user_model, "approver", approve=True)


@pytest.fixture
def second_approver(authority, django_user_model):
    return member(authority, django_user_model, "approver2", approve=True)


def write_draft(authority, user, *, regions, languages=("en", "fr"), **info_fields):
    alert = new_alert(authority=authority, user=user)
    alert.regions.set(regions)
    alert.save()
    for language in languages:
        AlertInfo.objects.create(
            alert=alert,
            language=language,
            category="Met",
            event=f"Flood ({language})",
            urgency="Expected",
            severity="Severe",
            certainty="Likely",
            headline=f"Flood warning ({language})",
            description=f"The river rises ({language}).",
            instruction=f"Move upstairs ({language}).",
            expires=timezone.now() + timedelta(days=1),
            **info_fields,
        )
    return alert


@pytest.fixture
def draft(authority, author, regions):
    return write_draft(authority, author, regions=[regions["XR-RS-01"]])


@pytest.fixture
def staff_draft_form():
    """The admin edit form's POST data for a draft, as a browser sends it."""

    def data(alert):
        infos = list(alert.infos.all())
        form = {
            "infos-TOTAL_FORMS": str(len(infos)),
            "infos-INITIAL_FORMS": str(len(infos)),
            "infos-MIN_NUM_FORMS": "1",
            "infos-MAX_NUM_FORMS": "1000",
            "regions": [str(r.pk) for r in alert.regions.all()],
            "area_description": "",
            "polygons": "[]",
            "circles": "[]",
            "incidents": "",
            "note": "edited by the approver",
        }
        for number, info in enumerate(infos):
            prefix = f"infos-{number}-"
            form.update(
                {
                    prefix + "id": str(info.pk),
                    prefix + "ORDER": str(number + 1),
                    prefix + "DELETE": "",
                    prefix + "language": info.language,
                    prefix + "category": info.category,
                    prefix + "event": info.event,
                    prefix + "response_type": info.response_type,
                    prefix + "urgency": info.urgency,
                    prefix + "severity": info.severity,
                    prefix + "certainty": info.certainty,
                    prefix + "expires": (timezone.now() + timedelta(days=1)).strftime(
                        "%Y-%m-%d %H:%M"
                    ),
                    prefix + "headline": info.headline,
                    prefix + "description": info.description,
                    prefix + "instruction": info.instruction,
                }
            )
        return form

    return data
