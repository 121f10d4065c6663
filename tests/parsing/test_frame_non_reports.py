"""Texts that tell no interception over Russia (our own wording): an exercise whose scenario
has debris and drones (``vocab.EXERCISE_SENTENCE_RE``), planes destroyed on an airfield the
drones attacked (``vocab.NOT_DOWNED``: a verb said of aircraft downs no drone), and a headline
that tells Ukraine's figure before the body names Ukraine's air force as its speaker
(``retellings.drop_ukraines_figure_retold``)."""

from __future__ import annotations

from datetime import date

import pytest

from parsing import parse

DAY = date(2026, 4, 15)


def _russian(text: str) -> list[tuple[int | None, list[tuple[str, int | None]]]]:
    return [
        (r.total, [(c.area_id, c.count) for c in r.claims])
        for r in parse(text, DAY)
        if r.country == "RU"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the exercise and its debris in one sentence, its fire "условный" in the next
        "На котельной в Саратове МЧС провело учения, и расчёты отработали действия на случай, "
        "если обломки дрона упадут на мазутный склад. Условное возгорание потушили.",
        # a training and its scenario in one sentence after a heading
        "Подольск: энергетики готовятся к зиме.\n\nВ Ступинском районе прошла тренировка: пожар "
        "от упавших на подстанцию обломков беспилотника тушили условно.",
        # a training, a drone's debris as its premise
        "В Обнинске провели тренировку: пожарные отработали действия при падении обломков "
        "беспилотника на территории нефтебазы.",
        # the passive participle of the verb, a district named
        "В Рязанской области прошли учения: в Шиловском районе отработаны действия при "
        "падении обломков дрона на подстанцию.",
        # English: an exercise
        "In Syzran, rescuers held an exercise on Tuesday, practising their response to drone "
        "debris falling on the territory of a refinery.",
    ],
)
def test_an_exercise_is_no_report(text: str) -> None:
    assert _russian(text) == []


def test_a_report_beside_an_exercise_keeps_its_figure() -> None:
    text = (
        "Ночью над Тульской областью сбиты два беспилотника. На прошлой неделе в регионе "
        "прошли учения по отражению атак дронов."
    )
    assert _russian(text) == [(2, [("RU-TUL", 2)])]


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the airfield near Saratov before dawn and the governor spoke of an attack "
        "being repelled by the army. By the afternoon, photos posted online had two aircraft "
        "destroyed on the apron.",
        "Blasts were heard in Syzran as drones targeted the air base. The Samara "
        "governor said air defences were repelling an attack. One aircraft was destroyed, "
        "satellite images show.",
        "Explosions rang out in Balakovo as drones attacked the airfield. Saratov governor Roman "
        "Busargin said an attack was being repelled. Satellite pictures showed several aircraft "
        "destroyed.",
        "Explosions were heard in Engels late on Sunday as drones attacked the air base. Saratov "
        "governor Roman Busargin said air defences were repelling an attack. Two aircraft were "
        "damaged, a Telegram channel reported.",
        "Blasts were heard in Obninsk overnight as drones targeted the airfield. The Kaluga "
        "governor said the military was repelling an attack. Images later showed three aircraft "
        "hit.",
    ],
)
def test_aircraft_destroyed_on_the_ground_down_no_drone(text: str) -> None:
    assert _russian(text) == []


def test_unmanned_aircraft_destroyed_are_drones() -> None:
    text = "Air defences destroyed four unmanned aircraft over the Belgorod region overnight."
    assert _russian(text) == [(4, [("RU-BEL", 4)])]


@pytest.mark.parametrize(
    "text",
    [
        "Drones rain on Ukraine overnight, air force says 57 shot down\n\nRussia sent 74 drones "
        "into Ukraine overnight; 57 of them were shot down, Ukraine's air force said.",
        "Air force: 45 Russian drones destroyed overnight\n\nUkraine's air force said it "
        "destroyed 45 of 70 drones Russia launched overnight.",
        "60 Shaheds downed in overnight attack\n\nUkraine's air force said on Telegram that 60 "
        "of the 81 Shahed drones launched by Russia were shot down.",
        "Ukraine says it downed 38 drones\n\nKYIV (Reuters) - Ukraine's air force said it "
        "downed 38 of the 50 drones Russia launched overnight.",
        "Overnight, 52 drones were intercepted, the air force reported\n\nUkraine's air force "
        "said 52 of 66 drones launched by Russia were intercepted or lost.",
    ],
)
def test_a_headline_with_ukraines_figure_is_no_russian_report(text: str) -> None:
    assert _russian(text) == []
    assert [r.country for r in parse(text, DAY)] == ["UA"]


def test_a_russian_figure_of_its_own_speaker_stays_beside_ukraines() -> None:
    text = (
        "Russia's defence ministry said 60 drones were downed over the Kursk region. Ukraine's "
        "air force said it downed 60 of 81 drones overnight."
    )
    assert _russian(text) == [(60, [("RU-KRS", 60)])]
