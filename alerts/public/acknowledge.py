"""`/alerts/exercises/<identifier>/ack`: the one-tap "I received this" of an exercise.

Anyone may use it, without an account or cookie (a page or a service worker), for a published
Exercise message only (anything else is a 404). JSON in: `device` (the random token the device
keeps, 16-64 URL-safe characters), `channel` ("page" or "push"), optionally `region` (a code the
device follows, which the message concerns) and `answer` (the index of a choice). Once per
device: sent again it changes nothing but an answer not given yet (200 instead of 201). Every
refusal is a 400 with a reason; rate-limited per client address. Nothing identifying is kept.
"""

import re

from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from alerts import actions
from alerts.delivery.webpush.views import Invalid, json_body
from alerts.models import Alert, Channel, Exercise, Region

DEVICE_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


def checked(body: dict, exercise: Exercise) -> dict:
    token, channel = body.get("device"), body.get("channel")
    if not isinstance(token, str) or not DEVICE_TOKEN.fullmatch(token):
        raise Invalid("device must be a random token of 16 to 64 URL-safe characters")
    if channel not in Channel.values:
        raise Invalid("channel must be one of " + ", ".join(Channel.values))
    answer = body.get("answer")
    if answer is not None and (not isinstance(answer, int) or isinstance(answer, bool)):
        raise Invalid("answer must be the number of a choice")
    return {
        "token": token,
        "channel": channel,
        "region": region_of(body, exercise),
        "answer": answer,
    }


def region_of(body: dict, exercise: Exercise) -> Region | None:
    code = body.get("region")
    if code is None:
        return None
    concerned = Region.objects.filter(pk__in=exercise.alert.regions.all()).with_relatives()
    region = concerned.filter(code=code).first() if isinstance(code, str) else None
    if region is None:
        raise Invalid("region must be the code of a place this exercise concerns")
    return region


@csrf_exempt  # JSON only: a cross-site form cannot send it without a CORS preflight
@require_POST
@ratelimit(key="ip", rate="30/m", block=True)
def acknowledge(request, identifier: str):
    exercise = (
        Exercise.objects.select_related("alert")
        .filter(alert__in=Alert.objects.public(), alert__identifier=identifier.replace("\x00", ""))
        .first()
    )
    if exercise is None:
        return JsonResponse({"error": "no such exercise"}, status=404)
    try:
        ack, new = actions.acknowledge(exercise=exercise, **checked(json_body(request), exercise))
    except Invalid as error:
        return JsonResponse({"error": str(error)}, status=400)
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=400)
    return JsonResponse(
        {
            "acknowledged": True,
            "delay_seconds": ack.delay_seconds,
            "answered": ack.answer is not None,
        },
        status=201 if new else 200,
    )
