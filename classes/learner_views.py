"""Learners' class pages: join with a code (with an account, or a nickname and PIN), continue as a
pseudonym on another device, see "My assignments", leave a class.

Wrong codes and wrong PINs are counted per client address (and PINs per nickname too); past the
limit the page says to wait, so codes and PINs cannot be guessed by trying many.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.core import get_usage

from classes import actions as services
from classes.exercises import exercises_of
from classes.forms import JoinCodeForm, JoinWithNicknameForm, PseudonymForm
from classes.models import Classroom, Membership
from classes.progress_grid import learner_assignments
from lessons.learners import SESSION_KEY, learner_for

WRONG_CODE_RATE = "10/m"
WRONG_PIN_RATE = "10/h"


def too_many(request, group: str, key, rate: str) -> bool:
    """Whether `key` has used up its wrong tries in `group` for now."""
    usage = get_usage(request, group=group, key=key, rate=rate)
    return usage is not None and usage["count"] >= usage["limit"]


def count_wrong(request, group: str, key, rate: str) -> None:
    get_usage(request, group=group, key=key, rate=rate, increment=True)


def slow_down(form) -> None:
    form.add_error(None, _("Too many wrong tries. Wait a few minutes, then try again."))


def join_start(request):
    """Type the class code; a right one leads to the class's join page."""
    form = JoinCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"]
        if Classroom.objects.open().filter(join_code=code).exists():
            return redirect("classes:join_class", code=code)
        return wrong_code(request, form)
    status = 400 if form.errors else 200
    return render(request, "classes/join_code.html", {"form": form}, status=status)


def wrong_code(request, form):
    count_wrong(request, "lessons.join-code", "ip", WRONG_CODE_RATE)
    if too_many(request, "lessons.join-code", "ip", WRONG_CODE_RATE):
        slow_down(form)
        return render(request, "classes/join_code.html", {"form": form}, status=429)
    form.add_error("code", _("No open class has this code. Check it with your educator."))
    return render(request, "classes/join_code.html", {"form": form}, status=404)


class TooManyTries(Exception):
    pass


def join_class(request, code: str):
    """The join page of one class (where the QR code leads)."""
    if too_many(request, "lessons.join-code", "ip", WRONG_CODE_RATE):
        form = JoinCodeForm({"code": code})
        form.is_valid()
        slow_down(form)
        return render(request, "classes/join_code.html", {"form": form}, status=429)
    classroom = Classroom.objects.open().filter(join_code=code.upper()).first()
    if classroom is None:
        return wrong_code(request, JoinCodeForm({"code": code}))
    if request.method == "POST":
        return join_post(request, classroom)
    forms = {"join_form": JoinWithNicknameForm(prefix="join"), "again_form": again_form()}
    return render(request, "classes/join.html", {"classroom": classroom, **forms})


def again_form(data=None) -> PseudonymForm:
    return PseudonymForm(data, prefix="again")


def join_post(request, classroom):
    """Join with the signed-in account, with a new nickname and PIN, or continue as one."""
    action = request.POST.get("action")
    if request.user.is_authenticated:
        services.join_with_account(classroom=classroom, user=request.user)
        return joined(request, classroom)
    forms = {"join_form": JoinWithNicknameForm(prefix="join"), "again_form": again_form()}
    status = 400
    if action == "nickname":
        form = forms["join_form"] = JoinWithNicknameForm(request.POST, prefix="join")
        if form.is_valid() and join_with_nickname(request, classroom, form):
            return joined(request, classroom)
    elif action == "continue":
        form = forms["again_form"] = again_form(request.POST)
        try:
            if form.is_valid() and continue_as(request, classroom, form):
                return joined(request, classroom)
        except TooManyTries:
            slow_down(form)
            status = 429
    context = {"classroom": classroom, **forms}
    return render(request, "classes/join.html", context, status=status)


def join_with_nickname(request, classroom, form) -> bool:
    token = learner_for(request, create=True).token
    try:
        services.join_with_nickname(classroom=classroom, token=token, **_pseudonym(form))
    except services.ClassActionRefused as refusal:
        form.add_error("nickname", str(refusal))
        return False
    return True


def pin_limits(classroom, nickname: str) -> list[tuple]:
    """Wrong PINs are limited per address, and per nickname against tries from many addresses."""
    per_name = f"{classroom.pk}:{nickname.lower()}"
    return [
        ("lessons.pin", "ip", WRONG_CODE_RATE),
        ("lessons.pin-name", lambda group, request: per_name, WRONG_PIN_RATE),
    ]


def continue_as(request, classroom, form) -> bool:
    """Sign this browser in as a class pseudonym. Raises TooManyTries past the limits."""
    pseudonym = _pseudonym(form)
    limits = pin_limits(classroom, pseudonym["nickname"])
    if any(too_many(request, *limit) for limit in limits):
        raise TooManyTries
    try:
        token = services.continue_as(
            classroom=classroom, current_token=request.session.get(SESSION_KEY, ""), **pseudonym
        )
    except services.ClassActionRefused as refusal:
        for limit in limits:
            count_wrong(request, *limit)
        form.add_error(None, str(refusal))
        return False
    request.session.cycle_key()
    request.session[SESSION_KEY] = token
    return True


def _pseudonym(form) -> dict:
    return {"nickname": form.cleaned_data["nickname"], "pin": form.cleaned_data["pin"]}


def joined(request, classroom):
    messages.success(request, _("You are in the class “%(name)s”.") % {"name": classroom.name})
    return redirect("classes:my_assignments")


def my_assignments(request):
    """What the learner's open classes ask of them, in the language they read."""
    memberships = (
        Membership.objects.of(learner_for(request))
        .filter(classroom__archived_at__isnull=True)
        .select_related("classroom")
    )
    now = timezone.now()
    classes = [
        (
            membership,
            learner_assignments(membership=membership, now=now),
            exercises_of(membership.classroom, get_language()),
        )
        for membership in memberships
    ]
    return render(request, "classes/assignments.html", {"classes": classes})


@require_POST
def leave_class(request, member_id: int):
    membership = get_object_or_404(Membership.objects.of(learner_for(request)), pk=member_id)
    services.end_membership(membership=membership)
    messages.success(
        request, _("You left the class “%(name)s”.") % {"name": membership.classroom.name}
    )
    return redirect("classes:my_assignments")
