"""JSON Lines scrape records in: `newsparse parse scrapes.jsonl`, through CliRunner
(stdout and stderr apart), and the reading layer's bounded memory."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.cli import main
from newsparse.inputs import SCRAPES, ScrapeFields, documents, fetch_time, sniff

ARTICLE = (
    "Harbour ferry adds a late sailing\n"
    "{when}\n"
    "By Ann Lee\n"
    "\n"
    "The harbour ferry will add a sailing at eleven at night from next month, the operator said on Tuesday.\n"
    "\n"
    "The late boat had been asked for by shift workers for two years, a spokesperson said.\n"
)
HTML_PAGE = (
    "<!doctype html><html lang='en'><head><title>Market hall | Town Paper</title>"
    "<link rel='canonical' href='https://example.org/market-hall'></head><body>"
    "<nav><ul><li>Home</li><li>News</li></ul></nav><article><h1>Market hall to open on Sundays</h1>"
    "<p>By Bo Park</p><p>The covered market hall will open on Sundays from May, the council decided on Monday "
    "after a vote of nine to two.</p><p>Stallholders had asked for the change since the hall was rebuilt.</p>"
    "</article><script>var hidden = 'never shown';</script></body></html>"
)
FETCHED = "2025-03-01T12:00:00Z"
MTIME = dt.datetime(2024, 6, 1, 8, 0, tzinfo=dt.UTC)


def line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) + "\n"


def scrape_file(tmp_path: Path) -> Path:
    """Good lines, a broken line, a line without text, a line with HTML, and a
    fetch time that makes `2 hours ago` resolvable."""
    path = tmp_path / "scrapes.jsonl"
    path.write_text(
        line(
            {
                "url": "https://example.org/ferry",
                "id": 101,
                "fetched_at": FETCHED,
                "text": ARTICLE.format(when="2 hours ago"),
            }
        )
        + '{"url": "https://example.org/broken", "text": "cut off\n'
        + line({"url": "https://example.org/empty", "id": "e1", "title": "a page with no text field"})
        + line({"id": "h-7", "scraped_at": "Sat, 01 Mar 2025 09:30:00 GMT", "html": HTML_PAGE})
        + line({"content": ARTICLE.format(when="3 hours ago")})
        + "\n",
        "utf-8",
    )
    stamp = MTIME.timestamp()
    os.utime(path, (stamp, stamp))
    return path


def parse(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(main, ["parse", *args], input=stdin)
    return result.exit_code, [json.loads(x) for x in result.stdout.splitlines()], result.stderr


def test_scrape_records_give_url_id_times_and_one_error_per_bad_line(tmp_path: Path) -> None:
    path = scrape_file(tmp_path)
    code, records, err = parse("-j", "1", str(path))
    assert code == 1
    assert err == (
        f"newsparse: error: {path}: line 2: not valid JSON: Unterminated string starting at (column 47)\n"
        f"newsparse: error: {path}: line 3: no text: none of text, content, body, html holds a string\n"
    )
    sources = [r["source"] for r in records]
    assert [(s["index"], s["url"], s["id"]) for s in sources] == [  # type: ignore[index]
        (0, "https://example.org/ferry", "101"),
        (1, "https://example.org/market-hall", "h-7"),  # the HTML's canonical URL
        (2, None, None),
    ]
    ferry, market, undated = records
    # relative to the fetch time, not the file's modification time
    assert ferry["published"] == {
        "text": "2 hours ago",
        "iso": "2025-03-01T10:00:00+00:00",
        "precision": "hour",
        "relative": True,
        "reference": "2025-03-01T12:00:00+00:00",
        "utc": "2025-03-01T10:00:00Z",
    }
    assert market["published"] is None and market["updated"] is None  # the page gives no time
    assert ferry["updated"] is None and undated["updated"] is None
    assert market["headline"] == "Market hall to open on Sundays"
    assert market["authors"] == ["Bo Park"]
    assert market["body"][0].startswith("The covered market hall will open on Sundays")  # type: ignore[index]
    assert "never shown" not in json.dumps(market)
    # no fetch time: the file's modification time is the reference
    assert undated["published"]["reference"] == MTIME.isoformat()  # type: ignore[index]
    assert undated["published"]["iso"] == "2024-06-01T05:00:00+00:00"  # type: ignore[index]


def test_now_comes_before_the_fetch_time(tmp_path: Path) -> None:
    code, records, _ = parse("--now", "2025-12-05T12:00:00Z", str(scrape_file(tmp_path)))
    assert code == 1
    assert records[0]["published"]["iso"] == "2025-12-05T10:00:00+00:00"  # type: ignore[index]


@pytest.mark.parametrize("jobs", ["2", "3"])
def test_jobs_give_the_same_bytes_as_one_job(tmp_path: Path, jobs: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = scrape_file(tmp_path)
    # a small limit so that the file is streamed a record at a time, as a multi-GB one is
    monkeypatch.setattr("newsparse.reading.WHOLE_LIMIT", 200)
    one = CliRunner().invoke(main, ["parse", "-j", "1", str(path)])
    many = CliRunner().invoke(main, ["parse", "-j", jobs, str(path)])
    assert one.stdout and many.stdout == one.stdout
    assert many.stderr == one.stderr
    assert many.exit_code == one.exit_code == 1


def test_stdin_and_gzip_are_read_as_the_file_is(tmp_path: Path) -> None:
    path = scrape_file(tmp_path)
    _, from_file, err = parse("--now", "2025-12-05T12:00:00Z", str(path))
    code, from_stdin, err_stdin = parse("--now", "2025-12-05T12:00:00Z", "-", stdin=path.read_bytes())
    zipped = tmp_path / "scrapes.jsonl.gz"
    zipped.write_bytes(gzip.compress(path.read_bytes()))
    _, from_gzip, _ = parse("--now", "2025-12-05T12:00:00Z", str(zipped))
    assert code == 1 and err_stdin == err.replace(str(path), "-")

    def without_path(records: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{**r, "source": {**r["source"], "path": None}} for r in records]  # type: ignore[dict-item]

    assert without_path(from_stdin) == without_path(from_file) == without_path(from_gzip)


def test_detected_by_content_not_by_name(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(line({"url": "https://example.org/x", "body": ARTICLE.format(when="Tuesday")}), "utf-8")
    code, records, err = parse("--now", "2025-12-05T12:00:00Z", str(path))
    assert (code, err) == (0, "")
    assert records[0]["source"]["url"] == "https://example.org/x"  # type: ignore[index]


def test_field_options(tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text(
        line(
            {
                "link": "https://example.org/f",
                "key": 5,
                "crawled": 1740830400,
                "page": ARTICLE.format(when="1 hour ago"),
            }
        ),
        "utf-8",
    )
    code, records, err = parse(
        "--text-field", "page", "--url-field", "link", "--id-field", "key", "--time-field", "crawled", str(path)
    )
    assert (code, err) == (0, "")
    source = records[0]["source"]
    assert (source["url"], source["id"]) == ("https://example.org/f", "5")  # type: ignore[index]
    assert records[0]["published"]["iso"] == "2025-03-01T11:00:00+00:00"  # type: ignore[index]
    code, records, err = parse("--text-field", "text", str(path))
    assert (code, records) == (1, [])
    assert err == f"newsparse: error: {path}: line 1: no text: none of text holds a string\n"


def test_unreadable_fetch_time_is_a_warning_and_the_mtime_is_used(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(line({"fetched_at": "last week", "text": ARTICLE.format(when="2 hours ago")}), "utf-8")
    stamp = MTIME.timestamp()
    os.utime(path, (stamp, stamp))
    code, records, err = parse(str(path))
    assert (code, err) == (0, "")
    assert records[0]["published"]["reference"] == MTIME.isoformat()  # type: ignore[index]
    assert [w["code"] for w in records[0]["warnings"]] == ["unreadable-fetch-time"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2025-03-01T12:00:00Z", "2025-03-01T12:00:00+00:00"),
        ("2025-03-01T13:00:00+01:00", "2025-03-01T13:00:00+01:00"),
        ("2025-03-01 12:00:00", "2025-03-01T12:00:00+00:00"),  # no zone: UTC
        ("Sat, 01 Mar 2025 12:00:00 GMT", "2025-03-01T12:00:00+00:00"),
        (1740830400, "2025-03-01T12:00:00+00:00"),
        (1740830400000, "2025-03-01T12:00:00+00:00"),  # milliseconds
        ("yesterday", None),
        (True, None),
        ([2025], None),
    ],
)
def test_fetch_time_forms(raw: object, expected: str | None) -> None:
    when = fetch_time(raw)
    assert (when.isoformat() if when else None) == expected


def test_a_json_array_of_scrape_records_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    items = [{"url": f"https://example.org/{k}", "text": ARTICLE.format(when="Monday")} for k in range(2)]
    path.write_text(json.dumps(items, indent=2), "utf-8")
    code, records, err = parse("--now", "2025-12-05T12:00:00Z", str(path))
    assert (code, err) == (0, "")
    assert [r["source"]["url"] for r in records] == ["https://example.org/0", "https://example.org/1"]  # type: ignore[index]


def test_a_line_over_the_limit_is_skipped_with_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsparse.inputs.LINE_LIMIT", 2000)
    monkeypatch.setattr("newsparse.inputs._BLOCK", 512)
    path = tmp_path / "s.jsonl"
    path.write_text(
        line({"text": ARTICLE.format(when="Monday")})
        + line({"text": "x " * 3000})
        + line({"url": "https://example.org/after", "text": ARTICLE.format(when="Monday")}),
        "utf-8",
    )
    code, records, err = parse("--now", "2025-12-05T12:00:00Z", str(path))
    assert code == 1
    assert err == f"newsparse: error: {path}: line 2: longer than 0 MiB: skipped\n"
    assert [r["source"]["url"] for r in records] == [None, "https://example.org/after"]  # type: ignore[index]


def test_explain_names_the_record_and_its_line(tmp_path: Path) -> None:
    path = scrape_file(tmp_path)
    result = CliRunner().invoke(main, ["parse", "--explain", "--width", "80", str(path)])
    assert result.exit_code == 1
    headers = [x for x in result.stdout.splitlines() if x.startswith("# ")]
    assert headers == [
        f"# {path}#0: input line 1, lines 1-7 · https://example.org/ferry",
        f"# {path}#1: input line 4, lines 1-9 · https://example.org/market-hall",
        f"# {path}#2: input line 5, lines 1-7",
    ]
    assert "line 2: not valid JSON" in result.stderr


def test_validate_and_pretty_print_read_scrape_records(tmp_path: Path) -> None:
    path = scrape_file(tmp_path)
    result = CliRunner().invoke(main, ["validate", "--now", "2025-12-05T12:00:00Z", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2:1: error invalid-scrape-record not valid JSON" in result.stdout
    assert f"{path}:3:1: error invalid-scrape-record no text" in result.stdout
    shown = CliRunner().invoke(main, ["pretty-print", "--now", "2025-12-05T12:00:00Z", "--width", "300", str(path)])
    assert shown.exit_code == 1
    assert "Market hall to open on Sundays" in shown.stdout
    assert f"{path}#1 · lines 1-9 · https://example.org/market-hall" in shown.stdout
    assert "line 2: not valid JSON" in shown.stderr


# -- bounded memory -----------------------------------------------------------------


def _generated(path: Path, count: int) -> Path:
    """`count` scrape records of about 16 KB each (a page's worth of HTML beside a short text)."""
    padding = "<div>" + "filler " * 2300 + "</div>"
    with path.open("w", encoding="utf-8") as out:
        for k in range(count):
            text = f"Item {k} in the list\n\nThe item number {k} was added to the list on Monday, the clerk said."
            out.write(line({"url": f"https://example.org/{k}", "id": k, "raw_html": padding, "text": text}))
    return path


def _peak_rss_kb(path: Path) -> int:
    """Peak resident memory of `newsparse parse -j 1 PATH`, in a process of its own."""
    code = (
        "import resource, sys\n"
        "from newsparse.cli import main\n"
        "try:\n"
        "    main(['parse', '-q', '-j', '1', '--now', '2025-12-05T12:00:00Z', sys.argv[1]])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True
    )
    return int(done.stderr.split()[-1])


def test_memory_stays_flat_on_a_large_scrape_file(tmp_path: Path) -> None:
    small = _generated(tmp_path / "small.jsonl", 400)  # about 6.5 MB
    large = _generated(tmp_path / "large.jsonl", 1600)  # about 26 MB: four times as much
    assert large.stat().st_size > 4 * small.stat().st_size * 0.95
    small_peak, large_peak = _peak_rss_kb(small), _peak_rss_kb(large)
    # holding the input, or its records, would add at least 20 MB between the two
    assert large_peak < small_peak * 1.2, (small_peak, large_peak)


def test_reading_layer_holds_one_record_at_a_time(tmp_path: Path) -> None:
    import tracemalloc

    def peak(path: Path) -> int:
        tracemalloc.start()
        with path.open("rb") as stream:
            count = sum(1 for _ in documents(stream, mtime=None, now=None, fields=ScrapeFields()))
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert count > 0
        return top

    small, large = _generated(tmp_path / "s.jsonl", 200), _generated(tmp_path / "l.jsonl", 800)
    assert peak(large) < peak(small) * 1.5


def test_sniff_tells_scrape_records_from_newsparse_records() -> None:
    assert sniff(b'{"url": "x", "text": "y"}\n') == SCRAPES
    assert sniff(b'  [\n {"text": "y"}]') == SCRAPES
    assert sniff(b'{"schema": "newsparse/record@1", "source": {}}') == "records"
    assert sniff(b'{\n  "source": {"path": "a"},\n  "schema": "newsparse/record@1"\n}') == "records"
    assert sniff(io.BytesIO(b"Plain article text\n").read()) == "text"


# -- the bundled scrape sample -------------------------------------------------------

SCRAPE_SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.jsonl"))


@pytest.mark.parametrize("path", SCRAPE_SAMPLES, ids=lambda p: p.name)
def test_scrape_sample_golden(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`samples/<source>--<case>.jsonl` beside its expected records `.json`;
    `NEWSPARSE_UPDATE_GOLDEN=1` rewrites them after a deliberate change (review the diff)."""
    monkeypatch.chdir(path.parent.parent)  # records name the input as the README's examples do
    result = CliRunner().invoke(main, ["parse", f"samples/{path.name}"], catch_exceptions=False)
    assert (result.exit_code, result.stderr) == (0, "")
    got = [json.loads(x) for x in result.stdout.splitlines()]
    golden = path.with_suffix(".json")
    if os.environ.get("NEWSPARSE_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", "utf-8")
    assert got == json.loads(golden.read_text("utf-8"))


def test_hostile_lines_cost_only_themselves(tmp_path: Path) -> None:
    good = line({"url": "https://example.org/ok", "text": ARTICLE.format(when="Monday")})
    path = tmp_path / "hostile.jsonl"
    path.write_text(
        good
        + "[" * 100_000
        + "\n"  # nesting deeper than the decoder goes
        + '{"text": '
        + "9" * 5000
        + "}\n"  # an integer too long to read
        + '{"id": "half", "text": "A lone half \\ud800 of a character.\\n\\nSecond paragraph of the text here."}\n'
        + line({"html": "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</body></html>"})
        + good,
        "utf-8",
    )
    target = tmp_path / "out"
    for args in (["-j", "1"], ["-j", "2"], ["-o", str(target)]):
        result = CliRunner().invoke(main, ["parse", "--now", "2025-12-05T12:00:00Z", *args, str(path)])
        assert result.exit_code == 1
        errors = result.stderr.splitlines()
        assert [e.split(": ")[3] for e in errors] == ["line 2", "line 3", "line 5"], errors
        assert errors[2].endswith("HTML nested too deep to read (over 2048 elements)")
    records = [json.loads(x) for x in (target / "hostile.jsonl.jsonl").read_text("utf-8").splitlines()]
    assert [r["source"]["url"] for r in records] == ["https://example.org/ok", None, "https://example.org/ok"]
    assert "\ufffd" in json.dumps(records[1], ensure_ascii=False)


@pytest.mark.parametrize(
    ("fetched", "written", "iso"),
    [
        # a year-less date takes the fetch time's year, or the year before when that would be after it
        ("2025-01-02T08:00:00Z", "Dec 30", "2024-12-30"),
        ("2025-06-02T08:00:00Z", "May 30", "2025-05-30"),
        ("2025-06-02T08:00:00Z", "yesterday", "2025-06-01T08:00:00+00:00"),
    ],
)
def test_fetch_time_is_the_reference_for_year_less_and_relative_dates(
    tmp_path: Path, fetched: str, written: str, iso: str
) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text(line({"fetched_at": fetched, "text": ARTICLE.format(when=written)}), "utf-8")
    code, records, err = parse(str(path))
    assert (code, err) == (0, "")
    assert records[0]["published"]["iso"] == iso  # type: ignore[index]


def test_csv_carries_url_and_id(tmp_path: Path) -> None:
    import csv

    result = CliRunner().invoke(main, ["parse", "--format", "csv", str(scrape_file(tmp_path))])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["url"], r["id"]) for r in rows] == [
        ("https://example.org/ferry", "101"),
        ("https://example.org/market-hall", "h-7"),
        ("", ""),
    ]
