"""HTML in: the page's text laid out as a browser shows it, and its metadata aside.

`html_to_text` parses the page with lxml's HTML parser (libxml2: fast, forgiving
of broken markup, well kept; chosen by measurement, see the README) and walks the
tree the way a browser's `innerText` lays a page out without its stylesheets:

- block elements (`div`, `p`, headings, list items, table captions, ...) stand on
  their own lines, a paragraph with a blank line around it;
- `<br>` breaks a line, table cells are separated by a tab and rows by a line end;
- runs of white space collapse to one space, except in `<pre>`;
- what a browser does not show is left out: `<head>`, `<script>`, `<style>`,
  `<template>`, `<noscript>` (a scraper runs scripts, so their fallback is not on
  the page), `<svg>`, media fallback content, form controls, comments, and
  elements marked `hidden` or `style="display: none"`;
- character references are decoded by the parser.

What the page says about itself (`<title>`, Open Graph and article meta tags, the
canonical URL, `<html lang>`) is collected into a `PageMeta`, which the parser is
given next to the text (`parse_text(..., meta=...)`).

The walk is lxml's (`iterwalk`), so no nesting depth can exhaust Python's stack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .reading import InputError

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Longest metadata value kept (a title or an author list longer than this is not one).
META_LIMIT = 1000

# Elements whose content a browser does not render as text.
_HIDDEN = frozenset(
    "head script style template noscript svg math iframe object embed video audio canvas map "
    "select textarea input button datalist option optgroup rp dialog".split()
)
# Elements a browser lays out as blocks (its default stylesheet's `display`).
_BLOCK = frozenset(
    "html body address article aside blockquote center details dialog dd dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li listing main menu nav ol p plaintext pre "
    "search section summary table caption ul xmp".split()
)
# Blocks set off by a blank line (the browser's "required line break count" of 2).
_PARAGRAPH = frozenset(["p"])
_PRE = frozenset(["pre", "listing", "xmp", "plaintext"])
_CELL = frozenset(["td", "th"])
_ROW_GROUP = frozenset(["thead", "tbody", "tfoot"])
_SPACE_RUN = re.compile(r"[ \t\n\r\f]+")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# A document or fragment that opens with markup: a doctype, a comment, or a known tag.
_OPENS_AS_HTML = re.compile(
    r"\s*(?:<!doctype\s+html|<!--|<\?xml[^>]*>\s*<(?:!doctype\s+)?html"
    r"|<(?:html|head|body|meta|title|link|div|p|span|article|section|main|header|nav|h[1-6]|ul|ol|table|br|a|b|i"
    r"|em|strong|figure|img|script|style|blockquote)[\s/>])",
    re.IGNORECASE,
)
# A closing tag or a tag of the page's skeleton, somewhere in the first bytes.
_HAS_MARKUP = re.compile(r"</(?:[a-z][a-z0-9]*)\s*>|<(?:html|body|head|br)[\s/>]", re.IGNORECASE)
# A whole document: it opens with a doctype or the <html> or <head> element.
_DOCUMENT = re.compile(
    r"\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.I | re.S
)
_TAG = re.compile(r"<[a-zA-Z/!]")
# Share of a fragment's first lines that hold markup: article text that opens with
# a stray tag (a tracking pixel a scrape kept) has markup on few lines, HTML on most.
_MARKUP_LINES = 0.5


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What an HTML page says about itself, as written, or None when it says nothing.

    - `title`: the `<title>` text (often the headline with the site's name added).
    - `og_title`: `<meta property="og:title">`, the title meant for sharing.
    - `site_name`: `<meta property="og:site_name">`.
    - `published`, `modified`: `article:published_time` / `article:modified_time`
      (or the same fact under a common other name: `itemprop="datePublished"`,
      `og:updated_time`, ...), as written, usually ISO 8601.
    - `authors`: `<meta name="author">`, `article:author` and the like, in page
      order, without repeats; a link to an author page is not a name and is left out.
    - `canonical_url`: `<link rel="canonical">`, else `og:url`; absolute http(s) only.
    - `lang`: `<html lang>`, else the `content-language` meta.

    Values are stripped, control characters removed, and at most META_LIMIT long.
    """

    title: str | None = None
    og_title: str | None = None
    site_name: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[str, ...] = ()
    canonical_url: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """A page's text as a browser lays it out, and its metadata."""

    text: str
    meta: PageMeta


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML document (it opens with a doctype, `<html>` or
    `<head>`) or fragment (it opens with a tag, has a closing tag, and most of its
    first lines hold markup: article text rarely starts with `<`, and when a scrape
    kept a stray tag on top, the lines after it are text)."""
    head = text[:4096].lstrip("\ufeff")
    if _DOCUMENT.match(head):
        return True
    if _OPENS_AS_HTML.match(head) is None or _HAS_MARKUP.search(head) is None:
        return False
    lines = [line for line in head.split("\n") if line.strip()]
    return sum(1 for line in lines if _TAG.search(line)) >= len(lines) * _MARKUP_LINES


def bytes_look_like_html(head: bytes) -> bool:
    """`looks_like_html` on the first bytes of an input (any ASCII-compatible encoding)."""
    return looks_like_html(head[:4096].decode("latin-1"))


# Labels browsers read as a wider encoding (the WHATWG Encoding Standard): a page
# declaring latin-1 that uses curly quotes means cp1252, and so on.
_AS_BROWSERS_READ = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
}


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in a `<meta>` in its first 4 KB, if Python knows
    it, as a browser reads it (`iso-8859-1` is read as cp1252)."""
    import codecs

    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii", "replace")).name
    except LookupError:
        return None
    return _AS_BROWSERS_READ.get(name, name)


