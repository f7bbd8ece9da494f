"""The Celery app. Without REDIS_URL, tasks run in-process (embedded default); see settings."""

import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("beacon")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def warm_up_worker_process(**_kwargs) -> None:
    """Each worker process starts ready to send web push (see webpush.send.warm_up)."""
    from alerts.delivery.webpush.send import warm_up

    warm_up()
