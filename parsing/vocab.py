"""Vocabulary as data: every entry with a phrase (written for this project) that needs it.

Patterns are regular-expression fragments matched case-insensitively on normalised text
(ё -> е, Latin homoglyphs fixed) unless noted.
"""

from __future__ import annotations

import re

from parsing.literals import Keyed, Paired, keyed
from parsing.word_start import WithOpening, from_blank, word_start

#: A plural participle of an interception verb used as a noun: its place after it ("над X",
#: a time word at most) ends the clause, with no noun of its own after them.
SUBSTANTIVE_DOWNED = (
    r"(?:сбитых|уничтоженн?ых|перехваченн?ых)\s+над\s+[^\W\d_]+"
    r"(?:\s+(?!беспилотн|бпла|дрон|самол|вертол|ракет|катер)[^\W\d_]+)?"
    r"(?:\s+(?:ночью|утром|вечером|дн[её]м|за\s+ночь|накануне))?(?=\s*(?:[,.;!]|$))"
)
#: Drone nouns in every case.
DRONE = [
    r"беспилотн\w*(?:\s+летательн\w*\s+аппарат\w*)?",  # "беспилотных летательных аппаратов", "беспилотника", "беспилотники"
    r"бпла|бпла-\w+|бла\b|бплa",  # "27 БПЛА - над ...", "БпЛА" (Ukrainian spelling)
    r"дрон(?:ы|ов|а|ам|ами|ах|у|ом|е)?(?![\w-])",  # "сбили три дрона", "15 дронов"
    r"дрон(?:а|ов)?-камикадзе",  # "дрона-камикадзе"
    r"квадрокоптер\w*|коптер\w*",  # "сбит квадрокоптер"
    r"fpv-(?:дрон|беспилотник|квадрокоптер)\w*",  # "сбиты 2 FPV-дрона": a kind and its noun, one word
    r"unmanned\s+aerial\s+vehicles?|unmanned\s+aircraft|unmanned\s+craft",  # "eight unmanned aerial vehicles"
    r"uncrewed\s+aerial\s+vehicles?|uncrewed\s+aircraft",  # "knocked out 33 Ukrainian uncrewed aircraft"
    r"uavs?\b|drones?\b|shaheds?\b",  # "31 UAVs over", "a drone was downed", "eight Shaheds"
    # "сообщил о двенадцати сбитых над Смоленщиной": the plural participle standing for its
    # noun (its clause ends after the place, no noun follows it); "о 43 сбитых над регионом
    # беспилотниках" names its noun and is read by it
    SUBSTANTIVE_DOWNED,
]
#: The drone nouns as one alternation, for the patterns that hold them inside a longer phrase.
DRONE_ANY = "|".join(DRONE)
#: Air defence or the attack without a drone noun ("системы ПВО срабатывали с 19:00 до 20:00",
#: "Атака длилась с 22:10 до 23:40"): such a sentence's time is the report's.
AIR_DEFENCE = (
    r"пво|противовоздушн\w*|air\s+defen[cs]\w*|атак\w*|attacks?\b"
    # "... сообщили в Минобороны. Это произошло в период с 16.00 до 19.00 мск": the event just
    # told, named by a pronoun, and its time
    r"|это\s+(?:произошло|случилось)|this\s+(?:happened|took\s+place)"
)
#: Interception verbs and nouns in their participle and past forms.
#: Verbs whose "down" is their own, no drone downed ("mobile internet could be slowed down",
#: "the airport was shut down"): ``INTERCEPT``'s "down" never follows one.
_DOWN_OF_PHRASAL_VERBS = (
    "slowed", "slow", "shut", "broke", "calmed", "died", "stepped", "turned", "cut", "wound",
    "toned", "backed", "tracked",
)  # fmt: skip
INTERCEPT = [
    r"перехвач\w*|перехвати\w*",  # "перехвачены и уничтожены", "перехватили"
    r"перехват(?:а|е|ом)?(?![\w-])",  # the noun: "сообщили о перехвате 36 беспилотников"
    r"уничтож\w*",  # "уничтожены 55", "уничтожили", "уничтожен БПЛА"
    r"сбит\w*|сбил\w*|сбива\w*",  # "сбиты над", "сбили четыре"
    r"подавлен\w*|подавил\w*",  # "подавлены средствами РЭБ"
    r"подбит\w*",  # "обломки подбитого беспилотника"
    # "беспилотник, попавший под действие средств РЭБ", "дроны попали под воздействие РЭБ"
    r"попа\w+\s+под\s+(?:воз)?действи[ея]\s+(?:средств\s+|систем\s+)?(?:рэб|радиоэлектронной\s+борьбы)",
    # "Отражена атака ещё трех беспилотников"; the imperfective past, "Атаку дронов отражали в
    # X и Y районах" (a post's night told after it: where the attack was met)
    r"отражен\w*|отрази\w*|отражал\w*",
    r"нейтрализ\w*|ликвидир\w*|ліквідува\w*|ликвидува\w*|знешкод\w*",  # "ліквідували 17 із 22" (UA side; "ликвидували" read in Russian letters)
    r"збит\w*|збил\w*|подавлено|знищ\w*|перехоп\w*",  # "збито або подавлено 69 ворожих БпЛА", "знищили" (Ukrainian spelling)
    # ("interceptors": the missiles that intercept, no interception: "Every interceptor fired
    # over Bryansk is one that isn't protecting ...")
    # ("mobile internet could be slowed down", "the airport was shut down": a phrasal verb's
    # "down", no drone downed)
    r"shot\s+down|shoot\s+down|intercept(?!ors?(?![\w-]))\w*|destroy\w*|brought\s+down|"
    + "".join(rf"(?<!{verb}\s)" for verb in _DOWN_OF_PHRASAL_VERBS)
    + r"down(?:s|ed|ing)?\b",  # "shot down 11 drones", "the downing of 39 drones"
    r"neutrali[sz]ed|jammed|suppressed",  # "three were jammed by electronic warfare"
    r"eliminat(?:ed|es|ing)",  # "the military eliminated 33 drones" (the English of "ликвидированы")
    # "crews knocked out 33 Ukrainian drones": with the drones its object, never "knocked out
    # power to 3,000 homes"
    r"knock(?:ed|s)?\s+out\s+(?:[\w-]+\s+){0,3}?(?:drones?|uavs?|unmanned|uncrewed)\b",
    # "30 drones were repelled in the night": the drones themselves repelled, as "отражена атака
    # 30 БПЛА" (never "two drone attacks were repelled", the attacks counted)
    # ("11 unmanned aircraft had been repelled": the drones by their long name)
    r"(?:drones?|uavs?|(?:unmanned|uncrewed)\s+(?:aerial\s+)?(?:aircraft|vehicles?))\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:repelled|repulsed)\b",
    # "repelled an attack by four drones", "fended off a drone raid": the air defence that
    # repelled an attack shot its drones down (the English of "отразили атаку"); not the passive
    # "two drone attacks were repelled", which counts attacks
    r"(?:repel(?:led|s)?|repuls\w+|fend(?:ed)?\s+off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|raids?)\b",
    # "an attack on Novokuibyshevsk had been repelled": the attack on a place, in the passive
    # (the place its target names it: never "two drone attacks were repelled", no place)
    r"attacks?\s+on\s+(?:the\s+(?:city|town|village)\s+of\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:had\s+been|has\s+been|was|were)\s+(?:repelled|repulsed|thwarted|foiled)\b",
    # "air defence hit UAVs over ...", "five drones were hit over ...": hit with drones as its
    # object (never "drones hit a house", "a house was hit")
    r"hit\s+(?!by\s)(?:\w+\s+)?(?:drones?|uavs?)\b|(?:drones?|uavs?)\s+(?:were|was)\s+hit\b",
]
#: Stems of the Russian interception verbs, every form ("перехвачены", "перехватили",
#: "сбиты", "сбили", "уничтожено", "подавлены", "нейтрализованы"), for the count grammar.
VERB_STEM_RU = r"перехва[тч]|уничтож|сби[тлв]|подавл|подави|нейтрализ|ликвидир|приземл|заглуш|посаж"
#: Words before a number saying it is a bound: "более 20", "не менее десяти", "more than 20".
AT_LEAST = r"(?:более|больше)\s+чем|более|свыше|больше|не\s+менее|как\s+минимум|по\s+меньшей\s+мере|more\s+than|at\s+least|over|upwards\s+of|in\s+excess\s+of"
#: "около 15", "порядка 30", "about 5", "around a dozen".
#: ("As many as 40 drones targeted the region": about that many, the most the speaker says)
APPROX = r"около|порядка|примерно|почти|приблизительно|about|around|approximately|nearly|almost|some|roughly|as\s+many\s+as"
#: Words before a number saying it is an upper bound: "до 5 БПЛА", "не более пяти", "менее 10",
#: "up to 5 drones", "no more than five". (Before ``AT_LEAST`` in a pattern: "не более" holds
#: "более", and the leftmost match wins; "до" after a verb of growth is a running total's,
#: "выросло до 25", read by the caller.)
AT_MOST = (
    r"не\s+более|не\s+больше|не\s+свыше|менее|меньше|до|максимум"
    r"|up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|fewer\s+than|less\s+than"
)

#: Words right after a number saying it is a bound: "10 or so", "20 с лишним", "30 or more",
#: "20 odd drones" (about 20, as "20-odd" is: ``parsing.text``).
QUAL_AFTER = r"or\s+so|or\s+more|с\s+лишним|с\s+небольшим|odd"
QUAL_AFTER_APPROX = ("or so", "odd")

#: The ministry's formula for who shot: "дежурными средствами ПВО перехвачены", and as the
#: wires translate it: "on-duty air defense systems intercepted and destroyed 12 drones".
DUTY_FORMULA = (
    r"дежурными\s+средствами\s+пво|on[-\s]duty\s+air\s+defen[cs]e\s+(?:systems|means|assets)"
)

