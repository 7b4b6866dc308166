"""The README's "the same input and options always give the same bytes", as
stated: across processes with different string-hash seeds (the order of a set
of strings changes with PYTHONHASHSEED, so output built by walking one would
differ), and across `-j 1` and `-j 2`. Real subprocesses, since a seed is fixed
when Python starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES
from generated import articles, hard_wrapped

NOW = "2025-12-05T12:00:00Z"
# 0 turns hash randomisation off; then an arbitrary seed, and the largest allowed
HASH_SEEDS = ["0", "271828", "4294967295"]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    for seed in range(4):
        (folder / f"articles-{seed}.txt").write_text(articles(seed, 12_000), "utf-8")
    (folder / "wrapped.txt").write_text(hard_wrapped(7, 6_000), "utf-8")
    for sample in sorted(SAMPLES.glob("*.txt")):
        (folder / sample.name).write_bytes(sample.read_bytes())
    return folder


def newsparse(args: list[str], hash_seed: str | None) -> bytes:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONHASHSEED"}
    if hash_seed is not None:
        env["PYTHONHASHSEED"] = hash_seed
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", *args], env=env, capture_output=True, timeout=300, check=False
    )
    assert result.returncode in (0, 1), result.stderr.decode("utf-8", "replace")
    return result.stdout


@pytest.mark.parametrize(
    "command",
    [["parse", "-j", "1"], ["validate", "--format", "json"]],
    ids=["parse", "validate"],
)
def test_same_bytes_whatever_the_hash_seed(command: list[str], inputs: Path) -> None:
    args = [*command, "--now", NOW, *sorted(str(p) for p in inputs.iterdir())]
    outputs = {seed: newsparse(args, seed) for seed in HASH_SEEDS}
    assert outputs[HASH_SEEDS[0]].count(b"\n") > 10
    assert len(set(outputs.values())) == 1, "output differs between hash seeds"


def test_same_bytes_whatever_the_number_of_jobs(inputs: Path) -> None:
    one = newsparse(["parse", "-j", "1", "--now", NOW, str(inputs)], "0")
    # unset: a random seed, other than the first run's
    two = newsparse(["parse", "-j", "2", "--now", NOW, str(inputs)], None)
    assert one.count(b"\n") > 20
    assert one == two
