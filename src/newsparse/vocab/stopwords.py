"""Function words, per language, used to tell prose from menus and titles.

A line of running prose has many of these; a menu, a tag list or a headline in
Title Case has few. The sets are small on purpose: density, not coverage, matters.
"""

STOPWORDS: frozenset[str] = frozenset(
    # English
    "a about after all also an and any are as at be been before being but by can could did do does "
    "for from had has have he her his how i if in into is it its just like may me more most my no "
    "not now of on one only or our out over said says she so some such than that the their them then "
    "there these they this those through to under up was we were what when where which while who will "
    "with would you your "
    # Portuguese / Spanish / Italian
    "o os as um uma uns umas de do da dos das em no na nos nas por para com que se não mais mas ao "
    "el la los las un una y en del al por con que se no más pero es su lo "
    "il lo gli le di del della dei delle che e è per con non più ma si un una sono "
    # Indonesian / Malay
    "yang dan di ke dari ini itu dengan untuk tidak ada dalam akan pada juga atau kita kami mereka "
    # French / German
    "le les des du et est une pour dans pas qui sur au avec ce "
    "der die das und ist nicht ein eine zu den mit von auf für sich dem "
    # Dutch / Swedish, Norwegian, Danish
    "het een van dat op te zijn voor niet ook naar bij maar werd "
    "och att det som på är av för med till har inte om ett og er til jeg ikke af var "
    # Polish / Czech / Slovak
    "w na z się że do nie jest jak po przez od oraz jego już "
    "v se je ze jako pro by ale jsou byl bylo podle které který "
    # Finnish / Hungarian
    "ja ei että oli hän mutta kun tai myös ovat jo vain sen sitä ole ovat mukaan "
    "az és hogy is egy meg van volt csak már "
    # Turkish / Romanian
    "ve bir bu da için ile olarak çok daha gibi ama olan "
    "și în cu pe din că este care fost sunt "
    # Vietnamese
    "và của là có được trong cho các những với không này đã người một".split()
)
