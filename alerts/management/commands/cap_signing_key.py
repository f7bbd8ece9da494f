"""`manage.py cap_signing_key NAME`: a key and self-signed certificate for signing CAP."""

from django.core.management.base import BaseCommand

from alerts.cap.keys import new_identity


def env_line(name: str, pem: bytes) -> str:
    """NAME="..." with \\n escapes: one line, as docker compose reads double-quoted .env values."""
    return f'{name}="{pem.decode().strip().replace(chr(10), chr(92) + "n")}"'


class Command(BaseCommand):
    help = (
        "Generate an RSA key and a self-signed certificate for signing the CAP Beacon publishes; "
        "set CAP_SIGNING_KEY and CAP_SIGNING_CERT (printed in .env form) in the environment."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="who signs, e.g. 'Riverland Civil Protection'")

    def handle(self, *args, name: str, **options) -> None:
        identity = new_identity(f"{name} CAP signing", organisation=name)
        self.stdout.write(env_line("CAP_SIGNING_KEY", identity.key_pem))
        self.stdout.write(env_line("CAP_SIGNING_CERT", identity.cert_pem))
        self.stderr.write(
            "Keep the key secret. Partners who trust the old certificate must be given the new "
            "one when it changes."
        )
