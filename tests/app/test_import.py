"""Import page under AppTest: previews, saves, refuses bad files, clears samples."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import store
from app_pages import map_slot, prefetch
from dashboard.evidence import escape_markdown
from store import columns as C
from store.export import claims_csv
from tests.app._upload import paste, save, save_text, settle, upload
from tests.app.conftest import ROOT, app_at, seed

SAMPLE_BANNER_START = "Sample data — invented reports for demonstration."


@pytest.fixture
def exported_csv(tmp_path: Path) -> bytes:
    """The hand-made claims exported as the project's claims CSV from another database."""
    other = store.open_store(f"sqlite:///{tmp_path / 'other.sqlite'}")
    seed(other)
    data = claims_csv(other.claims(store.Filters(include_ua=True)))
    other.close()
    return data


def test_a_claims_csv_is_previewed_then_saved(db_url: str, exported_csv: bytes) -> None:
    db = store.open_store(db_url)
    at = app_at("import_page")
    assert not at.exception
    upload(at, ("claims.csv", exported_csv))
    assert not at.error
    preview = at.dataframe[0].value
    assert len(preview) == 5  # one row per report: a CSV carries no parsed Report objects
    assert db.claims(store.Filters(include_ua=True)).empty  # nothing saved by a preview
    save(at)
    assert not at.exception
    assert at.success[0].value.startswith("1 file(s): 5 new texts saved with 9 claims")
    saved = db.claims(store.Filters(include_ua=True))
    assert sorted(saved[C.COUNT].dropna().astype(int).tolist()) == [3, 3, 16, 18, 25, 42, 69, 85]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("result.json", b'{"name": "x", "type": "public_channel", "messages": [', "result.json"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("big.txt", "Над Брянской областью сбиты 5 БПЛА. ".encode() * 20, "over the import limit"),
    ],
    ids=["malformed-json", "binary", "oversize"],
)
def test_bad_files_are_refused_with_one_line_and_nothing_saved(
    seeded: store.Store, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, message: str
) -> None:
    monkeypatch.setenv("ATLAS_MAX_IMPORT_BYTES", "500")
    before = seeded.data_version()
    at = app_at("import_page")
    upload(at, (name, data))
    assert not at.exception
    errors = [e.value for e in at.error]
    # shown with Markdown escaped (a file's values are never live Markdown)
    assert len(errors) == 1 and escape_markdown(message) in errors[0] and "\n" not in errors[0]
    assert at.button(key="imp_save_files").disabled
    assert seeded.data_version() == before


def test_one_bad_file_blocks_saving_the_others(db_url: str, exported_csv: bytes) -> None:
    at = app_at("import_page")
    upload(at, ("claims.csv", exported_csv), ("broken.json", b"{"))
    assert len(at.error) == 1
    assert at.button(key="imp_save_files").disabled
    assert at.warning[0].value.startswith("Remove the files that cannot be read")


def test_sample_banner_until_the_samples_are_cleared(db_url: str) -> None:
    seed(store.open_store(db_url), kind="sample")
    at = app_at("import_page")
    assert at.info[0].value.startswith(SAMPLE_BANNER_START)
    at.button(key="imp_clear_samples").click().run()
    assert not at.exception
    assert at.success[0].value == "Removed 5 sample reports."
    assert not [i for i in at.info if i.value.startswith(SAMPLE_BANNER_START)]
    assert store.open_store(db_url).claims(store.Filters(include_ua=True)).empty


@pytest.mark.parametrize("page", ["timeline", "claims", "import_page"])
def test_the_banner_is_on_every_page_while_only_samples_are_stored(db_url: str, page: str) -> None:
    seed(store.open_store(db_url), kind="sample")
    at = app_at(page)
    assert not at.exception
    assert at.info[0].value.startswith(SAMPLE_BANNER_START)


