"""Words for describing speakers without naming them, and for telling people
from organisations in the names an article mentions.

`the diplomat`, `the spokesperson` stand for a person named earlier; `the
company`, `the ministry` for an organisation; `a doctor`, `one official`,
`witnesses` name nobody.
"""

PERSON_NOUNS: frozenset[str] = frozenset(
    """
    diplomat ambassador envoy spokesperson spokesman spokeswoman official officer minister
    president premier chancellor secretary senator lawmaker legislator congressman congresswoman
    governor mayor lawyer attorney prosecutor judge justice defendant plaintiff witness doctor
    physician nurse surgeon scientist researcher professor expert analyst economist strategist
    author writer novelist journalist reporter editor columnist actor actress singer musician artist
    director producer player coach captain manager chairman chairwoman chair founder executive ceo
    cfo coo cto boss leader chief head commander general colonel soldier sergeant policeman
    policewoman detective investigator inspector agent activist campaigner protester organiser
    organizer resident villager farmer worker employee student teacher principal pupil parent
    mother father son daughter wife husband brother sister friend neighbour neighbor victim survivor
    owner founder entrepreneur investor trader banker suspect accused king queen prince princess monarch pope
    priest cleric imam rabbi bishop pastor candidate nominee politician voter member delegate
    negotiator mediator commissioner administrator regulator engineer designer developer
    astronaut pilot driver passenger fan supporter critic historian observer insider
    veteran star champion athlete rider runner swimmer boxer striker goalkeeper defender midfielder
    winner finalist challenger incumbent opponent rival partner colleague aide adviser advisor
    consultant representative man woman boy girl mother-of-two father-of-two
    patient associate retiree pensioner tourist visitor customer client shopper commuter
    motorist pedestrian homeowner tenant landlord physician meteorologist forecaster epidemiologist
    psychologist psychiatrist therapist dentist pharmacist paramedic firefighter trooper deputy sheriff
    councillor councilor lecturer academic curator librarian chef
    """.split()
)

ORGANISATION_NOUNS: frozenset[str] = frozenset(
    """
    company firm group ministry department agency government administration office embassy
    bank party union council committee commission court organisation organization institute
    university school hospital army military navy police force forces campaign team club
    league federation association foundation network station channel newspaper paper outlet
    website site broadcaster publisher studio label brand maker manufacturer retailer airline
    carrier operator provider platform startup business corporation conglomerate authority
    authorities regulator board cabinet parliament senate house congress assembly movement
    alliance coalition charity ministries governments companies firms
    agencies magazine journal tabloid blog newsletter trust district library museum society
    """.split()
)

# Plural or collective descriptions that name nobody (`officials said`).
ANONYMOUS_PLURALS: frozenset[str] = frozenset(
    """
    officials sources witnesses experts analysts residents authorities police observers
    critics researchers scientists doctors lawyers prosecutors investigators protesters
    activists locals villagers diplomats people officers fans supporters neighbours neighbors
    reports studies
    """.split()
)