#: The republics of Russia whose head speaks for them, by their English names ("Mordovia's
#: head", "the head of Chuvashia"); Crimea's is written with the annexed regions' own words.
_REPUBLICS_EN = (
    r"bashkortostan|bashkiria|chuvashia|mordovia|udmurtia|adygea|ingushetia|kalmykia|karelia|"
    r"khakassia|buryatia|yakutia|chechnya|tatarstan|dagestan|komi|tuva|kabardino-balkaria|"
    r"north\s+ossetia|karachay-cherkessia|mari\s+el"
    # (a republic to Russia: "Crimea's Russian-installed head", "the Crimea head")
    r"|crimea"
)
#: Reporters: (reporter, pattern). The first matching entry wins in a sentence.
REPORTERS = [
    (
        "mod",
        r"минобороны|міноборони|мо\s+рф|министерств\w*\s+обороны|(?:военн|оборонн)\w+\s+ведомств\w*"
        # "МО утром сообщало о ...": the abbreviation as the subject of a reporting verb (not
        # "глава МО", a municipality)
        r"|(?<![\w-])(?<!глава\s)(?<!главы\s)(?<!главе\s)(?<!главу\s)мо\s+(?:[а-я]+\s+)?"
        r"(?:сообщ|заяв|информир|уточн|отчита)\w*",
    ),  # "сообщили в Минобороны России", "в оборонном ведомстве отметили"
    ("mod", DUTY_FORMULA),  # the ministry's own formula, the one entry that names no speaker
    (
        "mod",
        r"пресечена\s+попытка\s+киевского\s+режима|attempt\s+by\s+the\s+(?:kiev|kyiv)\s+regime",
    ),  # 2023 ministry preamble
    (
        "mod",
        r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e"
        r"|the\s+ministry\s+(?:also\s+|later\s+)?(?:said|says|reported|claimed|claims|added|stated"
        r"|corrected|clarified|updated|revised|confirmed|put)"
        # "Russia's military said it destroyed 12 drones": the ministry's statement in news words
        r"|(?:russia['’]s|the\s+russian)\s+military\s+(?:also\s+)?(?:said|says|reported|claimed|claims)"
        r"|according\s+to\s+the\s+(?:russian\s+)?ministry(?![\w-])(?!\s+of\s)"
        # a headline's attribution after a dash: "Russia downs 26 drones over three regions - ministry"
        r"|(?<=[-–—]\s)(?:russian\s+)?(?:defen[cs]e\s+)?ministry(?=\s*$)"
        # a wire's headline and lede: "Russia says 38 Ukrainian drones downed overnight"
        r"|(?<!against\s)(?<!on\s)(?<!by\s)russia\s+(?:also\s+)?(?:said|says|claimed|claims|reported)(?![\w-])"
        # Moscow for the Russian state beside Kyiv ("Kyiv said ...; Moscow said ..."), the
        # ministry by its country ("Russia's ministry reported") or its spokesman
        r"|(?<!against\s)(?<!on\s)(?<!in\s)(?<!by\s)moscow\s+(?:also\s+)?(?:said|says|claimed|claims|reported)(?![\w-])"
        r"|russia['’]s\s+ministry(?![\w-])(?!\s+of\s)|(?:the|a)\s+ministry(?:['’]s)?\s+spokes\w+"
        # a headline's bare "ministry" opening its clause, the article dropped: "Ministry says 25
        # drones destroyed", "..., governor says; ministry reports 93 downed", "four each over
        # Tambov and Ryazan, ministry says"
        r"|ministry(?<=^ministry)\s+(?:says|said|reports|reported|claims|claimed)(?![\w-])"
        r"|ministry(?<=[;,]\sministry)\s+(?:says|said|reports|reported|claims|claimed)(?![\w-])"
        # the ministry's English abbreviation, as "МО РФ" is the Russian: "the Russian MoD
        # said", a headline's "- MoD", "Russian MoD: 18 drones destroyed"
        r"|(?<![\w-])mod(?![\w-])",
    ),  # "the Russian Defense Ministry said", "The ministry reported that ...", "according to the ministry"
    (
        "mayor",
        r"мэр\w*|собянин\w*|глав\w*\s+(?:город\w*|городского\s+округа|округа|района|администрации)"
        # a town's administration: "Администрация Миасса: ...", "администрация города сообщила"
        # (never a region's: "администрация Курской области" is the governor's office)
        r"|администраци[яи](?:\s+города)?\s+(?!\w+\s+(?:област|кра[ея]|республик))[а-яе]\w+"
        # Kaluga's administration is its "Городская Управа" (and a town's "управа" by the town:
        # "сообщили в Городской Управе", "управа города Калуги")
        r"|городск(?:ая|ой|ую)\s+управ[аеуы]|управ[аеуы]\s+города"
        # Kaluga's and Kursk's title for the mayor: "Городской голова Калуги сообщил" (stop 46,
        # discovery102 bd14: the words had named no reporter, so the city's own district he
        # named had no town)
        r"|городск(?:ой|ого|ому|им|ом)\s+голов[аеуы]"
        # a district's head names his district: "глава Елецкого района", "глава Кстовского
        # муниципального округа"
        r"|глав\w*\s+[а-я-]+(?:ского|цкого|ного|ого|его)\s+(?:(?:муниципальн|городск)\w+\s+)?(?:округа|района)",
    ),  # "сообщил мэр Москвы", "глава округа"
    (
        "mayor",
        r"mayor|city\s+hall|city\s+administration|head\s+of\s+the\s+local\s+administration|sobyanin"
        # ... and in English: "the Kaluga city head said", "the head of the city said on
        # Telegram" (discovery102 bd31)
        r"|city\s+head(?![\w-])|head\s+of\s+the\s+city(?![\w-])"
        # a town's administration head by the town's possessive: "Taganrog's administration
        # head", "the city's administration chief" (a region's is its governor: "the region's
        # administration" above)
        r"|(?<=['’]s\s)administration\s+(?:head|chief)(?![\w-])",
    ),  # "Voronezh City Hall warned"
    (
        "governor",
        r"губернатор\w*|врио\s+губернатора|оперштаб\w*|оперативн\w+\s+штаб\w*"
        # a head of region names his region: "глава Курской области", "руководитель
        # Ставропольского края", "глава Республики Марий Эл", "глава Башкирии"
        r"|(?:глав|руководител)\w*\s+(?:[а-я-]+(?:ской|цкой|ного|ого)\s+)?(?:области|края|республики|региона)"
        # a region's government speaks for it as its head does: "Власти Ростовской области
        # сообщили ...", "правительство Брянской области"
        r"|(?:власт|правительств)\w*\s+[а-я-]+(?:ской|цкой|ного|ого)\s+(?:области|края|республики)"
        r"|глав\w*\s+(?:крыма|башкири|чуваши|мордови|удмурти|адыге|ингушети|калмыки|карели|хакаси|"
        r"бурятии|якутии|чечни|татарстана|башкортостана|дагестана|коми|тувы|кабардино-балкарии|"
        r"северной\s+осетии|карачаево-черкесии|марий\s+эл)"
        # Tatarstan's head is its раис: "раис Татарстана", "Раис Республики Татарстан"
        r"|раис\w*\s+(?:республики\s+)?(?:татарстан\w*|рт)(?![\w-])",
    ),  # "написал глава региона", "в оперштабе"
    (
        "governor",
        r"governor|regional\s+(?:operational\s+|emergency\s+|crisis\s+)?(?:hq|headquarters)|regional\s+emergenc\w+\s+(?:centre|center)|head\s+of\s+the\s+region|crimean\s+official|head\s+of\s+crimea"
        # "Krasnodar's emergency headquarters", "the operational headquarters of the Belgorod
        # region": the regional headquarters (оперштаб) by its English names
        r"|(?:emergency|operational|crisis)\s+(?:hq|headquarters)"
        # the head Russia put over an annexed region: "Crimea's Russian-appointed leader", "the
        # Moscow-installed head of the peninsula"
        r"|(?:russian|moscow|kremlin)-(?:appointed|installed|backed)\s+(?:head|leader|governor|chief)"
        # a republic's head is its governor: "Mordovia's head Artyom Zdunov", "the head of
        # Chuvashia", "the head of the republic" (as "глава Чувашии" above)
        # ... and its "leader", as the wires call him: "Tatarstan's leader Rustam Minnikhanov",
        # "Chechnya leader", "the leader of Bashkortostan"
        rf"|(?:{_REPUBLICS_EN})(?:['’]s)?\s+(?:(?:russian|russia|moscow|kremlin)-(?:installed|appointed)\s+)?(?:head|leader)(?![\w-])"
        rf"|(?:head|leader)\s+of\s+(?:russia['’]s\s+)?(?:the\s+republic|{_REPUBLICS_EN})"
        # ... by the possessive of its common noun: "the press service of the republic's head"
        r"|(?:republic|region)['’]s\s+(?:head|leader)(?![\w-])"
        r"|rais\s+of\s+(?:the\s+republic\s+of\s+)?tatarstan|tatarstan['’]s\s+rais"
        # a region's government speaks for it as its head does (the English of "власти/
        # правительство Курской области"): "the regional government said", "the Kursk
        # regional administration", "regional authorities", "the region's government",
        # "the government of the Kursk region", "Tatarstan's government"
        r"|regional\s+(?:government|administration|authorities)(?![\w-])"
        r"|region['’]s\s+(?:government|administration|authorities)(?![\w-])"
        # (of an occupied region's part Russia holds: "the administration of the Russian-held
        # part of Zaporizhzhia region")
        r"|(?:government|administration)\s+of\s+(?:the\s+)?"
        r"(?:(?:russian|russia|moscow)-(?:held|controlled|occupied)\s+(?:part\s+of\s+(?:the\s+)?)?)?"
        r"[\w-]+(?:\s+[\w-]+)?\s+region(?![\w-])"
        rf"|(?:{_REPUBLICS_EN})['’]s\s+government|government\s+of\s+(?:the\s+republic\s+of\s+)?"
        rf"(?:{_REPUBLICS_EN})(?![\w-])",
    ),  # "the region's governor said"
]
#: The ministry named again by its common noun ("министерство сообщило", "в министерстве
#: заявили", "the ministry's statement"): the defence ministry once the text has named it
#: (``speakers.sentence_reporter``); a ministry with a name of its own after it ("министерство
#: здравоохранения", "министерство по чрезвычайным ситуациям", "the ministry of ...") is another.
MINISTRY_AGAIN = (
    r"the\s+ministry(?:['’]s)?(?![\w-])(?!\s+of\s)"
    r"|(?:министерств|ведомств)(?:о|а|е|у|ом)(?![\w-])"
    r"(?!\s+(?:по\s|[а-я]+(?:ых|их|ого|его|ия|ии|ния|ции|ства|ов|ей)(?![\w-])))"
)
#: Heads of regions named without their title ("Гладков сообщил", "Shapsha said"), by the area
#: they head, in Russian and English; a surname shared by many people needs its first name.
#: What follows a common surname that names a head of region by it alone: a verb of telling,
#: or the colon of a quote ("Гусев: сбиты три дрона", an aggregator's line).
_SURNAME_SAYS = r"(?:\s+(?:сообщил|заявил|написал|уточнил)|\s*:)"
GOVERNORS = {
    "RU-BEL": r"гладков\w*|gladkov",
    "RU-BRY": r"богомаз\w*|bogomaz|егор\w*\s+ковальчук\w*|(?:yegor|egor)\s+kovalchuk",
    "RU-KRS": r"старовойт\w*|хинштейн\w*|starovoit|khinshtein|алексе[йяюе]\s+смирнов\w*|alexe[iy]\s+smirnov",
    "RU-VOR": rf"(?:александр\w*|губернатор\w*)\s+гусев\w*|гусев{_SURNAME_SAYS}|(?:alexander|governor)\s+gusev",
    "RU-ROS": r"голубев\w*|golubev|слюсар\w*|slyusar",
    "RU-KLU": r"шапш[аиеуой]\w*|shapsha",
    "RU-TUL": r"дюмин\w*|dyumin|миляев\w*|milyaev",
    "RU-ORL": r"клычков\w*|klychkov",
    "RU-LIP": r"артамонов\w*|artamonov",
    "RU-RYA": r"павл\w+\s+малков\w*|pavel\s+malkov",
    "RU-TAM": r"первышов\w*|pervyshov",
    "RU-SMO": r"анохин\w*|anokhin",
    "RU-TVE": r"руден(?:я|и|ю|ей|е)(?![\w-])|rudenya",
    "RU-YAR": r"евраев\w*|yevrayev|evraev",
    "RU-MOS": rf"андре[йяюе]\s+воробьев\w*|воробьев(?:а|у|ым)?{_SURNAME_SAYS}|vorobyov|vorobyev",
    "RU-LEN": r"дрозденк\w*|drozdenko",
    "RU-KDA": r"кондратьев\w*|kondratyev|kondratiev",
    "UA-43": r"аксенов\w*|aksyonov|aksenov",
    "UA-40": r"развожаев\w*|razvozhayev|razvozhaev",
    "UA-65": rf"владимир\w*\s+сальдо|сальдо{_SURNAME_SAYS}|saldo",
    "UA-23": r"балицк\w*|balitsky",
    "RU-NIZ": r"глеб\w*\s+никитин\w*|gleb\s+nikitin",
    "RU-VGG": r"андре[йяюе]\s+бочаров\w*|andrei\s+bocharov",
    "RU-SAR": r"бусаргин\w*|busargin",
    "RU-PNZ": r"мельниченк\w*|melnichenko",
    "RU-TA": r"минниханов\w*|minnikhanov",
    "RU-BA": r"хабиров\w*|khabirov",
    "RU-DA": r"меликов\w*|melikov",
    "RU-PSK": r"ведерников\w*|vedernikov",
    "RU-SAM": r"федорищев\w*|fedorishchev",
    "RU-VLA": r"александр\w*\s+авдеев\w*|alexander\s+avdeyev",
    "RU-KGD": r"беспрозванн\w*|besprozvannykh",
    "RU-MOW": r"собянин\w*|sobyanin",  # Moscow's mayor heads the city, a region of its own
}  # fmt: skip
#: Heads of cities named without their title ("Ильсур Метшин сообщил", "Telegram: Андрей
#: Кравченко", "Demidov said"), by the town they head, as the gazetteer names it (its region is
#: the gazetteer's: never guessed); the years each held the post in a comment. A surname many
#: people share needs its first name, or a verb of telling or a quote's colon after it. Moscow's
#: mayor is in :data:`GOVERNORS` (his city is a region).
CITY_HEADS = {
    "Белгород": rf"валентин\w*\s+демидов\w*|демидов{_SURNAME_SAYS}|valentin\s+demidov",  # 2022-
    "Новороссийск": r"андре[йяюе]\s+кравченк\w*|andrei\s+kravchenko",  # 2021-
    "Казань": r"ильсур\w*\s+метшин\w*|метшин\w*|metshin",  # 2005-
    "Уфа": r"ратмир\w*\s+мавлиев\w*|мавлиев\w*|mavliev",  # 2020-
    # Voronezh: Vadim Kstenin 2020-2024, Sergei Petrin 2024-
    "Воронеж": r"кстенин\w*|kstenin|серге[йяюе]\s+петрин\w*|sergei\s+petrin",
    # Sochi: Alexei Kopaigorodsky 2019-2024, Andrei Proshunin 2024-
    "Сочи": r"копайгородск\w*|kopaigorodsky|прошунин\w*|proshunin",
    # Taganrog: Andrei Lisitsky 2019-2023, Svetlana Kambulova 2023-
    "Таганрог": r"андре[йяюе]\s+лисицк\w*|камбулов\w*|kambulova",
    # Rostov-on-Don: Alexei Logvinenko 2019-2024, Alexander Skryabin 2024-
    "Ростов-на-Дону": r"логвиненк\w*|logvinenko|александр\w*\s+скрябин\w*|alexander\s+skryabin",
    # Krasnodar: Andrei Alekseenko 2021-2024, Yevgeny Naumov 2024-
    "Краснодар": r"андре[йяюе]\s+алексеенк\w*|евгени[йяюе]\s+наумов\w*|yevgeny\s+naumov",
    "Курск": r"игор[ьяюе]\w*\s+куцак\w*|куцак\w*|kutsak",  # 2019-2024
    "Орёл": r"юри[йяюе]\s+парахин\w*|парахин\w*|parakhin",  # 2021-
    "Тула": r"иль[яиюей]+\s+беспалов\w*|ilya\s+bespalov",  # head of administration 2022-
    "Калуга": r"дмитри[йяюе]\s+денисов\w*|dmitry\s+denisov",  # 2020-
    "Ярославль": r"арт[её]м\w*\s+молчанов\w*|artyom\s+molchanov",  # 2021-2024
    "Липецк": r"роман\w*\s+ченцов\w*|roman\s+chentsov",  # 2023-
    "Тверь": r"алексе[йяюе]\s+огоньков\w*|огоньков\w*|ogonkov",  # 2017-
    "Саратов": r"лад[аыеуой]\s+мокроусов\w*|мокроусов\w*|mokrousova",  # 2022-
    "Нижний Новгород": r"юри[йяюе]\s+шалабаев\w*|шалабаев\w*|shalabaev",  # 2020-
    "Волгоград": r"владимир\w*\s+марченк\w*|vladimir\s+marchenko",  # 2019-
    "Геленджик": r"алексе[йяюе]\s+богодистов\w*|богодистов\w*|bogodistov",  # 2019-
    "Новошахтинск": r"серге[йяюе]\s+бондаренк\w*",  # 2016-
    "Симферополь": r"михаил\w*\s+афанасьев\w*",  # 2021-
}  # fmt: skip
#: "Силами ПВО Минобороны сбит ..." names who shot, not who reported.
#: "... уничтожен силами ПВО Министерства обороны РФ", "air defence forces of the Defence
#: Ministry shot down ...", "Подразделениями ПВО и РЭБ Министерства обороны уничтожены ...",
#: "расчетами ПВО Минобороны" name who shot too.
NOT_REPORTER = (
    r"(?:пво|рэб|средствами|силами|подразделени\w+|расчет\w+|военнослужащими|системой\s+пво|системами\s+пво"
    # "Силы противовоздушной обороны Минобороны сбили три беспилотника, ..., сообщил мэр"
    r"|противовоздушной\s+обороны)"
    r"\s+(?:минобороны|министерства\s+обороны|мо\s+рф)"
    r"|(?:air\s+defen[cs]e|forces|systems|units|crews)\s+of\s+the\s+(?:russian\s+)?(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)"
)

