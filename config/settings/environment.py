"""Where Beacon keeps its files, and how its settings read the environment."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("BEACON_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_pem(name: str) -> bytes:
    """PEM text from the variable NAME, or from the file that NAME_FILE names (a mounted secret)."""
    if os.environ.get(name):  # a .env line may hold it with \n escapes
        return os.environ[name].replace("\\n", "\n").encode()
    path = os.environ.get(f"{name}_FILE")
    return Path(path).read_bytes() if path else b""
