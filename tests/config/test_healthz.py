"""`/healthz` in this process, and in fresh processes configured through the environment."""

import json
import subprocess

import pytest

from tests.services import PYTHON, ROOT, free_port, subprocess_env

HEALTHZ_IN_A_NEW_PROCESS = """
import json, django
django.setup()
from django.test import Client
response = Client().get("/healthz")
print(json.dumps({"status": response.status_code, "body": response.json()}))
"""


def healthz_with_env(tmp_path, **env: str | None) -> dict:
    done = subprocess.run(
        [PYTHON, "-c", HEALTHZ_IN_A_NEW_PROCESS],
        cwd=ROOT,
        env=subprocess_env(
            DJANGO_SETTINGS_MODULE="config.settings",
            DATABASE_URL=f"sqlite:///{tmp_path / 'health.sqlite3'}",
            BEACON_VAR_DIR=str(tmp_path),
            ALLOWED_HOSTS="testserver",
            **env,
        ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.django_db
def test_healthz_reports_every_part(client):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["status"] == "ok"
    assert body["failing"] == []
    assert set(body["checks"]) == {"database", "channel_layer", "broker"}
    assert all(check["ok"] for check in body["checks"].values())


def test_embedded_default_is_healthy_without_services(tmp_path):
    result = healthz_with_env(tmp_path, REDIS_URL=None)
    assert result["status"] == 200, result
    checks = result["body"]["checks"]
    assert checks["database"]["backend"] == "sqlite"
    assert checks["channel_layer"]["backend"] == "InMemoryChannelLayer"
    assert checks["broker"]["backend"] == "in-process"


def test_stopped_broker_is_reported_as_503(tmp_path):
    result = healthz_with_env(tmp_path, REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")
    assert result["status"] == 503
    body = result["body"]
    assert body["status"] == "fail"
    assert "broker" in body["failing"]
    assert "channel_layer" in body["failing"]
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["broker"]["error"]


def test_redis_configuration_is_healthy(tmp_path, redis_url):
    result = healthz_with_env(tmp_path, REDIS_URL=redis_url)
    assert result["status"] == 200, result
    checks = result["body"]["checks"]
    assert checks["channel_layer"]["backend"] == "RedisChannelLayer"
    assert checks["broker"]["backend"] == "redis"


def test_healthz_rejects_other_methods(client):
    assert client.post("/healthz").status_code == 405
