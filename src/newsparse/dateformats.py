"""The timestamp format table: the ways a news page writes a time, as data.

Each `DateFormat` row is one way of writing a time, a regular expression built
from the named pieces below (`{DATE_Y}`, `{CLOCK}`, `{ZONE}` ...), with an example
and what that example reads as at `EXAMPLE_REFERENCE` (the tests read every
example back). `timestamps` joins the rows into one alternation, in table order,
so stricter rows come first: at a given position the first row that matches wins.

Every row captures into the same group names, so one reader serves them all:
`year`, `month_name`/`month_num`, `day`, `num_a`/`num_sep`/`num_b` (a numeric
date whose day/month order is unknown), `hour`, `minute`, `second`, `ampm`,
`zone`, `weekday`, `dayword`, `nowword`, `rel_n`/`rel_unit`.

Vocabulary (months, weekdays, labels, relative words) is English first, then
the other languages, each row saying which. Non-English month names are only
read next to a year: `set`, `out`, `ago`, `mar` are English words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .vocab.timezones import ZONES

# The reference time the table's examples are read against.
EXAMPLE_REFERENCE = "2019-11-20T12:00:00+00:00"


def _numbered(names: str, first: int) -> dict[str, int]:
    """`"jan feb mar"` -> {"jan": first, "feb": first + 1, ...}."""
    return {name: first + i for i, name in enumerate(names.split())}


ENGLISH_MONTHS: dict[str, int] = {
    **_numbered("january february march april may june july august september october november december", 1),
    **_numbered("jan feb mar apr may jun jul aug sep oct nov dec", 1),
    "sept": 9,
}

OTHER_MONTHS: dict[str, int] = {
    # Portuguese
    **_numbered("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro", 1),
    "marco": 3, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12,
    # Spanish
    **_numbered("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre", 1),
    "setiembre": 9, "ene": 1, "dic": 12,
    # Italian
    **_numbered("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre", 1),
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    # French
    **_numbered("janvier février mars avril mai juin juillet août septembre octobre novembre décembre", 1),
    "fevrier": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    # German
    **_numbered("januar februar märz april mai juni juli august september oktober november dezember", 1),
    "jänner": 1, "maerz": 3, "mär": 3, "mrz": 3, "okt": 10,
    # Indonesian
    **_numbered("januari februari maret april mei juni juli agustus september oktober november desember", 1),
    "agu": 8, "agt": 8, "des": 12,
    # Dutch
    **_numbered("januari februari maart april mei juni juli augustus september oktober november december", 1),
    # Swedish and Norwegian
    **_numbered("januari februari mars april maj juni juli augusti september oktober november december", 1),
    **_numbered("januar februar mars april mai juni juli august september oktober november desember", 1),
    # Polish: the genitive a date writes (`16 kwietnia 2021`)
    **_numbered("stycznia lutego marca kwietnia maja czerwca lipca sierpnia", 1),
    "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    # Ukrainian and Russian: the genitive a date writes (`14 березня 2025`, `14 марта 2025`)
    **_numbered("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня", 1),
    **_numbered("января февраля марта апреля мая июня июля августа сентября октября ноября декабря", 1),
    # Latvian: the name, and the forms a date writes (`8. janvārī`, `8. janvāra`)
    **_numbered("janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris", 1),
    "decembris": 12,
    # Czech and Slovak: the genitive a date writes (`28. listopadu 2026`, `28. novembra 2026`)
    **_numbered("ledna února března dubna května června července srpna září října listopadu prosince", 1),
    **_numbered("januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra", 1),
    # Turkish, Romanian, Hungarian, Danish
    **_numbered("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık", 1),
    **_numbered("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie", 1),
    **_numbered("január február március április május június július augusztus szeptember október november december", 1),
    "marts": 3,
    # Finnish: the partitive a date writes (`28. marraskuuta 2026`)
    **_numbered(
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
        "lokakuuta marraskuuta joulukuuta",
        1,
    ),
    **_numbered("janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī", 1),
    **_numbered("janvāra februāra marta aprīļa maija jūnija jūlija augusta septembra oktobra novembra decembra", 1),
    # Estonian (`12. oktoober 2022`)
    **_numbered("jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember", 1),
    # Catalan (`3 d'octubre de 2023`)
    **_numbered("gener febrer març abril maig juny juliol agost setembre octubre novembre desembre", 1),
    # Greek: the genitive a date writes (`9 Οκτωβρίου 2023`; not in capitals, which drop the accents)
    **_numbered(
        "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
        "νοεμβρίου δεκεμβρίου",
        1,
    ),
    # Hindi, with the spellings pages mix (`12 जुलाई 2024`, `सितंबर`/`सितम्बर`)
    **_numbered("जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर", 1),
    "फरवरी": 2, "फ़रवरी": 2, "सितम्बर": 9, "अक्तूबर": 10, "नवम्बर": 11, "दिसम्बर": 12,
    # Arabic: the names of Egypt and the Gulf, then those of the Levant and Iraq
    # (a page may write both: `28 آب/اغسطس 2013`)
    **_numbered("يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر", 1),
    "ابريل": 4, "اغسطس": 8, "اكتوبر": 10, "يونيه": 6, "يوليه": 7,
    **_numbered("كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول", 1),
}  # fmt: skip
# Month names of two words are written with an underscore above, a space in text.
OTHER_MONTHS = {name.replace("_", " "): number for name, number in OTHER_MONTHS.items()}

MONTHS: dict[str, int] = {**OTHER_MONTHS, **ENGLISH_MONTHS}

# Weekday names, Monday = 0. Only full names outside English: `sex`, `dom`, `ter`
# are everyday words.
WEEKDAYS: dict[str, int] = {
    **_numbered("monday tuesday wednesday thursday friday saturday sunday", 0),
    **_numbered("mon tue wed thu fri sat sun", 0),
    "tues": 1, "thur": 3, "thurs": 3, "weds": 2,
    **_numbered("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo", 0),
    **_numbered("lunes martes miércoles jueves viernes sábado domingo", 0),
    **_numbered("lunedì martedì mercoledì giovedì venerdì sabato domenica", 0),
    **_numbered("lundi mardi mercredi jeudi vendredi samedi dimanche", 0),
    **_numbered("montag dienstag mittwoch donnerstag freitag samstag sonntag", 0),
    **_numbered("senin selasa rabu kamis jumat sabtu minggu", 0),
    **_numbered("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", 0),
    **_numbered("måndag tisdag onsdag torsdag fredag lördag söndag", 0),
    **_numbered("mandag tirsdag onsdag torsdag fredag lørdag søndag", 0),
    **_numbered("poniedziałek wtorek środa czwartek piątek sobota niedziela", 0),
    **_numbered("pondělí úterý středa čtvrtek pátek sobota neděle", 0),
    **_numbered("pazartesi salı çarşamba perşembe cuma cumartesi pazar", 0),
    **_numbered("maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai", 0),
    **_numbered("luni marți miercuri joi vineri sâmbătă duminică", 0),
    **_numbered("hétfő kedd szerda csütörtök péntek szombat vasárnap", 0),
    **_numbered("dilluns dimarts dimecres dijous divendres dissabte diumenge", 0),
    **_numbered("δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή", 0),
    **_numbered("सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार", 0),
    "sonnabend": 5, "jum'at": 4, "miercoles": 2, "sabado": 5,
    **_numbered("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد", 0),
    "الإثنين": 0, "الاربعاء": 2, "الاحد": 6,
}  # fmt: skip

PUBLISHED = "published"
UPDATED = "updated"

# Words that say which time a label introduces (`Updated: ...`, `Posted on ...`).
LABELS: dict[str, str] = {
    **dict.fromkeys(
        (
            "published", "first published", "originally published", "posted", "original", "publication date",
            "date published", "created", "uploaded", "first uploaded",
            "publicado", "publicada", "pubblicato", "pubblicata", "publié", "publiée", "veröffentlicht",
            "diterbitkan", "dipublikasikan", "diposting", "기사입력", "입력", "등록", "公開日", "投稿日", "配信日",
            "发布时间", "发表时间", "發佈時間", "publicēts", "gepubliceerd", "opublikowano", "تاريخ النشر", "نشر في",
            "publisert", "publicerad", "publiceret", "опубліковано", "опубликовано",
            "publiziert", "erstellt", "yayınlanma", "yayın tarihi", "yayınlandı", "publikováno", "vydáno",
            "publikované", "julkaistu", "publicat", "közzétéve", "publikálva", "geplaatst", "дата публикации",
            "δημοσίευση", "δημοσιεύθηκε", "प्रकाशित", "objavljeno", "paskelbta", "avaldatud", "публикувано",
        ),
        PUBLISHED,
    ),
    **dict.fromkeys(
        (
            "updated", "last updated", "modified", "last modified", "atualizado", "atualizada", "actualizado",
            "aggiornato", "aggiornata", "mis à jour", "mise à jour", "aktualisiert", "diperbarui", "수정",
            "최종수정", "업데이트", "更新日", "更新时间", "更新時間", "更新",
            "atjaunots", "bijgewerkt", "zaktualizowano", "آخر تحديث", "تحديث",
            "modifié", "modifiée", "modifica", "modificato", "aangepast", "gewijzigd", "aktualizacja", "最終更新",
            "last update", "latest update", "ultimo aggiornamento", "oppdatert", "sist oppdatert", "uppdaterad",
            "senast uppdaterad", "opdateret", "оновлено", "обновлено",
            "güncelleme", "güncellenme", "güncellendi", "aktualizováno", "aktualizované", "päivitetty",
            "actualizat", "frissítve", "cập nhật", "actualitzat", "actualitzada", "τελευταία ενημέρωση",
            "ενημερώθηκε", "ενημέρωση", "अपडेटेड", "अपडेट", "ažurirano", "atnaujinta", "uuendatud", "обновено",
        ),
        UPDATED,
    ),
}  # fmt: skip

# Labels written after the time, as Chinese and Japanese pages do
# (`2024年4月8日 21:30 更新`, `3/9(木) 18:45配信`).
LABELS_AFTER: dict[str, str] = {
    "更新": UPDATED, "配信": PUBLISHED, "公開": PUBLISHED, "掲載": PUBLISHED, "发布": PUBLISHED, "發佈": PUBLISHED,
    "發布": PUBLISHED,
}  # fmt: skip

# The labels English pages write: a slashed date after any other label is
# read day first (`Publicado 03/05/2024`), as those languages write dates.
ENGLISH_LABELS: frozenset[str] = frozenset(
    (
        "published", "first published", "originally published", "posted", "original", "publication date",
        "date published", "created", "uploaded", "first uploaded", "updated", "last updated", "modified",
        "last modified", "last update", "latest update",
    )
)  # fmt: skip

# Relative times: `3 hours ago`, `há 2 horas`, `2 jam lalu`. Unit words map to a
# unit name; `m` is minutes, as on most sites.
RELATIVE_UNITS: dict[str, str] = {
    **dict.fromkeys(
        "s sec secs second seconds segundo segundos secondo secondi seconde secondes sekunde sekunden detik "
        "seconden sekunder sekuntia секунд секунды segons".split(),
        "second",
    ),
    **dict.fromkeys(
        "m min mins minute minutes minuto minutos minuti minuten menit dakika minuuttia minuut minuter minutter "
        "minut minuty минут минуты минуту хвилин хвилини хвилину minuts λεπτά मिनट دقيقة دقائق".split(),
        "minute",
    ),
    **dict.fromkeys(
        "h hr hrs hour hours hora horas ora ore heure heures stunde stunden jam saat tuntia uur timmar timme "
        "timer time godz godzin godziny godzinę час часа часов годин години годину hores ώρες ώρα घंटे घंटा "
        "ساعة ساعات".split(),
        "hour",
    ),
    **dict.fromkeys(
        "d day days dia dias día días giorno giorni jour jours tag tage tagen hari gün päivää dag dagen dagar "
        "dage dager dni dzień день дня дней днів дні dies zile ημέρες μέρες दिन يوم أيام".split(),
        "day",
    ),
    **dict.fromkeys(
        "w wk wks week weeks semana semanas settimana settimane semaine semaines woche wochen minggu weken "
        "veckor uger uker tygodnie недели недель тижні setmanes".split(),
        "week",
    ),
    **dict.fromkeys(
        "mo mos month months mês meses mes mese mesi mois monat monate monaten bulan maanden månader måneder "
        "miesiące месяца месяцев місяці mesos".split(),
        "month",
    ),
    **dict.fromkeys(
        "y yr yrs year years ano anos año años anno anni an ans année années jahr jahre jahren tahun jaar år "
        "года лет років anys".split(),
        "year",
    ),
}

NUMBER_WORDS: dict[str, int] = {
    **_numbered("one two three four five six seven eight nine ten eleven twelve", 1),
    **dict.fromkeys("a an um uma un una une uno ein eine einem einer satu".split(), 1),
}  # fmt: skip

# Words after the amount (`3 hours ago`) or before it (`vor 3 Stunden`).
AGO_AFTER: tuple[str, ...] = (
    "ago", "yang lalu", "lalu", "fa", "önce", "sitten", "geleden", "sedan", "siden", "temu", "назад", "тому", "पहले",
)  # fmt: skip
AGO_BEFORE: tuple[str, ...] = ("há", "hace", "il y a", "vor", "acum", "πριν από", "πριν", "منذ")
# Words that round the amount (`Updated about 4 hours ago`); the amount is read as written.
ROUGHLY: tuple[str, ...] = ("about", "around", "almost", "nearly", "over", "roughly", "approximately", "more than")

# Day words and how many days back they are. A bare `today` is not read as a time
# (menus and show names say `Today`); with a clock time or a label it is.
DAY_WORDS: dict[str, int] = {
    **dict.fromkeys(
        (
            "yesterday", "ontem", "ayer", "ieri", "hier", "gestern", "kemarin", "vakar", "gisteren", "wczoraj", "dün",
            "včera", "eilen", "i går", "igår", "вчера", "вчора", "ahir", "χθες",
        ),
        1,
    ),
    **dict.fromkeys(
        (
            "today", "hoje", "hoy", "oggi", "aujourd'hui", "heute", "hari ini", "šodien", "vandaag", "dzisiaj", "dziś",
            "bugün", "dnes", "tänään", "i dag", "idag", "сегодня", "сьогодні", "avui", "σήμερα", "astăzi", "azi",
        ),
        0,
    ),
}  # fmt: skip

NOW_WORDS: tuple[str, ...] = (
    "just now", "moments ago", "a moment ago", "agora mesmo", "ahora mismo", "à l'instant", "gerade eben", "baru saja",
)  # fmt: skip

# Separators a page puts between a date and its clock time (`, at`, `|`, `•`, `-`).
DATE_TIME_JOINERS: tuple[str, ...] = (
    "at",
    "à",
    "às",
    "a las",
    "alle",
    "ore",
    "um",
    "pukul",
    "kl.",
    "kl",
    "klo",
    "v",
    "saat",
    "a les",
)
TIME_DATE_JOINERS: tuple[str, ...] = ("on", "le", "el", "am")
LABEL_JOINERS: tuple[str, ...] = (
    "on", "at", "em", "el", "le", "il", "am", "pada", "à", "às", "a las", "a les", "um", "a", "den", "alle", "ore",
    "kl.", "kl", "klo", "в",
)  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, written as a trie (`n(?:ov(?:ember)?|...)`)
    so the engine rejects a position on its first letter instead of trying
    every word; longer words are still preferred over their prefixes. A space
    inside a word stands for any run of whitespace."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_regex(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the rest is optional
        return f"(?:{body})?"
    return body


def fill(template: str, pieces: dict[str, str]) -> str:
    """Replace `{NAME}` placeholders (capitals only, so regex `{1,2}` survive),
    each as a group of its own so a `?` after it applies to the whole piece."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{pieces[m.group(1)]})", template)


