"""Words that describe a writer's job or outlet rather than name them, so that
`By Jane Holt, CNN Business` gives one author and `Sam Rivera, CNN
Editor-at-large` gives a name without the title."""

# Writers' jobs in the other languages newsparse reads (`Yves Le Bihan,
# correspondant`, `Penulis: Kontributor Garut, Rina Kartika`).
OTHER_JOB_WORDS: frozenset[str] = frozenset(
    """
    correspondant correspondante journaliste rédacteur rédactrice reporter-photographe
    periodista corresponsal redactor redactora reportero reportera
    jornalista correspondente repórter redator redatora
    giornalista corrispondente inviato inviata redattore redattrice
    korrespondent korrespondentin redakteur redakteurin journalist journalistin
    verslaggever correspondente redacteur
    dziennikarz dziennikarka korespondent redaktor
    wartawan kontributor koresponden
    """.split()
)

# Jobs a byline gives that are not writing (`Amara Okafor, Field Coordinator`):
# words that are no one's surname, unlike `Baker` or `Dean`.
OTHER_TRADES: frozenset[str] = frozenset(
    """
    coordinator coordinators manager managers director directors officer officers specialist
    specialists strategist researcher researchers consultant lecturer professor
    """.split()
)

ROLE_WORDS: frozenset[str] = (
    OTHER_JOB_WORDS
    | OTHER_TRADES
    | frozenset(
        word.casefold()
        for word in """
    editor editor-at-large editors writer writers reporter reporters correspondent correspondents
    contributor contributors columnist columnists staff senior chief deputy associate managing
    analyst critic producer photographer photographers anchor host intern fellow
    meteorologist meteorologists forecaster forecasters
    business news sport sports politics media press wire desk team bureau online digital
    international national global foreign weekly daily
    ms rd md phd mph rn dr mr mrs
    view more articles all posts profile bio follow email twitter
    """.split()
    )
)

# The jobs among ROLE_WORDS: `Jane Roe Senior Reporter` names a writer, `Al
# Jazeera Media Institute` does not.
JOB_WORDS: frozenset[str] = (
    OTHER_JOB_WORDS
    | OTHER_TRADES
    | frozenset(
        """
    editor editor-at-large editors writer writers reporter reporters correspondent correspondents
    contributor contributors columnist columnists staff senior chief deputy associate managing
    analyst critic producer photographer photographers anchor host intern fellow
    meteorologist meteorologists forecaster forecasters
    """.split()
    )
)

# Labels that introduce a byline, in the languages of the pages seen (a label
# ends in a colon where the language writes one; `By:` works for every label).
BYLINE_LEADS: tuple[str, ...] = (
    "by",
    "written by",
    "posted by",
    "published by",
    "words by",
    "story by",
    "reporting by",
    "reported by",
    "report by",
    "analysis by",
    "opinion by",
    "guest opinion by",
    "guest column by",
    "guest post by",
    "column by",
    "commentary by",
    "review by",
    "interview by",
    "compiled by",
    "curated by",
    "text by",
    "hosted by",
    "photographs and words by",
    "words and photographs by",
    "words and pictures by",
    "words and photos by",
    "text and photos by",
    "author:",
    "authors:",
    "byline:",
    "curator:",
    "contributor:",
    "contributors:",
    "reporter:",
    "reporters:",
    "writer:",
    "text:",
    "words:",
    "story:",
    # Spanish, Portuguese
    "por",
    "escrito por",
    "publicado por",
    "autor:",
    "autora:",
    "autores:",
    "texto:",
    # Italian
    "di",
    "scritto da",
    "a cura di",
    "autore:",
    "autrice:",
    # French
    "par",
    "écrit par",
    "publié par",
    "auteur:",
    "auteurs:",
    "un texte de",
    # German, Dutch, Nordic
    "von",
    "door",
    "av",
    "af",
    "geschrieben von",
    "autorin:",
    # Latvian, Lithuanian, Estonian, Finnish, Polish, Turkish, Indonesian
    "autori:",
    "autors:",
    "autorius:",
    "autorid:",
    "kirjoittaja:",
    "toimittaja:",
    "yazar:",
    "haber:",
    "muhabir:",
    "autoři:",
    "tekst:",
    "oleh",
    "penulis:",
    # Greek: the genitive a byline writes (`Της Μαρίας Παπαδοπούλου`, `ΤΟΥ ΓΙΩΡΓΟΥ ...`),
    # case-folded as the table is (`της` folds to `τησ`)
    "τησ",
    "του",
    # Russian, Arabic, Chinese, Japanese
    "автор:",
    "авторы:",
    "текст:",
    "بقلم",
    "كتب:",
    "作者:",
    "作者：",
    "记者",
    "記者",
    "文:",
    "文：",
)

