"""Conditional GET for feeds and CAP documents: ETag and Last-Modified, 304 when unchanged."""

import hashlib
from datetime import datetime

from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag


def conditional(request, response: HttpResponse, *, last_modified: datetime | None):
    """`response` with a strong ETag of its body and `last_modified`, or a 304 Not Modified when
    the client's If-None-Match (else If-Modified-Since) shows it has this version already."""
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    response["ETag"] = etag
    timestamp = int(last_modified.timestamp()) if last_modified else None
    if timestamp is not None:
        response["Last-Modified"] = http_date(timestamp)
    return get_conditional_response(request, etag=etag, last_modified=timestamp, response=response)
