"""The import contracts of `make lint` (pyproject.toml, import-linter) break on a violation.

They run on small stand-in packages with the project's names, so the test shows that the
contracts themselves catch a wrong import without touching the real tree.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.services import ROOT, subprocess_env

LINT_IMPORTS = Path(shutil.which("lint-imports") or ROOT / ".venv" / "bin" / "lint-imports")
PACKAGES = ["config", "core", "lessons", "classes", "accounts", "alerts", "readiness", "demo"]


def lint(tmp_path, imports: dict[str, str]) -> subprocess.CompletedProcess:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for package in PACKAGES:
        (tmp_path / package).mkdir()
        (tmp_path / package / "__init__.py").write_text(imports.get(package, ""))
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tmp_path,
        env=subprocess_env(PYTHONPATH=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_intended_directions_pass(tmp_path):
    done = lint(
        tmp_path,
        {
            "lessons": "import core\n",
            "classes": "import lessons\n",
            "accounts": "import classes\nimport lessons\n",
            "alerts": "import core\n",
            "readiness": "import lessons\nimport alerts\n",
            "demo": "import accounts\nimport alerts\nimport readiness\n",
        },
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize(
    ("package", "wrong_import", "contract"),
    [
        ("core", "import lessons", "core is site-wide code"),
        ("alerts", "import lessons", "alerts use none of the learning apps"),
        ("classes", "import alerts", "the learning apps use nothing of alerts"),
        ("lessons", "import classes", "learning is layered"),
        ("classes", "import accounts", "learning is layered"),
        ("lessons", "import demo", "nothing in the product imports the demo"),
        ("alerts", "import readiness", "readiness sits on top of learning and alerting"),
        ("accounts", "import readiness", "readiness sits on top of learning and alerting"),
        ("readiness", "import demo", "nothing in the product imports the demo"),
    ],
)
def test_a_wrong_import_breaks_a_contract(tmp_path, package, wrong_import, contract):
    done = lint(tmp_path, {package: wrong_import + "\n"})
    assert done.returncode == 1
    assert f"{contract}" in done.stdout and "BROKEN" in done.stdout
