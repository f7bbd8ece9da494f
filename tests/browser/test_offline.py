"""Offline from the first visit: a lesson opened once is kept, personal pages show a data-free
shell instead of the browser's error page, and the offline page lists the lessons saved here."""

import pytest

from tests.browser.conftest import serious_violations

pytestmark = pytest.mark.browser

LESSON = "72-hour-kit"
CONTROLLED = "() => navigator.serviceWorker && navigator.serviceWorker.controller !== null"
CACHED = """async (path) => {
  for (const name of await caches.keys()) {
    if (name.startsWith("beacon-pages-") && await (await caches.open(name)).match(path)) {
      return true;
    }
  }
  return false;
}"""
SHELL_TITLES = {"en": "This page needs a connection", "ar": "هذه الصفحة تحتاج إلى اتصال"}


@pytest.fixture
def context(browser):
    """A fresh browser: no service worker, no cache, no cookies."""
    context = browser.new_context()
    yield context
    context.close()


def test_lesson_opened_once_on_the_first_visit_reads_offline(demo_server, context):
    page = context.new_page()
    url = demo_server.url(f"/en/lessons/{LESSON}/")
    page.goto(url)
    title = page.locator("article.lesson h1").inner_text()
    page.wait_for_function(CONTROLLED)

    context.set_offline(True)
    page.goto(url)
    assert page.locator("article.lesson h1").inner_text() == title


@pytest.mark.parametrize(
    "path", ["/en/progress/", "/en/certificates/verify/?code=AAAA-BBBB-CCCC-DDDD"]
)
def test_personal_pages_offline_show_the_shell_without_data(demo_server, context, path):
    page = context.new_page()
    page.goto(demo_server.url(f"/en/lessons/{LESSON}/"))  # read: progress to show
    page.wait_for_function(CONTROLLED)
    page.goto(demo_server.url("/en/progress/"))
    assert page.locator("main table tbody tr").count() > 0, "online, progress is shown"

    context.set_offline(True)
    page.goto(demo_server.url(path))
    assert page.url == demo_server.url(path)
    assert page.locator("h1").inner_text() == SHELL_TITLES["en"]
    main = page.locator("main")
    assert main.locator("table, progress, form").count() == 0
    for personal in ("Best score", "Attempts", "AAAA-BBBB-CCCC-DDDD"):
        assert personal not in page.content()
    assert serious_violations(page) == []


@pytest.mark.parametrize("language", ["en", "ar"])
def test_offline_page_lists_lessons_saved_in_the_readers_language(demo_server, context, language):
    page = context.new_page()
    page.goto(demo_server.url(f"/{language}/lessons/{LESSON}/"))
    title = page.locator("article.lesson h1").inner_text()
    page.wait_for_function(CONTROLLED)
    other = "/fr/lessons/flood/"  # saved too, but in another language
    page.goto(demo_server.url(other))
    page.wait_for_function(CACHED, arg=other)

    context.set_offline(True)
    page.goto(demo_server.url(f"/{language}/lessons/never-opened/"))
    assert page.locator("html").get_attribute("lang") == language
    saved = page.locator("[data-saved-lessons] a")
    saved.first.wait_for()
    assert saved.all_inner_texts() == [title]
    assert [link.get_attribute("href") for link in saved.all()] == [
        f"/{language}/lessons/{LESSON}/"
    ]
    assert page.locator("[data-saved-lessons-empty]").is_hidden()
    assert serious_violations(page) == []

    saved.first.click()
    page.wait_for_url(f"**/{language}/lessons/{LESSON}/")
    assert page.locator("article.lesson h1").inner_text() == title


def test_offline_page_says_when_no_lesson_is_saved(demo_server, context):
    page = context.new_page()
    page.goto(demo_server.url("/ar/offline/"))
    page.wait_for_function(CONTROLLED)
    page.locator("[data-saved-lessons-empty]").wait_for(state="visible")
    assert page.locator("[data-saved-lessons] li").count() == 0
