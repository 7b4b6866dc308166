"""Byline rule: which lines are bylines, and the authors they name."""

from __future__ import annotations

import unicodedata

import pytest

from newsparse.evidence.bylines import (
    authors,
    copyright_name,
    desk_line,
    given_name,
    is_lead_only,
    looks_like_name_line,
    match,
)
from newsparse.vocab.given_names import GIVEN_NAMES
from newsparse.vocab.not_names import NOT_NAME_NOUNS
from newsparse.vocab.roles import ACCOUNT_LINES, BYLINE_LEADS, CREDENTIALS, DESK_WORDS, JOB_WORDS, ROLE_WORDS

# (line, authors); a None for authors means the line is not a byline at all.
BYLINES = [
    ("Jane Roe, CNN", ["Jane Roe"]),
    ("Jane Roe for The Guardian", ["Jane Roe"]),
    ("Ann Lee and Bo Park, Reuters", ["Ann Lee", "Bo Park"]),
    ("Jane Roe / City Times", ["Jane Roe"]),
    ("Words: Jane Roe", ["Jane Roe"]),
    # an outlet glued after the name, a count glued after it, `Published by`
    ("By Jane Roe Springfield Gazette", ["Jane Roe"]),
    ("By Ann Lee and Bo Park Twin City News-Herald", ["Ann Lee", "Bo Park"]),
    ("By Mary Ann Post", ["Mary Ann Post"]),
    ("By LISA MORENO and OMAR SAYED Associated Press", ["LISA MORENO", "OMAR SAYED"]),
    ("by Jane Roe 3 min read", ["Jane Roe"]),
    ("By Jane Roe 12 comments", ["Jane Roe"]),
    ("Published by Jane Roe", ["Jane Roe"]),
    ("Jane Roe (AP)", ["Jane Roe"]),
    ("Ann Lee and Bo Park (Reuters)", ["Ann Lee", "Bo Park"]),
    ("Jane Roe (left)", None),
    ("Story: Jane Roe; Photos: Bo Park", ["Jane Roe"]),
    ("Paris, France", None),
    ("Victoria Park, London", None),
    ("— Victoria Park, London", None),  # a dash before a place signs nothing
    ("— Jane Roe said the plan would wait", None),
    ("Της κυβέρνησης η απόφαση ήταν σαφής.", None),  # the Greek article opening a sentence
    ("Jane Roe (with changes)", None),
    ("Tom Hale, chairman of the board", None),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
    ("Jane Doe | Reuters", ["Jane Doe"]),
    ("By The Associated Press", ["The Associated Press"]),
    ("Associated Press", ["Associated Press"]),
    ("By Reuters", ["Reuters"]),
    ("AFP, Paris,", ["AFP"]),
    ("By Jane Holt, CNN Business", ["Jane Holt"]),
    ("Analysis by Sam Rivera, CNN Editor-at-large", ["Sam Rivera"]),
    ("By Omar Haddad | Metro News", ["Omar Haddad"]),
    ("By Ruth Ames - Science Desk Contributor", ["Ruth Ames"]),
    ("Written by Clara Voss, MS, RD", ["Clara Voss"]),
    ("Posted by Peter James Hale on", ["Peter James Hale"]),
    ("By Ines Moreau, Karl Berg", ["Ines Moreau", "Karl Berg"]),
    ("By Noel Grant , Anh Do", ["Noel Grant", "Anh Do"]),
    ("By Vera Kowalska and Eitan Shapiro", ["Vera Kowalska", "Eitan Shapiro"]),
    ("By HELEN MARSH", ["HELEN MARSH"]),
    ("BY HELEN MARSH AND OMAR SAYED, ASSOCIATED PRESS", ["HELEN MARSH", "OMAR SAYED"]),
    ("written by Juno", ["Juno"]),
    ("by webadmin", ["webadmin"]),
    ("By Lena Park lpark@example.com(555) 555-0182", ["Lena Park"]),
    ("By Aaron ColeMETROBusiness", ["Aaron Cole"]),
    ("Por María López", ["María López"]),
    # labels other than `By`, in several languages
    ("By: Odile Marchand", ["Odile Marchand"]),
    ("Curator: Ines Alvaro", ["Ines Alvaro"]),
    ("Autori: Ilze Kalniņa (ārzemju ziņu redaktore)", ["Ilze Kalniņa"]),
    ("Autor: Tomasz Wróbel", ["Tomasz Wróbel"]),
    ("Écrit par Hélène Garnier", ["Hélène Garnier"]),
    ("Par Hélène Garnier et Marc Vidal", ["Hélène Garnier", "Marc Vidal"]),
    ("Von Hans Krüger und Petra Vogt", ["Hans Krüger", "Petra Vogt"]),
    ("Por Juan Pérez en Madrid", ["Juan Pérez"]),
    ("Door Femke de Wit en Joris Bakker", ["Femke de Wit", "Joris Bakker"]),
    ("Av Linnea Berg och Oskar Holm", ["Linnea Berg", "Oskar Holm"]),
    ("Af Mette Lund", ["Mette Lund"]),
    # an outlet glued on with a channel's number, or named by its letters and a region
    ("By Ines Moreau & Karl Berg  Riverside 7 News", ["Ines Moreau", "Karl Berg"]),
    ("Ines Moreau und Karl Berg, RBK Nordhafen", ["Ines Moreau", "Karl Berg"]),
    ("Ines Moreau, RBK Nordhafen", ["Ines Moreau"]),
    ("作者：李明", ["李明"]),
    # credentials and places after the name are not part of it
    ("By Lydia Fenn MD", ["Lydia Fenn"]),
    ("By Lydia Fenn, PhD, and Omar Sayed", ["Lydia Fenn", "Omar Sayed"]),
    ("By Colin Marsh, Riverside Cricket Ground", ["Colin Marsh"]),
    ("By Colin Marsh, Tech Insider", ["Colin Marsh"]),
    # a byline glued to itself or to contact details by the scrape
    ("Jane Roe | jroe@example.com By Jane Roe | jroe@example.com", ["Jane Roe"]),
    ("Ari Stone, Lakeside Media Group By Ari Stone, Lakeside Media Group", ["Ari Stone"]),
    ("jroe@example.com By Jane Roe", ["Jane Roe"]),
    ("By Jane Roe By Jane Roe", ["Jane Roe"]),
    ("By Jane RoeBy Jane Roe", ["Jane Roe"]),
    # a job title or an outlet after the name, glued on or not
    ("By Jane RoeStaff Writer", ["Jane Roe"]),
    ("Helen MarshCourt Reporter", ["Helen Marsh"]),  # the desk's word glued on before the job
    # a Chinese paper's reporter credit, perhaps after the paper's name
    ("民聲日報 記者林佳蓉／台南即時報導", ["林佳蓉"]),
    ("本报记者 周振宇 刘晓霞", ["周振宇", "刘晓霞"]),
    ("新华社记者 周振宇 摄", None),  # a photo's credit
    ("By Ian MacDonald Reporter", ["Ian MacDonald"]),  # a capital inside a name is no glue
    # a job after a comma, and its desk or programme after another, name nobody
    ("By Amara Okafor, Field Coordinator, Lake Zone Programmes", ["Amara Okafor"]),
    ("By Jane Roe, Health Reporter, and Bo Park, Science Editor", ["Jane Roe", "Bo Park"]),
    ("By Jane Roe Staff Writer", ["Jane Roe"]),
    ("By Jane Roe CITY TIMES", ["Jane Roe"]),
    ("By JANE ROE / Staff Writer", ["JANE ROE"]),
    ("By Jane Roe, The Valley Post", ["Jane Roe"]),
    # no `By`: people joined by `and`, perhaps an outlet in capitals after them
    ("Ann Lee and Bo Park CITY TIMES", ["Ann Lee", "Bo Park"]),
    ("Maria Santos & Kofi Boateng", ["Maria Santos", "Kofi Boateng"]),
    # no `By`: a name with a given name, a comma and a job title
    ("Jane Roe, Health Reporter", ["Jane Roe"]),
    ("Jane Roe Senior Reporter", ["Jane Roe"]),
    # the job title in sentence case: it starts at the capital before its lower-case words
    ("Jane Roe Social affairs correspondent", ["Jane Roe"]),
    ("Peter Marsh Political correspondent", ["Peter Marsh"]),
    ("Bethan Hughes Local Democracy Reporter", ["Bethan Hughes"]),
    # other languages: people joined by their `and`, a job after or before the name,
    # a surname in capitals (no outlet)
    ("Femke de Wit en Joris Bakker", ["Femke de Wit", "Joris Bakker"]),
    ("Yves LE BIHAN, correspondant", ["Yves LE BIHAN"]),
    ("Kimberley Grant/Staff Reporter", ["Kimberley Grant"]),
    # other leads
    ("Hosted by Ama Teodoro", ["Ama Teodoro"]),
    ("Guest opinion by Winnie Osei-Banks", ["Winnie Osei-Banks"]),
    ("Photographs and words by Ana Ruel", ["Ana Ruel"]),
    # an agency's sign-off under the story
    ("— Bernama", ["Bernama"]),
    # a writer's sign-off under the story (a dash and a named person)
    ("— Meredith Okoro", ["Meredith Okoro"]),
    ("（佐藤美咲）", ["佐藤美咲"]),
    ("ΤΗΣ ΜΑΡΙΑΣ ΠΑΠΑΔΟΠΟΥΛΟΥ", ["ΜΑΡΙΑΣ ΠΑΠΑΔΟΠΟΥΛΟΥ"]),  # Greek: the writer's name in the genitive
    ("Του Γιώργου Νικολάου", ["Γιώργου Νικολάου"]),
    # the writer and the wire the story drew on
    ("Julien Vanderlinden (avec Belga)", ["Julien Vanderlinden"]),
    ("Jane Roe (with agencies)", ["Jane Roe"]),  # a Japanese paper's writer in brackets under the story
    ("-- Jane Roe", ["Jane Roe"]),
    ("Penulis: Kontributor Garut, Rina Kartika", ["Rina Kartika"]),
    ("Written by Jane Roe and Sam Lee. Updated", ["Jane Roe", "Sam Lee"]),
    ("By Prof. Jane Roe", ["Jane Roe"]),
    ("By Dr. Ana Ruiz, MD, MPH", ["Ana Ruiz"]),
    ("Kwame Mensah, Senior Correspondent", ["Kwame Mensah"]),
    # people who share one job title; job titles before each name
    ("Elena Park and James O'Connell, Staff Writers", ["Elena Park", "James O'Connell"]),
    ("By Meteorologist Kyle Brandt and Senior Meteorologist Dana Ruiz", ["Kyle Brandt", "Dana Ruiz"]),
    # a labelled byline with the camera operator after it; a surname in capitals after two given names
    ("Haber: Mehmet Ali KARADUMAN - Kamera: Serkan YILDIZ", ["Mehmet Ali KARADUMAN"]),
    # the outlet after `FOR` in capitals; job titles in lower case before each name
    ("By KIRSTY HOLLOWAY and TOM BRAKE FOR CLARIONONLINE", ["KIRSTY HOLLOWAY", "TOM BRAKE"]),
    ("By political reporter Jacinta Moore and economics correspondent Tom Achebe", ["Jacinta Moore", "Tom Achebe"]),
    # the outlet or the place after the last person of a list
    ("Por Ana Luíza Prado e Rafael Tenório, Portal Horizonte", ["Ana Luíza Prado", "Rafael Tenório"]),
    ("By Ann Lee and Bo Park, Springfield, Ill.", ["Ann Lee", "Bo Park"]),
    ("Por Ana Paula Souza e Rodrigo Mattos, Diário Sul e Região", ["Ana Paula Souza", "Rodrigo Mattos"]),
    # each list of people with its own outlet after it
    (
        "by Nadia Ferreira-Holt and Gideon Asante, Open Docket, and Lise Carmody, The Harbor Courier",
        ["Nadia Ferreira-Holt", "Gideon Asante", "Lise Carmody"],
    ),
    # a correspondent away from the desk
    ("From Chinedu Okafor, Enugu", ["Chinedu Okafor"]),
    ("From Jane Roe and Bo Park in Lagos", ["Jane Roe", "Bo Park"]),
    # a wire story's credits: the reporters, each where they filed from; not its editors
    (
        "Reporting by Ada Obi in Lagos and Bo Park in Seoul; Editing by Cy Dunn and Di Fox",
        ["Ada Obi", "Bo Park"],
    ),
    ("Reporting by Ada Obi; additional reporting by Bo Park; Editing by Cy Dunn", ["Ada Obi"]),
    ("Reporting by Ada Obi; Writing by Bo Park; Editing by Cy Dunn", ["Ada Obi", "Bo Park"]),
    # French Canada's label; where the writer reported from; a writer and her agency
    ("Un texte de Marie-Ève Roy et Luc Giroux", ["Marie-Ève Roy", "Luc Giroux"]),
    ("Reported by DONAL KEHOE at Fr Moloney Park", ["DONAL KEHOE"]),
    ("Emma Lindqvist/TT", ["Emma Lindqvist"]),
    # a national agency alone, and its sign-off under a story
    ("Lusa", ["Lusa"]),
    ("/ritzau/", ["ritzau"]),
    # a blog's footer with the time it was posted; a footnote's mark after the name
    ("Posted by Walt Denholm at 8:47 PM", ["Walt Denholm"]),
    ("By HÉLÈNE GARNIER-ROUX*", ["HÉLÈNE GARNIER-ROUX"]),
    ("From the archives", None),
    ("From Wikipedia, the free encyclopedia", None),
    ("By then, the crowd had gone home.", None),
    ("By the time the results came in, polls had closed.", None),
    ("Bylines are not always at the top", None),
    ("By subject", None),
    ("By Region", None),
    ("Browse by date", None),
    ("by Taboola", None),
    ("The council met on Monday", None),
    ("Change Region", None),
    ("Puppet Masters, Tech Insider", None),
    ("Paris, France", None),
    ("Door Hardware By Brand", None),
    ("Ines Moreau, CEO Harbour", None),  # a job in letters, no outlet
    # a lead of another language opening a sentence
    ("Par ailleurs, la mairie a confirmé la date", None),
    ("Von der Sperrung betroffen sind:", None),
    ("Salt and Pepper Shakers", None),
    ("Rock & Roll Hall of Fame", None),
    ("Lakeside Media Institute", None),
    ("Also Read | Harbour ferry fares rise again for the summer", None),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES, ids=[b[0] for b in BYLINES])