#: Kinds that are not drone interceptions (kept out).
MISSILE = r"ракет\w*|missiles?\b|крылат\w+\s+ракет"  # "сбиты две ракеты", "10 missiles"
BOAT = r"катер\w*|безэкипажн\w*|uncrewed\s+(?:surface\s+)?(?:boats?|vessels?)|(?:drone|naval)\s+boats?|sea\s+drones?"  # "уничтожены три безэкипажных катера"
AERIAL_TARGET = (
    r"воздушн\w+\s+цел\w*|aerial\s+targets?|air\s+targets?"  # "сбиты четыре воздушные цели"
)
#: Warnings and alerts: "движение 5 БПЛА в направлении", "warned about 5 drones moving towards".
WARNING = (
    r"предупрежд\w*|предупреди\w*|угроз\w*|опасност\w*|тревог\w*|в\s+направлении|направляются|"
    r"warn\w*|alert\b|moving\s+towards?|heading\s+(?:towards?|for)|detected\s+the\s+movement|threat\b"
)
#: Drones seen, not shot down: "Над областью замечены 3 беспилотника" (then "Их уничтожили"),
#: "Three drones were spotted over the X region", "над районом летят 5 БПЛА". In a sentence
#: with no interception verb its figures are sightings, never drones shot down.
SIGHTED = (
    r"обнаружен\w*|обнаружил\w*|замечен\w*|заметил\w*|зафиксирован\w*|зафиксировал\w*"
    r"|летят|летит|пролетел\w*|кружат|кружит"
    r"|spotted|sighted|detected|seen|flying\s+over|were\s+flying"
)
#: Airport closures and flight restrictions.
AIRPORT = r"аэропорт\w*|росавиаци\w*|ограничени\w*\s+на\s+(?:прием|выпуск)|рейс\w*|airports?\b|flight\s+restrictions|flights\b"
#: Shoot-downs over the front line, not over Russia's regions.
SVO_ZONE = (
    r"в\s+зоне\s+(?:проведения\s+)?(?:сво|специальной\s+военной\s+операции)"  # "в зоне проведения СВО сбиты 12 БПЛА"
    # "140 drones in the zone of the special military operation", "in the special military
    # operation zone": the front, as in Russian
    r"|in\s+the\s+(?:zone|area)\s+of\s+the\s+special\s+military\s+operation"
    r"|in\s+the\s+special\s+military\s+operation\s+(?:zone|area)"
)
#: The ministry's summary of the special operation, in a text's heading: "Сводка Министерства
#: обороны о ходе проведения специальной военной операции (по состоянию на 12 марта)", "Сводка
#: о ходе СВО за неделю", "summary on the progress of the special military operation". What it
#: says air defence shot down with no place ("Средствами ПВО сбиты ... 213 беспилотников") is
#: the front's, as "в зоне проведения СВО" says. The summary's own word heads its line, after
#: the ministry's name at most: "Путину доложили о ходе СВО", "Подробнее — в сводке о ходе СВО"
#: after a figure head no summary.
SVO_SUMMARY = (
    r"(?:^|\n)[^\n.]{0,60}?(?<![\w-])"
    r"(?:сводк\w*[^\n.]{0,80}?\sо\s+ходе\s+(?:проведения\s+)?"
    r"(?:специальной\s+военной\s+операции|сво(?![а-я])|спецоперации)"
    r"|summary[^\n.]{0,80}?\son\s+the\s+(?:progress|course)\s+of\s+the\s+special\s+military\s+operation)"
)
#: A third country's military speaking of its own air defence: "the Belarusian defence ministry
#: said its air defence had shot down a drone", "Polish operational command", "белорусское
#: Минобороны": not Russia's, and no interception over Russia.
THIRD_COUNTRY_MILITARY = (
    r"(?:belarus(?:ian|'s)?|polish|poland's|romanian|romania's|moldovan|moldova's|lithuanian|"
    r"latvian|estonian|finnish|finland's|danish|norwegian|nato)\s+(?:\w+\s+)?"
    r"(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army|air\s+defen[cs]e|armed\s+forces|"
    r"operational\s+command|border\s+guards?)"
    r"|(?:белорусск|польск|румынск|молдавск|литовск|латвийск|эстонск|финск)\w*\s+(?:\w+\s+)?"
    r"(?:минобороны|министерств\w*\s+обороны|военн\w*|пво|арми\w*|погранич\w*)"
    r"|(?:минобороны|министерств\w*\s+обороны)\s+(?:белоруссии|беларуси|польши|румынии|молдавии|литвы|латвии|эстонии)"
)
#: A tally since the year, the month, the week or a season began: "с начала года", "с начала
#: 2025 года", "с начала мая", "С начала недели над регионом уничтожено уже 37", "с начала
#: текущей недели", "с начала лета"; never "с начала суток/ночи/атаки" (that day's or night's
#: own count). docs/labels.md: a recap of its own (``time.PERIOD_RE``), no night's figure.
SINCE_PERIOD = (
    r"с\s+(?:момента\s+)?начала\s+(?:(?:этого|текущего|нынешнего|прошлого|\d{4})\s+)?(?:года|месяца|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![а-я])"
    r"|с\s+начала\s+(?:(?:этой|текущей|нынешней|прошлой)\s+)?(?:недели|лета|осени|зимы|весны)(?![а-я])"
    # the same in English: "since the start of the year", "since the beginning of this month",
    # "since the start of 2025", "since the start of May" (never "of the war", "of the
    # operation": a tally of the war, ``FOOTER``)
    r"|since\s+the\s+(?:start|beginning)\s+of\s+(?:(?:the|this|last)\s+(?:current\s+)?)?(?:year|month|week"
    r"|summer|autumn|fall|winter|spring|\d{4}|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)(?![\w-])"
    # ... and since a weekday, days ago: "more than 100 drones had been shot down on the approach
    # to the capital since Monday", "с понедельника над областью сбиты 40" (stop 46, discovery102
    # bd33: the days' tally had taken the night's place); never the night from one weekday to
    # the next ("в ночь с понедельника на вторник"), nor since a part of a day ("since Monday
    # evening": that night's running count, ``RUNNING_TODAY``)
    r"|since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w-])"
    r"(?!\s+(?:morning|afternoon|evening|night))"
    r"|(?<![\w-])с\s+(?:прошлого\s+|прошлой\s+)?(?:понедельника|вторника|среды|четверга|пятницы|субботы"
    r"|воскресенья)(?![а-я])(?!\s+(?:утр|вечер|ноч|дн[её]))"
    r"(?!\s+на\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![а-я]))"
)
#: Footers and summaries with wider totals.
FOOTER = (
    # ("с момента начала СВО" is "с начала СВО": "Всего с момента начала специальной военной
    # операции ... уничтожены 87 405 беспилотников" is a tally of the war, no night's figure; so
    # are "со дня начала СВО", "с начала спецоперации", "за время проведения СВО")
    r"всего\s+за\s+время|всего,?\s+начиная\s+с|"
    r"с\s+(?:момента\s+)?начала\s+(?:проведения\s+)?(?:сво|специальной|спецоперации|операции)|"
    r"со\s+дня\s+начала\s+(?:проведения\s+)?(?:сво|специальной|спецоперации|операции)|"
    r"за\s+(?:вс[её]\s+)?время\s+(?:проведения\s+)?(?:сво|специальной|спецоперации|операции)|"
    # a tally since the war began: "с начала войны", "с начала конфликта"; since the year, the
    # month, the week or a season began (``SINCE_PERIOD``): a clause of it after the report's own
    # words is cut, a sentence it leads is a recap of its own (``rules.read_sentence``)
    r"с\s+(?:момента\s+)?начала\s+(?:войны|конфликта)(?![а-я])|"
    rf"{SINCE_PERIOD}|"
    r"главное\s+за\s+день|итоги\s+недели|since\s+the\s+(?:start|beginning)\s+of|in\s+total\s+since|"
    # a whole year's or month's tally: "за весь 2025 год ... 29,6 тыс.", "за прошлый месяц",
    # "in all of 2025" (never a bare "за год": "впервые за год сбит беспилотник" is the night's)
    r"за\s+(?:весь\s+(?:(?:прошл|минувш)\w+\s+)?(?:\d{4}\s+)?|(?:прошл|минувш)\w+\s+|\d{4}\s+)"
    r"(?:год|месяц)(?![а-я])|in\s+all\s+of\s+\d{4}|for\s+the\s+whole\s+of\s+\d{4}|"
    # an average over nights or days is no night's figure: "в среднем о 30 за ночь", "an average
    # of 90 drones a night", "on average"
    r"(?<![\w-])в\s+среднем(?!\s+течени)|on\s+average|an\s+average\s+of|"
    # a sentence that opens on weeks or months gone by: "In recent weeks, four attacks ...", "За
    # последние месяцы ..."
    r"^\W*(?:in\s+recent\s+(?:weeks|months)|over\s+the\s+(?:past|last)\s+(?:few\s+)?(?:weeks|months)|"
    r"(?:за|в)\s+последние\s+(?:\w+\s+)?(?:недел[ьи]|месяц\w*))"
)
#: Page chrome around a quoted report: links to other stories, photo credits, captions.
CHROME = (
    r"^\s*(?:читайте\s+также|читайте\s+нас|смотрите\s+также|по\s+теме|хроника\s+событий|подписывайтесь|"
    r"фото\s*:|видео\s*:|©|read\s+(?:also|more)|see\s+also|related\s*:|photo\s*:|advertisement)"
)  # "Читайте также: Над Курской областью сбиты 5 БПЛА" is another story
#: Attempt preamble: the number launched, not the number destroyed.
#: "с применением трех БПЛА", "при помощи двух беспилотников", "using six drones": the number launched.
#: ("an attempt to carry out a terrorist attack with five UAVs": the drones it was made with, as
#: "атака с применением пяти БПЛА")
ATTEMPT_WITH = (
    r"с\s+применением|применением|с\s+помощью|при\s+помощи|с\s+использованием|using"
    # ("with the help of 109 drones" by its last words: "the" and "with" opening it would make
    # every English figure's words before it a cue to read: ``counts._CUE_WORDS``)
    r"|(?<![\w-])attacks?\s+with|(?<![\w-])help\s+of"
)
ATTEMPT = (
    rf"{ATTEMPT_WITH}|при\s+попытке|попытк\w*|attempt\w*"  # "попытка ... с применением трех БПЛА"
)
#: A count that names the drones an attack was made with, not those shot down: "совершены атаки
#: восьми беспилотников", "по округу нанесены удары 21 БПЛА", "сообщил о прилете 11 дронов",
#: "село атаковано четырьмя дронами", "the town was attacked by six drones".
ATTACK_BY = (
    r"атак[аиуе]|удар(?:ы|ов|ами)?|прилет(?:а|е|ы|ов)?|налет(?:а|е)?|атакован\w*|атаковал\w*"
    # "попытку атаковать Воронеж двадцатью беспилотниками": the drones of the attempt
    r"|атаковать"
    r"|attack(?:s|ed)?\s+by|attacked\s+with|struck\s+by"
    # "Ukraine launched at least 30 drones at the region", "выпустили по области 12 дронов":
    # the drones launched are the attack's, not those shot down ("22 of them were destroyed")
    r"|launch(?:ed|es)?|fired|sent|запустил\w*|выпустил\w*|направил[аи]?"
    # "attacked the Belgorod region with 30 drones": the place between the verb and "with"
    r"|attacked\s+(?:[\w'’-]+\s+){1,4}?with"
)
#: The drones one side launched at the other ("Russia launched 80 drones", "запустила 80
#: дронов"): Ukraine's side reports how many it shot down, the number launched is no total.
LAUNCHED = r"launch(?:ed|es)?|fired|attack(?:ed|s)?|запусти\w*|запущен\w*|выпусти\w*|выпущен\w*|випусти\w*|атакува\w*"
#: A running total, cumulative and never the night's own figure: "количество сбитых за вечер
#: беспилотников достигло 25", "число сбитых дронов выросло до 30", "the number ... reached 25",
#: "bringing the total to 30".
RUNNING = (
    r"достигл\w*|достиг|выросл\w*\s+до|возросл\w*\s+до|увеличил\w*\s+до"
    r"|reached|rose\s+to|risen\s+to|climbed\s+to"
    r"|br(?:inging|ought)\s+the\s+(?:overnight\s+)?(?:total|number|tally)(?:\s+[\w-]+){0,4}?\s+to"
)
#: A sentence stating a figure since the start of the day: a running total of its own report
#: ("С начала суток над регионом сбиты 19 беспилотников", "so far today").
RUNNING_SINCE = (
    r"с\s+начала\s+(?:дня|суток)|since\s+the\s+start\s+of\s+the\s+day|so\s+far\s+today"
    # ... or since the morning: "Таким образом, с утра понедельника на подлёте к столице
    # уничтожены уже 11" after the newest line's three; "since Monday morning", "since midnight"
    # (never a window's start: "с утра до вечера")
    r"|с\s+утра(?:\s+(?:понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья))?(?!\s+до)"
    r"|since\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|this)\s+)?morning"
    r"|since\s+midnight"
    # ... or since the evening: "In total, 14 drones have been shot down over the region since
    # the evening" after the last hour's three, "с вечера сбиты уже 14" (never "с вечера до
    # утра", the night)
    r"|since\s+(?:the\s+|last\s+|yesterday\s+|(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\s+)?evening|с\s+вечера(?!\s+(?:[\w-]+\s+){0,3}?(?:и\s+)?до)"
    # ... or said to be one: "By morning the mayor's running tally had reached 17", "the
    # running total of drones bound for the capital", "нарастающим итогом"
    r"|running\s+(?:count|total|tally)|нарастающим\s+итогом"
)
#: A later post retold: its whole is the count so far ("In a later post, the mayor put the
#: night's total at nine drones downed" after the first post's three: its own report); more
#: drones it tells ("One more drone was shot down over X, the mayor wrote in a later post") are
#: one more line of the same speaker's night, as a line "ещё один" is (``rules``); "in a later
#: update" is an update's label all the same (``UPDATE_RE``: its more drones a report of their own).
LATER_POST = r"in\s+a\s+(?:later|subsequent|further)\s+(?:post|update|message)(?![\w-])"
#: Drones told as more than those before them: "Another drone", "two more", "a further three",
#: "ещё один".
MORE_TOLD = (
    r"another|one\s+more|a\s+further|[\w-]+\s+more(?=\s+(?:drones?|uavs?|were|had|was))|ещ[её]"
)
#: The night's count so far: a mayor's "Сбиты ещё два. Всего с начала ночи — 14" (a bare figure,
#: no drones or place of its own, after the night's newest line) is a running total of its own
#: report; "с начала ночи сбили 21 беспилотник, летевший на Москву" is the report's own figure.
RUNNING_NIGHT = r"с\s+начала\s+ночи|since\s+the\s+start\s+of\s+the\s+night"
#: "в том числе", also written short as "в т.ч." ("Московский регион — 18 (в т.ч. 15 летевших
#: на Москву)": the ministry's part of a row).
INCLUDING_RU = r"в\s+том\s+числе|в\s+т\.\s?ч\."
#: Subsets of a count already given: "в том числе четыре, которые летели к Москве".
SUBSET = rf"{INCLUDING_RU}|из\s+них|including|of\s+them|of\s+which"
#: The words after a part's figure that make it a part of the count before: "..., 31 of them
#: overnight", "..., 20 из них — ночью".
OF_THEM = r"of\s+them|of\s+which|из\s+них"
#: The night as a part of a day's count: "за сутки 90, из них 60 — ночью", "в ночное время",
#: "за ночь"; "including 60 overnight", "during the night".
NIGHT_RU = r"ночью|в\s+ночное\s+время|за\s+ночь"
NIGHT_EN = r"overnight|during\s+the\s+night"
#: Dropped munitions and attacks by a drone that was not itself intercepted.
DROPPED = r"сброс\w*|dropped|munition"
#: A night's summary: "Итог ночи: сбиты пять", "по итогам ночи" (the night's total, and that
#: night: ``TOTAL_MARK``, ``time.NIGHT_RE``).
NIGHT_SUMMARY = r"итог(?:и|ам)?\s+(?:прошедшей\s+|минувшей\s+)?ночи(?![\w-])"
#: Explicit report totals: "Всего за ночь ... перехватили 15 дронов", "В общей сложности".
#: "В целом за ночь над Россией сбит 51 БПЛА", "Overall, 51 drones were destroyed".
TOTAL_MARK = (
    r"(?<!больше\s)(?<!меньше\s)(?<!чаще\s)всего|в\s+общей\s+сложности|в\s+целом|in\s+total"
    # "Итого за ночь — 12" under a mayor's timed lines: the night's sum
    r"|a\s+total\s+of|altogether|overall|(?<![\w-])итого(?![\w-])"
    # a conclusion drawn from the lines before it, its figure their sum: "Таким образом, за
    # сутки — 18", "Таким образом, за ночь над областью сбиты пять"
    r"|таким\s+образом"
    # an update's running count: "ещё два дрона, общее число за ночь — 9", "bringing the
    # night's total to nine"
    r"|общее\s+(?:число|количество)"
    # ("bringing the overnight total to 24", as "the night's total"; "the total for the night"
    # is cumulative: tests/parsing/test_golden.py, en-bringing-the-total-is-not-the-figure)
    r"|bringing\s+(?:the\s+)?(?:\w+['’]s\s+|overnight\s+)?total\s+to"
    # "adding that the total for the night was three": the night's whole, said to be a figure
    # (never brought to one: "bringing the total for the night to 24" above is cumulative)
    r"|(?<![\w-])the\s+(?:night['’]s\s+|overnight\s+)?total(?:\s+for\s+the\s+night)?"
    r"\s+(?:was|is|stood\s+at|stands\s+at)(?![\w-])"
    # "Итог ночи: сбиты пять" after the night's timed lines: the summary, never one line more
    rf"|(?<![\w-]){NIGHT_SUMMARY}"
)
#: "все беспилотники уничтожены": all of those in the attempt.
ALL_DESTROYED = (
    r"(?:все|all)\s+(?:\w+\s+)?(?:беспилотн\w*|бпла|дрон\w*|drones|uavs)"
    # "Все они были уничтожены", "all of them were shot down"
    r"|(?:все|all)\s+(?:они|of\s+them)\s+(?:были\s+|were\s+)?(?:уничтожены|сбиты|перехвачены|подавлены|destroyed|shot\s+down|intercepted)"
    # ... and all but some: "Все они, кроме одного, были сбиты", "все, за исключением двух,
    # уничтожены" (``count_rules.rule_all_destroyed`` takes the drones left out away)
    r"|все(?:\s+они)?\s*,\s*(?:кроме|за\s+исключением)\s+[^,.;]{1,40},\s*(?:были\s+)?"
    r"(?:уничтожены|сбиты|перехвачены|подавлены)"
    # "все" alone before or after its verb, the attempt's drones understood: "Все уничтожены
    # (, кроме одного)", "Сбиты все (, кроме двух)", "все были перехвачены"
    r"|(?<![\w-])все\s+(?:были\s+)?(?:уничтожены|сбиты|перехвачены|подавлены)(?![\w-])"
    r"|(?<![\w-])(?:уничтожены|сбиты|перехвачены|подавлены)\s+(?:были\s+)?все(?![\w-])(?!\s+\d)"
    # "All but one were shot down" after an attack of twelve; "40 drones ..., all but three of
    # which were destroyed"
    r"|(?<![\w-])all\s+but\s+\w+(?:\s+of\s+(?:which|them))?\s+(?:were\s+|had\s+been\s+)?"
    r"(?:destroyed|shot\s+down|intercepted|downed)"
    # "two drones attacked the refinery; both were shot down", "оба были сбиты"; with the noun
    # and jammed: "Оба беспилотника подавлены средствами РЭБ", "Both UAVs were suppressed by
    # electronic warfare"
    r"|(?<![\w-])(?:оба|обе|both(?:\s+of\s+them)?)\s+(?:(?:беспилотник\w*|бпла|дрон\w*|аппарат\w*|drones|uavs)\s+)?"
    r"(?:были\s+|were\s+)?(?:уничтожены|сбиты|перехвачены|подавлены|destroyed|shot\s+down|intercepted|downed|suppressed|jammed)"
    # 2023: "Беспилотники уничтожены средствами ПВО" right after the attempt, no number; its
    # pronoun as well: "Они сбиты системой ПВО", "They were all shot down"
    r"|^\s*(?:беспилотники|бпла|дроны|the\s+drones|они|they)\s+(?:все\s+)?(?:были\s+|were\s+)?(?:все\s+|all\s+)?(?:уничтожены|перехвачены|сбиты|подавлены|destroyed|shot\s+down|intercepted)"
)
#: A statement that corrects a figure given before it: its figures replace the earlier ones
#: for the same areas (and its total the earlier total), never add to them.
#: An English verb that sets a figure right, its object and "to": "correcting the figure to",
#: "revised the number upward to", "raised the count to", "before correcting it to" (never
#: "bringing the total to", a running whole: ``RUNNING``).
_SET_RIGHT_TO_EN = (
    r"(?<![\w-])(?:correct|revis|rais|lower|adjust|amend)(?:e|es|ed|ing)?\s+"
    r"(?:(?:the|its|his|her|that|this|their)\s+)?(?:[\w-]+\s+)?(?:figure|number|count|tally|total"
    r"|it)\s+(?:(?:up|down)(?:wards?)?\s+)?to"
)
CORRECTION = [
    # "Уточнение. В течение прошедшей ночи ..."; never "без уточнения района". A bare "UPD:"
    # or "Обновлено:" is no correction: "UPD: сбиты ещё три" adds news
    r"уточнение\s*[:.(–—-]",
    # its kin heading what sets a post right: "Поправка: сбиты не 5, а 7", "Исправление: над
    # областью уничтожены 7" (a reply under the post, or a line of it), and English
    # "Correction: 7 drones, not 5"; never with a full stop only ("в закон внесена поправка.",
    # "the paper ran a correction."), nor "поправки", "исправления" (amendments, repairs)
    r"(?:поправка|исправление|correction)\s*[:(–—-]",
    # "UPD: по уточненным данным ...", "Уточненные данные Минобороны:", "по обновленным сведениям"
    # (each stem written out: a key shared by both, "енн", would be in nearly every sentence)
    r"уточненн\w+\s+(?:данн|сведени|информаци)\w*|обновленн\w+\s+(?:данн|сведени|информаци)\w*",
    # "Позднее Минобороны уточнило: ...", "Позже в ведомстве уточнили, что сбиты восемь": a
    # later word of the same speaker sets its figure right (never a bare "ведомство уточнило,
    # что ...", which may only add a detail to what it said)
    r"(?:позднее|позже|впоследствии)\s+(?:[\w-]+\s+){0,3}?уточнил\w*",
    # "Через два часа он уточнил, что ...", "спустя час губернатор уточнил": later words too
    r"(?:через|спустя)\s+(?:[\w-]+\s+)?(?:час\w*|минут\w*)\s+(?:[\w-]+\s+){0,3}?уточнил\w*",
    # "UPDATE: The ministry has revised its figure ...", "the revised tally", "updated data"
    # ("the governor revised his count": the speaker's own figure set right, as "its")
    r"revised\s+(?:(?:its|the|his|her|their)\s+)?(?:figures?|count|tally|data|total|information)",
    # ("At 9:15 a.m. he corrected the figure: ...", "updated his tally": the determiner as
    # after "revised", stop 47, english)
    r"updated\s+(?:(?:its|the|his|her|their)\s+)?(?:figures?|data|information|count|tally|total)",
    r"corrected\s+(?:(?:its|the|his|her|their)\s+)?(?:figures?|data|information|count|tally|total)",
    # "..., later correcting the figure to three", "an updated statement put the figure at 37":
    # the words that set the figures before them right, in the same sentence
    _SET_RIGHT_TO_EN,
    r"(?:updated|revised|corrected)\s+(?:statement|report|post|message|bulletin)",
]
#: Words that tell a figure was set right without heading the figures that set it: a news lede
#: ("Губернатор скорректировал данные о ночной атаке") may go on with the figure told before
#: ("В утреннем сообщении он говорил о семи"). With ``CORRECTION`` they are the one vocabulary of
#: a text that corrects itself (``CORRECTED_TEXT_RE``).
CORRECTED_NEWS = [
    # "Минобороны уточнило данные о ...", "губернатор уточнил число сбитых" (never "не уточнили,
    # над какими районами": a detail not given)
    r"уточнил\w*\s+(?:данные|число|количество|сведения|цифр\w*)",
    r"уточнени[ея]\s+к\s",  # "ведомство опубликовало уточнение к сводке"
    r"скорректировал\w*",  # "Губернатор скорректировал данные"
    r"допущена\s+неточность|следует\s+читать",  # "допущена неточность. Следует читать: ..."
    r"corrected\s+(?:its|the)\s+(?:figures?|count|tally|data)",  # "the ministry corrected its count"
]
_TOLD_RU = r"(?:сообщал|говорил|заявлял|называл|писал)\w*"
_TOLD_EN = r"(?:had\s+)?(?:reported|said|put)"
#: A figure told as its speaker's earlier words, the one a correction replaced, after a clause
#: that opens on a word of before (``EARLIER``): "Ранее ведомство сообщало о 23", "Earlier, the
#: ministry reported 23", "Earlier the governor had put the figure at seven".
TOLD = f"{_TOLD_RU}|{_TOLD_EN}"
#: ... and told so by its verb alone: the Russian imperfective, what he had been saying
#: ("ведомство сообщало о 23", "губернатор говорил о семи"), English with its word of before
#: right before the verb ("had earlier reported 23", "initially said that 12").
TOLD_BEFORE = rf"{_TOLD_RU}|(?:earlier|previously|initially|first|had)\s+{_TOLD_EN}"
#: Drones beyond those told before, in a sentence that corrects: "Уточнение: над X дополнительно
#: сбиты два" adds two to X's figure, it does not set it to two ("ещё" is ``Count.extra``)
ADDITION = [
    r"дополнительно(?![\w-])",  # never "по дополнительным данным": that one corrects
    r"additionally|in\s+addition|a\s+further",
]
#: Debris and damage: a place named with these is part of the report.
DAMAGE = (
    r"поврежд\w*|выбит\w*|загорел\w*|пожар\w*|возгоран\w*|обломк\w*|фрагмент\w*|осколк\w*|"
    r"damag\w*|debris|shattered|broke\w*|blown\s+out|fire\b"
)
#: Where a drone or its pieces came down, beside damage it names a place hit (not a damage line):
#: "Fragments fell near the village of ...", "wreckage was found in ...", "one of them fell in
#: the X district", "беспилотник упал в ... районе".
CAME_DOWN = (
    # ("fragments were also found in X", "wreckage was later found": an adverb after the verb
    # of being)
    r"(?:fragments?|wreckage|shrapnel)\s+(?:\w+\s+){0,3}?"
    r"(?:fell|landed|(?:was|were|(?:have|has|had)(?:\s+(?:also|since))?\s+been)\s+"
    r"(?:(?:\w+ly|also|later|then)\s+)?found)\b"
    r"|(?:fell|crashed|came\s+down)\s+(?:in|near)\b"
    r"|(?:упал|рухнул)[аио]?\s+(?:во?|на|над|у|под|возле|около|близ|рядом)(?![\w-])"
    # "прилёт беспилотников на территорию предприятия X", "прилет БПЛА в X": a drone that hit
    r"|прилет\w*\s+(?:[\w-]+\s+){0,2}?(?:в|на)(?![\w-])"
)
#: An attempt to attack a place: "предприняли попытку атаковать Тулу", "пытались атаковать
#: Курск"; never a participle ("БПЛА, пытавшийся атаковать Курск, уничтожен" names a target).
ATTEMPT_TO_ATTACK_RU = (
    r"(?:попытк\w*|(?:по)?пыта(?!вш)\w*)\s+атаковать"
    # the attack's target as a noun phrase says the same: "Атака была направлена на Липецк",
    # "удар был нацелен на Орёл", "Целью атаки стал Брянск" (the place after it in the
    # accusative, or the nominative after "целью ... был")
    r"|(?:атак|удар|налет)\w*\s+(?:[\w-]+\s+){0,2}?(?:был[аио]?\s+)?(?:направлен|нацелен)\w*\s+на"
    r"|цель(?:ю)?\s+(?:атак|удар|налет)\w*\s+(?:[\w-]+\s+){0,2}?(?:был[аио]?|стал[аио]?|явля\w+)"
)
#: What stands for the verb before "ещё N" in a clause without one: a dash ("..., в 05:45 —
#: ещё два"), or a part of the day or "later" ("сбиты 18 беспилотников, утром ещё 4", "днём
#: ещё один", "позже ещё два").
MORE_LEAD_RU = r"(?:[–—-]|(?<![\w-])(?:утром|днем|вечером|позже|позднее|затем|потом))"
#: The same in English: "tried to attack Belgorod with drones" (never Moscow: a drone that
#: "tried to attack Moscow" names where it flew, see ``TARGET_RE``). "Aimed at" is left out:
#: "drones aimed at Kursk were shot down over the Kursk region" names the target beside the
#: place its figure belongs to, and a target read as a place took that figure from it.
ATTEMPT_TO_ATTACK_EN = (
    r"(?:tried|attempted)\s+to\s+attack(?!\s+(?:the\s+)?(?:Moscow|capital|Russian\s+capital))"
)
#: "Атаке подверглись Таганрог и ...", the drones between or not: "Атаке беспилотников
#: подверглись Ржев и Торжок" (the places attacked follow it); the attacks in the plural and
#: the verb imperfective too: "Атакам подвергались Рыльский, Глушковский и Льговский районы".
UNDER_ATTACK_RU = (
    r"атак(?:е|ам)\s+(?:(?:бпла|беспилотник\w*|дрон\w*|украинск\w+)\s+){0,2}"
    r"подвер(?:глись|гались)"
)
#: Drones attacking a place: like debris, it says where drones hit ("беспилотники атаковали
#: Новороссийск", "Атаке подверглись Таганрог и ...", "атака пришлась на ... районы", "drones
#: attacked the city of Kursk", "a drone attack on the city of Engels", "targeted the town of
#: ..."); the place is named without a figure (the drones that hit were not shot down).
ATTACKED = (
    rf"атаковал[аи]?|атакован[аоы]?|{UNDER_ATTACK_RU}"
    # "Сызрань подверглась атаке беспилотников", "предприятия Энска вновь подверглись атаке"
    r"|подверг(?:ся|лась|лось|лись)\s+(?:(?:массированн|очередн|нов)\w+\s+)?атак[еи]"
    r"|атак[аи]\s+пришл\w+\s+на"
    r"|attacked|targeted|attacks?\s+on"
)
#: A drone's own strike told as the cause of damage, by the kinds that strike and are never
#: downed by air defence: an FPV drone ("в результате удара FPV-дрона по автомобилю", "атака
#: FPV-дрона на трактор") and a drone that drops its munition ("с квадрокоптера сброшено
#: взрывное устройство"). ("Беспилотник атаковал склад в X" beside a drone downed is where it
#: came down: ``tests/parsing/test_regional_posts.py``.)
_ONE_DRONE = r"(?:беспилотник|бпла|дрон|квадрокоптер)(?:а|ом|у)?"
DRONE_STRUCK = [
    r"fpv",
    rf"сброс\w*\s+(?:[\w-]+\s+){{0,3}}?с\s+{_ONE_DRONE}(?![\w-])",
    rf"с\s+{_ONE_DRONE}\s+(?:[\w-]+\s+){{0,2}}?сброш\w+",
    # a drone's hit itself: "после попадания дрона загорелся дом", "от прямого попадания
    # беспилотника повреждён склад" (the drone struck the place, it was not downed there)
    rf"попадани\w+\s+(?:[\w-]+\s+)?{_ONE_DRONE}(?![\w-])",
    # a drone as the striker: its strike or attack on a thing ("в результате удара дрона по
    # автомобилю", "атакой беспилотника повреждена ЛЭП", "при атаке дрона ВСУ на машину"; a drone
    # attacked by air defence is "атаку ... отразили", an interception, never read here), a
    # kamikaze drone in any case ("дрон-камикадзе атаковал грузовик", "при детонации
    # дрона-камикадзе"), a drone's own blast ("при детонации беспилотника", never "сбитого")
    r"(?<![\w-])удар(?:а|ом|ы|ов|ами)?\s+(?:[\w-]+\s+)?(?:беспилотник|бпла|дрон)\w*",
    r"(?<![\w-])атак(?:ой|е|и|а)\s+(?:[\w-]+\s+)?(?:беспилотника|дрона|квадрокоптера)(?![\w-])",
    r"(?:беспилотник|бпла|дрон)\w*-камикадзе",
    r"детонаци\w+\s+(?!сбит|подавлен|уничтожен|перехвачен)(?:[\w-]+\s+)?(?:беспилотник|бпла|дрон)\w*",
    # the same in English: a drone as the subject of a hit ("A Ukrainian drone struck an oil
    # depot", "as a result of the drone hitting the site", "a drone slammed into a warehouse");
    # never "a drone attack" (air defence met it: "a fire broke out after a drone attack" is
    # often where debris of the drones downed fell)
    r"(?<![\w-])(?:drone|uav)s?\s+(?:had\s+|has\s+|have\s+)?(?:struck|hit(?:ting)?|slammed\s+into"
    r"|crashed\s+into|strik(?:es|ing))(?![\w-])",
]
#: People killed or hurt by an attack: like damage, it says where a drone fell.
HARM = r"погиб\w*|ранен\w*|пострадал\w*|killed|injured|wounded|hurt"
#: Damage denied: "an industrial facility in Nevinnomyssk was not damaged", "объект в X не
#: поврежден": the place it names was not hit, so it is no place of the report.
NOT_DAMAGED = (
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?not\s+(?:\w+\s+)?damaged|"
    r"(?:wasn['’]t|weren['’]t|hasn['’]t\s+been|haven['’]t\s+been)\s+damaged|undamaged|"
    r"не\s+(?:был[аио]?\s+)?поврежд\w*"
)
#: The whole country as the place: a national figure is the ministry's ("над Россией",
#: "над регионами России", "over Russia", "over Russian regions"), never a governor's.
NATIONAL = (
    r"над\s+(?:территорией\s+)?(?:россией|российской\s+федерацией|рф)|"
    r"над\s+территори(?:ей|ями)\s+(?:россии|российской\s+федерации|рф)|над\s+(?:\w+\s+)?регионами\s+(?:россии|рф)|"
    # ("over Russia's Tatarstan region" is over the region: the possessive names its country)
    r"over\s+(?:the\s+territory\s+of\s+)?(?:russia(?!['’]s)|the\s+russian\s+federation)\b|"
    r"over\s+(?:\w+\s+)?russian\s+(?:territory|regions)"
)
#: A sentence opening on an earlier statement: "Ранее губернатор сообщал ...", "Earlier it was reported".
_EARLIER_OPENINGS = (
    # ("Background: ...", "Справка: ...": a news page's paragraph of earlier events)
    # ("Напомню, ранее ночью я сообщал о 9 ...": the speaker recalls his own earlier post)
    r"\s*(?:(?:напомн(?:ю|им)|напомина(?:ю|ем))\s*,?\s*(?:что\s+)?)?"
    r"(?:ранее|до\s+этого|перед\s+этим|earlier|previously|before\s+that|background:|справка:"
    # "The previous day, he said, five drones ...", "Днем ранее ...": the day before's figures
    r"|the\s+previous\s+day|the\s+day\s+before|a\s+day\s+(?:earlier|before)|(?:днем|сутками)\s+ранее"
    # hours before: "Час назад он писал: «...»", "Двумя часами ранее ...", "An hour earlier, he
    # wrote ..." (his post before the one the lede tells)
    r"|(?:[\w-]+\s+)?час(?:а|ов)?\s+назад|полчаса\s+назад|(?:[\w-]+\s+)?часами\s+ранее|часом\s+ранее"
    r"|(?:an|one|two|three|a\s+few|several|\d+)\s+hours?\s+(?:ago|earlier|before))(?![\w-])"
    # a reminder, whatever it recalls: "Напомним, неделей ранее над Кстово сбиты 17 БПЛА" (the
    # figures of another time or statement, never added to the text's own)
    r"|\s*(?:напомн(?:ю|им)|напомина(?:ю|ем))(?![\w-])"
)
#: ... also as an aside of who recalls it: "В прошлую пятницу, напомнил он, над областью сбили 16
#: дронов", "..., напомнили в оперштабе".
_EARLIER_ASIDE = r"[^.!?\n]*?,\s*напомнил[аи]?(?![\w-])"
#: A part of the day, then who spoke: "Утром губернатор сообщил, что ...", "Вечером 5 января мэр
#: написал ..." (another post than the one the text opens on).
_EARLIER_PART_OF_DAY = (
    r"\s*(?:утром|днем|вечером|накануне)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:сообщ|заяв|рассказ|написа|отчита|информирова)\w*(?![\w-])"
)
EARLIER = f"{_EARLIER_OPENINGS}|{_EARLIER_ASIDE}|{_EARLIER_PART_OF_DAY}"
#: A question the speaker left open: "without saying whether any drones had been shot down",
#: "did not say how many were downed", "не уточнив, были ли сбиты беспилотники": its verb shoots
#: nothing down.
UNSAID = (
    r"(?:without\s+(?:saying|specifying|indicating|giving)|(?:did|does)\s+not\s+(?:say|specify)"
    r"|didn't\s+(?:say|specify)|не\s+уточни\w*|не\s+сообщи\w*)\s*,?\s+"
    r"(?:whether|if|how\s+many|были\s+ли|был\s+ли|сколько)[^.;]*"
)
#: An interception denied: "no drones were shot down", "none of the drones was intercepted",
#: "сбитых беспилотников нет", "беспилотники не сбивались", "ни один БПЛА не был сбит": its verb
#: shoots nothing down (like a question left open).
NOT_DOWNED = (
    # a fire put out: the verb that downs drones said of a fire ("возникло возгорание, его
    # ликвидировали в течение часа", "пожар ликвидирован", "ликвидировали возгорание"), in a
    # post that tells a drone's hit and no interception
    r"(?:возгорани|пожар|огон|огн|очаг|задымлени)\w*(?:\s+(?!не(?![\w-])|бпла|беспилот|дрон)[\w-]+){0,3}?"
    r"(?:\s*,\s*(?:его|ее|их)\s+|\s+)(?:(?:был[аио]?|оперативно|быстро|полностью|уже)\s+)*ликвидир\w*"
    r"|ликвидир\w*\s+(?:[\w-]+\s+){0,2}?(?:возгорани|пожар|огон|огн|очаг|задымлени|последстви)\w*|"
    r"(?:no|none\s+of\s+the)\s+(?:drones?|uavs?)\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:(?:reported|reportedly)\s+)?(?:shot\s+down|destroyed|intercepted|downed)"
    # "officials reported no interceptions", "had not reported any interceptions by midday",
    # "have not confirmed any shoot-downs": the noun denied, no drone downed
    # ("..., not an interception": what a video shows is said to be something else)
    r"|(?:no|not\s+an?)\s+(?:interceptions?|shoot-?downs?)(?![\w-])"
    r"|not\s+(?:yet\s+)?(?:reported|confirmed|announced)\s+any\s+(?:interceptions?|shoot-?downs?)"
    # (its place between: "сбитых беспилотников над областью не было", "сбитых БПЛА в городе нет")
    r"|(?:сбитых|уничтоженных|перехваченных)\s+(?:беспилотник\w*|бпла|дрон\w*)\s+(?:[^,.;:!?]{0,40}?\s)?(?:нет|не\s+было)(?![\w-])"
    # ... and the negation first: "над районом не было сбитых беспилотников"
    r"|не\s+было\s+(?:сбитых|уничтоженных|перехваченных)\s+(?:беспилотник\w*|бпла|дрон\w*)"
    r"|(?:беспилотник\w*|бпла|дрон\w*)\s+не\s+(?:сбивал\w*|уничтожал\w*|перехватывал\w*)"
    r"|ни\s+один\s+(?:беспилотник|бпла|дрон)\s+не\s+(?:был\s+)?(?:сбит|уничтожен|перехвачен)"
    # "Информация о сбитых не поступала", "сведений о сбитых беспилотниках нет": no word of any
    r"|(?:информаци\w*|сведени\w*|данных)\s+о\s+(?:сбитых|уничтоженных|перехваченных)"
    r"(?:\s+(?:беспилотник\w*|бпла|дрон\w*))?\s+(?:не\s+поступал\w*|не\s+поступило|нет|пока\s+нет)"
    # "There was no official figure for drones shot down", "no number of drones downed was given"
    r"|no\s+(?:official\s+)?(?:figures?|number|tally|count)\s+(?:was\s+given\s+)?(?:for|of)\s+"
    r"(?:the\s+)?(?:drones?|uavs?)\s+(?:shot\s+down|downed|destroyed|intercepted)"
    # planes hit on the ground: "photos had two aircraft destroyed on the apron", "three
    # transport aircraft were damaged" (never "unmanned aircraft", a drone)
    # (the word first, then what may not stand before it: ``alt`` opens every alternative on
    # its first letter)
    r"|aircraft(?<!unmanned\saircraft)(?<!pilotless\saircraft)(?<!crewless\saircraft)\s+"
    r"(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:destroyed|damaged|hit)(?![\w-])"
)
#: An attack told as repelled, not its drones downed: "отражена атака беспилотников на
#: предприятие", "ПВО отразили атаку на Энск", "атака на город отражена", "the ministry was
#: repelling an attack", "fended off a drone raid". With no figure and no debris anywhere in a
#: text it is no report (docs/labels.md, corpus-dev c020; ``segment.attacks_only``).
ATTACK_REPELLED = (
    r"(?:отраж|отрази|отбил|отбива)\w*\s+(?:[\w-]+\s+){0,2}?атак\w*"
    r"|атак\w*\s+(?:[\w-]+\s+){0,6}?(?:отражен|отбит)\w*"
    r"|(?:repel\w*|repuls\w+|fend(?:ed|ing)?\s+off)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:attacks?|raids?)"
)
#: Nobody hurt.
NO_CASUALTIES = (
    r"пострадавших\s+(?:и\s+\w+\s+)?нет|никто\s+(?:из\s+\w+\s+\w+\s+)?не\s+пострадал|без\s+пострадавших|погибших\s+и\s+пострадавших\s+нет|обошлось\s+без\s+пострадавших|"
    r"no\s+one\s+was\s+(?:hurt|injured|killed)|no\s+casualties|no\s+injuries|without\s+causing\s+any\s+casualties|nobody\s+was\s+(?:hurt|injured)|no\s+one\s+was\s+injured|causing\s+no\s+casualties"
)
#: Ukraine's side: Ukrainian-language reports and English retellings of its air force.
UA_SIDE = (
    r"повітрян\w+\s+сил|по\s+україні|сили\s+ппо|ліквідува\w*|"
    # "Kyiv's air force said ...": the capital's name for the country, as in "Kyiv said"
    r"(?:ukraine|kyiv|kiev)'?s\s+air\s+(?:force|defen[cs]e)|ukrainian\s+air\s+force|air\s+force\s+of\s+ukraine|"
    r"launched\s+(?:at|against)\s+(?:ukraine|the\s+country)|attacked\s+\[?ukraine"
)

