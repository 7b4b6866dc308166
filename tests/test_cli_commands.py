"""`newsparse validate` and `newsparse pretty-print` through click's CliRunner,
stdout and stderr read apart (click >= 8.2 keeps them separate by default)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLES, set_path
from newsparse.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden"
SAMPLE = str(SAMPLES / "arabnews-two-articles.txt")
NOW = "2025-12-05T12:00:00Z"


def run(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), input=stdin, env=env)


def parsed_sample() -> str:
    result = run("parse", "--now", NOW, SAMPLE)
    assert result.exit_code == 0
    return result.stdout


# -- validate ---------------------------------------------------------------------


def test_validate_sample_reports_line_56_and_passes() -> None:
    result = run("validate", "--now", NOW, SAMPLE)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{SAMPLE}:56:") and " warning truncated-paragraph " in line for line in lines), (
        result.stdout
    )
    assert lines[-1].startswith("checked 1 file: 0 errors, ")


def test_validate_strict_fails_on_warnings() -> None:
    result = run("validate", "--strict", "--now", NOW, SAMPLE)
    assert result.exit_code == 1
    assert "truncated-paragraph" in result.stdout


def test_validate_quiet_prints_only_the_summary() -> None:
    result = run("validate", "--quiet", "--now", NOW, SAMPLE)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert result.stdout.startswith("checked 1 file: 0 errors, ")


def test_validate_json_lines() -> None:
    result = run("validate", "--format", "json", "--now", NOW, SAMPLE)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    cut = next(r for r in rows if r["code"] == "truncated-paragraph" and r["line"] == 56)
    assert set(cut) == {"path", "line", "column", "severity", "code", "message", "record", "json_path"}
    assert (cut["path"], cut["severity"], cut["record"]) == (SAMPLE, "warning", f"{SAMPLE}#1")


def test_validate_json_quiet_is_one_summary_object() -> None:
    result = run("validate", "--format", "json", "--quiet", "--now", NOW, SAMPLE)
    summary = json.loads(result.stdout)["summary"]
    assert summary["files"] == 1 and summary["errors"] == 0 and summary["warnings"] >= 1


def test_parse_into_validate_checks_records_from_stdin() -> None:
    result = run("validate", "--now", NOW, stdin=parsed_sample())
    assert result.exit_code == 0, result.output
    assert any(
        line.startswith("-:2:1: warning truncated-paragraph ") and "(source line 56)" in line
        for line in result.stdout.splitlines()
    )


def test_validate_hand_broken_record_names_the_json_path(tmp_path: Path) -> None:
    record = json.loads((FIXTURES / "harbour-bridge.json").read_text("utf-8"))
    record["quotes"][2]["end"] += 3
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(record, ensure_ascii=False) + "\n", "utf-8")
    result = run("validate", "--now", NOW, str(broken))
    assert result.exit_code == 1
    assert (
        f"{broken}:1:1: error quote-offset scrapes/harbour-bridge.txt#0 $.quotes[2].end: "
        "body[2][31:46] is 'long overdue” b'; the quote text ends at 43"
    ) in result.stdout.splitlines()
    assert result.stdout.splitlines()[-1] == "checked 1 file: 1 error, 1 warning, 1 note"


def test_validate_records_flag_forces_records(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Headline\n\nSome words.\n", "utf-8")
    result = run("validate", "--records", str(text))
    assert result.exit_code == 1
    assert f"{text}:1:1: error invalid-json " in result.stdout


def test_validate_missing_file_is_an_error_on_stderr(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = run("validate", "--now", NOW, str(missing), SAMPLE)
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {missing}: no such file\n"
    assert result.stdout.splitlines()[-1].startswith("checked 1 file: ")


def test_validate_empty_directory_is_nothing_to_parse(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {tmp_path}: nothing to parse: no files in it\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "error empty-input the input holds no text"),
        (b"\x00\x01\x02", "error undecodable-input binary file (contains NUL bytes)"),
    ],
)
def test_validate_unreadable_content_is_a_diagnostic(tmp_path: Path, data: bytes, expected: str) -> None:
    target = tmp_path / "in.txt"
    target.write_bytes(data)
    result = run("validate", str(target))
    assert result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout.splitlines()[0] == f"{target}:1:1: {expected}"


def test_validate_guessed_encoding_is_a_warning(tmp_path: Path) -> None:
    target = tmp_path / "legacy.txt"
    target.write_bytes(Path(SAMPLE).read_bytes().replace("’".encode(), b"\x92"))
    result = run("validate", "--now", NOW, str(target))
    assert result.exit_code == 0
    assert f"{target}:1:1: warning encoding-guessed input is not UTF-8: read as cp1252" in result.stdout.splitlines()
    assert len([line for line in result.stdout.splitlines() if "encoding-guessed" in line]) == 1


def _record_line(**changes: str) -> str:
    """The fixture record as one JSON line, with raw JSON text put in for some
    values (`headline='"\\ud800"'`)."""
    data = json.loads((FIXTURES / "harbour-bridge.json").read_text("utf-8"))
    marks = {key: f"@@{key}@@" for key in changes}
    for key, mark in marks.items():
        target = data
        *parents, last = key.split(".")
        for part in parents:
            target = target[part]
        target[last] = mark
    line = json.dumps(data, ensure_ascii=False)
    for key, mark in marks.items():
        line = line.replace(json.dumps(mark), changes[key])
    return line + "\n"


# Records no decoder should choke on: each is reported, never a traceback.
HOSTILE_RECORDS = {
    "5000-digit-integer": _record_line(**{"source.index": "9" * 5000}),
    "nested-100000-deep": _record_line(headline="[" * 100_000 + "]" * 100_000),
    "array-nested-100000-deep": "[" * 100_000 + "]" * 100_000 + "\n",
    "lone-surrogate-headline": _record_line(headline='"Bridge \\ud800 closes"'),
    "lone-surrogate-path": _record_line(**{"source.path": '"scrapes/\\ud800.txt"'}),
    "lone-surrogate-key": _record_line(headline='{"\\udfff": 1}'),
    "nan": _record_line(**{"source.index": "NaN"}),
}


@pytest.mark.parametrize("name", list(HOSTILE_RECORDS))
def test_validate_reports_records_no_decoder_should_read(name: str) -> None:
    result = run("validate", "--records", "-", stdin=HOSTILE_RECORDS[name])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert (result.exit_code, result.stderr) == (1, "")
    first = result.stdout.splitlines()[0]
    assert first.startswith("-:1:1: error invalid-json "), first
    assert result.stdout.splitlines()[-1].startswith("checked 1 file: ")


@pytest.mark.parametrize("name", list(HOSTILE_RECORDS))
def test_pretty_print_reports_records_no_decoder_should_read(name: str) -> None:
    result = run("pretty-print", "--records", "--now", NOW, "-", stdin=HOSTILE_RECORDS[name])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1
    assert result.stderr.startswith("newsparse: error: -: line 1")
    assert result.stderr.count("\n") == 1 and result.stderr.endswith("\n")


@pytest.mark.parametrize("now", ["0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00"])
@pytest.mark.parametrize("path", [SAMPLE, str(FIXTURES / "harbour-bridge.json")], ids=["text", "records"])
def test_validate_at_the_ends_of_time(now: str, path: str) -> None:
    result = run("validate", "--now", now, path)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1) and result.stderr == ""
    assert result.stdout.splitlines()[-1].startswith("checked 1 file: ")


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--format", "xml", SAMPLE],
        ["validate", "--now", "yesterday", SAMPLE],
        ["validate", "--no-such-option", SAMPLE],
        ["pretty-print", "--width", "5", SAMPLE],
        ["pretty-print", "--color", "sometimes", SAMPLE],
        ["pretty-print", "--now", "soon", SAMPLE],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Error:" in result.stderr


# -- pretty-print -----------------------------------------------------------------


def test_pretty_print_records_file_matches_the_golden_render() -> None:
    result = run("pretty-print", "--now", NOW, "--width", "80", str(FIXTURES / "harbour-bridge.json"))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert result.stdout == (GOLDEN / "harbour-bridge-80.txt").read_text("utf-8")


def test_pretty_print_quotes_matches_the_golden_render() -> None:
    result = run("pretty-print", "--quotes", "--now", NOW, "--width", "80", str(FIXTURES / "harbour-bridge.json"))
    assert result.exit_code == 0
    assert result.stdout == (GOLDEN / "harbour-bridge-quotes-80.txt").read_text("utf-8")


def test_parse_into_pretty_print() -> None:
    result = run("pretty-print", "--now", NOW, "--width", "70", stdin=parsed_sample())
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout  # not a terminal: plain text
    assert "Pakistan demands UN probe" in result.stdout
    assert "Pakistan rejects Amnesty claims" in result.stdout
    assert "Updated 21 Dec 2023 · 2 years ago" in result.stdout
    assert all(len(line) <= 70 for line in result.stdout.splitlines())


def test_pretty_print_raw_text_and_dash() -> None:
    text = Path(SAMPLE).read_text("utf-8")
    # wide enough that the source line, which names the input, wraps the same
    from_file = run("pretty-print", "--now", NOW, "--width", "400", SAMPLE)
    from_stdin = run("pretty-print", "--now", NOW, "--width", "400", "-", stdin=text)
    assert from_file.exit_code == from_stdin.exit_code == 0
    assert from_file.stdout.replace(f"{SAMPLE}#", "-#").replace(" · lines", " (standard input) · lines") == (
        from_stdin.stdout
    )


def test_pretty_print_color_always_in_a_pipe() -> None:
    result = run("pretty-print", "--color", "always", "--now", NOW, str(FIXTURES / "harbour-bridge.json"))
    assert "\x1b[1;36mPortmouth shuts" in result.stdout


def test_pretty_print_pager_off_a_terminal_just_prints() -> None:
    result = run("pretty-print", "--pager", "--now", NOW, "--width", "80", str(FIXTURES / "harbour-bridge.json"))
    assert result.stdout == (GOLDEN / "harbour-bridge-80.txt").read_text("utf-8")


def test_pretty_print_bad_record_is_reported_and_the_rest_shown(tmp_path: Path) -> None:
    good = (FIXTURES / "harbour-bridge.json").read_text("utf-8")
    target = tmp_path / "mixed.json"
    target.write_text(good + '{"schema": "newsparse/record@1", "source": {}}\n', "utf-8")
    result = run("pretty-print", "--now", NOW, "--width", "80", str(target))
    assert result.exit_code == 1
    bad_line = good.count("\n") + 1
    assert result.stderr == f"newsparse: error: {target}: line {bad_line}: $.source: missing key 'path'\n"
    assert result.stdout == (GOLDEN / "harbour-bridge-80.txt").read_text("utf-8")


def test_pretty_print_missing_file(tmp_path: Path) -> None:
    result = run("pretty-print", str(tmp_path / "gone.json"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"newsparse: error: {tmp_path / 'gone.json'}: no such file\n"


def _all_paths(value: object, prefix: str = "") -> list[str]:
    """Every dotted path to a value inside a decoded record (`quotes.2.end`)."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    out = []
    for key, child in items:
        path = f"{prefix}{key}"
        out.append(path)
        out.extend(_all_paths(child, path + "."))
    return out


