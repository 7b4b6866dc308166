"""Reporting verbs: the words that tie a quotation to whoever said it.

One row per verb: its forms as they appear in text, and how it may attribute.
- `speech`: says the quoted words themselves (`said`, `told`, `added`, `wrote`);
  these attribute a whole quotation (`“...,” he said`) and may come before their
  subject (`“...,” said Akram`) when `inverts` is set.
- `frame`: frames a fragment in the writer's sentence (`called it a “farce”`,
  `rejected the claims as “patently false”`); these attribute partial quotes only.
Participles (`saying`, `adding`, `calling`) have no subject of their own: they take
the subject of the clause they hang from.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    forms: tuple[str, ...]
    speech: bool  # attributes whole quotations, not only fragments
    inverts: bool  # `said X` as well as `X said`
    participle: str | None


def _row(forms: str, *, speech: bool = True, inverts: bool = False) -> ReportingVerb:
    words = tuple(forms.split())
    participle = next((w for w in words if w.endswith("ing")), None)
    return ReportingVerb(words, speech, inverts, participle)


REPORTING_VERBS: tuple[ReportingVerb, ...] = (
    _row("say says said saying", inverts=True),
    _row("tell tells told telling"),
    _row("add adds added adding", inverts=True),
    _row("state states stated stating", inverts=True),
    _row("note notes noted noting", inverts=True),
    _row("warn warns warned warning", inverts=True),
    _row("write writes wrote written writing", inverts=True),
    _row("tweet tweets tweeted tweeting", inverts=True),
    _row("explain explains explained explaining", inverts=True),
    _row("ask asks asked asking", inverts=True),
    _row("reply replies replied replying", inverts=True),
    _row("respond responds responded responding", inverts=True),
    _row("answer answers answered answering", inverts=True),
    _row("insist insists insisted insisting", inverts=True),
    _row("argue argues argued arguing", inverts=True),
    _row("claim claims claimed claiming", inverts=True),
    _row("declare declares declared declaring", inverts=True),
    _row("announce announces announced announcing", inverts=True),
    _row("acknowledge acknowledges acknowledged acknowledging", inverts=True),
    _row("admit admits admitted admitting", inverts=True),
    _row("agree agrees agreed agreeing", inverts=True),
    _row("continue continues continued continuing", inverts=True),
    _row("conclude concludes concluded concluding", inverts=True),
    _row("recall recalls recalled recalling", inverts=True),
    _row("recount recounts recounted recounting", inverts=True),
    _row("remark remarks remarked remarking", inverts=True),
    _row("observe observes observed observing", inverts=True),
    _row("emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing", inverts=True),
    _row("stress stresses stressed stressing", inverts=True),
    _row("suggest suggests suggested suggesting", inverts=True),
    _row("urge urges urged urging", inverts=True),
    _row("caution cautions cautioned cautioning", inverts=True),
    _row("comment comments commented commenting", inverts=True),
    _row("complain complains complained complaining", inverts=True),
    _row("concede concedes conceded conceding", inverts=True),
    _row("confirm confirms confirmed confirming", inverts=True),
    _row("contend contends contended contending", inverts=True),
    _row("counter counters countered countering", inverts=True),
    _row("cry cries cried crying", inverts=True),
    _row("shout shouts shouted shouting", inverts=True),
    _row("yell yells yelled yelling", inverts=True),
    _row("scream screams screamed screaming", inverts=True),
    _row("ordered", inverts=True),
    _row("whisper whispers whispered whispering", inverts=True),
    _row("joke jokes joked joking", inverts=True),
    _row("laugh laughs laughed laughing", inverts=True),
    _row("predict predicts predicted predicting", inverts=True),
    _row("promise promises promised promising", inverts=True),
    _row("reiterate reiterates reiterated reiterating", inverts=True),
    _row("remind reminds reminded reminding"),
    _row("report reports reported reporting", inverts=True),
    _row("reveal reveals revealed revealing", inverts=True),
    _row("wonder wonders wondered wondering", inverts=True),
    _row("maintain maintains maintained maintaining", inverts=True),
    _row("muse muses mused musing", inverts=True),
    _row("quip quips quipped quipping", inverts=True),
    _row("boast boasts boasted boasting", inverts=True),
    _row("vow vows vowed vowing", inverts=True),
    _row("pledge pledges pledged pledging", inverts=True),
    _row("lament laments lamented lamenting", inverts=True),
    _row("testify testifies testified testifying", inverts=True),
    _row("allege alleges alleged alleging", inverts=True),
    _row("exclaim exclaims exclaimed exclaiming", inverts=True),
    _row("mention mentions mentioned mentioning"),
    _row("repeat repeats repeated repeating"),
    _row("chant chants chanted chanting", inverts=True),
    _row("sing sings sang singing", inverts=True),
    _row("demand demands demanded demanding", inverts=True),
    _row("plead pleads pleaded pleading", inverts=True),
    _row("snap snaps snapped snapping", inverts=True),
    _row("interject interjects interjected interjecting", inverts=True),
    _row("interrupt interrupts interrupted interrupting", inverts=True),
    _row("rejoin rejoins rejoined rejoining", inverts=True),
    _row("retort retorts retorted retorting", inverts=True),
    _row("scoff scoffs scoffed scoffing", inverts=True),
    _row("sneer sneers sneered sneering", inverts=True),
    _row("grumble grumbles grumbled grumbling", inverts=True),
    _row("mutter mutters muttered muttering", inverts=True),
    _row("murmur murmurs murmured murmuring", inverts=True),
    _row("gush gushes gushed gushing", inverts=True),
    _row("enthuse enthuses enthused enthusing", inverts=True),
    _row("assert asserts asserted asserting", inverts=True),
    _row("affirm affirms affirmed affirming", inverts=True),
    _row("opine opines opined opining", inverts=True),
    _row("assure assures assured assuring", inverts=True),
    _row("concur concurs concurred concurring", inverts=True),
    _row("inquire inquires inquired inquiring enquire enquires enquired enquiring", inverts=True),
    _row("chide chides chided chiding", inverts=True),
    _row("scold scolds scolded scolding", inverts=True),
    _row("rebut rebuts rebutted rebutting", inverts=True),
    _row("speculate speculates speculated speculating", inverts=True),
    _row("surmise surmises surmised surmising", inverts=True),
    _row("proclaim proclaims proclaimed proclaiming", inverts=True),
    _row("implore implores implored imploring", inverts=True),
    _row("beg begs begged begging", inverts=True),
    _row("trumpet trumpets trumpeted trumpeting", inverts=True),
    _row("tout touts touted touting", inverts=True),
    _row("recollect recollects recollected recollecting", inverts=True),
    _row("reflect reflects reflected reflecting", inverts=True),
    _row("confide confides confided confiding", inverts=True),
    _row("bemoan bemoans bemoaned bemoaning", inverts=True),
    # the other languages read (their perfect's auxiliary, `ha detto`, `a déclaré`,
    # stands before the verb and is passed over as a skippable word would be)
    _row(
        "dijo dice afirmó afirma explicó explica señaló señala aseguró asegura indicó agregó añadió declaró "
        "comentó sostuvo advirtió expresó manifestó relató contó",
        inverts=True,
    ),
    _row(
        "disse diz afirmou explicou declarou contou acrescentou destacou ressaltou completou escreveu falou "
        "revelou brincou comentou lembrou garantiu escribió écrit",
        inverts=True,
    ),
    _row(
        "déclare déclaré explique expliqué affirme affirmé ajoute ajouté estime souligne souligné précise "
        "précisé raconte confie indique réagi réagit assuré insisté insiste martelé martèle prévenu prévient "
        "rappelé rappelle confié indiqué",
        inverts=True,
    ),
    _row("sagte sagt erklärte erklärt betonte betont meinte meint ergänzte fügte", inverts=True),
    _row(
        "detto spiega spiegato afferma affermato aggiunge aggiunto sottolinea sottolineato racconta dichiarato",
        inverts=True,
    ),
    _row("kata katanya ujar ujarnya jelasnya tuturnya ungkapnya", inverts=True),
    _row("zei zegt aldus sier sa sanoo sanoi kertoo dedi powiedział powiedziała mówi dodał dodała", inverts=True),
    _row(
        "scritto commenta osserva ricorda precisa precisato avverte dichiara "
        "dit diu explicat assegura",  # Italian; Catalan (`ha dit`)
        inverts=True,
    ),
    _row(
        "podkreśla podkreślił podkreśliła zadeklarował zadeklarowała dodaje przekonuje tłumaczy wyjaśnia "
        "zapewnia poinformował poinformowała stwierdził stwierdziła",  # Polish
        inverts=True,
    ),
    _row(
        "сказав сказала пояснив пояснила зазначив зазначила повідомив повідомила додав додала каже розповів "
        "розповіла наголосив наголосила",  # Ukrainian
        inverts=True,
    ),
    _row(
        "сказал заявил заявила отметил отметила пояснил добавил добавила сообщил сообщила рассказал "
        "рассказала говорит подчеркнул подчеркнула",  # Russian (`сказала`, `пояснила` are Ukrainian's too)
        inverts=True,
    ),
    _row("δήλωσε είπε ανέφερε τόνισε εξήγησε πρόσθεσε σημείωσε", inverts=True),  # Greek
    _row(
        "säger sade berättar förklarar konstaterar forteller forklarer siger sagde fortæller "
        "vertelt",  # Swedish, Norwegian, Danish, Dutch
        inverts=True,
    ),
    _row("declarat spus precizat spune", inverts=True),  # Romanian (`a declarat`)
    _row("řekl řekla uvedl uvedla dodal dodala říká vysvětlil vysvětlila", inverts=True),  # Czech
    _row("قال قالت أضاف أضافت أوضح أوضحت أكد أكدت", inverts=True),  # Arabic
    _row("describe describes described describing", speech=False),
    _row("view views viewed viewing", speech=False),
    _row("call calls called calling", speech=False),
    _row("dub dubs dubbed dubbing", speech=False),
    _row("term terms termed terming", speech=False),
    _row("label labels labelled labeled labelling labeling", speech=False),
    _row("brand brands branded branding", speech=False),
    _row("characterise characterises characterised characterize characterizes characterized", speech=False),
    _row("accuse accuses accused accusing", speech=False),
    _row("reject rejects rejected rejecting", speech=False),
    _row("deny denies denied denying", speech=False),
    _row("dismiss dismisses dismissed dismissing", speech=False),
    _row("criticise criticises criticised criticize criticizes criticized criticising criticizing", speech=False),
    _row("praise praises praised praising", speech=False),
    _row("condemn condemns condemned condemning", speech=False),
    _row("hail hails hailed hailing", speech=False),
    _row("welcome welcomes welcomed welcoming", speech=False),
)

# `according to` in one word, as other languages write it (`Segundo Luana, ...`).
ACCORDING_WORDS: frozenset[str] = frozenset("segundo según selon secondo laut volgens menurut".split())

# Nouns that frame a fragment as someone's words (`his claim that the pair were
# “not close”`, `the announcement of a “historic” deal`).
FRAMING_NOUNS: frozenset[str] = frozenset(
    """
    claim claims statement statements remarks comments comment words announcement
    interview speech letter tweet tweets post message testimony accusation accusations
    allegation allegations description warning warnings promise pledge vow assessment
    view views verdict response reply
    """.split()
)

# What an organisation or person publishes: `a Reuters report`, `a Harbor
# Analytics’ forecast` stand for whoever's name is in them (not `paper` or
# `reports`: `the paper said`, `reports say` are read as ORGANISATION_NOUNS and
# ANONYMOUS_PLURALS).
DOCUMENT_NOUNS: frozenset[str] = (
    frozenset(
        """
    report study survey poll polls analysis forecast estimate estimates data figures
    filing memo release review audit research note brief briefing editorial article
    story column video documentary ruling order opinion guidance projection projections
    index model tally count census
    """.split()
    )
    | FRAMING_NOUNS
)

# Predicates that leave their subject about to speak, in a sentence just before a
# paragraph that opens with a quotation (`Asked what she would miss, Moray did not
# hesitate.`); `asked` counts only as a passive (`Moray was asked about it.`).
TURN_PREDICATES: frozenset[str] = frozenset(
    """
    hesitate hesitated hesitates paused pauses shrugged shrugs sighed sighs nodded nods
    smiled smiles grinned grins
    """.split()
)
PASSIVE_TURN_PREDICATES: frozenset[str] = frozenset("asked questioned pressed".split())


def _index() -> dict[str, ReportingVerb]:
    table: dict[str, ReportingVerb] = {}
    for verb in REPORTING_VERBS:
        for form in verb.forms:
            table.setdefault(form, verb)  # the first row that names a form wins
    return table


VERB_BY_FORM: dict[str, ReportingVerb] = _index()
