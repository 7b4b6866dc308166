"""HTML in: the text a browser lays out, the page's metadata, and the CLI on HTML files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.cli import main
from newsparse.htmltext import PageMeta, declared_charset, html_to_text, looks_like_html
from newsparse.reading import InputError

NOW = "2025-12-05T12:00:00Z"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # blocks stand on their own lines; a paragraph has a blank line around it
        ("<div>one</div><div>two</div>", "one\ntwo\n"),
        ("<p>one</p><p>two</p>", "one\n\ntwo\n"),
        ("<h1>Title</h1><p>Body.</p>", "Title\n\nBody.\n"),
        # inline elements join; white space collapses, also across elements
        ("<p>a <b>bold</b>\n   word, <a href='#'>a link</a></p>", "a bold word, a link\n"),
        ("<p>  spaced   out  </p>", "spaced out\n"),
        # <br> breaks a line
        ("<p>first<br>second<br/>third</p>", "first\nsecond\nthird\n"),
        # list items, and the white space between them is not a line
        ("<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>", "one\ntwo\n"),
        # what a browser does not show
        ("<p>shown</p><script>var x = 1;</script><style>p {}</style>", "shown\n"),
        ("<template><p>template</p></template><noscript>enable scripts</noscript><p>shown</p>", "shown\n"),
        ("<p hidden>hidden</p><p style='color: red; display : none'>none</p><p>shown</p>", "shown\n"),
        ("<p>a<!-- a comment -->b</p>", "ab\n"),
        ("<select><option>Menu</option></select><button>Go</button><p>shown</p>", "shown\n"),
        ("<svg><title>icon</title><text>svg</text></svg><p>shown</p>", "shown\n"),
        # a closed <details> shows its summary only
        ("<details><summary>More</summary><p>inside</p></details>", "More\n"),
        # entities are decoded
        ("<p>Fish &amp; chips &#8211; &ldquo;fresh&rdquo;&nbsp;today</p>", "Fish & chips – “fresh”\u00a0today\n"),
        # table cells separated by a tab, rows by a line end
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>", "a\tb\nc\td\n"),
        # <pre> keeps its line ends
        ("<pre>line one\nline two</pre>", "line one\nline two\n"),
        # <head> is not text: the title goes to the metadata
        ("<html><head><title>Page title</title></head><body><p>Body.</p></body></html>", "Body.\n"),
        ("", ""),
    ],
)
def test_layout_as_a_browser_shows_it(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_metadata_is_kept_aside() -> None:
    page = html_to_text(
        """<!doctype html><html lang="pt-BR"><head>
        <title>  Ferry timetable changes | Harbour News </title>
        <meta property="og:title" content="Ferry timetable changes">
        <meta property="og:site_name" content="Harbour News">
        <meta property="article:published_time" content="2025-03-01T09:30:00+00:00">
        <meta property="article:modified_time" content="2025-03-02T10:00:00+00:00">
        <meta name="author" content="By Ann Lee">
        <meta property="article:author" content="https://example.org/authors/ann-lee">
        <meta name="parsely-author" content="Bo Park">
        <link rel="canonical" href="https://example.org/ferry-timetable">
        <meta property="og:url" content="https://example.org/other">
        </head><body><svg><title>not the title</title></svg><p>Body.</p></body></html>"""
    )
    assert page.meta == PageMeta(
        title="Ferry timetable changes | Harbour News",
        og_title="Ferry timetable changes",
        site_name="Harbour News",
        published="2025-03-01T09:30:00+00:00",
        modified="2025-03-02T10:00:00+00:00",
        authors=("Ann Lee", "Bo Park"),  # "By" taken off; a link to an author page is not a name
        canonical_url="https://example.org/ferry-timetable",
        lang="pt-BR",
    )


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        ('<meta property="og:url" content="https://example.org/a">', "canonical_url", "https://example.org/a"),
        ('<link rel="canonical" href="/relative/path">', "canonical_url", None),
        ('<link rel="canonical" href="javascript:alert(1)">', "canonical_url", None),
        ('<meta itemprop="datePublished" content="2024-05-01">', "published", "2024-05-01"),
        ('<meta property="og:updated_time" content="2024-05-02">', "modified", "2024-05-02"),
        ('<meta http-equiv="content-language" content="fr">', "lang", "fr"),
        ('<meta name="author" content="Jane\x07 Roe">', "authors", ("Jane Roe",)),
        ("<title>" + "x" * 5000 + "</title>", "title", "x" * 1000),
    ],
)
def test_metadata_alternatives_and_cleaning(head: str, field: str, value: object) -> None:
    meta = html_to_text(f"<html><head>{head}</head><body><p>Body.</p></body></html>").meta
    assert getattr(meta, field) == value


def test_nesting_too_deep_for_the_parser_is_an_error_not_a_loss() -> None:
    deep = "<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "<p>after</p></body></html>"
    with pytest.raises(InputError, match="nested too deep"):
        html_to_text(deep)
    # deep, but within the parser's limit: every word is there, and no recursion
    nested = "<html><body>" + "<span>" * 1500 + "deep" + "</span>" * 1500 + "<p>after</p></body></html>"
    assert html_to_text(nested).text == "deep\n\nafter\n"


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("\ufeff  <html lang=en><head></head></html>", True),
        ("<p>A paragraph</p><p>Another</p>", True),
        ("<div class='story'>Text</div>", True),
        ("<!-- saved page --><html><body></body></html>", True),
        ("<3 this story, said the reader</p>", False),  # not opened by markup
        ("Headline\n<p>later markup</p>", False),  # article text that quotes a tag
        ("<Photo: Jane Roe>\nHeadline", False),
        ("<b>Breaking", False),  # no closing tag
        # a scrape that kept a tracking pixel on top: the lines after it are text
        ("<div><img src='pixel.gif' width='1'></div>\nSkip to content\nMenu\nHome\nNews\nHeadline here\n", False),
        ("<p>One paragraph.</p>\n<p>Another one.</p>\n", True),
    ],
)
def test_looks_like_html(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_declared_charset() -> None:
    assert declared_charset(b'<html><head><meta charset="windows-1252">') == "cp1252"
    # read as browsers read them: the wider encoding the label stands for
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">') == "gb18030"
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"
    assert declared_charset(b'<meta charset="utf-8">') == "utf-8"
    assert declared_charset(b'<meta charset="no-such-charset">') is None
    assert declared_charset(b"<html><body>") is None


# -- the CLI on HTML files --------------------------------------------------------

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="windows-1252"><title>Lighthouse keeper retires | Coast Weekly</title>
<link rel="canonical" href="https://example.org/lighthouse"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article><h1>Lighthouse keeper retires after forty years</h1>
<p class="byline">By Ann Lee</p>
<p>The last keeper of the north point lighthouse retired on Friday after forty years of service,
   the coast guard said.</p>
<p>Her caf\xe9 on the pier will stay open, she said.</p></article>
<script>document.write("never in the text")</script></body></html>
"""