def html_to_text(html: str) -> HtmlPage:
    """The text a browser shows for `html`, and the page's metadata."""
    root = _parse(html)
    if root is None:
        return HtmlPage("", PageMeta())
    return HtmlPage(_layout(root), _meta(root))


def _parse(html: str) -> HtmlElement | None:
    import lxml.etree
    import lxml.html

    # the declared encoding is moot once the text is decoded: drop an XML declaration
    # that names one, which lxml refuses in a str
    if html.lstrip().startswith("<?xml"):
        html = html.split("?>", 1)[-1]
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, recover=True, huge_tree=True)
    try:
        root: HtmlElement = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        # libxml2 stops at a nesting depth no real page reaches; what lies deeper
        # would be lost without a word
        raise InputError("HTML nested too deep to read (over 2048 elements)")
    return root


# -- layout ------------------------------------------------------------------------

_Item = str | int  # text, or a required number of line ends between two texts


def _layout(root: HtmlElement) -> str:
    items = list(_items(root))
    return _join(items)


def _hidden(el: HtmlElement) -> bool:
    tag = el.tag
    if not isinstance(tag, str):  # a comment or processing instruction left in
        return True
    if tag in _HIDDEN or "hidden" in el.attrib:
        return True
    style = el.get("style")
    if style is not None and _DISPLAY_NONE.search(style) is not None:
        return True
    # a closed <details> shows only its summary
    parent = el.getparent()
    return parent is not None and parent.tag == "details" and parent.get("open") is None and tag != "summary"


def _items(root: HtmlElement) -> Iterator[_Item]:
    """The rendered-text items of the tree, in document order (the browser's
    rendered text collection steps, without CSS beyond the default stylesheet).
    lxml's own walk keeps the stack, so no depth reaches Python's recursion limit."""
    from lxml import etree

    walker = etree.iterwalk(root, events=("start", "end"))
    pre = 0  # how many <pre> the walk is inside
    skipped: HtmlElement | None = None
    for event, el in walker:
        tag = el.tag
        if event == "start":
            if el is not root and _hidden(el):
                walker.skip_subtree()  # its end event comes next
                skipped = el
                continue
            if tag in _PRE:
                pre += 1
            if tag in _BLOCK:
                yield 2 if tag in _PARAGRAPH else 1
            elif tag == "br":
                yield "\n"
            if el.text:
                yield el.text if pre else _SPACE_RUN.sub(" ", el.text)
            continue
        if el is skipped:
            skipped = None  # nothing of it was shown: only its tail follows
        else:
            if tag in _BLOCK:
                yield 2 if tag in _PARAGRAPH else 1
            elif tag in _CELL and _has_next(el, _CELL):
                yield "\t"
            elif tag == "tr" and _row_follows(el):
                yield "\n"
            if tag in _PRE:
                pre -= 1
        if el.tail and el is not root:
            yield el.tail if pre else _SPACE_RUN.sub(" ", el.tail)


