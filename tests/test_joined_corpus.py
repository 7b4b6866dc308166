"""The measuring scripts of issue 12: joined files keep their gold right, and
`make eval`'s exact count reads the parser's records as the scorer does.

Invented articles only; nothing here reads ../shared.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from count_records import accepted_records, inputs_of  # noqa: E402
from eval import exact_count, split_right  # noqa: E402
from joined_corpus import Article, build, dev2_region, files_of, fits, joined  # noqa: E402

NOW_A = "2020-01-01T00:00:00+00:00"
NOW_B = "2014-12-30T19:13:00+00:00"


def article(name: str, now: str, *, published: dict[str, Any] | None = None, lines: int = 3) -> Article:
    text = tuple(f"{name} line {n}" for n in range(1, lines + 1))
    gold = {"id": name, "now": now, "headline": text[0], "published": published, "body_lines": [11, 12]}
    return Article(f"test/{name}", text, 10, gold)


YEAR_WRITTEN = {"text": "December 29, 2014", "iso": "2014-12-29", "relative": False}
NO_YEAR = {"text": "Today, 17:40", "iso": "2019-01-03T17:40", "relative": False}
RELATIVE = {"text": "1 day ago", "relative": True, "seconds_before_reference": 86400}


def test_joined_file_has_two_blank_lines_between_articles_and_renumbered_gold() -> None:
    lines, golds = joined([article("a", NOW_A), article("b", NOW_A, lines=2)])
    assert lines == ["a line 1", "a line 2", "a line 3", "", "", "b line 1", "b line 2"]
    assert [g["joined"]["lines"] for g in golds] == [[1, 3], [6, 7]]
    # source lines 11-12 of each article: its 2nd and 3rd lines, wherever it now stands
    assert [g["body_lines"] for g in golds] == [[2, 3], [7, 8]]
    assert all(g["now"] == NOW_A and "page_now" not in g for g in golds)


def test_an_article_moved_to_another_now_keeps_its_own_as_page_now() -> None:
    _, golds = joined([article("a", NOW_A), article("b", NOW_B, published=YEAR_WRITTEN)])
    assert [g["now"] for g in golds] == [NOW_A, NOW_A]
    assert golds[1]["page_now"] == NOW_B


@pytest.mark.parametrize(
    ("published", "movable"),
    [(None, True), (YEAR_WRITTEN, True), (RELATIVE, True), (NO_YEAR, False)],
)
def test_only_times_that_cannot_depend_on_now_let_an_article_move(
    published: dict[str, Any] | None, movable: bool
) -> None:
    old = article("old", NOW_B, published=published)
    assert old.movable is movable
    assert fits([article("a", NOW_A), old]) is movable
    assert fits([article("a", NOW_B), old])  # the same `now`: nothing moves


def test_files_are_full_share_one_now_and_use_every_article() -> None:
    articles = [article(f"a{n}", NOW_A) for n in range(7)] + [
        article("b0", NOW_B, published=YEAR_WRITTEN),
        article("b1", NOW_B, published=NO_YEAR),
    ]
    files, left_out = files_of(articles, 3, random.Random(1))
    assert all(len(members) == 3 and fits(members) for members in files)
    used = {a.source for members in files for a in members}
    assert used | {a.source for a in left_out} == {a.source for a in articles}
    assert files == files_of(articles, 3, random.Random(1))[0]  # seeded: the same every time


def test_an_article_that_cannot_move_and_finds_no_file_is_left_out() -> None:
    articles = [article("a0", NOW_A), article("a1", NOW_A), article("b", NOW_B, published=NO_YEAR)]
    files, left_out = files_of(articles, 2, random.Random(1))
    assert [a.source for a in left_out] == ["test/b"]
    assert [sorted(a.source for a in members) for members in files] == [["test/a0", "test/a1"]]


def test_dev2_region_runs_from_above_the_headline_to_below_the_body_and_header() -> None:
    page = [
        "Menu",
        "Home",
        "World",
        "Section",
        "",
        "A headline",
        "By Jane Roe",
        "First paragraph.",
        "Second paragraph.",
        "Published December 29, 2014",
        "Share",
        "Tags",
        "Related one",
        "Related two",
        "Related three",
        "Related four",
        "Footer",
    ]
    gold = {
        "id": "p",
        "headline": "A headline",
        "byline": "By Jane Roe",
        "published": {"text": "Published December 29, 2014"},
        "updated": None,
        "body_lines": [8, 9],
    }
    first, last = dev2_region(page, gold)
    assert page[first] == "Home"  # three non-blank lines above the headline
    assert page[last] == "Related four"  # six non-blank lines below the time under the body


def test_the_joined_files_are_never_written_inside_the_repository() -> None:
    with pytest.raises(ValueError, match="inside the repository"):
        build("dev", 2, ROOT / "joined")


def _records(*lines: tuple[str, list[int]]) -> str:
    return "\n".join(json.dumps({"source": {"path": path, "lines": span}}) for path, span in lines) + "\n"


@pytest.mark.parametrize(
    ("stdout", "returncode", "accepted"),
    [
        (_records(("x.txt", [1, 5]), ("x.txt", [8, 9])), 0, True),
        (_records(("x.txt", [1, 5])), 1, True),  # some other input failed
        ("", 1, False),  # no records and a failure: the scorer parses each file alone
        ("Traceback (most recent call last):\n", 0, False),
        (_records(("x.txt", [1, 5])), 2, False),
    ],
)
def test_the_count_keeps_what_the_scorer_keeps(stdout: str, returncode: int, accepted: bool) -> None:
    found = accepted_records(stdout, returncode)
    assert (found is not None) is accepted
    if found is not None:
        assert list(found) == [str(Path("x.txt").resolve())]


def test_the_inputs_are_the_files_after_now() -> None:
    command = ["newsparse", "parse", "--now", NOW_A, "a.txt", "b.txt"]
    assert inputs_of(command) == [str(Path("a.txt").resolve()), str(Path("b.txt").resolve())]


@pytest.mark.parametrize(
    ("starts", "right"),
    [
        ([1, 6], True),
        ([1, 7], True),  # the second record starts late, after a kicker: inside its article
        ([1, 3], False),  # the boundary is too early, inside the first article
        ([1], False),
        ([1, 6, 7], False),
    ],
)
def test_split_right_needs_one_record_starting_inside_each_article(starts: list[int | None], right: bool) -> None:
    assert split_right(starts, [(1, 4), (6, 9)]) is right


def test_exact_count_tallies_every_input_the_scorer_ran(tmp_path: Path) -> None:
    two = tmp_path / "two.txt"
    (tmp_path / "two.gold.jsonl").write_text(
        "".join(json.dumps({"joined": {"lines": span}}) + "\n" for span in ([1, 4], [6, 9])), "utf-8"
    )
    page, lost = tmp_path / "p.page.txt", tmp_path / "q.page.txt"
    log = tmp_path / "log.jsonl"
    calls = [
        {"inputs": [str(two), str(page), str(lost)], "records": None},  # rejected, then one by one
        {"inputs": [str(two)], "records": {str(two): [1, 3]}},
        {"inputs": [str(page)], "records": {str(page): [1, 20]}},
        {"inputs": [str(lost)], "records": None},
    ]
    log.write_text("".join(json.dumps(c) + "\n" for c in calls), "utf-8")
    assert exact_count(log) == {"inputs": 3, "exact": 1, "fewer": 1, "more": 1, "split_right": 0}
