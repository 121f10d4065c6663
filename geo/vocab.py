"""Name tables of the gazetteer: the words around place names and the names the pack lacks.

Vocabulary is data: every entry carries a comment with a phrase (written for this project in
the shape reports use) that needed it. Russian words are given in one form only (the
dictionary form); :mod:`geo.gazetteer_index` inflects them with pymorphy3 at build time, so
"области", "областью" and "обл." all come from "область" here.

The tables:

- unit words that mark what a name names (region, district, city or village, sea),
- context words dropped in front of a name ("над", "в", "over", "the"),
- abbreviations expanded before anything else,
- colloquial Russian names of regions, English variants of regions, names of seas.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- unit words
# A marker says which kind of place the name is: "region", "district", "city" (a town or a
# village, resolved to the district that contains it) or "sea". Multi-word markers are
# matched before single words, on lemmas, so "автономном округе" is a region marker even
# though "округе" alone marks a district. The second item is the subtype used to tell
# "Altai Krai" from "Altai Republic", the urban okrug Zhukovsky from the Zhukovsky raions, or
# "Беловский район" from the city okrug OpenStreetMap also calls "Беловский", when several match.

#: Russian marker phrases (lemmas, space-separated) -> (marker, subtype).
MARKERS_RU: dict[str, tuple[str, str]] = {
    "автономный округ": ("region", "ao"),  # "над Ханты-Мансийским автономным округом"
    "автономный область": ("region", "ao"),  # "в Еврейской автономной области"
    "народный республика": ("region", "republic"),  # "над Донецкой Народной Республикой"
    "область": ("region", "oblast"),  # "над территорией Брянской области"
    "край": ("region", "krai"),  # "в Краснодарском крае"
    "республика": ("region", "republic"),  # "над Республикой Татарстан"
    "регион": ("region", ""),  # "над Курским регионом"
    "субъект": ("region", ""),  # "в соседнем субъекте — Орловской"
    # "в Кировском муниципальном округе": what most raions became after 2020, so never the
    # town's urban okrug of the same adjective ("Пермский муниципальный округ", not Perm)
    "муниципальный округ": ("district", "municipal"),
    "муниципальный район": ("district", "raion"),  # "Бахчисарайский муниципальный район"
    "городской округ": ("district", "urban"),  # "в городском округе Жуковский" (not the raions)
    "административный округ": ("district", ""),  # "Новомосковский административный округ"
    "район": ("district", "raion"),  # "в Спас-Деменском районе" (not the town "Спас-Деменск")
    "округ": ("district", "municipal"),  # "в Жуковском и Кировском округах", "в Кунгурском округе"
    "улус": ("district", ""),  # "в Мегино-Кангаласском улусе" (Sakha)
    "кожуун": ("district", ""),  # "в Пий-Хемском кожууне" (Tuva)
    "город": ("city", ""),  # "в городе Обнинске", "г. Обнинск"
    "поселок": ("city", ""),  # "в посёлке Красная Яруга" (keys are read with ё as е)
    "село": ("city", ""),  # "в селе Журавлёвка"
    "деревня": ("city", ""),  # "в деревне Ивановка"
    "поселение": ("city", ""),  # "над поселением Вороновское" (Moscow's and others' settlements)
    "сельский поселение": ("city", ""),  # "в сельском поселении Ивановское"
    "городской поселение": ("city", ""),  # "в городском поселении Энское"
    "станица": ("city", ""),  # "в станице Полтавской"
    "хутор": ("city", ""),  # "на хуторе Гремучий"
    "пгт": ("city", ""),  # "пгт Глушково"
    "населенный пункт": ("city", ""),  # "над населённым пунктом Погар"
    "море": ("sea", ""),  # "над акваторией Черного моря"
    "акватория": ("sea", ""),  # "над акваторией Азовского моря"
    "залив": ("sea", ""),  # "над Финским заливом"
    "пролив": ("sea", ""),  # "над Керченским проливом"
}

#: English marker phrases (lower case, space-separated) -> (marker, subtype).
MARKERS_EN: dict[str, tuple[str, str]] = {
    "autonomous okrug": ("region", "ao"),  # "over the Khanty-Mansi Autonomous Okrug"
    "autonomous district": ("region", "ao"),  # "the Yamalo-Nenets Autonomous District"
    "autonomous area": ("region", "ao"),  # "Chukotka Autonomous Area"
    "autonomous oblast": ("region", "ao"),  # "the Jewish Autonomous Oblast"
    "autonomous region": ("region", "ao"),  # "Jewish Autonomous Region"
    "people republic": ("region", "republic"),  # "the Luhansk People's Republic" ("'s" dropped)
    "peoples republic": ("region", "republic"),  # "Donetsk Peoples Republic" (no apostrophe)
    "oblast": ("region", "oblast"),  # "over the Bryansk Oblast"
    "region": ("region", ""),  # "12 UAVs over the Bryansk Region"
    "regions": ("region", ""),  # "over the Bryansk and Kursk regions" (after splitting)
    "province": ("region", ""),  # "in Russia's Kursk province"
    "krai": ("region", "krai"),  # "Krasnodar Krai"
    "kray": ("region", "krai"),  # "Krasnodarskiy Kray"
    "territory": ("region", "krai"),  # "Krasnodar Territory"
    "republic": ("region", "republic"),  # "the Republic of Bashkortostan"
    "municipal district": ("district", ""),  # "the Kirovsky municipal district"
    "municipal okrug": ("district", "municipal"),  # "Kirovsky municipal okrug"
    "urban okrug": ("district", "urban"),  # "the Zhukovsky urban okrug"
    "urban district": ("district", "urban"),  # "Zhukovsky urban district"
    "city district": ("district", ""),  # "the Leninsky city district"
    "district": ("district", "raion"),  # "in the Spas-Demensky district" (a raion, mostly)
    "districts": ("district", ""),  # "in the Kirovsky and Tarussky districts" (after splitting)
    "raion": ("district", "raion"),  # "Pogarsky raion"
    "rayon": ("district", "raion"),  # "Pogarskiy rayon"
    "okrug": ("district", ""),  # "Zhukovsky okrug"
    "municipality": ("district", ""),  # "the Shebekino municipality"
    "city": ("city", ""),  # "the city of Obninsk"
    "town": ("city", ""),  # "the town of Pogar"
    "village": ("city", ""),  # "near the village of Tetkino"
    "settlement": ("city", ""),  # "the settlement of Glushkovo"
    "sea": ("sea", ""),  # "over the Black Sea", "the Sea of Azov"
    "waters": ("sea", ""),  # "over the waters of the Azov Sea"
    "gulf": ("sea", ""),  # "over the Gulf of Finland"
    "bay": ("sea", ""),  # "over Taganrog Bay"
    "strait": ("sea", ""),  # "over the Kerch Strait"
}

#: Settlement nouns (lemmas) that are a word of a name when they follow one: "Красное Село"
#: (a town of Petersburg's Красносельский район), "Царское Село" (Pushkin), never the marker of
#: a settlement called "Красное", which comes before its name ("в селе Красном").
SETTLEMENT_NOUNS_RU: frozenset[str] = frozenset(
    {"село", "поселок", "город", "деревня", "станица", "хутор"}
)

# --------------------------------------------------------------------------- context words
#: Russian words (lemmas) dropped at the start of a phrase: prepositions and "territory" nouns.
CONTEXT_RU: frozenset[str] = frozenset(
    {
        "над",  # "над Брянской областью"
        "в",  # "в Кировском районе"
        "во",  # "во Владимирской области"
        "на",  # "на Кубани"
        "по",  # "по Курской области"
        "под",  # "под Белгородом"
        "у",  # "у Погара"
        "около",  # "около Шебекино"
        "близ",  # "близ Елабуги"
        "возле",  # "возле Кириши"
        "из",  # "из Подмосковья"
        "территория",  # "над территорией Калужской области"
        "пределы",  # "в пределах Курской области"
        "предел",  # pymorphy's lemma of "пределах"
        "небо",  # "в небе над Брянском" -> "над Брянском" after the first word
        "мыс",  # "у мыса Фиолент": the cape by its name
    }
)

#: English words dropped at the start of a phrase, and "of"/"the" dropped anywhere.
CONTEXT_EN: frozenset[str] = frozenset(
    {
        "over",  # "over the Bryansk Region"
        "above",  # "above Moscow"
        "in",  # "in the Spas-Demensky district"
        "into",  # "flew into the Kursk region"
        "near",  # "near the village of Tetkino"
        "at",  # "at Kirishi"
        "on",  # "on the Crimean peninsula"
        "the",  # "the Black Sea"
        "of",  # "the Republic of Crimea"
        "airspace",  # "the airspace of the Belgorod region"
        "skies",  # "in the skies over Kaluga"
        "sky",  # "in the sky above Tula"
        "area",  # "the area of Shebekino"
        "cape",  # "near Cape Fiolent": the cape by its name, as "у мыса Фиолент"
        "russia",  # "Russia's Kursk region" ("'s" is dropped first)
        "russian",  # "the Russian Belgorod region"
        "western",  # "western Russia's Bryansk region"
        "southern",  # "southern Russia's Rostov region"
    }
)
#: English words dropped anywhere in a phrase ("Sea of Azov", "Republic of the Crimea").
STOPWORDS_EN: frozenset[str] = frozenset({"of", "the"})

# --------------------------------------------------------------------------- abbreviations
#: Regular expressions (applied to lower-cased text) and their expansions, in order.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"(?<!\w)р-н(?:а|е|у|ом|ы|ах|ов)?(?!\w)", " район "),  # "в Погарском р-не", "Погарский р-н"
    (r"(?<!\w)м\.\s*о\.", " муниципальный округ "),  # "Кировский м. о."
    (r"(?<!\w)г\.\s*о\.", " городской округ "),  # "г.о. Жуковский"
    (r"(?<!\w)обл(?:\.|(?!\w))", " область "),  # "Брянская обл."
    (r"(?<!\w)респ(?:\.|(?!\w))", " республика "),  # "Респ. Крым"
    (r"(?<!\w)гор\.", " город "),  # "гор. Курчатов"
    (r"(?<!\w)г\.", " город "),  # "г. Обнинск"
    (r"(?<!\w)пос\.", " поселок "),  # "пос. Глушково"
    (r"(?<!\w)п\.", " поселок "),  # "п. Красная Яруга"
    (r"(?<!\w)с\.", " село "),  # "с. Тёткино"
    (r"(?<!\w)д\.", " деревня "),  # "д. Ивановка"
    (r"(?<!\w)ст\.", " станица "),  # "ст. Полтавская"
    (r"(?<!\w)х\.", " хутор "),  # "х. Гремучий"
    (r"(?<!\w)obl\.", " oblast "),  # "Bryansk obl."
    (r"(?<!\w)dist\.", " district "),  # "Pogarsky dist."
    (r"(?<!\w)rep\.", " republic "),  # "Rep. of Tatarstan"
    (r"(?<!\w)st\.?(?=\s*-?\s*peter)", " saint "),  # "St. Petersburg", "St Petersburg"
    (r"(?<!\w)sankt(?=\s*-?\s*peter)", " saint "),  # "Sankt-Peterburg"
)

# --------------------------------------------------------------------------- regions
#: Colloquial and short Russian names of regions -> id. Inflected at build time.
COLLOQUIAL_RU: dict[str, str] = {
    "Брянщина": "RU-BRY",  # "над Брянщиной сбиты три беспилотника"
    "Подмосковье": "RU-MOS",  # "в Подмосковье уничтожены два БПЛА"
    "Кубань": "RU-KDA",  # "атака на Кубань"
    "Ленобласть": "RU-LEN",  # "в Ленобласти закрыт аэропорт"
    "Ставрополье": "RU-STA",  # "над Ставропольем"
    "Белгородчина": "RU-BEL",  # "на Белгородчине повреждены дома"
    "Белгородщина": "RU-BEL",  # the same with "щ", as some outlets spell it
    "Курщина": "RU-KRS",  # "над Курщиной"
    "Смоленщина": "RU-SMO",  # "на Смоленщине"
    "Прикамье": "RU-PER",  # "в Прикамье сбит БПЛА"
    "Башкирия": "RU-BA",  # "над Башкирией"
    "Калужчина": "RU-KLU",  # "на Калужчине"
    "Орловщина": "RU-ORL",  # "над Орловщиной"
    "Тамбовщина": "RU-TAM",  # "на Тамбовщине"
    "Рязанщина": "RU-RYA",  # "на Рязанщине"
    "Тульщина": "RU-TUL",  # "над Тульщиной"
    "Воронежчина": "RU-VOR",  # "на Воронежчине"
    "Липетчина": "RU-LIP",  # "на Липетчине"
    "Псковщина": "RU-PSK",  # "на Псковщине"
    "Новгородчина": "RU-NGR",  # "на Новгородчине"
    "Тверская земля": "RU-TVE",  # "на Тверской земле"
    "Ярославщина": "RU-YAR",  # "на Ярославщине"
    "Вологодчина": "RU-VLG",  # "на Вологодчине"
    "Нижегородчина": "RU-NIZ",  # "на Нижегородчине"
    "Саратовщина": "RU-SAR",  # "на Саратовщине"
    "Самарщина": "RU-SAM",  # "на Самарщине"
    "Пензенщина": "RU-PNZ",  # "на Пензенщине"
    "Ульяновщина": "RU-ULY",  # "на Ульяновщине"
    "Оренбуржье": "RU-ORE",  # "в Оренбуржье"
    "Ростовщина": "RU-ROS",  # "на Ростовщине"
    "Дон": "RU-ROS",  # "на Дону сбиты беспилотники" (Rostov Oblast)
    "Волгоградщина": "RU-VGG",  # "на Волгоградщине"
    "Астраханщина": "RU-AST",  # "на Астраханщине"
    "Приморье": "RU-PRI",  # "в Приморье"
    "Забайкалье": "RU-ZAB",  # "в Забайкалье"
    "Кузбасс": "RU-KEM",  # "в Кузбассе"
    "Югра": "RU-KHM",  # "в Югре"
    "ХМАО": "RU-KHM",  # "в ХМАО сбит беспилотник"
    "ЯНАО": "RU-YAN",  # "над ЯНАО"
    "ЕАО": "RU-YEV",  # "в ЕАО" ("НАО" is left out: in Moscow it is Новомосковский АО)
    "КБР": "RU-KB",  # "в КБР"
    "КЧР": "RU-KC",  # "в КЧР"
    "РСО-Алания": "RU-SE",  # "в РСО-Алания"
    "Чукотка": "RU-CHU",  # "на Чукотке"
    "Камчатка": "RU-KAM",  # "на Камчатке"
    "Сахалин": "RU-SAK",  # "на Сахалине"
    "Ямал": "RU-YAN",  # "на Ямале"
    "Якутия": "RU-SA",  # "в Якутии"
    "Чувашия": "RU-CU",  # "над Чувашией"
    "Удмуртия": "RU-UD",  # "над Удмуртией"
    "Мордовия": "RU-MO",  # "над Мордовией"
    "Адыгея": "RU-AD",  # "в Адыгее"
    "Калмыкия": "RU-KL",  # "в Калмыкии"
    "Чечня": "RU-CE",  # "в Чечне"
    "Ингушетия": "RU-IN",  # "в Ингушетии"
    "Северная Осетия": "RU-SE",  # "над Северной Осетией"
    "Осетия": "RU-SE",  # "в Осетии"
    "Кабардино-Балкария": "RU-KB",  # "в Кабардино-Балкарии"
    "Карачаево-Черкесия": "RU-KC",  # "в Карачаево-Черкесии"
    "Тува": "RU-TY",  # "в Туве"
    "Карелия": "RU-KR",  # "в Карелии"
    "Коми": "RU-KO",  # "в Коми"
    "Хакасия": "RU-KK",  # "в Хакасии"
    "Бурятия": "RU-BU",  # "в Бурятии"
    "Марий Эл": "RU-ME",  # "в Марий Эл"
    "Петербург": "RU-SPE",  # "над Петербургом"
    "Питер": "RU-SPE",  # "в Питере"
    "СПб": "RU-SPE",  # "в СПб"
    "Крым": "UA-43",  # "над Крымом" (Russian name of the occupied peninsula)
    "ДНР": "UA-14",  # "над ДНР"
    "ЛНР": "UA-09",  # "над ЛНР"
    "Донецкая область": "UA-14",  # "в Донецкой области" (the same unit)
    "Луганская область": "UA-09",  # "в Луганской области"
    "Запорожье": "UA-23",  # "в Запорожье" (the region as Russian reports write it)
    "Херсонщина": "UA-65",  # "на Херсонщине"
}
#: Nicknames of :data:`COLLOQUIAL_RU` that take "на" rather than "в", with their form after it
#: (the prepositional case): the parser reads "на" as a place preposition only before a
#: region's name that takes it ("на Москву" is a target). Every "-щина"/"-чина" nickname takes
#: "на" and ends in "-щине"/"-чине" there (:func:`geo.names.on_forms_ru`): only the others are
#: listed.
ON_FORMS_RU: dict[str, str] = {
    "Кубань": "Кубани",  # "на Кубани уничтожены семь беспилотников"
    "Ставрополье": "Ставрополье",  # "на Ставрополье сбиты три БПЛА"
    "Дон": "Дону",  # "на Дону сбиты пять беспилотников" (Rostov Oblast, the river's own "на")
    "Камчатка": "Камчатке",  # "на Камчатке сбит беспилотник"
    "Чукотка": "Чукотке",  # "на Чукотке"
    "Сахалин": "Сахалине",  # "на Сахалине сбит беспилотник"
    "Ямал": "Ямале",  # "на Ямале"
}

#: English names of regions beyond "<stem> Oblast/Krai/Republic" from the pack -> id.
ENGLISH_REGIONS: dict[str, str] = {
    "Bashkiria": "RU-BA",  # "a drone was shot down over Bashkiria"
    "Bashkortostan": "RU-BA",  # "the Republic of Bashkortostan"
    "Tatarstan": "RU-TA",  # "the Republic of Tatarstan"
    "Yakutia": "RU-SA",  # "in Yakutia"
    "Chuvashia": "RU-CU",  # "over Chuvashia"
    "Chuvash Republic": "RU-CU",  # "the Chuvash Republic"
    "Udmurtia": "RU-UD",  # "in Udmurtia"
    "Udmurt Republic": "RU-UD",  # "the Udmurt Republic"
    "Mordovia": "RU-MO",  # "the Republic of Mordovia"
    "Adygea": "RU-AD",  # "the Republic of Adygea"
    "Adygeya": "RU-AD",  # "Adygeya"
    "Kalmykia": "RU-KL",  # "Kalmykia"
    "Chechnya": "RU-CE",  # "in Chechnya"
    "Chechen Republic": "RU-CE",  # "the Chechen Republic"
    "Ingushetia": "RU-IN",  # "in Ingushetia"
    "North Ossetia": "RU-SE",  # "over North Ossetia"
    "North Ossetia-Alania": "RU-SE",  # "the Republic of North Ossetia-Alania"
    "Kabardino-Balkaria": "RU-KB",  # "in Kabardino-Balkaria"
    "Karachay-Cherkessia": "RU-KC",  # "Karachay-Cherkessia"
    "Dagestan": "RU-DA",  # "over Dagestan"
    "Tuva": "RU-TY",  # "Tuva"
    "Tyva": "RU-TY",  # "the Republic of Tyva"
    "Karelia": "RU-KR",  # "in Karelia"
    "Komi": "RU-KO",  # "the Komi Republic"
    "Khakassia": "RU-KK",  # "Khakassia"
    "Buryatia": "RU-BU",  # "Buryatia"
    "Mari El": "RU-ME",  # "the Mari El Republic"
    "Altai Republic": "RU-AL",  # "the Altai Republic" (not Altai Krai)
    "Oryol": "RU-ORL",  # "Oryol Region"
    "Orel": "RU-ORL",  # "the Orel region"
    "Orlovskaya": "RU-ORL",  # "Orlovskaya oblast"
    "Kuban": "RU-KDA",  # "drones attacked the Kuban"
    "Primorye": "RU-PRI",  # "in Primorye"
    "Primorsky": "RU-PRI",  # "Primorsky Krai"
    "Zabaykalsky": "RU-ZAB",  # "Zabaykalsky Krai"
    "Transbaikal": "RU-ZAB",  # "the Transbaikal Territory"
    "Khanty-Mansi": "RU-KHM",  # "Khanty-Mansi Autonomous Okrug"
    "Khanty-Mansiysk": "RU-KHM",  # "the Khanty-Mansiysk Autonomous Okrug"
    "Yugra": "RU-KHM",  # "in Yugra"
    "Yamalo-Nenets": "RU-YAN",  # "the Yamalo-Nenets Autonomous Okrug"
    "Yamal": "RU-YAN",  # "in Yamal"
    "Kuzbass": "RU-KEM",  # "in Kuzbass"
    "Moscow Oblast": "RU-MOS",  # "over the Moscow Oblast"
    "Moscow Region": "RU-MOS",  # "over the Moscow Region"
    "Moscow": "RU-MOW",  # "drones flying towards Moscow"
    "Saint Petersburg": "RU-SPE",  # "St. Petersburg"
    "Petersburg": "RU-SPE",  # "in Petersburg"
    "Leningrad Region": "RU-LEN",  # "the Leningrad Region"
    "Crimea": "UA-43",  # "over Crimea"
    "Republic of Crimea": "UA-43",  # "the Republic of Crimea"
    "Crimean Peninsula": "UA-43",  # "over the Crimean peninsula"
    "Sevastopol": "UA-40",  # "in Sevastopol"
    "Donetsk": "UA-14",  # "the Donetsk region"
    "DPR": "UA-14",  # "the DPR"
    "DNR": "UA-14",  # "the DNR"
    "Luhansk": "UA-09",  # "the Luhansk region"
    "Lugansk": "UA-09",  # "the Lugansk People's Republic"
    "LPR": "UA-09",  # "the LPR"
    "LNR": "UA-09",  # "the LNR"
    "Zaporizhzhia": "UA-23",  # "the Zaporizhzhia region"
    "Zaporozhye": "UA-23",  # "the Zaporozhye region"
    "Zaporizhia": "UA-23",  # "Zaporizhia Oblast"
    "Kherson": "UA-65",  # "the Kherson region"
}

# --------------------------------------------------------------------------- seas
#: Extra names of seas beyond the pack's ``name_ru``/``name_en`` -> id. Names here resolve
#: only with a sea word ("море", "sea", "waters") unless listed in ``BARE_SEAS``.
SEA_NAMES: dict[str, str] = {
    "Черное": "SEA-BLACK",  # "над акваторией Черного моря"
    "Азовское": "SEA-AZOV",  # "над Азовским морем"
    "Каспийское": "SEA-CASPIAN",  # "над акваторией Каспийского моря"
    "Балтийское": "SEA-BALTIC",  # "над Балтийским морем"
    "Финский залив": "SEA-BALTIC",  # "над Финским заливом" (part of the Baltic in the pack)
    "Black": "SEA-BLACK",  # "over the Black Sea"
    "Azov": "SEA-AZOV",  # "waters of the Azov Sea", "the Sea of Azov"
    "Caspian": "SEA-CASPIAN",  # "over the Caspian Sea"
    "Baltic": "SEA-BALTIC",  # "over the Baltic Sea"
    "Gulf of Finland": "SEA-BALTIC",  # "over the Gulf of Finland"
    "Finland": "SEA-BALTIC",  # "the Gulf of Finland" with "gulf" taken as the sea word
}

#: Gulfs and straits the pack draws no polygon for -> the sea whose polygon holds them. Read
#: at query time (no index rebuild), and only with a water word ("залив", "пролив", "bay",
#: "strait", "акватория"): "Таганрогский" alone is Taganrog's okrug. Natural Earth's Sea of
#: Azov takes in Taganrog Bay; its Black Sea reaches north through the Kerch Strait past
#: the narrows and the bridge (to about 45.38 N), so the strait is the Black Sea's.
WATERS_IN_SEAS: dict[str, str] = {
    "Таганрогский залив": "SEA-AZOV",  # "над Таганрогским заливом"
    "Керченский пролив": "SEA-BLACK",  # "над акваторией Керченского пролива"
    "Taganrog Bay": "SEA-AZOV",  # "over Taganrog Bay"
    "Gulf of Taganrog": "SEA-AZOV",  # "over the Gulf of Taganrog"
    "Kerch Strait": "SEA-BLACK",  # "over the Kerch Strait"
    "Strait of Kerch": "SEA-BLACK",  # "over the Strait of Kerch"
    # the Baltic polygon runs east through the gulf to Kronstadt (checked point by point)
    "Финский залив": "SEA-BALTIC",  # "над акваторией Финского залива"
    "Gulf of Finland": "SEA-BALTIC",  # "over the waters of the Gulf of Finland"
}

#: Sea names that resolve on their own, without a sea word: unambiguous nouns and
#: adjectives that name nothing on land.
BARE_SEAS: dict[str, str] = {
    "Каспий": "SEA-CASPIAN",  # "над Каспием"
    "Балтика": "SEA-BALTIC",  # "над Балтикой"
    "Caspian": "SEA-CASPIAN",  # "two over the Caspian"
    "Baltic": "SEA-BALTIC",  # "one over the Baltic"
}

# --------------------------------------------------------------------------- towns and cities
#: Names the pack lacks for a place, or lacks in the form reports use -> the place's id.
#: They match alone or with a town word ("город", "city"), never with a region word.
PLACE_NAMES: dict[str, str] = {
    # OpenStreetMap names the city okrug "Новгород": "над Нижним Новгородом сбиты два БПЛА"
    "Нижний Новгород": "RU-NIZ:novgorod",
    # the other "Новгород" okrug: "в Великом Новгороде объявлена тревога"
    "Великий Новгород": "RU-NGR:novgorod",
    # "Ростов" in Russian reports is Rostov-on-Don ("над Ростовом сбиты три беспилотника"),
    # not the region (written "Ростовская область"); with region="RU-YAR" it is still the
    # Yaroslavl town of Rostov
    "Ростов": "RU-ROS:rostov-na-donu",
    # Decision: "Донецк" alone is the occupied Ukrainian city (in UA-14), not the town of
    # Rostov Oblast. Drone reports name the occupied city far more often ("беспилотник
    # атаковал Донецк", "удар по Донецку"); the Rostov town (45,000 people) comes with its
    # region ("в Донецке Ростовской области", or a Rostov governor's post), and with
    # region="RU-ROS" as context it still resolves to the Rostov okrug.
    "Донецк": "UA-14:donetsk",
    # "Луганск" romanised is the English name of its region ("Lugansk"): the city, as Russian
    # reports mean it ("над Луганском уничтожен беспилотник")
    "Луганск": "UA-09:luhansk",
}


def _units(*names: str) -> tuple[str, ...]:
    """Return Saint Petersburg's municipal okrugs as the OSM file writes them ("муниципальный
    округ Коломна")."""
    return tuple(f"муниципальный округ {name}" for name in names)


