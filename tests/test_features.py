"""Per-line evidence: what a line's shape says (prose or not, furniture, site-wide text)."""

from __future__ import annotations

import pytest

from newsparse.evidence.bullets import is_heading, under_heading
from newsparse.evidence.captions import is_credit
from newsparse.evidence.features import code_or_table, is_furniture, measure
from newsparse.text import split_lines

# (line, prose?): prose is a sentence of running text in any language; titles,
# menus and short labels are not.
PROSE = [
    ("The council voted on Tuesday to close the old ferry terminal by the end of the year.", True),
    # languages with few short function words: a long sentence in lower-case words
    ("Kylän vanhempainyhdistys on kerännyt adressiin yli 300 nimeä ja vaatii nopeaa päätöstä.", True),
    ("Belediye ekipleri sabahın erken saatlerinde yoldaki hasarı onarmaya başladı ve trafik açıldı.", True),
    ("Radnice v pondělí schválila rozpočet na opravu mostu přes řeku a práce začnou v dubnu.", True),
    # a script without capitals, its sentence ended by a danda
    ("नगर निगम ने सोमवार को पुराने पुल की मरम्मत के लिए नया बजट पास कर दिया और काम अगले महीने शुरू होगा।", True),
    ("नगर निगम ने पुराने पुल की मरम्मत के लिए बजट पास किया", False),  # a headline: no danda
    # titles, menus and labels
    ("Susi kulki koulun aidan vierestä Kalliojoella – vanhemmat vaativat poikkeuslupaa", False),
    ("Home News Sport Business Culture Weather", False),
    ("Ferry terminal to close as council backs new harbour plan", False),
    ("Share", False),
]


@pytest.mark.parametrize(("line", "expected"), PROSE, ids=[p[0][:40] for p in PROSE])
def test_prose(line: str, expected: bool) -> None:
    assert measure(line).prose is expected


# Page furniture in the languages read: advertisement labels, share buttons, `read also`.
@pytest.mark.parametrize(
    "line", ["Annonse", "Mainos", "Anzeige", "Publicidad", "Jaa", "Lue myös", "Læs også", "Czytaj też", "Lees ook"]
)
def test_furniture_in_other_languages(line: str) -> None:
    assert is_furniture(line)


# Lines that publishing platforms put inside and under a story: ad slots,
# embedded posts, a newsletter platform's box, a tabloid's comment prompt.
@pytest.mark.parametrize(
    "line",
    [
        "Scroll to continue",
        "Sponsor Message",
        "This advertisement has not loaded yet, but your article continues below.",
        "View this post on Instagram",
        "A post shared by Jane Roe (@janeroe)",
        "Thanks for reading The Valley Note! Subscribe for free to receive new posts and support my work.",
        "Share or comment on this article:",
        "The comments below have not been moderated.",
        "Lesen Sie auch: Neue Radwege für die Innenstadt",
        "Be the first to like this post.",
        "Like Loading...",
        "Comments (4)",
        "Repost 0",
        "Partager cet article",
        "Related Topics: Harbour Bridge, Roads, Traffic",
    ],
)
def test_platform_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_newsletter_prompt_in_another_language_is_site_wide() -> None:
    assert measure("Meld deg på vårt nyhetsbrev og få de viktigste sakene hver morgen.").sitewide


@pytest.mark.parametrize(
    "line",
    [
        "Avec votre accord, nos partenaires et nous utilisons des cookies pour mesurer l'audience et afficher "
        "des publicités adaptées à vos centres d'intérêt. Vous pouvez retirer votre consentement à tout moment "
        "depuis la page de réglages accessible en bas de chaque page de notre site.",
        "Wir verwenden Cookies und ähnliche Techniken, um Inhalte zu personalisieren und Zugriffe auf unsere "
        "Website zu analysieren. Mit einem Klick auf Zustimmen erteilen Sie Ihre Einwilligung, die Sie "
        "jederzeit in den Einstellungen unten auf jeder Seite widerrufen können, wie es die Regeln verlangen.",
    ],
)
def test_a_long_consent_notice_in_another_language_is_site_wide(line: str) -> None:
    assert measure(line).words > 35 and measure(line).sitewide


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Photo: Jane Roe / Wire Agency", True),
        ("Kuva: Jussi Niemelä", True),
        ("Foto: Ana Ruiz", True),
        ("Fotoğraf: Haber Ajansı", True),
        ("Graphics by Mei Lin Chao", True),
        ("Photographs by Jane Roe", True),
        ("The council met on Monday", False),
    ],
)
def test_picture_credits(line: str, expected: bool) -> None:
    assert is_credit(line) is expected


# (a heading and the lines under it, whether each line under it is one of its points)
UNDER_HEADINGS = {
    # the story's first paragraph right under the points, much longer than they are
    "first-paragraph-longer": (
        "Key takeaways\n"
        "A change to the diesel index used in surcharge tables takes effect in July.\n"
        "Several large carriers want trailer fuel shown as a line item of its own.\n"
        "Refrigerated trucking companies and the food shippers that use them are reopening their fuel "
        "surcharge agreements this spring, as a change to the index most of the tables follow nears and "
        "as carriers ask for the fuel burned by trailer units to be billed on its own.\n",
        [True, True, False],
    ),
    # `Summary is AI generated, newsroom reviewed.`: a note on the list, not a point
    "note-under-heading": (
        "Quick Reads\n"
        "Summary is AI generated, newsroom reviewed.\n"
        "The High Court quashed a criminal case against the founder of a payments start-up.\n"
        "The complaint had alleged that customer data was leaked through a third-party vendor.\n",
        [False, True, True],
    ),
    # points without full stops, then a sentence that ends in one, not twice their length
    "sentence-under-unpunctuated-points": (
        "Key points:\n"
        "The rebate will be open to owner-occupiers and landlords from July 1\n"
        "It covers up to half the installed cost of a heat pump, capped at $3,500\n"
        "The government has announced a $1.2 billion program to help households swap their old hot water "
        "systems for electric heat pumps.\n",
        [True, True, False],
    ),
}


@pytest.mark.parametrize(("text", "expected"), UNDER_HEADINGS.values(), ids=UNDER_HEADINGS.keys())
def test_points_under_a_key_points_heading(text: str, expected: list[bool]) -> None:
    lines = split_lines(text)
    assert [under_heading(lines, i) for i in range(1, len(expected) + 1)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("28 November 2026 10:45 am - 2 - {{hitsCtrl.values.hits}}", False),  # an unfilled placeholder
        ("if (ready) { start(); }", True),
        ("Ferry timetable cut for the winter", False),
    ],
)
def test_code_or_table(line: str, expected: bool) -> None:
    assert code_or_table(line) is expected


@pytest.mark.parametrize(
    "line",
    ["Here's what we know:", "What to know", "Lo que debe saber", "Ce qu'il faut savoir", "Fast facts on sleep apnea"],
)
def test_key_points_headings_in_several_wordings(line: str) -> None:
    assert is_heading(line)