def test_byline(line: str, expected: list[str] | None) -> None:
    found = match(line)
    if expected is None:
        assert found is None
    else:
        assert found == line
        assert authors(found) == expected


NAME_LINES = [
    ("Nadia Okafor", True),
    ("Nadia K Okafor", True),  # a middle initial without its full stop
    ("Visit A Town", False),
    ("Royal Self-Indicting Arrogance", False),  # a title's abstract nouns
    ("Tobias Vance", True),
    ("Jean Clement", True),
    ("Luis De LeonView More Articles", True),
    ("Pat Brennan@PatBrennan", True),
    ("Find Your Next Car", False),
    ("FIND YOUR NEXT CAR", False),
    ("The Latest", False),
    ("Gazette Sport", False),
    ("Weather", False),
    # people listed with commas, perhaps with their town last; not places
    ("Sanne de Vries, Thijs Bakker", True),
    ("Ольга Мельник, Андрій Бойко, Житомир", True),
    ("Paris, France", False),
    ("Lyon, Marseille, Toulouse", False),
    # shouted names open with a given name; shouted labels do not
    ("TOM BENNETT", True),
    ("NATALIYA VASILYEVA", True),
    ("MORE TOP STORIES", False),
    # furniture and contact details glued after the name
    ("Ben Walsh Become a fan ben.walsh@example.com", True),
    ("Jane Doe (@janedoe)", True),
    ("Jane Roe / Getty Images", False),  # a picture credit
    ("JANE ROE / STAFF PHOTOGRAPHER", False),
    ("Dr. Jane Doe", True),
    ("Jane Doe, Ph.D.", True),
    ("Apple Inc. Has an iPhone Problem", False),
    ("Work Less. Secure More.", False),
    # a place or an outlet after the name's comma
    ("Andrew Ramsey, Riverside Cricket Ground", True),
    ("Andrew Ramsey, Riverside Stone", False),  # a second piece that is neither a place nor a person
    ("Rahel Zimmermann, Chur", True),  # the town the writer files from
    ("Andrew Ramsey, Oliver", False),  # a given name after the comma: a second person
    # title-case phrases that are no names
    ("Change Region", False),
    ("Puppet Masters", False),
    ("Tech Insider", False),
    ("Older Article", False),
    ("Marketing Strategy", False),
    ("Fact Checked", False),
    ("Good Morning America", False),
    ("North Korea", False),
    ("United Kingdom", False),
    ("Accessibility Statement", False),
    ("Loading Photo Gallery", False),
    # two people on one line; particles inside names; a title opening with an article
    ("Lwazi Ngcobo and Anel du Plessis", True),
    ("Piet ter Horst", True),
    ("Salt and Pepper Shakers", False),
    ("Real Estate and Home Design", False),
    ("L'Écho du Port", False),
    ("Julien Vanderlinden (avec Belga)", True),  # an aside after the name
]


