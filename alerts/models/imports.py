"""Upstream CAP documents as they were received, byte for byte."""

import hashlib

from django.db import models

from .messages import Alert


class ReceivedCap(models.Model):
    """The original of an imported message (a CAP 1.1 or 1.0 document is converted to be read,
    an enveloped signature covers the bytes as sent), or a valid document Beacon cannot show,
    with what it cannot. `notes` says what of an imported message is not shown."""

    IMPORTED, UNSUPPORTED = "imported", "unsupported"

    digest = models.CharField(max_length=64, unique=True, editable=False)
    document = models.BinaryField(editable=False)
    version = models.CharField(max_length=3, blank=True, editable=False)
    source = models.CharField(max_length=300, blank=True, editable=False)
    outcome = models.CharField(max_length=16, editable=False)
    notes = models.TextField(blank=True, editable=False)
    alert = models.OneToOneField(
        Alert, null=True, blank=True, on_delete=models.CASCADE, related_name="received"
    )
    received_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.outcome} CAP document {self.digest[:12]}"

    @staticmethod
    def digest_of(document: bytes) -> str:
        return hashlib.sha256(document).hexdigest()