def write_page(tmp_path: Path, name: str = "saved.html") -> Path:
    path = tmp_path / name
    path.write_bytes(PAGE.encode("cp1252"))
    return path


def test_parse_html_file(tmp_path: Path) -> None:
    path = write_page(tmp_path)
    result = CliRunner().invoke(main, ["parse", "--now", NOW, str(path)])
    assert (result.exit_code, result.stderr) == (0, "")
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["source"]["url"] == "https://example.org/lighthouse"
    assert record["source"]["id"] is None
    assert record["headline"] == "Lighthouse keeper retires after forty years"
    assert record["authors"] == ["Ann Lee"]
    assert record["body"] == [
        "The last keeper of the north point lighthouse retired on Friday after forty years of service, "
        "the coast guard said.",
        "Her café on the pier will stay open, she said.",  # read in the charset the page declares
    ]
    assert "never in the text" not in result.stdout


def test_latin_1_page_with_curly_quotes_reads_as_a_browser_reads_it(tmp_path: Path) -> None:
    page = tmp_path / "latin.html"
    page.write_bytes(
        b'<html><head><meta charset="iso-8859-1"></head><body><h1>Ferry back on Sunday</h1>'
        b"<p>\x93We are back,\x94 the skipper said on Friday after the repairs to the ferry\x92s engine.</p>"
        b"</body></html>"
    )
    result = CliRunner().invoke(main, ["parse", "--now", NOW, str(page)])
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["body"] == ["“We are back,” the skipper said on Friday after the repairs to the ferry’s engine."]


