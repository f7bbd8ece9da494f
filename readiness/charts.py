"""Server-rendered SVG bar charts for the readiness dashboard.

Each chart is drawn for the page's direction: in right-to-left languages labels sit on the right
and bars grow leftwards. The SVG's `direction` is the page's, so text anchors mean the same on
both sides ("end" of a label touches the bars, "start" of a value follows the bar) and dates and
names keep their reading order. The SVG is an image with a name (role="img"); its figures are in the
data table printed beside it, which is what screen readers read.
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language_bidi

from core.l10n import format_percentage

WIDTH, ROW, LABEL_SHARE, PAD = 640, 26, 0.42, 6
# What fits the label column at the charts' font size; the table beside holds the whole text.
LABEL_CHARACTERS = 38


@dataclass(frozen=True)
class Bar:
    label: str
    value: int | None  # percent, None when suppressed
    second: int = 0  # a lighter segment after the first (e.g. "planned" after "done")


def bar_chart(*, bars: list[Bar], title_id: str, missing_text: str) -> SafeString:
    """Horizontal percentage bars, one row per `bars` item, named by the element `title_id`."""
    rtl = get_language_bidi()
    label_width = WIDTH * LABEL_SHARE
    scale = (WIDTH - label_width - 60) / 100
    rows = format_html_join(
        "",
        "{}",
        (
            (
                bar_row(
                    bar, top=i * ROW, rtl=rtl, start=label_width, scale=scale, missing=missing_text
                ),
            )
            for i, bar in enumerate(bars)
        ),
    )
    height = max(ROW, ROW * len(bars))
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{}" viewBox="0 0 {} {}" '
        'width="100%" direction="{}" font-size="13" xmlns="http://www.w3.org/2000/svg">{}</svg>',
        title_id,
        WIDTH,
        height,
        "rtl" if rtl else "ltr",
        rows,
    )


def bar_row(bar: Bar, *, top: int, rtl: bool, start: float, scale: float, missing: str):
    middle = top + ROW / 2 + 4
    label_x = WIDTH - start + PAD if rtl else start - PAD
    label = format_html(
        '<text x="{}" y="{}" text-anchor="end" fill="currentColor">{}</text>',
        f"{label_x:.1f}",
        f"{middle:.1f}",
        shortened(str(bar.label)),
    )
    if bar.value is None:
        return label + value_text(missing, start, middle, rtl)
    first, second = bar.value * scale, bar.second * scale
    segments = [(first, "#b3261e"), (second, "#e8a29d")]
    shapes, offset = [], 0.0
    for length, colour in segments:
        x = WIDTH - start - offset - length if rtl else start + offset
        shapes.append(
            format_html(
                '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"></rect>',
                f"{x:.1f}",
                top + 4,
                f"{length:.1f}",
                ROW - 8,
                colour,
            )
        )
        offset += length
    figure = format_percentage(bar.value)
    return label + SafeString("".join(shapes)) + value_text(figure, start + offset, middle, rtl)


def value_text(text: str, end: float, middle: float, rtl: bool):
    x = WIDTH - end - PAD if rtl else end + PAD
    return format_html(
        '<text x="{}" y="{}" text-anchor="start" fill="currentColor">{}</text>',
        f"{x:.1f}",
        f"{middle:.1f}",
        text,
    )


def shortened(label: str) -> str:
    if len(label) <= LABEL_CHARACTERS:
        return label
    return label[: LABEL_CHARACTERS - 1].rstrip() + "…"