FIXTURE = json.loads((FIXTURES / "harbour-bridge.json").read_text("utf-8"))
# Raw JSON text for the odd values a hostile or broken tool may write.
ODD_JSON = st.one_of(
    st.integers(-(10**30), 10**30).map(str),
    st.integers(4290, 4400).map(lambda n: "9" * n),
    st.sampled_from(["-0", "1e400", "-1e400", "1.5", "true", "null", "[]", "{}", '""', "NaN", "-Infinity"]),
    st.integers(1, 200).map(lambda n: "[" * n + "]" * n),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=20).map(
        lambda t: json.dumps(t, ensure_ascii=True)
    ),
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_all_paths(FIXTURE)), ODD_JSON, st.sampled_from(["validate", "pretty-print"]))
def test_no_value_in_a_record_gives_a_traceback(path: str, raw: str, command: str) -> None:
    data = json.loads(json.dumps(FIXTURE))
    set_path(data, path, "@@odd@@")
    text = json.dumps(data, ensure_ascii=False).replace('"@@odd@@"', raw) + "\n"
    result = run(command, "--records", "--now", NOW, "-", stdin=text.encode("utf-8", "surrogatepass"))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1)
    assert result.stderr.count("\n") <= 1 and "Traceback" not in result.stderr


# -- directories, and one article number everywhere ---------------------------------


