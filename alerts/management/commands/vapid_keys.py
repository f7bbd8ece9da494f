"""`manage.py vapid_keys`: print a new VAPID key pair for the production environment."""

from django.core.management.base import BaseCommand

from alerts.delivery.webpush.vapid import generate_pair


class Command(BaseCommand):
    help = "Generate a VAPID key pair for web push; set both values in the environment."

    def handle(self, *args, **options) -> None:
        pair = generate_pair()
        self.stdout.write(f"VAPID_PRIVATE_KEY={pair['private_key']}")
        self.stdout.write(f"VAPID_PUBLIC_KEY={pair['public_key']}")
        self.stderr.write(
            "Keep the private key secret. Changing keys invalidates every subscription."
        )