#: Months, Russian genitive and English (a number before or after one is a date, not a count).
RU_MONTHS_GEN = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
#: Ukrainian genitive months ("у ніч на 12 вересня"), for Ukraine's own reports.
UA_MONTHS_GEN = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)  # fmt: skip
EN_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
RU_MONTHS_GEN_RE = "(?:" + "|".join(RU_MONTHS_GEN) + ")"
UA_MONTHS_GEN_RE = "(?:" + "|".join(UA_MONTHS_GEN) + ")"
EN_MONTHS_RE = "(?:" + "|".join(EN_MONTHS) + ")"
#: The weekdays in the accusative, as a day is named after "в": "в пятницу", "в прошлую среду".
RU_WEEKDAYS_ACC = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье"

#: A drone noun in the singular, the form "уничтожен БПЛА" / "a drone" uses without a number.
#: ("сбит дрон-камикадзе", "уничтожен квадрокоптер": a compound or a copter is one drone too)
DRONE_ONE_RU = (
    r"беспилотник|бпла|дрон(?:-камикадзе)?|квадрокоптер|беспилотный\s+летательный\s+аппарат"
)
#: A drone's kind written before the noun after a verb that downs it, hyphenated or apart:
#: "подавлен средствами РЭБ FPV-дрон", "о сбитом FPV-дроне" (kept out of the noun itself: a
#: pattern that may open on the noun opens on a Cyrillic letter, which an ASCII sentence skips).
KIND_BEFORE_ONE_RU = r"(?:fpv-?\s?)?"
#: The masculine short participles that down one drone named after or before them: "сбит
#: беспилотник", "БПЛА уничтожен"; "над Орском нейтрализован беспилотник", "в районе Энска
#: ликвидирован БПЛА" (a regional headquarters' verbs, as plain as "сбит").
SHOT_ONE_SHORT_RU = r"уничтожен|сбит|перехвачен|подавлен|подбит|ликвидирован|нейтрализован"
#: Who downed it, said between the verb and its drone: "подавлен средствами РЭБ беспилотник",
#: "сбит силами ПВО БПЛА", "уничтожен мобильной огневой группой дрон".
SHOT_BY_RU = (
    r"(?:средствами|силами|системами|расчетами|расчетом)\s+"
    r"(?:пво|рэб|радиоэлектронной\s+борьбы|противовоздушной\s+обороны|мобильн\w+\s+огнев\w+\s+групп)"
    r"|мобильн\w+\s+огнев\w+\s+групп\w*"
)
#: Which of the night's drones it was, between the verb and its drone: "уничтожен второй за
#: сутки беспилотник", "сбит третий за ночь БПЛА", "уничтожен 2-й за сутки БПЛА" (this one
#: drone, the others told before).
NTH_OF_DAY_RU = (
    r"(?:второй|третий|четвертый|пятый|очередной|\d{1,2}-(?:й|ой|ий))"
    r"(?:\s+за\s+(?:сутки|ночь|день|утро|вечер))?"
)
#: One drone in an oblique case: "о сбитом БПЛА", "об уничтоженном беспилотнике", "о другом
#: дроне, сбитом над ...".
DRONE_ONE_OBLIQUE_RU = (
    r"беспилотник(?:а|у|ом|е)?|бпла|дрон(?:а|у|ом|е)?(?:-камикадзе)?|квадрокоптер(?:а|у|ом|е)?"
    r"|беспилотн(?:ый|ого|ому|ым|ом)\s+летательн(?:ый|ого|ому|ым|ом)\s+аппарат(?:а|у|ом|е)?"
)
#: A singular masculine participle of an interception verb, in any case: "сбитом", "уничтоженного".
SHOT_ONE_RU = (
    # (the full participles double their "н": "об уничтоженном беспилотнике", "перехваченного")
    r"(?:сбит|подбит|(?:уничтожен|перехвачен|подавлен)н?)(?:ый|ого|ому|ым|ом)"
    # "беспилотник, попавший под действие средств РЭБ": jammed down, like "подавленный РЭБ"
    r"|(?:также\s+|тоже\s+)?попавш(?:ий|его|ему|им|ем)\s+под\s+(?:воз)?действи[ея]\s+"
    r"(?:средств\s+|систем\s+)?(?:рэб|радиоэлектронной\s+борьбы)"
)
DRONE_ONE_EN = r"drone|uav|unmanned\s+aerial\s+vehicle"
#: The drone noun of the English "Belgorod (four drones)" form.
DRONE_EN = r"drones?|uavs?|unmanned\s+aerial\s+vehicles?"

