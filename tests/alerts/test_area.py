"""The drafting form's area: the region picker, the jurisdiction on save, valid polygons within
the UK's limits (25 polygons, 6,000 points), and the map's data embedded in the page."""

import json
import math

import pytest
from django.urls import reverse

from alerts.actions import new_alert
from alerts.admin.roles import authority_group
from alerts.models import Alert
from alerts.wagtail_hooks import alert_viewset
from tests.second_factor import verified_login

INSIDE = [[50.1, 10.1], [50.1, 10.4], [50.4, 10.4], [50.4, 10.1], [50.1, 10.1]]
# Reaches from Riverside County into Highland County (east of longitude 11).
ACROSS = [[50.1, 10.8], [50.1, 11.3], [50.4, 11.3], [50.4, 10.8], [50.1, 10.8]]


def area_form(alert, user, **area):
    """The admin's drafting form for `alert`, with only the area fields filled in."""
    data = {"polygons": "[]", "circles": "[]", **{k: json.dumps(v) for k, v in area.items()}}
    return alert_viewset.get_form_class()(data=data, instance=alert, for_user=user)


@pytest.fixture
def signed_in_author(client, author):
    author.groups.add(authority_group("Riverside: alerts"))
    return verified_login(client, author)


@pytest.fixture
def new_draft(authority, author):
    return new_alert(authority=authority, user=author)


def ring_around(lat, lon, radius, points):
    """A closed ring of `points` corners on a circle (degrees)."""
    corners = [
        [
            lat + radius * math.sin(2 * math.pi * i / points),
            lon + radius * math.cos(2 * math.pi * i / points),
        ]
        for i in range(points)
    ]
    return [*corners, corners[0]]


def test_region_picker_lists_only_the_jurisdiction(new_draft, draft, author):
    for alert in (new_draft, draft):
        codes = {r.code for r in area_form(alert, author).fields["regions"].queryset}
        assert codes == {"XR-RS", "XR-RS-01", "XR-RS-02", "XR-RS-03"}


def test_an_area_inside_the_jurisdiction_is_accepted(new_draft, author):
    form = area_form(new_draft, author, polygons=[INSIDE], circles=[[50.7, 10.5, 5]])
    form.is_valid()
    assert "polygons" not in form.errors and "circles" not in form.errors
    assert form.cleaned_data["polygons"] == [INSIDE] and form.simplification == ""


def test_a_polygon_or_circle_outside_the_jurisdiction_is_a_field_error(new_draft, author):
    form = area_form(new_draft, author, polygons=[INSIDE, ACROSS], circles=[[50.5, 11.5, 3]])
    assert not form.is_valid()
    assert form.errors["polygons"] == ["Polygon 2 reaches outside your jurisdiction."]
    assert form.errors["circles"] == ["Circle 1 reaches outside your jurisdiction."]


def test_a_self_crossing_polygon_is_refused(new_draft, author):
    bowtie = [[50.1, 10.1], [50.4, 10.4], [50.1, 10.4], [50.4, 10.1], [50.1, 10.1]]
    form = area_form(new_draft, author, polygons=[INSIDE, bowtie])
    assert not form.is_valid()
    assert "Polygon 2 crosses itself" in form.errors["polygons"][0]


def test_more_than_25_polygons_are_refused(new_draft, author):
    form = area_form(new_draft, author, polygons=[INSIDE] * 26)
    assert not form.is_valid()
    assert form.errors["polygons"] == ["Draw at most 25 polygons: this area has 26."]
    assert "polygons" not in area_form(new_draft, author, polygons=[INSIDE] * 25).errors


def test_more_than_6000_points_are_simplified_and_the_author_told(new_draft, author):
    polygons = [ring_around(50.5, 10.5, 0.2, 3500), ring_around(50.75, 10.25, 0.1, 3500)]
    form = area_form(new_draft, author, polygons=polygons)
    form.is_valid()
    assert "polygons" not in form.errors
    simplified = form.cleaned_data["polygons"]
    assert len(simplified) == 2 and 8 <= sum(len(ring) for ring in simplified) <= 6000
    assert all(ring[0] == ring[-1] for ring in simplified)
    assert form.simplification.startswith("The drawn area had 7002 points")


def test_saving_outside_the_jurisdiction_shows_the_field_error(
    signed_in_author, staff_draft_form, draft
):
    form = staff_draft_form(draft)
    form["polygons"] = json.dumps([ACROSS])
    response = signed_in_author.post(draft.edit_url, form)
    assert response.status_code == 200
    assert "Polygon 1 reaches outside your jurisdiction." in response.content.decode()
    assert Alert.objects.get(pk=draft.pk).polygons == []


def test_a_simplified_area_is_saved_with_a_warning(signed_in_author, staff_draft_form, draft):
    form = staff_draft_form(draft)
    form["polygons"] = json.dumps([ring_around(50.5, 10.5, 0.2, 7000)])
    response = signed_in_author.post(draft.edit_url, form, follow=True)
    assert "it was simplified to" in response.content.decode()
    assert 4 <= len(Alert.objects.get(pk=draft.pk).polygons[0]) <= 6000


def test_the_form_page_embeds_the_jurisdiction_map(signed_in_author):
    html = signed_in_author.get(reverse("alerts_alert:add")).content.decode()
    assert "vendor/leaflet-1.9.3/leaflet.js" in html and "js/area-map.js" in html
    start = html.index('<script id="id_polygons-map-data" type="application/json">')
    data = json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])
    names = {feature["properties"]["name"] for feature in data["regions"]["features"]}
    assert names == {
        "Riverside County (XR-RS)",
        "Millbrook (XR-RS-01)",
        "Eastwater (XR-RS-02)",
        "Southford (XR-RS-03)",
    }
    assert data["jurisdiction"]["type"] == "Polygon" and data["tiles"]["url"] == ""
    assert data["draw_labels"]["edit"]["toolbar"]["buttons"]["remove"] == "Delete shapes"


@pytest.mark.parametrize(
    ("language", "button"), [("fr", "Dessiner un polygone"), ("ar", "رسم مضلع")]
)
def test_the_drawing_toolbar_speaks_the_authors_language(
    signed_in_author, author, language, button
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(author)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    html = signed_in_author.get(reverse("alerts_alert:add")).content.decode()
    start = html.index('<script id="id_polygons-map-data" type="application/json">')
    data = json.loads(html[html.index(">", start) + 1 : html.index("</script>", start)])
    assert data["draw_labels"]["draw"]["toolbar"]["buttons"]["polygon"] == button


def test_a_tile_server_adds_a_base_map(signed_in_author, settings):
    settings.MAP_TILE_URL = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "Tiles: Example"
    html = signed_in_author.get(reverse("alerts_alert:add")).content.decode()
    assert '"url": "https://{s}.tile.example.org/{z}/{x}/{y}.png"' in html
    assert '"attribution": "Tiles: Example"' in html
