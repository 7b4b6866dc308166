"""`newsparse completion SHELL` prints click's completion script."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from newsparse.cli import main


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete -o"), ("zsh", "compdef"), ("fish", "complete --no-files --command newsparse")],
)
def test_completion_script(shell: str, marker: str) -> None:
    result = CliRunner().invoke(main, ["completion", shell])
    assert result.exit_code == 0
    assert "_NEWSPARSE_COMPLETE" in result.stdout
    assert marker in result.stdout
    assert result.stderr == ""


def test_unknown_shell_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["completion", "tcsh"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "tcsh" in result.stderr