#: Regions written as their capital letters, as reports name them after "над"/"в" (the
#: gazetteer knows each): "над территорией ДНР", "в ЛНР", "в ХМАО", "в КБР".
REGION_ABBREVIATIONS_RU = (
    "ДНР",  # "над территорией ДНР уничтожены два беспилотника"
    "ЛНР",  # "над ЛНР и Херсонской областью сбиты по два"
    "КБР",  # "в КБР сбит беспилотник"
    "КЧР",  # "над КЧР"
    "ХМАО",  # "в ХМАО беспилотник упал на ..."
    "ЯНАО",  # "в ЯНАО"
    "ЕАО",  # "в ЕАО"
)
#: The same in English, as the wires write the ministry's names of occupied regions.
REGION_ABBREVIATIONS_EN = (
    "DPR",  # "five drones over the DPR"
    "LPR",  # "three over the LPR"
)

#: Parts of a town named before it in the genitive: "на территории промзоны Энска", "на
#: нефтеперерабатывающем предприятии Энска", "в окрестностях Энска" (stems); the town is the place.
PLACE_PARTS_RU = (
    r"предприяти|завод|промзон|промышленн\w*\s+зон|окрестност|окраин|пригород|нефтебаз|"
    r"\w*заправк|склад|аэродром|микрорайон|жилмассив|центр|порт|терминал|"
    # "над морем у побережья Крыма": the coast of a region names the region
    r"побережь"
)
#: The same in English, before "of": "over the industrial zone of Lipetsk", "the outskirts of".
PLACE_PARTS_EN = (
    r"(?:industrial|residential)\s+(?:zone|area|park|site|district)|outskirts|suburbs?|"
    r"(?:city\s+)?cent(?:re|er)|neighbou?rhood|refinery|oil\s+depot|airfield"
)
#: Capitalised words that are not places (FOREIGN names are caught before these).
EN_STOP = {
    "Russia", "Russian", "Ukrainian", "Moscow time", "Telegram", "GMT", "The", "A", "An",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Reuters", "TASS", "AFP", "Sputnik", "Interfax", "Islam",
    # a speaker's title after a list of places ("over Moscow region and Moscow, Mayor Sobyanin
    # said"): a person, never a place
    "Mayor", "Governor", "Acting", "Deputy", "Head", "President", "Minister", "General",
    "Colonel", "Lieutenant", "Major", "Spokesman", "Spokeswoman",
    *(m.title() for m in EN_MONTHS),
}  # fmt: skip
#: Regional capitals not named like their region, for "the regional capital", "над областным
#: центром", "над столицей республики" ("Three drones were downed over the regional capital",
#: the Krasnodar region's headquarters said: Krasnodar). Other regions' capitals are the towns
#: they are named after (``places.regional_capital``). Russian nominative, the gazetteer's form.
CAPITALS = {
    "RU-TA": "Казань",  # "над столицей республики" in a Tatarstan post
    "RU-BA": "Уфа",
    "RU-DA": "Махачкала",
    "RU-CU": "Чебоксары",
    "RU-MO": "Саранск",
    "RU-AD": "Майкоп",
    "RU-UD": "Ижевск",
    "RU-KR": "Петрозаводск",
    "RU-KO": "Сыктывкар",
    "RU-ME": "Йошкар-Ола",
    "RU-KB": "Нальчик",
    "RU-SE": "Владикавказ",
    "RU-CE": "Грозный",
    "RU-SVE": "Екатеринбург",
    "RU-STA": "Ставрополь",
}
#: Parts of Russia larger than a region and no federal subject ("over the Volga region,
#: including six over Saratov", "over the Black Earth region", "over the Urals"): no place of
#: the map (the Volga is also a village, the Urals not Kamchatka's Ust-Kamchatsk); the figure
#: is the report's. English names, without a trailing "region".
MACROREGIONS_EN = {
    "Volga", "Middle Volga", "Lower Volga", "Urals", "Ural", "Siberia", "Far East", "Black Earth",
    "Chernozem", "Central Black Earth", "North Caucasus", "Caucasus", "Povolzhye",
    "Central Russia", "Southern Russia", "Northwest",
}  # fmt: skip
#: The same parts of Russia in Russian (nominatives): "на Урале", "над Уралом", "в Сибири",
#: "над Северным Кавказом" name no one region (the gazetteer guessed "Урале" as "Крае", a krai,
#: and "Сибири" as Altai Krai's Сибирский).
MACROREGIONS_RU = frozenset(
    {
        "Урал", "Сибирь", "Западная Сибирь", "Восточная Сибирь", "Кавказ", "Северный Кавказ",
        "Поволжье", "Приволжье", "Черноземье", "Дальний Восток", "Центральная Россия",
        "Зауралье", "Предуралье",
    }
)  # fmt: skip
#: Places outside Russia named in the same sentences as Russian ones ("над Киевом",
#: "over Kharkiv"): their figures belong to no Russian area. Lemmas, Russian and English.
FOREIGN = {
    "Украина", "Киев", "Харьков", "Одесса", "Днепр", "Львов", "Сумы", "Чернигов", "Полтава", "Николаев",
    "Ukraine", "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Dnipro", "Lviv", "Sumy", "Chernihiv", "Poltava", "Mykolaiv",
}  # fmt: skip

#: Ukraine itself, as a place is written (any case): in Ukraine's own words its country ("над
#: Украиной перехвачены 50", "over Ukraine"), no foreign place (``FOREIGN`` holds its lemmas).
UKRAINE_NAME_RE = re.compile(r"Украин(?:а|ы|е|у|ой|ою)|Ukraine")