def _has_next(el: HtmlElement, tags: frozenset[str]) -> bool:
    return any(sibling.tag in tags for sibling in el.itersiblings())


def _row_follows(row: HtmlElement) -> bool:
    if _has_next(row, frozenset(["tr"])):
        return True
    group = row.getparent()
    if group is None or group.tag not in _ROW_GROUP:
        return False
    return any(sibling.tag in _ROW_GROUP and len(sibling) for sibling in group.itersiblings())


def _join(items: list[_Item]) -> str:
    """Items to text: required line ends between texts become that many line ends
    (the most asked for wins; none at the start or the end), spaces collapse
    across elements and are trimmed at line ends."""
    out: list[str] = []
    pending = 0
    started = False
    for item in items:
        if isinstance(item, int):
            pending = max(pending, item)
            continue
        if not item:
            continue
        if (pending or not started) and not item.strip(" "):
            continue  # collapsible space at the start of a line is not rendered
        if pending and started:
            out.append("\n" * pending)
        pending = 0
        out.append(item)
        started = True
    text = "".join(out)
    lines = (_collapse(line) for line in text.split("\n"))
    return "\n".join(lines).strip("\n") + "\n" if started else ""


def _collapse(line: str) -> str:
    if "  " in line:
        line = re.sub(r" {2,}", " ", line)
    return line.strip(" ")


# -- metadata ------------------------------------------------------------------------

_TITLE_KEYS = ("og:title", "twitter:title")
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.created",
)
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")
_AUTHOR_KEYS = (
    "author",
    "article:author",
    "og:article:author",
    "byl",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "citation_author",
)
_BY = re.compile(r"^\s*by\s+", re.IGNORECASE)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(_CONTROL.sub(" ", value).split())
    return value[:META_LIMIT] or None


def _meta(root: HtmlElement) -> PageMeta:
    named: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
        content = _clean(el.get("content"))
        if key and content:
            named.setdefault(key.strip().lower(), []).append(content)
    canonical = None
    for el in root.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        if "canonical" in rel and canonical is None:
            canonical = _absolute_url(el.get("href"))
    title = None
    for el in root.iter("title"):
        parent = el.getparent()
        if parent is not None and parent.tag == "head":  # not an SVG's <title>
            title = _clean(el.text_content())
            break

    def first(keys: tuple[str, ...]) -> str | None:
        for key in keys:
            if key in named:
                return named[key][0]
        return None

    authors: list[str] = []
    for key in _AUTHOR_KEYS:
        for value in named.get(key, ()):
            for name in _author_names(value):
                if name not in authors:
                    authors.append(name)
    return PageMeta(
        title=title,
        og_title=first(_TITLE_KEYS),
        site_name=first(("og:site_name", "application-name")),
        published=first(_PUBLISHED_KEYS),
        modified=first(_MODIFIED_KEYS),
        authors=tuple(authors),
        canonical_url=canonical or _absolute_url(first(("og:url",))),
        lang=_clean(root.get("lang")) or first(("content-language",)),
    )


def _author_names(value: str) -> Iterator[str]:
    if "://" in value or value.startswith("/"):
        return  # a link to an author page, not a name
    value = _BY.sub("", value)
    if value:
        yield value


def _absolute_url(href: str | None) -> str | None:
    href = _clean(href)
    if href is None or " " in href:
        return None
    return href if re.match(r"https?://[^/?#]+", href, re.IGNORECASE) else None