@pytest.mark.parametrize(("line", "expected"), NAME_LINES, ids=[n[0] for n in NAME_LINES])
def test_name_line(line: str, expected: bool) -> None:
    assert looks_like_name_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Author:", True), ("By", True), ("By Jane Doe", False), ("Texto", True), ("Autor", True), ("Story", False)],
)
def test_lead_only(line: str, expected: bool) -> None:
    assert is_lead_only(line) is expected


GIVEN = [
    ("Tom Bennett", True),
    ("TOM BENNETT", True),
    ("Dr. Ana Ruiz", True),
    ("Jean-Pierre Roux", True),
    ("Hélène Garnier", True),
    ("Kim Min-jun", True),
    ("Oluwaseun Adeyemi", True),
    ("North Korea", False),
    ("United Kingdom", False),
    ("Accessibility Statement", False),
    ("Marketing Strategy", False),
    ("Associated Press", False),
    ("", False),
]


@pytest.mark.parametrize(("name", "expected"), GIVEN, ids=[g[0] or "empty" for g in GIVEN])
def test_given_name(name: str, expected: bool) -> None:
    assert given_name(name) is expected


DESKS = [
    ("Our Foreign Staff", True),
    ("By Our Correspondent", True),
    ("Gazette Sport", True),
    ("Web Desk", True),
    ("Our Staff", False),  # a menu link, not a desk
    ("Staff", False),
    ("The Staff", False),
    ("Contact our foreign staff", False),
    ("Meet the people behind our staff", False),
]


