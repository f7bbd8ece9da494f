"""Educators' pages: their classes, one class's dashboard and the actions on it, CSV export.

Every class is looked up among the signed-in educator's own classes, so another educator's class
answers 404 whatever its id.
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from classes import actions as services
from classes.educators import educator_required
from classes.exercises import described, exercises_of
from classes.export import class_csv
from classes.forms import AssignmentDatesForm, AssignmentForm, ClassForm
from classes.models import ClassExercise, Classroom
from classes.progress_grid import class_grid, question_stats


def own_class(request, pk: int) -> Classroom:
    return get_object_or_404(Classroom.objects.owned_by(request.user), pk=pk)


@educator_required
def class_list(request):
    classes = Classroom.objects.owned_by(request.user)
    return render(request, "classes/list.html", {"classes": classes})


@educator_required
def class_create(request):
    form = ClassForm(request.POST or None, initial={"language": get_language()})
    if request.method == "POST" and form.is_valid():
        classroom = services.create_class(owner=request.user, **form.cleaned_data)
        messages.success(request, _("Your class is ready. Share its code with your learners."))
        return redirect(classroom)
    status = 400 if form.errors else 200
    return render(request, "classes/create.html", {"form": form}, status=status)


@educator_required
def class_dashboard(request, pk: int):
    classroom = own_class(request, pk)
    today = classroom.day_of(timezone.now())
    form = AssignmentForm(initial={"available_from": today})
    return render_dashboard(request, classroom, form)


def render_dashboard(request, classroom, form, status=200):
    context = {
        "classroom": classroom,
        "join_url": request.build_absolute_uri(classroom.get_join_path()),
        "grid": class_grid(classroom=classroom),
        "stats": question_stats(classroom=classroom),
        "form": form,
        "exercises": exercises_of(classroom, get_language()),
        "exercise_choices": described(None, get_language()),
    }
    return render(request, "classes/dashboard.html", context, status=status)


@require_POST
@educator_required
def class_assign(request, pk: int):
    classroom = own_class(request, pk)
    form = AssignmentForm(request.POST)
    if classroom.is_archived:
        form.add_error(None, _("This class is archived: it takes no new assignments."))
    elif form.is_valid():
        try:
            services.assign(classroom=classroom, **form.cleaned_data)
        except services.ClassActionRefused as refusal:
            form.add_error("page", str(refusal))
        else:
            messages.success(request, _("Assigned."))
            return redirect(classroom)
    return render_dashboard(request, classroom, form, status=400)


@educator_required
def class_reschedule(request, pk: int, assignment_id: int):
    classroom = own_class(request, pk)
    assignment = get_object_or_404(classroom.assignments, pk=assignment_id)
    dates = ("available_from", "due_on", "cut_off_on")
    form = AssignmentDatesForm(
        request.POST or None, initial={name: getattr(assignment, name) for name in dates}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.reschedule(assignment=assignment, **form.cleaned_data)
        except services.ClassActionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("The dates were changed."))
            return redirect(classroom)
    context = {"classroom": classroom, "assignment": assignment, "form": form}
    status = 400 if form.errors else 200
    return render(request, "classes/reschedule.html", context, status=status)


@require_POST
@educator_required
def class_unassign(request, pk: int, assignment_id: int):
    classroom = own_class(request, pk)
    services.unassign(assignment=get_object_or_404(classroom.assignments, pk=assignment_id))
    messages.success(request, _("The assignment was removed. Learners keep their work."))
    return redirect(classroom)


@require_POST
@educator_required
def class_remove_member(request, pk: int, member_id: int):
    classroom = own_class(request, pk)
    membership = get_object_or_404(classroom.members, pk=member_id)
    services.end_membership(membership=membership)
    messages.success(
        request, _("%(name)s was removed from the class.") % {"name": membership.display_name}
    )
    return redirect(classroom)


@require_POST
@educator_required
def class_new_code(request, pk: int):
    classroom = own_class(request, pk)
    code = services.regenerate_join_code(classroom=classroom)
    messages.success(
        request, _("New code: %(code)s. The old code no longer works.") % {"code": code}
    )
    return redirect(classroom)


@require_POST
@educator_required
def class_archive(request, pk: int):
    classroom = own_class(request, pk)
    services.archive_class(classroom=classroom)
    messages.success(request, _("The class is archived. Its results stay here."))
    return redirect(classroom)


@require_POST
@educator_required
def class_restore(request, pk: int):
    classroom = own_class(request, pk)
    services.restore_class(classroom=classroom)
    messages.success(request, _("The class is open again, with the same join code."))
    return redirect(classroom)


@educator_required
def class_export(request, pk: int):
    classroom = own_class(request, pk)
    text = class_csv(classroom=classroom, grid=class_grid(classroom=classroom))
    response = HttpResponse(text.encode("utf-8"), content_type="text/csv; charset=utf-8")
    filename = f"{slugify(classroom.name) or 'class'}-results.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_POST
@educator_required
def class_assign_exercise(request, pk: int):
    """Let the class take part in an alert exercise (one of those listed; else a 400)."""
    classroom = own_class(request, pk)
    try:
        services.assign_exercise(classroom=classroom, identifier=request.POST.get("exercise", ""))
    except services.ClassActionRefused as refusal:
        messages.error(request, str(refusal))
        return render_dashboard(request, classroom, AssignmentForm(), status=400)
    messages.success(request, _("Assigned."))
    return redirect(classroom)


@require_POST
@educator_required
def class_unassign_exercise(request, pk: int, exercise_id: int):
    classroom = own_class(request, pk)
    get_object_or_404(ClassExercise, classroom=classroom, pk=exercise_id).delete()
    return redirect(classroom)