#: A federal city's raions -> the municipal units the OSM files publish inside each, by
#: region: the files hold the units, while governors and the news name the raions
#: ("обломки упали в Нахимовском районе", "над Курортным районом Петербурга"). The build
#: unites each raion's units into one district, and a unit's own name ("в Качинском
#: муниципальном округе", "в Сестрорецке") is its raion's. Sevastopol's law on its division
#: (2014) puts its ten units in four raions; Saint Petersburg's law on its territorial
#: division (2005) puts its 111 in eighteen (the file lists them raion by raion).
CITY_RAIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "UA-40": {
        "Балаклавский район": (
            "Балаклавский муниципальный округ", "Орлиновский муниципальный округ",
            "Терновский муниципальный округ", "город Инкерман",
        ),
        "Гагаринский район": ("Гагаринский муниципальный округ",),
        "Ленинский район": ("Ленинский муниципальный округ",),
        "Нахимовский район": (
            "Нахимовский муниципальный округ", "Андреевский муниципальный округ",
            "Верхнесадовский муниципальный округ", "Качинский муниципальный округ",
        ),
    },
    "RU-SPE": {
        "Адмиралтейский район": _units(
            "Коломна", "Сенной округ", "Адмиралтейский округ", "Семеновский", "Измайловское",
            "Екатерингофский",
        ),
        "Василеостровский район": _units(
            "N 7", "Васильевский", "Гавань", "округ Морской", "Остров Декабристов"
        ),
        "Выборгский район": (
            "поселок Левашово", "поселок Парголово",
            *_units(
                "Сампсониевское", "Светлановское", "Сосновское", "N 15", "Парнас",
                "Шувалово-Озерки",
            ),
        ),
        "Калининский район": _units(
            "Гражданка", "Академическое", "Финляндский округ", "N 21", "Пискаревка", "Северный",
            "Прометей",
        ),
        "Кировский район": _units(
            "Княжево", "Ульянка", "Дачное", "Автово", "Нарвский округ", "Красненькая речка",
            "Морские ворота",
        ),
        "Колпинский район": (
            "город Колпино", "поселок Металлострой", "поселок Петро-Славянка",
            "поселок Понтонный", "поселок Саперный", "поселок Усть-Ижора",
        ),
        "Красногвардейский район": _units(
            "Полюстрово", "Большая Охта", "Малая Охта", "Пороховые", "Ржевка"
        ),
        "Красносельский район": (
            "город Красное Село",
            *_units(
                "Юго-Запад", "Южно-Приморский", "Сосновая поляна", "Урицк", "Константиновское",
                "Горелово",
            ),
        ),
        "Кронштадтский район": ("город Кронштадт",),
        "Курортный район": (
            "город Зеленогорск", "город Сестрорецк", "поселок Белоостров", "поселок Комарово",
            "поселок Молодежное", "поселок Песочный", "поселок Репино", "поселок Серово",
            "поселок Смолячково", "поселок Солнечное", "поселок Ушково",
        ),
        "Московский район": _units(
            "Московская застава", "Гагаринское", "Новоизмайловское", "Пулковский меридиан",
            "Звездное",
        ),
        "Невский район": _units(
            "Невская застава", "Ивановский", "Обуховский", "Рыбацкое", "Народный", "N 54",
            "Невский округ", "Оккервиль", "Правобережный",
        ),
        "Петроградский район": _units(
            "Введенский", "Кронверкское", "Посадский", "Аптекарский остров", "округ Петровский",
            "Чкаловское",
        ),
        "Петродворцовый район": ("город Ломоносов", "город Петергоф", "поселок Стрельна"),
        "Приморский район": (
            "поселок Лисий Нос",
            *_units(
                "Лахта-Ольгино", "N 65", "Черная речка", "Комендантский аэродром",
                "Озеро Долгое", "Юнтолово", "Коломяги",
            ),
        ),
        "Пушкинский район": (
            "город Павловск", "поселок Тярлево", "город Пушкин", "поселок Александровская",
            "поселок Шушары",
        ),
        "Фрунзенский район": _units(
            "Волковское", "N 72", "Купчино", "Георгиевский", "N 75", "Балканский"
        ),
        "Центральный район": _units(
            "Дворцовый округ", "N 78", "Литейный округ", "Смольнинское", "Лиговка-Ямская",
            "Владимирский округ",
        ),
    },
}  # fmt: skip


