"""`/<lang>/alerts/verify/`: anyone checks a CAP message or an identifier, in plain words."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from alerts import actions
from alerts.cap import CapError, keys, signing
from alerts.public.verify import MAX_DOCUMENT_BYTES, verdict
from tests.alerts.test_ingest import WARNING

pytestmark = pytest.mark.django_db
URL = "/en/alerts/verify/"


@pytest.fixture(autouse=True)
def demo_key(settings, tmp_path):
    settings.CAP_SIGNING_KEY = settings.CAP_SIGNING_CERT = b""
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "beacon" / "demo.pem"
    settings.CAP_TRUST_STORE = ""


@pytest.fixture
def published(draft, author, approver, django_capture_on_commit_callbacks):
    actions.submit_alert(alert=draft, user=author)
    with django_capture_on_commit_callbacks(execute=True):
        return actions.approve_alert(alert=draft, user=approver)


@pytest.fixture
def signed(client, published) -> bytes:
    return client.get(f"/alerts/cap/{published.identifier}.xml").content


def check(client, **data):
    return client.post(URL, data)


def text(response) -> str:
    return response.content.decode()


def test_page_is_public_and_accessible_in_every_language(client, settings):
    for language, _name in settings.LANGUAGES:
        response = client.get(f"/{language}/alerts/verify/")
        assert response.status_code == 200
        assert 'enctype="multipart/form-data"' in text(response)
    assert '<label for="id_document">' in text(client.get(URL))


def test_beacon_message_pasted_is_authentic(client, signed):
    response = check(client, document=signed.decode())
    assert response.status_code == 200
    assert "Authentic and unaltered" in text(response)
    assert "published by this Beacon" in text(response)


def test_pasted_text_with_crlf_line_ends_still_verifies(client, signed):
    response = check(client, document=signed.decode().replace("\n", "\r\n"))
    assert "published by this Beacon" in text(response)


def test_one_flipped_byte_says_altered(client, signed):
    position = signed.index(b"Flood warning (en)") + 1
    flipped = signed[:position] + bytes([signed[position] ^ 0x01]) + signed[position + 1 :]
    response = client.post(
        URL, {"upload": SimpleUploadedFile("alert.xml", flipped, "application/xml")}
    )
    assert response.status_code == 200
    assert "Altered: do not rely on this message" in text(response)


def test_unsigned_and_untrusted_messages(client, settings, tmp_path):
    assert "Not signed" in text(check(client, document=WARNING.read_text()))
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "stranger" / "demo.pem"
    stranger = keys.identity()
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "beacon" / "demo.pem"
    document = signing.sign(
        WARNING.read_bytes(), key_pem=stranger.key_pem, cert_pem=stranger.cert_pem
    )
    assert "Sender unknown" in text(check(client, document=document.decode()))
    (tmp_path / "trusted.pem").write_bytes(stranger.cert_pem)
    settings.CAP_TRUST_STORE = str(tmp_path / "trusted.pem")
    response = text(check(client, document=document.decode()))
    assert "a sender this Beacon trusts" in response
    assert "RHN-2026-11-29-0042" in response


def test_identifier_of_a_published_alert(client, published):
    response = check(client, identifier=published.identifier)
    assert "Published here" in text(response)
    assert published.get_absolute_url() in text(response)


def test_unknown_identifier_and_drafts_are_not_found(client, draft):
    for identifier in ("no-such-alert", draft.identifier):
        response = check(client, identifier=identifier)
        assert response.status_code == 404
        assert "No alert with this identifier was published here." in text(response)
    # PostgreSQL refuses NUL in a query: the form stops it first
    response = check(client, identifier="bad\x00id")
    assert response.status_code == 400 and "Null characters are not allowed" in text(response)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("this is not XML", "not a readable XML document"),
        ("<alert>unclosed", "not a readable XML document"),
        ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', "not a CAP alert"),
        (
            '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]>'
            '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&e;</alert>',
            "declares a DTD or entities",
        ),
        (
            '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>',
            "declares a DTD or entities",
        ),
    ],
)
def test_bad_documents_get_a_clear_error(client, document, message):
    response = check(client, document=document)
    assert response.status_code == 400
    assert message in text(response)
    assert "root:" not in text(response)


def test_too_large_and_empty_input(client):
    big = "<a>" + "x" * MAX_DOCUMENT_BYTES + "</a>"
    response = check(client, document=big)
    assert response.status_code == 400 and "larger than 256 KB" in text(response)
    upload = SimpleUploadedFile("big.xml", big.encode(), "application/xml")
    assert "larger than 256 KB" in text(client.post(URL, {"upload": upload}))
    assert "Give one thing to check" in text(check(client))
    assert "Give one thing to check" in text(check(client, document="<a/>", identifier="x"))


def test_post_without_csrf_token_is_refused(signed):
    strict = Client(enforce_csrf_checks=True)
    assert strict.post(URL, {"document": signed.decode()}).status_code == 403


def test_checks_are_rate_limited_per_address(client):
    statuses = [check(client, identifier="nope").status_code for _ in range(21)]
    assert statuses[:20] == [404] * 20 and statuses[20] == 429
    assert "Too many checks" in text(check(client, identifier="nope"))


def test_french_page_speaks_french(client, signed):
    response = client.post("/fr/alerts/verify/", {"document": signed.decode()})
    assert "Authentique et non modifié" in text(response)


def test_flipping_any_one_byte_of_the_signed_message_makes_it_altered(signed):
    """Every byte after the XML declaration counts: content, signature, certificate, markup.
    (The declaration is not part of what XML signatures sign; changing `version='1.0'` alone
    leaves the signed content as it was.)"""
    start = signed.index(b"?>") + 2
    positions = range(start, len(signed), max(1, (len(signed) - start) // 150))
    outcomes = {}
    for position in positions:
        flipped = signed[:position] + bytes([signed[position] ^ 0x01]) + signed[position + 1 :]
        try:
            outcomes[position] = verdict(flipped).outcome
        except CapError as error:
            outcomes[position] = f"error: {error}"
    assert len(outcomes) > 100
    assert {position: o for position, o in outcomes.items() if o != "altered"} == {}
    assert verdict(signed).outcome == "beacon"


def without_key_info(document: bytes) -> bytes:
    start, end = document.index(b"<ds:KeyInfo>"), document.index(b"</ds:KeyInfo>")
    return document[:start] + document[end + len(b"</ds:KeyInfo>") :]


def test_signature_naming_no_certificate_is_checked_against_trusted_keys(
    client, signed, settings, tmp_path
):
    assert "published by this Beacon" in text(
        check(client, document=without_key_info(signed).decode())
    )
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "stranger" / "demo.pem"
    stranger = keys.identity()
    settings.CAP_DEMO_SIGNING_FILE = tmp_path / "beacon" / "demo.pem"
    document = signing.sign(
        WARNING.read_bytes(), key_pem=stranger.key_pem, cert_pem=stranger.cert_pem
    )
    response = text(check(client, document=without_key_info(document).decode()))
    assert "no certificate this Beacon trusts matches it" in response
