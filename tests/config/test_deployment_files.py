"""docker-compose.yml cannot run here (no Docker engine), so check what can be checked offline:
it parses, has every production service, configures them through the same environment
variables, and every command points at an entry point that exists in the project."""

import importlib
import shlex
import tomllib
from pathlib import Path

import yaml

from tests.services import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = ("web", "worker", "beat")


def command_of(service: dict) -> list[str]:
    command = service["command"]
    return shlex.split(command) if isinstance(command, str) else list(command)


def test_compose_has_every_production_service():
    assert {"db", "redis", "web", "worker", "beat", "migrate"} <= set(SERVICES)
    assert SERVICES["db"]["image"].startswith("postgres:")
    assert SERVICES["redis"]["image"].startswith("redis:")


def test_app_services_share_the_documented_environment():
    readme = (ROOT / "README.md").read_text()
    for name in (*APP_SERVICES, "migrate"):
        environment = SERVICES[name]["environment"]
        for variable in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "ALLOWED_HOSTS"):
            assert variable in environment, f"{name} lacks {variable}"
            assert f"`{variable}`" in readme, f"README does not document {variable}"
        assert environment["DATABASE_URL"].startswith("postgres://")
        assert environment["REDIS_URL"].startswith("redis://redis:6379")


def test_web_serves_the_asgi_application():
    command = command_of(SERVICES["web"])
    assert command[0] == "uvicorn"
    module_name, attribute = command[1].split(":")
    assert hasattr(importlib.import_module(module_name), attribute)


def test_worker_and_beat_run_the_project_celery_app():
    for name, role in (("worker", "worker"), ("beat", "beat")):
        command = command_of(SERVICES[name])
        assert command[0] == "celery" and role in command
        app_module = command[command.index("-A") + 1]
        assert importlib.import_module(app_module).celery_app.main == "beacon"


def test_migrate_runs_existing_management_commands():
    command = " ".join(command_of(SERVICES["migrate"]))
    for part in command.split("&&"):
        words = shlex.split(part)
        if words[:2] == ["python", "manage.py"]:
            assert (ROOT / "manage.py").exists()
            from django.core.management import get_commands

            assert words[2] in get_commands(), f"unknown management command {words[2]}"


def test_dockerfile_builds_from_python_311_and_installs_the_project():
    dockerfile = Path(ROOT / "Dockerfile").read_text()
    assert "\nFROM python:3.11" in dockerfile
    assert "pip install" in dockerfile and "pybabel compile" in dockerfile
    for name in APP_SERVICES:
        assert SERVICES[name]["image"] == "beacon:latest"


def test_dockerfile_copies_every_package_the_project_installs():
    packages = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    dockerfile = (ROOT / "Dockerfile").read_text()
    for pattern in packages["packages"]["find"]["include"]:
        name = pattern.rstrip("*")
        assert f"\nCOPY {name} ./{name}\n" in dockerfile, f"the image lacks {name}/"


def test_web_believes_forwarded_headers_only_from_trusted_proxies():
    command = command_of(SERVICES["web"])
    allowed = [word for word in command if word.startswith("--forwarded-allow-ips")]
    assert allowed == ["--forwarded-allow-ips=${TRUSTED_PROXIES:-}"]
    assert "*" not in " ".join(command)
    for name in (*APP_SERVICES, "migrate"):
        assert SERVICES[name]["environment"]["TRUSTED_PROXIES"] == "${TRUSTED_PROXIES:-}"
    assert "`TRUSTED_PROXIES`" in (ROOT / "README.md").read_text()


def test_web_is_published_on_the_loopback_interface_only():
    for name, service in SERVICES.items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} to every interface"
    assert SERVICES["web"]["ports"] == ["127.0.0.1:8000:8000"]


def test_image_and_make_serve_trust_no_proxy_by_default():
    dockerfile = (ROOT / "Dockerfile").read_text()
    cmd = dockerfile.split("\nCMD ")[1]
    assert '--forwarded-allow-ips=\\"${TRUSTED_PROXIES:-}\\"' in cmd
    assert "*" not in cmd
    makefile = (ROOT / "Makefile").read_text()
    assert "HOST ?= 127.0.0.1" in makefile
    serve = makefile.split("\nserve:\n")[1].split("\n")[0]
    assert "--host $(HOST)" in serve and '--forwarded-allow-ips "$(TRUSTED_PROXIES)"' in serve


def test_every_new_setting_is_in_the_readme_configuration_table():
    readme = (ROOT / "README.md").read_text()
    table = readme.split("## Configuration")[1].split("\n## ")[0]
    for variable in (
        "TRUSTED_PROXIES",
        "LOGIN_FAILURE_LIMIT",
        "LOGIN_LOCKOUT_MINUTES",
        "HSTS_SECONDS",
        "HSTS_INCLUDE_SUBDOMAINS",
        "HSTS_PRELOAD",
    ):
        assert f"`{variable}`" in table, variable
