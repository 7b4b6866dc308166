"""Words that describe a writer's job or outlet rather than name them, so that
`By Jane Holt, CNN Business` gives one author and `Sam Rivera, CNN
Editor-at-large` gives a name without the title."""

ROLE_WORDS: frozenset[str] = frozenset(
    word.casefold()
    for word in """
    editor editor-at-large editors writer writers reporter reporters correspondent correspondents
    contributor contributors columnist columnists staff senior chief deputy associate managing
    analyst critic producer photographer photographers anchor host intern fellow
    business news sport sports politics media press wire desk team bureau online digital
    international national global foreign weekly daily
    ms rd md phd mph rn dr mr mrs
    view more articles all posts profile bio follow email twitter
    """.split()
)

# Labels that introduce a byline.
BYLINE_LEADS: tuple[str, ...] = (
    "by",
    "written by",
    "posted by",
    "words by",
    "story by",
    "reporting by",
    "report by",
    "analysis by",
    "opinion by",
    "commentary by",
    "review by",
    "text by",
    "author:",
    "authors:",
    "byline:",
    "por",
    "di",
    "oleh",
    "von",
    "par",
)

# Words that never stand in a person's name line, capitalised or not
# (`Find Your Next Car`, `The Latest`): English function words and page verbs.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    """
    the a an your our my their his her its of for to in on at with from this that these those
    is are was be how what why when where who new more most all any every
    find get read see view share click here now today latest top best
    """.split()
)
