"""The dashboard's figures arranged for the page: labelled rows and a chart for each table.
Suppressed figures arrive as {"suppressed": True} (readiness.figures) and stay empty here."""

from datetime import date

from django.utils.translation import gettext as _

from core.l10n import format_day
from readiness.charts import Bar, bar_chart
from readiness.preparedness import ACTIONS, DONE, PLANNED
from readiness.privacy import K


def dashboard_context(figures: dict, *, scope_name: str = "") -> dict:
    checks = figures["self_checks"]
    missing = _("fewer than %(k)s") % {"k": K}
    total_actions = checks["total"].get("actions", {})
    action_rows = [{"label": label, **total_actions.get(key, {})} for key, label in ACTIONS.items()]
    regions = [
        {
            **row,
            "label": row["name"] or _("No place given"),
            "done_cells": [row.get("actions", {}).get(key, {}).get(DONE) for key in ACTIONS],
        }
        for row in checks["regions"]
    ]
    weeks = [
        {**row, "label": format_day(date.fromisoformat(row["week"]))} for row in checks["weeks"]
    ]
    return {
        "figures": figures,
        "scope_name": scope_name,
        "k": K,
        "actions": ACTIONS,
        "action_rows": action_rows,
        "region_rows": regions,
        "week_rows": weeks,
        "action_chart": bar_chart(
            bars=[Bar(row["label"], row.get(DONE), row.get(PLANNED, 0)) for row in action_rows],
            title_id="actions-title",
            missing_text=missing,
        ),
        "region_chart": average_chart(regions, "regions-title", missing),
        "week_chart": average_chart(weeks, "weeks-title", missing),
        "quiz_chart": bar_chart(
            bars=[Bar(t["title"], t.get("passed_percent")) for t in figures["quizzes"]],
            title_id="quizzes-title",
            missing_text=missing,
        ),
    }


def average_chart(rows: list[dict], title_id: str, missing: str):
    return bar_chart(
        bars=[
            Bar(row["label"], row.get("done_average", 0 if "checks" in row else None))
            for row in rows
        ],
        title_id=title_id,
        missing_text=missing,
    )