def test_no_banner_once_the_user_has_imported(seeded: store.Store) -> None:
    at = app_at("import_page")
    assert not [i for i in at.info if i.value.startswith(SAMPLE_BANNER_START)]
    assert not [b for b in at.button if b.key == "imp_clear_samples"]
    assert "No sample reports are stored." in [c.value for c in at.caption]


PASTED = (
    "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 7 украинских "
    "беспилотных летательных аппаратов самолетного типа: 4 – над территорией Курской области "
    "и 3 – над территорией Орловской области."
)


def test_a_pasted_report_is_previewed_with_its_nights_then_saved(seeded: store.Store) -> None:
    before = len(seeded.claims(store.Filters()))
    at = app_at("import_page")
    at.text_area(key="imp_text").input(PASTED)
    at.date_input(key="imp_published").set_value(date(2025, 9, 20))
    settle(at.run())
    assert not at.exception and not at.error
    preview = at.dataframe[0].value
    assert preview[["Night", "Reporter", "Area", "Count"]].to_dict("records") == [
        {"Night": "2025-09-20", "Reporter": "mod", "Area": "Курская область", "Count": "4"},
        {"Night": "2025-09-20", "Reporter": "mod", "Area": "Орловская область", "Count": "3"},
    ]
    assert len(seeded.claims(store.Filters())) == before  # a preview saves nothing
    save_text(at)
    assert at.success[0].value.startswith("Pasted report: 1 new texts saved with 2 claims")
    saved = seeded.claims(store.Filters(date_from=date(2025, 9, 20), date_to=date(2025, 9, 20)))
    assert sorted(zip(saved[C.AREA_ID], saved[C.COUNT].astype(int), strict=True)) == [
        ("RU-KRS", 4),
        ("RU-ORL", 3),
    ]


def test_pasted_markup_stays_text_in_the_preview(seeded: store.Store) -> None:
    at = app_at("import_page")
    paste(at, f"<script>alert(1)</script> {PASTED}")
    assert not at.exception
    assert "Курская область" in at.dataframe[0].value["Area"].tolist()
    # the HTML elements are the map slot's layout (app_pages/map_slot.py) and the charts'
    # script loaded early (app_pages/prefetch.py, in the sidebar), never the text
    assert sorted(h.value for h in at.html) == sorted(
        [map_slot.layout_css(shown=False), prefetch.script(prefetch.chunk_files())]
    )
    assert not [m for m in at.markdown if "<script" in m.value]


def test_a_telegram_export_is_previewed_then_saved(db_url: str) -> None:
    export = ROOT / "data" / "samples" / "telegram_kaluga_governor.json"
    db = store.open_store(db_url)
    at = app_at("import_page")
    upload(at, ("result.json", export.read_bytes()))
    assert not at.error
    preview = at.dataframe[0].value
    assert set(preview["Text"]) == {f"result.json: message {n}" for n in (501, 509, 517)}
    assert "Калужская область" in preview["Area"].tolist()
    assert db.claims(store.Filters(include_ua=True)).empty
    save(at)
    assert not at.exception
    assert at.success[0].value.startswith("1 file(s): 3 new texts saved")
    night = store.Filters(date_from=date(2025, 9, 14), date_to=date(2025, 9, 14))
    assert 18 in db.claims(night)[C.COUNT].dropna().astype(int).tolist()


def test_several_files_are_saved_together(db_url: str, exported_csv: bytes) -> None:
    export = ROOT / "data" / "samples" / "telegram_kaluga_governor.json"
    db = store.open_store(db_url)
    at = app_at("import_page")
    upload(at, ("claims.csv", exported_csv), ("result.json", export.read_bytes()))
    assert not at.error
    save(at)
    assert not at.exception
    assert at.success[0].value.startswith("2 file(s): 8 new texts saved")
    channels = set(db.claims(store.Filters(include_ua=True))[C.CHANNEL])
    assert {"Минобороны (тест)", "Губернатор Калужской области (образец)"} <= channels