#: An English figure in digits or words (to twenty, the tens, "a dozen").
#: A count in English digits or words ("12", "seven", "a dozen").
NUMBER_EN = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]{3,5}teen"
    r"|twenty|thirty|forty|fifty|a\s+dozen)"
)
#: A speaker telling of more drones after his figure: "Позднее мэр сообщил ещё об одном, летевшем
#: на столицу", "написал ещё о двух" (a verb of telling, "ещё", "о"/"об" and the figure in the
#: prepositional case): what he tells about is more of the drones he told of, downed as they were.
#: In English the verb of telling takes the figure as its object, the verb of downing elided:
#: "A second post reported another two", "he then announced a further three", "wrote of one
#: more", "posted about two more drones"; only when nothing but a drone noun, a place, a time or
#: the clause's end follows ("reported two more attacks" tells attacks).
TOLD_OF_MORE_RE = re.compile(
    r"(?<![\w-])(?:сообщ|рассказ|написа|доложи|заяви|отчита|информирова)\w*\s+(?:\w+\s+)?"
    # ("написал о последних двух": the last of the drones he told one by one, more of them)
    r"(?:ещ[её]\s+об?о?|об?\s+последних)\s+(?:\d+|[а-я]+)"
    r"|(?<![\w-])(?:reported|reports|announced|announces|wrote|writes|posted|posts|told|tells)"
    rf"\s+(?:(?:of|about|on)\s+)?(?:(?:another|a\s+further)(?:\s+{NUMBER_EN})?"
    rf"|{NUMBER_EN}\s+more)"
    rf"(?:\s+(?:[\w-]+\s+)?(?:{DRONE_EN}))?"
    r"(?=\s*(?:[.,;:!)]|$|(?:over|near|in|on|at|above|around|flying|heading|approaching|bound"
    r"|downed|shot|destroyed|intercepted|during|later|before|after|by|and)(?![\w-])))",
    re.IGNORECASE,
)

#: Moscow in English as a target: "Moscow", "the capital", "the Russian capital"; never "the
#: Moscow region" (no city) or "the capital of Chuvashia" (another region's capital).
MOSCOW_EN = (
    r"(?:Moscow(?![\w-]|\s+(?:region|oblast))"
    r"|the\s+(?:Russian\s+)?capital(?![\w-]|\s+of\s+(?!Russia)))"
)
#: Targets named with "летевших на Москву" / "на подлете к Москве" / "flying toward Moscow":
#: the mayor's lines count drones bound for the city.
#: The capital is Moscow: "летевших на столицу", "flying toward the capital".
TARGET_RE = re.compile(
    # "летевших к Москве", "которые летели в направлении столицы": the same target
    r"(?:летевш\w*|летящ\w*|летел\w*|направлявш\w*)\s+(?:на|к|в\s+сторону|в\s+направлении)\s+(?:саму\s+)?(?:Москв|столиц)\w*"
    r"|(?:пытавш\w*|пробовавш\w*|пытающ\w*)\s+(?:атаковать|прорваться\s+к|долететь\s+до)\s+(?:саму\s+)?(?:Москв|столиц)\w*"
    r"|на\s+подлете\s+к\s+(?:Москве|столице)"
    rf"|(?:flying|heading|headed)\s+(?:toward|towards|to|for|at)\s+{MOSCOW_EN}"
    rf"|approaching\s+{MOSCOW_EN}|as\s+(?:they|it)\s+approached\s+{MOSCOW_EN}"
    # the English "на подлёте к Москве": "downed on approach to Moscow", "on their approach to
    # the capital", "on the way to Moscow" (``places`` reads the words as no place of Moscow's)
    rf"|on\s+(?:the\s+|their\s+|its\s+)?(?:approach(?:es)?|way)\s+to\s+{MOSCOW_EN}",
    re.IGNORECASE,
)
#: The same targets told by "the city" / "город" alone, in a text that named Moscow as the
#: drones' target or its mayor before ("Drones downed on approach to Moscow ... Sobyanin said two
#: drones flying toward the city had been destroyed", "мэр сообщил об одном БПЛА, летевшем на
#: город"): the city is Moscow (``rules.read_sentence`` asks only then). Never "the city of X",
#: "город Энск": a city named is that city.
CITY_TARGET_RE = re.compile(
    r"(?:летевш\w*|летящ\w*|летел\w*|направлявш\w*)\s+(?:на|к|в\s+сторону|в\s+направлении)"
    r"\s+город(?:у|а)?(?![\w-]|\s+[А-ЯЁ])"
    r"|на\s+подлете\s+к\s+городу(?![\w-]|\s+[А-ЯЁ])"
    r"|(?:(?:flying|heading|headed)\s+(?:toward|towards|to|for|at)|approaching"
    r"|on\s+(?:the\s+|their\s+|its\s+)?(?:approach(?:es)?|way)\s+to)\s+the\s+city"
    r"(?![\w-]|\s+of(?![\w-]))",
    re.IGNORECASE,
)


def alt(patterns: list[str] | str) -> re.Pattern[str]:
    """Compile patterns into one alternation with word boundaries, for lower-cased text
    (``parsing.text.lower``): the patterns are written in lower case, and matching without
    IGNORECASE is about twice as fast."""
    body = patterns if isinstance(patterns, str) else "|".join(patterns)
    # ``(?<![\w-])(?:{body})``, written to be searched faster, and not searched at all in a
    # text without one of the strings its matches hold (``parsing.literals``)
    return keyed(word_start(body))