def sample_tree(tmp_path: Path) -> Path:
    """top.txt and 2024/nested.txt (the two-article sample in each), and notes.md."""
    (tmp_path / "2024").mkdir()
    (tmp_path / "top.txt").write_bytes(Path(SAMPLE).read_bytes())
    (tmp_path / "2024" / "nested.txt").write_bytes(Path(SAMPLE).read_bytes())
    (tmp_path / "notes.md").write_text("not read by default\n")
    return tmp_path


@pytest.mark.parametrize("command", ["validate", "pretty-print"])
def test_directories_are_read_as_parse_reads_them(tmp_path: Path, command: str) -> None:
    tree = sample_tree(tmp_path)
    flat = run(command, "--now", NOW, str(tree))
    deep = run(command, "--now", NOW, "-r", str(tree))
    assert flat.exit_code == deep.exit_code == 0
    assert flat.stderr == deep.stderr == ""
    top, nested = str(tree / "top.txt"), str(tree / "2024" / "nested.txt")
    assert top in flat.stdout and nested not in flat.stdout
    assert top in deep.stdout and nested in deep.stdout
    assert "notes.md" not in deep.stdout
    globbed = run(command, "--now", NOW, "--glob", "*.md", str(tree))
    assert "notes.md" in globbed.stdout and top not in globbed.stdout