def test_html_declaring_utf_8_with_stray_bytes_keeps_both(tmp_path: Path) -> None:
    page = tmp_path / "mixed.html"
    page.write_bytes(
        '<html><head><meta charset="utf-8"></head><body><h1>Café reopens</h1>'.encode()
        + b"<p>The caf\xe9 on the pier reopened on Friday after a winter of repairs, its owner said.</p></body></html>"
    )
    result = CliRunner().invoke(main, ["parse", "--now", NOW, str(page)])
    (record,) = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["headline"] == "Café reopens"
    assert record["body"][0].startswith("The café on the pier")
    assert [w["code"] for w in record["warnings"]] == ["encoding-guessed"]


def test_html_is_told_by_content_also_gzipped_and_on_stdin(tmp_path: Path) -> None:
    path = write_page(tmp_path)
    expected = CliRunner().invoke(main, ["parse", "--now", NOW, str(path)]).stdout
    renamed = tmp_path / "page.txt.gz"
    renamed.write_bytes(gzip.compress(path.read_bytes()))
    zipped = CliRunner().invoke(main, ["parse", "--now", NOW, str(renamed)])
    piped = CliRunner().invoke(main, ["parse", "--now", NOW, "-"], input=path.read_bytes())
    assert zipped.stdout == expected.replace(str(path), str(renamed))
    assert piped.stdout == expected.replace(str(path), "-")
    assert zipped.stderr == piped.stderr == ""


def test_explain_shows_the_laid_out_lines(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["parse", "--explain", "--width", "80", "--now", NOW, str(write_page(tmp_path))])
    assert result.exit_code == 0
    headline = [x for x in result.stdout.splitlines() if "Lighthouse keeper" in x]
    assert len(headline) == 1 and "headline" in headline[0].split()
    assert "<h1>" not in result.stdout


def test_deep_html_is_one_error_and_other_inputs_go_on(tmp_path: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 3000 + "x" + "</div>" * 3000 + "</body></html>", "utf-8")
    result = CliRunner().invoke(main, ["parse", "--now", NOW, str(deep), str(write_page(tmp_path))])
    assert result.exit_code == 1
    assert result.stderr == f"newsparse: error: {deep}: HTML nested too deep to read (over 2048 elements)\n"
    assert len(result.stdout.splitlines()) == 1


def test_validate_and_pretty_print_read_html(tmp_path: Path) -> None:
    page = write_page(tmp_path)
    checked = CliRunner().invoke(main, ["validate", "--now", NOW, str(page)])
    assert (checked.exit_code, checked.stderr) == (0, "")
    assert checked.stdout.splitlines()[-1].startswith("checked 1 file")
    broken = tmp_path / "headline-only.html"
    broken.write_text("<html><body><h1>Council meets on Tuesday</h1></body></html>", "utf-8")
    checked = CliRunner().invoke(main, ["validate", "--now", NOW, str(broken)])
    assert checked.exit_code == 1
    assert f"{broken}:1:1: error no-body" in checked.stdout  # line 1 of the laid-out text
    shown = CliRunner().invoke(main, ["pretty-print", "--now", NOW, "--width", "200", str(page)])
    assert (shown.exit_code, shown.stderr) == (0, "")
    assert shown.stdout.startswith("Lighthouse keeper retires after forty years\n")
    assert f"{page}#0 · lines 1-8 · https://example.org/lighthouse" in shown.stdout
