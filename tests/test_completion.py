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


@pytest.mark.parametrize(
    ("words", "cword"),
    [
        ("newsparse parse sam", "2"),
        ("newsparse validate sam", "2"),
        ("newsparse pretty-print sam", "2"),
        ("newsparse parse --files-from sam", "3"),
    ],
)
def test_file_arguments_complete_file_names(words: str, cword: str) -> None:
    # what the shell script asks click: `file,PREFIX` tells bash to complete file names
    env = {"_NEWSPARSE_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": cword}
    result = CliRunner().invoke(main, [], env=env, prog_name="newsparse")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["file,sam"]
    assert result.stderr == ""


def test_options_still_complete_as_options() -> None:
    env = {"_NEWSPARSE_COMPLETE": "bash_complete", "COMP_WORDS": "newsparse parse --text", "COMP_CWORD": "2"}
    result = CliRunner().invoke(main, [], env=env, prog_name="newsparse")
    assert result.stdout.splitlines() == ["plain,--text-field"]