# Letters after a name that are a credential, not part of the name (`Jane Roe
# MD`, `Jane Roe, PhD`); compared without dots, case-folded.
CREDENTIALS: frozenset[str] = frozenset(
    """
    md phd rn mph rd ld dds dmd dvm jd mba cpa cfa esq facp facs frcp mrcp msc bsc mfa
    lcsw lpc np aprn ccc cscs cns faan mbbs
    """.split()
)

# Furniture a scrape glues after the name on a byline line (`Ben Walsh Become a
# fan`, `Luis De LeonView More Articles`): the byline stops where one starts.
BYLINE_FURNITURE: tuple[str, ...] = (
    "View More",
    "View Profile",
    "View all posts",
    "Follow",
    "More by",
    "More from",
    "More stories",
    "Become a fan",
    "Email the author",
    "Email",
    "Contact",
    "Read more",
    "Read bio",
    "Full bio",
    "See all",
    "All posts",
    "Twitter",
)

# A desk or staff byline ends in one of these (`Our Foreign Staff`,
# `Telegraph Sport`, `By Our Correspondent`, `Web Desk`).
DESK_WORDS: frozenset[str] = frozenset(
    """
    staff desk sport correspondent correspondents reporter reporters bureau wire
    """.split()
)

# Words that never stand in a person's name line, capitalised or not
# (`Find Your Next Car`, `The Latest`): English function words and page verbs.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    the a an you your we our us me my their his her its of for to in on at with from this that these those
    is are was be how what why when where who new more most all any every
    find get read see view share click here now today latest top best also like might just
    """.split()
)

# An account widget's lines: a name beside them is the signed-in reader, not a
# writer (`Jane Roe` / `Sign Out`). Compared case-folded, outer punctuation trimmed.
ACCOUNT_LINES: frozenset[str] = frozenset(
    (
        "sign in",
        "sign out",
        "log in",
        "log out",
        "login",
        "logout",
        "account",
        "my account",
        "manage account",
        "account settings",
        "settings",
        "profile",
        "my profile",
        "edit profile",
        "welcome back",
        "dashboard",
    )
)


# Words that end an outlet's name (`City Times`, `CBS News`, `The Guardian`): what a
# byline names after its people (`Jane Roe, CNN`, `Jane Roe for The Guardian`).
OUTLET_WORDS: frozenset[str] = frozenset(
    """
    news times post press herald journal tribune guardian telegraph gazette chronicle
    daily weekly magazine monthly review observer independent standard express mirror
    star sun globe mail examiner courier record register reporter bulletin dispatch
    inquirer enquirer sentinel monitor wire agency media network radio tv television
    online digital insider today cnn bbc npr abc cbs nbc msnbc cnbc pbs itv rte
    """.split()
)

# Labels over a name that credit a source or a sponsor, not a writer: the
# company under `NEWS PROVIDED BY` issued a press release, it did not write a story.
# Compared as furniture is (case-folded, outer punctuation trimmed: `Source:`).
PROVIDER_LABELS: frozenset[str] = frozenset(
    (
        "news provided by", "provided by", "sponsored by", "presented by", "powered by", "supported by",
        "in partnership with", "brought to you by", "paid for by", "source", "quelle", "fuente", "fonte",
    )
)  # fmt: skip
