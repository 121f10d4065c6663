"""What a page or a channel puts above a headline (issue 10): the time it was posted or updated
("08:17", "4 мая 2025, 08:17", "Обновлено 08:17", "Updated 08:17 GMT"), its tags alone, a call
to subscribe. The headline is the line under them, so it still retells the body's figures
(``retellings._headline_line``, ``vocab.ABOVE_HEADLINE_RE``), and a clock that opens the text
is when it was posted, never one line of a series (``pipeline``), unless more lines are stamped.
Found by ``bench/variants.py``'s ``dateline`` and ``chrome`` variants (a stamp over a headline
had doubled the figure in 20 texts of 16 writers' sets). Written for this project in our own
words; grouped by what stands above the headline."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

PUBLISHED = date(2025, 5, 4)

Row = tuple[str, str | None, int | None]


def _reports(text: str) -> list[tuple[int | None, list[Row]]]:
    """(total, rows as (area, district, figure)) of each report from Russia's side."""
    return [
        (r.total, sorted(((c.area_id, c.district_id, c.count) for c in r.claims), key=str))
        for r in parse(text, PUBLISHED)
        if r.country == "RU"
    ]


_RU_HEADLINES = (
    (
        "Над Брянской областью сбиты семь беспилотников",
        "Ночью дежурные средства ПВО уничтожили семь украинских БПЛА над территорией Брянской "
        "области, сообщили в Минобороны.",
        "RU-BRY",
        7,
    ),
    (
        "ПВО сбила четыре дрона над Курской областью",
        "Четыре беспилотника перехвачены и уничтожены над территорией Курской области, "
        "сообщило Минобороны России.",
        "RU-KRS",
        4,
    ),
    (
        "В Воронежской области уничтожили 12 БПЛА",
        "Этой ночью над Воронежской областью средствами ПВО сбиты 12 беспилотников, сообщил "
        "губернатор.",
        "RU-VOR",
        12,
    ),
)
_EN_HEADLINES = (
    (
        "Nine drones downed over Kaluga Region",
        "Air defences destroyed nine Ukrainian drones over the Kaluga region overnight, the "
        "defence ministry said.",
        "RU-KLU",
        9,
    ),
    (
        "Russia says it shot down 15 drones over Rostov Region",
        "Russia's defence ministry said its air defence units intercepted 15 drones over the "
        "Rostov region overnight.",
        "RU-ROS",
        15,
    ),
)
_RU_ABOVE = (
    "08:17",
    "4 мая 2025, 08:17",
    "Обновлено 08:17",
    "#новости #срочно",
    "Подписаться на канал",
)
_EN_ABOVE = (
    "08:17",
    "Updated 08:17 GMT",
    "May 4, 2025 08:17",
    "#news #russia",
    "Subscribe to our channel",
)


@pytest.mark.parametrize("above", _RU_ABOVE)
@pytest.mark.parametrize(("headline", "body", "area", "figure"), _RU_HEADLINES)
def test_a_russian_headline_under_a_stamp_retells_the_body(
    above: str, headline: str, body: str, area: str, figure: int
) -> None:
    assert _reports(f"{above}\n{headline}\n\n{body}") == [(figure, [(area, None, figure)])]


@pytest.mark.parametrize("above", _EN_ABOVE)
@pytest.mark.parametrize(("headline", "body", "area", "figure"), _EN_HEADLINES)
def test_an_english_headline_under_a_stamp_retells_the_body(
    above: str, headline: str, body: str, area: str, figure: int
) -> None:
    assert _reports(f"{above}\n{headline}\n\n{body}") == [(figure, [(area, None, figure)])]


@pytest.mark.parametrize(("headline", "body", "area", "figure"), _RU_HEADLINES + _EN_HEADLINES)
def test_without_the_stamp_the_headline_retells_alike(
    headline: str, body: str, area: str, figure: int
) -> None:
    assert _reports(f"{headline}\n\n{body}") == [(figure, [(area, None, figure)])]


def test_two_stamps_above_the_headline() -> None:
    text = (
        "4 мая 2025, 08:17\nОбновлено 09:02\nНад Тульской областью сбиты три беспилотника\n\n"
        "Три БПЛА уничтожены ночью над Тульской областью, сообщил губернатор."
    )
    assert _reports(text) == [(3, [("RU-TUL", None, 3)])]


