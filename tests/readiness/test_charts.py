"""The SVG bar charts mirror in right-to-left languages and name what they show."""

import re

from django.utils import translation

from readiness.charts import Bar, bar_chart

BARS = [Bar("Riverside County", 48, 10), Bar("14/09/2026", None)]


def positions(svg: str) -> tuple[float, float]:
    label_x = float(re.search(r'<text x="([\d.]+)"', svg).group(1))
    bar_x = float(re.search(r'<rect x="([\d.]+)"', svg).group(1))
    return label_x, bar_x


def test_bars_grow_away_from_their_labels_in_both_directions():
    with translation.override("en"):
        ltr = str(bar_chart(bars=BARS, title_id="t", missing_text="fewer than 10"))
    with translation.override("ar"):
        rtl = str(bar_chart(bars=BARS, title_id="t", missing_text="fewer than 10"))
    assert 'direction="ltr"' in ltr and 'direction="rtl"' in rtl
    label, bar = positions(ltr)
    assert label < bar  # label on the left, bar to its right
    label, bar = positions(rtl)
    assert label > bar  # label on the right, bar to its left
    assert 'role="img" aria-labelledby="t"' in rtl


def test_a_suppressed_bar_is_drawn_as_text_without_a_bar():
    svg = str(bar_chart(bars=[Bar("Highland County", None)], title_id="t", missing_text="hidden"))
    assert "<rect" not in svg and ">hidden</text>" in svg