DRONE_RE = alt(DRONE)
AIR_DEFENCE_RE = alt(AIR_DEFENCE)
#: An attack on a place told repelled in the passive, the figure in the next sentence: "Ночью
#: средствами ПВО отражена атака БПЛА на Энгельс. Сбито 6 беспилотников."
#: Who an attack is told to be by, up to two words of them between "атака" and "на X":
#: "атака БПЛА на", "атаку украинских беспилотников на", and the army that sent them: "отражена
#: воздушная атака ВСУ на Энск", "атака противника на Энский район" (discovery102 bd07).
ATTACKERS = r"бпла|беспилотник\w*|дрон\w*|украинск\w*|вражеск\w*|всу|противник\w*|врага"
REPELLED_ON = rf"отражен[аы]?\s+(?:\w+\s+)?атак[аи]\s+(?:(?:{ATTACKERS})\s+){{0,2}}на\s"
REPELLED_ON_RE = alt(REPELLED_ON)
#: An attack on a place told as an attack "на X" after any verb, its figure (if any) in the
#: next sentence: the attack's target is where the drones of that figure were downed ("была
#: предпринята атака беспилотников на Ярославль", "совершена попытка атаки на Тверь",
#: "отражена атака БПЛА на Энгельс", ``REPELLED_ON``). (The place as the subject or the
#: object, "Энгельс подвергся атаке", "дроны атаковали Энгельс", is a place hit, ``ATTACKED``:
#: named without a figure, the region's figure after it.)
ATTACK_ON_RE = alt(rf"атак[аиу]\s+(?:(?:{ATTACKERS}|всу|противник\w*)\s+){{0,2}}на\s")
#: An attack told repelled in the passive with its place before the verb, "в"/"над" X, and no
#: "на X" after it: "Ночью в Энске отражена атака", "Над Энском отражена атака БПЛА", "В Энском
#: районе атака беспилотников отражена" (the place the figure of the next sentence was downed
#: over, as "отражена атака на Энск" heads it).
REPELLED_IN_RE = alt(
    # (only the drones or the army that sent them after "атака", then the clause's end: "атака
    # ракет" is no drones' attack, and "атака ... на X" is ``REPELLED_ON``)
    rf"отражен[аы]?\s+(?:\w+\s+)?атак[аи](?:\s+(?:{ATTACKERS})){{0,2}}(?=\s*(?:[.,;:!)]|$))"
    rf"|атак[аи]\s+(?:(?:{ATTACKERS})\s+){{0,2}}(?:был[аи]?\s+)?отражен[аы]?(?![\w-])"
)
#: Air defence at work over a place, no figure yet: "Над Тулой работает ПВО", "ПВО отражает
#: атаку на Энгельс", "над городом работают силы ПВО" (a mayor's first line; the figures follow).
AT_WORK_RE = alt(
    # (the past as the present: "Над Курском ночью работала ПВО", a news site's lede)
    # ("Отработала ПВО в районе X": the perfective of a post after the attack)
    r"(?:от)?работа(?:ет|ют|л[аи]?)\s+(?:средства\s+|силы\s+|системы\s+|дежурные\s+)?(?:пво|противовоздушн\w+\s+оборон\w+)"
    # ("ПВО отражала атаку беспилотников": the imperfective past as the present)
    r"|(?:пво|средства\s+пво|силы\s+пво)\s+(?:продолжа(?:ет|ют)\s+)?(?:работа(?:ет|ют|ть|л[аи]?)|отработал[аи]?|отража(?:ет|ют|ть|л[аи]?))"
    r"|отража(?:ет|ют|ется|ются)\s+(?:\w+\s+)?атак\w*|ид[её]т\s+отражение\s+атак\w*"
    # the past, a post's first line after the night: "Ночью ВС РФ отражали атаку на Севастополь"
    rf"|(?:отражал[аи]?|отразил[аи]?)\s+(?:\w+\s+)?атак[уи]\s+(?:(?:{ATTACKERS})\s+){{0,2}}на\s"
    # ... and the passive (``REPELLED_ON``)
    rf"|{REPELLED_ON}"
    # English: "air defences had been working over the X and Y districts", "air defence
    # systems were active over ...", "air defences worked over ..."
    r"|air\s+defen[cs]es?(?:\s+(?:units|systems|forces|crews))?\s+(?:(?:had|have|has)\s+been\s+"
    r"|were\s+|was\s+|are\s+|is\s+|remained\s+)?(?:working|active|operating|in\s+action|worked|operated)"
)
INTERCEPT_RE = alt(INTERCEPT)
#: A sentence opening on a pronoun for the event just told, then where it was: "Это произошло
#: недалеко от Энска", "Случилось это над Энским районом", "This happened near the village of
#: X": the place of the drones the sentence before downed, a place without a figure.
EVENT_AGAIN_RE = re.compile(
    r"\W*(?:(?:все\s+)?это\s+(?:произошло|случилось)|(?:произошло|случилось)\s+это"
    r"|(?:this|it|that)\s+(?:happened|took\s+place|occurred))(?![\w-])"
)
#: What is left of a drone shot down: a text that names it tells an interception without a verb
#: that downs ("Обломки БПЛА упали в поле", "fragments fell on a roof", "wreckage was found").
DEBRIS_RE = alt(r"обломк\w*|фрагмент\w*|debris|wreckage|fragments?")
#: What is left of a drone, in every case, as the word a participle of downing follows: "обломками
#: сбитого беспилотника повреждена линия" tells where its debris did harm, never one drone more
#: (only the nominative and the genitive plural had been known: "обломки/обломков сбитого").
DEBRIS_BEFORE_PARTICIPLE_RU = tuple(
    stem + ending
    for stem, endings in (
        ("обломк", ("и", "ов", "ами", "ам", "ах", "а", "ом", "е")),
        ("обломок", ("",)),
        ("фрагмент", ("ы", "ов", "ами", "ам", "ах", "", "а", "ом", "е")),
        ("оскол", ("ки", "ков", "ками", "кам", "ках", "ок", "ка", "ком")),
        ("част", ("и", "ей", "ями", "ям", "ях")),
        ("падени", ("я", "е", "и", "ем")),
    )
    for ending in endings
)
APPROX_RE = re.compile(rf"(?<![\w-])(?:{APPROX})\s*$", re.IGNORECASE)
#: (``fullmatch`` of a bound's words: "не менее" holds "менее" but is no upper bound)
AT_MOST_RE = re.compile(rf"(?:{AT_MOST})\s*", re.IGNORECASE)
REPORTER_RES = [(who, alt(p)) for who, p in REPORTERS]
#: All reporters in one pattern: the earliest match wins, and at its place the entry listed
#: first that matches there (``REPORTER_RES``). No group per entry: a named group cannot be
#: written at each of its first letters, and without them the engine skips to those letters.
#: (searched from the blank before a word, ``word_start.from_blank``: its first letters open most
#: words of a sentence, and it has too many keys for ``parsing.literals``)
REPORTER_RE = from_blank("|".join(p for _who, p in REPORTERS))
MINISTRY_AGAIN_RE = alt(MINISTRY_AGAIN)
NOT_REPORTER_RE = alt(NOT_REPORTER)
MISSILE_RE = alt(MISSILE)
BOAT_RE = alt(BOAT)
AERIAL_TARGET_RE = alt(AERIAL_TARGET)
WARNING_RE = alt(WARNING)
AIRPORT_RE = alt(AIRPORT)
SVO_ZONE_RE = alt(SVO_ZONE)
SVO_SUMMARY_RE = re.compile(SVO_SUMMARY)  # (no ``alt``: it opens on a line's start)
#: Searched only around a capitalised country name (``THIRD_COUNTRY_NAME_RE``): not keyed,
#: its words share too many common letters for a key of its own.
THIRD_COUNTRY_MILITARY_RE = re.compile(word_start(THIRD_COUNTRY_MILITARY))
#: A third country's name or adjective as written with its capital, in English or Russian
#: ("Belarusian", "Polish", "Минобороны Белоруссии", "Польша"): a case-sensitive scan that
#: skips from capital to capital, far cheaper than the phrase's own pattern on every sentence.
THIRD_COUNTRY_NAME_RE = re.compile(
    r"(?:Belarus|Polish|Poland|Romania|Moldova|Lithuania|Latvia|Estonia|Finnish|Finland|Danish"
    r"|Norwegian|NATO|Белорус|Беларус|Польш|Польск|Румын|Молдав|Молдов|Литв|Литов|Латви"
    r"|Эстон|Финлянд|Финск)"
)
SINCE_PERIOD_RE = re.compile(SINCE_PERIOD)
#: A superlative right before an English "since ...": "in the largest attack since the start of
#: the war", "one of the biggest raids since the beginning of the year" compares the night with
#: the time since, it tells no tally of that time (searched back from "since", no figure between).
SUPERLATIVE_BEFORE_EN = re.compile(
    r"(?:largest|biggest|heaviest|highest|most|worst|fiercest|greatest|strongest|longest|first"
    r"|lowest|fewest|deadliest|only)(?:-scale)?\s+(?:[a-z'’-]+\s+){0,6}?$"
)
#: (its last alternatives open the sentence; the others keyed: "за", "нач", "время", "since"
#: ...: the word-start scan stopped at every "в", "с", "з" of a sentence, 1-4 µs a sentence)
FOOTER_RE = WithOpening(FOOTER, others=keyed)
CHROME_RE = re.compile(CHROME, re.IGNORECASE)
ATTEMPT_RE = alt(ATTEMPT)
DROPPED_RE = alt(DROPPED)
#: (keyed by hand: the drawn key "обще" of "в общей сложности" and "общее число" is in every
#: "сообщили", "в сообщении", which were then searched for a total's words they did not hold)
TOTAL_MARK_RE: re.Pattern[str] = Keyed(  # type: ignore[assignment]
    word_start(TOTAL_MARK),
    ("total", "общей", "общее", "итог", "altogether", "bringing", "образом", "overall", "целом", "всего"),
)  # fmt: skip
RUNNING_SINCE_RE = alt(RUNNING_SINCE)
LATER_POST_RE = alt(LATER_POST)
MORE_TOLD_RE = alt(MORE_TOLD)
RUNNING_NIGHT_RE = alt(RUNNING_NIGHT)
ALL_DESTROYED_RE = alt(ALL_DESTROYED)
#: (its keys chosen by hand: the fewest that cover it, "енн" and "ted", are in most sentences)
CORRECTION_RE: re.Pattern[str] = Keyed(  # type: ignore[assignment]
    word_start("|".join(CORRECTION)),
    # ("позднее ... уточнило": the engine's word starts make its opening word the fragment)
    (
        "уточн",
        "поправк",
        "исправлени",
        "обновленн",
        "revis",
        "updated",
        "correct",
        "позднее",
        "позже",
        "впоследствии",
        "rais",
        "lower",
        "adjust",
        "amend",
    ),
)
#: A text that corrects itself somewhere (searched once a text)
CORRECTED_TEXT_RE = alt(CORRECTION + CORRECTED_NEWS)
ADDITION_RE = alt(ADDITION)
SIGHTED_RE = alt(SIGHTED)
DAMAGE_RE = alt(DAMAGE)
#: Damage or a drone come down: a sentence that names where drones hit.
#: (keyed by hand on its words whole: the 24 keys drawn from its fragments were more than
#: ``literals.MOST_KEYS``, so every sentence was searched, and held "own" and "гор", which a
#: ministry list's "shot down" and "Белгородской" hold; ``tests/parsing/test_literals.py``)
HIT_KEYS = (
    "поврежд", "пожар", "прилет", "выбит", "возгоран", "загорел", "обломк", "осколк", "фрагмент",
    "упал", "рухнул", "атак", "подверг", "damag", "debris", "shattered", "shrapnel", "broke",
    "blown", "fire", "fragment", "fell", "wreckage", "crashed", "came", "attack", "targeted",
)  # fmt: skip
HIT_RE: re.Pattern[str] = Keyed(  # type: ignore[assignment]
    word_start(DAMAGE + "|" + CAME_DOWN + "|" + ATTACKED), HIT_KEYS
)
HARM_RE = alt(HARM)
DRONE_STRUCK_RE = alt(DRONE_STRUCK)
#: An attempt to strike ("противник пытался нанести удар беспилотниками по области", "попытка
#: массированного удара дронами"): an attack that air defence met, its drones the ones downed,
#: never a drone that struck a thing (``DRONE_STRUCK``): the damage after it is where they fell.
STRIKE_ATTEMPT_RE = alt(r"(?:попытк\w*|(?:по)?пыта(?!вш)\w*)\s+(?:[\w-]+\s+){0,2}?удар")
NOT_DAMAGED_RE = alt(NOT_DAMAGED)
#: A sentence opening on a past week, month or year: "Last week, the ministry reported ...", "In
#: March, it claimed ...", "На прошлой неделе ...", "В марте ..." (an earlier report, like "Ранее").
PAST_PERIOD = (
    # (after a word that only leads in: "Ещё в январе губернатор сообщал ...", "Так, в марте
    # ...", "Back in March, ...")
    r"\s*(?:(?:ещё|еще|уже|так|например|back|as\s+early\s+as)\s*,?\s+)?"
    r"(?:last\s+(?:week|month|year|summer|winter|spring|autumn)|in\s+(?:(?:early|mid|late)[\s-]+)?"
    + EN_MONTHS_RE
    + r"|на\s+(?:прошлой|минувшей|позапрошлой)\s+неделе|в\s+прошлом\s+(?:месяце|году)"
    r"|(?:неделей|месяцем|годом)\s+ранее"
    # a part of a week gone by: "В конце прошлой недели ...", "в середине минувшей недели", "в
    # начале недели" (this week's first days, before the night the text tells; never "в конце
    # недели" alone, which may be the night the text tells)
    r"|в\s+(?:середине|начале|конце)\s+(?:прошлой|минувшей|позапрошлой)\s+недели"
    r"|в\s+(?:середине|начале)\s+(?:(?:этой|текущей)\s+)?недели"
    # "В прошлую пятницу ...", "в прошлые выходные": a day of last week
    rf"|в\s+прошл(?:ую|ый|ое|ые)\s+(?:{RU_WEEKDAYS_ACC}|выходные)"
    r"|в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
    # a part of a month: "В середине марта ...", "в конце прошлого года", "в начале весны"
    rf"|в\s+(?:середине|начале|конце)\s+(?:прошл\w+\s+)?(?:{'|'.join(RU_MONTHS_GEN)}|месяца|года|весны|лета|осени|зимы)"
    # a past season: "Прошлой зимой ...", "Летом прошлого года ..."
    r"|прошл(?:ой|ым)\s+(?:зимой|весной|летом|осенью)|(?:зимой|весной|летом|осенью)\s+прошлого\s+года"
    # so long ago: "Two years ago, ...", "A month earlier, ...", "Год назад ...", "Три недели назад"
    r"|(?:a|one|two|three|four|five|six|several|\d+)\s+(?:years?|months?|weeks?)\s+(?:ago|earlier)"
    # "Earlier this week the ministry said ... 337 drones in a single night": a night of days
    # ago, not the one this text reports ("ранее на этой неделе" opens on "ранее")
    r"|earlier\s+this\s+(?:week|month|year)"
    r"|(?:(?:один|два|две|три|четыре|пять|шесть|несколько|\d+)\s+)?"
    r"(?:год|года|лет|месяц\w*|недел\w*)\s+назад|полгода\s+назад)"
    r"(?![\w-])"
)
EARLIER_RE = re.compile(EARLIER)
#: ``EARLIER_RE`` without its aside: the two match alike where a sentence holds no "напомнил"
#: (the aside's scan for its comma reads the whole sentence: 5-10 µs a sentence that holds none).
EARLIER_BUT_ASIDE_RE = re.compile(f"{_EARLIER_OPENINGS}|{_EARLIER_PART_OF_DAY}")
#: A clock alone on the line before a sentence, its day before it or not ("00:31", "28 окт,
#: 00:31", "7 мая 2025, 01:17", "28.10 00.31"): the line after it is a timed line of a post.
#: Alone, a clock has a colon: "12.05" on a line of its own is a date (12 May), a post's head.
STAMP = (
    r"[ \t]*(?:(?:\d{1,2}(?:[ \t]+[а-яё]{3,8}\.?(?:[ \t]+\d{4})?|\.\d{2}(?:\.\d{2,4})?),?"
    r"[ \t]+)(?:в[ \t]+)?\d{1,2}[:.]\d{2}|(?:в[ \t]+)?\d{1,2}:\d{2})\.?[ \t]*"
)
#: A line a page or a channel puts above a text's headline: when it was posted or updated
#: ("08:17", "4 мая 2025, 08:17", "Обновлено 08:17", "Updated 08:17 GMT", "May 4, 2025 08:17";
#: a date alone, ``_DATE_LINE``),
#: its tags alone ("#новости #регион") or a call to subscribe ("Подписаться на канал"), or
#: chrome (``CHROME_RE``: "Фото: ...", "Читайте нас в ..."). The headline is the line under it.
#: A date alone with its year on a line of its own, a clock time after it or not: "Tue 18 Nov 2025",
#: "March 21, 2026", "21 мая 2025", "04.09.2025 23:47" (a page's or a channel's dateline).
_DATE_LINE = (
    r"[ \t]*(?:(?:[a-z]{3,9}\.?,?[ \t]+)?\d{1,2}[ \t]+[a-zа-яё]{3,9}\.?,?[ \t]+\d{4}"
    r"|(?:[a-z]{3,9},?[ \t]+)?[a-z]{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})"
    r"(?:[ \t]+г(?:ода|\.)?)?(?:,?[ \t]+(?:в[ \t]+)?\d{1,2}[:.]\d{2})?[ \t]*"
)
ABOVE_HEADLINE_RE = re.compile(
    r"\W{0,3}(?:(?:обновлено|опубликовано|updated|published|posted)\s*(?:в|at)?:?\s*)?"
    rf"(?:{STAMP}|[ \t]*[a-z]{{3,9}}\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}},?[ \t]+\d{{1,2}}:\d{{2}}[ \t]*"
    rf"|{_DATE_LINE})"
    r"(?:(?:мск|msk|gmt|utc)\.?)?[ \t]*"
    r"|[ \t]*#[\w-]+(?:[ \t]+#[\w-]+)*[ \t]*"
    r"|[ \t]*(?:подписаться|подпишитесь|subscribe|follow\s+us)\b[^\n]{0,60}"
    rf"|(?:{CHROME})[^\n]{{0,80}}",
    re.IGNORECASE,
)
#: An update's label: "UPD", "Обновлено", "Дополнение".
_UPDATE_LABEL = r"\W{0,5}(?:upd|update|обновлено|обновление|дополнено|дополнение|апдейт)(?![\w-])"
#: A sentence an update's label opens, a line added to a post later: "UPD: в Энске сбит ещё один
#: беспилотник", "Обновлено (2): ...", "Дополнение: ..." (its more drones are a later report); a
#: news text retelling the post's update says so in words: "Updated at 6:10 a.m.: ...", "In an
#: update two hours later, he wrote ...", "In a later update, ..." (never "in its daily update",
#: the ministry's regular statement).
UPDATE_RE = re.compile(
    _UPDATE_LABEL + r"|\W{0,5}(?:updated\s+at\s+\d"
    r"|in\s+(?:an|a\s+(?:later|new|further|second|fresh|subsequent))\s+update(?![\w-])"
    # a live page's "Gladkov updates his post: ..." (its own words next, quoted or not)
    r"|(?:[\w.'-]+\s+){1,4}?(?:later\s+)?updat(?:es|ed)\s+(?:his|her|its|the)\s+(?:post|message"
    r"|statement)\s*:)",
    re.IGNORECASE,
)
#: An update's label alone on its line, with its number or time ("ОБНОВЛЕНО 06:50", "UPD 2,
#: 10:15:", "Обновлено в 06:50:"): it opens the line after it.
UPDATE_ALONE_RE = re.compile(_UPDATE_LABEL + r"(?:\s+в)?[\s\d:.,()№#-]*$", re.IGNORECASE)
#: A line a post adds under its figures, opened by "Дополнительно" ("Дополнительно: в 7:45 над
#: Энском сбит ещё один", "Дополнительно над X районом уничтожены три"): an update's label that
#: says its figures are more drones.
ADDED_LINE_RE = re.compile(r"\W{0,5}дополнительно(?![\w-])", re.IGNORECASE)
#: A sentence that names who told the sentence before it: "Над Курской областью сбиты шесть
#: беспилотников. Об этом сообщил губернатор ..." (the figures are the governor's, never the
#: next sentence's: ``pipeline._said_of_the_sentence_before``).
ABOUT_THIS_RE = re.compile(
    r"\s*об\s+этом\s+(?:[\w-]+\s+){0,5}?"
    r"(?:сообщ|заяв|рассказ|написа|информирова|доложи|отчита|говорит|уточни|пиш)\w*(?![\w-])"
)
#: "По его словам, над регионом сбиты 11": a sentence that opens by giving its figures to the one
#: the sentence before it named ("Губернатор ... привел другие данные. По его словам, ..."; "Как
#: она уточнила, ..."), in Russian.
HIS_WORDS_RE = re.compile(
    r"\s*(?:по\s+(?:его|ее|их)\s+(?:словам|данным|информации|подсчетам|сведениям)"
    r"|(?:как\s+)?(?:он|она|они)\s+(?:также\s+|позже\s+|затем\s+)?"
    r"(?:сообщил|написал|уточнил|рассказал|добавил|заявил|отметил|пояснил)\w*)(?![\w-])"
)
#: "put the figure for his region at 14", "put the number of drones downed at 14": the speaker's
#: own count of the drones just spoken of (read as one shot down: a count, and a sentence that
#: goes on with a report).
PUT_AT_RE = re.compile(
    r"(?<![\w-])(?:put|puts|putting|placed|places)\s+(?:the\s+|that\s+|its\s+|his\s+|her\s+)?"
    # "put the overnight figure at 52": a word or two may qualify the noun
    r"(?:[\w'’-]+\s+){0,2}?(?:number|figure|tally|total|count)\s+(?:[\w-]+\s+){0,6}?at\s+(?=\w)"
    # ("a corrected statement put it at 37": the figure told before, "it")
    r"|(?<![\w-])(?:put|puts|putting|placed|places)\s+it\s+at\s+(?=\w)"
    # "the governor gave a lower figure of 17 for his region": the same count, its figure after
    # "of"
    r"|(?<![\w-])(?:gave|gives|giving|cited|offered)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+)"
    r"(?:[\w'’-]+\s+){0,2}?(?:number|figure|tally|total|count)\s+of\s+(?=\w)"
    # "later correcting the figure to three", "revised the number to six", "before correcting it
    # to four": the figure set right (``CORRECTION``), the speaker's own count too
    rf"|{_SET_RIGHT_TO_EN}\s+(?=\w)"
)
PAST_PERIOD_RE = re.compile(PAST_PERIOD)
UNSAID_RE = alt(UNSAID)
NOT_DOWNED_RE = alt(NOT_DOWNED)
ATTACK_REPELLED_RE = alt(ATTACK_REPELLED)
#: A sentence that tells an exercise, whose debris and drones are a scenario: "На ТЭЦ провели
#: учения: расчёты отработали действия на случай падения обломков дрона", "условное
#: возгорание", "a drill simulating drone debris" (``segment.attacks_only``; the stems first, a
#: quick test before the sentences are looked for).
EXERCISE_STEMS = ("учени", "тренировк", "отраб", "условн", "drill", "exercise")
EXERCISE_SENTENCE_RE = re.compile(
    r"[^.!?\n]*(?<![\w-])(?:учени[еяйюхм]\w*|тренировк\w*|отраб(?:от|ат)\w*\s+(?:[\w-]+\s+){0,2}?действи\w*"
    r"|условн\w+\s+(?:пожар|возгорани|обломк|атак|беспилотник|бпла)\w*|drills?|exercises?)(?![\w-])[^.!?\n]*"
)
#: (keyed by hand in pairs: the drawn key "над" is in every ministry's list, a match holds the
#: country after it; "russia" is in "Russian air defences", a match holds "over" before it)
NATIONAL_RE: re.Pattern[str] = Paired(  # type: ignore[assignment]
    word_start(NATIONAL),
    {"над": ((), ("росси", "рф")), "регионами": ((), ("росси", "рф")), "russia": (("over",), ())},
)
#: A head of region named by his title alone: he speaks for the region in context ("Ukraine's
#: General Staff said it hit a radar in the Bryansk region. The regional governor said ...").
REGION_HEAD_RE = alt(
    r"regional\s+(?:governor|head)|region['’]?s\s+(?:governor|head)|governor\s+of\s+the\s+region"
    # ("советник главы республики": the republic's head by his title alone, as "глава региона")
    r"|(?:губернатор\w*|глав\w*|руководител\w*)\s+(?:региона|области|края|республики)(?![\w-])"
)
#: Regions in the plural: a figure of the sentence is spread over several ("43 drones were
#: destroyed over 8 regions", "над несколькими регионами", "в регионах России").
SEVERAL_REGIONS = r"regions|provinces|регион(?:ами|ах|ов)|област(?:ями|ях|ей)"
#: (keyed by hand on its plural forms whole: its drawn keys "регион", "област" were in every
#: ministry list's "области", which was then searched for plurals it did not hold)
SEVERAL_REGIONS_KEYS = (
    "regions", "provinces", "регионами", "регионах", "регионов", "областями", "областях",
    "областей",
)  # fmt: skip
SEVERAL_REGIONS_RE: re.Pattern[str] = Keyed(  # type: ignore[assignment]
    word_start(SEVERAL_REGIONS), SEVERAL_REGIONS_KEYS
)
NO_CASUALTIES_RE = alt(NO_CASUALTIES)
#: (keyed by hand on its Ukrainian words as written, "україні", "ппо", "повітрян", "ліквідува":
#: the keys drawn from letters Russian shares, "укра" of "по україні", had every Russian sentence
#: naming "украинских" drones searched for Ukraine's words; ``tests/parsing/test_literals.py``)
UA_SIDE_KEYS = ("повітрян", "україні", "ппо", "ліквідува", "air", "attacked", "launched")
UA_SIDE_RE: re.Pattern[str] = Keyed(word_start(UA_SIDE), UA_SIDE_KEYS)  # type: ignore[assignment]

# ---------------------------------------------------------------- news texts: not drones, Ukraine's side

