"""Dateline rule: the place/agency/date prefix of a first paragraph."""

from __future__ import annotations

import pytest

from newsparse.evidence.datelines import is_place_line, match

# (paragraph start, dateline text, place, agency, date, rest starts with)
DATELINES = [
    ("ISLAMABAD: Pakistan said", "ISLAMABAD:", "ISLAMABAD", None, None, "Pakistan"),
    ("WASHINGTON (AP) — The Senate voted", "WASHINGTON (AP) —", "WASHINGTON", "AP", None, "The Senate"),
    ("LONDON, Dec 21 (Reuters) - Copper rose", "LONDON, Dec 21 (Reuters) -", "LONDON", "Reuters", "Dec 21", "Copper"),
    (
        "BEIRUT, Lebanon, June 2 (UPI) — Protesters gathered",
        "BEIRUT, Lebanon, June 2 (UPI) —",
        "BEIRUT, Lebanon",
        "UPI",
        "June 2",
        "Protesters",
    ),
    ("PARIS (AFP) - France said", "PARIS (AFP) -", "PARIS", "AFP", None, "France"),
    ("MADRID — The home side kept", "MADRID —", "MADRID", None, None, "The home"),
    ("BERLIN -- Scientists said", "BERLIN --", "BERLIN", None, None, "Scientists"),
    ("NEW DELHI: Officials said", "NEW DELHI:", "NEW DELHI", None, None, "Officials"),
    (
        "DUBAI, United Arab Emirates — The carrier ordered",
        "DUBAI, United Arab Emirates —",
        "DUBAI, United Arab Emirates",
        None,
        None,
        "The carrier",
    ),
    (
        "Washington, DC, United States: The agency chose",
        "Washington, DC, United States:",
        "Washington, DC, United States",
        None,
        None,
        "The agency",
    ),
    (
        "Hong Kong (CNN Business)Markets slipped",
        "Hong Kong (CNN Business)",
        "Hong Kong",
        "CNN Business",
        None,
        "Markets",
    ),
    ("(CNN) The White House said", "(CNN)", None, "CNN", None, "The White"),
    ("NewsDesk.Net - Witnesses described", "NewsDesk.Net -", None, "NewsDesk.Net", None, "Witnesses"),
    ("Elgin, Ill. — The city council met", "Elgin, Ill. —", "Elgin, Ill.", None, None, "The city"),
    ("Celaya, Gto.- Una pipa de gas chocó", "Celaya, Gto.-", "Celaya, Gto.", None, None, "Una pipa"),
    ("CIUDAD DE MÉXICO.- El gobierno federal", "CIUDAD DE MÉXICO.-", "CIUDAD DE MÉXICO", None, None, "El gobierno"),
    ("Elgin, Ill. - The city council met", "Elgin, Ill. -", "Elgin, Ill.", None, None, "The city"),
    ("GARUT, WARTANUSA.com - Banjir bandang", "GARUT, WARTANUSA.com -", "GARUT", "WARTANUSA.com", None, "Banjir"),
    ("Portland, OR — Firefighters said", "Portland, OR —", "Portland, OR", None, None, "Firefighters"),
    ("Tucson — A monsoon storm", "Tucson —", "Tucson", None, None, "A monsoon"),
    # scripts without capitals; an agency between slashes; a place in capitals and a full stop
    ("शिवगढ़: भीषण गर्मी के बीच", "शिवगढ़:", "शिवगढ़", None, None, "भीषण"),
    ("أبوظبي في 4 يناير/ وام/ افتتحت هيئة", "أبوظبي في 4 يناير/ وام/", "أبوظبي", "وام", "4 يناير", "افتتحت"),
    ("【鹿ノ沢】8日午前7時ごろ", "【鹿ノ沢】", "鹿ノ沢", None, None, "8日午前7時ごろ"),
    # a Chinese wire's place between the agency and the day; a Baltic wire's dotted day
    (
        "新华社南昌4月16日电（记者周振宇）记者16日",
        "新华社南昌4月16日电",
        "南昌",
        "新华社",
        "4月16日",
        "（记者周振宇）记者16日",
    ),
    ("RĪGA, 3. marts. LETA. Valdība otrdien", "RĪGA, 3. marts. LETA.", "RĪGA", "LETA", "3. marts", "Valdība"),
    # a German paper's title-case place and a full stop, before a German sentence
    (
        "Bad Wendelstal. Das Freibad wird in diesem Sommer nicht öffnen, teilte die Stadt mit.",
        "Bad Wendelstal.",
        "Bad Wendelstal",
        None,
        None,
        "Das Freibad",
    ),
    (
        "Frankfurt/Main. Die Polizei hat einen Mann festgenommen, der sich auf der Zeil aufhielt.",
        "Frankfurt/Main.",
        "Frankfurt/Main",
        None,
        None,
        "Die Polizei",
    ),
    (
        "НОВОГОРСК, 15 ноября. /ТАСС/. Около 40",
        "НОВОГОРСК, 15 ноября. /ТАСС/.",
        "НОВОГОРСК",
        "ТАСС",
        "15 ноября.",
        "Около",
    ),
    (
        "Vadu Someșului, 22 mai /Agerpres/ - Podul",
        "Vadu Someșului, 22 mai /Agerpres/ -",
        "Vadu Someșului",
        "Agerpres",
        "22 mai",
        "Podul",
    ),
    ("MARINA DI CASTELVECCHIO. Dove fino", "MARINA DI CASTELVECCHIO.", "MARINA DI CASTELVECCHIO", None, None, "Dove"),
    # the outlet after the place, its brackets lost in the scrape
    ("Hong Kong CNN — Stocks fell", "Hong Kong CNN —", "Hong Kong", "CNN", None, "Stocks"),
    ("Washington DC — The mayor said", "Washington DC —", "Washington DC", None, None, "The"),
    # press wires
    (
        "DENVER, Feb. 6, 2024 /PRNewswire/ -- Harbor Analytics said",
        "DENVER, Feb. 6, 2024 /PRNewswire/ --",
        "DENVER",
        "PRNewswire",
        "Feb. 6, 2024",
        "Harbor Analytics",
    ),
    (
        "DENVER--(BUSINESS WIRE)--Harbor Analytics said",
        "DENVER--(BUSINESS WIRE)--",
        "DENVER",
        "BUSINESS WIRE",
        None,
        "Harbor Analytics",
    ),
    # lower-case particles inside a place; a day-first date in another language
    (
        "Santa Rosa de Ocampo, Zac.- El corte",
        "Santa Rosa de Ocampo, Zac.-",
        "Santa Rosa de Ocampo, Zac.",
        None,
        None,
        "El",
    ),
    (
        "Vila Nova de Baixo, Leiria, 28 nov 2026 (Lusa) – A urgência",
        "Vila Nova de Baixo, Leiria, 28 nov 2026 (Lusa) –",
        "Vila Nova de Baixo, Leiria",
        "Lusa",
        "28 nov 2026",
        "A urgência",
    ),
    ("Kumasi, Nov 28 (GNA) – Cocoa farmers", "Kumasi, Nov 28 (GNA) –", "Kumasi", "GNA", "Nov 28", "Cocoa"),
    ("Valdemora, 4 abr (EFE).- El Gobierno", "Valdemora, 4 abr (EFE).-", "Valdemora", "EFE", "4 abr", "El Gobierno"),
    ("Valdemora (EFE).- El Gobierno", "Valdemora (EFE).-", "Valdemora", "EFE", None, "El Gobierno"),
    # a date in brackets after the place; the outlet's domain before it; a place in brackets
    (
        "ASHGROVE, Mo. (May 13, 2024) — The city",
        "ASHGROVE, Mo. (May 13, 2024) —",
        "ASHGROVE, Mo.",
        None,
        "May 13, 2024",
        "The",
    ),
    (
        "KABARLEMBAH.COM, KARANGSARI - Harga",
        "KABARLEMBAH.COM, KARANGSARI -",
        "KARANGSARI",
        "KABARLEMBAH.COM",
        None,
        "Harga",
    ),
    (
        "(Saint-Aurèle-des-Monts) Le conseil a voté.",
        "(Saint-Aurèle-des-Monts)",
        "Saint-Aurèle-des-Monts",
        None,
        None,
        "Le",
    ),
    ("(Fox News) The storm hit.", "(Fox News)", None, "Fox News", None, "The"),
]


