"""Site-wide text that reads like prose but is page furniture: cookie and
privacy notices, legal lines, newsletter and account prompts, comment rules.

`SITEWIDE_PHRASES` are matched as whole words, case-insensitively, anywhere in a
line; a line holding one is never article prose. `LIST_HEADINGS` start the
lists pages put around an article (most popular, related, more from ...).
"""

SITEWIDE_PHRASES: tuple[str, ...] = (
    "cookie",
    "cookies",
    "privacy policy",
    "privacy notice",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "all rights reserved",
    "copyright ©",
    "©",
    "registered in england",
    "newsletter",
    "newsletters",
    # the newsletter in the other languages read
    "nyhetsbrev",
    "nyhedsbrev",
    "uutiskirje",
    "uutiskirjeen",
    "nieuwsbrief",
    "boletín",
    "infolettre",
    "bülten",
    "hírlevél",
    "newsletteru",
    "subscribe to",
    "sign up for",
    "sign up to",
    "log in",
    "sign in",
    "your account",
    "signed in as",
    "sign out",
    "edit profile",
    "edit public profile",
    "thanks for signing up",
    "rss feed",
    "your inbox",
    "user id",
    "moderator",
    "moderators",
    "community guidelines",
    "comment policy",
    "javascript",
    "your browser",
    "ad blocker",
    "adblock",
    "this site is protected by recaptcha",
    "this material may not be published",
    "may not be published, broadcast, rewritten",
    "push notifications",
    "unsubscribe",
    "no spam",
    "join our",
    "follow us",
    "follow him",
    "follow her",
    "follow them",
    "like this story",
    "share it with a friend",
    "share this story",
    "share this article",
    "sister title",
    "visit our",
    "download our app",
    "get the app",
    "support our journalism",
    "become a member",
    "we may earn a commission",
    "may receive a commission",
    "affiliate links",
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
)

# Headings of the author box after an article (list headings too).
AUTHOR_HEADINGS: tuple[str, ...] = (
    "about the author",
    "about the authors",
    "sobre o autor",
    "sobre a autora",
    "sobre el autor",
    "l'autore",
    "à propos de l'auteur",
    "über den autor",
    "tentang penulis",
)

LIST_HEADINGS: tuple[str, ...] = (
    "most popular",
    "most read",
    "most viewed",
    "most shared",
    "popular",
    "trending",
    "related",
    "recommended",
    "you may also like",
    "you might also like",
    "more from",
    "more stories",
    "more news",
    "other news",
    "latest news",
    "latest stories",
    "top stories",
    "read next",
    "up next",
    "next up",
    "around the web",
    "from the web",
    "promoted stories",
    "sponsored stories",
    "don't miss",
    "editor's picks",
    "in case you missed it",
    *AUTHOR_HEADINGS,
    "artigos relacionados",
    "posts relacionados",
    "notícias relacionadas",
    "artículos relacionados",
    "articoli correlati",
    "articles similaires",
    "ähnliche artikel",
    "artikel terkait",
    "mais lidas",
    "más leídas",
    "più letti",
    "関連記事",
    "関連ニュース",
    "人気記事",
    "おすすめ記事",
    "관련기사",
    "관련 기사",
    "많이 본 뉴스",
    "相关文章",
    "相关新闻",
    "热门文章",
)

# `About Jane Doe`, `Sobre Ana Ribeiro`: the author box after an article.
ABOUT_LEADS: tuple[str, ...] = ("about", "sobre", "acerca de", "à propos de", "über", "tentang", "chi è")

# The sections a site's menu names (`Home News Politics Culture Climate`): a
# line made mostly of these, in title case, is a menu the scrape glued into one.
SECTION_WORDS: frozenset[str] = frozenset(
    """
    home news latest politics business economy markets money finance tech technology science
    health culture arts entertainment movies film tv television music books style fashion
    lifestyle food travel sport sports opinion opinions ideas climate environment world local
    national international weather video videos photos podcasts podcast magazine newsletters
    events shop deals reviews education cars autos realestate jobs obituaries puzzles games
    more menu search subscribe
    """.split()
)


# Notices that stand where a paywall or an archive cut the story (`The article you
# requested has been archived`, `Subscribe to continue reading`): the story's own
# text ends above them. Read as patterns over the line's folded text.
PAYWALL_NOTICES: tuple[str, ...] = (
    r"the (?:article|story|page) you requested has been archived",
    r"(?:subscribe|sign in|log in|register|sign up) (?:now )?to (?:continue|keep) reading",
    r"to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)",
    r"this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:only )?(?:to|for) "
    r"(?:our )?(?:subscribers|members)",
    r"you(?:'|’)?ve reached your (?:monthly |free )?(?:article )?limit",
    r"you have reached your (?:monthly |free )?(?:article )?limit",
    r"the rest of this (?:article|story) is (?:only )?(?:available|for)",
)