def uncaptured(pattern: str) -> str:
    """The same pattern with its named groups made non-capturing."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# ---------------------------------------------------------------- the pieces
# Patterns are compiled case-insensitive; `(?-i:...)` marks the parts that care.
_P: dict[str, str] = {}
# A word starts after a non-letter, or at a camel-case seam of glued text
# (`PatBrennanNov 18`).
_P["WB"] = (
    r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z]))"
    # an all-caps kicker glued to a month in capitals (`BUSINESSNOV 7, 2023`)
    r"|(?-i:(?<=[A-Z]{3})(?=(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)[A-Z]{0,6}\.?\s+\d)))"
)
_P["WE"] = r"(?![^\W\d_])"
# A number does not continue another number, decimal, ratio or clock.
_P["NB"] = r"(?:(?<![\d.:/])|(?<=\p{L}[:：]))"  # a label's colon may touch the number (`最終更新:7/14`)
_P["ZONE_WORD"] = "|".join(
    [
        alternation(z.abbr for z in ZONES if z.lowercase_ok and z.abbr != "Z"),
        "(?-i:" + alternation(z.abbr for z in ZONES if not z.lowercase_ok and z.abbr != "Z") + ")",
    ]
)
_P["LABEL_WORD"] = alternation(LABELS)
# A label may be glued to the end of a zone (`... AM ESTUPDATED AN HOUR AGO`), and set
# off from its time by a colon, a bar, a dash or a slash (`Updated / 19:42`).
_P["LABEL"] = fill(
    r"(?:{WB}|(?<=(?-i:" + alternation(z.abbr for z in ZONES if len(z.abbr) > 1) + r")))"
    r"(?P<label>{LABEL_WORD}){WE}(?:\s+(?:" + alternation(LABEL_JOINERS) + r"){WE})?\s*[:：|/–—-]?\s*",
    _P,
)
_P["WEEKDAY"] = fill(r"{WB}(?P<weekday>" + alternation(WEEKDAYS) + r")\.?{WE}\s*[,،]?\s*", _P)
# A weekday after its date (`28 Kasım 2026 Cumartesi 11:20`).
_P["WEEKDAY_AFTER"] = fill(r"(?:\s*,?\s*{WB}(?:" + alternation(WEEKDAYS) + r")\.?{WE})", _P)
_P["MONTH"] = fill(r"{WB}(?P<month_name>" + alternation(MONTHS) + r"){WE}\.?", _P)
# English month names alone (no year) only when capitalised: `may`, `march` are verbs.
_P["MONTH_EN"] = fill(r"{WB}(?=(?-i:[A-Z]))(?P<month_name>" + alternation(ENGLISH_MONTHS) + r"){WE}\.?", _P)
# A day may run straight into a reading time (`Mar 2714 min read`).
_P["DAY"] = fill(
    r"{NB}(?P<day>3[01]|[12]\d|0?[1-9])(?:(?:st|nd|rd|th){WE})?(?:(?![\d:])|(?=\d{1,2}\s*min(?:ute)?s?\s+read))", _P
)
# A year may run straight into the clock time (`NOV 20 20194:29 AM`).
_P["YEAR"] = r"(?P<year>(?:19|20)\d\d)(?:(?!\d)|(?=(?:[01]?\d|2[0-3])[:.h][0-5]\d))"
# Arabic writes `ص` (morning) and `م` (evening) after the clock.
_P["AMPM"] = fill(r"(?P<ampm>[ap]\.?\s?m\.?|ص|م){WE}", _P)
# An all-caps zone may run straight into an all-caps word (`AM ESTUPDATED AN HOUR AGO`).
_P["ZONE_NAME"] = fill(
    r"(?P<zone>(?:GMT|UTC)\s?[+-]\d\d?(?::?\d\d)?|[+-](?:0\d|1[0-4]):?[0-5]\d|{ZONE_WORD})"
    r"(?:{WE}|(?-i:(?<=[A-Z])(?=[A-Z]{3})))",
    _P,
)
_P["ZONE"] = fill(r"(?:\s*,?\s*(?:{ZONE_NAME}|\({ZONE_NAME}\)))", _P)
# A dot between hour and minute (`10.05 am`) only where nothing else can be meant.
_P["CLOCK"] = fill(
    r"(?:(?P<hour>2[0-3]|[01]?\d)(?:[:h]|\sh\s(?=[0-5]\d)|\.(?=\d\d\s*(?:[ap]\.?\s?m|Uhr{WE}|(?-i:[A-Z]{2,5}){WE})))"
    r"(?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d)(?:[.,]\d{1,6})?)?(?!\d)(?:\s*{AMPM}|\s*Uhr{WE})?"
    r"|(?P<hour>1[0-2]|0?[1-9])\s*{AMPM})",
    _P,
)
# A dot between hour and minute where a joiner says a clock follows (`kl. 10.21`,
# `ore 9.30`): the joiner rules out a decimal.
DOT_CLOCK_JOINERS: tuple[str, ...] = ("kl.", "kl", "klo", "kello", "ore", "alle", "um", "at")
_P["DOT_CLOCK"] = (
    r"(?:(?:" + alternation(DOT_CLOCK_JOINERS) + r")\s*(?P<hour>2[0-3]|[01]?\d)\.(?P<minute>[0-5]\d)(?![\d.,]\d))"
)
# Four digits are a clock time only with a zone after them (`0339 GMT`).
_P["CLOCK_ZONE"] = fill(r"(?:{NB}{CLOCK}{ZONE}?|{NB}(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d){ZONE})", _P)
# The same time in a second zone, in brackets: `0339 GMT (1139 HKT)`.
_P["ALSO"] = fill(r"(?:\s*\(\s*" + uncaptured(r"(?:{CLOCK}|\d{4})\s*(?:{ZONE_WORD})") + r"\s*\))", _P)
_P["DATE_TIME_SEP"] = r"(?:\s*(?:--|[,،|•·@/–—:-])?\s*(?:(?:" + alternation(DATE_TIME_JOINERS) + r")\s+)?)"
_P["TIME_DATE_SEP"] = r"(?:\s*[,|•·/–—-]?\s*(?:(?:" + alternation(TIME_DATE_JOINERS) + r")\s+)?)"
_P["TAIL"] = fill(r"(?:{DATE_TIME_SEP}{CLOCK}{ZONE}?|\s*,?\s*{DOT_CLOCK}{ZONE}?)?", _P)
# A clock after the date with its own label: the label says which time it is.
_P["LABELLED_TAIL"] = fill(r"\s*(?:--|[,،|•·–—-])\s*(?P<label>{LABEL_WORD}){WE}\s*[:：]?\s*(?:{CLOCK_ZONE}{ALSO}?)", _P)
_P["NUMERIC_DATE"] = fill(
    r"{NB}(?P<num_a>\d{1,2})(?P<num_sep>[/.-])(?P<num_b>\d{1,2})(?P=num_sep)"
    # a two-digit year: after slashes (`1/5/19`), or after dots between two-digit parts (`12.29.14`)
    r"(?:{YEAR}|(?:(?<=/)|(?<=(?<!\d)\d\d\.\d\d\.))(?P<year>\d\d)(?![\d/.]))",
    _P,
)
_P["DATE_Y"] = fill(
    r"(?:{MONTH}\s*,?\s*{DAY}\s*,?\s*{YEAR}"
    # (a second name of the month after a slash: `28 آب/اغسطس 2013`)
    r"|{DAY}\.?[\s-]*(?:de\s+|d['’])?{MONTH}(?:/[^\W\d_]+)?[\s,،-]*(?:del?\s+)?{YEAR}"
    r"|{NUMERIC_DATE}"
    r"|{NB}(?P<year>(?:19|20)\d\d)(?P<ymd_sep>[/.])(?P<month_num>1[0-2]|0?[1-9])(?P=ymd_sep)"
    r"(?P<day>3[01]|[12]\d|0?[1-9])(?!\d)\.?)",
    _P,
)
_P["DATE_NO_YEAR"] = fill(r"(?:{MONTH_EN}\s*{DAY}|{DAY}\.?\s*{MONTH_EN})", _P)
_P["REL_N"] = fill(
    r"(?:(?:" + alternation(ROUGHLY) + r")\s+)?"
    # (a number word stands apart from its unit: `am` is no `a m`, one minute)
    r"(?:{NB}(?P<rel_n>\d{1,3})|{WB}(?P<rel_n>" + alternation(NUMBER_WORDS) + r")(?=\s))",
    _P,
)
_P["REL_UNIT"] = fill(r"(?P<rel_unit>" + alternation(RELATIVE_UNITS) + r"){WE}", _P)


@dataclass(frozen=True, slots=True)
class DateFormat:
    """One way of writing a time: a pattern over the pieces, an example, and the
    ISO reading of the example at `EXAMPLE_REFERENCE`."""

    name: str
    pattern: str
    example: str
    iso: str


FORMATS: tuple[DateFormat, ...] = (
    # Strict, machine-written forms first.
    DateFormat(
        "iso-8601",
        r"{NB}(?P<year>\d{4})-(?P<month_num>\d\d)-(?P<day>\d\d)"
        r"(?:[T\s]+(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?"
        r"(?:\s*(?P<zone>Z|[+-](?:0\d|1[0-4]):?[0-5]\d)(?!\d)|{ZONE})?"
        # a dot between hour and minute after a space, as Swedish pages write (`2024-02-03 06.00`)
        r"|\s+(?P<hour>[01]\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\d.,]\d))?(?!\d)",
        "2019-11-19T12:48:14Z",
        "2019-11-19T12:48:14+00:00",
    ),
    DateFormat(
        "cjk",
        r"{NB}(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month_num>1[0-2]|0?[1-9])\s*[月월]\s*"
        r"(?P<day>3[01]|[12]\d|0?[1-9])\s*[日일](?:\s*[(（]\S{1,3}[)）])?"
        r"(?:\s*(?P<ampm>오전|오후|午前|午後)?\s*(?P<hour>2[0-3]|[01]?\d)\s*[:時시]\s*(?P<minute>[0-5]\d)\s*[分분]?)?",
        "2019年11月19日 08:40",
        "2019-11-19T08:40",
    ),
    # Japanese month/day with the weekday in brackets, then maybe the clock: the
    # reference's year, or the one before.
    DateFormat(
        "month-day-weekday-cjk",
        r"{NB}(?P<month_num>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])\s*[(（][月火水木金土日][)）]"
        r"(?:\s*(?P<hour>2[0-3]|[01]?\d):(?P<minute>[0-5]\d))?",
        "11/19(火) 08:40",
        "2019-11-19T08:40",
    ),
    # A date with a year, then maybe a clock time and zone, or the labelled clock
    # it was updated at (`November 19, 2019 -- Updated 0339 GMT (1139 HKT)`).
    DateFormat(
        "date-then-time",
        r"{WEEKDAY}?{DATE_Y}{WEEKDAY_AFTER}?(?:{LABELLED_TAIL}|{TAIL})",
        "Nov. 19, 2019 8:03 am ET",
        "2019-11-19T08:03-05:00",
    ),
    # asctime-like: the clock between the day and the year.
    DateFormat(
        "month-day-time-year",
        r"{WEEKDAY}?{MONTH}\s*{DAY},?\s+{CLOCK}{ZONE}?\s+{YEAR}",
        "November 20 15:23 2019",
        "2019-11-20T15:23",
    ),
    # The clock first: `5:45 AM PST 11/19/2019`, `Fri 6:45 PM, Feb 16, 2018`.
    DateFormat(
        "time-then-date",
        r"{WEEKDAY}?{CLOCK_ZONE}{ALSO}?{TIME_DATE_SEP}{WEEKDAY}?{DATE_Y}",
        "Updated 0339 GMT (1139 HKT) November 19, 2019",
        "2019-11-19T03:39+00:00",
    ),
    # No year: the reference's year, or the one before.
    DateFormat("date-no-year", r"{WEEKDAY}?{DATE_NO_YEAR}{TAIL}", "Nov 18, 11:47am", "2019-11-18T11:47"),
    # No year, a month in another language: only after its weekday (`juni` alone is too common a word).
    DateFormat(
        "weekday-date-no-year",
        r"{WEEKDAY}{DAY}\.?\s*(?:de\s+)?{MONTH}{TAIL}",
        "maandag 18 november, 11:47",
        "2019-11-18T11:47",
    ),
    # No year, a month in another language, then the clock: the clock says it is a time.
    DateFormat(
        "day-month-no-year-time",
        r"{DAY}\.?\s*(?:de\s+)?{MONTH}{DATE_TIME_SEP}{CLOCK}{ZONE}?",
        "18 listopada, 11:47",
        "2019-11-18T11:47",
    ),
    # Day and month in digits, each with its full stop, then the clock (Finnish,
    # Czech, German): without the clock, `27.11.` is any number.
    DateFormat(
        "day-month-dots-time",
        r"{NB}(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<month_num>1[0-2]|0?[1-9])\.\s*(?:klo\s+)?{CLOCK}{ZONE}?",
        "18.11. 11:47",
        "2019-11-18T11:47",
    ),
    DateFormat(
        "time-then-date-no-year",
        r"{WEEKDAY}?{CLOCK_ZONE}{TIME_DATE_SEP}{WEEKDAY}?{DATE_NO_YEAR}",
        "5:36 PM CST on Nov 18",
        "2019-11-18T17:36-06:00",
    ),
    # A weekday and a clock time: the latest such weekday on or before the reference.
    DateFormat(
        "weekday-time",
        r"{WEEKDAY}(?:at\s+)?{NB}{CLOCK}{ZONE}?",
        "Monday 5:30PM",
        "2019-11-18T17:30",
    ),
    # A clock time alone is read only after a label (`updated: 3:26 pm IST`): the
    # reference's date, or the day before when that would be after the reference.
    DateFormat("labelled-clock", r"{CLOCK_ZONE}", "Updated 3:26 pm IST", "2019-11-20T15:26+05:30"),
    # Relative forms, fuzziest last.
    DateFormat(
        "day-word",
        r"{WB}(?P<dayword>" + alternation(DAY_WORDS) + r"){WE}"
        r"(?:\s*,?\s*(?:(?:" + alternation(DATE_TIME_JOINERS) + r")\s+)?{NB}{CLOCK}{ZONE}?|\s*,?\s*{DOT_CLOCK})?",
        "yesterday at 5:30 pm",
        "2019-11-19T17:30",
    ),
    DateFormat(
        "amount-ago",
        r"{REL_N}\s*{REL_UNIT}\.?\s+(?:" + alternation(AGO_AFTER) + r"){WE}",
        "3 hours ago",
        "2019-11-20T09:00:00+00:00",
    ),
    DateFormat(
        "ago-amount",
        r"{WB}(?:" + alternation(AGO_BEFORE) + r")\s+{REL_N}\s*{REL_UNIT}",
        "há 2 horas",
        "2019-11-20T10:00:00+00:00",
    ),
    # An amount without `ago`, only after a label (`Updated 3 hrs`): alone, `2 days` is a duration.
    DateFormat(
        "labelled-amount",
        r"{REL_N}\s*{REL_UNIT}(?P<no_ago>)(?=\s*(?:$|[|•·,]))",
        "Updated 3 hours",
        "2019-11-20T09:00:00+00:00",
    ),
    DateFormat(
        "now-word",
        r"{WB}(?P<nowword>" + alternation(NOW_WORDS) + r"){WE}",
        "just now",
        "2019-11-20T12:00:00+00:00",
    ),
)


def scanner_source() -> str:
    """The whole scanner: an optional label, then the first format that matches."""
    rows = "|".join(f"(?:{fill(row.pattern, _P)})" for row in FORMATS)
    return f"(?:{_P['LABEL']})?(?:{rows})"


def label_alone(text: str) -> str | None:
    """The kind of time a line that is only a label announces (`UPDATED`,
    `Published on:`, `Opublikowano:`): pages put the label over its date."""
    if len(text) > MAX_LABEL_CHARS:
        return None
    words = text.casefold().strip(" \t:：|–—-").split()
    if words and words[-1] in LABEL_JOINERS:
        words.pop()
    return LABELS.get(" ".join(words))


# The longest label written alone on a line.
MAX_LABEL_CHARS = 30


def label_source() -> str:
    """A label alone, for times that cannot be read (`Updated: sometime`)."""
    return _P["LABEL"]


def start_source(has_digit: bool) -> str:
    """Where a time can begin: a number, or a word that can begin one (label,
    weekday, month, relative word). The scanner is only tried there. A number
    that continues another number, a decimal, a ratio or a clock (`3.5`,
    `4:10`) begins none: every format's number opens with `NB`. A number
    word (`a`, `an`, `one`) counts only when an `ago` word follows the next word.
    In a line without digits only a relative time can stand (`an hour ago`,
    `Yesterday`, `Updated just now`), so months and weekdays are no starting
    points there."""
    if has_digit:
        phrases: tuple[str, ...] = (*LABELS, *WEEKDAYS, *MONTHS, *DAY_WORDS, *AGO_BEFORE, *NOW_WORDS)
    else:
        phrases = (*LABELS, *DAY_WORDS, *AGO_BEFORE, *NOW_WORDS)
    words = {_first_word(p) for p in phrases} - set(NUMBER_WORDS)
    number_words = {_first_word(p) for p in NUMBER_WORDS}
    return fill(
        # NB in the standard library's terms (it compiles this): `[^\W\d_]` is a letter
        (r"(?:(?<![\d.:/])|(?<=[^\W\d_][:：]))\d|" if has_digit else "")
        + r"{WB}(?:(?:"
        + alternation(words)
        + r"){WE}|(?:"
        + alternation(number_words)
        + r")\s*[^\W\d_]+\s+(?:"
        + alternation(AGO_AFTER)
        + r"){WE})",
        _P,
    )


def _first_word(phrase: str) -> str:
    return re.split(r"[\W\d_]", phrase.casefold())[0]
