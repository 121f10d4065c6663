"""Golden tables for the small modules: numbers, times, normalisation, the command line."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

import settings
from parsing import InvariantError, ParseError, detect_language, parse, source_reporter
from parsing import __main__ as cli
from parsing.explain import explain_text
from parsing.invariants import validate
from parsing.model import Claim, Report
from parsing.numbers import find_numbers
from parsing.text import normalise, sentences
from parsing.time import find_time
from parsing.ukrainian import russify

MSK = settings.MSK
P = date(2025, 6, 3)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("шесть", [6]), ("двадцать два", [22]), ("одного", [1]), ("двух", [2]), ("трех", [3]),
        ("сто сорок один", [141]), ("тридцать одного", [31]), ("двадцать одним", [21]),
        ("eighteen", [18]), ("twenty-two", [22]), ("141", [141]), ("два три", [2, 3]),
        ("в 7.00 мск", []), ("с 20:00", []), ("2,000km", [2000]), ("2,5 км", []),
    ],
)  # fmt: skip
def test_numbers(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text)] == values


def _dt(s: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=MSK)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "night"),
    [
        ("с 20.00 мск 22 мая до 7.00 мск 23 мая", "window", "2025-05-22T20:00", "2025-05-23T07:00", date(2025, 5, 23)),
        ("в период с 20.00 до 23.00 мск", "window", "2025-06-03T20:00", "2025-06-03T23:00", None),
        ("в период с 23:00 мск 24 декабря до 07:00 мск 25 декабря", "window", "2024-12-24T23:00", "2024-12-25T07:00", date(2024, 12, 25)),
        ("28.09 с 8.00 до 10.00", "window", "2024-09-28T08:00", "2024-09-28T10:00", None),
        ("3 июня т.г. в период с 6.00 до 9.00", "window", "2025-06-03T06:00", "2025-06-03T09:00", None),
        # (no date, to midnight: it ended as the publication day began)
        ("С 20.00 мск до полуночи", "window", "2025-06-02T20:00", "2025-06-03T00:00", None),
        ("с 20.00 до 24.00 мск", "window", "2025-06-02T20:00", "2025-06-03T00:00", None),
        ("с 07.00 до 07.20 мск", "window", "2025-06-03T07:00", "2025-06-03T07:20", None),
        ("около 15.05 над городом", "window", "2025-06-03T15:05", "2025-06-03T15:05", None),
        ("в 13.40 мск", "window", "2025-06-03T13:40", "2025-06-03T13:40", None),
        ("по состоянию на 20.00 мск", "window", "2025-06-03T20:00", "2025-06-03T20:00", None),
        ("двадцать второго мая в период с 10.00 до 12.00", "window", "2025-05-22T10:00", "2025-05-22T12:00", None),
        ("Between 11:00 p.m. Moscow time (8:00 p.m. GMT) on June 1 and 7:00 a.m. Moscow time", "window", "2025-06-01T23:00", "2025-06-02T07:00", date(2025, 6, 2)),
        ("за ночь", "night", None, None, P),
        ("в ночь на 12 мая", "night", None, None, date(2025, 5, 12)),
        ("В ночь на вторник, 27 мая", "night", None, None, date(2025, 5, 27)),
        ("overnight", "night", None, None, P),
        # an hour of the night, "since the night began": that night
        ("сообщение появилось в три часа ночи", "night", None, None, P),
        ("около 2:30 ночи", "night", None, None, P),
        ("с начала ночи сбиты", "night", None, None, P),
        ("вночі збили", "night", None, None, P),
        ("last night", "night", None, None, P),
        ("Overnight into May 28, 2023", "night", None, None, date(2023, 5, 28)),
        ("вчера", "day", None, None, None),
        ("всего за неделю", "period", None, None, None),
        ("over the past week", "period", None, None, None),
        ("за выходные", "period", None, None, None),
        # a Russian date alone is that day
        ("1 июня ведомство сообщало", "day", "2025-06-01T00:00", "2025-06-02T00:00", None),
        ("on Monday", "day", None, None, None),
        # "and until"; the GMT hours in square brackets are not the window
        ("From 8:00 a.m. and until 1:00 p.m. Moscow time [from 5:00 a.m. to 10:00 a.m. GMT] on June 4",
         "window", "2025-06-04T08:00", "2025-06-04T13:00", None),
        # hours in GMT are three hours behind Moscow; an hour alone before "pm"; a weekday
        # beside the GMT hours dates the window
        ("between 0400 GMT and 0700 GMT", "window", "2025-06-03T07:00", "2025-06-03T10:00", None),
        # (01:00-04:00 Moscow time: the small hours, that night's later part)
        ("between 2200 UTC and 0100 UTC on June 2", "window", "2025-06-02T01:00", "2025-06-02T04:00", date(2025, 6, 2)),
        ("between 9pm (18:00 GMT on Monday) and 11:45pm (20:45 GMT)", "window", "2025-06-02T21:00", "2025-06-02T23:45", None),
        ("около полудня 1 июня", "window", "2025-06-01T12:00", "2025-06-01T12:00", None),
        ("at about 3:15 p.m. Moscow time on June 2", "window", "2025-06-02T15:15", "2025-06-02T15:15", None),
        # "т.г." after a window's dates; "по" ends a window; a window from midnight to the
        # morning is the night's later part
        ("с 23.00 мск 4 мая т.г. до 7.00 мск 5 мая т.г.", "window", "2025-05-04T23:00", "2025-05-05T07:00", date(2025, 5, 5)),
        ("За период с 20.00 мск 2 июня по 06.00 мск 3 июня", "window", "2025-06-02T20:00", "2025-06-03T06:00", date(2025, 6, 3)),
        ("С полуночи до 06.00", "window", "2025-06-03T00:00", "2025-06-03T06:00", P),
        ("в течение прошедшей ночи, в период с 0.00 до 7.00", "window", "2025-06-03T00:00", "2025-06-03T07:00", P),
        ("between midnight and 7 a.m. Moscow time", "window", "2025-06-03T00:00", "2025-06-03T07:00", P),
        # weekdays alone date a window's ends; GMT hours on both ends
        ("from 11 p.m. on Monday to 7 a.m. on Tuesday", "window", "2025-06-02T23:00", "2025-06-03T07:00", P),
        ("с 20:00 понедельника до 7:00 вторника", "window", "2025-06-02T20:00", "2025-06-03T07:00", P),
        ("between 2000 GMT on Sunday and 0400 GMT on Monday", "window", "2025-06-01T23:00", "2025-06-02T07:00", date(2025, 6, 2)),
        # most of a day across midnight is a window, not a night
        ("в период с 09:00 2 июня до 07:00 3 июня", "window", "2025-06-02T09:00", "2025-06-03T07:00", None),
        # Russian hours without minutes, with "часов" or a part of the day once or on each end;
        # no date: the publication day (a window across midnight ends on it, a night)
        ("с 8 до 11 часов утра", "window", "2025-06-03T08:00", "2025-06-03T11:00", None),
        ("с 7 до 9 часов вечера", "window", "2025-06-03T19:00", "2025-06-03T21:00", None),
        ("с 22 до 6 часов", "window", "2025-06-02T22:00", "2025-06-03T06:00", P),
        ("с 10 вечера до 5 утра", "window", "2025-06-02T22:00", "2025-06-03T05:00", P),
        ("с 21 часа 2 июня до 4 часов 3 июня", "window", "2025-06-02T21:00", "2025-06-03T04:00", date(2025, 6, 3)),
        ("с 1 до 3 часов ночи", "window", "2025-06-03T01:00", "2025-06-03T03:00", P),
    ],
)  # fmt: skip
def test_times(
    text: str, kind: str, start: str | None, end: str | None, night: date | None
) -> None:
    tm = find_time(text, 0, P)
    assert tm is not None
    assert (tm.kind, tm.night_of) == (kind, night)
    if start:
        assert tm.window is not None
        assert (tm.window.start, tm.window.end) == (_dt(start), _dt(end or start))


@pytest.mark.parametrize(
    "text", ["в период с 20.00 мск 25.05", "С 21:00 мск сбиты", "в период с 20.00 мск сбиты пять"]
)
def test_a_start_alone_is_a_time_of_its_own_but_no_window(text: str) -> None:
    tm = find_time(text, 0, P)
    assert tm is not None
    assert (tm.kind, tm.window, tm.night_of) == ("window", None, None)
    assert tm.key[0] == "from"


def test_a_range_of_drones_is_no_window_of_hours() -> None:
    assert find_time("сбиты от 8 до 10 беспилотников", 0, P) is None


def test_year_from_weekday_without_publication() -> None:
    tm = find_time("с 21:00 вторника, 4 ноября, до 5:00 среды, 5 ноября", 0, None)
    assert tm is not None and tm.window is not None
    assert tm.window.start == _dt("2025-11-04T21:00")


def test_normalise_keeps_offsets() -> None:
    raw = "Tекст: над облаcтью\u00a0сбиты БПЛА\ufe0f, C 20.00 мск"
    out = normalise(raw)
    assert len(out) == len(raw)
    assert out == "Текст: над областью сбиты БПЛА , С 20.00 мск"


def test_normalise_blanks_markup_but_not_angle_brackets() -> None:
    raw = '<img src=x onerror="alert(1)"> Сбит <b>1</b> БПЛА<!-- x -->, <3 и < 5'
    assert normalise(raw) == " " * 31 + "Сбит    1     БПЛА          , <3 и < 5"


def test_sentences_keep_clock_heads_and_abbreviations() -> None:
    text = "Собянин:\n04:42. Сбит БПЛА. 9 ноября т.г. в период с 6.00 до 9.00 сбиты."
    assert [text[s.start : s.end] for s in sentences(text)] == [
        "Собянин:", "04:42. Сбит БПЛА.", "9 ноября т.г. в период с 6.00 до 9.00 сбиты.",
    ]  # fmt: skip


def test_a_line_wrapped_inside_a_sentence_is_one_sentence() -> None:
    # a letter ends the line and a lower-case word starts the next: the break is a space
    text = "Ранее губернатор Иван Петров\nсказал о двух сбитых БПЛА.\nНовая строка."
    assert normalise(text)[28] == " "
    assert [text[s.start : s.end] for s in sentences(normalise(text))] == [
        "Ранее губернатор Иван Петров\nсказал о двух сбитых БПЛА.", "Новая строка.",
    ]  # fmt: skip


def test_russify_keeps_length_and_reads_ukrainian_places() -> None:
    text = "Над Почепським районом і у Брянській області збили дрони."
    out = russify(text)
    assert len(out) == len(text)
    assert out == "Над Почепским  районом и у Брянской  области збили дроны."
    # "-зьк-" adjectives are "-жск-" in Russian; "та" is "и"
    assert russify("у Воронезькій та Калузькій областях") == "у Воронежской и  Калужской областях"


def test_detect_language() -> None:
    assert (
        detect_language("Над Брянской областью"),
        detect_language("over the Bryansk Region"),
    ) == ("ru", "en")


def test_cli_json_hours_without_a_date(tmp_path, capsys) -> None:
    f = tmp_path / "r.txt"
    f.write_text("С 20.00 до 23.00 мск над Курской областью сбиты три беспилотника.", "utf-8")
    assert cli.main(["--json", str(f)]) == 0
    rep = json.loads(capsys.readouterr().out)["reports"][0]
    assert (rep["window"], rep["hours"]) == (None, {"start": "20:00", "end": "23:00"})


def test_cli_json(tmp_path, capsys) -> None:
    f = tmp_path / "r.txt"
    text = "Над Брянской областью за ночь уничтожены четыре беспилотника."
    f.write_text(text, encoding="utf-8")
    assert cli.main(["--published", "2025-06-03", "--json", "--explain", str(f)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["language"] == "ru"
    rep = out["reports"][0]
    assert list(rep) == [
        "reporter",
        "country",
        "window",
        "hours",
        "night_of",
        "period",
        "total",
        "total_qualifier",
        "claims",
        "damage",
        "casualties",
    ]
    assert (rep["night_of"], rep["hours"]) == ("2025-06-03", None)
    assert rep["claims"] == [{
        "area_id": "RU-BRY", "area": "Брянская область", "district_id": None, "district": None, "count": 4,
        "qualifier": "exact", "evidence": [4, text.index(" беспилотника")], "rule": "count_over_place",
    }]  # fmt: skip


def test_cli_source_names_the_reporter(tmp_path, capsys) -> None:
    f = tmp_path / "r.txt"
    f.write_text("Над Брянской областью за ночь уничтожены четыре беспилотника.", encoding="utf-8")
    assert cli.main(["--json", "--source", "Губернатор Брянской области", str(f)]) == 0
    assert json.loads(capsys.readouterr().out)["reports"][0]["reporter"] == "governor"


@pytest.mark.parametrize(
    ("source", "reporter"),
    [
        ("Губернатор Белгородской области (образец)", "governor"),
        ("Оперштаб Курской области", "governor"),
        ("Мэр Москвы", "mayor"),
        ("Минобороны России", "mod"),
        ("Russian Defence Ministry", "mod"),
        ("Sample Wire", None),
        ("", None),
        (None, None),
    ],
)
def test_source_reporter(source: str | None, reporter: str | None) -> None:
    assert source_reporter(source) == reporter


def test_cli_table(tmp_path, capsys) -> None:
    f = tmp_path / "r.txt"
    f.write_text(
        "Over the past night air defenses destroyed two drones over the Kursk Region.",
        encoding="utf-8",
    )
    assert cli.main(["--explain", str(f)]) == 0
    out = capsys.readouterr().out
    assert "RU-KRS" in out and "count_over_place" in out


def test_page_chrome_is_not_a_report() -> None:
    text = "Читайте также: Над Курской областью сбиты пять беспилотников\nВ Тульской области прошел фестиваль."
    assert parse(text, P) == []


def test_validate_collects_every_problem() -> None:
    bad = Report(
        "mod",
        "UA",
        None,
        None,
        -1,
        "exact",
        (Claim("SEA-BLACK+SEA-AZOV", "x", -2, "exact", (5, 99)),),
    )
    with pytest.raises(InvariantError) as err:  # the parser's own bug, not the text's
        validate([bad], "short")
    assert isinstance(err.value, ParseError)
    msg = str(err.value)
    for part in (
        "negative total -1",
        "Ukraine's report",
        "outside the text",
        "negative count -2",
        "not in sorted order",
    ):
        assert part in msg


def test_explain_names_rule_and_words() -> None:
    text = "Над Брянской областью за ночь уничтожены четыре беспилотника."
    assert explain_text(text, P).splitlines() == [
        "report 0: media RU 2025-06-03 total=4 (exact)",
        "  RU-BRY count=4 (exact) <- count_over_place: 'Брянской областью за ночь уничтожены четыре' [4:47]",
    ]


def test_cli_explain_alone_lists_every_rule_in_the_order_it_runs(capsys) -> None:
    from parsing.report_rules import REPORT_RULES
    from parsing.rules import RULES, rule_name

    assert cli.main(["--explain"]) == 0
    out = capsys.readouterr().out.splitlines()
    listed = [
        line.split(".", 1)[1].split(":", 1)[0].strip() for line in out if line.startswith("  ")
    ]
    assert listed == [rule_name(r) for r in (*RULES, *REPORT_RULES)]
    assert (
        out[1]
        == '   1. paren_count: "Belgorod (four drones), ... and Kaluga (six drones) regions", "Белгородский район (2), Шебекинский округ (3)": counts in parentheses after the names they belong to.'
    )


def test_cli_without_files_or_explain_says_what_it_needs(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main([])
    assert "give at least one FILE" in capsys.readouterr().err
