"""Quotation finding and speaker attribution, table-driven.

Each row is a small article body (paragraphs separated by a blank line) and what
one of its quotations must come out as. Rows run the paragraph rules directly on
a draft, so they test this stage alone, whatever the layout stage does.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest

from newsparse.model import Quote
from newsparse.paragraph_rules import PARAGRAPH_RULES, Draft
from newsparse.paragraphs import Paragraph
from newsparse.pipeline import parse_text
from newsparse.quote_marks import scan

ANY = object()  # a field the row does not check


def run(body: str, bullets: tuple[str, ...] = ()) -> Draft:
    """Run every paragraph rule over paragraphs given one per blank-line block;
    paragraph k sits on line k + 1."""
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    draft = Draft(
        "Headline",
        None,
        [Paragraph(text, 100 + k, 100 + k) for k, text in enumerate(bullets)],
        [Paragraph(text, k + 1, k + 1) for k, text in enumerate(paras)],
    )
    for _name, rule in PARAGRAPH_RULES:
        rule(draft)
    return draft


def find(draft: Draft, text: str) -> Quote:
    found = [q for q in draft.quotes if q.text == text]
    assert found, f"no quotation {text!r} in {[q.text for q in draft.quotes]}"
    return found[0]


@dataclass(frozen=True)
class Row:
    name: str
    body: str
    text: str
    speaker: str | None
    speaker_text: object = ANY
    cue: object = ANY
    partial: object = ANY


ROWS = [
    # --- attribution patterns ---
    Row(
        "quote-comma-pronoun-said",
        "Coach Peter Hall praised the squad on Sunday.\n\n“We didn’t leave,” he said.",
        "We didn’t leave",
        "Peter Hall",
        "he",
        "said",
        False,
    ),
    Row(
        "quote-said-name-appositive",
        "“The talks will resume,” said Maria Lopez, the foreign minister.",
        "The talks will resume",
        "Maria Lopez",
        "Maria Lopez",
        "said",
        False,
    ),
    Row(
        "name-said-colon-quote",
        "Ambassador Lena Park said: “The question is simple.”",
        "The question is simple.",
        "Lena Park",
        "Ambassador Lena Park",
        "said",
        False,
    ),
    Row(
        "name-told-reporters-quote",
        "Police chief Omar Haddad told reporters “the road stays closed until Friday.”",
        "the road stays closed until Friday.",
        "Omar Haddad",
        cue="told",
    ),
    Row(
        "quote-dash-name",
        "“Nobody is above the law.” — Senator Ruth Baker",
        "Nobody is above the law.",
        "Ruth Baker",
        cue=None,
    ),
    Row(
        "according-to-name",
        "According to Dr. Amit Shah, “the vaccine works in older patients.”",
        "the vaccine works in older patients.",
        "Amit Shah",
        cue="according to",
    ),
    Row(
        "wrote-on-twitter",
        "Mayor Tom Ellis wrote on Twitter: “Stay home tonight and keep warm.”",
        "Stay home tonight and keep warm.",
        "Tom Ellis",
        cue="wrote",
    ),
    Row(
        "in-a-statement-organisation",
        "In a statement, Acme Corp said “the recall is voluntary and limited.”",
        "the recall is voluntary and limited.",
        "Acme Corp",
        cue="said",
    ),
    Row(
        "added",
        "Finance Minister Sara Cohen presented the budget.\n\n“Prices will fall next year,” Cohen added.",
        "Prices will fall next year",
        "Sara Cohen",
        "Cohen",
        "added",
    ),
    Row(
        "stated",
        "Sara Cohen, the finance minister, met bankers.\n\n“Rates stay where they are,” Cohen stated.",
        "Rates stay where they are",
        "Sara Cohen",
        cue="stated",
    ),
    Row(
        "noted",
        "Analyst Rui Costa, of Lisbon Capital, looked at the data.\n\n“Exports are up,” Costa noted.",
        "Exports are up",
        "Rui Costa",
        cue="noted",
    ),
    Row(
        "warned-adverb",
        "Health Minister Ines Vale briefed parliament.\n\n“Winter will be hard,” Vale warned on Monday.",
        "Winter will be hard",
        "Ines Vale",
        cue="warned",
    ),
    Row(
        "name-then-adverb-verb",
        "“Nothing has changed,” Minister Ali Reza later told the press.",
        "Nothing has changed",
        "Ali Reza",
        cue="told",
    ),
    Row(
        "appositive-after-quote",
        "“The contract is void,” Jane Roe, a lawyer at Roe and Partners in Leeds, told reporters.",
        "The contract is void",
        "Jane Roe",
        cue="told",
    ),
    Row(
        "appositive-before-verb-not-the-firm",
        "Omar Lamar, a senior analyst at Stratline, the research firm, said the plan was “certainly absurd.”",
        "certainly absurd.",
        "Omar Lamar",
        partial=True,
    ),
    Row(
        "exclamation-then-name-verb",
        "President Dana Ortiz campaigned in the north.\n\n“Vote today!” Ortiz tweeted before noon.",
        "Vote today!",
        "Dana Ortiz",
        cue="tweeted",
    ),
    Row(
        "participle-saying",
        "Spokesperson Nadia Karim rejected the report, saying “it is baseless and untrue.”",
        "it is baseless and untrue.",
        "Nadia Karim",
        cue="saying",
    ),
    Row(
        "second-verb-same-subject",
        "The ministry denies any link, says the country has “absolutely no cooperation” with them.",
        "absolutely no cooperation",
        ANY,  # the ministry: a description with no name to resolve to
        partial=True,
    ),
    Row(
        "lead-in-wins-over-relay",
        "Suspect Dan Moss was arrested on Friday.\n\nDuring the call, he said, “I will find her,” the police said.",
        "I will find her",
        "Dan Moss",
        "he",
        "said",
    ),
    Row(
        "framing-noun-his-claim",
        "Prince Arthur gave an interview.\n\nIt contradicts his claim that the pair were “not close”.",
        "not close",
        "Prince Arthur",
        partial=True,
    ),
    Row(
        "speaker-text-not-cut-inside-a-title",
        "Deputy Director for Regional Security Ana Lind said “the bridge opens in spring.”",
        "the bridge opens in spring.",
        "Ana Lind",
        "Ana Lind",
        "said",
    ),
    Row(
        "speaker-text-of-state-title",
        "Secretary of State Omar Haddad said “the border stays open.”",
        "the border stays open.",
        "Omar Haddad",
        "Omar Haddad",
    ),
    Row(
        "speaker-text-drops-non-title-words",
        "Northern Rail Safety Board Chair Ana Lind told reporters “the timetable changes in May.”",
        "the timetable changes in May.",
        "Ana Lind",
        "Ana Lind",
    ),
    Row(
        "speaker-text-keeps-whole-title",
        "Deputy Foreign Minister Ana Lind said “the talks went well.”",
        "the talks went well.",
        "Ana Lind",
        "Deputy Foreign Minister Ana Lind",
    ),
    # --- resolution to the fullest name ---
    Row(
        "title-and-surname-to-full-name",
        "Ambassador Idris Malik addressed the council.\n\n"
        "“Weapons must be traced,” Ambassador Malik told the briefing.",
        "Weapons must be traced",
        "Idris Malik",
        "Ambassador Malik",
        "told",
    ),
    Row(
        "councillor-and-party-to-pronoun",
        "Cllr Nora Quinlan (FG) said some families learned of the route online.\n\n"
        "‘We were promised that nobody would find out this way,’ she said.",
        "We were promised that nobody would find out this way",
        "Nora Quinlan",
        "she",
        "said",
    ),
    Row(
        "role-comma-name-is-a-person",
        "Dr Lina Haddad said the clinic had seen 900 patients.\n\n"
        "The union's general secretary, Mehr Nawaz Joiya, said most kilns had converted.\n\n"
        "“Vehicles are the biggest polluters, not us,” he said.",
        "Vehicles are the biggest polluters, not us",
        "Mehr Nawaz Joiya",
        "he",
        "said",
    ),
    Row(
        "outlet-before-a-job-is-no-speaker",
        "“Tomorrow will be a quieter day,” says TV meteorologist.",
        "Tomorrow will be a quieter day",
        None,
    ),
    Row(
        "team-and-post-to-the-person-in-it",
        "Rovers boss Ilse Brandt sent on both substitutes.\n\n"
        "“I thought we showed a lot of character,” the Rovers manager said afterwards.",
        "I thought we showed a lot of character",
        "Ilse Brandt",
    ),
    Row(
        "name-aside-said-then-pronoun",
        "Dr Lina Haddad said the clinic had seen 900 patients.\n\n"
        "Gloria Ansah, who lives four blocks from the warehouse, said she saw the smoke. "
        "“It was popping, over and over, like fireworks,” she said.",
        "It was popping, over and over, like fireworks",
        "Gloria Ansah",
        "she",
    ),
    Row(
        "surname-to-full-name",
        "Foreign Office spokesperson Nadia Karim spoke on Friday.\n\n“We reject it,” Karim said.",
        "We reject it",
        "Nadia Karim",
        "Karim",
    ),
    Row(
        "short-title-to-full-name",
        "Prime Minister Kim Rhee met farmers.\n\nPM Rhee said the price was “a new challenge” for growers.",
        "a new challenge",
        "Kim Rhee",
        "PM Rhee",
        partial=True,
    ),
    Row(
        "name-with-suffix",
        "U.S. Attorney James P. Kennedy Jr. filed charges.\n\n“Threats are crimes,” Kennedy said.",
        "Threats are crimes",
        "James P. Kennedy Jr.",
    ),
    Row(
        "pronoun-skips-places",
        "Spokesperson Nadia Karim accused Norland of delays, saying Port Vale had waited.\n\n"
        "“The aircraft waited for 60 hours,” he said.",
        "The aircraft waited for 60 hours",
        "Nadia Karim",
    ),
    Row(
        "pronoun-gender-from-article",
        "Lawyer Anna Berg said she would appeal.\n\nDefendant Mark Dunn wept when he heard the verdict.\n\n"
        "“We will appeal,” she said.",
        "We will appeal",
        "Anna Berg",
        "she",
    ),
    Row(
        "pronoun-chain-skips-the-object",
        "Suspect Dan Moss faces ten years in prison.\n\nHe was arrested after a call to the office of Lena Park.\n\n"
        "During the call, he said, “I will find her.”",
        "I will find her.",
        "Dan Moss",
        "he",
    ),
    Row(
        "description-the-diplomat",
        "Ambassador Idris Malik spoke at the council.\n\n“Weapons must be traced,” the diplomat said.",
        "Weapons must be traced",
        "Idris Malik",
        "the diplomat",
    ),
    Row(
        "description-the-spokesperson",
        "Foreign Office spokesperson Nadia Karim held a briefing. Officials from Norland attended.\n\n"
        "“We are ready,” the spokesperson said.",
        "We are ready",
        "Nadia Karim",
        "the spokesperson",
    ),
    Row(
        "description-the-company",
        "Acme Motors Inc recalled 2,000 cars on Monday.\n\n“Safety comes first,” the company said.",
        "Safety comes first",
        "Acme Motors Inc",
        "the company",
    ),
    Row(
        "description-not-someones-employer",
        "“Demand is weak,” said Jane Roe, a steel analyst at Bolt Capital in Leeds.\n\n"
        "The mill operator, which employs 900 people, said it was “willing to talk” but would not move.",
        "willing to talk",
        None,
        "The mill operator",
        "said",
        True,
    ),
    Row(
        "description-employer-named-as-subject-too",
        "Bolt Capital cut its forecast on Monday.\n\n"
        "“Demand is weak,” said Jane Roe, a steel analyst at Bolt Capital.\n\n“We see no rebound,” the firm said.",
        "We see no rebound",
        "Bolt Capital",
        "the firm",
    ),
    Row(
        "description-employer-whose-noun-fits",
        "“Rates will fall,” said Jane Roe, an economist at Zed Bank.\n\n“We expect two cuts,” the bank said.",
        "We expect two cuts",
        "Zed Bank",
        "the bank",
    ),
    Row(
        "description-not-a-time-zone",
        "Shares rose 2% by 1400 GMT on Friday.\n\n“We remain open to offers,” the company said.",
        "We remain open to offers",
        None,
        "the company",
    ),
    Row(
        "they-an-organisation",
        "The Harbour Authority closed the port.\n\n“We regret the delay,” they said.",
        "We regret the delay",
        "Harbour Authority",
        "they",
    ),
    Row(
        "unnamed-a-doctor",
        "Three people were hurt.\n\n“He died in my hands,” a doctor said.",
        "He died in my hands",
        None,
        "a doctor",
        "said",
    ),
    Row(
        "unnamed-officials",
        "“The border is open,” officials said on Monday.",
        "The border is open",
        None,
        "officials",
    ),
    Row(
        "unnamed-the-expert-after-one-expert",
        "“He has no immunity,” said one legal expert.\n\n“He can be extradited,” the expert warned.",
        "He can be extradited",
        None,
        "the expert",
        "warned",
    ),
    Row(
        "first-person-writer",
        "“Call me back,” I said.",
        "Call me back",
        None,
        "I",
    ),
    Row(
        "place-is-not-the-speaker",
        "Residents in Hull described the scenes as “apocalyptic”, with trees down.",
        "apocalyptic",
        None,
        "Residents",
        "described",
    ),
    Row(
        "unnamed-with-relative-clause",
        "One resident, who did not want to be named, said: “I have never seen anything like it.”",
        "I have never seen anything like it.",
        None,
        "One resident",
    ),
    Row(
        "organisation-short-name-to-full",
        "Regulators fined Globex Inc on Thursday.\n\n“We take privacy seriously,” Globex said in a statement.",
        "We take privacy seriously",
        "Globex Inc",
        "Globex",
    ),
    Row(
        "it-an-organisation",
        "Regulators fined Globex Inc on Thursday.\n\n“We have cooperated fully,” it said.",
        "We have cooperated fully",
        "Globex Inc",
        "it",
    ),
    Row(
        "quoted-as-saying",
        "Chief Executive Hank Scorpio was quoted as saying the breach was “regrettable but contained.”",
        "regrettable but contained.",
        "Hank Scorpio",
        cue="saying",
    ),
    Row(
        "organisation-speaker",
        "The World Health Organization said “cases are falling in most regions.”",
        "cases are falling in most regions.",
        "World Health Organization",
    ),
    # --- turns: continuation and the sentence before ---
    Row(
        "unattributed-continues-turn",
        "“The first half was poor,” Coach Peter Hall said.\n\n“The second half was better.”",
        "The second half was better.",
        "Peter Hall",
    ),
    Row(
        "same-paragraph-second-quote",
        "“We lost,” Coach Peter Hall said. “We will be back.”",
        "We will be back.",
        "Peter Hall",
    ),
    Row(
        "speaker-named-sentence-before",
        "Finance Minister Sara Cohen said on Tuesday that the budget had passed.\n\n“We have the numbers.”",
        "We have the numbers.",
        "Sara Cohen",
    ),
    Row(
        "setup-named-subject-did-not-hesitate",
        "Tomas Berg has run the kitchen for thirty years.\n\n"
        "Asked about his favourite dish, Berg did not hesitate.\n\n“The fish soup. Nothing else comes close.”",
        "The fish soup. Nothing else comes close.",
        "Tomas Berg",
        "Berg",
        None,
        False,
    ),
    Row(
        "setup-speaker-continues-over-paragraphs",
        "Tomas Berg has run the kitchen for thirty years.\n\n"
        "Asked about his favourite dish, Berg did not hesitate.\n\n“The fish soup, always.\n\n"
        "“My mother made it on Fridays.”",
        "My mother made it on Fridays.",
        "Tomas Berg",
        "Berg",
        None,
        False,
    ),
    Row(
        "setup-was-asked",
        "Nora Vik chairs the harbour board.\n\nVik was asked whether the ferry would return.\n\n"
        "“Not this year, and maybe not next.”",
        "Not this year, and maybe not next.",
        "Nora Vik",
        "Vik",
        None,
    ),
    Row(
        "setup-colon",
        "The harbour board met on Monday.\n\nNora Vik had one message for the council:\n\n"
        "“Fix the pier before winter.”",
        "Fix the pier before winter.",
        "Nora Vik",
        "Nora Vik",
        None,
    ),
    Row(
        "setup-pronoun-subject",
        "Board chair Nora Vik said the pier would be repaired.\n\nAsked about the ferry, she paused for a moment.\n\n"
        "“Not this year.”",
        "Not this year.",
        "Nora Vik",
        "she",
        None,
    ),
    Row(
        "setup-needs-a-turn-predicate",
        "Nora Vik walked along the pier.\n\n“Not this year, and maybe not next.”",
        "Not this year, and maybe not next.",
        None,
        None,
    ),
    Row(
        "setup-only-the-sentence-right-before",
        "Asked about the ferry, Nora Vik did not hesitate. The wind picked up.\n\n“Not this year.”",
        "Not this year.",
        None,
        None,
    ),
    Row(
        "setup-unnamed-subject-is-not-the-named-one",
        "Nora Vik chairs the harbour board.\n\nAsked about the ferry, a fisherman did not hesitate.\n\n"
        "“Not this year.”",
        "Not this year.",
        None,
    ),
    Row(
        "setup-organisation-subject",
        "Regulators fined Acme Corp.\n\nAcme Corp did not hesitate.\n\n“We will appeal the fine.”",
        "We will appeal the fine.",
        None,
        None,
    ),
    Row(
        "setup-place-subject",
        "Talks resumed on Monday.\n\nBrussels did not hesitate.\n\n“We will appeal the fine.”",
        "We will appeal the fine.",
        None,
        None,
    ),
    Row(
        "setup-gesture-then-more-is-not-a-turn",
        "Nora Vik smiled at the crowd gathered outside the town hall in the rain.\n\n“Not this year.”",
        "Not this year.",
        None,
        None,
    ),
    Row(
        "quote-over-several-paragraphs",
        "Sara Cohen spoke for an hour.\n\n“This is the first part of a long answer\n\n"
        "“and this is the rest of it,” Cohen said.",
        "This is the first part of a long answer",
        "Sara Cohen",
    ),
    Row(
        "signature-line",
        "“Great show, we would book again.”\n\n– Lia M.",
        "Great show, we would book again.",
        "Lia M.",
    ),
    Row(
        "passive-reporting-verb-is-not-the-subjects-words",
        "The story is told by the children of the village.\n\n“We grew up here, and we stayed.”",
        "We grew up here, and we stayed.",
        None,
        None,
        None,
    ),
    # --- marks ---
    Row(
        "nested-single-inside-double",
        "“He told me, ‘Go home,’ and I did,” Jane Roe said.",
        "He told me, ‘Go home,’ and I did",
        "Jane Roe",
    ),
    Row(
        "straight-double-quotes",
        '"We are ready," said Coach Peter Hall.',
        "We are ready",
        "Peter Hall",
    ),
    Row(
        "curly-single-quotes-as-marks",
        "Lawyer Anna Berg left the court. ‘We are ready to appeal,’ she said.",
        "We are ready to appeal",
        "Anna Berg",
    ),
    Row(
        "apostrophes-around-a-quote",
        "It’s the ’90s again, Pakistan’s fans don’t mind and the players’ mood is good. "
        "“We can win,” Coach Peter Hall said.",
        "We can win",
        "Peter Hall",
    ),
    Row(
        "partial-quote-with-cue",
        "Coach Peter Hall called for a “thorough review” of the rules.",
        "thorough review",
        "Peter Hall",
        cue="called",
        partial=True,
    ),
    Row(
        "partial-after-a-name-spelt-like-a-verb",
        "Coach Peter Hall said the final would be played in the United States “next summer,” not in Mexico.",
        "next summer",
        "Peter Hall",
        partial=True,
    ),
    Row(
        "partial-after-a-framing-noun",
        "Jane Roe told reporters that the ministry’s claim “is simply untrue,” and left.",
        "is simply untrue",
        "Jane Roe",
        partial=True,
    ),
    Row(
        "partial-opening-fragment-carried-on",
        "“Nobody in this town is listening” anymore, Mayor Tom Ellis said on Monday.",
        "Nobody in this town is listening",
        "Tom Ellis",
        partial=True,
    ),
    Row(
        "partial-statement-fragment-unnamed-body",
        "The club, which was founded in 1890, said in a statement it stayed “committed to the town” but would sell.",
        "committed to the town",
        None,
        "The club",
        "said",
        True,
    ),
    Row(
        "whole-quote-opening-sentence-not-partial",
        "“Nobody is listening,” Mayor Tom Ellis said on Monday.",
        "Nobody is listening",
        "Tom Ellis",
        partial=False,
    ),
    Row(
        "partial-fragment-said",
        "Spokesperson Nadia Karim said the delay was “operationally impractical” for relief flights.",
        "operationally impractical",
        "Nadia Karim",
        partial=True,
    ),
    # --- classes seen on sites never seen before (issue 11) ---
    Row(
        "unattributed-paragraph-ends-the-turn",
        "Critic Dana Reyes called the plan a “shameless farce” on Monday.\n\nThe letters came in three kinds:"
        "\n\n“Great work, keep it up.”\n\n“You should quit while you can.”",
        "You should quit while you can.",
        None,
    ),
    Row(
        "pronoun-contraction-subject",
        "Trader Omar Haddad rode into the market at dawn. “Make way for the carts!” he’d shouted at the guards, "
        "and the guards would answer the same way.",
        "Make way for the carts!",
        "Omar Haddad",
        "he",
        "shouted",
    ),
    Row(
        "person-with-employer-before-verb",
        "“The parade goes ahead,” Patrol Chief Jon Park with the Harbor City Police Department said Tuesday.",
        "The parade goes ahead",
        "Jon Park",
        cue="said",
    ),
    Row(
        "person-of-state-before-frame-verb",
        "In 2015, Senator Ruth Alder of Vermont called the budget “the moral failure of our age.”",
        "the moral failure of our age.",
        "Ruth Alder",
        cue="called",
    ),
    Row(
        "title-of-state-is-not-an-affiliation",
        "Secretary of State Ann Lee said: “We will talk to anyone who will listen.”",
        "We will talk to anyone who will listen.",
        "Ann Lee",
    ),
    Row(
        "according-to-after-the-quote-and-acronym-spelt-out",
        "The National Weather Service issued a warning on Monday.\n\n"
        "“Snow will reach the coast by noon on Tuesday,” according to the NWS.",
        "Snow will reach the coast by noon on Tuesday",
        "National Weather Service",
        cue="according to",
    ),
    Row(
        "according-to-a-document-gives-its-owner",
        "Tourism “will keep growing for a decade,” according to a Harbor Analytics’ forecast in May.",
        "will keep growing for a decade",
        "Harbor Analytics",
        cue="according to",
    ),
    Row(
        "said-the-named-publication",
        "“We stand by every word of the story,” said the Harbor Gazette.",
        "We stand by every word of the story",
        "Harbor Gazette",
    ),
    Row(
        "as-name-put-it",
        "Lobbyists are staging a “continuing assault” on the law, as the Daily Ledger put it on Monday.",
        "continuing assault",
        "Daily Ledger",
        cue="put it",
        partial=True,
    ),
    Row(
        "fragment-takes-no-place-for-speaker",
        "The satellite firm Orbitel describes the craft as “the first of its kind.” Circling above the Earth "
        "for months, “its radio relay set the standard for every craft that followed.”",
        "its radio relay set the standard for every craft that followed.",
        "Orbitel",
    ),
    Row(
        "fragment-takes-the-person-its-sentence-is-about",
        "Chief executive Lena Ostrova spoke first. Ostrova then introduced Dario Venn as "
        "“someone who rewrote what it means to run a company.”",
        "someone who rewrote what it means to run a company.",
        "Lena Ostrova",
    ),
    Row(
        "quote-ending-in-an-ellipsis-then-attribution",
        "Justice Ana Cole leaned forward.\n\n“What is your single best example of that …” Cole asked the lawyer.",
        "What is your single best example of that …",
        "Ana Cole",
        cue="asked",
    ),
    Row(
        "camel-case-name",
        "Research firm eTally reported that “mobile payments reached two billion dollars” last year.",
        "mobile payments reached two billion dollars",
        "eTally",
    ),
    Row(
        "name-set-off-after-a-description",
        "The pilot’s brother, Budi Santoso, has said: “We are still waiting for any news at all.”",
        "We are still waiting for any news at all.",
        "Budi Santoso",
    ),
    Row(
        "outer-appositive-wins-over-a-name-inside-it",
        "Prince Edwin, the younger brother of the heir to the throne, Charles, has told friends that the "
        "interview was a “great success”.",
        "great success",
        "Prince Edwin",
    ),
    Row(
        "age-appositive-makes-a-person",
        "Pilot Steve Ward said it was sad.\n\nDai Lin, a 61-year-old who lost two cousins in the crash, said she "
        "had been praying. “If just one person survived, it would give me hope,” she said.",
        "If just one person survived, it would give me hope",
        "Dai Lin",
    ),
    Row(
        "titled-name-opening-a-sentence",
        "Dai Lin lost two cousins in the crash.\n\nMrs Dai said: “I cannot believe it happened again.”",
        "I cannot believe it happened again.",
        "Dai",
        "Mrs Dai",
    ),
    Row(
        "colon-after-the-speaker-and-any-verb",
        "“It can be true,” Vera Lund said.\n\nJustice Ana Cole cut her off: “No, that is not my point at all.”",
        "No, that is not my point at all.",
        "Ana Cole",
    ),
    Row(
        "colon-after-a-pronoun-with-contraction",
        "Trader Omar Haddad lost most of his income last year.\n\nHe’s calm about it now: "
        "“You make less, but it lasts longer.”",
        "You make less, but it lasts longer.",
        "Omar Haddad",
    ),
    Row(
        "the-one-prompted-to-speak",
        "Owner Tom Vale said the figures were “very good,” which prompted Judge Amy Roe to quip that it "
        "sounded like a “broken record.”",
        "broken record.",
        "Amy Roe",
        cue="quip",
    ),
    Row(
        "turned-to-a-place-to-speak-is-not-the-speaker",
        "Minister Jon Reyes turned to Twitter to describe the plan as “a giant leap”.",
        "a giant leap",
        "Jon Reyes",
    ),
    Row(
        "described-as-capitalised-words-is-a-quote",
        "Another tool, known as Green Fox, has been described as “Facebook for Farmers.”",
        "Facebook for Farmers.",
        None,
    ),
    Row(
        "more-reporting-verbs",
        "Justice Ana Cole listened.\n\n“But there is some risk,” Cole interjected.",
        "But there is some risk",
        "Ana Cole",
        cue="interjected",
    ),
    Row(
        "inverted-verb-and-the-named-source",
        "Built in 1842, the dam was “one of the great feats of the century,” trumpets the Harbor Encyclopedia.",
        "one of the great feats of the century",
        "Harbor Encyclopedia",
    ),
    Row(
        "answer-to-a-question-is-the-other-speakers-turn",
        "Lawyer Vera Lund spoke for the city.\n\n“The risk is small,” Lund said.\n\n“But there is some risk,” "
        "Justice Ana Cole said. “Do you dispute that?”\n\n“There can be a small risk for some people, "
        "but the benefits are far greater.”",
        "There can be a small risk for some people, but the benefits are far greater.",
        "Vera Lund",
    ),
    Row(
        "a-clause-for-subject-is-nobody-the-search-goes-on",
        "That hiring stays slow suggests “the job market is weak almost everywhere” outside the oil towns, "
        "economist Gary Bell said.",
        "the job market is weak almost everywhere",
        "Gary Bell",
    ),
    Row(
        "the-statement-names-nobody-the-turn-before-does",
        "Two soldiers died in a crash, the Harbor army said in a statement on Monday.\n\n"
        "“The cause of the crash is under investigation,” the statement said.",
        "The cause of the crash is under investigation",
        "Harbor army",
    ),
    Row(
        "pronoun-after-an-unnamed-speaker-names-nobody",
        "Reporter Tom Hale visited the ward.\n\n“We are not just numbers,” says a doctor from the town, whose "
        "name is withheld. During a break, he explains that he has not seen his family.\n\n"
        "“There is a loss in every one of us,” he says.",
        "There is a loss in every one of us",
        None,
        "he",
    ),
    Row(
        "pronoun-after-an-unnamed-source-names-nobody",
        "Pilot Ian Marsh flew the route for years.\n\nThe plane made a steep climb, a source close to the "
        "inquiry has told reporters.\n\n“The numbers are far too high,” he said.",
        "The numbers are far too high",
        None,
    ),
    Row(
        "appositive-is-no-unnamed-speaker",
        "Jane Roe, a lawyer for the family, said the ruling was wrong.\n\n“We will appeal,” she said.",
        "We will appeal",
        "Jane Roe",
    ),
    Row(
        "named-speaker-after-an-unnamed-one",
        "One official said the talks had stalled.\n\nMinister Ana Bell said she was hopeful. "
        "“We will meet again,” she said.",
        "We will meet again",
        "Ana Bell",
    ),
    Row(
        "a-work-noun-before-a-lowercase-word-is-someones-word",
        "Coach Mike Hart went so far as to call the play “ridiculous.”",
        "ridiculous.",
        "Mike Hart",
        partial=True,
    ),
    Row(
        "role-words-before-the-subject-of-a-participle",
        "Harbor City coach Mike Hart was blunt, going so far as to call the ruling “absurd.”",
        "absurd.",
        "Mike Hart",
    ),
    Row(
        "relative-which-for-subject",
        "The firm Orbitel, which notes it “is the only company that covers the whole globe,” runs 66 satellites.",
        "is the only company that covers the whole globe",
        "Orbitel",
    ),
    Row(
        "relative-who-for-subject",
        "Actor Dan Obi says he learned a lot from his friend Jon Hale, who revealed “the prankster behind the "
        "preacher.”",
        "the prankster behind the preacher.",
        "Jon Hale",
    ),
    Row(
        "quotation-sentence-after-its-speaker-is-introduced",
        "Trader Omar Haddad said the war changed everything.\n\nAs a boy, Haddad sold sweets. Later he leased "
        "his truck to the army. “I was making two salaries after that.”",
        "I was making two salaries after that.",
        "Omar Haddad",
    ),
    Row(
        "passive-reporting-verb-is-someone-elses-words",
        "Mayor Ana Bell was briefed on Monday.\n\n“We are ready,” Bell said. In one note she was warned that "
        "“the plan cannot work on this budget”.",
        "the plan cannot work on this budget",
        None,
        None,
        "warned",
    ),
    Row(
        "passive-reporting-verb-with-its-agent",
        "Mayor Ana Bell said little. She was told by Coach Tom Vale: “We need the new stadium.”",
        "We need the new stadium.",
        "Tom Vale",
    ),
    Row(
        "said-to-believe-is-the-subjects-view",
        "Minister Jon Reyes is said to believe the plan was a “historic mistake” that cost votes.",
        "historic mistake",
        "Jon Reyes",
    ),
    Row(
        "name-before-an-organisation-noun",
        "As Harbor and Coast magazine notes, “That network is the only one that reaches every ship at sea.”",
        "That network is the only one that reaches every ship at sea.",
        "Harbor and Coast",
    ),
    Row(
        "newspaper-told-is-not-the-speaker",
        "“We will not back down,” Jon Reyes told the Post on Friday.",
        "We will not back down",
        "Jon Reyes",
    ),
    Row(
        "building-named-before-the-pronoun-is-not-the-speaker",
        "The Kremlin rejected the report. Envoy Jon Reyes was in Moscow.\n\n“It is absurd,” he said.",
        "It is absurd",
        "Jon Reyes",
    ),
    Row(
        "country-owning-the-speaker-is-not-the-speaker",
        "France’s foreign minister Anne Roux said: “We stand ready to help.”",
        "We stand ready to help.",
        "Anne Roux",
    ),
    Row(
        "place-between-person-and-verb-is-not-the-speaker",
        "Speaking in Paris, envoy Jon Reyes in France said the deal was “dead on arrival.”",
        "dead on arrival.",
        "Jon Reyes",
    ),
    Row(
        "a-single-name-that-speaks-with-she-is-a-person",
        "Host Gina Pirlo’s comments were aired on Monday.\n\nOmar asked the court for mercy in a letter, saying "
        "she did not want a harsh sentence. She added, “We must teach him love.”",
        "We must teach him love.",
        "Omar",
    ),
    Row(
        "pronoun-before-a-name-says-nothing-of-its-gender",
        "Suspect Tom Hale was charged on Monday.\n\nHe was arrested in April for a call to the office of Senator "
        "Ana Omar. Omar said she was grateful.\n\n“I never meant any harm,” he said.",
        "I never meant any harm",
        "Tom Hale",
    ),
    Row(
        "full-name-opening-a-sentence-stands-for-he",
        "Jon Reyes spoke to reporters outside the White House on Monday. “Nothing has changed,” he said.",
        "Nothing has changed",
        "Jon Reyes",
    ),
    Row(
        "a-name-and-a-verb-not-in-the-list",
        "Ana Bell hollered, “Get out of my yard right now!”",
        "Get out of my yard right now!",
        "Ana Bell",
    ),
    Row(
        "a-name-and-a-verb-in-another-language",
        "Budi Santoso berkata, “Kami siap membantu semua keluarga.”",
        "Kami siap membantu semua keluarga.",
        "Budi Santoso",
    ),
    Row(
        "a-person-described-in-words-the-rule-does-not-know-is-someone",
        "Minister Jon Reyes spoke first.\n\n“I lost everything that year,” the ex-partner recalled.",
        "I lost everything that year",
        None,
        "the ex-partner",
    ),
    Row(
        "a-plural-of-a-person-noun-is-someone",
        "Mayor Jon Reyes said the clinic would close.\n\n“We have seen the worst of it,” the nurses stated.",
        "We have seen the worst of it",
        None,
    ),
    Row(
        "a-preposition-after-a-comma-opens-no-appositive",
        "I call these Cold Passages, after the novelist Jo Walton explained them to me. “You only see a tenth of "
        "the iceberg,” she said.",
        "You only see a tenth of the iceberg",
        "Jo Walton",
    ),
    Row(
        "an-adverb-opening-a-sentence-is-no-part-of-a-name",
        "Apparently Lindsey Ray had seen it all.\n\nBut, Ray said: “I noticed a bruise on my arm.”",
        "I noticed a bruise on my arm.",
        "Lindsey Ray",
    ),
    Row(
        "given-name-alone-is-the-full-name",
        "Lena Ortiz has run the swimming club for a decade.\n\n“I have crossed it every day,” Lena said.",
        "I have crossed it every day",
        "Lena Ortiz",
        "Lena",
    ),
    Row(
        "given-name-of-two-people-stays-as-written",
        "Lena Ortiz and Lena Park run the club.\n\n“I have crossed it every day,” Lena said.",
        "I have crossed it every day",
        "Lena",
    ),
    # reporting verbs of the other languages read
    Row(
        "spanish-quote-comma-dijo-name",
        "“Vamos a revisar cada contrato”, dijo Irene Soler, alcaldesa de Valdemora.",
        "Vamos a revisar cada contrato",
        "Irene Soler",
        cue="dijo",
    ),
    Row(
        "german-quote-comma-sagte-name",
        "„Wir haben keine Zeit mehr“, sagte Helga Sommerfeld am Montag.",
        "Wir haben keine Zeit mehr",
        "Helga Sommerfeld",
        cue="sagte",
    ),
    Row(
        "indonesian-quote-comma-kata-name",
        '"Air naik dengan cepat sekali," kata Asep Hidayat, warga setempat.',
        "Air naik dengan cepat sekali",
        "Asep Hidayat",
        cue="kata",
    ),
    Row(
        "ukrainian-dash-verb-role-name",
        "«Це повноцінні класи, де можна продовжувати урок», – пояснив директор Василь Ткачук.",
        "Це повноцінні класи, де можна продовжувати урок",
        "Василь Ткачук",
        cue="пояснив",
    ),
    Row(
        "polish-dash-verb-surname",
        "„Jeśli uda się skompletować zespół, wrócimy do rozmowy” – zadeklarował Kalinowski.",
        "Jeśli uda się skompletować zespół, wrócimy do rozmowy",
        "Kalinowski",
        cue="zadeklarował",
    ),
    # an inverted subject: a description, its comma, then the name
    Row(
        "said-the-description-comma-name",
        "“We are not talking about broken umbrellas,” said the president of the beach operators, Stefano Gori.",
        "We are not talking about broken umbrellas",
        "Stefano Gori",
        cue="said",
    ),
    Row(
        "italian-ha-detto-description-comma-name",
        "«Non parliamo di ombrelloni rotti», ha detto il presidente dei balneari della costa, Stefano Gori.",
        "Non parliamo di ombrelloni rotti",
        "Stefano Gori",
        cue="detto",
    ),
    Row(
        "italian-ha-spiegato-role-name",
        "«La strada resterà chiusa», ha spiegato il sindaco Renato Da Col, che ha firmato l'ordinanza.",
        "La strada resterà chiusa",
        "Renato Da Col",
        cue="spiegato",
    ),
    # a pronoun goes to the one the sentence before has speak, not a name in a description
    Row(
        "pronoun-to-the-name-in-the-aside",
        "Opposition leader in the Rajya Sabha, Meenakshi Rao, said her party would fight the bill.\n\n"
        "“This bill has not been discussed with a single coastal state,” she said.",
        "This bill has not been discussed with a single coastal state",
        "Meenakshi Rao",
    ),
    Row(
        "pronoun-not-to-the-place-after-of",
        "The mayors of Lapinig Norte and Balangiga met on Monday.\n\n"
        "But Mayor Evangeline Sumagaysay of Lapinig Norte said the road had been promised since Monday. "
        "“We are still waiting for the trucks,” she said.",
        "We are still waiting for the trucks",
        "Evangeline Sumagaysay",
    ),
    # `according to` in one word; a colon after another language's verb
    Row(
        "portuguese-segundo-name",
        "Segundo o prefeito João Lima, “a obra vai terminar em maio, antes das chuvas”.",
        "a obra vai terminar em maio, antes das chuvas",
        "João Lima",
        cue="Segundo",
    ),
    Row(
        "french-selon-name",
        "Selon Claire Dubois, «le chantier avance bien, malgré la pluie».",
        "le chantier avance bien, malgré la pluie",
        "Claire Dubois",
        cue="Selon",
    ),
    Row(
        "portuguese-escreveu-colon",
        'A atriz Bia Monteverde, que interpreta a mocinha, escreveu: "Vou chorar no casamento inteiro, já aviso".',
        "Vou chorar no casamento inteiro, já aviso",
        "Bia Monteverde",
        cue="escreveu",
    ),
    # a calendar word after a given name is a surname or a middle name, not a date
    Row(
        "surname-that-is-a-month",
        "Ward nurse Dalia May said in a statement that the rota was “stretched to breaking point.”",
        "stretched to breaking point.",
        "Dalia May",
        cue="said",
    ),
    Row(
        "middle-name-that-is-a-month",
        "“We will fix the gate this week,” Tan Jun Wei told residents.",
        "We will fix the gate this week",
        "Tan Jun Wei",
    ),
    Row(
        "month-after-a-name-with-a-figure-is-a-date",
        "The council met Harlow May 3 and officials said the plan was “dead in the water”.",
        "dead in the water",
        None,
    ),
    # letters for an office after a name are not the name
    Row(
        "post-nominal-letters-are-not-the-name",
        "Transport spokesman Ewan Baird MSP said: “Islanders have been let down again.”",
        "Islanders have been let down again.",
        "Ewan Baird",
        "Ewan Baird MSP",
    ),
    # `the trust`, `the library`: the organisation named so before
    Row(
        "the-trust-is-the-trust-named-before",
        "The Carrow Valley Trust estimates that the river has lost a third of its salmon.\n\n"
        "“The weirs have to come out,” the trust wrote in its annual report.",
        "The weirs have to come out",
        "Carrow Valley Trust",
        "the trust",
    ),
    # `the company` is the business named before, not the regulator named since
    Row(
        "the-company-is-the-business-not-the-agency",
        "Fire crews were called to the Brightwater Foods plant on Monday. The Ohio Environmental Protection "
        "Agency monitored the air.\n\n“We will support every one of our employees,” the company said.",
        "We will support every one of our employees",
        "Brightwater Foods",
        "the company",
    ),
    # `told her` says nothing of the speaker's own gender
    Row(
        "object-pronoun-casts-no-gender-vote",
        "Sentencing her to two years, Judge Owen Marsh told her: “You were trusted absolutely.”\n\n"
        "He added: “This was not a moment of madness.”",
        "This was not a moment of madness.",
        "Owen Marsh",
    ),
    # two particles inside a name
    Row(
        "two-particles-in-a-name",
        "“We act now, not after the summer,” Marta von der Hagen said.",
        "We act now, not after the summer",
        "Marta von der Hagen",
    ),
    Row(
        "pronoun-to-a-name-with-two-particles",
        "Ward councillor Pieter van der Berg said he had raised the pump three times.\n\n"
        "“Every time we were told there is no money,” he said.",
        "Every time we were told there is no money",
        "Pieter van der Berg",
    ),
    # a name set off after a description that ends in its employer
    Row(
        "name-after-description-ending-in-employer",
        "The director of the Pell Museum, Anna Berg, said the roof was “beyond repair”.",
        "beyond repair",
        "Anna Berg",
    ),
    Row(
        "company-suffix-after-comma-is-no-name",
        "Tom Reyes, Senior Vice President of Sales for Harrow, Inc., says: “The new line ships in May.”",
        "The new line ships in May.",
        "Tom Reyes",
    ),
    # French: the perfect's auxiliary, a day between verb and subject, a possessive for an article
    Row(
        "french-perfect-day-then-name",
        "« Nous ne laisserons pas fermer ces lignes », a réagi mardi Hélène Vasseur, vice-présidente de la région.",
        "Nous ne laisserons pas fermer ces lignes",
        "Hélène Vasseur",
        cue="réagi",
    ),
    Row(
        "french-possessive-role-then-name",
        "« Une ligne suspendue est une ligne morte », estime son président, Bernard Lacombe.",
        "Une ligne suspendue est une ligne morte",
        "Bernard Lacombe",
    ),
    Row(
        "french-perfect-lead-in",
        "Le maire Paul Roy a déclaré : « Nous sommes prêts. »",
        "Nous sommes prêts.",
        "Paul Roy",
        cue="déclaré",
    ),
    Row(
        "french-employer-after-du",
        "La porte-parole du CSSHL, Geneviève Marcoux, a indiqué qu’elle suivait la situation « de très près ».",
        "de très près",
        "Geneviève Marcoux",
    ),
    # a title's last words before the name, and abbreviated titles
    Row(
        "name-opens-at-its-given-name-inside-a-title",
        "Dean of Engineering Patricia Oyelaran called the grant “a vote of confidence”.",
        "a vote of confidence",
        "Patricia Oyelaran",
    ),
    Row(
        "councillor-abbreviated",
        "“We cannot wait for spring,” Coun. Amira Haddad told the meeting.",
        "We cannot wait for spring",
        "Amira Haddad",
        cue="told",
    ),
    Row(
        "police-ranks-abbreviated",
        "Det. Supt. Rhona Kerr said: “We are keeping an open mind.”",
        "We are keeping an open mind.",
        "Rhona Kerr",
    ),
    # languages that leave the subject out, and a role given to someone before
    Row(
        "spanish-subject-left-unsaid",
        "El concejal Andrés Pizarro visitó ayer la obra del mercado. «Vamos a terminar antes del verano», aseguró.",
        "Vamos a terminar antes del verano",
        "Andrés Pizarro",
        None,
        cue="aseguró",
    ),
    Row(
        "italian-subject-left-unsaid-before-a-preposition",
        "La consigliera Carla Benedetti ha chiuso la strada. «Non possiamo rischiare», ha scritto in un messaggio.",
        "Non possiamo rischiare",
        "Carla Benedetti",
        None,
    ),
    Row(
        "subject-left-unsaid-with-nobody-named",
        "La strada resta chiusa da lunedì. «Non possiamo rischiare», ha scritto in un messaggio.",
        "Non possiamo rischiare",
        None,
    ),
    Row(
        "italian-role-given-before",
        "Il sindaco Marco Ferretti ha convocato i tecnici.\n\n"
        "La frana ha isolato due frazioni. «Serve un piano entro marzo», ha detto il sindaco.",
        "Serve un piano entro marzo",
        "Marco Ferretti",
        "il sindaco",
    ),
    Row(
        "german-title-is-not-the-name",
        "„Wir rechnen mit dem Schlimmsten“, sagte Bürgermeisterin Marion Engelhardt am Montag.",
        "Wir rechnen mit dem Schlimmsten",
        "Marion Engelhardt",
    ),
    Row(
        "english-a-before-a-verb-form-is-an-article",
        "“The plan failed,” a report said on Monday.",
        "The plan failed",
        None,
        "a report",
    ),
    # employers hanging one from another, and a person-and-employer aside
    Row(
        "person-before-two-employers",
        "Judge Ines Varga of the Fenwick Circuit Court for Lowry County said the permit was "
        "“plainly unlawful” and sent it back.",
        "plainly unlawful",
        "Ines Varga",
    ),
    Row(
        "person-and-employer-set-off-by-commas",
        "Counsel for the Mill Lane residents, Petra Osei of Osei Hart LLP, said the ruling "
        "“settles the matter for good.”",
        "settles the matter for good.",
        "Petra Osei",
    ),
    # what follows a fragment mid-sentence is the sentence going on, not its attribution
    Row(
        "fragment-then-preposition-keeps-the-verb-before",
        "Mayor Tobias Reine, who chairs the board, said he was “let down” by the vote and would ask "
        "members to think again.",
        "let down",
        "Tobias Reine",
        cue="said",
    ),
    Row(
        "as-possessive-put-it",
        "The channel kept it simple, as KX9’s tagline put it: “Your town, every hour.”",
        "Your town, every hour.",
        "KX9",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.name for r in ROWS])
def test_attribution(row: Row) -> None:
    quote = find(run(row.body), row.text)
    if row.speaker is not ANY:
        assert quote.speaker == row.speaker
    for field in ("speaker_text", "cue", "partial"):
        want = getattr(row, field)
        if want is not ANY:
            assert getattr(quote, field) == want, field


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 40


NOT_QUOTES = [
    ("apostrophes", "It’s the ’90s, Pakistan’s fans don’t care and the ministers’ mood is calm."),
    ("title-of-work", "She starred in “Moonlight Road” last year."),
    ("nickname", "Smith, known as “The Hammer”, retired in May."),
    ("so-called", "The so-called “peace dividend” never came."),
    ("scare-quote-modifier", "The self-declared “interim” government collapsed."),
    ("scare-quote-no-cue", "Remember when this was about making “extra” money?"),
    ("capitalised-name", "They met at the “Caja Magica” centre court."),
    ("slogan", "The state launched a campaign with the slogan “Meth, we’re on it.”"),
    ("empty-marks", "He wrote “” and “ ” on the board."),
    ("title-with-function-words", "The ghouls in the 1968 film “Night of the Long Knives” were slow."),
    ("title-with-subtitle", "Vera Lund, author of “Ghosts on Screen: The Complete Story of Haunted Cinema”, spoke."),
    ("title-after-called", "It began in 1932 with a ghost story they called “Grey Harbor.”"),
    ("title-after-a-work-noun", "She starred in the play “Grey Harbor” last spring."),
    ("title-after-a-verb-of-saying", "The studio shocked fans by announcing “Star Road Run,” its first phone game."),
    ("title-as-a-heading", "“Star Road: Night Run” ($20)"),
    ("label-between-determiner-and-noun", "The film leans on the classic “lost teens in the woods” plot."),
    ("long-label-before-its-noun", "I was filling out one of those “What will you be when you grow up?” forms."),
]


@pytest.mark.parametrize(("name", "body"), NOT_QUOTES, ids=[n for n, _ in NOT_QUOTES])
def test_not_quotes(name: str, body: str) -> None:
    assert run(body).quotes == []


def test_text_drops_joining_comma_and_keeps_position() -> None:
    draft = run("Coach Peter Hall spoke.\n\n“We didn’t leave,” he said, “and we won’t.”")
    para = draft.body[1].text
    assert [q.text for q in draft.quotes] == ["We didn’t leave", "and we won’t."]
    for q in draft.quotes:
        assert para[q.start : q.end] == q.text


def test_bullets_are_read_too() -> None:
    draft = run(
        "Prime Minister Kim Rhee visited farms.",
        bullets=("PM Rhee said US aid was a “new challenge” for the region",),
    )
    (quote,) = draft.quotes
    assert (quote.field, quote.index, quote.text, quote.speaker) == ("bullets", 0, "new challenge", "Kim Rhee")


def test_multi_paragraph_quote_has_no_warning() -> None:
    draft = run("“First part of it\n\n“second part of it,” Cohen said.")
    assert [q.text for q in draft.quotes] == ["First part of it", "second part of it"]
    assert draft.quote_sites[1].continues
    assert not [w for w in draft.warnings if w.code == "unbalanced-quotes"]


def test_next_paragraph_closes_without_reopening() -> None:
    draft = run("“First part of it\n\nsecond part of it,” Cohen said.")
    assert [q.text for q in draft.quotes] == ["First part of it", "second part of it"]


# --- unbalanced marks ---


def unbalanced(draft: Draft) -> list[int | None]:
    return [w.line for w in draft.warnings if w.code == "unbalanced-quotes"]


def test_unclosed_quote_warns_with_its_line_and_keeps_the_words() -> None:
    draft = run("A calm first paragraph.\n\nHe said “this never closes and goes on.\n\nA calm last paragraph.")
    assert unbalanced(draft) == [2]
    assert [q.text for q in draft.quotes] == ["this never closes and goes on."]


def test_stray_closing_mark_warns() -> None:
    draft = run("A calm first paragraph.\n\nThis ends” oddly, and then goes on.")
    assert unbalanced(draft) == [2]
    assert draft.quotes == []


def test_unclosed_at_end_of_article_warns() -> None:
    draft = run("“It starts and never stops")
    assert unbalanced(draft) == [1]


@pytest.mark.parametrize("body", ["“", "”", '"', "‘", "’", "„", "«", '" "', "“”", "”“", "‘’‘", "x”y“z", '"""'])
def test_lone_marks_quote_nothing_and_lose_nothing(body: str) -> None:
    draft = run(body)
    assert [p.text for p in draft.body] == [body]
    assert draft.quotes == []  # marks alone hold no words to quote
    assert {(w.code, w.line) for w in draft.warnings} <= {("unbalanced-quotes", 1)}
    spans = scan(body).spans
    assert all(0 <= s.start <= s.end <= len(body) for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_unbalanced_warning_reaches_the_record() -> None:
    text = "Headline of the story\n\nHe said “this never closes and goes on and on for a while.\n\nThe end of it all.\n"
    (record,) = parse_text(text)
    assert "unbalanced-quotes" in {w.code for w in record.warnings}


# --- scanning ---


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("“We didn’t leave,” he said", ["We didn’t leave"]),
        ("the ’90s and Pakistan’s ‘so’", ["so"]),
        ("rock ‘n roll and “fine”", ["fine"]),
        ("the ministers’ “deal”", ["deal"]),
        ("”Hi,” he said", ["Hi"]),
        ("„Guten Tag“, sagte er", ["Guten Tag"]),
        ("«Bonjour», dit-il", ["Bonjour"]),
        ("« Bonjour », dit-il, « à demain ».", ["Bonjour", "à demain"]),  # French spaces inside the marks
        ("»Wir haben keine Zeit«, sagte er", ["Wir haben keine Zeit"]),  # German's reversed marks
        ('He is 6\'2" tall and said "no"', ["no"]),
        ("‘Yes,’ she said. ‘No.’", ["Yes", "No."]),
    ],
)
def test_scan(text: str, spans: list[str]) -> None:
    assert [text[s.start : s.end] for s in scan(text).spans] == spans