@pytest.mark.parametrize(("line", "expected"), DESKS, ids=[d[0] for d in DESKS])
def test_desk_line(line: str, expected: bool) -> None:
    assert desk_line(line) is expected


COPYRIGHTS = [
    ("© 2002, 2003 Jamie Roe", "Jamie Roe"),
    ("Copyright © 2019 Priya Raman. All rights reserved.", "Priya Raman"),
    ("© 2014 Cable News Network. All rights reserved.", None),
    ("© 2024 Gazette Media Group", None),
    ("Jamie Roe", None),
]


@pytest.mark.parametrize(("line", "expected"), COPYRIGHTS, ids=[c[0] for c in COPYRIGHTS])
def test_copyright_name(line: str, expected: str | None) -> None:
    assert copyright_name(line) == expected


def test_vocabularies_are_folded_and_apart() -> None:
    """The tables are looked up case-folded and without accents; a word is a
    given name or a non-name word, never both."""
    for table in (GIVEN_NAMES, NOT_NAME_NOUNS, CREDENTIALS, DESK_WORDS, JOB_WORDS, ACCOUNT_LINES):
        assert table
        assert all(word == word.casefold() and word.strip() == word and word for word in table)
    # without accents (names in other scripts keep their letters: `ольга`)
    assert not any(
        unicodedata.combining(c) for word in GIVEN_NAMES | NOT_NAME_NOUNS for c in unicodedata.normalize("NFKD", word)
    )
    assert not GIVEN_NAMES & NOT_NAME_NOUNS
    assert JOB_WORDS <= ROLE_WORDS
    assert all(lead == lead.casefold() for lead in BYLINE_LEADS)
    assert len(set(BYLINE_LEADS)) == len(BYLINE_LEADS)
