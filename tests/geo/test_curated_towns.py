"""Small places the curated table ``geo.vocab.TOWNS_RU`` adds: each resolves to the district
whose polygon holds it (an index built from the real pack's boundaries into a folder of its own,
so the test does not depend on when the shared pack's index was last rebuilt)."""

from __future__ import annotations

from pathlib import Path

import pytest

import settings
from geo import gazetteer
from geo.gazetteer_index import build_index
from geo.pack import Pack


@pytest.fixture(scope="module")
def fresh_index(tmp_path_factory: pytest.TempPathFactory, real_pack: Pack) -> Path:
    folder = tmp_path_factory.mktemp("pack")
    for name in ("regions.parquet", "districts.parquet", "seas.parquet", "meta.json"):
        (folder / name).symlink_to(settings.get().pack_dir / name)
    build_index(folder)
    return folder


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Часцы", "RU-MOS:odintsovsky"),
        ("в районе Часцов", "RU-MOS:odintsovsky"),
        ("над Казачьей бухтой", "UA-40:gagarinsky"),
        ("над Северной стороной", "UA-40:nakhimovsky"),
        ("в районе Любимовки", "UA-40:nakhimovsky"),
        ("у Бельбека", "UA-40:nakhimovsky"),
        ("у Учкуевки", "UA-40:nakhimovsky"),
        # capes by their names, with or without the word "мыс"
        ("у мыса Фиолент", "UA-40:balaklavsky"),
        ("в районе Херсонеса", "UA-40:gagarinsky"),  # (was Kherson Oblast by a correction)
        ("над мысом Тарханкут", "UA-43:chernomorsky"),
        ("Тарханкута", "UA-43:chernomorsky"),
        ("near Cape Fiolent", "UA-40:balaklavsky"),  # English "Cape" as Russian "мыс"
        ("over Cape Tarkhankut", "UA-43:chernomorsky"),
        ("над Адлерским районом", "RU-KDA:sochi"),
        ("в Хостинском районе", "RU-KDA:sochi"),
        ("Лазаревский район", "RU-KDA:sochi"),
        # Moscow's settlements, by the settlement's noun or by the name's own case
        ("над поселением Вороновское", "RU-MOW:troitsky"),
        ("в Вороновском", "RU-MOW:troitsky"),
        ("в поселении Краснопахорское", "RU-MOW:troitsky"),
        ("над Михайлово-Ярцевским", "RU-MOW:troitsky"),
        ("Рязановское", "RU-MOW:novomoskovsky"),  # (was Ryazan Oblast by its romanisation)
        ("в поселении Марушкинское", "RU-MOW:novomoskovsky"),  # (was Matushkino by one letter)
        ("в районе Ближнеконстантиново", "RU-NIZ:kstovsky"),
        ("над Джемете", "RU-KDA:anapa"),  # an indeclinable resort quarter
        ("в районе Голубой бухты", "RU-KDA:gelendzhik"),
        ("Dzhemete", "RU-KDA:anapa"),
    ],
)
def test_a_curated_place_is_its_district(
    fresh_index: Path, monkeypatch: pytest.MonkeyPatch, text: str, district: str
) -> None:
    monkeypatch.setenv("ATLAS_PACK_DIR", str(fresh_index))
    place = gazetteer.resolve(text)
    assert (place.kind, place.id, place.score) == ("district", district, 0.8)