# Capitalised words before a name that say what the person is, not who
# (`Ambassador Munir Akram`, `PM Okafor`, `CEO Ana Lind`): dropped from a speaker's
# name. Royal and religious styles (`Prince Andrew`) are kept as part of the name.
TITLES: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady
    president vice prime minister ambassador secretary senator sen sen. rep rep. representative
    congressman congresswoman gov gov. governor mayor judge justice chief general gen gen.
    lt lt. col col. colonel cmdr cmdr. navy maj maj. major capt capt. captain sgt sgt. adm adm. admiral commander
    chancellor premier ceo cfo coo cto chairman chairwoman chair director coordinator
    spokesperson spokesman spokeswoman pm fm deputy foreign interior defense defence finance
    caretaker acting former interim attorney district state assistant executive managing senior
    junior officer inspector insp insp. detective det det. superintendent supt supt. commissioner counsel coach manager
    founder co-founder head leader envoy special minister-designate president-elect
    cllr cllr. coun coun. councillor councilor councilman councilwoman alderman alderwoman sheriff trustee
    author co-author
    bürgermeister bürgermeisterin ministerin präsident präsidentin sprecher sprecherin landrat landrätin
    """.split()  # German writes its titles with capitals too
)

# Words inside a capitalised run that make it an organisation (`Foreign Office`,
# `Defense Ministry`, `Globex Inc`).
_INSTITUTION_WORDS: frozenset[str] = frozenset(
    """
    office ministry department agency government administration council committee commission
    court bank party union institute university college school hospital army navy force forces
    police service services organisation organization association foundation federation league
    club group company corporation corp corp. inc inc. ltd ltd. llc plc co co. holdings
    authority board bureau embassy mission directorate nations network times post news press journal
    laboratory lab labs centre center fund trust alliance coalition parliament senate house
    congress assembly cabinet security communication communications affairs relations
    intelligence defense defence pentagon kremlin white state republic federal national
    international global capital partners media studios records airlines airways motors
    systems technologies technology energy health library museum society
    """.split()
)

# A company's legal form, which its name may be written with or without (`Acme Inc.`).
COMPANY_SUFFIXES: frozenset[str] = frozenset(
    "inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv group holdings".split()
)
# Last words of a business's name (`Parcelway Logistics`, `Acme Inc.`): what
# `the company` or `the firm` looks back for first.
COMPANY_WORDS: frozenset[str] = COMPANY_SUFFIXES | frozenset(
    """
    company corporation partners studios records airlines airways motors systems technologies logistics
    industries foods brands stores pharmaceuticals therapeutics solutions ventures insurance
    """.split()
)
# Nouns that stand for a business (`the company said`).
COMPANY_NOUNS: frozenset[str] = frozenset(
    "company firm business corporation maker manufacturer retailer operator provider startup airline carrier".split()
)
ORGANISATION_WORDS: frozenset[str] = _INSTITUTION_WORDS | COMPANY_WORDS

# Styles that stay part of a name (`Prince Andrew`, `Pope Francis`).
ROYAL_STYLES: frozenset[str] = frozenset("king queen prince princess pope sheikh emir sultan".split())

# The articles other languages open a person's description with, and the possessives
# that stand where an article would (`il sindaco Renato Da Col`, `dijo el alcalde Juan
# Ruiz`, `o prefeito Otávio Lacerda`, `estime son président, Bernard Lacombe`): the
# lowercase word after one is the person's role.
ARTICLES_ELSEWHERE: frozenset[str] = frozenset(
    "il lo la gli le el los las o os der die das den dem les son sa leur su sus suo sua sein seine ihr ihre".split()
)

# Connectors that may stand inside a personal name (`Osama bin Laden`, `Ursula von der
# Leyen`, `Luiz Inácio Lula da Silva`).
NAME_PARTICLES: frozenset[str] = frozenset("bin ibn al el de del della der di da dos du la le van von y ul".split())

# Capitalised at the start of a sentence, never a name: English only, since a
# name like `Dan` or `Di` is a function word in some other language.
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also although an and another any are as at be because
    been before being below between both but by can could did do does during each either even
    every few for from further had has have having here how however if in into is it its just
    last least less many may meanwhile might more most much must my neither next no nor not now
    of off on once one only or other our out over own same several should since so some such
    than that the their them then there these they this those though through thus to too under
    until up upon very was we were what when where whether which while who whom whose why will
    with within without would yet you your
    his her hers him its their theirs them our ours us my mine me yours
    according speaking asked still today yesterday tomorrow tonight
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Letters after a name for an office or an honour (`Graham Sutherland MSP`,
# `Jane Roe KC`): not part of the name (`Jr.` is, and is not listed).
POST_NOMINALS: frozenset[str] = frozenset("mp msp mep mla mpp mha td qc kc obe mbe cbe kbe dbe".split())

# Calendar words that are names too (`Theresa May`, `Koh Jun Lin`, `Kelsey Mar`):
# never a name alone, but one after a name word goes on that name.
CALENDAR_NAMES: frozenset[str] = frozenset("april may june jan mar jun".split())

# Number words: never part of a name (`Fifty-one percent`).
NUMBER_WORDS: frozenset[str] = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    million billion half dozens hundreds thousands millions
    """.split()
)