#: Uncrewed boats, named with or without a drone noun: "три безэкипажных катера", "морской дрон",
#: "беспилотные катера", "sea drones", "unmanned surface vessels". A drone noun inside one of
#: these phrases is no aerial drone.
NAVAL = (
    r"(?:морск\w+|надводн\w+|безэкипажн\w+)\s+(?:\w+\s+)?(?:дрон\w*|беспилотн\w*|аппарат\w*|катер\w*|судн\w*)"
    # (a word between or none written as two branches, the word first as the optional one is
    # tried: each branch then holds "катер" as written, its key below)
    r"|беспилотн\w+\s+\w+\s+катер\w*|беспилотн\w+\s+катер\w*|катер\w*|бэк\b|"
    # (the noun of "unmanned (surface) boats/vessels" written in four branches, in the order the
    # engine tried them as one: each then holds "boat" or "vessel", its key below)
    r"(?:sea|naval|maritime|surface)\s+drones?|(?:unmanned|uncrewed|crewless)\s+\w+\s+boats?"
    r"|(?:unmanned|uncrewed|crewless)\s+\w+\s+vessels?|(?:unmanned|uncrewed|crewless)\s+boats?"
    r"|(?:unmanned|uncrewed|crewless)\s+vessels?|(?:unmanned|uncrewed)\s+(?:surface|sea|naval)\s+craft"
    r"|drone\s+boats?|usvs?\b"
)
#: Weapons that are not drones beside "ракет"/"missiles": rockets and shells ("шесть снарядов
#: РСЗО", "rockets"), guided bombs ("управляемые авиабомбы", "guided bombs"), named missiles.
NOT_DRONE_WEAPON = (
    rf"{MISSILE}|снаряд\w*|рсзо|авиабомб\w*|бомб(?:а|ы|у|ой|ами|ам|ах)?(?![\w-])|каб\b|himars|хаймарс\w*|atacms|storm\s+shadow|нептун\w*|"
    r"rockets?\b|shells?\b|(?:guided|glide|aerial)\s+bombs?|bombs?\b"
)
#: The day before the words as a tally's span: "за сутки", "за прошедшие сутки", "over the past
#: 24 hours", "in the last day" (``time.DAY_RE``; the ministry's daily summary of the war,
#: ``rules.front_tally``).
PAST_DAY = (
    r"за\s+(?:прошедшие\s+|последние\s+|минувшие\s+)?сутки"
    # (a headline leaves the article out: "... three HIMARS rockets in past day - MoD")
    r"|(?:over|in|during|for|within)\s+(?:the\s+past|the\s+last|the\s+previous|past|last|previous)"
    r"\s+(?:24\s+hours|day)"
)
#: The front's own words in the ministry's daily summary of the war, which a sentence telling
#: the past day opens with: "Over the past 24 hours, Battlegroup South units took more
#: advantageous lines and inflicted losses on three brigades", "За сутки подразделения
#: группировки войск «Север» нанесли поражение ...". After it, the summary's air defence line
#: ("Air defence means shot down three JDAM bombs, one HIMARS rocket and 67 drones") is the
#: front's too, its day left out (``rules.front_tally``; stop 47: the English summary under a
#: heading of no set form had given a report of 67 drones over Russia).
FRONT_DAY = (
    r"battle\s?group|group\s+of\s+(?:forces|troops)|inflicted\s+(?:\w+\s+)?losses"
    r"|lost\s+up\s+to|группировк\w+\s+войск|нанесл\w+\s+поражение|потерял\w*\s+до"
    r"|потери\s+(?:всу\s+|противника\s+)?составили"
)
FRONT_DAY_RE = re.compile(FRONT_DAY)
#: Ukraine's side told in Russian or English news: its air force ("Воздушные силы ВСУ"), its
#: military's statements ("the Ukrainian military said", "Kyiv says"), drones launched at
#: Ukraine ("launched 30 drones at Ukraine", "атаковал Украину", "launched overnight by
#: Russia"), drones that are Russia's.
UA_SIDE_NEWS = (
    r"воздушн\w+\s+сил(?:ы|ами|ам|ах)?(?![\w-])|"
    # ... but "Орск пытались атаковать украинские беспилотники": the drones are the subject
    r"(?:атаковал\w*|атакуют|атаковать)\s+украин(?!\w*\s+(?:беспилотн|бпла|дрон))\w*|"
    r"пво\s+украины|сил\w*\s+обороны\s+украины|"
    # "Киев: ВСУ за ночь сбили 60 из 83 дронов", "в Киеве заявили", "украинская ПВО"
    r"киев\s*:|(?:киев|украина)\s+(?:также\s+)?(?:заявил\w*|сообщил\w*)|в\s+киеве\s+(?:также\s+)?заявил\w*|"
    r"всу\s+(?:за\s+ночь\s+|ночью\s+)?(?:сбил\w*|уничтожил\w*|перехватил\w*)|украинск\w+\s+пво|генштаб\w*\s+всу|российск\w+\s+(?:ударн\w+\s+)?(?:беспилотник\w*|дрон\w*|бпла)|"
    r"(?:ukraine|kyiv|kiev)\s+(?:said|says|claims?|claimed|reported)|"
    r"(?:the\s+)?ukrainian\s+(?:military|army|armed\s+forces|general\s+staff|navy)\s+(?:said|says|reported|claimed)|"
    # ... and its navy or security service ("Ukraine's navy claimed it hit a landing ship")
    r"general\s+staff\s+of\s+ukraine|(?:ukraine|kyiv|kiev)'?s\s+(?:military|general\s+staff|armed\s+forces|navy|security\s+service)|"
    # (a headline tells it in the present: "Russia launches 87 drones at Ukraine overnight")
    r"(?:launch(?:es|ed)|fire[sd]|sends|sent)\s+(?:[\w-]+\s+){0,6}?(?:at|against|on|into)\s+(?:ukraine|the\s+country)\b|"
    r"(?:launched|fired|sent)\s+(?:[\w-]+\s+){0,3}?by\s+russia\b|"
    r"russia[n]?-launched|russian\s+(?:attack\s+|strike\s+|kamikaze\s+|shahed\s+)?(?:drones?|uavs?|shaheds?)\b|"
    # Russia's army striking (Ukraine's side of the war): "Российские войска нанесли удар по
    # Киеву", "российская армия атаковала ...", "Russian forces/troops attacked/struck ..."
    r"российск\w+\s+(?:войск\w*|арми\w*)\s+(?:\w+\s+){0,2}?(?:нанесл\w*|нанес|атаковал\w*|ударил\w*|обстрелял\w*)|"
    r"russian\s+(?:forces|troops|army)\s+(?:\w+\s+){0,2}?(?:attacked|struck|hit|shelled|pounded)\b"
)
#: A sentence that names Russia's side as its speaker ("Russia says", "Moscow also said",
#: "Russian officials said", "в Москве заявили") ends a paragraph of Ukraine's claims.
RU_SIDE_NEWS = (
    r"(?:russia|moscow|the\s+kremlin)\s+(?:also\s+)?(?:said|says|claims?|claimed|reported)|"
    # "It did not comment on Russian claims that 19 drones were intercepted over X": what the
    # claim says is Russia's words (``trap_rules._RUSSIAN_CLAIM``)
    r"(?:russian|russia['’]s|moscow['’]s)\s+(?:claims?|statements?|assertions?)\s+that|"
    r"russian\s+(?:officials|authorities|military|forces|air\s+defen[cs]es?)|"
    r"росси[яи]\s+(?:также\s+)?заявил\w*|в\s+москве\s+(?:также\s+)?заявил\w*|российск\w+\s+(?:военн\w+|власт\w+|пво|сил\w*)"
)

#: Ukraine's side as the speaker of a Russian sentence, by the grammar of who speaks: its
#: state, army or command in the nominative at the start of a clause before a verb of saying
#: ("В ВСУ заявили", "Киев отчитался о 61 сбитом", "Украинская сторона, в свою очередь,
#: утверждает"), in the locative after "в"/"на" ("сообщили в Генштабе ВСУ") or after the verb
#: ("отчитался Киев"), or in the genitive after "по данным" ("по данным украинской стороны").
#: A noun after a word is no speaker ("О новой атаке ВСУ сообщил мэр": the attack's).
_UA_WHO = (
    r"(?:официальн\w+\s+)?киев|украина|всу|зеленский|"
    r"украинск\w+\s+(?:сторон\w+|военн\w+|власт\w+|командовани\w+|генштаб\w*|минобороны|арми\w+)|"
    r"киевск\w+\s+(?:власт\w+|режим\w*)|(?:командовани\w+|генштаб\w*|штаб\w*)\s+всу|"
    r"(?:минобороны|министерств\w+\s+обороны|вмс|генштаб\w*)\s+украины"
)
_UA_WHERE = (
    r"киеве|всу|украине|(?:генштаб|штаб|командовани)\w*\s+всу|"
    r"(?:минобороны|министерств\w+\s+обороны|вмс|генштаб\w*)\s+украины|"
    r"украинск\w+\s+(?:командовани\w+|генштаб\w*|минобороны|штаб\w*)|киевск\w+\s+(?:власт\w+|режим\w*)"
)
_UA_WHOSE = (
    r"киева|всу|украины|украинск\w+\s+(?:сторон\w+|военн\w+|власт\w+|командовани\w+|генштаб\w*)|"
    r"киевск\w+\s+(?:власт\w+|режим\w*)|(?:генштаб|штаб|командовани)\w*\s+всу|"
    r"(?:минобороны|министерств\w+\s+обороны)\s+украины"
)
_SAYS = r"(?:заяв|сообщ|отчита|утвержда|рассказа|доложи|объяви|призна|уверя|информирова)\w*"
#: "..., в свою очередь, ..." between the speaker and the verb
_ASIDE = r"(?:\s*,\s*(?:в\s+свою\s+очередь|со\s+своей\s+стороны|напротив)\s*,\s*|\s+(?:же|также|тоже|в\s+свою\s+очередь|со\s+своей\s+стороны|затем|позднее|ранее|утром|ночью)\s+|\s+)"
#: A Russian sentence that names Ukraine's state or army as a speaker could: only such a
#: sentence is searched for :data:`UA_SPEAKER_RU_RE`. (Keyed by hand on whole forms: the keys
#: drawn from the speaker's grammar were its verbs of saying, in nearly every sentence of a
#: statement, "сообщили в Минобороны", and "украин" is in its every "украинских БПЛА".)
UA_NAMED_RU_KEYS = (
    "киев", "всу", "зеленск", "украина", "украины", "украине", "украинская", "украинские",
    "украинское", "украинский", "украинском", "украинской", "украинского",
)  # fmt: skip
UA_NAMED_RU_RE: re.Pattern[str] = Keyed(  # type: ignore[assignment]
    word_start(
        r"киев\w*|всу|зеленск\w*|"
        r"украин(?:а|ы|е|ская|ские|ское|ский|ском|ской|ского)(?![\w-])"
    ),
    UA_NAMED_RU_KEYS,
)
UA_SPEAKER_RU_RE = word_start(
    # the subject opens its clause: the sentence's start, a mark, or "а", "но", "тем временем"
    rf"(?:(?:а|но|однако|тем\s+временем|между\s+тем|при\s+этом|впрочем)\s+|(?<![\w-]\s))"
    rf"(?:{_UA_WHO}){_ASIDE}{_SAYS}|"
    rf"(?:во?|на)\s+(?:{_UA_WHERE}){_ASIDE}(?:\w+\s+)?{_SAYS}|"
    rf"{_SAYS}\s+(?:(?:во?|на)\s+(?:{_UA_WHERE})|(?:{_UA_WHO}))(?![\w-])|"
    rf"по\s+(?:данным|словам|информации|версии|утверждению|сведениям|заявлению)\s+(?:{_UA_WHOSE})(?![\w-])"
)

#: (its keys chosen by hand: the fewest that cover it held "беспилотн" and "drone", in nearly
#: every drone sentence, so each was searched and blanked for boats it could not name; "катер"
#: covers the Russian branch instead, "sea", "surface", "naval", "maritime", "boat" and "vessel"
#: the English ones: corpus-dev 1 % fewer instructions; ``tests/parsing/test_literals.py``)
#: (an uncrewed boat's branch by its noun, "boat" or "vessel", not by "unmanned": the wire
#: services' "unmanned aerial vehicles" had every English list searched for boats)
NAVAL_KEYS = (
    "морск", "надводн", "безэкипажн", "катер", "бэк", "sea", "surface", "naval", "maritime",
    "boat", "vessel", "usv",
)  # fmt: skip
NAVAL_RE: re.Pattern[str] = Keyed(word_start(NAVAL), NAVAL_KEYS)  # type: ignore[assignment]
NOT_DRONE_WEAPON_RE = alt(NOT_DRONE_WEAPON)
#: (keyed by hand in pairs: the drawn key "the" is in nearly every English sentence, and "past"
#: in "over the past night"; a match holds "за" before "сутки", "day" or "hours" after "past")
PAST_DAY_RE: re.Pattern[str] = Paired(  # type: ignore[assignment]
    word_start(PAST_DAY),
    {
        "сутки": (("за",), ()),
        "past": ((), ("day", "hours")),
        "last": ((), ("day", "hours")),
        "previous": ((), ("day", "hours")),
    },
)
#: The keys of ``UA_SIDE_NEWS``, each with the strings one of which a match holds before it and
#: those one of which it holds after it (chosen by hand: the keys drawn from the pattern,
#: "сбил", "russia", "украин", are in nearly every report; a match holds them in pairs, "всу
#: ... сбил", "украинская пво", "russian drones"). ``tests/parsing/test_literals.py``
#: (A pair is one test whichever of its two strings is the key: "b before k" holds exactly when
#: "k after b" does, the first b ending before the last k starts. So the Russian keys are the
#: rarer string of each pair, "всу" and "украины", not "сбил" and "обороны", which a ministry's
#: every sentence holds: "Минобороны", "сбили".)
UA_SIDE_NEWS_PAIRS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "воздушн": ((), ("сил",)),
    "атак": ((), ("украин",)),
    "пво": (("украинск",), ()),
    "украины": (("пво", "обороны"), ()),
    "киев": ((), (":", "заявил", "сообщил")),
    "украина": ((), ("заявил", "сообщил")),
    "всу": (("генштаб",), ("сбил", "уничтожил", "перехватил")),
    "российск": ((), ("беспилотник", "дрон", "бпла", "войск", "арми")),
    **{said: (("ukraine", "kyiv", "kiev"), ()) for said in ("said", "says", "claim", "reported")},
    **{
        body: (("ukrain", "kyiv", "kiev"), ("ukraine",) if body == "general" else ())
        for body in ("military", "general", "armed", "navy", "security", "army")
    },
    "ukraine": (("launch", "fire", "sent", "sends"), ()),
    "country": (("launch", "fire", "sent", "sends"), ()),
    "russia": (
        ("launched", "fired", "sent"),
        ("launched", "drone", "uav", "shahed", "forces", "troops", "army"),
    ),
    "launched": (("russia",), ()),
}
UA_SIDE_NEWS_RE: re.Pattern[str] = Paired(word_start(UA_SIDE_NEWS), UA_SIDE_NEWS_PAIRS)  # type: ignore[assignment]
RU_SIDE_NEWS_RE = alt(RU_SIDE_NEWS)

#: A settlement's kind word, by the start of its written form (lower case, "ё" as "е"; longer
#: starts first), -> the kind noun in the nominative the gazetteer reads as a settlement's
#: marker, and its gender, which a name inflected with it agrees with ("в хуторе Красном" is
#: the hamlet Красный). A name after one is a settlement's name, never a region's adjective:
#: "над посёлком Курским" is no Kursk Oblast, "в станице Воронежской" no Voronezh Oblast.
#: Kinds with no noun of their own (a quarter, a district's seat) are "населённый пункт",
#: whose name agrees with nothing.
SETTLEMENT_KINDS_RU: tuple[tuple[str, str, str | None], ...] = (
    ("город", "город", "masc"),  # "над городом Курчатовом"
    ("г.", "город", "masc"),  # "в г. Энске"
    ("пгт", "пгт", "masc"),  # "в пгт Энский"
    ("рабоч", "поселок", "masc"),  # "в рабочем посёлке Энском"
    ("поселени", "поселение", "neut"),  # "над поселением Энское"
    ("посел", "поселок", "masc"),  # "над посёлком Энским", "в поселках Энский и ..."
    ("пос.", "поселок", "masc"),  # "пос. Энский"
    ("п.", "поселок", "masc"),  # "п. Энский"
    ("селени", "населенный пункт", "neut"),  # "в селении Энское" (Dagestan's villages)
    ("сел", "село", "neut"),  # "над селом Энским", "у сёл Энское и Заречное"
    ("с.", "село", "neut"),  # "с. Энское"
    ("деревн", "деревня", "femn"),  # "у деревни Энской"
    ("д.", "деревня", "femn"),  # "д. Энская"
    ("хутор", "хутор", "masc"),  # "в хуторе Энском"
    ("х.", "хутор", "masc"),  # "х. Энский"
    ("станиц", "станица", "femn"),  # "в станице Энской"
    ("ст.", "станица", "femn"),  # "ст. Энская"
    ("микрорайон", "населенный пункт", None),  # "в микрорайоне Энский"
    ("мкр.", "населенный пункт", None),  # "мкр. Энский"
    ("райцентр", "населенный пункт", None),  # "над райцентром Энском"
    ("населенн", "населенный пункт", None),  # "над населёнными пунктами Энск и ..."
)
