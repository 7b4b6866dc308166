"""Packaging: `python -m build` gives a wheel and an sdist; the wheel, installed
into a fresh virtual environment, gives a working `newsparse` with the schema
file inside it. The version comes from one place."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import newsparse
from conftest import ROOT


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out


def test_wheel_and_sdist_carry_the_schema(dist: Path) -> None:
    (wheel,) = dist.glob("newsparse-*.whl")
    (sdist,) = dist.glob("newsparse-*.tar.gz")
    assert wheel.name.startswith(f"newsparse-{newsparse.__version__}-")
    assert sdist.name == f"newsparse-{newsparse.__version__}.tar.gz"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "newsparse/record.schema.json" in names
    assert "newsparse/py.typed" in names


def test_wheel_installs_and_parses_the_example(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("newsparse-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True, timeout=600)
    newsparse_cmd = env_dir / "bin" / "newsparse"
    version = subprocess.run([str(newsparse_cmd), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout == f"newsparse {newsparse.__version__}\n"
    parsed = subprocess.run(
        [str(newsparse_cmd), "parse", "--now", "2025-12-05T12:00:00Z", "arabnews-two-articles.txt"],
        cwd=ROOT / "samples",
        capture_output=True,
        text=True,
        check=True,
    )
    records = [json.loads(line) for line in parsed.stdout.splitlines()]
    assert [r["headline"] for r in records] == [
        "Pakistan demands UN probe into how TTP militants acquired advanced military equipment",
        "Pakistan rejects Amnesty claims of Israeli spyware use, calls reports ‘disinformation’",
    ]
    schema = subprocess.run([str(newsparse_cmd), "schema"], capture_output=True, text=True, check=True)
    assert json.loads(schema.stdout)["properties"]["schema"]["const"] == "newsparse/record@1"