@pytest.mark.parametrize("command", ["validate", "pretty-print"])
def test_directory_with_only_subdirectories_is_nothing_to_parse(tmp_path: Path, command: str) -> None:
    (tmp_path / "sub").mkdir()
    result = run(command, str(tmp_path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"newsparse: error: {tmp_path}: nothing to parse: it holds only subdirectories (add -r to read them)\n"
    )


def test_article_numbers_agree_everywhere(tmp_path: Path) -> None:
    """The second article of the sample is source.index 1, and named `PATH#1` by
    --explain, validate and pretty-print alike."""
    records = [json.loads(line) for line in parsed_sample().splitlines()]
    assert [r["source"]["index"] for r in records] == [0, 1]
    explained = run("parse", "--explain", "--now", NOW, SAMPLE).stdout
    assert [x.split(":")[0] for x in explained.splitlines() if x.startswith("# ")] == [f"# {SAMPLE}#0", f"# {SAMPLE}#1"]
    shown = run("pretty-print", "--now", NOW, "--width", "300", SAMPLE).stdout
    assert [x.split(" · ")[0] for x in shown.splitlines() if x.startswith(SAMPLE)] == [f"{SAMPLE}#0", f"{SAMPLE}#1"]
    checked = run("validate", "--now", NOW, "--format", "json", SAMPLE).stdout
    named = {json.loads(x).get("record") for x in checked.splitlines()}
    assert named <= {None, f"{SAMPLE}#0", f"{SAMPLE}#1"} and f"{SAMPLE}#1" in named
    records_file = tmp_path / "r.jsonl"
    records_file.write_text(parsed_sample(), "utf-8")
    from_records = run("pretty-print", "--width", "300", str(records_file)).stdout
    assert [x.split(" · ")[0] for x in from_records.splitlines() if x.startswith(SAMPLE)] == [
        f"{SAMPLE}#0",
        f"{SAMPLE}#1",
    ]
