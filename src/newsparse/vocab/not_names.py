"""Capitalised words that are no part of a person's name: the nouns, verbs and
adjectives of menus, section labels, tags and widgets (`Change Region`,
`Marketing Strategy`, `Fact Checked`, `Loading Photo Gallery`), and the names
of countries and regions (`North Korea`).

A title-case line made of name-shaped words is a bare name only when none of
its words is here; after a comma, a piece holding one of them is a place or an
organisation, not a second author (`Jane Roe, Melbourne Cricket Ground`).
Words that are also common surnames or given names (`Park`, `Hill`, `Green`,
`Young`, `Street`, `King`, `West`, `North`...) are left out on purpose: a
name must never be refused for them. Lower case; looked up case-folded.
"""

_PAGE_WORDS = """
about account accounts ad ads advert advertise advertisement advertising alert alerts
app apps archive archives article articles audio author authors back blog blogs
bookmark bookmarks breaking browse button calendar cancel categories category change
channel channels chat checked checkout click collection collections column
columns comment comments community connect contact content contents cookie cookies copy
copyright dashboard default defaults delete directory discover donate download
downloads edit edition editions editorial email emails enter event events explore
facebook faq faqs feature featured features feed feedback filter follow followers font
forum forums free gallery galleries guide guides help home homepage index info
instagram insider join latest layout learn link links live loading log login logout
main manage member members membership menu mobile more navigation newsletter
newsletters next notifications offer offers older newer online opinion options
pages photo photos picture pictures playlist podcast podcasts policy popular posts
preferences premium previous print privacy profile promoted recommended region regions
register related reply reprint reprints reset rss save saved search section sections
see select send settings share shop sign signup site sitemap slide slides
slideshow sponsored store stories subscribe subscriber subscription subscriptions
support tag tags terms tip tips toggle tools top topic topics trending tweet twitter
update updates upgrade upload user username video videos view viewed views watch
weather website welcome widget youtube
fact facts hide show transcript reads talks puppet connectivity lung games
image images athletics baseball basketball cycling diving gymnastics hockey lacrosse rowing
skiing soccer softball swimming volleyball wrestling
subject subjects date month year type keyword keywords name co inc ltd llc corp plc gmbh
accessibility statement discussion discussions active recommendations code customer care cup
data planning tax phones applications application enterprise upon kingdom united states middle
taboola outbrain zergnet revcontent
"""

_COMMON_NOUNS = """
academy agency airport alliance analysis apartment assembly association
authority awards beer board budget business campaign cancer capital caps career
careers center centre championship cinema city clinic club coalition college commission
committee company conference congress council country county cricket culture
dashboard defense defence department design development diet directorate district
division economy education election elections embassy energy engineering entertainment
environment essentials expert experts family fashion federation festival finance fitness
food football foundation fund funds gaming gardening government ground group guardian
health healthcare holiday holidays hospital hotel housing industry innovation institute
insurance intelligence interview interviews investment kitchen league learning library
lifestyle magazine management market marketing markets media medicine ministry money
monospace morning motoring movie movies museum music nation network networks news
newsroom office olympics parliament party partners people pharmacy photography
physics police politics portfolio president product products programme programs
property proportional racing radio real recipe recipes remodel report reports research
restaurant restaurants review reviews school schools science scoreboard security
senate series serif service services society software solutions sport sports
stadium strategy studio studios style support surgery systems team teams technology
tech television tennis theatre theater therapy tourism trade traffic training transport
travel treatment trial tribunal trust tv university universities wellness wine world
"""

_VERBS_AND_ADJECTIVES = """
artificial breaking business checked classic complete daily digital done exclusive
favorite favorites favourite favourites financial global healthy international latest
local medical mental national official older personal political popular previous
private public recent recommended regional remote sans single social special
sponsored trending unlimited weekly
"""

_PLACES = """
afghanistan africa albania algeria america americas angola antarctica arabia argentina
armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia
bosnia brazil britain bulgaria cambodia cameroon canada caribbean chile colombia
croatia cyprus czech denmark ecuador egypt emirates estonia ethiopia europe
finland germany ghana greece guatemala haiti honduras hungary iceland indonesia iran
iraq italy jamaica japan kazakhstan kenya korea kosovo kuwait latvia lebanon libya
lithuania luxembourg malaysia mexico moldova mongolia morocco mozambique myanmar nepal
netherlands nicaragua nigeria norway oman pakistan palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda scotland senegal serbia
singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
tajikistan tanzania thailand tunisia turkey uganda ukraine uruguay uzbekistan venezuela
vietnam yemen zambia zimbabwe
"""


def _words(*blocks: str) -> frozenset[str]:
    return frozenset(word for block in blocks for word in block.split())


NOT_NAME_NOUNS: frozenset[str] = _words(_PAGE_WORDS, _COMMON_NOUNS, _VERBS_AND_ADJECTIVES, _PLACES)
