"""Signed CAP documents: `/alerts/cap/<identifier>.xml` and `/alerts/cap/certificate.pem`."""

from django.http import HttpResponse
from django.views.decorators.http import require_GET

from alerts import cap
from alerts.cap import keys, signing
from alerts.cap.mapping import alert_to_cap
from alerts.models import Alert
from alerts.public.conditional import conditional


def signed_cap(alert: Alert) -> bytes:
    """The alert as CAP 1.2, signed with Beacon's key (the alert's infos and regions prefetched)."""
    beacon = keys.identity()
    document = cap.to_xml(alert_to_cap(alert, sent=alert.sent))
    return signing.sign(document, key_pem=beacon.key_pem, cert_pem=beacon.cert_pem)


@require_GET
def certificate(request):
    """Anyone: the certificate that checks the signature on Beacon's CAP documents."""
    response = HttpResponse(
        keys.identity().cert_pem, content_type="application/pem-certificate-chain"
    )
    response["Content-Disposition"] = 'inline; filename="certificate.pem"'
    return conditional(request, response, last_modified=None)