def test_stamped_lines_of_a_series_still_add() -> None:
    # each clock heads one line of the governor's night: the figures are more drones, one place
    text = (
        "01:10\nНад Брянской областью сбит беспилотник.\n"
        "02:35\nЕщё два беспилотника сбиты над Брянской областью.\n"
    )
    assert _reports(text) == [(None, [("RU-BRY", None, 1), ("RU-BRY", None, 2)])]


@pytest.mark.parametrize(
    "above", ("Подписаться на канал", "Фото: пресс-служба правительства", "#Брянск #ПВО", "")
)
def test_a_headline_that_names_a_district_under_chrome_retells_the_body(above: str) -> None:
    text = (
        f"{above}\n\nГубернатор: над Погарским районом сбит беспилотник\n\n"
        "Утром дрон был уничтожен силами ПВО над Погарским районом, сообщил губернатор "
        "Брянской области. Пострадавших нет.\n"
    )
    assert _reports(text) == [(1, [("RU-BRY", "RU-BRY:pogarsky", 1), ("RU-BRY", None, 1)])]


@pytest.mark.parametrize(
    "above", ("Photo: press service handout", "Subscribe to our channel", "Updated 18:05 GMT", "")
)
def test_a_headline_that_adds_up_windows_under_chrome_is_no_total_of_the_first(above: str) -> None:
    text = (
        f"{above}\n\nRussia says 20 drones downed over four regions in the daytime\n\n"
        "Air defences destroyed eight drones between 8:00 a.m. and 2:00 p.m. - five over the "
        "Kaluga Region and three over the Kursk Region - the ministry said.\n"
        "Between 2:00 p.m. and 8:00 p.m. another 12 drones were shot down: seven over the "
        "Belgorod Region and five over the Bryansk Region.\n"
    )
    first = _reports(text)[0]
    assert first == (8, [("RU-KLU", None, 5), ("RU-KRS", None, 3)])


@pytest.mark.parametrize(
    "above", ("May 4, 2025 09:12", "Updated 09:12 GMT", "09:12", "#news #crimea", "")
)
def test_the_lede_under_a_stamped_headline_names_the_night(above: str) -> None:
    # the headline gives the figure and no time; the lede under it says "overnight"
    text = (
        f"{above}\nNavy sinks two boats, nine drones downed over Crimea\n\n"
        "Russia's Black Sea Fleet sank two Ukrainian uncrewed boats overnight, the defence "
        "ministry said. In addition, air defences destroyed nine UAVs over the Republic of Crimea.\n"
    )
    nights = [r.night_of for r in parse(text, PUBLISHED) if r.country == "RU"]
    assert nights == [PUBLISHED]


@pytest.mark.parametrize("above", ("4 мая 2025, 09:12", "Обновлено 09:12", "#новости", ""))
def test_a_russian_lede_under_a_stamped_headline_names_the_night(above: str) -> None:
    text = (
        f"{above}\nЧФ потопил два катера, над Крымом сбиты девять дронов\n\n"
        "Силы Черноморского флота ночью уничтожили два безэкипажных катера, сообщили в "
        "Минобороны. Кроме того, над Республикой Крым перехвачены девять украинских БПЛА.\n"
    )
    nights = [r.night_of for r in parse(text, PUBLISHED) if r.country == "RU"]
    assert nights == [PUBLISHED]


@pytest.mark.parametrize(
    "dateline",
    (
        "БРЯНСК, 4 мая — РИА Новости. ",
        "БРЯНСК, 4 мая. /ТАСС/. ",
        "Брянск. 4 мая. INTERFAX.RU - ",
        "МОСКВА, 4 мая — РИА Новости.\n",
        "",
    ),
)
def test_an_agencys_dateline_does_not_stop_the_night_the_next_line_names(dateline: str) -> None:
    # the dateline's date is when the agency wrote; the line under it names the night
    text = (
        f"{dateline}Брянская область, ночь на 4 мая.\n"
        "Над регионом силами ПВО сбиты четыре беспилотника. Пострадавших нет.\n"
    )
    nights = [r.night_of for r in parse(text, PUBLISHED) if r.country == "RU"]
    assert nights == [PUBLISHED]
