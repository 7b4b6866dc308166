"""News agencies and wire services: names that may stand alone as a byline
(`Associated Press`, `By Reuters`) or appear in a dateline (`(AFP) -`)."""

AGENCIES: frozenset[str] = frozenset(
    name.casefold()
    for name in (
        "Associated Press",
        "The Associated Press",
        "AP",
        "Reuters",
        "Thomson Reuters",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "UPI",
        "United Press International",
        "Bloomberg",
        "Bloomberg News",
        "PTI",
        "Press Trust of India",
        "IANS",
        "ANI",
        "Xinhua",
        "Kyodo",
        "Kyodo News",
        "Yonhap",
        "dpa",
        "EFE",
        "ANSA",
        "TASS",
        "Interfax",
        "Anadolu",
        "Anadolu Agency",
        "APP",
        "Canadian Press",
        "The Canadian Press",
        "AAP",
        "Australian Associated Press",
        "CNN",
        "CNN Business",
        "CNN Wire",
        "BBC",
        "NPR",
        "WAM",
        "SPA",
        "KUNA",
        "Bernama",
        "Antara",
        # national agencies of Europe, Asia, Africa and the Americas (left out: those
        # whose names are everyday words or section labels, `MAP`, `TAP`, `MENA`, `AGI`)
        "TT",
        "NTB",
        "Ritzau",
        "STT",
        "ANP",
        "Belga",
        "APA",
        "Keystone-SDA",
        "SDA",
        "ATS",
        "PAP",
        "ČTK",
        "TASR",
        "MTI",
        "HINA",
        "Tanjug",
        "BTA",
        "Agerpres",
        "LETA",
        "BNS",
        "ELTA",
        "ANA-MPA",
        "AMNA",
        "Lusa",
        "Agência Lusa",
        "Europa Press",
        "Notimex",
        "Télam",
        "ACN",
        "Adnkronos",
        "epd",
        "KNA",
        "Ukrinform",
        "UNIAN",
        "RIA Novosti",
        "BelTA",
        "Jiji",
        "Jiji Press",
        "CNA",
        "PNA",
        "VNA",
        "UNB",
        "BSS",
        "GNA",
        "QNA",
        "IRNA",
        "ISNA",
        "WAFA",
        "ТАСС",
        "РИА Новости",
        "Интерфакс",
        "Укрінформ",
        "وام",
        "واس",
        "كونا",
        "PA",
        "PA Media",
        "Press Association",
        "News Agencies",
        "Agencies",
        "Staff",
        "Staff Reporter",
        "Wire Services",
    )
)


# First words of the labels that open a paragraph the way a dateline's place
# does (`POLL:`, `ASK AMY:`, `UPDATE:`) but name a column, a kicker or a format,
# and of the adverbs a story may open with before a dash (`Today — ...`).
NOT_PLACES: frozenset[str] = frozenset(
    """
    poll ask update updated breaking watch exclusive opinion review analysis editorial
    background context summary disclaimer transcript question answer source sources step key
    why what how who when where editor editor's notes
    correction clarification note live video photos photo listen read see quiz recap
    preview explainer comment letters letter q&a faq tip tips warning alert developing
    today tonight yesterday tomorrow meanwhile still now then here there instead
    however indeed perhaps first finally again full
    """.split()
)

# Labels that are no place alone but open places' names (`NEW:` is a label, `NEW
# DELHI:` a place).
NOT_LONE_PLACES: frozenset[str] = frozenset("new more top latest also plus bonus hot free".split())

# The labels Japanese and Chinese pages put in lenticular brackets where a
# regional paper puts its place (`【速報】` breaking, `【独自】` exclusive).
NOT_CJK_PLACES: frozenset[str] = frozenset(
    (
        "速報 独自 動画 写真 詳報 更新 続報 号外 特集 解説 社説 注目 中継 映像 会見 全文 追記 図解 新聞 "
        "快讯 独家 视频 图集"
    ).split()
)

# The wires as a whole, as a writer's credit names them (`Jane Roe (with agencies)`,
# `(avec agences)`, `(con agenzie)`).
AGENCIES_WORDS: frozenset[str] = frozenset(
    ("agencies", "agences", "agenzie", "agencias", "agências", "agenturen", "wires", "wire services")
)