#: Russian names of places GeoNames lacks in Russian -> the unit containing them (a district,
#: or a town's point where the pack has no districts). Resolved like any town (score 0.8).
#: Small places drone reports name that GeoNames lacks, each checked to lie in its district's
#: polygon. A name several places share ("Покровское") never goes here: it needs
#: its district named beside it.
TOWNS_RU: dict[str, str] = {
    "Часцы": "RU-MOS:odintsovsky",  # a village west of Kubinka: "в районе Часцов"
    # Moscow's lands joined in 2012, its Novomoskovsky and Troitsky okrugs: "над Новой
    # Москвой сбит беспилотник"; two okrugs: the city
    "Новая Москва": "RU-MOW",
    # ... and its settlements (поселения) whose names no other place of the pack has, each in its
    # okrug: "над поселением Вороновское сбит беспилотник" (Воскресенское, Первомайское, Троицк,
    # Московский, Киевский and Сосенское, which reads as Kaluga's Сосенский, are names of other
    # places too: they need "Новая Москва" beside them)
    "Вороновское": "RU-MOW:troitsky",
    "Клёновское": "RU-MOW:troitsky",
    "Краснопахорское": "RU-MOW:troitsky",
    "Михайлово-Ярцевское": "RU-MOW:troitsky",
    "Новофёдоровское": "RU-MOW:troitsky",
    "Роговское": "RU-MOW:troitsky",
    "Щаповское": "RU-MOW:troitsky",
    "Десёновское": "RU-MOW:novomoskovsky",
    "Марушкинское": "RU-MOW:novomoskovsky",
    "Рязановское": "RU-MOW:novomoskovsky",
    "Филимонковское": "RU-MOW:novomoskovsky",
    "Казачья бухта": "UA-40:gagarinsky",  # a bay of Sevastopol: "над Казачьей бухтой"
    # the north of Sevastopol, inside the pack's Нахимовский округ (its polygon holds each)
    "Северная сторона": "UA-40:nakhimovsky",  # "два БПЛА сбиты над Северной стороной"
    "Любимовка": "UA-40:nakhimovsky",  # "в районе Любимовки"
    "Бельбек": "UA-40:nakhimovsky",  # the airfield and the village: "у Бельбека"
    "Учкуевка": "UA-40:nakhimovsky",  # the north side's beach quarter: "в районе Учкуевки"
    # the capes and the ancient city the governor names (GeoNames has no such places), each
    # point checked in its district's polygon: "у мыса Фиолент", "над Херсонесом"
    "Фиолент": "UA-40:balaklavsky",
    "Херсонес": "UA-40:gagarinsky",
    "Тарханкут": "UA-43:chernomorsky",  # Crimea's western cape: "у мыса Тарханкут"
    # Anapa's resort quarter on the dunes north of the town (44.96 N, 37.29 E, inside the
    # Anapa okrug's polygon), which GeoNames lacks: "ещё один сбит над Джемете"
    "Джемете": "RU-KDA:anapa",
    # Gelendzhik's quarter on the bay of that name, inside the Gelendzhik okrug's polygon, which
    # GeoNames lacks: "над Голубой бухтой сбит беспилотник"
    "Голубая бухта": "RU-KDA:gelendzhik",
    # a village beside Kstovo's refinery: "обломки упали в районе Ближнеконстантиново"
    "Ближнеконстантиново": "RU-NIZ:kstovsky",
    # Sochi's city districts (the pack has inner districts only for Moscow, Petersburg,
    # Sevastopol and Kazan): "мэр Сочи: над Адлерским районом сбиты два беспилотника"
    "Адлерский район": "RU-KDA:sochi",
    "Хостинский район": "RU-KDA:sochi",
    "Лазаревский район": "RU-KDA:sochi",
    # raions of the occupied oblasts whose seat gives no adjective (under 5,000 people, or a
    # name GeoNames spells otherwise): each the seat's point, as a raion there is (README,
    # "Places the sources lack"): "в Нижнесерогозском районе сбит беспилотник"
    "Нижнесерогозский район": "UA-65:nyzhni-sirohozy",  # Нижние Серогозы, 4,700 people
    "Высокопольский район": "UA-65:vysokopillya",  # Высокополье, 4,035
    "Великоновоселковский район": "UA-14:velyka-novosilka",  # "Велики Новоселка" in GeoNames
    "Тельмановский район": "UA-14:boykivske",  # Тельманово (Бойковское), 4,423
    "Станично-Луганский район": "UA-09:stanytsya-luhanska",  # Станица Луганская: a compound
    "Розовский район": "UA-23:rozivka-695304",  # Розовка, 3,140 (not the village of 630)
}