@pytest.mark.parametrize(
    ("text", "dl_text", "place", "agency", "date", "rest"), DATELINES, ids=[d[1] for d in DATELINES]
)
def test_dateline(text: str, dl_text: str, place: str | None, agency: str | None, date: str | None, rest: str) -> None:
    found = match(text)
    assert found is not None
    dateline, remainder = found
    assert (dateline.text, dateline.place, dateline.agency, dateline.date) == (dl_text, place, agency, date)
    assert remainder.startswith(rest)


NOT_DATELINES = [
    "The council met on Monday: it voted 9-2.",
    "Pakistan on Friday rejected an Amnesty International report.",
    "“We didn’t leave,” he said.",
    "In October, Pakistan ordered the expulsion of all Afghan nationals.",
    "US stocks rose - the Dow gained 1%.",
    "POLL: Most voters want the bridge rebuilt.",
    "【速報】8日午前7時ごろ、地震があった",  # a label in lenticular brackets, not a place
    "U.S. President Lee said on Monday",  # an abbreviation and its full stop
    "UPDATE. The story has changed",
    "ASK AMY: My sister never calls me back.",
    "NEW: The worst of the holiday travel fears fail to materialize",
    "Today — a day like any other — the council met.",
    "But — and this matters — nobody came.",
    # a title-case name or series before a colon is no place
    "Benjamin: I never thought we would win.",
    "Star Wars Jedi: Survivor arrives on Friday.",
    "Background: The council voted in 2019.",
    # a one-word sentence opening an English paragraph
    "Silence. Then the doors of the hall opened and the crowd moved in.",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert match(text) is None


def test_whole_place_paragraph() -> None:
    assert is_place_line("BAAR, SWITZERLAND")
    assert not is_place_line("BREAKING NEWS FROM THE COUNCIL TODAY AND MORE")
    assert not is_place_line("FULL STORY")  # a label over the story, not its place
