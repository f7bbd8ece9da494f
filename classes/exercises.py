"""Alert exercises a class takes part in, described by the alerts app through its
`beacon_exercises` hook (the learning apps do not import alerts): title, time and page."""

from wagtail import hooks

from classes.models import ClassExercise, Classroom


def described(identifiers: list[str] | None, language: str) -> list[dict]:
    """The exercises the alerts app knows (planned or published), or those of `identifiers`."""
    for listing in hooks.get_hooks("beacon_exercises"):
        return listing()(identifiers=identifiers, language=language)
    return []


def exercises_of(classroom: Classroom, language: str) -> list[dict]:
    """The class's exercises, each with its assignment row's id (to take it back)."""
    rows = {row.identifier: row.pk for row in ClassExercise.objects.filter(classroom=classroom)}
    if not rows:
        return []
    return [
        {**exercise, "assignment_id": rows[exercise["identifier"]]}
        for exercise in described(list(rows), language)
    ]
