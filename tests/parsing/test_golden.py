"""Golden reports written for this project in the real formats (FORMATS.md), grouped like the rules.

Each case compares the WHOLE list of Report objects, evidence spans included: a claim's span
is given as the quoted piece of the text it must cover exactly.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

import settings
from parsing import parse
from parsing.model import Casualties, Claim, Report, Window
from parsing.report_rules import REPORT_RULES
from parsing.rules import RULES, rule_name

MSK = settings.MSK
NONE = Casualties()
ZERO = Casualties(0, 0)

NAMES_RU = {
    "RU-BRY": "Брянская область", "RU-KRS": "Курская область", "RU-BEL": "Белгородская область",
    "RU-KLU": "Калужская область", "RU-ROS": "Ростовская область", "RU-VOR": "Воронежская область",
    "RU-MOS": "Московская область", "RU-MOW": "Москва", "RU-KDA": "Краснодарский край",
    "UA-43": "Республика Крым", "SEA-BLACK": "Черное море", "SEA-AZOV": "Азовское море",
    "RU-MOW+RU-MOS": "Московский регион", "SEA-AZOV+SEA-BLACK": "Азовское море + Черное море",
}  # fmt: skip
NAMES_EN = {
    "RU-BRY": "Bryansk Oblast", "RU-KRS": "Kursk Oblast", "RU-BEL": "Belgorod Oblast",
    "RU-KLU": "Kaluga Oblast", "RU-ROS": "Rostov Oblast", "RU-VOR": "Voronezh Oblast",
    "RU-MOS": "Moscow Oblast", "RU-MOW": "Moscow", "RU-TUL": "Tula Oblast", "RU-KDA": "Krasnodar Krai", "UA-43": "Crimea",
    "SEA-BLACK": "Black Sea", "SEA-AZOV": "Sea of Azov", "RU-MOW+RU-MOS": "Moscow Region",
    "SEA-AZOV+SEA-BLACK": "Sea of Azov + Black Sea",
}  # fmt: skip


def C(
    text: str,
    quote: str,
    area: str,
    count: int | None,
    rule: str,
    *,
    q: str = "exact",
    district: tuple[str, str] | None = None,
    nth: int = 0,
    en: bool = False,
) -> Claim:
    """A claim whose evidence is the ``nth`` occurrence of ``quote`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    names = NAMES_EN if en else NAMES_RU
    return Claim(
        area,
        names[area],
        count,
        q,
        (start, start + len(quote)),
        district[0] if district else None,
        district[1] if district else None,
        rule=rule,
    )


def W(d1: str, d2: str) -> Window:
    return Window(
        datetime.fromisoformat(d1).replace(tzinfo=MSK),
        datetime.fromisoformat(d2).replace(tzinfo=MSK),
    )


def R(
    text: str,
    reporter: str,
    claims: list[Claim],
    *,
    total: int | None = None,
    tq: str | None = "exact",
    night: date | None = None,
    window: Window | None = None,
    damage: str | None = None,
    casualties: Casualties = NONE,
    span: tuple[str, str] | None = None,
    country: str = "RU",
    period: str | None = None,
    day: Window | None = None,
) -> Report:
    ev = (0, len(text.rstrip()))
    if span:
        ev = (text.index(span[0]), text.index(span[1]) + len(span[1]))
    return Report(
        reporter,
        country,
        window,
        night,
        total,
        tq if total is not None else None,  # type: ignore[arg-type]
        tuple(claims),
        damage,
        casualties,
        ev,
        period=period,  # type: ignore[arg-type]
        day_span=day,
    )


P = date(2025, 6, 3)

# --- ministry statements, Russian --------------------------------------------------------------
T_MOD_NIGHT = (
    "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 12 украинских "
    "беспилотных летательных аппаратов самолетного типа: 7 – над территорией Брянской области, "
    "4 – над территорией Курской области и 1 – над акваторией Черного моря."
)
T_MOD_WINDOW = (
    "3 июня т.г. в период с 8.00 до 11.40 мск дежурными средствами ПВО перехвачены и уничтожены "
    "девять украинских БПЛА: шесть БПЛА – над территорией Калужской области, три БПЛА – над "
    "территорией Московского региона, из них два, летевших на Москву."
)
T_MOD_2026 = "В ночь на 5 марта над территориями Белгородской, Брянской и Курской областей уничтожены 40 БПЛА."
T_DISTRIB = (
    "За ночь средства ПВО сбили над Ростовской областью 14 беспилотников, 6 БПЛА – над акваториями "
    "Азовского и Черного морей, по два – над Курской и Белгородской областями."
)
T_TWICE = (
    "Дежурными средствами ПВО за ночь уничтожены шесть БПЛА: 3 – над территорией Брянской области, "
    "2 – над территорией Курской области и 1 – над территорией Брянской области."
)
TWICE = "RU-BRY is listed 2 times in one list (3 and 1)"
T_SUM = "Ночью над Брянской областью уничтожены пять и перехвачены три беспилотника."
T_ONE_2024 = "Над территорией Курской области уничтожен украинский БПЛА самолетного типа."
T_21 = "Над Ростовской областью за ночь уничтожен 21 беспилотник."
T_ATTEMPT = (
    "Пресечена попытка атаки с применением трех беспилотников по объектам в Брянской области. "
    "Все три беспилотника уничтожены дежурными средствами ПВО."
)
T_HOMOGLYPH = (
    "C 20.00 мск 2 июня до 7.00 мск 3 июня над Курской облаcтью уничтожены\u00a0семь БПЛА\ufe0f."
)
T_ELLIPTIC = "Как уточнили в Минобороны, 13 БПЛА сбили над Брянской областью, 8 БПЛА — над Курской, по одному — над Крымом и акваторией Азовского моря."

# --- governors, mayors -------------------------------------------------------------------------
T_GOV = (
    "Над Калужской областью за ночь уничтожено пять беспилотников, сообщил губернатор. Обломки упали "
    "в Кировском и Тарусском районах и городе Обнинске. Пострадавших нет."
)
T_GOV_AT_LEAST = "В ночь на 10 мая над Воронежской областью уничтожено более 20 беспилотников, сообщил губернатор."
T_BRYANSHCHINA = (
    "Ночью над Брянщиной уничтожили четыре беспилотника. В поселке Погар повреждены два автомобиля."
)
T_MAYOR = (
    "Собянин:\n01:10. Уничтожен беспилотник, летевший на Москву.\n02:25. ПВО Минобороны сбили два БПЛА, "
    "летевших на Москву.\nВсего за ночь на подлете к Москве уничтожены три беспилотника."
)
#: the mayor tells of one more in a later sentence: "сообщил ещё об одном", its drone understood
T_MAYOR_TELLS_OF_MORE = (
    "Собянин: средствами ПВО сбиты четыре беспилотника, летевших на Москву. "
    "Через час он написал ещё об одном, летевшем на столицу."
)
#: ... and of one more with no target of its own: more of the drones flying at Moscow
T_MAYOR_TELLS_OF_ONE_MORE = (
    "Собянин: на подлёте к Москве уничтожены два беспилотника. "
    "Под утро мэр сообщил ещё об одном сбитом дроне."
)
T_TWO_REPORTS = (
    "Над Курской областью сбиты два беспилотника, сообщил губернатор. По данным Минобороны, "
    "в ночь на 2 июня над Брянской областью были уничтожены 11 БПЛА."
)

# --- English -----------------------------------------------------------------------------------
T_EN_NIGHT = (
    '"Over the past night, on-duty air defense systems intercepted and destroyed 15 Ukrainian '
    "fixed-wing unmanned aerial vehicles: 9 UAVs over the Bryansk Region, four over the Kursk Region "
    'and two over the waters of the Azov Sea," the ministry said.'
)
T_EN_WINDOW = (
    "Between 8:00 p.m. Moscow time (5:00 p.m. GMT) on June 2 and 7:00 a.m. Moscow time, on-duty air "
    "defenses intercepted and destroyed six Ukrainian drones over the Belgorod Region."
)
T_EN_EACH = (
    "Air defenses destroyed 10 drones over the Rostov Region, four each over the Kursk and Belgorod "
    "regions, and 17 over the Black and Azov seas overnight, the Defense Ministry said."
)
T_EN_MOSCOW = (
    "The Defense Ministry said air defenses downed 12 drones overnight: nine over the Moscow Region, "
    "including three flying toward Moscow, and three over the Tula Region."
)
T_EN_A_DRONE = (
    "A Ukrainian drone was destroyed in the sky over the Kursk Region last night, the Defence "
    "Ministry reported."
)
T_EN_MORE = (
    "The governor said more than 20 drones were shot down over the Voronezh Region overnight."
)
T_EN_COMBINED = (
    "The ministry said air defences brought down 11 drones over the Kursk Region and "
    "five others over the Black Sea and the Republic of Crimea."
)

GOLDEN = [
    # ministry list, night, colon list with a total
    (
        "ru-mod-night",
        T_MOD_NIGHT,
        P,
        [
            R(
                T_MOD_NIGHT,
                "mod",
                [
                    C(
                        T_MOD_NIGHT,
                        "7 – над территорией Брянской области",
                        "RU-BRY",
                        7,
                        "count_over_place",
                    ),
                    C(
                        T_MOD_NIGHT,
                        "4 – над территорией Курской области",
                        "RU-KRS",
                        4,
                        "count_over_place",
                    ),
                    C(
                        T_MOD_NIGHT,
                        "1 – над акваторией Черного моря",
                        "SEA-BLACK",
                        1,
                        "count_over_place",
                    ),
                ],
                total=12,
                night=P,
            )
        ],
    ),
    # a window with a "т.г." date; words; the Moscow region; a subset is not an extra row
    (
        "ru-mod-window",
        T_MOD_WINDOW,
        P,
        [
            R(
                T_MOD_WINDOW,
                "mod",
                [
                    C(
                        T_MOD_WINDOW,
                        "шесть БПЛА – над территорией Калужской области",
                        "RU-KLU",
                        6,
                        "count_over_place",
                    ),
                    C(
                        T_MOD_WINDOW,
                        "три БПЛА – над территорией Московского региона",
                        "RU-MOW+RU-MOS",
                        3,
                        "count_over_place",
                    ),
                ],
                total=9,
                window=W("2025-06-03T08:00", "2025-06-03T11:40"),
            )
        ],
    ),
    # 2026: a total and a flat list of regions, never split
    (
        "ru-mod-2026",
        T_MOD_2026,
        P,
        [
            R(
                T_MOD_2026,
                "media",
                [
                    C(T_MOD_2026, "Белгородской", "RU-BEL", None, "list_without_counts"),
                    C(T_MOD_2026, "Брянской", "RU-BRY", None, "list_without_counts"),
                    C(T_MOD_2026, "Курской областей", "RU-KRS", None, "list_without_counts"),
                ],
                total=40,
                night=date(2025, 3, 5),
            )
        ],
    ),
    # distributive "по два" expanded, combined seas kept as one claim
    (
        "ru-distributive",
        T_DISTRIB,
        P,
        [
            R(
                T_DISTRIB,
                "media",
                [
                    C(T_DISTRIB, "Ростовской областью 14", "RU-ROS", 14, "count_over_place"),
                    C(
                        T_DISTRIB,
                        "6 БПЛА – над акваториями Азовского и Черного морей",
                        "SEA-AZOV+SEA-BLACK",
                        6,
                        "combined_area",
                    ),
                    C(T_DISTRIB, "два – над Курской", "RU-KRS", 2, "distributive"),
                    C(
                        T_DISTRIB,
                        "два – над Курской и Белгородской областями",
                        "RU-BEL",
                        2,
                        "distributive",
                    ),
                ],
                night=P,
            )
        ],
    ),
    # a region listed twice gives two claims as written
    (
        "ru-twice",
        T_TWICE,
        P,
        [
            R(
                T_TWICE,
                "mod",
                [
                    replace(
                        C(
                            T_TWICE,
                            "3 – над территорией Брянской области",
                            "RU-BRY",
                            3,
                            "count_over_place",
                        ),
                        doubt=TWICE,
                    ),
                    C(
                        T_TWICE,
                        "2 – над территорией Курской области",
                        "RU-KRS",
                        2,
                        "count_over_place",
                    ),
                    replace(
                        C(
                            T_TWICE,
                            "1 – над территорией Брянской области",
                            "RU-BRY",
                            1,
                            "count_over_place",
                        ),
                        doubt=TWICE,
                    ),
                ],
                total=6,
                night=P,
            )
        ],
    ),
    # "уничтожены пять и перехвачены три" = 8
    (
        "ru-sum",
        T_SUM,
        P,
        [
            R(
                T_SUM,
                "media",
                [
                    C(
                        T_SUM,
                        "Брянской областью уничтожены пять и перехвачены три",
                        "RU-BRY",
                        8,
                        "added_count",
                    ),
                ],
                total=8,
                night=P,
            )
        ],
    ),
    # 2024 singular: "уничтожен украинский БПЛА" = 1
    (
        "ru-singular",
        T_ONE_2024,
        P,
        [
            R(
                T_ONE_2024,
                "media",
                [
                    C(
                        T_ONE_2024,
                        "Курской области уничтожен украинский БПЛА",
                        "RU-KRS",
                        1,
                        "count_over_place",
                    ),
                ],
                total=1,
            )
        ],
    ),
    (
        "ru-21",
        T_21,
        P,
        [
            R(
                T_21,
                "media",
                [
                    C(
                        T_21,
                        "Ростовской областью за ночь уничтожен 21",
                        "RU-ROS",
                        21,
                        "count_over_place",
                    ),
                ],
                total=21,
                night=P,
            )
        ],
    ),
    # attempt preamble + "все беспилотники уничтожены"
    (
        "ru-attempt",
        T_ATTEMPT,
        P,
        [
            R(
                T_ATTEMPT,
                "mod",
                [
                    C(
                        T_ATTEMPT,
                        "трех беспилотников по объектам в Брянской области",
                        "RU-BRY",
                        3,
                        "all_destroyed",
                    ),
                ],
                total=3,
            )
        ],
    ),
    # Latin C, Latin c inside a word, nbsp and a variation selector
    (
        "ru-homoglyph",
        T_HOMOGLYPH,
        P,
        [
            R(
                T_HOMOGLYPH,
                "media",
                [
                    C(
                        T_HOMOGLYPH,
                        "Курской облаcтью уничтожены\u00a0семь",
                        "RU-KRS",
                        7,
                        "count_over_place",
                    ),
                ],
                total=7,
                window=W("2025-06-02T20:00", "2025-06-03T07:00"),
                night=P,
            )
        ],
    ),
    # elliptic regions ("над Курской") and "по одному" over a region and a sea
    (
        "ru-elliptic",
        T_ELLIPTIC,
        P,
        [
            R(
                T_ELLIPTIC,
                "mod",
                [
                    C(
                        T_ELLIPTIC,
                        "13 БПЛА сбили над Брянской областью",
                        "RU-BRY",
                        13,
                        "count_over_place",
                    ),
                    C(T_ELLIPTIC, "8 БПЛА — над Курской", "RU-KRS", 8, "count_over_place"),
                    C(T_ELLIPTIC, "одному — над Крымом", "UA-43", 1, "distributive"),
                    C(
                        T_ELLIPTIC,
                        "одному — над Крымом и акваторией Азовского моря",
                        "SEA-AZOV",
                        1,
                        "distributive",
                    ),
                ],
            )
        ],
    ),
    # governor: region count, districts and a city without counts, nobody hurt
    (
        "ru-governor",
        T_GOV,
        P,
        [
            R(
                T_GOV,
                "governor",
                [
                    C(
                        T_GOV,
                        "Калужской областью за ночь уничтожено пять",
                        "RU-KLU",
                        5,
                        "count_over_place",
                    ),
                    C(
                        T_GOV,
                        "Кировском",
                        "RU-KLU",
                        None,
                        "place_of_damage",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                    C(
                        T_GOV,
                        "Тарусском районах",
                        "RU-KLU",
                        None,
                        "place_of_damage",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                    C(
                        T_GOV,
                        "Обнинске",
                        "RU-KLU",
                        None,
                        "place_of_damage",
                        district=("RU-KLU:obninsk", "Обнинск"),
                    ),
                ],
                total=5,
                night=P,
                damage="Обломки упали в Кировском и Тарусском районах и городе Обнинске.",
                casualties=ZERO,
            )
        ],
    ),
    (
        "ru-at-least",
        T_GOV_AT_LEAST,
        P,
        [
            R(
                T_GOV_AT_LEAST,
                "governor",
                [
                    C(
                        T_GOV_AT_LEAST,
                        "Воронежской областью уничтожено более 20",
                        "RU-VOR",
                        20,
                        "count_over_place",
                        q="at_least",
                    ),
                ],
                total=20,
                tq="at_least",
                night=date(2025, 5, 10),
            )
        ],
    ),
    # "Брянщина"; a town resolved to its district
    (
        "ru-bryanshchina",
        T_BRYANSHCHINA,
        P,
        [
            R(
                T_BRYANSHCHINA,
                "media",
                [
                    C(
                        T_BRYANSHCHINA,
                        "Брянщиной уничтожили четыре",
                        "RU-BRY",
                        4,
                        "count_over_place",
                    ),
                    C(
                        T_BRYANSHCHINA,
                        "Погар",
                        "RU-BRY",
                        None,
                        "place_of_damage",
                        district=("RU-BRY:pogarsky", "Погарский район"),
                    ),
                ],
                total=4,
                night=P,
                damage="В поселке Погар повреждены два автомобиля.",
            )
        ],
    ),
    # the mayor's lines are counted once; the running total is the total, not a claim
    (
        "ru-mayor",
        T_MAYOR,
        P,
        [
            R(
                T_MAYOR,
                "mayor",
                [
                    C(
                        T_MAYOR,
                        "Уничтожен беспилотник, летевший на Москву",
                        "RU-MOW",
                        1,
                        "moscow_target",
                    ),
                    C(T_MAYOR, "два БПЛА, летевших на Москву", "RU-MOW", 2, "moscow_target"),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    (
        "ru-mayor-tells-of-more",
        T_MAYOR_TELLS_OF_MORE,
        P,
        [
            R(
                T_MAYOR_TELLS_OF_MORE,
                "mayor",
                [
                    C(
                        T_MAYOR_TELLS_OF_MORE,
                        "четыре беспилотника, летевших на Москву",
                        "RU-MOW",
                        4,
                        "moscow_target",
                    ),
                    C(
                        T_MAYOR_TELLS_OF_MORE,
                        "одном, летевшем на столицу",
                        "RU-MOW",
                        1,
                        "moscow_target",
                    ),
                ],
            )
        ],
    ),
    (
        "ru-mayor-tells-of-one-more",
        T_MAYOR_TELLS_OF_ONE_MORE,
        P,
        [
            R(
                T_MAYOR_TELLS_OF_ONE_MORE,
                "mayor",
                [
                    C(
                        T_MAYOR_TELLS_OF_ONE_MORE,
                        "на подлёте к Москве уничтожены два",
                        "RU-MOW",
                        2,
                        "moscow_target",
                    ),
                    C(T_MAYOR_TELLS_OF_ONE_MORE, "одном", "RU-MOW", 1, "moscow_target"),
                ],
            )
        ],
    ),
    # a governor's count and the ministry's figure for another night: two reports
    (
        "ru-two-reports",
        T_TWO_REPORTS,
        P,
        [
            R(
                T_TWO_REPORTS,
                "governor",
                [C(T_TWO_REPORTS, "Курской областью сбиты два", "RU-KRS", 2, "count_over_place")],
                total=2,
                span=("Над Курской", "губернатор."),
            ),
            R(
                T_TWO_REPORTS,
                "mod",
                [
                    C(
                        T_TWO_REPORTS,
                        "Брянской областью были уничтожены 11",
                        "RU-BRY",
                        11,
                        "count_over_place",
                    )
                ],
                total=11,
                night=date(2025, 6, 2),
                span=("По данным", "11 БПЛА."),
            ),
        ],
    ),
    # English ministry statement
    (
        "en-mod-night",
        T_EN_NIGHT,
        P,
        [
            R(
                T_EN_NIGHT,
                "mod",
                [
                    C(
                        T_EN_NIGHT,
                        "9 UAVs over the Bryansk Region",
                        "RU-BRY",
                        9,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_EN_NIGHT,
                        "four over the Kursk Region",
                        "RU-KRS",
                        4,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_EN_NIGHT,
                        "two over the waters of the Azov Sea",
                        "SEA-AZOV",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=15,
                night=P,
                span=('"Over', "said."),
            )
        ],
    ),
    (
        "en-window",
        T_EN_WINDOW,
        P,
        [
            R(
                T_EN_WINDOW,
                "media",
                [
                    C(
                        T_EN_WINDOW,
                        "six Ukrainian drones over the Belgorod Region",
                        "RU-BEL",
                        6,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=6,
                window=W("2025-06-02T20:00", "2025-06-03T07:00"),
                night=P,
            )
        ],
    ),
    (
        "en-each-combined",
        T_EN_EACH,
        P,
        [
            R(
                T_EN_EACH,
                "mod",
                [
                    C(
                        T_EN_EACH,
                        "10 drones over the Rostov Region",
                        "RU-ROS",
                        10,
                        "count_over_place",
                        en=True,
                    ),
                    C(T_EN_EACH, "four each over the Kursk", "RU-KRS", 4, "distributive", en=True),
                    C(
                        T_EN_EACH,
                        "four each over the Kursk and Belgorod regions",
                        "RU-BEL",
                        4,
                        "distributive",
                        en=True,
                    ),
                    C(
                        T_EN_EACH,
                        "17 over the Black and Azov seas",
                        "SEA-AZOV+SEA-BLACK",
                        17,
                        "combined_area",
                        en=True,
                    ),
                ],
                night=P,
            )
        ],
    ),
    (
        "en-moscow-subset",
        T_EN_MOSCOW,
        P,
        [
            R(
                T_EN_MOSCOW,
                "mod",
                [
                    C(
                        T_EN_MOSCOW,
                        "nine over the Moscow Region",
                        "RU-MOW+RU-MOS",
                        9,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_EN_MOSCOW,
                        "three over the Tula Region",
                        "RU-TUL",
                        3,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=12,
                night=P,
            )
        ],
    ),
    (
        "en-a-drone",
        T_EN_A_DRONE,
        P,
        [
            R(
                T_EN_A_DRONE,
                "mod",
                [
                    C(
                        T_EN_A_DRONE,
                        "A Ukrainian drone was destroyed in the sky over the Kursk Region",
                        "RU-KRS",
                        1,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=1,
                night=P,
            )
        ],
    ),
    (
        "en-more-than",
        T_EN_MORE,
        P,
        [
            R(
                T_EN_MORE,
                "governor",
                [
                    C(
                        T_EN_MORE,
                        "more than 20 drones were shot down over the Voronezh Region",
                        "RU-VOR",
                        20,
                        "count_over_place",
                        q="at_least",
                        en=True,
                    ),
                ],
                total=20,
                tq="at_least",
                night=P,
            )
        ],
    ),
    (
        "en-combined",
        T_EN_COMBINED,
        P,
        [
            R(
                T_EN_COMBINED,
                "mod",
                [
                    C(
                        T_EN_COMBINED,
                        "11 drones over the Kursk Region",
                        "RU-KRS",
                        11,
                        "count_over_place",
                        en=True,
                    ),
                    Claim(
                        "SEA-BLACK+UA-43",
                        "Black Sea + Crimea",
                        5,
                        "exact",
                        (T_EN_COMBINED.index("five others"), len(T_EN_COMBINED) - 1),
                        rule="combined_area",
                    ),
                ],
            )
        ],
    ),
]


NOT_INTERCEPTIONS = [
    (
        "ru-warning",
        "В Курской области объявлена угроза атаки БПЛА, жителей просят оставаться дома.",
    ),
    (
        "ru-airport",
        "Росавиация ввела временные ограничения в аэропорту Калуги на прием и выпуск самолетов.",
    ),
    ("ru-missiles", "Над Белгородской областью сбиты две ракеты."),
    ("ru-boats", "В акватории Черного моря уничтожены три безэкипажных катера."),
    ("ru-aerial-targets", "Над Ростовской областью сбиты четыре воздушные цели."),
    ("ru-svo-zone", "В зоне проведения СВО сбиты 12 беспилотников."),
    (
        "ru-footer",
        "Всего с начала проведения специальной военной операции уничтожено 50 тысяч беспилотников.",
    ),
    ("ru-putin", "Владимир Путин провел совещание о защите от беспилотников."),
    ("en-warning", "The mayor's office warned of 5 drones heading for Voronezh."),
    (
        "en-analysis",
        "Ukraine has struck nine refineries this year with drones, taking 11 per cent of capacity offline.",
    ),
    ("empty", ""),
]


T_UA_UK = "Сили ППО ліквідували 17 із 22 БпЛА, запущених по Україні."
T_UA_EN = "Ukraine's air force said it shot down 20 of 25 drones launched at Ukraine overnight."
#: drones "launched by Russia" are over Ukraine, whoever "the air force" is
T_UA_BY_RUSSIA = (
    "Meanwhile, the air force said it destroyed eight of nine drones launched overnight by Russia."
)


@pytest.mark.parametrize(
    ("text", "total"),
    [(T_UA_UK, 17), (T_UA_EN, 20), (T_UA_BY_RUSSIA, 8)],
    ids=["uk", "en", "en-launched-by-russia"],
)
def test_ukrainian_side_is_kept_apart(text: str, total: int) -> None:
    reports = parse(text, P)
    assert [(r.country, r.reporter, r.total, r.claims) for r in reports] == [
        ("UA", "other", total, ())
    ]


# --- more formats and traps from FORMATS.md ------------------------------------------------------
NAMES_RU["UA-23"] = "Запорожская область"
T_DEBRIS_LIST = "Ночью обломки сбитых беспилотников упали в Курской и Ростовской областях, сообщили в оперштабах."
T_DISTRICT_OF_REGION = "Над территорией Ступинского района Московской области уничтожены два беспилотника, летевших на Москву."
T_EN_KRASNODAR = "Overnight, on-duty air defenses destroyed 14 drones over the Krasnodar Region, the Defense Ministry said."
T_EN_MOSCOW_GOV = (
    "Two drones were downed over the Moscow Region last night, the regional governor said."
)
T_EN_SEVERAL = (
    "Air defenses shot down several drones over the Belgorod Region overnight, the governor said."
)
T_BULLETS = (
    "Дежурными средствами ПВО за ночь уничтожены 23 украинских БПЛА:\n▫️ 15 – над территорией Брянской "
    "области;\n▪️ 5 – над территорией Курской области;\n— 3 – над акваторией Азовского моря.\n"
    "Кроме того, сбиты две управляемые ракеты."
)
T_MORE_ELSEWHERE = (
    "Над Брянской областью уничтожены пять БПЛА и еще тринадцать перехвачено над Курской областью."
)
T_MORE_SAME = "Над Калужской областью уничтожены пять БПЛА и еще тринадцать перехвачено."
T_OCCUPIED = (
    "Ночью над территорией Запорожской области и Республики Крым уничтожены по три беспилотника."
)
T_DAMAGE = (
    "Над Белгородской областью сбиты два беспилотника, в Шебекинском округе повреждены три дома, "
    "ранены два человека."
)
T_VILLAGE = "A drone was downed close to a small village in the Shebekino district on Monday, the governor said."
T_SVO_MIXED = (
    "В зоне проведения СВО сбиты 30 БПЛА, а над территорией Курской области уничтожены еще 4."
)
T_EN_ABOUT = "Air defenses downed about 15 drones over the Rostov Region overnight."
T_TWO_WINDOWS = (
    "С 20.00 до 23.59 мск над территорией Брянской области уничтожены 6 БПЛА. С 23.59 до 7.00 мск "
    "над территорией Курской области уничтожены 4 БПЛА."
)
T_KILLED = "В результате атаки погиб один человек, еще трое ранены, сообщил губернатор. Над областью сбиты 10 беспилотников."
T_NIZHNY = "Над Нижним Новгородом уничтожены два беспилотника."
T_PUTIN = "Президент Владимир Путин заявил, что над Владимирской областью сбит беспилотник."
T_EN_INCLUDING = (
    "On May 12, the Ministry of Defense said 221 drones were shot down, including 85 in the Bryansk "
    "Region and 40 in the Smolensk Region."
)
NAMES_RU["RU-NIZ"] = "Нижегородская область"
NAMES_RU["RU-VLA"] = "Владимирская область"
NAMES_EN["RU-SMO"] = "Smolensk Oblast"
T_ANAPHOR = (
    "Губернатор Белгородской области сообщил, что ночью над регионом сбиты три беспилотника."
)
T_EN_ANAPHOR = (
    "Separately, the governor of the Belgorod Region said two drones were shot down over the region "
    "on Sunday, injuring one person."
)
T_FOREIGN = "Над Киевом сбиты 10 дронов, а над Курской областью – два, сообщили в Минобороны."
T_DAY_AND_WINDOWS = (
    "За сутки средства ПВО уничтожили 48 украинских беспилотников, сообщили в Минобороны России. "
    "С 8.00 до 14.00 мск над территорией Брянской области уничтожены 20 БПЛА. С 14.00 до 20.00 мск "
    "над территорией Курской области уничтожены 28 БПЛА."
)
T_2023 = (
    "Пресечена попытка киевского режима осуществить террористическую атаку с применением двух беспилотников "
    "на объекты на территории Московской области. Беспилотники уничтожены средствами ПВО."
)
T_NOUN_FIRST = "Украинский БПЛА самолетного типа уничтожен над территорией Белгородской области."
T_EN_DEBRIS = "The governor said debris from a downed drone damaged a house in the village of Nikolskoye in the Belgorod district."
T_QUALIFIED_LIST = "Порядка 30 БПЛА уничтожены над Воронежской областью; не менее 10 – над Курской."
T_HINT = "Drones hit buildings in Moscow last week. Overnight one drone was downed in Ramenskoye, the Defense Ministry said."
T_EN_LEDE_QUOTE = (
    'Russian air defenses destroyed 20 Ukrainian drones overnight, the Defense Ministry said. "Between '
    "11:00 p.m. Moscow time (8:00 p.m. GMT) on June 2 and 7:00 a.m. Moscow time, on-duty air defenses "
    'intercepted and destroyed 20 Ukrainian drones: 12 over the Bryansk Region and eight over the Kursk Region."'
)
SHEBEKINSKY = ("RU-BEL:shebekinsky", "Шебекинский городской округ")

GOLDEN_MORE = [
    # prepositional list "в Курской и Ростовской областях": regions named, no count
    (
        "ru-prepositional-list",
        T_DEBRIS_LIST,
        [
            R(
                T_DEBRIS_LIST,
                "governor",
                [
                    C(T_DEBRIS_LIST, "Курской", "RU-KRS", None, "place_without_count"),
                    C(T_DEBRIS_LIST, "Ростовской областях", "RU-ROS", None, "place_without_count"),
                ],
                night=P,
                damage=T_DEBRIS_LIST,
            )
        ],
    ),
    # a district naming its region gives the district and the oblast
    (
        "ru-district-of-region",
        T_DISTRICT_OF_REGION,
        [
            R(
                T_DISTRICT_OF_REGION,
                "media",
                [
                    C(
                        T_DISTRICT_OF_REGION,
                        "Ступинского района Московской области уничтожены два",
                        "RU-MOS",
                        2,
                        "count_over_place",
                        district=("RU-MOS:stupinsky", "Ступинский район"),
                    ),
                    C(
                        T_DISTRICT_OF_REGION,
                        "Ступинского района Московской области уничтожены два",
                        "RU-MOS",
                        2,
                        "region_from_district",
                    ),
                ],
                total=2,
            )
        ],
    ),
    # "Krasnodar Region" is Krasnodar Krai
    (
        "en-krasnodar-region",
        T_EN_KRASNODAR,
        [
            R(
                T_EN_KRASNODAR,
                "mod",
                [
                    C(
                        T_EN_KRASNODAR,
                        "14 drones over the Krasnodar Region",
                        "RU-KDA",
                        14,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=14,
                night=P,
            )
        ],
    ),
    # "Moscow Region" from a governor is the oblast, not the ministry's city-plus-oblast
    (
        "en-moscow-region-governor",
        T_EN_MOSCOW_GOV,
        [
            R(
                T_EN_MOSCOW_GOV,
                "governor",
                [
                    C(
                        T_EN_MOSCOW_GOV,
                        "Two drones were downed over the Moscow Region",
                        "RU-MOS",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=2,
                night=P,
            )
        ],
    ),
    # "several": a place without a number
    (
        "en-several",
        T_EN_SEVERAL,
        [
            R(
                T_EN_SEVERAL,
                "governor",
                [
                    C(
                        T_EN_SEVERAL,
                        "Belgorod Region",
                        "RU-BEL",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                ],
                night=P,
            )
        ],
    ),
    # 2025 bulleted list; the missile line after it is not a drone claim
    (
        "ru-bullets-and-missiles",
        T_BULLETS,
        [
            R(
                T_BULLETS,
                "mod",
                [
                    C(
                        T_BULLETS,
                        "15 – над территорией Брянской области",
                        "RU-BRY",
                        15,
                        "count_over_place",
                    ),
                    C(
                        T_BULLETS,
                        "5 – над территорией Курской области",
                        "RU-KRS",
                        5,
                        "count_over_place",
                    ),
                    C(
                        T_BULLETS,
                        "3 – над акваторией Азовского моря",
                        "SEA-AZOV",
                        3,
                        "count_over_place",
                    ),
                ],
                total=23,
                night=P,
            )
        ],
    ),
    (
        "ru-and-more-elsewhere",
        T_MORE_ELSEWHERE,
        [
            R(
                T_MORE_ELSEWHERE,
                "media",
                [
                    C(
                        T_MORE_ELSEWHERE,
                        "Брянской областью уничтожены пять",
                        "RU-BRY",
                        5,
                        "count_over_place",
                    ),
                    C(
                        T_MORE_ELSEWHERE,
                        "тринадцать перехвачено над Курской областью",
                        "RU-KRS",
                        13,
                        "count_over_place",
                    ),
                ],
            )
        ],
    ),
    # "и еще тринадцать перехвачено" adds to the same place
    (
        "ru-and-more-same",
        T_MORE_SAME,
        [
            R(
                T_MORE_SAME,
                "media",
                [
                    C(
                        T_MORE_SAME,
                        "Калужской областью уничтожены пять БПЛА и еще тринадцать",
                        "RU-KLU",
                        18,
                        "added_count",
                    ),
                ],
                total=18,
            )
        ],
    ),
    # occupied regions under their Russian names, distributive "по три"
    (
        "ru-occupied",
        T_OCCUPIED,
        [
            R(
                T_OCCUPIED,
                "media",
                [
                    C(
                        T_OCCUPIED,
                        "Запорожской области и Республики Крым уничтожены по три",
                        "UA-23",
                        3,
                        "distributive",
                    ),
                    C(T_OCCUPIED, "Республики Крым уничтожены по три", "UA-43", 3, "distributive"),
                ],
                night=P,
            )
        ],
    ),
    # damage in a district, people injured
    (
        "ru-damage-injured",
        T_DAMAGE,
        [
            R(
                T_DAMAGE,
                "media",
                [
                    C(T_DAMAGE, "Белгородской областью сбиты два", "RU-BEL", 2, "count_over_place"),
                    C(
                        T_DAMAGE,
                        "Шебекинском округе",
                        "RU-BEL",
                        None,
                        "place_without_count",
                        district=SHEBEKINSKY,
                    ),
                ],
                total=2,
                damage=T_DAMAGE,
                casualties=Casualties(None, 2),
            )
        ],
    ),
    # English "the X district" (a raion named after its town), "a drone" = 1, "on Monday"
    (
        "en-village-district",
        T_VILLAGE,
        [
            R(
                T_VILLAGE,
                "governor",
                [
                    Claim(
                        "RU-BEL",
                        "Belgorod Oblast",
                        1,
                        "exact",
                        (0, T_VILLAGE.index(" on Monday")),
                        SHEBEKINSKY[0],
                        "Shebekinsky District",
                        rule="count_over_place",
                    ),
                    Claim(
                        "RU-BEL",
                        "Belgorod Oblast",
                        1,
                        "exact",
                        (0, T_VILLAGE.index(" on Monday")),
                        rule="region_from_district",
                    ),
                ],
                total=1,
                day=W("2025-06-02T00:00", "2025-06-03T00:00"),
            )
        ],
    ),
    # shoot-downs "в зоне СВО" are not counted; the region row in the same sentence is
    (
        "ru-svo-and-region",
        T_SVO_MIXED,
        [
            R(
                T_SVO_MIXED,
                "media",
                [
                    C(
                        T_SVO_MIXED,
                        "Курской области уничтожены еще 4",
                        "RU-KRS",
                        4,
                        "count_over_place",
                    ),
                ],
                total=4,
            )
        ],
    ),
    (
        "en-about",
        T_EN_ABOUT,
        [
            R(
                T_EN_ABOUT,
                "media",
                [
                    C(
                        T_EN_ABOUT,
                        "about 15 drones over the Rostov Region",
                        "RU-ROS",
                        15,
                        "count_over_place",
                        q="approx",
                        en=True,
                    ),
                ],
                total=15,
                tq="approx",
                night=P,
            )
        ],
    ),
    # two windows: two reports; a window that crosses midnight ends on the publication day
    (
        "ru-two-windows",
        T_TWO_WINDOWS,
        [
            R(
                T_TWO_WINDOWS,
                "media",
                [
                    C(
                        T_TWO_WINDOWS,
                        "Брянской области уничтожены 6",
                        "RU-BRY",
                        6,
                        "count_over_place",
                    )
                ],
                total=6,
                window=W("2025-06-03T20:00", "2025-06-03T23:59"),
                span=("С 20.00", "6 БПЛА."),
            ),
            R(
                T_TWO_WINDOWS,
                "media",
                [C(T_TWO_WINDOWS, "Курской области уничтожены 4", "RU-KRS", 4, "count_over_place")],
                total=4,
                window=W("2025-06-02T23:59", "2025-06-03T07:00"),
                night=P,
                span=("С 23.59", "4 БПЛА."),
            ),
        ],
    ),
    # casualties with a collective numeral; "над областью" names no place: a total only
    # an adjective and a proper noun: a city, resolved to its district
    (
        "ru-adjective-city",
        T_NIZHNY,
        [
            R(
                T_NIZHNY,
                "media",
                [
                    C(
                        T_NIZHNY,
                        "Нижним Новгородом уничтожены два",
                        "RU-NIZ",
                        2,
                        "count_over_place",
                        district=("RU-NIZ:nizhny-novgorod", "Нижний Новгород"),
                    ),
                    C(
                        T_NIZHNY,
                        "Нижним Новгородом уничтожены два",
                        "RU-NIZ",
                        2,
                        "region_from_district",
                    ),
                ],
                total=2,
            )
        ],
    ),
    # a person's name is not a place: only the oblast after "над" counts
    (
        "ru-putin-not-vladimir",
        T_PUTIN,
        [
            R(
                T_PUTIN,
                "media",
                [
                    C(
                        T_PUTIN,
                        "Владимирской областью сбит беспилотник",
                        "RU-VLA",
                        1,
                        "count_over_place",
                    ),
                ],
                total=1,
            )
        ],
    ),
    # "including N in X" after a national total is the breakdown, each row a claim
    (
        "en-including-breakdown",
        T_EN_INCLUDING,
        [
            R(
                T_EN_INCLUDING,
                "mod",
                [
                    C(
                        T_EN_INCLUDING,
                        "85 in the Bryansk Region",
                        "RU-BRY",
                        85,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_EN_INCLUDING,
                        "40 in the Smolensk Region",
                        "RU-SMO",
                        40,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=221,
                day=W("2025-05-12T00:00", "2025-05-13T00:00"),
            )
        ],
    ),
    # "над регионом": the region the sentence's governor governs
    (
        "ru-anaphor",
        T_ANAPHOR,
        [
            R(
                T_ANAPHOR,
                "governor",
                [
                    C(T_ANAPHOR, "регионом сбиты три", "RU-BEL", 3, "count_over_place"),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    (
        "en-anaphor",
        T_EN_ANAPHOR,
        [
            R(
                T_EN_ANAPHOR,
                "governor",
                [
                    C(
                        T_EN_ANAPHOR,
                        "two drones were shot down over the region",
                        "RU-BEL",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=2,
                casualties=Casualties(None, 1),
                day=W("2025-06-01T00:00", "2025-06-02T00:00"),
            )
        ],
    ),
    # a city outside Russia in the same sentence: its figure is neither a claim nor a total
    (
        "ru-foreign-city",
        T_FOREIGN,
        [
            R(
                T_FOREIGN,
                "mod",
                [
                    C(T_FOREIGN, "Курской областью – два", "RU-KRS", 2, "count_over_place"),
                ],
                total=2,
            )
        ],
    ),
    # the day's sum and each window: three reports, one reporter
    (
        "ru-day-and-windows",
        T_DAY_AND_WINDOWS,
        [
            R(
                T_DAY_AND_WINDOWS,
                "mod",
                [
                    C(
                        T_DAY_AND_WINDOWS,
                        "Брянской области уничтожены 20",
                        "RU-BRY",
                        20,
                        "count_over_place",
                    )
                ],
                total=20,
                window=W("2025-06-03T08:00", "2025-06-03T14:00"),
                span=("С 8.00", "20 БПЛА."),
            ),
            R(
                T_DAY_AND_WINDOWS,
                "mod",
                [
                    C(
                        T_DAY_AND_WINDOWS,
                        "Курской области уничтожены 28",
                        "RU-KRS",
                        28,
                        "count_over_place",
                    )
                ],
                total=28,
                window=W("2025-06-03T14:00", "2025-06-03T20:00"),
                span=("С 14.00", "28 БПЛА."),
            ),
            # the day's whole of the two windows, told first, is one more report after them
            # (``retellings.recaps_after_their_parts``; docs/labels.md: the first window is the
            # main report)
            R(T_DAY_AND_WINDOWS, "mod", [], total=48, span=("За сутки", "России.")),
        ],
    ),
    # 2023 two-sentence statement: the preamble's number, destroyed without a number
    (
        "ru-2023-statement",
        T_2023,
        [
            R(
                T_2023,
                "mod",
                [
                    C(
                        T_2023,
                        "двух беспилотников на объекты на территории Московской области",
                        "RU-MOS",
                        2,
                        "all_destroyed",
                    ),
                ],
                total=2,
            )
        ],
    ),
    # 2024 noun-first singular
    (
        "ru-noun-first",
        T_NOUN_FIRST,
        [
            R(
                T_NOUN_FIRST,
                "media",
                [
                    C(T_NOUN_FIRST, T_NOUN_FIRST[:-1], "RU-BEL", 1, "count_over_place"),
                ],
                total=1,
            )
        ],
    ),
    # "debris from a downed drone" is damage, not a count
    (
        "en-debris-not-a-count",
        T_EN_DEBRIS,
        [
            R(
                T_EN_DEBRIS,
                "governor",
                [
                    Claim(
                        "RU-BEL",
                        "Belgorod Oblast",
                        None,
                        "exact",
                        (T_EN_DEBRIS.index("Belgorod district"), len(T_EN_DEBRIS) - 1),
                        "RU-BEL:belgorodsky",
                        "Belgorodsky District",
                        rule="place_without_count",
                    ),
                ],
                damage=T_EN_DEBRIS,
            )
        ],
    ),
    (
        "ru-qualified-list",
        T_QUALIFIED_LIST,
        [
            R(
                T_QUALIFIED_LIST,
                "media",
                [
                    C(
                        T_QUALIFIED_LIST,
                        "Порядка 30 БПЛА уничтожены над Воронежской областью",
                        "RU-VOR",
                        30,
                        "count_over_place",
                        q="approx",
                    ),
                    C(
                        T_QUALIFIED_LIST,
                        "не менее 10 – над Курской",
                        "RU-KRS",
                        10,
                        "count_over_place",
                        q="at_least",
                    ),
                ],
            )
        ],
    ),
    # the region in context (Moscow) is a hint, not a fence: a town elsewhere still resolves
    (
        "en-context-is-a-hint",
        T_HINT,
        [
            R(
                T_HINT,
                "mod",
                [
                    C(
                        T_HINT,
                        "one drone was downed in Ramenskoye",
                        "RU-MOS",
                        1,
                        "count_over_place",
                        en=True,
                        district=("RU-MOS:ramensky", "Ramensky"),
                    ),
                    C(
                        T_HINT,
                        "one drone was downed in Ramenskoye",
                        "RU-MOS",
                        1,
                        "region_from_district",
                        en=True,
                    ),
                ],
                total=1,
                night=P,
            )
        ],
    ),
    # "overnight" in the lede, the clock window in the quote: one report with the window
    (
        "en-lede-night-quote-window",
        T_EN_LEDE_QUOTE,
        [
            R(
                T_EN_LEDE_QUOTE,
                "mod",
                [
                    C(
                        T_EN_LEDE_QUOTE,
                        "12 over the Bryansk Region",
                        "RU-BRY",
                        12,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_EN_LEDE_QUOTE,
                        "eight over the Kursk Region",
                        "RU-KRS",
                        8,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=20,
                night=P,
                window=W("2025-06-02T23:00", "2025-06-03T07:00"),
            )
        ],
    ),
    (
        "ru-killed-injured",
        T_KILLED,
        [R(T_KILLED, "governor", [], total=10, casualties=Casualties(1, 3))],
    ),
]


NOT_INTERCEPTIONS_MORE = [
    ("ru-day-summary", "Главное за день: над регионами уничтожено 120 беспилотников."),
    (
        "ru-week-summary",
        "Итоги недели: за семь дней уничтожено 900 беспилотников над Брянской областью.",
    ),
    ("en-over-kyiv", "Over Kyiv, air defenses shot down 10 drones, the city administration said."),
    (
        "ru-regiment",
        "Владимир Путин обсудил с губернатором защиту от беспилотников. В Ленинградском полку прошли учения.",
    ),
    # a drone that fell on a place, no word of its downing: a hit (``hit_not_downed``)
    (
        "ru-drone-fell-on-a-depot",
        "Один беспилотник рухнул на территорию нефтебазы в Туле, горит резервуар.",
    ),
]


T_UA_LAUNCH_SITES = "Сили ППО ліквідували 7 із 8 БпЛА. Ворог запускав дрони з районів Курська та Приморсько-Ахтарська."
T_UA_EN_REGION = (
    "Ukraine's air force said its crews destroyed seven of eight Shahed drones sent overnight; they had "
    "been launched from near Primorsko-Akhtarsk in Russia and were destroyed over the Zaporizhzhia "
    "region."
)


@pytest.mark.parametrize(
    ("text", "night"),
    [(T_UA_LAUNCH_SITES, None), (T_UA_EN_REGION, P)],
    ids=["launch-sites", "region-after"],
)
def test_ukrainian_report_names_no_russian_claims(text: str, night: date | None) -> None:
    assert parse(text, P) == [
        Report("other", "UA", None, night, 7, "exact", (), None, NONE, (0, len(text)))
    ]


# --- fixes found on the sample data (texts written for these tests) -----------------------------
T_OWN_POST = (
    "Ночью над Брянской областью средствами ПВО сбиты четыре беспилотника. Пострадавших нет."
)
T_REGION_THEN_DISTRICTS = (
    "За ночь над Калужской областью сбиты 3 БПЛА — в Кировском и Тарусском районах."
)
T_EN_DATED_NIGHT = (
    "On June 1, the Defense Ministry said it had destroyed 60 drones in a single night, including "
    "12 over the Kursk Region."
)
T_EN_OVERNIGHT_ON = "Air defences downed seven drones over the Belgorod Region overnight on Sept. 2, the governor said."
T_EN_HEADLINE_DAY = (
    "Six drones downed on Monday evening, ministry says\n"
    "Between 8:00 p.m. and 11:00 p.m. Moscow time on June 2, air defenses destroyed six drones over "
    "the Kursk Region, the ministry said."
)
T_RANGE_RU = "Ночью над Курской областью уничтожены 10-15 БПЛА, сообщил губернатор."
T_RANGE_EN = (
    "Overnight, from 10 to 15 drones were destroyed above the Rostov Region, the governor said."
)

T_EN_FRONTED = "In Belgorod, two drones were shot down overnight, the governor said."
T_EN_ACCOUNTED = (
    "Russia said it downed 30 drones overnight. The Bryansk region accounted for 12 of them."
)
T_RU_FRONTED = "Над Курской областью, по словам губернатора, ночью сбиты три БПЛА."
T_RU_APPOSED = "Уничтожены два беспилотника, над Тарусским районом."
T_EN_ELIDED_SHARES = (
    "Russia said it downed 30 drones overnight. The Bryansk region accounted for 12 of them "
    "and the Kursk region for nine."
)
T_EN_SHARE_SUBJECT = "Russia said it downed 30 drones overnight. Kursk saw 18 of them, Bryansk 12."
T_RU_FELL_TO = "Из 20 сбитых за ночь дронов 11 пришлось на Брянскую область, девять — на Курскую."
T_EN_TALLY = (
    "Russia's defence ministry said it destroyed 21 Ukrainian drones overnight. "
    "The tally: Bryansk 9, Kursk 7 and Belgorod 5."
)
T_EN_EACH_SUBJECT = (
    "The governors of the Kursk and Belgorod regions each reported three drones shot down "
    "overnight."
)
T_EN_UNVERIFIED = (
    "A social media post claimed that 40 drones were shot down over the Kursk region overnight."
)
T_RU_RUMOUR = "В пабликах распространяют слухи о 12 беспилотниках, сбитых над Курском. Это фейк."
T_EN_SET_ASIDE = (
    "The Tula governor dismissed rumours that 45 drones were downed over the region and said "
    "three drones were destroyed overnight."
)
T_EN_WHOLE_AFTER = (
    "Air defences downed 23 drones over the Kursk region, out of 31 in total, the ministry said."
)
T_EN_OF_THOSE = (
    "Air defence units destroyed 19 drones overnight. Eight of those fell over the Kursk region."
)
T_EN_THERE = (
    "The Kursk region remains a frequent target: 13 drones were intercepted there overnight."
)
T_EN_FELL = "Air defence units destroyed 19 drones overnight. Five fell over the Kursk region."
T_EN_FRACTION = (
    "Air defence units downed 18 drones overnight, a third of them over the Kursk region."
)
T_EN_SPLIT = (
    "The ministry said 12 drones were destroyed, split evenly between the Tula and Kaluga regions."
)

GOLDEN_SAMPLES = [
    # a place phrase alone after the comma is the place of the figure before it
    (
        "ru-apposed-place",
        T_RU_APPOSED,
        [
            R(
                T_RU_APPOSED,
                "media",
                [
                    C(
                        T_RU_APPOSED,
                        "два беспилотника, над Тарусским районом",
                        "RU-KLU",
                        2,
                        "count_over_place",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                    C(
                        T_RU_APPOSED,
                        "два беспилотника, над Тарусским районом",
                        "RU-KLU",
                        2,
                        "region_from_district",
                    ),
                ],
                total=2,
            )
        ],
    ),
    # a fronted place before a comma takes the count of the clause after it
    (
        "en-fronted-place",
        T_EN_FRONTED,
        [
            R(
                T_EN_FRONTED,
                "governor",
                [
                    C(T_EN_FRONTED, "Belgorod, two", "RU-BEL", 2, "count_over_place", en=True),
                ],
                total=2,
                night=P,
            )
        ],
    ),
    # a region as the subject of "accounted for" has its share; the count before is the total
    (
        "en-region-accounted-for",
        T_EN_ACCOUNTED,
        [
            R(
                T_EN_ACCOUNTED,
                "mod",
                [
                    C(
                        T_EN_ACCOUNTED,
                        "Bryansk region accounted for 12",
                        "RU-BRY",
                        12,
                        "accounted_for",
                        en=True,
                    ),
                ],
                total=30,
                night=P,
            )
        ],
    ),
    # the rows after "accounted for" share its verb
    (
        "en-elided-accounted-for",
        T_EN_ELIDED_SHARES,
        [
            R(
                T_EN_ELIDED_SHARES,
                "mod",
                [
                    C(
                        T_EN_ELIDED_SHARES,
                        "Bryansk region accounted for 12",
                        "RU-BRY",
                        12,
                        "accounted_for",
                        en=True,
                    ),
                    C(
                        T_EN_ELIDED_SHARES,
                        "Kursk region for nine",
                        "RU-KRS",
                        9,
                        "accounted_for",
                        en=True,
                    ),
                ],
                total=30,
                night=P,
            )
        ],
    ),
    # a region named alone, the subject of a verb of share; the next row elides the verb
    (
        "en-share-subject",
        T_EN_SHARE_SUBJECT,
        [
            R(
                T_EN_SHARE_SUBJECT,
                "mod",
                [
                    C(
                        T_EN_SHARE_SUBJECT,
                        "Kursk saw 18 of them",
                        "RU-KRS",
                        18,
                        "accounted_for",
                        en=True,
                    ),
                    C(T_EN_SHARE_SUBJECT, "Bryansk 12", "RU-BRY", 12, "accounted_for", en=True),
                ],
                total=30,
                night=P,
            )
        ],
    ),
    # "пришлось на" gives a region its share, the rows after it a dash for the verb
    (
        "ru-fell-to",
        T_RU_FELL_TO,
        [
            R(
                T_RU_FELL_TO,
                "media",
                [
                    C(
                        T_RU_FELL_TO,
                        "11 пришлось на Брянскую область",
                        "RU-BRY",
                        11,
                        "accounted_for",
                    ),
                    C(T_RU_FELL_TO, "девять — на Курскую", "RU-KRS", 9, "accounted_for"),
                ],
                total=20,
                night=P,
            )
        ],
    ),
    # a tally with no verb after a sentence that downed drones: each row its region's figure
    (
        "en-verbless-tally",
        T_EN_TALLY,
        [
            R(
                T_EN_TALLY,
                "mod",
                [
                    C(T_EN_TALLY, "Bryansk 9", "RU-BRY", 9, "tally_row", en=True),
                    C(T_EN_TALLY, "Kursk 7", "RU-KRS", 7, "tally_row", en=True),
                    C(T_EN_TALLY, "Belgorod 5", "RU-BEL", 5, "tally_row", en=True),
                ],
                total=21,
                night=P,
            )
        ],
    ),
    # a figure an unverified post tells is no one's report
    ("en-unverified-post", T_EN_UNVERIFIED, []),
    # a figure a rumour tells is no one's report (an official's post denying it)
    ("ru-rumour", T_RU_RUMOUR, []),
    # a figure the speaker dismisses is no one's report; the speaker's own figure is
    (
        "en-claim-set-aside",
        T_EN_SET_ASIDE,
        [
            R(
                T_EN_SET_ASIDE,
                "governor",
                [C(T_EN_SET_ASIDE, "three", "RU-TUL", 3, "one_region_total", en=True)],
                total=3,
                night=P,
            )
        ],
    ),
    # regions listed as the subject of one verb, "each": every one has the figure
    (
        "en-each-subject",
        T_EN_EACH_SUBJECT,
        [
            R(
                T_EN_EACH_SUBJECT,
                "governor",
                [
                    C(
                        T_EN_EACH_SUBJECT,
                        "Kursk and Belgorod regions each reported three drones shot down",
                        area,
                        3,
                        "distributive",
                        en=True,
                    )
                    for area in ("RU-KRS", "RU-BEL")
                ],
                night=P,
            )
        ],
    ),
    # "out of N in total" after a place's figure: N is the report's total, not a part's whole
    (
        "en-whole-after-a-part",
        T_EN_WHOLE_AFTER,
        [
            R(
                T_EN_WHOLE_AFTER,
                "mod",
                [
                    C(
                        T_EN_WHOLE_AFTER,
                        "23 drones over the Kursk region",
                        "RU-KRS",
                        23,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=31,
            )
        ],
    ),
    # "of those" stands for the drones just counted, as "of them" does: the place's part
    (
        "en-part-of-those",
        T_EN_OF_THOSE,
        [
            R(
                T_EN_OF_THOSE,
                "media",
                [
                    C(
                        T_EN_OF_THOSE,
                        "Eight of those fell over the Kursk region",
                        "RU-KRS",
                        8,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=19,
                night=P,
            )
        ],
    ),
    # a bare figure that "fell" over a place after drones were counted: the place's part
    (
        "en-bare-figure-fell",
        T_EN_FELL,
        [
            R(
                T_EN_FELL,
                "media",
                [
                    C(
                        T_EN_FELL,
                        "Five fell over the Kursk region",
                        "RU-KRS",
                        5,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=19,
                night=P,
            )
        ],
    ),
    # "there" after the verb is the region in context, as "over the region" is
    (
        "en-there",
        T_EN_THERE,
        [
            R(
                T_EN_THERE,
                "media",
                [
                    C(
                        T_EN_THERE,
                        "13 drones were intercepted there",
                        "RU-KRS",
                        13,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=13,
                night=P,
            )
        ],
    ),
    # a fraction of a count said of a place, a whole number: the place's figure
    (
        "en-fraction-of-a-count",
        T_EN_FRACTION,
        [
            R(
                T_EN_FRACTION,
                "media",
                [C(T_EN_FRACTION, "Kursk region", "RU-KRS", 6, "fraction_of_count", en=True)],
                total=18,
                night=P,
            )
        ],
    ),
    # a count split evenly between places: each its part
    (
        "en-split-evenly",
        T_EN_SPLIT,
        [
            R(
                T_EN_SPLIT,
                "mod",
                [
                    C(T_EN_SPLIT, "Tula", "RU-TUL", 6, "fraction_of_count", en=True),
                    C(T_EN_SPLIT, "Kaluga regions", "RU-KLU", 6, "fraction_of_count", en=True),
                ],
                total=12,
            )
        ],
    ),
    (
        "ru-fronted-place",
        T_RU_FRONTED,
        [
            R(
                T_RU_FRONTED,
                "governor",
                [
                    C(
                        T_RU_FRONTED,
                        "Курской областью, по словам губернатора, ночью сбиты три",
                        "RU-KRS",
                        3,
                        "count_over_place",
                    ),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    # a region's figure with the districts where debris fell: the count is the region's
    (
        "ru-region-count-then-districts",
        T_REGION_THEN_DISTRICTS,
        [
            R(
                T_REGION_THEN_DISTRICTS,
                "media",
                [
                    C(
                        T_REGION_THEN_DISTRICTS,
                        "Калужской областью сбиты 3",
                        "RU-KLU",
                        3,
                        "count_over_place",
                    ),
                    C(
                        T_REGION_THEN_DISTRICTS,
                        "Кировском",
                        "RU-KLU",
                        None,
                        "place_without_count",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                    C(
                        T_REGION_THEN_DISTRICTS,
                        "Тарусском районах",
                        "RU-KLU",
                        None,
                        "place_without_count",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    # "On June 1 ... in a single night": the ministry's night of 1 June, not the publication day
    (
        "en-dated-single-night",
        T_EN_DATED_NIGHT,
        [
            R(
                T_EN_DATED_NIGHT,
                "mod",
                [
                    C(
                        T_EN_DATED_NIGHT,
                        "12 over the Kursk Region",
                        "RU-KRS",
                        12,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=60,
                night=date(2025, 6, 1),
            )
        ],
    ),
    # "overnight on Sept. 2": the night that ended on 2 September (a year before publication)
    (
        "en-overnight-on-date",
        T_EN_OVERNIGHT_ON,
        [
            R(
                T_EN_OVERNIGHT_ON,
                "governor",
                [
                    C(
                        T_EN_OVERNIGHT_ON,
                        "seven drones over the Belgorod Region",
                        "RU-BEL",
                        7,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=7,
                night=date(2024, 9, 2),
            )
        ],
    ),
    # the headline's day holds the statement's window of that day: one report, not two
    (
        "en-headline-day-and-window",
        T_EN_HEADLINE_DAY,
        [
            R(
                T_EN_HEADLINE_DAY,
                "mod",
                [
                    C(
                        T_EN_HEADLINE_DAY,
                        "six drones over the Kursk Region",
                        "RU-KRS",
                        6,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=6,
                window=W("2025-06-02T20:00", "2025-06-02T23:00"),
            )
        ],
    ),
    # a range is its lower bound, approximate
    (
        "ru-range",
        T_RANGE_RU,
        [
            R(
                T_RANGE_RU,
                "governor",
                [
                    C(
                        T_RANGE_RU,
                        "Курской областью уничтожены 10-15",
                        "RU-KRS",
                        10,
                        "count_over_place",
                        q="approx",
                    ),
                ],
                total=10,
                tq="approx",
                night=P,
            )
        ],
    ),
    (
        "en-range",
        T_RANGE_EN,
        [
            R(
                T_RANGE_EN,
                "governor",
                [
                    C(
                        T_RANGE_EN,
                        "10 to 15 drones were destroyed above the Rostov Region",
                        "RU-ROS",
                        10,
                        "count_over_place",
                        q="approx",
                        en=True,
                    ),
                ],
                total=10,
                tq="approx",
                night=P,
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("source", "reporter"),
    [
        ("Губернатор Брянской области", "governor"),  # the governor's own channel
        ("Мэр Москвы", "mayor"),
        ("Минобороны России", "mod"),
        ("news.example.org", "media"),  # a publisher names nobody: media
        (None, "media"),
    ],
)
def test_unattributed_post_is_its_sources(source: str | None, reporter: str) -> None:
    (report,) = parse(T_OWN_POST, P, source=source)
    assert report.reporter == reporter


def test_a_named_reporter_beats_the_source() -> None:
    text = "Минобороны сообщило, что ночью над Брянской областью сбиты два беспилотника."
    (report,) = parse(text, P, source="Губернатор Брянской области")
    assert report.reporter == "mod"


T_DISTRICT_OF_SEVERAL = "Над Кировским районом ночью сбиты два беспилотника."


def test_a_district_marker_never_names_a_region() -> None:
    # "Кировский район" lies in several regions and its adjective fits Kirov Oblast too: with no
    # region in the text it is a doubt for a person, never a guess (and never the oblast)
    (report,) = parse(T_DISTRICT_OF_SEVERAL, P)
    assert report.claims == ()
    assert report.total == 2
    assert [span for _why, span in report.doubts] == [(4, 21)]


def test_the_sources_region_decides_a_district_and_is_the_posts_region() -> None:
    (report,) = parse(T_DISTRICT_OF_SEVERAL, P, source="Губернатор Калужской области")
    kirovsky = C(
        T_DISTRICT_OF_SEVERAL,
        "Кировским районом ночью сбиты два",
        "RU-KLU",
        2,
        "count_over_place",
        district=("RU-KLU:kirovsky", "Кировский район"),
    )
    region = replace(kirovsky, district_id=None, district=None, rule="region_from_district")
    assert report == R(T_DISTRICT_OF_SEVERAL, "governor", [kirovsky, region], total=2, night=P)
    (report,) = parse("Ночью сбиты три беспилотника.", P, source="Губернатор Калужской области")
    assert [(c.area_id, c.count, c.rule) for c in report.claims] == [
        ("RU-KLU", 3, "one_region_total")
    ]
    # a source that speaks for no region decides nothing
    (report,) = parse(T_DISTRICT_OF_SEVERAL, P, source="news.example.org")
    assert report.claims == ()


def test_a_name_of_many_places_is_no_town_of_another_region() -> None:
    # "Октябрьский" is a town of one region and a district's name in many: in a Bryansk post it
    # is no guess across regions; the governor's figure is his region's, the name a doubt
    text = "Губернатор Брянской области: в Октябрьском сбит дрон."
    (report,) = parse(text, P)
    assert [(c.area_id, c.district_id, c.count, c.rule) for c in report.claims] == [
        ("RU-BRY", None, 1, "one_region_total")
    ]
    assert [span for _why, span in report.doubts] == [(31, 42)]


def test_a_governors_figure_never_goes_to_another_regions_town() -> None:
    text = "Губернатор Брянской области сообщил о сбитом беспилотнике. Обломки упали в Обнинске."
    (report,) = parse(text, P)
    assert report.total == 1
    assert [(c.area_id, c.district_id, c.count) for c in report.claims] == [
        ("RU-KLU", "RU-KLU:obninsk", None)
    ]


CASUALTIES_WITHOUT_INTERCEPTION = [
    ("ru-injured-by-drone", "В результате атаки беспилотника на Шебекино ранены два человека."),
    (
        "en-injured-by-drone",
        "A drone attack on a car in the Belgorod Region injured two people, the governor said.",
    ),
]


def test_ukrainian_spelling_of_shot_down_gives_ukraines_total() -> None:
    # "збито" (not "сбито"), "ворожих" between the number and the drones, "у ніч на 3 червня"
    text = "У ніч на 3 червня збито або подавлено 40 ворожих БпЛА на півночі та сході країни."
    assert parse(text, P) == [
        Report("other", "UA", None, P, 40, "exact", (), None, NONE, (0, len(text)))
    ]


def test_damage_prefers_what_was_damaged_to_where_debris_fell() -> None:
    text = (
        "Ночью над Курской областью сбиты два беспилотника. Обломки упали в поле у деревни. "
        "В соседнем селе повреждена крыша гаража."
    )
    (report,) = parse(text, P)
    assert report.damage == "В соседнем селе повреждена крыша гаража."


# --- cases written for rules that had none --------------------------------------------------------
T_PAREN = (
    "Air defences destroyed seven drones overnight over the Belgorod (five drones) and Kursk (two drones) "
    "regions, the ministry said."
)
T_TWO_VERBS_FIRST = (
    "Ночью уничтожены шесть и перехвачены ещё два беспилотника над Курской областью."
)

T_REGION_AFTER_KRAI = (
    "Ночью над Краснодарским краем сбиты шесть беспилотников, ещё четыре — над Крымом."
)
T_PERFECTIVE = "Над Курской областью перехватили три беспилотника, ещё два перехватили над Белгородской областью."
T_REPELLED = (
    "Силы ПВО отразили атаку на объекты на территории Брянской области, предпринятую при помощи трёх "
    "беспилотников."
)
T_TRIED = "Противник пытался атаковать объекты на территории Курской области с помощью пяти беспилотников."

T_AIR_DEFENCE_TIME = (
    "Минобороны сообщило о пяти сбитых беспилотниках. Системы ПВО работали с 21:00 до 23:00 мск. "
    "Три БПЛА уничтожены над Курской областью, два — над Брянской."
)
T_EVENING_BEFORE = (
    "Утром Минобороны сообщило: с 23:00 2 июня до 7:00 3 июня над Белгородской областью уничтожены 6 БПЛА. "
    "Кроме того, накануне вечером над Курской областью сбиты 4 беспилотника."
)
T_CRAFT_AND_LOWER = (
    "Военные сообщили, что больше всего — 11 аппаратов — перехвачено над Калужской областью, ещё два "
    "дрона — над московским регионом."
)

NAMES_RU["RU-TUL"] = "Тульская область"
T_TIMED_RECAP = (
    "Собянин:\n01:10. Уничтожен беспилотник, летевший на Москву.\n"
    "02:30. Сбиты два беспилотника, летевших на Москву.\n"
    "03:05. Сбит ещё один беспилотник, летевший на Москву.\n"
    "За ночь на подлёте к Москве сбиты четыре беспилотника."
)
T_TOLD_WHOLE_LINE = (
    "Собянин: за ночь отражена атака 21 беспилотника, летевшего на Москву. В 05:12 мэр "
    "написал: «Сбиты ещё два БПЛА, летевших на Москву»."
)
T_TOLD_WHOLE_TOTAL = (
    "Всего за ночь на подлёте к Москве сбиты 12 беспилотников, сообщил Собянин. Последнее его "
    "сообщение пришло в 05:10: «Уничтожен ещё один беспилотник, летевший на Москву»."
)
T_GOVERNOR_OWN = "Губернатор Тульской области сообщил, что ночью силами ПВО уничтожены более 10 беспилотников. Пострадавших нет."
T_ONE_REGION = (
    "В Кировском районе Калужской области обломки беспилотника повредили крышу дома. "
    "Всего за ночь сбиты семь БПЛА."
)
T_REGION_OVER_DISTRICT = (
    "Этой ночью над Калужской областью работала ПВО. Уничтожено девять беспилотников, "
    "из них пять — над Кировским районом."
)
T_REGION_WHOLE_AFTER_PART = (
    "Над Калужской областью этой ночью сбиты ещё два беспилотника, всего за ночь — девять."
)
T_RUNNING_FIGURE = (
    "Над Калужской областью за ночь уже сбиты 4 беспилотника.\n"
    "Итоги ночи: над Калужской областью уничтожены 6 беспилотников: Тарусский район — 3, "
    "Кировский район — 2, Обнинск — 1."
)
T_EN_GOVERNOR_OWN = (
    "The Kursk region governor said that air defences shot down three drones overnight."
)
T_NOT_ONE = "Губернатор Брянской области сообщил, что ни один беспилотник не долетел до цели: все сбиты силами ПВО."

T_EN_LIST_GOES_ON = (
    "Air defences shot down 30 drones overnight, the Defence Ministry said. Twelve were over the Kursk "
    "region and 9 over the Belgorod region. Another 6 were brought over the Bryansk region. Other "
    "regions listed included Kaluga and Tula."
)
T_EN_HEADLINE_PLACES = (
    "Drones downed over regions including Kursk and Bryansk\n"
    "The Defence Ministry said on Monday that air defences destroyed 15 drones over regions including "
    "Kursk and Bryansk."
)

NAMES_EN["RU-NIZ"] = "Nizhny Novgorod Oblast"
T_EN_WINDOW_AND_DAY = (
    "Between 5:00 p.m. and 7:30 p.m. Moscow time, two drones over the Black Sea were destroyed by air "
    "defences, the ministry said. Over the past 24 hours, air defences brought down 40 drones in "
    "total over the Kursk, Bryansk and Nizhny Novgorod regions. The most—20—were recorded over the "
    "Kursk region."
)

T_UNDECIDED = "Ночью три беспилотника сбиты над Кировским районом."

T_HARM_NAMES_TOWN = (
    "Губернатор сообщил, что после атаки беспилотника в городе Обнинске ранены два человека."
)
T_NATIONAL_IS_MOD = (
    "Губернатор Курской области сообщил, что над регионом сбиты три беспилотника. За ночь силы ПВО "
    "сбили 40 беспилотников над регионами России, больше всего над Брянской областью — восемь штук."
)

T_TOWN_AFTER_NAD = (
    "Днём над Обнинском сбиты два беспилотника. А также в Кировском и Тарусском районах."
)
OBNINSK = ("RU-KLU:obninsk", "Обнинск")

T_COMBINED_RETOLD = (
    "ПВО уничтожили три беспилотника над Черным морем и Крымом. Атака длилась с 21:30 до 23:00 мск "
    "в понедельник, 2 июня: два дрона сбиты над акваторией Черного моря, один — над территорией Крыма."
)

T_HEADLINE_OVER_ROWS = (
    "Восемь беспилотников сбиты над Подольском и пригородами\nГубернатор уточнил, где работала "
    "ПВО:\n— Подольск: 5\n— Ступинский район: 3"
)

T_TARGET_BY_ITS_PLACES = (
    "Отражена атака двух беспилотников, летевших на Москву. Один сбит над Подольском, второй — "
    "над Ступинским районом."
)

T_DAY_AND_LONG_WINDOW = (
    "За сутки над Курской областью сбиты 12 беспилотников.\nВсего в период с 09:00 2 июня до "
    "07:00 3 июня над Курской областью сбиты 12 беспилотников, сообщил губернатор."
)

T_TWO_VERBS_RU = "Ночью 12 БПЛА перехвачены и уничтожены над Курской областью."
T_TWO_VERBS_EN = (
    "The ministry said seven UAVs had been intercepted and destroyed above the Kursk region."
)
T_HEADLINE_REGION = (
    "A plant in the Kursk region caught fire.\n"
    "According to the governor, eight drones were downed in the sky over the region."
)

T_MORE_AFTER_COMMA = (
    "Над Курской областью за ночь сбиты шесть беспилотников, ещё два были подавлены средствами РЭБ, "
    "сообщил губернатор."
)
# "— ещё N" with no place, in a sentence of another time: more of the same region's drones
T_MORE_IN_REGION = (
    "За сутки над Белгородской областью сбиты 17 беспилотников, сообщил губернатор. "
    "В ночь на вторник — ещё пять."
)

# a governor's bare sea first, then a district: the sea's figure is the region's, and the
# district's drones are more of them
T_BARE_SEA = (
    "Губернатор Краснодарского края: над морем сбиты четыре беспилотника. "
    "Ещё один уничтожен над Новороссийском."
)

T_APPROACHING_TOWN = (
    "Утром на подлете к Обнинску были уничтожены три беспилотника, сообщил губернатор."
)

T_THE_REST = (
    "Overnight air defences shot down drones: five above the Kursk region, four above the Belgorod "
    "region and the remaining ones over the Bryansk and Kaluga regions, the ministry said."
)
T_THE_REMAINDER = (
    "Overnight air defences shot down drones: five above the Kursk region, four above the Belgorod "
    "region, and the remainder over the Bryansk and Kaluga regions, the ministry said."
)

T_REGION_BY_NAME = (
    "Над Курской областью сбиты шесть беспилотников, ещё два летательных аппарата — над Белгородской. "
    "В районах Брянщины днём объявляли угрозу атаки БПЛА. С 12:00 до 15:00 мск над регионом "
    "ликвидировали 4 беспилотника."
)

T_EARLIER = (
    "Утром над Курской областью сбиты два беспилотника.Ранее губернатор сообщал об уничтожении минувшей "
    "ночью пяти БПЛА над Курской областью."
)

GOLDEN_RULES = [
    # a full stop glued to the next sentence still ends it; "Ранее ..." opens an earlier statement
    (
        "ru-earlier-statement-is-another-report",
        T_EARLIER,
        [
            R(
                T_EARLIER,
                "media",
                [
                    C(T_EARLIER, "Курской областью сбиты два", "RU-KRS", 2, "count_over_place"),
                ],
                total=2,
                span=("Утром", "беспилотника."),
            ),
            R(
                T_EARLIER,
                "governor",
                [
                    C(T_EARLIER, "пяти БПЛА над Курской областью", "RU-KRS", 5, "count_over_place"),
                ],
                total=5,
                night=P,
                span=("Ранее", "областью."),
            ),
        ],
    ),
    # "N летательных аппаратов" counts; "в районах Брянщины" names the region "над регионом" means,
    # even in a warning that is no report itself
    (
        "ru-region-by-its-own-name",
        T_REGION_BY_NAME,
        [
            R(
                T_REGION_BY_NAME,
                "media",
                [
                    C(
                        T_REGION_BY_NAME,
                        "Курской областью сбиты шесть",
                        "RU-KRS",
                        6,
                        "count_over_place",
                    ),
                    C(
                        T_REGION_BY_NAME,
                        "два летательных аппарата — над Белгородской",
                        "RU-BEL",
                        2,
                        "count_over_place",
                    ),
                    C(
                        T_REGION_BY_NAME,
                        "регионом ликвидировали 4",
                        "RU-BRY",
                        4,
                        "count_over_place",
                    ),
                ],
                window=W("2025-06-03T12:00", "2025-06-03T15:00"),
            )
        ],
    ),
    # "and the rest over X and Y": the remainder shares no figure with the row before it
    (
        "en-the-rest-over",
        T_THE_REST,
        [
            R(
                T_THE_REST,
                "mod",
                [
                    C(
                        T_THE_REST,
                        "five above the Kursk region",
                        "RU-KRS",
                        5,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_THE_REST,
                        "four above the Belgorod region",
                        "RU-BEL",
                        4,
                        "count_over_place",
                        en=True,
                    ),
                    C(T_THE_REST, "Bryansk", "RU-BRY", None, "place_without_count", en=True),
                    C(T_THE_REST, "Kaluga regions", "RU-KLU", None, "place_without_count", en=True),
                ],
                night=P,
            )
        ],
    ),
    # the same list with a serial comma and "the remainder"
    (
        "en-the-remainder-over",
        T_THE_REMAINDER,
        [
            R(
                T_THE_REMAINDER,
                "mod",
                [
                    C(
                        T_THE_REMAINDER,
                        "five above the Kursk region",
                        "RU-KRS",
                        5,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_THE_REMAINDER,
                        "four above the Belgorod region",
                        "RU-BEL",
                        4,
                        "count_over_place",
                        en=True,
                    ),
                    C(T_THE_REMAINDER, "Bryansk", "RU-BRY", None, "place_without_count", en=True),
                    C(
                        T_THE_REMAINDER,
                        "Kaluga regions",
                        "RU-KLU",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                ],
                night=P,
            )
        ],
    ),
    # "на подлете к <town>" names the town approached
    (
        "ru-approaching-a-town",
        T_APPROACHING_TOWN,
        [
            R(
                T_APPROACHING_TOWN,
                "governor",
                [
                    C(
                        T_APPROACHING_TOWN,
                        "Обнинску были уничтожены три",
                        "RU-KLU",
                        3,
                        "count_over_place",
                        district=OBNINSK,
                    ),
                    C(
                        T_APPROACHING_TOWN,
                        "Обнинску были уничтожены три",
                        "RU-KLU",
                        3,
                        "region_from_district",
                    ),
                ],
                total=3,
            )
        ],
    ),
    # ", ещё N были подавлены": "ещё" after a comma adds to the figure before it ("были" before the verb)
    (
        "ru-more-after-a-comma",
        T_MORE_AFTER_COMMA,
        [
            R(
                T_MORE_AFTER_COMMA,
                "governor",
                [
                    C(
                        T_MORE_AFTER_COMMA,
                        "Курской областью за ночь сбиты шесть беспилотников, ещё два",
                        "RU-KRS",
                        8,
                        "added_count",
                    ),
                ],
                total=8,
                night=P,
            )
        ],
    ),
    # "В ночь на вторник — ещё пять." after a region's figure: more of that region's drones, another
    # night's report
    (
        "ru-more-in-region",
        T_MORE_IN_REGION,
        [
            R(
                T_MORE_IN_REGION,
                "governor",
                [
                    C(
                        T_MORE_IN_REGION,
                        "Белгородской областью сбиты 17",
                        "RU-BEL",
                        17,
                        "count_over_place",
                    )
                ],
                total=17,
                span=("За сутки", "губернатор."),
            ),
            R(
                T_MORE_IN_REGION,
                "governor",
                [C(T_MORE_IN_REGION, "пять", "RU-BEL", 5, "more_in_region")],
                total=5,
                night=P,
                span=("В ночь", "пять."),
            ),
        ],
    ),
    (
        "ru-bare-sea-of-the-governor",
        T_BARE_SEA,
        [
            R(
                T_BARE_SEA,
                "governor",
                [
                    C(T_BARE_SEA, "над морем сбиты четыре", "RU-KDA", 4, "bare_sea"),
                    C(
                        T_BARE_SEA,
                        "один уничтожен над Новороссийском",
                        "RU-KDA",
                        1,
                        "more_in_district",
                        district=("RU-KDA:novorossiysk", "Новороссийск"),
                    ),
                    C(
                        T_BARE_SEA,
                        "один уничтожен над Новороссийском",
                        "RU-KDA",
                        1,
                        "region_from_district",
                    ),
                ],
            )
        ],
    ),
    # "и"/"and" between two verbs joins them: the count and the place stay one item
    (
        "ru-two-verbs-one-item",
        T_TWO_VERBS_RU,
        [
            R(
                T_TWO_VERBS_RU,
                "media",
                [
                    C(
                        T_TWO_VERBS_RU,
                        "12 БПЛА перехвачены и уничтожены над Курской областью",
                        "RU-KRS",
                        12,
                        "count_over_place",
                    ),
                ],
                total=12,
                night=P,
            )
        ],
    ),
    (
        "en-two-verbs-one-item",
        T_TWO_VERBS_EN,
        [
            R(
                T_TWO_VERBS_EN,
                "mod",
                [
                    C(
                        T_TWO_VERBS_EN,
                        "seven UAVs had been intercepted and destroyed above the Kursk region",
                        "RU-KRS",
                        7,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=7,
            )
        ],
    ),
    # a headline without drones names the region that "above the region" means
    (
        "en-region-from-a-headline",
        T_HEADLINE_REGION,
        [
            R(
                T_HEADLINE_REGION,
                "governor",
                [
                    C(
                        T_HEADLINE_REGION,
                        "eight drones were downed in the sky over the region",
                        "RU-KRS",
                        8,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=8,
                damage="A plant in the Kursk region caught fire.",
            )
        ],
    ),
    # "за сутки" in a headline and the statement's window of most of a day are one report
    (
        "ru-day-and-long-window",
        T_DAY_AND_LONG_WINDOW,
        [
            R(
                T_DAY_AND_LONG_WINDOW,
                "governor",
                [
                    C(
                        T_DAY_AND_LONG_WINDOW,
                        "Курской областью сбиты 12",
                        "RU-KRS",
                        12,
                        "count_over_place",
                        nth=1,
                    ),
                ],
                total=12,
                window=W("2025-06-02T09:00", "2025-06-03T07:00"),
            )
        ],
    ),
    # a combined figure that adds up its areas' own figures retells them (the total); the attack's
    # hours, dated after a weekday with "в", are the report's window
    (
        "ru-combined-figure-retold",
        T_COMBINED_RETOLD,
        [
            R(
                T_COMBINED_RETOLD,
                "media",
                [
                    C(
                        T_COMBINED_RETOLD,
                        "два дрона сбиты над акваторией Черного моря",
                        "SEA-BLACK",
                        2,
                        "count_over_place",
                    ),
                    C(
                        T_COMBINED_RETOLD,
                        "один — над территорией Крыма",
                        "UA-43",
                        1,
                        "count_over_place",
                    ),
                ],
                total=3,
                window=W("2025-06-02T21:30", "2025-06-02T23:00"),
            )
        ],
    ),
    # a town's figure told first, the sum of its region's rows after it (the town among them with
    # less), is the whole told ahead of them: the total and the region's figure, never a row
    (
        "ru-headline-over-its-rows",
        T_HEADLINE_OVER_ROWS,
        [
            R(
                T_HEADLINE_OVER_ROWS,
                "governor",
                [
                    C(
                        T_HEADLINE_OVER_ROWS,
                        T_HEADLINE_OVER_ROWS,
                        "RU-MOS",
                        8,
                        "sum_of_district_figures",
                    ),
                    C(
                        T_HEADLINE_OVER_ROWS,
                        "Подольск: 5",
                        "RU-MOS",
                        5,
                        "name_dash_count",
                        district=("RU-MOS:podolsk", "Подольск"),
                    ),
                    C(
                        T_HEADLINE_OVER_ROWS,
                        "Ступинский район: 3",
                        "RU-MOS",
                        3,
                        "name_dash_count",
                        district=("RU-MOS:stupinsky", "Ступинский район"),
                    ),
                ],
                total=8,
            )
        ],
    ),
    # the drones bound for Moscow, then where each was downed: their figure is the whole of
    # those places (the oblast's), never a row of the city's own
    (
        "ru-moscow-target-by-its-places",
        T_TARGET_BY_ITS_PLACES,
        [
            R(
                T_TARGET_BY_ITS_PLACES,
                "media",
                [
                    C(
                        T_TARGET_BY_ITS_PLACES,
                        "двух беспилотников, летевших на Москву. Один сбит над Подольском, "
                        "второй — над Ступинским районом",
                        "RU-MOS",
                        2,
                        "sum_of_district_figures",
                    ),
                    C(
                        T_TARGET_BY_ITS_PLACES,
                        "Один сбит над Подольском",
                        "RU-MOS",
                        1,
                        "count_over_place",
                        district=("RU-MOS:podolsk", "Подольск"),
                    ),
                    C(
                        T_TARGET_BY_ITS_PLACES,
                        "второй — над Ступинским районом",
                        "RU-MOS",
                        1,
                        "count_over_place",
                        district=("RU-MOS:stupinsky", "Ступинский район"),
                    ),
                ],
                total=2,
            )
        ],
    ),
    # "над" governs the instrumental: "Обнинском" is the town there, not an adjective; a sentence
    # opening with "А также" goes on with the places before it
    (
        "ru-town-after-nad-and-also",
        T_TOWN_AFTER_NAD,
        [
            R(
                T_TOWN_AFTER_NAD,
                "media",
                [
                    C(
                        T_TOWN_AFTER_NAD,
                        "Обнинском сбиты два",
                        "RU-KLU",
                        2,
                        "count_over_place",
                        district=OBNINSK,
                    ),
                    C(T_TOWN_AFTER_NAD, "Обнинском сбиты два", "RU-KLU", 2, "region_from_district"),
                    C(
                        T_TOWN_AFTER_NAD,
                        "Кировском",
                        "RU-KLU",
                        None,
                        "place_without_count",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                    C(
                        T_TOWN_AFTER_NAD,
                        "Тарусском районах",
                        "RU-KLU",
                        None,
                        "place_without_count",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                ],
                total=2,
            )
        ],
    ),
    # people hurt after a drone attack and no drone downed: no interception, no report (the
    # labels of real reports: a text that tells no interception over Russia is no report)
    ("ru-harm-names-the-town", T_HARM_NAMES_TOWN, []),
    # a national figure is the ministry's, not the governor's quoted before it; "восемь штук" counts
    (
        "ru-national-figure-is-the-ministrys",
        T_NATIONAL_IS_MOD,
        [
            R(
                T_NATIONAL_IS_MOD,
                "governor",
                [
                    C(T_NATIONAL_IS_MOD, "регионом сбиты три", "RU-KRS", 3, "count_over_place"),
                ],
                total=3,
                span=("Губернатор", "три беспилотника."),
            ),
            R(
                T_NATIONAL_IS_MOD,
                "mod",
                [
                    C(
                        T_NATIONAL_IS_MOD,
                        "Брянской областью — восемь",
                        "RU-BRY",
                        8,
                        "count_over_place",
                    ),
                ],
                total=40,
                night=P,
                span=("За ночь", "восемь штук."),
            ),
        ],
    ),
    # a district name of several regions and no region in the text: no claim, a doubt for review
    (
        "ru-undecided-place",
        T_UNDECIDED,
        [
            replace(
                R(T_UNDECIDED, "media", [], total=3, night=P),
                doubts=(
                    (
                        "Кировский район",
                        (T_UNDECIDED.index("Кировским"), T_UNDECIDED.index(".", 20)),
                    ),
                ),
            ),
        ],
    ),
    # the last 24 hours are a report of their own beside an evening window; "a total of 40" is a
    # count; a cumulative clause after the report's words is cut, not the whole sentence
    (
        "en-window-and-last-24-hours",
        T_EN_WINDOW_AND_DAY,
        [
            R(
                T_EN_WINDOW_AND_DAY,
                "mod",
                [
                    C(
                        T_EN_WINDOW_AND_DAY,
                        "two drones over the Black Sea",
                        "SEA-BLACK",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=2,
                window=W("2025-06-03T17:00", "2025-06-03T19:30"),
                span=("Between", "the ministry said."),
            ),
            R(
                T_EN_WINDOW_AND_DAY,
                "mod",
                [
                    C(
                        T_EN_WINDOW_AND_DAY,
                        "Bryansk",
                        "RU-BRY",
                        None,
                        "list_without_counts",
                        en=True,
                    ),
                    C(
                        T_EN_WINDOW_AND_DAY,
                        "Nizhny Novgorod regions",
                        "RU-NIZ",
                        None,
                        "list_without_counts",
                        en=True,
                    ),
                    C(
                        T_EN_WINDOW_AND_DAY,
                        "20—were recorded over the Kursk region",
                        "RU-KRS",
                        20,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=40,
                span=("Over the past", "Kursk region."),
            ),
        ],
    ),
    # sentences that go on with a list keep its figures; regions listed without figures are named
    (
        "en-list-goes-on-and-regions-listed",
        T_EN_LIST_GOES_ON,
        [
            R(
                T_EN_LIST_GOES_ON,
                "mod",
                [
                    C(
                        T_EN_LIST_GOES_ON,
                        "Twelve were over the Kursk region",
                        "RU-KRS",
                        12,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_EN_LIST_GOES_ON,
                        "9 over the Belgorod region",
                        "RU-BEL",
                        9,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_EN_LIST_GOES_ON,
                        "6 were brought over the Bryansk region",
                        "RU-BRY",
                        6,
                        "count_over_place",
                        en=True,
                    ),
                    C(T_EN_LIST_GOES_ON, "Kaluga", "RU-KLU", None, "place_without_count", en=True),
                    C(T_EN_LIST_GOES_ON, "Tula", "RU-TUL", None, "place_without_count", en=True),
                ],
                total=30,
                night=P,
            )
        ],
    ),
    # a headline naming the places of the article below it is not a report of its own
    (
        "en-headline-retells-places",
        T_EN_HEADLINE_PLACES,
        [
            R(
                T_EN_HEADLINE_PLACES,
                "mod",
                [
                    C(
                        T_EN_HEADLINE_PLACES,
                        "Kursk",
                        "RU-KRS",
                        None,
                        "list_without_counts",
                        nth=1,
                        en=True,
                    ),
                    C(
                        T_EN_HEADLINE_PLACES,
                        "Bryansk",
                        "RU-BRY",
                        None,
                        "list_without_counts",
                        nth=1,
                        en=True,
                    ),
                ],
                total=15,
                day=W("2025-06-02T00:00", "2025-06-03T00:00"),
                span=("The Defence", "Bryansk."),
            )
        ],
    ),
    # timed lines and a closing figure that adds them up: the figure is the report's total
    (
        "ru-recap-of-timed-lines",
        T_TIMED_RECAP,
        [
            R(
                T_TIMED_RECAP,
                "mayor",
                [
                    C(
                        T_TIMED_RECAP,
                        "Уничтожен беспилотник, летевший на Москву",
                        "RU-MOW",
                        1,
                        "moscow_target",
                    ),
                    C(
                        T_TIMED_RECAP,
                        "два беспилотника, летевших на Москву",
                        "RU-MOW",
                        2,
                        "moscow_target",
                    ),
                    C(
                        T_TIMED_RECAP,
                        "один беспилотник, летевший на Москву",
                        "RU-MOW",
                        1,
                        "moscow_target",
                    ),
                ],
                total=4,
                night=P,
            )
        ],
    ),
    # a line of the series retold by its time after the night's whole is one of its lines
    (
        "ru-line-of-a-told-whole",
        T_TOLD_WHOLE_LINE,
        [
            R(
                T_TOLD_WHOLE_LINE,
                "mayor",
                [
                    C(
                        T_TOLD_WHOLE_LINE,
                        "21 беспилотника, летевшего на Москву",
                        "RU-MOW",
                        21,
                        "moscow_target",
                    )
                ],
                total=21,
                night=P,
            )
        ],
    ),
    # ... and the whole told as the report's total is the line's area's
    (
        "ru-line-of-a-told-total",
        T_TOLD_WHOLE_TOTAL,
        [
            R(
                T_TOLD_WHOLE_TOTAL,
                "mayor",
                [
                    C(
                        T_TOLD_WHOLE_TOTAL,
                        "на подлёте к Москве сбиты 12",
                        "RU-MOW",
                        12,
                        "moscow_target",
                    )
                ],
                total=12,
                night=P,
            )
        ],
    ),
    # a governor's figure without a place is his region's; so is a figure whose places lie in one region
    (
        "ru-governor-names-his-region",
        T_GOVERNOR_OWN,
        [
            R(
                T_GOVERNOR_OWN,
                "governor",
                [
                    C(T_GOVERNOR_OWN, "более 10", "RU-TUL", 10, "one_region_total", q="at_least"),
                ],
                total=10,
                tq="at_least",
                night=P,
                casualties=ZERO,
            )
        ],
    ),
    (
        "ru-places-in-one-region",
        T_ONE_REGION,
        [
            R(
                T_ONE_REGION,
                "media",
                [
                    C(
                        T_ONE_REGION,
                        "Кировском районе",
                        "RU-KLU",
                        None,
                        "place_of_damage",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                    C(T_ONE_REGION, "семь", "RU-KLU", 7, "one_region_total"),
                ],
                total=7,
                night=P,
                damage="В Кировском районе Калужской области обломки беспилотника повредили крышу дома.",
            )
        ],
    ),
    # a figure without a place is the whole of the one region in context beside its district's part
    (
        "ru-region-total-over-a-district",
        T_REGION_OVER_DISTRICT,
        [
            R(
                T_REGION_OVER_DISTRICT,
                "media",
                [
                    C(
                        T_REGION_OVER_DISTRICT,
                        "девять",
                        "RU-KLU",
                        9,
                        "region_total_over_districts",
                    ),
                    C(
                        T_REGION_OVER_DISTRICT,
                        "пять — над Кировским районом",
                        "RU-KLU",
                        5,
                        "count_over_place",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                ],
                total=9,
                night=P,
            )
        ],
    ),
    # an update's running total after the region's "ещё N" in its sentence is the region's whole
    # for the night (in a sentence of its own it is a report of its own: test_local_structures)
    (
        "ru-region-whole-after-its-part",
        T_REGION_WHOLE_AFTER_PART,
        [
            R(
                T_REGION_WHOLE_AFTER_PART,
                "media",
                [
                    C(
                        T_REGION_WHOLE_AFTER_PART,
                        "девять",
                        "RU-KLU",
                        9,
                        "region_whole_after_its_part",
                    ),
                ],
                total=9,
                night=P,
            )
        ],
    ),
    # the night's "уже 4", then the morning's 6 and its breakdown adding up to it: 6, not 10
    (
        "ru-running-figure",
        T_RUNNING_FIGURE,
        [
            R(
                T_RUNNING_FIGURE,
                "media",
                [
                    C(
                        T_RUNNING_FIGURE,
                        "Калужской областью уничтожены 6",
                        "RU-KLU",
                        6,
                        "count_over_place",
                    ),
                    C(
                        T_RUNNING_FIGURE,
                        "Тарусский район — 3",
                        "RU-KLU",
                        3,
                        "name_dash_count",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                    C(
                        T_RUNNING_FIGURE,
                        "Кировский район — 2",
                        "RU-KLU",
                        2,
                        "name_dash_count",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                    C(
                        T_RUNNING_FIGURE,
                        "Обнинск — 1",
                        "RU-KLU",
                        1,
                        "name_dash_count",
                        district=("RU-KLU:obninsk", "Обнинск"),
                    ),
                ],
                total=6,
                night=P,
            )
        ],
    ),
    (
        "en-governor-names-his-region",
        T_EN_GOVERNOR_OWN,
        [
            R(
                T_EN_GOVERNOR_OWN,
                "governor",
                [
                    C(T_EN_GOVERNOR_OWN, "three", "RU-KRS", 3, "one_region_total", en=True),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    # a sentence about air defence at work gives the report its window even without a drone noun;
    # "N сбитых беспилотниках" is a count
    (
        "ru-air-defence-window",
        T_AIR_DEFENCE_TIME,
        [
            R(
                T_AIR_DEFENCE_TIME,
                "mod",
                [
                    C(
                        T_AIR_DEFENCE_TIME,
                        "Три БПЛА уничтожены над Курской областью",
                        "RU-KRS",
                        3,
                        "count_over_place",
                    ),
                    C(T_AIR_DEFENCE_TIME, "два — над Брянской", "RU-BRY", 2, "count_over_place"),
                ],
                total=5,
                window=W("2025-06-03T21:00", "2025-06-03T23:00"),
            )
        ],
    ),
    # the evening before a night's window is its own report
    (
        "ru-evening-before-is-another-report",
        T_EVENING_BEFORE,
        [
            R(
                T_EVENING_BEFORE,
                "mod",
                [
                    C(
                        T_EVENING_BEFORE,
                        "Белгородской областью уничтожены 6",
                        "RU-BEL",
                        6,
                        "count_over_place",
                    ),
                ],
                total=6,
                night=P,
                window=W("2025-06-02T23:00", "2025-06-03T07:00"),
                span=("Утром", "6 БПЛА."),
            ),
            R(
                T_EVENING_BEFORE,
                "mod",
                [
                    C(
                        T_EVENING_BEFORE,
                        "Курской областью сбиты 4",
                        "RU-KRS",
                        4,
                        "count_over_place",
                    ),
                ],
                total=4,
                day=W("2025-06-02T00:00", "2025-06-03T00:00"),
                span=("Кроме", "4 беспилотника."),
            ),
        ],
    ),
    # "N аппаратов" counts; a lower-case adjective before its head noun is a place
    (
        "ru-craft-and-lower-case-region",
        T_CRAFT_AND_LOWER,
        [
            R(
                T_CRAFT_AND_LOWER,
                "media",
                [
                    C(
                        T_CRAFT_AND_LOWER,
                        "11 аппаратов — перехвачено над Калужской областью",
                        "RU-KLU",
                        11,
                        "count_over_place",
                    ),
                    C(
                        T_CRAFT_AND_LOWER,
                        "два дрона — над московским регионом",
                        "RU-MOW+RU-MOS",
                        2,
                        "count_over_place",
                    ),
                ],
            )
        ],
    ),
    # a bare region name is the region, not a district of the region named before it
    (
        "ru-region-not-a-district-of-the-context",
        T_REGION_AFTER_KRAI,
        [
            R(
                T_REGION_AFTER_KRAI,
                "media",
                [
                    C(
                        T_REGION_AFTER_KRAI,
                        "Краснодарским краем сбиты шесть",
                        "RU-KDA",
                        6,
                        "count_over_place",
                    ),
                    C(T_REGION_AFTER_KRAI, "четыре — над Крымом", "UA-43", 4, "count_over_place"),
                ],
                night=P,
            )
        ],
    ),
    # "перехватили" (perfective, -т-) is an interception verb after a count like "перехвачены"
    (
        "ru-perfective-verb-after-count",
        T_PERFECTIVE,
        [
            R(
                T_PERFECTIVE,
                "media",
                [
                    C(
                        T_PERFECTIVE,
                        "Курской областью перехватили три",
                        "RU-KRS",
                        3,
                        "count_over_place",
                    ),
                    C(
                        T_PERFECTIVE,
                        "два перехватили над Белгородской областью",
                        "RU-BEL",
                        2,
                        "count_over_place",
                    ),
                ],
            )
        ],
    ),
    # an attack repelled: the drones it used were shot down there
    (
        "ru-repelled-attack",
        T_REPELLED,
        [
            R(
                T_REPELLED,
                "media",
                [
                    C(
                        T_REPELLED,
                        "Брянской области, предпринятую при помощи трёх",
                        "RU-BRY",
                        3,
                        "count_over_place",
                    ),
                ],
                total=3,
            )
        ],
    ),
    # an attempt "с помощью N": N were launched, no area's figure, only a total of last resort
    ("ru-attempt-with-help-of", T_TRIED, [R(T_TRIED, "media", [], total=5)]),
    # the figure in parentheses is the name's; the one before the list is the report's total
    (
        "en-paren-counts",
        T_PAREN,
        [
            R(
                T_PAREN,
                "mod",
                [
                    C(T_PAREN, "Belgorod (five drones)", "RU-BEL", 5, "paren_count", en=True),
                    C(T_PAREN, "Kursk (two drones)", "RU-KRS", 2, "paren_count", en=True),
                ],
                total=7,
                night=P,
            )
        ],
    ),
    # two verbs, each with its count, before one place: one figure for the place
    (
        "ru-two-verbs-before-place",
        T_TWO_VERBS_FIRST,
        [
            R(
                T_TWO_VERBS_FIRST,
                "media",
                [
                    C(
                        T_TWO_VERBS_FIRST,
                        "шесть и перехвачены ещё два беспилотника над Курской областью",
                        "RU-KRS",
                        8,
                        "sum_verbs",
                    ),
                ],
                total=8,
                night=P,
            )
        ],
    ),
]


# --- news texts: not drones, Ukraine's side, places that share a count ----------------------------------
NAMES_RU["RU-KDA+SEA-BLACK"] = "Краснодарский край + Черное море"
T_SEA_DRONES = "Флот потопил четыре морских дрона у берегов Крыма, а над Курской областью сбиты два беспилотника."
T_MISSILES_BESIDE = (
    "Над Брянской областью сбиты пять беспилотников, а над Крымом уничтожены две ракеты."
)
T_SHELLS_AFTER = "Над Курской областью ночью уничтожены три беспилотника. Над Белгородской областью сбиты шесть снарядов РСЗО."
T_TARGETS_IN_RAID = "Отражая налет БПЛА, над Краснодарским краем и акваторией Черного моря сбили более 15 воздушных целей."
T_SHARED_AFTER = "Силы ПВО сбили девять БПЛА над Краснодарским краем и акваторией Черного моря."
T_UA_THEN_MOSCOW = "Kyiv says its gunners destroyed 23 Russian drones overnight. Moscow also said its air defences destroyed 5 drones over the Bryansk region."
T_UA_PARAGRAPH = (
    "Противник атаковал Украину 50 ударными беспилотниками, сообщили Воздушные силы ВСУ. По их данным, сбиты "
    "40 дронов. Над Брянской областью уничтожены пять БПЛА."
)
T_BOUND_THEN_FIGURE = (
    "Более 20 беспилотников, летевших на Москву, сбиты за ночь. Мэр Москвы сообщил, что за ночь "
    "сбит 21 беспилотник, летевший на Москву."
)
T_RUNNING_COUNT = (
    "Губернатор Ростовской области сообщил, что сбиты более 10 БПЛА. Позже он уточнил, что уничтожены "
    "26 беспилотников."
)
T_TOWNS_OF_REGION = "Обломки сбитых беспилотников упали в Шебекинском округе и Белгородском районе."
T_PORT_TOLD_TWICE = (
    "Six drones were downed over the port of Novorossiysk, the governor of the Krasnodar region wrote\n"
    "Six drones were downed over the port of Novorossiysk, the governor of the Krasnodar region wrote."
)
T_VILLAGE_NAMED_LIKE_ELSEWHERE = (
    "Обломки беспилотника упали в Белгородском районе: в селе Погар и в поле."
)
T_VILLAGE_OF_DISTRICT = "Над Брянской областью сбиты три беспилотника. Обломки упали рядом с селом Лесное Погарского района."
T_SHOT_ONE = "Губернатор Курской области написал, что ночью дежурные силы сбили вражеский беспилотник над областью."
T_TRIED_MOSCOW = "Военные уничтожили пять БПЛА, пытавшихся атаковать Москву, сообщил мэр."
T_CAPITAL_REGION = "Ночью над столичным регионом сбиты три беспилотника."
T_BUT = "Air defences destroyed three drones over the Kursk region but two were downed above the Black Sea."
T_WIDER = "Ночью над регионами России и над Черным морем уничтожены 40 беспилотников."
T_WIDER_MEMBER = (
    "Russia says it downed 25 drones overnight over the Kursk region and other regions."
)
T_AS_CLAUSE = (
    "Air defences shot down 14 drones overnight as a fire broke out at a depot in Kursk city, "
    "the ministry said."
)
T_SHARE = (
    "The ministry said 40 drones were destroyed overnight, most of them over the Bryansk region."
)
T_SHARE_OF = (
    "Минобороны сообщило о 30 сбитых днем дронах, большая часть из них — над Курской областью."
)
BELGORODSKY = ("RU-BEL:belgorodsky", "Белгородский район")
T_TARGETS_TIME = (
    "За день средства ПВО уничтожили 30 беспилотников над Курской областью. Воздушные цели были сбиты в "
    "период с 9:00 до 15:00 мск. За ночь над Брянской областью уничтожены 80 беспилотников."
)
T_RESPECTIVELY = (
    "По данным ведомства, 7 и 4 БПЛА сбиты над Брянской и Курской областями, 2 — над Крымом."
)
T_EN_RESPECTIVELY = "Air defences destroyed 7 and 4 drones over the Bryansk and Kursk regions."
T_EN_EACH_AFTER_LIST = (
    "Air defences destroyed 6 drones over the Bryansk, Kursk and Belgorod regions, two over each."
)
T_RU_EACH_AFTER_LIST = (
    "Над Брянской и Курской областями уничтожены четыре беспилотника — по два над каждой."
)
T_TWO_VERBS_TWO_PLACES = (
    "Уничтожены пять и перехвачены три беспилотника над Курской и Брянской областями."
)
T_PENINSULA = "Overnight, 12 of the unmanned craft were downed over the peninsula by air defences."
T_NAMED_GOVERNOR = "Гладков сообщил, что ночью сбиты три беспилотника."
T_TWO_GOVERNORS = (
    "Губернатор Курской области сообщил, что над регионом сбиты 5 беспилотников. Тем временем Богомаз "
    "написал, что уничтожены два БПЛА."
)
T_EN_TWO_GOVERNORS = "Shapsha said air defences destroyed one drone overnight. Gladkov said two drones were downed over his region."
T_CAPITAL_EN = "Over the Russian capital air defences destroyed three drones, the mayor said."
T_CAPITAL_RU = "Над столицей сбиты два беспилотника, сообщил Собянин."
NAMES_EN["RU-KLU"] = "Kaluga Oblast"
T_CRIMEAN_PENINSULA = (
    "Ночью пять беспилотников сбиты над Брянской областью и шесть - над Крымским полуостровом."
)
T_INCOMING = "Air defences destroyed 30 incoming drones over the Bryansk region."
T_AIRPORT = "Flights were halted at the airport near Obninsk after two drones were shot down over the Kaluga region."
T_PAREN_BARE = (
    "Air defences shot down 12 drones over the Belgorod (8) and Kursk (4) regions overnight."
)
T_COMBAT = "Air defences downed two combat drones that were flying toward Moscow, the mayor wrote."
T_AFTER_CLAUSE = "Air defences downed drones over the Bryansk region, close to the border, and the Kursk region, the ministry said."
T_EACH_AFTER_CLAUSE = (
    "Air defences also destroyed one drone each over the Bryansk region, south of the capital, and the "
    "Kursk region."
)
T_FOREIGN_LEDE = (
    "Kyiv was attacked overnight as four drones were shot down. Russian air defences destroyed four "
    "Ukrainian drones, the Defence Ministry said."
)

# --- times the statement gives more exactly than the lede -------------------------------------
#: a lede's "overnight", then the statement's evening hours in Moscow time with GMT beside them
T_EVENING_HOURS = (
    "Russia said on Tuesday that air defences shot down three drones over the Kursk region "
    "overnight. The drones were downed between 10pm (19:00 GMT on Monday) and 11:30pm "
    "(20:30 GMT), the ministry said."
)
#: a headline without a time, a lede dated on the publication day, the quote's single time
T_HEADLINE_LEDE_QUOTE = (
    "Two drones downed over the Kursk region, ministry says\n"
    "MOSCOW, June 3. Air defences brought down two drones above the Kursk region on Tuesday, the "
    "defence ministry said.\n"
    '"At about 3:25 p.m. Moscow time on June 3, an attempt to attack was foiled," it said.'
)
#: "около полудня" is a single time, dated by the date after it
T_ABOUT_NOON = (
    "Средства ПВО сбили беспилотник над Брянской областью около полудня 2 июня, сообщили в "
    "Минобороны."
)

#: one figure beside an area named without one is that area's row, not the report's total
T_ONE_FIGURE_OF_TWO_AREAS = (
    "The ministry said several drones were destroyed over the Bryansk and Kursk regions "
    "overnight. It said four drones were downed over the Bryansk region."
)

#: "the surrounding region" is the region around the city just named (Moscow Oblast around
#: Moscow); "the region around the capital" is the ministry's Moscow Region
T_SURROUNDING_REGION = (
    "Air defences destroyed 12 drones overnight, including three over Moscow and two over the "
    "surrounding region, the defence ministry said. Earlier it said 20 drones were downed, "
    "including 8 above the region around the Russian capital."
)

#: "a downed drone hit a house": the drone that fell is no count of drones shot down
T_DRONE_THAT_HIT = (
    "One person was hurt in the Kursk region when a downed drone hit a house, the governor said."
)

#: a singular drone noun and "удалось" with an infinitive is one drone
T_MANAGED_TO_DOWN_ONE = (
    "Около 16:20 мск украинский беспилотник удалось сбить над Воронежской областью, сообщили в "
    "Минобороны."
)
#: "Кроме X, ..." / "Apart from X, ...": X is one more area of the report, without a figure
T_BESIDES_RU = "Кроме Курской области, пять беспилотников сбиты над Брянской областью."
T_BESIDES_EN = (
    "Apart from the Kursk region, four drones were downed over the Bryansk region, the "
    "ministry said."
)

#: "outside Moscow" is the region around the city; the ministry's Moscow Region figure covers it
T_OUTSIDE_MOSCOW = "A downed drone fell on a house in a village outside Moscow, officials said."
T_OUTSIDE_MOSCOW_COVERED = (
    "The defence ministry said 40 drones were shot down overnight, including 12 over the "
    "Moscow region. A downed drone fell on a house in a village outside Moscow."
)

#: "The ministry reported" is the ministry; "These included ..." goes on with its list
T_MINISTRY_REPORTED = (
    "The ministry reported that 11 drones were downed over several regions between 20:00 and "
    "23:00 Moscow time. These included the Kursk and Bryansk regions."
)
#: "в оборонном ведомстве" is the ministry
T_DEFENCE_DEPARTMENT = (
    "В оборонном ведомстве отметили, что над Брянской областью сбиты шесть беспилотников."
)

#: "The latter" after "drones and a cruise missile" is the missile: no Black Sea placeholder
T_THE_LATTER = (
    "The ministry said Ukraine attacked with drones and a cruise missile overnight. The latter "
    "was shot down over the Black Sea. Two drones were destroyed over the Kursk region."
)

#: a place in a clause saying the speaker did not name or report it gives no claim
T_NOT_SAID_EN = (
    "The defence ministry did not mention strikes on the Kursk region but said two drones "
    "had been shot down over the Bryansk region."
)
T_EARLIER_VERSION_EN = (
    "Russia's Defence Ministry said on Tuesday that nine drones had been shot down over the Kursk "
    "region. Correction: an earlier version of this story said 19 drones were shot down over the "
    "Kursk region."
)
T_PAST_CLAUSE_EN = (
    "Two drones were shot down over the Belgorod region overnight, the governor said. The region "
    "has been a target since May 2024, when five drones were downed over the Shebekino district."
)
T_PAST_CLAUSE_RU = (
    "Над Белгородской областью ночью сбиты два беспилотника, сообщил губернатор. Область атакуют "
    "с мая 2024 года, когда над Шебекинским округом были сбиты пять беспилотников."
)
T_HABITUAL_EN = (
    "Every night, drones are shot down over the Bryansk region. The defence ministry said eight "
    "were destroyed over the Kursk region overnight."
)
T_HABITUAL_RU = (
    "Каждую ночь над Брянской областью сбивают беспилотники. Минобороны сообщило, что ночью над "
    "Курской областью уничтожены восемь БПЛА."
)
T_NOT_SAID_RU = (
    "В Минобороны не упомянули атаку на Курскую область, но сообщили, что над Брянской областью "
    "уничтожены три беспилотника."
)

#: a news channel's guess ("могли сбить") beside the governor's own figure: only the figure
#: that is asserted counts
T_SPECULATED_RU = (
    "Местные каналы пишут, что ночью над Брянской областью могли сбить до 30 беспилотников. "
    "Губернатор сообщил об уничтожении шести беспилотников над Погарским районом."
)

#: a Ukrainian outlet retelling Russian officials: Russian places read in Ukrainian forms are
#: Russia's claims, not Ukraine's; "там" (there) is the region just named
T_UK_RETELLING = (
    "У Брянській області чули вибухи. Губернатор заявив, що сили ППО знищили три дрони над "
    "Погарським районом. Згодом про вибухи повідомили у Курській області. Місцева влада "
    "сказала, що там збили два дрони."
)

#: "Moscow" in a list of regions is the Moscow Region: the ministry's city and oblast
T_MOSCOW_IN_REGION_LIST = (
    "According to Russia's defence ministry, drones were downed over several regions including "
    "Moscow, Kursk and Bryansk."
)

#: the whole night's total after a window's figures is a report of its own: it neither adds to
#: the window's figures nor replaces their total
T_NIGHT_RECAP_AFTER_WINDOW = (
    "С 23:00 мск 2 июня до 07:00 мск 3 июня дежурными средствами ПВО уничтожены 45 БПЛА над "
    "территориями Курской и Брянской областей. Всего в ночное время средствами ПВО было "
    "уничтожено 55 БПЛА, сообщили в Минобороны."
)
#: a lede's night figure that the closing recap repeats is the recap's retelling: the window's
#: total stays the window's own figure
T_LEDE_OF_THE_RECAP = (
    "Минобороны отчиталось о 38 беспилотниках, сбитых за ночь. "
    "С 22:00 мск 2 июня до 06:00 мск 3 июня дежурными средствами ПВО перехвачены "
    "24 БПЛА над Калужской и Тульской областями. Всего за ночь уничтожено 38 БПЛА."
)
#: an emoji after a full stop opens a sentence: the evening's window, then the night's recap
T_EMOJI_RECAP = (
    "С 20:00 до 23:00 мск над Курской областью уничтожены 15 беспилотников. ❗️Всего за ночь "
    "уничтожено 61 БПЛА."
)

#: a Russian date alone dates its sentence (an earlier report); "над акваторией" without a
#: sea's name is the sea named before
T_EARLIER_DATE_BARE_SEA = (
    "Над акваторией Черного моря уничтожены пять беспилотников, сообщили в Минобороны. 1 июня "
    "ведомство сообщало о перехвате шести дронов над акваторией."
)

#: a week's recap after the night's figure is a report of its own, with no night
T_WEEK_RECAP = (
    "За ночь над Брянской областью сбиты 12 БПЛА. Всего за неделю средствами ПВО уничтожены "
    "1200 беспилотников."
)

#: "N уничтожены и ещё M перехвачены над X": one figure, N + M
T_SUM_WITH_MORE = "Ночью восемнадцать беспилотников уничтожены и ещё девять перехвачены над Крымом."
#: figures told one after another with "затем", "потом", the verb after the last: they add
T_THEN_SEQUENCE = (
    "Сначала один, затем три, потом ещё два беспилотника были сбиты над Курской областью."
)

#: the drones an attack was tried with are not the figure shot down: "БПЛА уничтожен" is one,
#: over the attempt's one place
T_ATTEMPT_THEN_ONE = (
    "Предпринята попытка атаки с применением четырёх БПЛА на объекты в Курской области. "
    "БПЛА уничтожен."
)

#: "10 of them over X" is a row; drones "flying toward the capital" are the mayor's Moscow figure
T_OF_THEM_AND_THE_CAPITAL = (
    "The Russian Defence Ministry said 25 drones were downed overnight, 10 of them over the "
    "Moscow region. Moscow Mayor Sergei Sobyanin said that 6 drones flying toward the capital "
    "were destroyed."
)

#: a Ukrainian retelling of the ministry: an adjective list joined by "та"; Ukraine's own air
#: force over a Ukrainian region stays Ukraine's
T_UK_MINISTRY_LIST = (
    "У Міноборони РФ заявили, що вночі над Брянською, Курською та Білгородською областями "
    "збили 30 безпілотників."
)
T_UK_AIR_FORCE = "Повітряні сили ЗСУ повідомили, що над Запорізькою областю збито 5 БпЛА."

#: Ukraine's side telling its figure over its own country, then the ministry's over a region
T_OVER_OWN_COUNTRY = (
    "В Воздушных силах заявили, что над Украиной за ночь перехвачено 64 беспилотника. "
    "Минобороны России сообщило об уничтожении 11 БПЛА над Курской областью."
)

#: aerial targets "including N drones": the drones are the N
T_TARGETS_INCLUDING_DRONES = (
    "Над Белгородской областью сбиты 12 воздушных целей, в том числе 10 беспилотников."
)

#: one sentence, both sides: Ukraine's clause is Ukraine's, the clause after "while" Russia's
T_BOTH_SIDES_ONE_SENTENCE = (
    "Ukraine's air force said it downed 50 of 76 drones overnight, while Russia said it "
    "destroyed 24 Ukrainian drones over the Kursk and Bryansk regions."
)

#: "включая ..." names areas among those counted; "столичный" alone is the ministry's Moscow region
T_INCLUDING_THE_CAPITAL_REGION = (
    "ПВО уничтожила 58 украинских дронов над девятью регионами, включая столичный, "
    "сообщает Минобороны."
)

GOLDEN_NEWS = [
    (
        "ru-including-the-capital-region",
        T_INCLUDING_THE_CAPITAL_REGION,
        [
            R(
                T_INCLUDING_THE_CAPITAL_REGION,
                "mod",
                [
                    C(
                        T_INCLUDING_THE_CAPITAL_REGION,
                        "столичный",
                        "RU-MOW+RU-MOS",
                        None,
                        "place_without_count",
                    )
                ],
                total=58,
            )
        ],
    ),
    (
        "ru-over-own-country",
        T_OVER_OWN_COUNTRY,
        [
            R(
                T_OVER_OWN_COUNTRY,
                "other",
                [],
                total=64,
                night=P,
                country="UA",
                span=("В Воздушных силах", "беспилотника."),
            ),
            R(
                T_OVER_OWN_COUNTRY,
                "mod",
                [
                    C(
                        T_OVER_OWN_COUNTRY,
                        "11 БПЛА над Курской областью",
                        "RU-KRS",
                        11,
                        "count_over_place",
                    )
                ],
                total=11,
                span=("Минобороны России", "областью."),
            ),
        ],
    ),
    (
        "en-both-sides-in-one-sentence",
        T_BOTH_SIDES_ONE_SENTENCE,
        [
            R(
                T_BOTH_SIDES_ONE_SENTENCE,
                "other",
                [],
                total=50,
                night=P,
                country="UA",
                span=("Ukraine's air force", "overnight"),
            ),
            R(
                T_BOTH_SIDES_ONE_SENTENCE,
                "mod",  # "Russia said" with drone figures: the ministry's statement in news words
                [
                    C(
                        T_BOTH_SIDES_ONE_SENTENCE,
                        "Kursk",
                        "RU-KRS",
                        None,
                        "list_without_counts",
                        en=True,
                    ),
                    C(
                        T_BOTH_SIDES_ONE_SENTENCE,
                        "Bryansk regions",
                        "RU-BRY",
                        None,
                        "list_without_counts",
                        en=True,
                    ),
                ],
                total=24,
                night=P,  # one sentence tells of one night (``time_clauses.share_night``)
                span=("Russia said", "regions."),
            ),
        ],
    ),
    (
        "ru-aerial-targets-including-drones",
        T_TARGETS_INCLUDING_DRONES,
        [
            R(
                T_TARGETS_INCLUDING_DRONES,
                "media",
                [
                    C(
                        T_TARGETS_INCLUDING_DRONES,
                        "Белгородской областью сбиты 12 воздушных целей, в том числе 10",
                        "RU-BEL",
                        10,
                        "count_over_place",
                    )
                ],
                total=10,
            )
        ],
    ),
    (
        "uk-ministry-list",
        T_UK_MINISTRY_LIST,
        [
            R(
                T_UK_MINISTRY_LIST,
                "mod",
                [
                    C(T_UK_MINISTRY_LIST, "Брянською", "RU-BRY", None, "list_without_counts"),
                    C(T_UK_MINISTRY_LIST, "Курською", "RU-KRS", None, "list_without_counts"),
                    C(
                        T_UK_MINISTRY_LIST,
                        "Білгородською областями",
                        "RU-BEL",
                        None,
                        "list_without_counts",
                    ),
                ],
                total=30,
                night=P,
            )
        ],
    ),
    (
        "uk-air-force-over-ukraine",
        T_UK_AIR_FORCE,
        [R(T_UK_AIR_FORCE, "other", [], total=5, country="UA")],
    ),
    (
        "en-of-them-and-the-capital",
        T_OF_THEM_AND_THE_CAPITAL,
        [
            R(
                T_OF_THEM_AND_THE_CAPITAL,
                "mod",
                [
                    C(
                        T_OF_THEM_AND_THE_CAPITAL,
                        "10 of them over the Moscow region",
                        "RU-MOW+RU-MOS",
                        10,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=25,
                night=P,
                span=("The Russian", "Moscow region."),
            ),
            R(
                T_OF_THEM_AND_THE_CAPITAL,
                "mayor",
                [
                    C(
                        T_OF_THEM_AND_THE_CAPITAL,
                        "6 drones flying toward the capital",
                        "RU-MOW",
                        6,
                        "moscow_target",
                        en=True,
                    )
                ],
                total=6,
                span=("Moscow Mayor", "destroyed."),
            ),
        ],
    ),
    (
        "ru-attempt-then-one-destroyed",
        T_ATTEMPT_THEN_ONE,
        [
            R(
                T_ATTEMPT_THEN_ONE,
                "media",
                [
                    C(
                        T_ATTEMPT_THEN_ONE,
                        "Курской области. БПЛА уничтожен",
                        "RU-KRS",
                        1,
                        "all_destroyed",
                    )
                ],
                total=1,
            )
        ],
    ),
    (
        "ru-then-sequence",
        T_THEN_SEQUENCE,
        [
            R(
                T_THEN_SEQUENCE,
                "media",
                [
                    C(
                        T_THEN_SEQUENCE,
                        "один, затем три, потом ещё два беспилотника были сбиты над Курской областью",
                        "RU-KRS",
                        6,
                        "sum_verbs",
                    )
                ],
                total=6,
            )
        ],
    ),
    (
        "ru-sum-with-more",
        T_SUM_WITH_MORE,
        [
            R(
                T_SUM_WITH_MORE,
                "media",
                [
                    C(
                        T_SUM_WITH_MORE,
                        "восемнадцать беспилотников уничтожены и ещё девять перехвачены над Крымом",
                        "UA-43",
                        27,
                        "sum_verbs",
                    )
                ],
                total=27,
                night=P,
            )
        ],
    ),
    (
        "ru-week-recap-after-the-night",
        T_WEEK_RECAP,
        [
            R(
                T_WEEK_RECAP,
                "media",
                [
                    C(
                        T_WEEK_RECAP,
                        "Брянской областью сбиты 12",
                        "RU-BRY",
                        12,
                        "count_over_place",
                    )
                ],
                total=12,
                night=P,
                span=("За ночь", "12 БПЛА."),
            ),
            R(
                T_WEEK_RECAP,
                "media",
                [],
                total=1200,
                span=("Всего за неделю", "беспилотников."),
                period="week",
            ),
        ],
    ),
    (
        "ru-earlier-date-and-a-bare-sea",
        T_EARLIER_DATE_BARE_SEA,
        [
            R(
                T_EARLIER_DATE_BARE_SEA,
                "mod",
                [
                    C(
                        T_EARLIER_DATE_BARE_SEA,
                        "Черного моря уничтожены пять",
                        "SEA-BLACK",
                        5,
                        "count_over_place",
                    )
                ],
                total=5,
                span=("Над акваторией", "Минобороны."),
            ),
            R(
                T_EARLIER_DATE_BARE_SEA,
                "mod",
                [
                    C(
                        T_EARLIER_DATE_BARE_SEA,
                        "шести дронов над акваторией",
                        "SEA-BLACK",
                        6,
                        "count_over_place",
                    )
                ],
                total=6,
                day=W("2025-06-01T00:00", "2025-06-02T00:00"),
                span=("1 июня", "акваторией."),
            ),
        ],
    ),
    (
        "ru-night-recap-after-a-window",
        T_NIGHT_RECAP_AFTER_WINDOW,
        [
            R(
                T_NIGHT_RECAP_AFTER_WINDOW,
                "mod",
                [
                    C(T_NIGHT_RECAP_AFTER_WINDOW, "Курской", "RU-KRS", None, "list_without_counts"),
                    C(
                        T_NIGHT_RECAP_AFTER_WINDOW,
                        "Брянской областей",
                        "RU-BRY",
                        None,
                        "list_without_counts",
                    ),
                ],
                total=45,
                window=W("2025-06-02T23:00", "2025-06-03T07:00"),
                night=date(2025, 6, 3),
                span=("С 23:00", "областей."),
            ),
            # the whole night holds the window: it names the window's areas, without figures
            R(
                T_NIGHT_RECAP_AFTER_WINDOW,
                "mod",
                [
                    C(T_NIGHT_RECAP_AFTER_WINDOW, "Курской", "RU-KRS", None, "window_of_recap"),
                    C(
                        T_NIGHT_RECAP_AFTER_WINDOW,
                        "Брянской областей",
                        "RU-BRY",
                        None,
                        "window_of_recap",
                    ),
                ],
                total=55,
                night=date(2025, 6, 3),
                span=("Всего в ночное", "Минобороны."),
            ),
        ],
    ),
    (
        "ru-lede-retells-the-night-recap-not-the-window",
        T_LEDE_OF_THE_RECAP,
        [
            # in the order the text first speaks of them: the lede's recap, then the window
            R(
                T_LEDE_OF_THE_RECAP,
                "mod",
                [
                    C(T_LEDE_OF_THE_RECAP, "Калужской", "RU-KLU", None, "window_of_recap"),
                    C(T_LEDE_OF_THE_RECAP, "Тульской областями", "RU-TUL", None, "window_of_recap"),
                ],
                total=38,
                night=date(2025, 6, 3),
                span=("Минобороны отчиталось", "38 БПЛА."),
            ),
            R(
                T_LEDE_OF_THE_RECAP,
                "mod",
                [
                    C(T_LEDE_OF_THE_RECAP, "Калужской", "RU-KLU", None, "list_without_counts"),
                    C(
                        T_LEDE_OF_THE_RECAP,
                        "Тульской областями",
                        "RU-TUL",
                        None,
                        "list_without_counts",
                    ),
                ],
                total=24,
                window=W("2025-06-02T22:00", "2025-06-03T06:00"),
                night=date(2025, 6, 3),
                span=("С 22:00", "областями."),
            ),
        ],
    ),
    (
        "ru-emoji-recap-after-an-evening",
        T_EMOJI_RECAP,
        [
            R(
                T_EMOJI_RECAP,
                "media",
                [
                    C(
                        T_EMOJI_RECAP,
                        "Курской областью уничтожены 15",
                        "RU-KRS",
                        15,
                        "count_over_place",
                    )
                ],
                total=15,
                window=W("2025-06-03T20:00", "2025-06-03T23:00"),
                span=("С 20:00", "беспилотников."),
            ),
            R(T_EMOJI_RECAP, "media", [], total=61, night=P, span=("❗️Всего", "БПЛА.")),
        ],
    ),
    (
        "en-moscow-in-a-list-of-regions",
        T_MOSCOW_IN_REGION_LIST,
        [
            R(
                T_MOSCOW_IN_REGION_LIST,
                "mod",
                [
                    C(
                        T_MOSCOW_IN_REGION_LIST,
                        "Moscow",
                        "RU-MOW+RU-MOS",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                    C(
                        T_MOSCOW_IN_REGION_LIST,
                        "Kursk",
                        "RU-KRS",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                    C(
                        T_MOSCOW_IN_REGION_LIST,
                        "Bryansk",
                        "RU-BRY",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                ],
            )
        ],
    ),
    (
        "uk-retelling-of-russian-officials",
        T_UK_RETELLING,
        [
            R(
                T_UK_RETELLING,
                "governor",
                [
                    C(
                        T_UK_RETELLING,
                        "три дрони над Погарським районом",
                        "RU-BRY",
                        3,
                        "count_over_place",
                        district=("RU-BRY:pogarsky", "Погарский район"),
                    ),
                    C(
                        T_UK_RETELLING,
                        "три дрони над Погарським районом",
                        "RU-BRY",
                        3,
                        "region_from_district",
                    ),
                    C(T_UK_RETELLING, "там збили два", "RU-KRS", 2, "count_over_place"),
                ],
            )
        ],
    ),
    (
        "en-not-said",
        T_NOT_SAID_EN,
        [
            R(
                T_NOT_SAID_EN,
                "mod",
                [
                    C(
                        T_NOT_SAID_EN,
                        "two drones had been shot down over the Bryansk region",
                        "RU-BRY",
                        2,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=2,
            )
        ],
    ),
    (
        "en-earlier-version",
        T_EARLIER_VERSION_EN,
        [
            R(
                T_EARLIER_VERSION_EN,
                "mod",
                [
                    C(
                        T_EARLIER_VERSION_EN,
                        "nine drones had been shot down over the Kursk region",
                        "RU-KRS",
                        9,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=9,
            )
        ],
    ),
    (
        "en-past-clause",
        T_PAST_CLAUSE_EN,
        [
            R(
                T_PAST_CLAUSE_EN,
                "governor",
                [
                    C(
                        T_PAST_CLAUSE_EN,
                        "Two drones were shot down over the Belgorod region",
                        "RU-BEL",
                        2,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=2,
                night=P,
            )
        ],
    ),
    (
        "ru-past-clause",
        T_PAST_CLAUSE_RU,
        [
            R(
                T_PAST_CLAUSE_RU,
                "governor",
                [
                    C(
                        T_PAST_CLAUSE_RU,
                        "Белгородской областью ночью сбиты два",
                        "RU-BEL",
                        2,
                        "count_over_place",
                    )
                ],
                total=2,
                night=P,
            )
        ],
    ),
    (
        "en-habitual",
        T_HABITUAL_EN,
        [
            R(
                T_HABITUAL_EN,
                "mod",
                [
                    C(
                        T_HABITUAL_EN,
                        "eight were destroyed over the Kursk region",
                        "RU-KRS",
                        8,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=8,
                night=P,
            )
        ],
    ),
    (
        "ru-habitual",
        T_HABITUAL_RU,
        [
            R(
                T_HABITUAL_RU,
                "mod",
                [
                    C(
                        T_HABITUAL_RU,
                        "Курской областью уничтожены восемь",
                        "RU-KRS",
                        8,
                        "count_over_place",
                    )
                ],
                total=8,
                night=P,
            )
        ],
    ),
    (
        "ru-not-said",
        T_NOT_SAID_RU,
        [
            R(
                T_NOT_SAID_RU,
                "mod",
                [
                    C(
                        T_NOT_SAID_RU,
                        "Брянской областью уничтожены три",
                        "RU-BRY",
                        3,
                        "count_over_place",
                    )
                ],
                total=3,
            )
        ],
    ),
    (
        "ru-speculated",
        T_SPECULATED_RU,
        [
            R(
                T_SPECULATED_RU,
                "governor",
                [
                    C(
                        T_SPECULATED_RU,
                        "шести беспилотников над Погарским районом",
                        "RU-BRY",
                        6,
                        "count_over_place",
                        district=("RU-BRY:pogarsky", "Погарский район"),
                    ),
                    C(
                        T_SPECULATED_RU,
                        "шести беспилотников над Погарским районом",
                        "RU-BRY",
                        6,
                        "region_from_district",
                    ),
                ],
                total=6,
                night=P,
            )
        ],
    ),
    (
        "en-the-latter-is-the-missile",
        T_THE_LATTER,
        [
            R(
                T_THE_LATTER,
                "mod",
                [
                    C(
                        T_THE_LATTER,
                        "Two drones were destroyed over the Kursk region",
                        "RU-KRS",
                        2,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=2,
                night=P,
            )
        ],
    ),
    (
        "en-ministry-reported-then-these-included",
        T_MINISTRY_REPORTED,
        [
            R(
                T_MINISTRY_REPORTED,
                "mod",
                [
                    C(T_MINISTRY_REPORTED, "Kursk", "RU-KRS", None, "place_without_count", en=True),
                    C(
                        T_MINISTRY_REPORTED,
                        "Bryansk regions",
                        "RU-BRY",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                ],
                total=11,
                window=W("2025-06-03T20:00", "2025-06-03T23:00"),
            )
        ],
    ),
    (
        "ru-defence-department",
        T_DEFENCE_DEPARTMENT,
        [
            R(
                T_DEFENCE_DEPARTMENT,
                "mod",
                [
                    C(
                        T_DEFENCE_DEPARTMENT,
                        "Брянской областью сбиты шесть",
                        "RU-BRY",
                        6,
                        "count_over_place",
                    )
                ],
                total=6,
            )
        ],
    ),
    (
        "en-outside-moscow",
        T_OUTSIDE_MOSCOW,
        [
            R(
                T_OUTSIDE_MOSCOW,
                "media",
                [C(T_OUTSIDE_MOSCOW, "Moscow", "RU-MOS", None, "place_without_count", en=True)],
            )
        ],
    ),
    (
        "en-outside-moscow-in-the-moscow-region",
        T_OUTSIDE_MOSCOW_COVERED,
        [
            R(
                T_OUTSIDE_MOSCOW_COVERED,
                "mod",
                [
                    C(
                        T_OUTSIDE_MOSCOW_COVERED,
                        "12 over the Moscow region",
                        "RU-MOW+RU-MOS",
                        12,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=40,
                night=P,
            )
        ],
    ),
    (
        "ru-managed-to-down-one",
        T_MANAGED_TO_DOWN_ONE,
        [
            R(
                T_MANAGED_TO_DOWN_ONE,
                "mod",
                [
                    C(
                        T_MANAGED_TO_DOWN_ONE,
                        "украинский беспилотник удалось сбить над Воронежской областью",
                        "RU-VOR",
                        1,
                        "count_over_place",
                    )
                ],
                total=1,
                window=W("2025-06-03T16:20", "2025-06-03T16:20"),
            )
        ],
    ),
    (
        "ru-besides-an-area",
        T_BESIDES_RU,
        [
            R(
                T_BESIDES_RU,
                "media",
                [
                    C(T_BESIDES_RU, "Курской области", "RU-KRS", None, "place_without_count"),
                    C(
                        T_BESIDES_RU,
                        "пять беспилотников сбиты над Брянской областью",
                        "RU-BRY",
                        5,
                        "count_over_place",
                    ),
                ],
            )
        ],
    ),
    (
        "en-besides-an-area",
        T_BESIDES_EN,
        [
            R(
                T_BESIDES_EN,
                "mod",
                [
                    C(T_BESIDES_EN, "Kursk region", "RU-KRS", None, "place_without_count", en=True),
                    C(
                        T_BESIDES_EN,
                        "four drones were downed over the Bryansk region",
                        "RU-BRY",
                        4,
                        "count_over_place",
                        en=True,
                    ),
                ],
            )
        ],
    ),
    (
        "en-drone-that-hit-is-no-count",
        T_DRONE_THAT_HIT,
        [
            R(
                T_DRONE_THAT_HIT,
                "governor",
                [
                    C(
                        T_DRONE_THAT_HIT,
                        "Kursk region",
                        "RU-KRS",
                        None,
                        "place_without_count",
                        en=True,
                    )
                ],
                casualties=Casualties(None, 1),
            )
        ],
    ),
    (
        "en-surrounding-region",
        T_SURROUNDING_REGION,
        [
            R(
                T_SURROUNDING_REGION,
                "mod",
                [
                    C(
                        T_SURROUNDING_REGION,
                        "three over Moscow",
                        "RU-MOW",
                        3,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_SURROUNDING_REGION,
                        "two over the surrounding region",
                        "RU-MOS",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=12,
                night=P,
                span=("Air defences", "ministry said."),
            ),
            R(
                T_SURROUNDING_REGION,
                "mod",
                [
                    C(
                        T_SURROUNDING_REGION,
                        "8 above the region around the Russian capital",
                        "RU-MOW+RU-MOS",
                        8,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=20,
                span=("Earlier it said", "Russian capital."),
            ),
        ],
    ),
    (
        "en-one-figure-of-two-areas",
        T_ONE_FIGURE_OF_TWO_AREAS,
        [
            R(
                T_ONE_FIGURE_OF_TWO_AREAS,
                "mod",
                [
                    C(
                        T_ONE_FIGURE_OF_TWO_AREAS,
                        "Kursk regions",
                        "RU-KRS",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                    C(
                        T_ONE_FIGURE_OF_TWO_AREAS,
                        "four drones were downed over the Bryansk region",
                        "RU-BRY",
                        4,
                        "count_over_place",
                        en=True,
                    ),
                ],
                night=P,
            )
        ],
    ),
    (
        "en-evening-hours-after-overnight",
        T_EVENING_HOURS,
        [
            R(
                T_EVENING_HOURS,
                "mod",
                [
                    C(
                        T_EVENING_HOURS,
                        "three drones over the Kursk region",
                        "RU-KRS",
                        3,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=3,
                window=W("2025-06-02T22:00", "2025-06-02T23:30"),
            )
        ],
    ),
    (
        "en-headline-lede-and-quoted-time",
        T_HEADLINE_LEDE_QUOTE,
        [
            R(
                T_HEADLINE_LEDE_QUOTE,
                "mod",
                [
                    C(
                        T_HEADLINE_LEDE_QUOTE,
                        "two drones above the Kursk region",
                        "RU-KRS",
                        2,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=2,
                window=W("2025-06-03T15:25", "2025-06-03T15:25"),
            )
        ],
    ),
    (
        "ru-about-noon",
        T_ABOUT_NOON,
        [
            R(
                T_ABOUT_NOON,
                "mod",
                [
                    C(
                        T_ABOUT_NOON,
                        "сбили беспилотник над Брянской областью",
                        "RU-BRY",
                        1,
                        "count_over_place",
                    )
                ],
                total=1,
                window=W("2025-06-02T12:00", "2025-06-02T12:00"),
            )
        ],
    ),
    # a bound, then a figure at least as large for the same thing: the figure (a claim, a total)
    (
        "ru-bound-then-figure",
        T_BOUND_THEN_FIGURE,
        [
            R(
                T_BOUND_THEN_FIGURE,
                "mayor",
                [
                    C(
                        T_BOUND_THEN_FIGURE,
                        "21 беспилотник, летевший на Москву",
                        "RU-MOW",
                        21,
                        "moscow_target",
                    ),
                ],
                total=21,
                night=P,
            )
        ],
    ),
    (
        "ru-running-count",
        T_RUNNING_COUNT,
        [
            R(
                T_RUNNING_COUNT,
                "governor",
                [
                    C(T_RUNNING_COUNT, "26", "RU-ROS", 26, "one_region_total"),
                ],
                total=26,
            )
        ],
    ),
    # the port of a town is the town; a headline repeated as the lede tells one figure, the region's too
    (
        "en-port-told-twice",
        T_PORT_TOLD_TWICE,
        [
            R(
                T_PORT_TOLD_TWICE,
                "governor",
                [
                    C(
                        T_PORT_TOLD_TWICE,
                        "Six drones were downed over the port of Novorossiysk",
                        "RU-KDA",
                        6,
                        "count_over_place",
                        district=("RU-KDA:novorossiysk", "Novorossiysk"),
                        en=True,
                    ),
                    C(
                        T_PORT_TOLD_TWICE,
                        "Six drones were downed over the port of Novorossiysk",
                        "RU-KDA",
                        6,
                        "region_from_district",
                        en=True,
                    ),
                    C(
                        T_PORT_TOLD_TWICE,
                        "Six drones were downed over the port of Novorossiysk",
                        "RU-KDA",
                        6,
                        "count_over_place",
                        district=("RU-KDA:novorossiysk", "Novorossiysk"),
                        nth=1,
                        en=True,
                    ),
                ],
                total=6,
            )
        ],
    ),
    # a village after a district of one region is no district of another region named like it
    (
        "ru-village-named-like-a-district-elsewhere",
        T_VILLAGE_NAMED_LIKE_ELSEWHERE,
        [
            R(
                T_VILLAGE_NAMED_LIKE_ELSEWHERE,
                "media",
                [
                    C(
                        T_VILLAGE_NAMED_LIKE_ELSEWHERE,
                        "Белгородском районе",
                        "RU-BEL",
                        None,
                        "place_of_damage",
                        district=BELGORODSKY,
                    ),
                    # a district named by its head noun names its region (no guess by name)
                    C(
                        T_VILLAGE_NAMED_LIKE_ELSEWHERE,
                        "Белгородском районе",
                        "RU-BEL",
                        None,
                        "region_of_districts",
                    ),
                ],
                damage=T_VILLAGE_NAMED_LIKE_ELSEWHERE,
            )
        ],
    ),
    # a village named with its district in the genitive names that district
    (
        "ru-village-of-a-district",
        T_VILLAGE_OF_DISTRICT,
        [
            R(
                T_VILLAGE_OF_DISTRICT,
                "media",
                [
                    C(
                        T_VILLAGE_OF_DISTRICT,
                        "Брянской областью сбиты три",
                        "RU-BRY",
                        3,
                        "count_over_place",
                    ),
                    C(
                        T_VILLAGE_OF_DISTRICT,
                        "Погарского района",
                        "RU-BRY",
                        None,
                        "place_of_damage",
                        district=("RU-BRY:pogarsky", "Погарский район"),
                    ),
                ],
                total=3,
                damage="Обломки упали рядом с селом Лесное Погарского района.",
            )
        ],
    ),
    # two towns of one region name the region too
    (
        "ru-towns-name-their-region",
        T_TOWNS_OF_REGION,
        [
            R(
                T_TOWNS_OF_REGION,
                "media",
                [
                    C(
                        T_TOWNS_OF_REGION,
                        "Шебекинском округе",
                        "RU-BEL",
                        None,
                        "place_without_count",
                        district=SHEBEKINSKY,
                    ),
                    C(
                        T_TOWNS_OF_REGION,
                        "Шебекинском округе",
                        "RU-BEL",
                        None,
                        "region_of_districts",
                    ),
                    C(
                        T_TOWNS_OF_REGION,
                        "Белгородском районе",
                        "RU-BEL",
                        None,
                        "place_without_count",
                        district=BELGORODSKY,
                    ),
                ],
                damage=T_TOWNS_OF_REGION,
            )
        ],
    ),
    # "сбили украинский беспилотник" is one; "пытавшихся атаковать Москву" is bound for Moscow
    (
        "ru-shot-down-one-active",
        T_SHOT_ONE,
        [
            R(
                T_SHOT_ONE,
                "governor",
                [
                    C(
                        T_SHOT_ONE,
                        "сбили вражеский беспилотник над областью",
                        "RU-KRS",
                        1,
                        "count_over_place",
                    ),
                ],
                total=1,
                night=P,
            )
        ],
    ),
    (
        "ru-tried-to-attack-moscow",
        T_TRIED_MOSCOW,
        [
            R(
                T_TRIED_MOSCOW,
                "mayor",
                [
                    C(
                        T_TRIED_MOSCOW,
                        "пять БПЛА, пытавшихся атаковать Москву",
                        "RU-MOW",
                        5,
                        "moscow_target",
                    ),
                ],
                total=5,
            )
        ],
    ),
    (
        "ru-capital-region",
        T_CAPITAL_REGION,
        [
            R(
                T_CAPITAL_REGION,
                "media",
                [
                    C(
                        T_CAPITAL_REGION,
                        "столичным регионом сбиты три",
                        "RU-MOW+RU-MOS",
                        3,
                        "count_over_place",
                    ),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    # "but" starts a clause of its own: each count keeps its place
    (
        "en-but-starts-a-clause",
        T_BUT,
        [
            R(
                T_BUT,
                "media",
                [
                    C(
                        T_BUT,
                        "three drones over the Kursk region",
                        "RU-KRS",
                        3,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_BUT,
                        "two were downed above the Black Sea",
                        "SEA-BLACK",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                ],
            )
        ],
    ),
    # "воздушные цели" after drones were named give the report its window; the night is another report
    (
        "ru-aerial-targets-give-the-window",
        T_TARGETS_TIME,
        [
            R(
                T_TARGETS_TIME,
                "media",
                [
                    C(
                        T_TARGETS_TIME,
                        "30 беспилотников над Курской областью",
                        "RU-KRS",
                        30,
                        "count_over_place",
                    ),
                ],
                total=30,
                window=W("2025-06-03T09:00", "2025-06-03T15:00"),
                span=("За день", "15:00 мск."),
            ),
            R(
                T_TARGETS_TIME,
                "media",
                [
                    C(
                        T_TARGETS_TIME,
                        "Брянской областью уничтожены 80",
                        "RU-BRY",
                        80,
                        "count_over_place",
                    ),
                ],
                total=80,
                night=P,
                span=("За ночь", "беспилотников."),
            ),
        ],
    ),
    # two counts joined by "и" before two places joined by "и" pair in order; with a verb each, they do not
    (
        "ru-respectively",
        T_RESPECTIVELY,
        [
            R(
                T_RESPECTIVELY,
                "media",
                [
                    C(T_RESPECTIVELY, "7 и 4 БПЛА сбиты над Брянской", "RU-BRY", 7, "respectively"),
                    C(
                        T_RESPECTIVELY,
                        "4 БПЛА сбиты над Брянской и Курской областями",
                        "RU-KRS",
                        4,
                        "respectively",
                    ),
                    C(T_RESPECTIVELY, "2 — над Крымом", "UA-43", 2, "count_over_place"),
                ],
            )
        ],
    ),
    (
        "en-respectively",
        T_EN_RESPECTIVELY,
        [
            R(
                T_EN_RESPECTIVELY,
                "media",
                [
                    C(
                        T_EN_RESPECTIVELY,
                        "7 and 4 drones over the Bryansk",
                        "RU-BRY",
                        7,
                        "respectively",
                        en=True,
                    ),
                    C(
                        T_EN_RESPECTIVELY,
                        "4 drones over the Bryansk and Kursk regions",
                        "RU-KRS",
                        4,
                        "respectively",
                        en=True,
                    ),
                ],
            )
        ],
    ),
    (
        "en-each-after-list",
        T_EN_EACH_AFTER_LIST,
        [
            R(
                T_EN_EACH_AFTER_LIST,
                "media",
                [
                    C(
                        T_EN_EACH_AFTER_LIST,
                        "Bryansk, Kursk and Belgorod regions, two",
                        "RU-BRY",
                        2,
                        "distributive",
                        en=True,
                    ),
                    C(
                        T_EN_EACH_AFTER_LIST,
                        "Kursk and Belgorod regions, two",
                        "RU-KRS",
                        2,
                        "distributive",
                        en=True,
                    ),
                    C(
                        T_EN_EACH_AFTER_LIST,
                        "Belgorod regions, two",
                        "RU-BEL",
                        2,
                        "distributive",
                        en=True,
                    ),
                ],
                total=6,
            )
        ],
    ),
    (
        "ru-each-after-list",
        T_RU_EACH_AFTER_LIST,
        [
            R(
                T_RU_EACH_AFTER_LIST,
                "media",
                [
                    C(
                        T_RU_EACH_AFTER_LIST,
                        "Брянской и Курской областями уничтожены четыре беспилотника — по два",
                        "RU-BRY",
                        2,
                        "distributive",
                    ),
                    C(
                        T_RU_EACH_AFTER_LIST,
                        "Курской областями уничтожены четыре беспилотника — по два",
                        "RU-KRS",
                        2,
                        "distributive",
                    ),
                ],
                total=4,
            )
        ],
    ),
    (
        "ru-two-verbs-two-places",
        T_TWO_VERBS_TWO_PLACES,
        [
            R(
                T_TWO_VERBS_TWO_PLACES,
                "media",
                [
                    C(T_TWO_VERBS_TWO_PLACES, "Курской", "RU-KRS", None, "list_without_counts"),
                    C(
                        T_TWO_VERBS_TWO_PLACES,
                        "Брянской областями",
                        "RU-BRY",
                        None,
                        "list_without_counts",
                    ),
                ],
                total=8,
            )
        ],
    ),
    # "the unmanned craft" are drones; "the peninsula" is Crimea
    (
        "en-unmanned-craft-over-the-peninsula",
        T_PENINSULA,
        [
            R(
                T_PENINSULA,
                "media",
                [
                    C(
                        T_PENINSULA,
                        "12 of the unmanned craft were downed over the peninsula",
                        "UA-43",
                        12,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=12,
                night=P,
            )
        ],
    ),
    # a head of region named without a title speaks for his region; another one starts his own report
    (
        "ru-governor-by-name",
        T_NAMED_GOVERNOR,
        [
            R(
                T_NAMED_GOVERNOR,
                "governor",
                [
                    C(T_NAMED_GOVERNOR, "три", "RU-BEL", 3, "one_region_total"),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    (
        "ru-two-governors",
        T_TWO_GOVERNORS,
        [
            R(
                T_TWO_GOVERNORS,
                "governor",
                [C(T_TWO_GOVERNORS, "регионом сбиты 5", "RU-KRS", 5, "count_over_place")],
                total=5,
                span=("Губернатор", "беспилотников."),
            ),
            R(
                T_TWO_GOVERNORS,
                "governor",
                [C(T_TWO_GOVERNORS, "два", "RU-BRY", 2, "one_region_total")],
                total=2,
                span=("Тем временем", "БПЛА."),
            ),
        ],
    ),
    (
        "en-two-governors",
        T_EN_TWO_GOVERNORS,
        [
            R(
                T_EN_TWO_GOVERNORS,
                "governor",
                [C(T_EN_TWO_GOVERNORS, "one", "RU-KLU", 1, "one_region_total", en=True)],
                total=1,
                night=P,
                span=("Shapsha", "overnight."),
            ),
            R(
                T_EN_TWO_GOVERNORS,
                "governor",
                [C(T_EN_TWO_GOVERNORS, "two", "RU-BEL", 2, "one_region_total", en=True)],
                total=2,
                span=("Gladkov", "region."),
            ),
        ],
    ),
    # "the capital" (over or in it) and "столица" are Moscow
    (
        "en-over-the-capital",
        T_CAPITAL_EN,
        [
            R(
                T_CAPITAL_EN,
                "mayor",
                [
                    C(
                        T_CAPITAL_EN,
                        "capital air defences destroyed three",
                        "RU-MOW",
                        3,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=3,
            )
        ],
    ),
    (
        "ru-over-the-capital",
        T_CAPITAL_RU,
        [
            R(
                T_CAPITAL_RU,
                "mayor",
                [
                    C(T_CAPITAL_RU, "столицей сбиты два", "RU-MOW", 2, "count_over_place"),
                ],
                total=2,
            )
        ],
    ),
    (
        "ru-crimean-peninsula",
        T_CRIMEAN_PENINSULA,
        [
            R(
                T_CRIMEAN_PENINSULA,
                "media",
                [
                    C(
                        T_CRIMEAN_PENINSULA,
                        "пять беспилотников сбиты над Брянской областью",
                        "RU-BRY",
                        5,
                        "count_over_place",
                    ),
                    C(
                        T_CRIMEAN_PENINSULA,
                        "шесть - над Крымским полуостровом",
                        "UA-43",
                        6,
                        "count_over_place",
                    ),
                ],
                night=P,
            )
        ],
    ),
    (
        "en-incoming-drones",
        T_INCOMING,
        [
            R(
                T_INCOMING,
                "media",
                [
                    C(
                        T_INCOMING,
                        "30 incoming drones over the Bryansk region",
                        "RU-BRY",
                        30,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=30,
            )
        ],
    ),
    # a place named as an airport's is where flights stopped, not where drones were downed
    (
        "en-airport-place",
        T_AIRPORT,
        [
            R(
                T_AIRPORT,
                "media",
                [
                    C(
                        T_AIRPORT,
                        "two drones were shot down over the Kaluga region",
                        "RU-KLU",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=2,
            )
        ],
    ),
    # a bare number in parentheses after a region's name is its figure
    (
        "en-paren-bare-numbers",
        T_PAREN_BARE,
        [
            R(
                T_PAREN_BARE,
                "media",
                [
                    C(T_PAREN_BARE, "Belgorod (8)", "RU-BEL", 8, "paren_count", en=True),
                    C(T_PAREN_BARE, "Kursk (4)", "RU-KRS", 4, "paren_count", en=True),
                ],
                total=12,
                night=P,
            )
        ],
    ),
    (
        "en-combat-drones",
        T_COMBAT,
        [
            R(
                T_COMBAT,
                "mayor",
                [
                    C(
                        T_COMBAT,
                        "two combat drones that were flying toward Moscow",
                        "RU-MOW",
                        2,
                        "moscow_target",
                        en=True,
                    ),
                ],
                total=2,
            )
        ],
    ),
    # "and the X region" after a clause that interrupts the list goes on with it
    (
        "en-region-after-a-clause",
        T_AFTER_CLAUSE,
        [
            R(
                T_AFTER_CLAUSE,
                "mod",
                [
                    C(
                        T_AFTER_CLAUSE,
                        "Bryansk region",
                        "RU-BRY",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                    C(
                        T_AFTER_CLAUSE,
                        "Kursk region",
                        "RU-KRS",
                        None,
                        "place_without_count",
                        en=True,
                    ),
                ],
            )
        ],
    ),
    (
        "en-one-each-after-a-clause",
        T_EACH_AFTER_CLAUSE,
        [
            R(
                T_EACH_AFTER_CLAUSE,
                "media",
                [
                    C(
                        T_EACH_AFTER_CLAUSE,
                        "one drone each over the Bryansk region",
                        "RU-BRY",
                        1,
                        "distributive",
                        en=True,
                    ),
                    C(
                        T_EACH_AFTER_CLAUSE,
                        "one drone each over the Bryansk region, south of the capital, and the Kursk region",
                        "RU-KRS",
                        1,
                        "distributive",
                        en=True,
                    ),
                ],
            )
        ],
    ),
    # a lede's figure that only a place outside Russia carries gives way to the statement's
    (
        "en-foreign-lede-then-statement",
        T_FOREIGN_LEDE,
        [R(T_FOREIGN_LEDE, "mod", [], total=4, night=P)],
    ),
    # a count over a wider area and a sea is the report's, not the sea's
    (
        "ru-wider-area-and-sea",
        T_WIDER,
        [
            R(
                T_WIDER,
                "mod",
                [
                    C(T_WIDER, "Черным морем", "SEA-BLACK", None, "list_without_counts"),
                ],
                total=40,
                night=P,
            )
        ],
    ),
    # ... and a wider area after the places ("and other regions"): the figure is the list's
    (
        "en-wider-area-after-a-place",
        T_WIDER_MEMBER,
        [
            R(
                T_WIDER_MEMBER,
                "mod",
                [
                    C(
                        T_WIDER_MEMBER,
                        "Kursk region",
                        "RU-KRS",
                        None,
                        "list_without_counts",
                        en=True,
                    ),
                ],
                total=25,
                night=P,
            )
        ],
    ),
    # a clause opened by "as" after the figure tells what happened meanwhile: its town is hit
    (
        "en-as-clause-of-its-own",
        T_AS_CLAUSE,
        [
            R(
                T_AS_CLAUSE,
                "mod",
                [
                    C(
                        T_AS_CLAUSE,
                        "Kursk city",
                        "RU-KRS",
                        None,
                        "place_of_damage",
                        district=("RU-KRS:kursk", "Kursk"),
                        en=True,
                    ),
                ],
                total=14,
                night=P,
                damage=T_AS_CLAUSE,
            )
        ],
    ),
    # a share of a count ("most of them", "половина из 36") said of a place: no figure of its own
    (
        "en-share-of-a-count",
        T_SHARE,
        [
            R(
                T_SHARE,
                "mod",
                [C(T_SHARE, "Bryansk region", "RU-BRY", None, "share_of_count", en=True)],
                total=40,
                night=P,
            )
        ],
    ),
    (
        "ru-share-of-a-count",
        T_SHARE_OF,
        [
            R(
                T_SHARE_OF,
                "mod",
                [C(T_SHARE_OF, "Курской областью", "RU-KRS", None, "share_of_count")],
                total=30,
            )
        ],
    ),
    # boats called drones ("морские дроны", "sea drones") and missiles are not drones
    (
        "ru-sea-drones-are-boats",
        T_SEA_DRONES,
        [
            R(
                T_SEA_DRONES,
                "media",
                [
                    C(T_SEA_DRONES, "Курской областью сбиты два", "RU-KRS", 2, "count_over_place"),
                ],
                total=2,
            )
        ],
    ),
    (
        "ru-missiles-beside-drones",
        T_MISSILES_BESIDE,
        [
            R(
                T_MISSILES_BESIDE,
                "media",
                [
                    C(
                        T_MISSILES_BESIDE,
                        "Брянской областью сбиты пять",
                        "RU-BRY",
                        5,
                        "count_over_place",
                    ),
                ],
                total=5,
            )
        ],
    ),
    (
        "ru-shells-after-drones",
        T_SHELLS_AFTER,
        [
            R(
                T_SHELLS_AFTER,
                "media",
                [
                    C(
                        T_SHELLS_AFTER,
                        "Курской областью ночью уничтожены три",
                        "RU-KRS",
                        3,
                        "count_over_place",
                    ),
                ],
                total=3,
                night=P,
            )
        ],
    ),
    # "воздушные цели" in a sentence about a drone raid are the drones; places joined by "и" share one count
    (
        "ru-aerial-targets-in-a-drone-raid",
        T_TARGETS_IN_RAID,
        [
            R(
                T_TARGETS_IN_RAID,
                "media",
                [
                    C(
                        T_TARGETS_IN_RAID,
                        "Краснодарским краем и акваторией Черного моря сбили более 15",
                        "RU-KDA+SEA-BLACK",
                        15,
                        "combined_area",
                        q="at_least",
                    ),
                ],
                total=15,
                tq="at_least",
            )
        ],
    ),
    (
        "ru-places-share-the-count-before",
        T_SHARED_AFTER,
        [
            R(
                T_SHARED_AFTER,
                "media",
                [
                    C(
                        T_SHARED_AFTER,
                        "девять БПЛА над Краснодарским краем и акваторией Черного моря",
                        "RU-KDA+SEA-BLACK",
                        9,
                        "combined_area",
                    ),
                ],
                total=9,
            )
        ],
    ),
    # Ukraine's side named by news words; its paragraph goes on until Russia's side or a Russian region
    (
        "en-ukraine-says-then-moscow-says",
        T_UA_THEN_MOSCOW,
        [
            R(
                T_UA_THEN_MOSCOW,
                "other",
                [],
                total=23,
                night=P,
                country="UA",
                span=("Kyiv", "overnight."),
            ),
            R(
                T_UA_THEN_MOSCOW,
                "mod",  # "Moscow (also) said", like "Russia said": the ministry
                [
                    C(
                        T_UA_THEN_MOSCOW,
                        "5 drones over the Bryansk region",
                        "RU-BRY",
                        5,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=5,
                span=("Moscow also", "region."),
            ),
        ],
    ),
    (
        "ru-ukraine-air-force-paragraph",
        T_UA_PARAGRAPH,
        [
            R(
                T_UA_PARAGRAPH,
                "other",
                [],
                total=40,
                country="UA",
                span=("Противник", "40 дронов."),
            ),
            R(
                T_UA_PARAGRAPH,
                "media",
                [
                    C(
                        T_UA_PARAGRAPH,
                        "Брянской областью уничтожены пять",
                        "RU-BRY",
                        5,
                        "count_over_place",
                    ),
                ],
                total=5,
                span=("Над Брянской", "БПЛА."),
            ),
        ],
    ),
]
NOT_DRONES_NEWS = [
    (
        "en-sea-drones-only",
        "Naval forces destroyed three sea drones near the Black Sea coast on Tuesday.",
    ),
    (
        "ru-uncrewed-boats-only",
        "Корабли флота уничтожили два беспилотных катера в акватории Черного моря.",
    ),
    (
        "en-drone-attacks-counted",
        "Two drone attacks in the Kursk region were repelled, officials said.",
    ),
    ("en-recent-weeks", "In recent weeks, three drones were shot down over the Smolensk region."),
    ("ru-recent-months", "За последние месяцы над Курской областью сбиты 40 беспилотников."),
]


# --- districts, towns and what an attack was made with (governors' and heads' posts) ------------
T_ATTACK_OF_WHICH = (
    "Губернатор Белгородской области сообщил, что в Шебекинском округе за сутки отмечены атаки 11 "
    "беспилотников, шесть из которых сбиты. По Белгородскому району нанесены удары девяти БПЛА, "
    "три из них подавлены."
)
T_PRONOUN_DOWNED = "Над Брянской областью обнаружен беспилотник. Его сбили над Погарским районом."
T_ARRIVALS = (
    "Глава региона сообщил о прилете четырех беспилотников в Белгородском районе, повреждена "
    "кровля дома."
)
T_TOWN_OF_NAMED_REGION = (
    "В Калужской области ночью объявлена тревога. Обломки беспилотника упали в Обнинске, "
    "пострадавших нет."
)
T_ONE_WITH_PARTICIPLE = (
    "Губернатор Брянской области сообщил о сбитом украинском беспилотнике над Погарским районом. "
    "Позже он рассказал о еще одном дроне, сбитом у Обнинска."
)
T_FOUND_AND_DESTROYED = "Над Тарусским районом обнаружен и уничтожен беспилотник самолетного типа."
T_SECOND_DRONE_EN = "The second drone was detected and destroyed over the Kaluga region."
T_MINISTRY_BEFORE_ITS_FIGURES = (
    "The Kaluga region governor said three drones were shot down overnight. The Defence Ministry "
    "earlier reported the drone attack in detail. Two drones were destroyed over the Kaluga region "
    "and one over the Bryansk region."
)
T_WHO_SHOT_IN_A_QUOTE = (
    "«Беспилотник уничтожен над Курской областью силами ПВО Министерства обороны», — написал "
    "губернатор."
)
T_PART_OF_TOWN = "Над промзоной Обнинска сбит беспилотник."
T_PART_OF_TOWN_EN = "Two drones were downed over the industrial zone of Kursk, the governor said."
T_HIT_ON_A_PLANT = (
    "Губернатор Курской области сообщил, что обломки беспилотника упали на территорию "
    "нефтеперерабатывающего предприятия Курска."
)
KURSK_CITY = ("RU-KRS:kursk", "Курск")
T_SEAT_TOLD_AGAIN = (
    "Над Калужской областью ночью сбиты два беспилотника — над Тарусским и Кировским "
    "районами. В Тарусе обломками повреждена крыша склада."
)
T_MO_ABBREVIATION = (
    "Обломки беспилотника упали в Обнинске, сообщает оперштаб Калужской области. МО утром "
    "сообщало о трех сбитых БПЛА над территорией Калужской области."
)
T_OVERALL_TOTAL = (
    "Над Брянской областью ночью сбиты 5 беспилотников. В целом над территорией России за ночь "
    "перехвачен 41 беспилотник."
)
T_RUNNING_TOTAL = (
    "Мэр Москвы Сергей Собянин: сбиты три беспилотника, летевших на Москву. Количество сбитых за "
    "вечер дронов достигло 17, сообщил мэр Москвы."
)
T_RUNNING_TOTAL_EN = (
    "The Kursk region governor said five drones were shot down over the region in the morning. "
    "The number of drones downed over the region since midnight reached 23, he said."
)
T_ON_A_RIVER_EN = (
    "Debris of a drone fell on a warehouse in the town of Slavyansk-on-Kuban in the Krasnodar "
    "region, the regional emergencies centre said."
)
T_LEAD_OF_A_LIST = (
    "Губернатор Брянской области сообщил, что над регионом сбиты два беспилотника. За прошедшую "
    "ночь силы ПВО уничтожили 30 беспилотников. По данным Минобороны, 20 дронов уничтожены над "
    "Курской областью, десять — над Брянской."
)
T_SATURDAY_TO_SUNDAY = (
    "Врио губернатора Калужской области сообщил, что с субботы на воскресенье над регионом "
    "уничтожены четыре беспилотника."
)
T_HOUR_OF_THE_EVENING = (
    "В 9 часов вечера над Калужской областью сбит беспилотник, сообщил губернатор."
)
T_ATTACK_BEGAN_AT = "Атака началась в 4 часа утра. Над Калужской областью сбиты три беспилотника."
T_TOWN_THEN_DISTRICT = "Над Обнинском и Кировским районом сбиты четыре беспилотника."
T_ON_APPROACH_EN = "Three drones were destroyed on approach to Kursk, the governor said."
T_GOVERNORS_REGION_EN = (
    "Kaluga Governor Vladislav Shapsha said seven drones were downed over the region, including "
    "two over the town of Obninsk."
)
T_REGION_BEFORE_AN_ABBREVIATION = (
    "Губернатор Брянской области сообщил о пяти сбитых беспилотниках. Минобороны ранее сообщило "
    "о трех сбитых над регионом БПЛА."
)
T_REGION_OF_A_NAME = "Над регионом Брянщины сбиты 2 БПЛА."
T_REGIONS_DISTRICT_EN = (
    "Air defences destroyed three drones over the Belgorod region's Shebekino district, the "
    "governor said."
)
T_PAREN_RU = "Уничтожены 5 БПЛА: Белгородский район (2), Шебекинский округ (3)."
T_HEADING = "Курская область: за ночь сбиты 4 беспилотника, ещё один подавлен РЭБ."
T_NAME_DASH = "Сбиты 7 БПЛА:\n▪️ Воронежская область — 4;\n▪️ Черное море — три."
T_COUNT_DASH = "Уничтожены 8 БПЛА: 5 — Брянская область, три – Азовское море."
T_DISTRICT_SUM = "Сбиты 5 беспилотников:\n— Белгородский район – 3;\n— Шебекинский округ – 2."
T_HEADING_DISTRICT = "Грайворонский округ.\nНад селом Лесное сбиты два беспилотника."
T_TOWN_OF_ITS_HEAD = (
    "Kursk Mayor Igor Petrov said fragments of a downed drone had damaged a bus stop and two cars."
)
T_LIST_SHARE = (
    "Над Белгородским районом и Шебекинским округом сбиты 5 беспилотников, над Грайворонским "
    "округом — 2."
)
T_TIMED_MORE = "Над Тарусским районом в 05:20 сбит один беспилотник, в 05:45 — еще два."
T_ALL_OF = "Над Белгородской областью уничтожены три БПЛА, все — над Шебекинским округом."
T_SINCE_THE_DAY_BEGAN = (
    "Над Шебекинским округом сбиты три беспилотника. Таким образом, с начала суток над "
    "Белгородской областью уничтожено 19 БПЛА."
)
T_BRINGING_THE_TOTAL_EN = (
    "Three more drones were shot down over the Tula region, bringing the total for the night to "
    "24, the governor said."
)
T_ATTEMPT_THEN_THE_REST = (
    "Киевский режим попытался атаковать объекты в Белгородской области с помощью пяти "
    "беспилотников. Два из них сбиты средствами ПВО, остальные подавлены РЭБ."
)
T_HIT_UAVS_EN = "Air defence units hit UAVs over the Voronezh region, the governor said."
T_GOVERNOR_THEN_NATIONAL_LIST = (
    "The Kaluga region governor said three drones were shot down over the region. Overnight, air "
    "defence forces shot down 20 drones. Among them were ten over the Bryansk region and seven "
    "over the Kursk region."
)
POGARSKY = ("RU-BRY:pogarsky", "Погарский район")
TARUSSKY = ("RU-KLU:tarussky", "Тарусский район")
#: Districts of one region sharing one figure: the region's figure (never split among them).
T_DISTRICTS_SHARE = "Над Тарусским районом и Обнинском ночью уничтожены два БПЛА."
#: ... and beside another district's own figure the region's is the sum of the two (a
#: governor counts his region group by group).
T_DISTRICTS_SHARE_AND_ONE = (
    "Губернатор Калужской области: над Тарусским районом и Обнинском сбиты два БПЛА, "
    "над Кировским районом — один."
)

#: a post that opens with its whole, before any drone is named, then tells the districts
T_TOTAL_FIRST = (
    "Итого за ночь над Белгородской областью — семь. Четыре беспилотника уничтожены над "
    "Шебекинским округом, два — над Белгородским районом."
)


GOLDEN_DISTRICTS = [
    # a total told first, a bare figure: the region's whole and the report's total, the
    # districts' figures after it its parts (their sum, six, is not the region's)
    (
        "ru-total-told-first",
        T_TOTAL_FIRST,
        [
            R(
                T_TOTAL_FIRST,
                "media",
                [
                    C(
                        T_TOTAL_FIRST,
                        "Белгородской областью — семь",
                        "RU-BEL",
                        7,
                        "count_over_place",
                    ),
                    C(
                        T_TOTAL_FIRST,
                        "Четыре беспилотника уничтожены над Шебекинским округом",
                        "RU-BEL",
                        4,
                        "count_over_place",
                        district=SHEBEKINSKY,
                    ),
                    C(
                        T_TOTAL_FIRST,
                        "два — над Белгородским районом",
                        "RU-BEL",
                        2,
                        "count_over_place",
                        district=BELGORODSKY,
                    ),
                ],
                total=7,
                night=P,
            )
        ],
    ),
    # the drones an attack was made with are not those shot down; "N из которых" is; two
    # districts of a region with a figure each: the region gets none of them
    (
        "ru-attack-then-of-which",
        T_ATTACK_OF_WHICH,
        [
            R(
                T_ATTACK_OF_WHICH,
                "governor",
                [
                    C(
                        T_ATTACK_OF_WHICH,
                        "Шебекинском округе за сутки отмечены атаки 11 беспилотников, шесть",
                        "RU-BEL",
                        6,
                        "count_over_place",
                        district=SHEBEKINSKY,
                    ),
                    # the region is named through its districts, with no figure of its own
                    # (the text states none; the map adds them up)
                    C(
                        T_ATTACK_OF_WHICH,
                        "Шебекинском округе за сутки отмечены атаки 11 беспилотников, шесть",
                        "RU-BEL",
                        None,
                        "region_of_districts",
                    ),
                    C(
                        T_ATTACK_OF_WHICH,
                        "Белгородскому району нанесены удары девяти БПЛА, три",
                        "RU-BEL",
                        3,
                        "count_over_place",
                        district=BELGORODSKY,
                    ),
                ],
            )
        ],
    ),
    # "о прилете N дронов": drones that arrived (hit), not a figure shot down; with no drone
    # downed in the text, no report at all
    ("ru-arrivals-are-no-figure", T_ARRIVALS, []),
    # "Его сбили": the drone the sentence before named (one, a singular noun), where it was downed
    (
        "ru-pronoun-downed",
        T_PRONOUN_DOWNED,
        [
            R(
                T_PRONOUN_DOWNED,
                "media",
                [
                    C(
                        T_PRONOUN_DOWNED,
                        "беспилотник. Его сбили над Погарским районом",
                        "RU-BRY",
                        1,
                        "pronoun_downed",
                        district=("RU-BRY:pogarsky", "Погарский район"),
                    ),
                    C(
                        T_PRONOUN_DOWNED,
                        "беспилотник. Его сбили над Погарским районом",
                        "RU-BRY",
                        1,
                        "region_from_district",
                    ),
                ],
                total=1,
            )
        ],
    ),
    # one town of the region the text has named names the region too (no guess)
    (
        "ru-town-of-a-named-region",
        T_TOWN_OF_NAMED_REGION,
        [
            R(
                T_TOWN_OF_NAMED_REGION,
                "media",
                [
                    C(
                        T_TOWN_OF_NAMED_REGION,
                        "Обнинске",
                        "RU-KLU",
                        None,
                        "place_of_damage",
                        district=OBNINSK,
                    ),
                    C(T_TOWN_OF_NAMED_REGION, "Обнинске", "RU-KLU", None, "region_of_districts"),
                ],
                damage="Обломки беспилотника упали в Обнинске, пострадавших нет.",
                casualties=ZERO,
                # the opening line's "ночью" dates the debris after it (``lede_night``)
                night=P,
            )
        ],
    ),
    # a singular participle with a drone noun is one drone, before it or after its comma
    (
        "ru-one-drone-with-a-participle",
        T_ONE_WITH_PARTICIPLE,
        [
            R(
                T_ONE_WITH_PARTICIPLE,
                "governor",
                [
                    C(
                        T_ONE_WITH_PARTICIPLE,
                        "сбитом украинском беспилотнике над Погарским районом",
                        "RU-BRY",
                        1,
                        "count_over_place",
                        district=POGARSKY,
                    ),
                    C(
                        T_ONE_WITH_PARTICIPLE,
                        "сбитом украинском беспилотнике над Погарским районом",
                        "RU-BRY",
                        1,
                        "region_from_district",
                    ),
                    C(
                        T_ONE_WITH_PARTICIPLE,
                        "сбитом у Обнинска",
                        "RU-KLU",
                        1,
                        "count_over_place",
                        district=OBNINSK,
                    ),
                    C(
                        T_ONE_WITH_PARTICIPLE,
                        "сбитом у Обнинска",
                        "RU-KLU",
                        1,
                        "region_from_district",
                    ),
                ],
            )
        ],
    ),
    # "обнаружен и уничтожен", "was detected and destroyed": two verbs keep one clause
    (
        "ru-found-and-destroyed",
        T_FOUND_AND_DESTROYED,
        [
            R(
                T_FOUND_AND_DESTROYED,
                "media",
                [
                    C(
                        T_FOUND_AND_DESTROYED,
                        "Тарусским районом обнаружен и уничтожен беспилотник",
                        "RU-KLU",
                        1,
                        "count_over_place",
                        district=TARUSSKY,
                    ),
                    C(
                        T_FOUND_AND_DESTROYED,
                        "Тарусским районом обнаружен и уничтожен беспилотник",
                        "RU-KLU",
                        1,
                        "region_from_district",
                    ),
                ],
                total=1,
            )
        ],
    ),
    (
        "en-second-drone-detected-and-destroyed",
        T_SECOND_DRONE_EN,
        [
            R(
                T_SECOND_DRONE_EN,
                "media",
                [
                    C(
                        T_SECOND_DRONE_EN,
                        "The second drone was detected and destroyed over the Kaluga region",
                        "RU-KLU",
                        1,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=1,
            )
        ],
    ),
    # a sentence without figures naming another reporter gives him the figures that follow
    (
        "en-ministry-named-before-its-figures",
        T_MINISTRY_BEFORE_ITS_FIGURES,
        [
            R(
                T_MINISTRY_BEFORE_ITS_FIGURES,
                "governor",
                [
                    C(
                        T_MINISTRY_BEFORE_ITS_FIGURES,
                        "three",
                        "RU-KLU",
                        3,
                        "one_region_total",
                        en=True,
                    )
                ],
                total=3,
                night=P,
                span=("The Kaluga", "in detail."),
            ),
            R(
                T_MINISTRY_BEFORE_ITS_FIGURES,
                "mod",
                [
                    C(
                        T_MINISTRY_BEFORE_ITS_FIGURES,
                        "Two drones were destroyed over the Kaluga region",
                        "RU-KLU",
                        2,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_MINISTRY_BEFORE_ITS_FIGURES,
                        "one over the Bryansk region",
                        "RU-BRY",
                        1,
                        "count_over_place",
                        en=True,
                    ),
                ],
                span=("Two drones", "Bryansk region."),
            ),
        ],
    ),
    # a part of a town, then the town in the genitive: the town is the place
    (
        "ru-part-of-a-town",
        T_PART_OF_TOWN,
        [
            R(
                T_PART_OF_TOWN,
                "media",
                [
                    C(
                        T_PART_OF_TOWN,
                        "Обнинска сбит беспилотник",
                        "RU-KLU",
                        1,
                        "count_over_place",
                        district=OBNINSK,
                    ),
                    C(
                        T_PART_OF_TOWN,
                        "Обнинска сбит беспилотник",
                        "RU-KLU",
                        1,
                        "region_from_district",
                    ),
                ],
                total=1,
            )
        ],
    ),
    (
        "en-part-of-a-town-named-like-its-region",
        T_PART_OF_TOWN_EN,
        [
            R(
                T_PART_OF_TOWN_EN,
                "governor",
                [
                    Claim(
                        "RU-KRS",
                        "Kursk Oblast",
                        2,
                        "exact",
                        (0, T_PART_OF_TOWN_EN.index(",")),
                        "RU-KRS:kursk",
                        "Kursk",
                        rule="count_over_place",
                    ),
                    Claim(
                        "RU-KRS",
                        "Kursk Oblast",
                        2,
                        "exact",
                        (0, T_PART_OF_TOWN_EN.index(",")),
                        rule="region_from_district",
                    ),
                ],
                total=2,
            )
        ],
    ),
    # "на территорию" + a part of a town + the town in the genitive: where debris fell
    (
        "ru-debris-on-a-plant-of-a-town",
        T_HIT_ON_A_PLANT,
        [
            R(
                T_HIT_ON_A_PLANT,
                "governor",
                [
                    C(
                        T_HIT_ON_A_PLANT,
                        "Курска",
                        "RU-KRS",
                        None,
                        "place_of_damage",
                        district=KURSK_CITY,
                    ),
                    C(T_HIT_ON_A_PLANT, "Курска", "RU-KRS", None, "region_of_districts"),
                ],
                damage=T_HIT_ON_A_PLANT,
            )
        ],
    ),
    # a town named for damage after its district named after it: the district told again
    (
        "ru-seat-told-again-for-damage",
        T_SEAT_TOLD_AGAIN,
        [
            R(
                T_SEAT_TOLD_AGAIN,
                "media",
                [
                    C(
                        T_SEAT_TOLD_AGAIN,
                        "Калужской областью ночью сбиты два",
                        "RU-KLU",
                        2,
                        "count_over_place",
                    ),
                    C(
                        T_SEAT_TOLD_AGAIN,
                        "Тарусским",
                        "RU-KLU",
                        None,
                        "place_without_count",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                    C(
                        T_SEAT_TOLD_AGAIN,
                        "Кировским районами",
                        "RU-KLU",
                        None,
                        "place_without_count",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                ],
                total=2,
                night=P,
                damage="В Тарусе обломками повреждена крыша склада.",
            )
        ],
    ),
    # "МО сообщало": the ministry's abbreviation as the subject of a reporting verb starts its
    # report; "глава МО" is a municipality's head, not the ministry
    (
        "ru-mo-is-the-ministry",
        T_MO_ABBREVIATION,
        [
            R(
                T_MO_ABBREVIATION,
                "governor",
                [
                    C(
                        T_MO_ABBREVIATION,
                        "Обнинске",
                        "RU-KLU",
                        None,
                        "place_of_damage",
                        district=OBNINSK,
                    ),
                    C(T_MO_ABBREVIATION, "Обнинске", "RU-KLU", None, "region_of_districts"),
                ],
                damage="Обломки беспилотника упали в Обнинске, сообщает оперштаб Калужской области.",
                span=("Обломки", "оперштаб Калужской области."),
            ),
            R(
                T_MO_ABBREVIATION,
                "mod",
                [
                    C(
                        T_MO_ABBREVIATION,
                        "трех сбитых БПЛА над территорией Калужской области",
                        "RU-KLU",
                        3,
                        "count_over_place",
                    )
                ],
                total=3,
                span=("МО утром", "территорией Калужской области."),
            ),
        ],
    ),
    (
        "ru-head-of-a-municipality-is-not-the-ministry",
        "Глава МО Обнинск сообщил, что над городом сбит беспилотник.",
        [
            R(
                "Глава МО Обнинск сообщил, что над городом сбит беспилотник.",
                "media",
                [],
                total=1,
            )
        ],
    ),
    # "в целом", "overall": the report's total, also after its rows
    (
        "ru-overall-total",
        T_OVERALL_TOTAL,
        [
            R(
                T_OVERALL_TOTAL,
                "mod",
                [
                    C(
                        T_OVERALL_TOTAL,
                        "Брянской областью ночью сбиты 5",
                        "RU-BRY",
                        5,
                        "count_over_place",
                    )
                ],
                total=41,
                night=P,
            )
        ],
    ),
    # a running total ("достигло 17", "reached 23") is cumulative: its own report, never added
    # to the new figure; the mayor of Moscow speaks for the city
    (
        "ru-running-total-is-its-own-report",
        T_RUNNING_TOTAL,
        [
            R(
                T_RUNNING_TOTAL,
                "mayor",
                [
                    C(
                        T_RUNNING_TOTAL,
                        "три беспилотника, летевших на Москву",
                        "RU-MOW",
                        3,
                        "moscow_target",
                    )
                ],
                total=3,
                span=("Мэр Москвы", "на Москву."),
            ),
            R(
                T_RUNNING_TOTAL,
                "mayor",
                [C(T_RUNNING_TOTAL, "17", "RU-MOW", 17, "one_region_total")],
                total=17,
                span=("Количество", "мэр Москвы."),
            ),
        ],
    ),
    (
        "en-running-total-is-its-own-report",
        T_RUNNING_TOTAL_EN,
        [
            R(
                T_RUNNING_TOTAL_EN,
                "governor",
                [
                    C(
                        T_RUNNING_TOTAL_EN,
                        "five drones were shot down over the region",
                        "RU-KRS",
                        5,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=5,
                span=("The Kursk", "in the morning."),
            ),
            R(
                T_RUNNING_TOTAL_EN,
                "governor",
                [
                    C(
                        T_RUNNING_TOTAL_EN,
                        "region since midnight reached 23",
                        "RU-KRS",
                        23,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=23,
                # (the count since midnight of a morning is that night's: docs/labels.md)
                night=date(2025, 6, 3),
                span=("The number", "he said."),
            ),
        ],
    ),
    # "X-on-Y" is the Russian "X-на-Y" (the river in the prepositional case); the regional
    # emergencies centre speaks for the region's head
    (
        "en-town-on-a-river",
        T_ON_A_RIVER_EN,
        [
            R(
                T_ON_A_RIVER_EN,
                "governor",
                [
                    Claim(
                        "RU-KDA",
                        "Krasnodar Krai",
                        None,
                        "exact",
                        (T_ON_A_RIVER_EN.index("Slavyansk"), T_ON_A_RIVER_EN.index(" in the Kr")),
                        "RU-KDA:slavyansky",
                        "Slavyansky District",
                        rule="place_of_damage",
                    ),
                    Claim(
                        "RU-KDA",
                        "Krasnodar Krai",
                        None,
                        "exact",
                        (T_ON_A_RIVER_EN.index("Slavyansk"), T_ON_A_RIVER_EN.index(" in the Kr")),
                        rule="region_of_districts",
                    ),
                ],
                damage=T_ON_A_RIVER_EN,
            )
        ],
    ),
    # a totals-only sentence right before another reporter's list is that list's lead
    (
        "ru-lead-of-another-reporters-list",
        T_LEAD_OF_A_LIST,
        [
            R(
                T_LEAD_OF_A_LIST,
                "governor",
                [C(T_LEAD_OF_A_LIST, "регионом сбиты два", "RU-BRY", 2, "count_over_place")],
                total=2,
                span=("Губернатор", "два беспилотника."),
            ),
            R(
                T_LEAD_OF_A_LIST,
                "mod",
                [
                    C(
                        T_LEAD_OF_A_LIST,
                        "20 дронов уничтожены над Курской областью",
                        "RU-KRS",
                        20,
                        "count_over_place",
                    ),
                    C(T_LEAD_OF_A_LIST, "десять — над Брянской", "RU-BRY", 10, "count_over_place"),
                ],
                total=30,
                night=P,
                span=("За прошедшую", "над Брянской."),
            ),
        ],
    ),
    # "с субботы на воскресенье" is the night before that Sunday
    (
        "ru-saturday-to-sunday",
        T_SATURDAY_TO_SUNDAY,
        [
            R(
                T_SATURDAY_TO_SUNDAY,
                "governor",
                [
                    C(
                        T_SATURDAY_TO_SUNDAY,
                        "регионом уничтожены четыре",
                        "RU-KLU",
                        4,
                        "count_over_place",
                    )
                ],
                total=4,
                night=date(2025, 6, 1),
            )
        ],
    ),
    # "в 9 часов вечера ... сбит": the time of the shooting down is a point; the hour an attack
    # began is none
    (
        "ru-hour-of-the-evening",
        T_HOUR_OF_THE_EVENING,
        [
            R(
                T_HOUR_OF_THE_EVENING,
                "governor",
                [
                    C(
                        T_HOUR_OF_THE_EVENING,
                        "Калужской областью сбит беспилотник",
                        "RU-KLU",
                        1,
                        "count_over_place",
                    )
                ],
                total=1,
                window=W("2025-06-03T21:00", "2025-06-03T21:00"),
            )
        ],
    ),
    (
        "ru-hour-an-attack-began",
        T_ATTACK_BEGAN_AT,
        [
            R(
                T_ATTACK_BEGAN_AT,
                "media",
                [
                    C(
                        T_ATTACK_BEGAN_AT,
                        "Калужской областью сбиты три",
                        "RU-KLU",
                        3,
                        "count_over_place",
                    )
                ],
                total=3,
            )
        ],
    ),
    # after "над" an adjective is instrumental: "Обнинском" is the town, then the district list
    (
        "ru-town-then-a-district-after-nad",
        T_TOWN_THEN_DISTRICT,
        [
            R(
                T_TOWN_THEN_DISTRICT,
                "media",
                [
                    C(
                        T_TOWN_THEN_DISTRICT,
                        "Обнинском",
                        "RU-KLU",
                        None,
                        "list_without_counts",
                        district=OBNINSK,
                    ),
                    # the two places of one region share the figure: the region's
                    C(
                        T_TOWN_THEN_DISTRICT,
                        "Обнинском и Кировским районом сбиты четыре",
                        "RU-KLU",
                        4,
                        "districts_of_one_region",
                    ),
                    C(
                        T_TOWN_THEN_DISTRICT,
                        "Кировским районом",
                        "RU-KLU",
                        None,
                        "list_without_counts",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                ],
                total=4,
            )
        ],
    ),
    # "on approach to Kursk" (the English of "на подлете к"): the city approached
    (
        "en-on-approach-to-a-city",
        T_ON_APPROACH_EN,
        [
            R(
                T_ON_APPROACH_EN,
                "governor",
                [
                    Claim(
                        "RU-KRS",
                        "Kursk Oblast",
                        3,
                        "exact",
                        (0, T_ON_APPROACH_EN.index(",")),
                        "RU-KRS:kursk",
                        "Kursk",
                        rule="count_over_place",
                    ),
                    Claim(
                        "RU-KRS",
                        "Kursk Oblast",
                        3,
                        "exact",
                        (0, T_ON_APPROACH_EN.index(",")),
                        rule="region_from_district",
                    ),
                ],
                total=3,
            )
        ],
    ),
    # "Kaluga Governor X said ... over the region": the region its speaker is named with
    (
        "en-over-the-region-of-its-governor",
        T_GOVERNORS_REGION_EN,
        [
            R(
                T_GOVERNORS_REGION_EN,
                "governor",
                [
                    C(
                        T_GOVERNORS_REGION_EN,
                        "seven drones were downed over the region",
                        "RU-KLU",
                        7,
                        "count_over_place",
                        en=True,
                    ),
                    Claim(
                        "RU-KLU",
                        "Kaluga Oblast",
                        2,
                        "exact",
                        (
                            T_GOVERNORS_REGION_EN.index("two over"),
                            T_GOVERNORS_REGION_EN.index("Obninsk") + len("Obninsk"),
                        ),
                        "RU-KLU:obninsk",
                        "Obninsk",
                        rule="count_over_place",
                    ),
                ],
                total=7,
            )
        ],
    ),
    # "над регионом БПЛА": an abbreviation after "регионом" is no name, the region is the one
    # in context; "над регионом Брянщины" is the region named
    (
        "ru-over-the-region-then-an-abbreviation",
        T_REGION_BEFORE_AN_ABBREVIATION,
        [
            R(
                T_REGION_BEFORE_AN_ABBREVIATION,
                "governor",
                [C(T_REGION_BEFORE_AN_ABBREVIATION, "пяти", "RU-BRY", 5, "one_region_total")],
                total=5,
                span=("Губернатор", "беспилотниках."),
            ),
            R(
                T_REGION_BEFORE_AN_ABBREVIATION,
                "mod",
                [
                    C(
                        T_REGION_BEFORE_AN_ABBREVIATION,
                        "трех сбитых над регионом",
                        "RU-BRY",
                        3,
                        "count_over_place",
                    )
                ],
                total=3,
                span=("Минобороны", "БПЛА."),
            ),
        ],
    ),
    (
        "ru-over-the-region-of-a-name",
        T_REGION_OF_A_NAME,
        [
            R(
                T_REGION_OF_A_NAME,
                "media",
                [C(T_REGION_OF_A_NAME, "Брянщины сбиты 2", "RU-BRY", 2, "count_over_place")],
                total=2,
            )
        ],
    ),
    # "the X region's Y district": the district's figure (its region's through it), as in
    # "над Ступинским районом Московской области"
    (
        "en-a-regions-district",
        T_REGIONS_DISTRICT_EN,
        [
            R(
                T_REGIONS_DISTRICT_EN,
                "governor",
                [
                    C(
                        T_REGIONS_DISTRICT_EN,
                        "three drones over the Belgorod region's Shebekino district",
                        "RU-BEL",
                        3,
                        "count_over_place",
                        district=("RU-BEL:shebekinsky", "Shebekinsky District"),
                        en=True,
                    ),
                    C(
                        T_REGIONS_DISTRICT_EN,
                        "three drones over the Belgorod region's Shebekino district",
                        "RU-BEL",
                        3,
                        "region_from_district",
                        en=True,
                    ),
                ],
                total=3,
            )
        ],
    ),
    # a name in the nominative with its number in parentheses
    (
        "ru-paren-counts",
        T_PAREN_RU,
        [
            R(
                T_PAREN_RU,
                "media",
                [
                    # the total is the sum of the districts' figures: their region's
                    C(
                        T_PAREN_RU,
                        "5 БПЛА: Белгородский район (2), Шебекинский округ (3)",
                        "RU-BEL",
                        5,
                        "sum_of_district_figures",
                    ),
                    C(
                        T_PAREN_RU,
                        "Белгородский район (2)",
                        "RU-BEL",
                        2,
                        "paren_count",
                        district=BELGORODSKY,
                    ),
                    C(
                        T_PAREN_RU,
                        "Шебекинский округ (3)",
                        "RU-BEL",
                        3,
                        "paren_count",
                        district=SHEBEKINSKY,
                    ),
                ],
                total=5,
            )
        ],
    ),
    # a heading names the place of the first figure after it; "ещё один" adds to it
    (
        "ru-heading-place",
        T_HEADING,
        [
            R(
                T_HEADING,
                "media",
                [
                    C(
                        T_HEADING,
                        "Курская область: за ночь сбиты 4 беспилотника, ещё один",
                        "RU-KRS",
                        5,
                        "added_count",
                    )
                ],
                total=5,
                night=P,
            )
        ],
    ),
    # a nominative name, a dash and its figure, one bulleted line each
    (
        "ru-name-dash-count",
        T_NAME_DASH,
        [
            R(
                T_NAME_DASH,
                "media",
                [
                    C(T_NAME_DASH, "Воронежская область — 4", "RU-VOR", 4, "name_dash_count"),
                    C(T_NAME_DASH, "Черное море — три", "SEA-BLACK", 3, "name_dash_count"),
                ],
                total=7,
            )
        ],
    ),
    # a total equal to its districts' figures is their region's; lines under a head
    (
        "ru-sum-of-district-figures",
        T_DISTRICT_SUM,
        [
            R(
                T_DISTRICT_SUM,
                "media",
                [
                    C(
                        T_DISTRICT_SUM,
                        "5 беспилотников:\n— Белгородский район – 3;\n— Шебекинский округ – 2",
                        "RU-BEL",
                        5,
                        "sum_of_district_figures",
                    ),
                    C(
                        T_DISTRICT_SUM,
                        "Белгородский район – 3",
                        "RU-BEL",
                        3,
                        "name_dash_count",
                        district=("RU-BEL:belgorodsky", "Белгородский район"),
                    ),
                    C(
                        T_DISTRICT_SUM,
                        "Шебекинский округ – 2",
                        "RU-BEL",
                        2,
                        "name_dash_count",
                        district=("RU-BEL:shebekinsky", "Шебекинский городской округ"),
                    ),
                ],
                total=5,
            )
        ],
    ),
    # a list of districts sharing a figure beside another district's figure: no report total
    (
        "ru-list-share-is-no-total",
        T_LIST_SHARE,
        [
            R(
                T_LIST_SHARE,
                "media",
                [
                    C(
                        T_LIST_SHARE,
                        "Белгородским районом",
                        "RU-BEL",
                        None,
                        "list_without_counts",
                        district=("RU-BEL:belgorodsky", "Белгородский район"),
                    ),
                    # the list's figure and the other district's add up to the region's
                    C(
                        T_LIST_SHARE,
                        T_LIST_SHARE[4:99],
                        "RU-BEL",
                        7,
                        "region_sum_of_districts",
                    ),
                    C(
                        T_LIST_SHARE,
                        "Шебекинским округом",
                        "RU-BEL",
                        None,
                        "list_without_counts",
                        district=("RU-BEL:shebekinsky", "Шебекинский городской округ"),
                    ),
                    C(
                        T_LIST_SHARE,
                        "Грайворонским округом — 2",
                        "RU-BEL",
                        2,
                        "count_over_place",
                        district=("RU-BEL:grayvoronsky", "Грайворонский городской округ"),
                    ),
                ],
            )
        ],
    ),
    # a district named alone on a heading line: the figure under it without a place is its
    (
        "ru-heading-district",
        T_HEADING_DISTRICT,
        [
            R(
                T_HEADING_DISTRICT,
                "media",
                [
                    C(
                        T_HEADING_DISTRICT,
                        "Грайворонский округ.\nНад селом Лесное сбиты два",
                        "RU-BEL",
                        2,
                        "heading_district",
                        district=("RU-BEL:grayvoronsky", "Грайворонский городской округ"),
                    ),
                    C(
                        T_HEADING_DISTRICT,
                        "Грайворонский округ.\nНад селом Лесное сбиты два",
                        "RU-BEL",
                        2,
                        "region_from_district",
                    ),
                ],
                total=2,
            )
        ],
    ),
    # a town's head, named with his town, tells debris with no figure and no place: his town
    (
        "en-town-of-its-head",
        T_TOWN_OF_ITS_HEAD,
        [
            R(
                T_TOWN_OF_ITS_HEAD,
                "mayor",
                [
                    C(
                        T_TOWN_OF_ITS_HEAD,
                        T_TOWN_OF_ITS_HEAD,
                        "RU-KRS",
                        None,
                        "town_of_its_head",
                        district=("RU-KRS:kursk", "Kursk"),
                        en=True,
                    ),
                    C(
                        T_TOWN_OF_ITS_HEAD,
                        T_TOWN_OF_ITS_HEAD,
                        "RU-KRS",
                        None,
                        "region_of_districts",
                        en=True,
                    ),
                ],
                damage=T_TOWN_OF_ITS_HEAD,
            )
        ],
    ),
    # a row written figure first: the figure, a dash and a nominative name
    (
        "ru-count-dash-name",
        T_COUNT_DASH,
        [
            R(
                T_COUNT_DASH,
                "media",
                [
                    C(T_COUNT_DASH, "5 — Брянская область", "RU-BRY", 5, "count_dash_name"),
                    C(T_COUNT_DASH, "три – Азовское море", "SEA-AZOV", 3, "count_dash_name"),
                ],
                total=8,
            )
        ],
    ),
    # a clock's colon is no list separator; "..., в 05:45 — ещё два" adds to the figure before,
    # a line told apart: the row is their sum, the whole not written (no total, docs/labels.md)
    (
        "ru-timed-clause-and-more",
        T_TIMED_MORE,
        [
            R(
                T_TIMED_MORE,
                "media",
                [
                    C(
                        T_TIMED_MORE,
                        "Тарусским районом в 05:20 сбит один беспилотник, в 05:45 — еще два",
                        "RU-KLU",
                        3,
                        "added_count",
                        district=TARUSSKY,
                    ),
                    C(
                        T_TIMED_MORE,
                        "Тарусским районом в 05:20 сбит один беспилотник, в 05:45 — еще два",
                        "RU-KLU",
                        3,
                        "region_from_district",
                    ),
                ],
            )
        ],
    ),
    # "с начала суток": a running total, its own report; "bringing the total ... to 21" is
    # cumulative, never the new figure nor its total
    (
        "ru-since-the-day-began-is-its-own-report",
        T_SINCE_THE_DAY_BEGAN,
        [
            R(
                T_SINCE_THE_DAY_BEGAN,
                "media",
                [
                    C(
                        T_SINCE_THE_DAY_BEGAN,
                        "Шебекинским округом сбиты три",
                        "RU-BEL",
                        3,
                        "count_over_place",
                        district=SHEBEKINSKY,
                    ),
                    C(
                        T_SINCE_THE_DAY_BEGAN,
                        "Шебекинским округом сбиты три",
                        "RU-BEL",
                        3,
                        "region_from_district",
                    ),
                ],
                total=3,
                span=("Над Шебекинским", "три беспилотника."),
            ),
            R(
                T_SINCE_THE_DAY_BEGAN,
                "media",
                [
                    C(
                        T_SINCE_THE_DAY_BEGAN,
                        "Белгородской областью уничтожено 19",
                        "RU-BEL",
                        19,
                        "count_over_place",
                    )
                ],
                total=19,
                span=("Таким образом", "19 БПЛА."),
            ),
        ],
    ),
    (
        "en-bringing-the-total-is-not-the-figure",
        T_BRINGING_THE_TOTAL_EN,
        [
            R(
                T_BRINGING_THE_TOTAL_EN,
                "governor",
                [
                    C(
                        T_BRINGING_THE_TOTAL_EN,
                        "Three more drones were shot down over the Tula region",
                        "RU-TUL",
                        3,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=3,
            )
        ],
    ),
    # after an attempt preamble, some shot down and "остальные подавлены" (the rest too): all of
    # those launched, over the preamble's one place
    (
        "ru-attempt-then-the-rest",
        T_ATTEMPT_THEN_THE_REST,
        [
            R(
                T_ATTEMPT_THEN_THE_REST,
                "media",
                [
                    C(
                        T_ATTEMPT_THEN_THE_REST,
                        "Белгородской области с помощью пяти",
                        "RU-BEL",
                        5,
                        "all_destroyed",
                    )
                ],
                total=5,
            )
        ],
    ),
    # "hit UAVs": drones as the object of "hit" are shot down (never "hit by drones")
    (
        "en-air-defence-hit-uavs",
        T_HIT_UAVS_EN,
        [
            R(
                T_HIT_UAVS_EN,
                "governor",
                [
                    C(
                        T_HIT_UAVS_EN,
                        "Voronezh region",
                        "RU-VOR",
                        None,
                        "place_without_count",
                        en=True,
                    )
                ],
            )
        ],
    ),
    ("en-homes-hit-by-drones", "Homes were hit by drones in the Kursk region.", []),
    # a governor speaks for his region: a list over other regions after his words is another
    # report, with the total that leads it
    (
        "en-governor-then-a-national-list",
        T_GOVERNOR_THEN_NATIONAL_LIST,
        [
            R(
                T_GOVERNOR_THEN_NATIONAL_LIST,
                "governor",
                [
                    C(
                        T_GOVERNOR_THEN_NATIONAL_LIST,
                        "three drones were shot down over the region",
                        "RU-KLU",
                        3,
                        "count_over_place",
                        en=True,
                    )
                ],
                total=3,
                span=("The Kaluga", "over the region."),
            ),
            R(
                T_GOVERNOR_THEN_NATIONAL_LIST,
                "media",
                [
                    C(
                        T_GOVERNOR_THEN_NATIONAL_LIST,
                        "ten over the Bryansk region",
                        "RU-BRY",
                        10,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_GOVERNOR_THEN_NATIONAL_LIST,
                        "seven over the Kursk region",
                        "RU-KRS",
                        7,
                        "count_over_place",
                        en=True,
                    ),
                ],
                total=20,
                night=P,
                span=("Overnight", "Kursk region."),
            ),
        ],
    ),
    # "силами ПВО Министерства обороны" names who shot, not who said it
    (
        "ru-who-shot-is-not-who-said",
        T_WHO_SHOT_IN_A_QUOTE,
        [
            R(
                T_WHO_SHOT_IN_A_QUOTE,
                "governor",
                [
                    C(
                        T_WHO_SHOT_IN_A_QUOTE,
                        "Беспилотник уничтожен над Курской областью",
                        "RU-KRS",
                        1,
                        "count_over_place",
                    )
                ],
                total=1,
            )
        ],
    ),
    (
        "ru-districts-share-a-figure",
        T_DISTRICTS_SHARE,
        [
            R(
                T_DISTRICTS_SHARE,
                "media",
                [
                    C(
                        T_DISTRICTS_SHARE,
                        "Тарусским районом",
                        "RU-KLU",
                        None,
                        "list_without_counts",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                    C(
                        T_DISTRICTS_SHARE,
                        "Тарусским районом и Обнинском ночью уничтожены два",
                        "RU-KLU",
                        2,
                        "districts_of_one_region",
                    ),
                    C(
                        T_DISTRICTS_SHARE,
                        "Обнинском",
                        "RU-KLU",
                        None,
                        "list_without_counts",
                        district=("RU-KLU:obninsk", "Обнинск"),
                    ),
                ],
                total=2,
                night=P,
            )
        ],
    ),
    (
        "ru-districts-share-beside-a-district-figure",
        T_DISTRICTS_SHARE_AND_ONE,
        [
            R(
                T_DISTRICTS_SHARE_AND_ONE,
                "governor",
                [
                    C(
                        T_DISTRICTS_SHARE_AND_ONE,
                        "Тарусским районом",
                        "RU-KLU",
                        None,
                        "list_without_counts",
                        district=("RU-KLU:tarussky", "Тарусский район"),
                    ),
                    C(
                        T_DISTRICTS_SHARE_AND_ONE,
                        "Тарусским районом и Обнинском сбиты два БПЛА, над Кировским районом — один",
                        "RU-KLU",
                        3,
                        "region_sum_of_districts",
                    ),
                    C(
                        T_DISTRICTS_SHARE_AND_ONE,
                        "Обнинском",
                        "RU-KLU",
                        None,
                        "list_without_counts",
                        district=("RU-KLU:obninsk", "Обнинск"),
                    ),
                    C(
                        T_DISTRICTS_SHARE_AND_ONE,
                        "Кировским районом — один",
                        "RU-KLU",
                        1,
                        "count_over_place",
                        district=("RU-KLU:kirovsky", "Кировский район"),
                    ),
                ],
                # the figure the list shares is no total beside the district's own one
            )
        ],
    ),
    # "все — над X округом", "both near the city of X": all of the figure before it at one place
    (
        "ru-all-of-a-count",
        T_ALL_OF,
        [
            R(
                T_ALL_OF,
                "media",
                [
                    C(
                        T_ALL_OF,
                        "Белгородской областью уничтожены три",
                        "RU-BEL",
                        3,
                        "count_over_place",
                    ),
                    C(
                        T_ALL_OF,
                        "Шебекинским округом",
                        "RU-BEL",
                        3,
                        "all_of_count",
                        district=("RU-BEL:shebekinsky", "Шебекинский городской округ"),
                    ),
                ],
                total=3,
            )
        ],
    ),
]


# --- the rest of a total, corrections (issue 10) -------------------------------------------------------
T_REST_RU = (
    "За ночь сбиты 30 беспилотников: над Брянской областью — 12, над Курской — 7, "
    "остальные — над Белгородской областью."
)
T_REST_EN = "Overnight, air defences destroyed 16 drones: nine over the Kursk Region and the rest over the Black Sea."
T_CORRECTED = (
    "За ночь над Брянской областью сбиты 9 беспилотников. UPD: по уточненным данным, "
    "над Брянской областью уничтожены 11 БПЛА, над Курской — 3."
)
GOLDEN_MOD_FORMS = [
    (
        "ru-rest-of-total",
        T_REST_RU,
        [
            R(
                T_REST_RU,
                "media",
                [
                    C(T_REST_RU, "Брянской областью — 12", "RU-BRY", 12, "count_over_place"),
                    C(T_REST_RU, "Курской — 7", "RU-KRS", 7, "count_over_place"),
                    C(
                        T_REST_RU,
                        "остальные — над Белгородской областью",
                        "RU-BEL",
                        11,
                        "rest_of_count",
                    ),
                ],
                total=30,
                night=P,
            )
        ],
    ),
    (
        "en-rest-of-total",
        T_REST_EN,
        [
            R(
                T_REST_EN,
                "media",
                [
                    C(
                        T_REST_EN,
                        "nine over the Kursk Region",
                        "RU-KRS",
                        9,
                        "count_over_place",
                        en=True,
                    ),
                    C(
                        T_REST_EN,
                        "the rest over the Black Sea",
                        "SEA-BLACK",
                        7,
                        "rest_of_count",
                        en=True,
                    ),
                ],
                total=16,
                night=P,
            )
        ],
    ),
    # the corrected figure replaces the Bryansk figure before it; Kursk is new
    (
        "ru-corrected-figures",
        T_CORRECTED,
        [
            R(
                T_CORRECTED,
                "media",
                [
                    C(
                        T_CORRECTED,
                        "Брянской областью уничтожены 11",
                        "RU-BRY",
                        11,
                        "count_over_place",
                    ),
                    C(T_CORRECTED, "Курской — 3", "RU-KRS", 3, "count_over_place"),
                ],
                night=P,
            )
        ],
    ),
]


# --- one test body for every golden case; every rule has at least one -----------------------------
CASES = [
    *GOLDEN,
    *[(i, t, P, e) for i, t, e in (*GOLDEN_MORE, *GOLDEN_SAMPLES, *GOLDEN_RULES)],
    *[
        (i, t, P, [])
        for i, t in (*NOT_INTERCEPTIONS, *NOT_INTERCEPTIONS_MORE, *CASUALTIES_WITHOUT_INTERCEPTION)
    ],
    *[(i, t, P, e) for i, t, e in GOLDEN_NEWS],
    *[(i, t, P, e) for i, t, e in GOLDEN_DISTRICTS],
    *[(i, t, P, e) for i, t, e in GOLDEN_MOD_FORMS],
    *[(i, t, P, []) for i, t in NOT_DRONES_NEWS],
    ("ru-not-a-single-one", T_NOT_ONE, P, []),  # "ни один" is no number
]

#: Each rule (``parsing.rules.RULES`` and ``parsing.report_rules.REPORT_RULES``) and the golden cases
#: whose result it decides.
BY_RULE = {
    "paren_count": ["en-paren-counts", "en-paren-bare-numbers", "ru-paren-counts"],
    "name_dash_count": ["ru-name-dash-count"],
    "count_dash_name": ["ru-count-dash-name"],
    "heading_district": ["ru-heading-district"],
    "town_of_its_head": ["en-town-of-its-head"],
    "sum_of_district_figures": ["ru-sum-of-district-figures"],
    "list_share_is_no_total": ["ru-list-share-is-no-total"],
    "heading_place": ["ru-heading-place"],
    "fronted_place": ["en-fronted-place", "ru-fronted-place"],
    "apposed_place": ["ru-apposed-place"],
    "accounted_for": ["en-region-accounted-for"],
    "elided_shares": ["en-elided-accounted-for"],
    "share_subject": ["en-share-subject"],
    "fell_to": ["ru-fell-to"],
    "verbless_tally": ["en-verbless-tally"],
    "fraction_of_count": ["en-fraction-of-a-count", "en-split-evenly"],
    "each_subject": ["en-each-subject"],
    "unverified": ["en-unverified-post"],
    "claim_set_aside": ["en-claim-set-aside", "ru-rumour"],
    "sum_verbs": ["ru-two-verbs-before-place", "ru-sum-with-more"],
    "then_sequence": ["ru-then-sequence"],
    "not_over_russia": ["en-over-kyiv", "ru-foreign-city", "ru-svo-and-region"],
    "over_own_country": ["ru-over-own-country"],
    "not_said": ["en-not-said", "ru-not-said"],
    "earlier_version": ["en-earlier-version"],
    "past_clause": ["en-past-clause", "ru-past-clause"],
    "habitual": ["en-habitual", "ru-habitual"],
    "speculated": ["ru-speculated"],
    "attempt": [
        "ru-attempt",
        "ru-2023-statement",
        "ru-attempt-with-help-of",
        "ru-repelled-attack",
        "ru-arrivals-are-no-figure",
    ],
    "of_which": ["ru-attack-then-of-which"],
    "pronoun_downed": ["ru-pronoun-downed"],
    "hit_not_downed": ["ru-drone-fell-on-a-depot"],
    "not_drones": [
        "ru-sea-drones-are-boats",
        "ru-missiles-beside-drones",
        "en-sea-drones-only",
        "ru-aerial-targets-including-drones",
    ],
    "airport_places": ["en-airport-place"],
    "respectively": ["ru-respectively", "en-respectively"],
    "each_after_list": ["en-each-after-list", "ru-each-after-list"],
    "region_after_clause": ["en-region-after-a-clause", "en-one-each-after-a-clause"],
    "wider_area": ["ru-wider-area-and-sea", "en-wider-area-after-a-place"],
    "clause_of_its_own": ["en-as-clause-of-its-own"],
    "share_of_count": ["en-share-of-a-count", "ru-share-of-a-count"],
    "all_of_count": ["ru-all-of-a-count"],
    "bound_then_figure": ["ru-bound-then-figure", "ru-running-count"],
    "damage_at_a_named_seat": ["ru-seat-told-again-for-damage"],
    "region_of_districts": [
        "ru-towns-name-their-region",
        "ru-town-of-a-named-region",
        "ru-attack-then-of-which",
    ],
    "shared_count": ["ru-aerial-targets-in-a-drone-raid", "ru-places-share-the-count-before"],
    "places": [
        "ru-village-named-like-a-district-elsewhere",
        "ru-village-of-a-district",
        "ru-mod-night",
        "ru-distributive",
        "ru-mod-2026",
        "en-each-combined",
        "ru-region-count-then-districts",
        "en-whole-after-a-part",
        "en-part-of-those",
        "en-there",
        "en-bare-figure-fell",
    ],
    "added_count": ["ru-sum", "ru-and-more-same", "ru-more-after-a-comma"],
    "more_in_region": ["ru-more-in-region"],
    "bare_sea": ["ru-bare-sea-of-the-governor"],
    "moscow_target": ["ru-mayor", "ru-mayor-tells-of-more", "ru-mayor-tells-of-one-more"],
    "unplaced_total": ["ru-mod-window", "en-mod-night"],
    "all_destroyed": ["ru-attempt-then-the-rest", "ru-attempt", "ru-attempt-then-one-destroyed"],
    "listed_twice": ["ru-twice"],
    "undecided_place": ["ru-undecided-place"],
    "line_of_a_told_whole": ["ru-line-of-a-told-whole", "ru-line-of-a-told-total"],
    "recap_of_lines": ["ru-recap-of-timed-lines"],
    "combined_retelling": ["ru-combined-figure-retold"],
    "whole_told_before_its_rows": ["ru-headline-over-its-rows"],
    "target_told_by_its_places": ["ru-moscow-target-by-its-places"],
    "region_of_districts_count": [
        "ru-districts-share-a-figure",
        "ru-districts-share-beside-a-district-figure",
    ],
    "region_from_district": [
        "ru-district-of-region",
        "en-port-told-twice",
        "ru-attack-then-of-which",
    ],
    "rest_of_count": ["ru-rest-of-total", "en-rest-of-total"],
    "corrected_figures": ["ru-corrected-figures"],
    "rest_of_total": ["ru-rest-of-total", "en-rest-of-total"],
    "region_total_over_districts": ["ru-region-total-over-a-district"],
    "region_whole_after_its_part": ["ru-region-whole-after-its-part"],
    "running_figure": ["ru-running-figure"],
    "one_region_total": [
        "ru-governor-names-his-region",
        "ru-places-in-one-region",
        "en-governor-names-his-region",
    ],
}


@pytest.mark.parametrize(
    ("text", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_golden(text: str, published: date, expected: list[Report]) -> None:
    assert parse(text, published) == expected


def test_every_rule_has_a_golden_case() -> None:
    names = [rule_name(r) for r in (*RULES, *REPORT_RULES)]
    assert sorted(BY_RULE) == sorted(names)
    ids = {c[0] for c in CASES}
    assert {i for cases in BY_RULE.values() for i in cases} <= ids
    assert len(ids) == len(CASES)  # ids are unique
    # a rule that names the claims it makes has a case whose expected claims carry its name
    tags = {c.rule for _i, _t, _p, reports in CASES for r in reports for c in r.claims}
    for name in names:
        if name in tags:
            mine = [c for c in CASES if c[0] in BY_RULE[name]]
            assert any(cl.rule == name for c in mine for r in c[3] for cl in r.claims), name
