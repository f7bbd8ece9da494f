"""A class's results as CSV: one row per learner, a column per assignment.

Spreadsheet programs run a cell that starts with =, +, -, @, a tab or a carriage return as a
formula, and learners choose their own nicknames; such cells get a leading apostrophe so they stay
text. The file starts with a byte order mark so spreadsheet programs read it as UTF-8.
"""

import csv
import io

from django.utils.translation import gettext as _

from classes.progress_grid import Cell, Grid
from core.l10n import format_percentage

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cell_text(cell: Cell) -> str:
    if cell.best_score is None:
        return str(cell.status.label)
    score = format_percentage(cell.best_score)
    return _("%(status)s (%(score)s)") % {"status": cell.status.label, "score": score}


def class_csv(*, classroom, grid: Grid) -> str:
    """The grid as CSV text (BOM included); titles in the active language, dates in the class's
    time zone."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    header = [_("Learner"), _("Joined")]
    header += [assignment.page.localized.title for assignment in grid.assignments]
    writer.writerow([neutralised(str(value)) for value in header])
    for row in grid.rows:
        values = [
            row.membership.display_name,
            classroom.day_of(row.membership.joined_at).isoformat(),
        ]
        values += [cell_text(cell) for cell in row.cells]
        writer.writerow([neutralised(value) for value in values])
    return out.getvalue()
