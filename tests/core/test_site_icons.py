"""The site's icon and web app manifest answer at the root, where browsers look for them."""

from django.contrib.staticfiles import finders

from core.middleware import UNPREFIXED


def test_favicon_ico_leads_to_the_icon_file(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("/icons/favicon.ico")
    assert finders.find("icons/favicon.ico")
    assert "/favicon.ico".startswith(UNPREFIXED)  # not sent to a language prefix


def test_manifest_names_the_app_and_icons_that_exist(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert (manifest["name"], manifest["start_url"], manifest["display"]) == (
        "Beacon",
        "/",
        "standalone",
    )
    assert manifest["theme_color"].startswith("#")
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].split("/static/", 1)[1]), icon


def test_icon_and_manifest_refuse_other_methods(client):
    assert client.post("/favicon.ico").status_code == 405
    assert client.post("/manifest.webmanifest").status_code == 405
