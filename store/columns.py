"""Column names of the frames the store returns: the one place the app takes them from.

``Store.claims`` returns one row per claim (:data:`CLAIM_COLUMNS`); ``Store.nightly``
returns one row per night (or day) and area (:data:`NIGHTLY_COLUMNS`);
``Store.district_nightly`` one row per night (or day) and district
(:data:`DISTRICT_COLUMNS`). Datetimes are timezone-aware in Moscow time; dates are
``datetime.date``; id lists are tuples of strings.
"""

from __future__ import annotations

# --- claims (one row per claim) -------------------------------------------------------
CLAIM_ID = "claim_id"
REPORT_ID = "report_id"
REPORTER = "reporter"  # mod, governor, mayor, media, other
COUNTRY = "country"  # RU, UA (UA = Ukraine's claims about drones over Ukraine)
KIND = "kind"  # drone, missile, boat, aerial_target: only drone is counted
AREA_ID = "area_id"  # ISO 3166-2, SEA-*, or combined "A+B"
AREA = "area"
DISTRICT_ID = "district_id"
DISTRICT = "district"
COUNT = "count"  # None: the place is named without a number
QUALIFIER = "qualifier"  # exact, at_least, at_most, approx
WINDOW_START = "window_start"
WINDOW_END = "window_end"
NIGHT_OF = "night_of"  # as the parser read it: the date of the morning the night ended
EVIDENCE_START = "evidence_start"
EVIDENCE_END = "evidence_end"
EVIDENCE = "evidence"  # the text of the span
RULE = "rule"  # the parser rule that produced the claim
REPORT_TOTAL = "report_total"
REPORT_TOTAL_QUALIFIER = "report_total_qualifier"
SOURCE_KIND = "source_kind"  # telegram, text, rss, html, csv, paste, sample
CHANNEL = "channel"
URL = "url"
PUBLISHED_AT = "published_at"
#: the claim's statement is an update telling more drones than the text's statements before
#: it ("UPD: сбиты ещё два"): the figures add it to the post's (docs/reconciliation.md 1c)
ADDS_TO_PREVIOUS = "adds_to_previous"
#: who the claim's source is declared to be in the sources registry (a sync, or an import of
#: a registered channel): its channel's posts are the governor's or mayor's own (1b); None:
#: the channel's title decides
DECLARED_REPORTER = "declared_reporter"
#: who a channel post's channel is by its title, as the parser read it when the text was
#: stored ("Губернатор Брянской области": governor; an outlet's title: None); None for any
#: other source. Without a declared reporter it says whether the channel's posts are the
#: governor's or mayor's own (1b): kept so that reading them needs no parser
CHANNEL_REPORTER = "channel_reporter"
#: the span of a recap that is no night's or day's ("week", "month", "year", "days":
#: ``parsing.model.PERIODS``); None for any other claim. Such a claim is placed in no unit
#: (docs/reconciliation.md 1)
PERIOD = "period"
IS_SAMPLE = "is_sample"
UNIT = "unit"  # night or day: the unit the claim was assigned to
DATE = "date"  # the night (dated by its morning) or the calendar day

CLAIM_COLUMNS = (
    CLAIM_ID,
    REPORT_ID,
    REPORTER,
    COUNTRY,
    KIND,
    AREA_ID,
    AREA,
    DISTRICT_ID,
    DISTRICT,
    COUNT,
    QUALIFIER,
    WINDOW_START,
    WINDOW_END,
    NIGHT_OF,
    EVIDENCE_START,
    EVIDENCE_END,
    EVIDENCE,
    RULE,
    REPORT_TOTAL,
    REPORT_TOTAL_QUALIFIER,
    SOURCE_KIND,
    CHANNEL,
    URL,
    PUBLISHED_AT,
    ADDS_TO_PREVIOUS,
    DECLARED_REPORTER,
    CHANNEL_REPORTER,
    PERIOD,
    IS_SAMPLE,
    UNIT,
    DATE,
)

# --- nightly (one row per night or day and area) --------------------------------------
FIGURE = "figure"  # the count the map shows; None when the area is only named
CHOSEN_BY = "chosen_by"  # the reconciliation rule that chose the figure (RULE_* below)
STATUS = "status"  # STATUS_* below
REPORTERS = "reporters"  # every reporter with a claim behind the row, sorted
CLAIM_IDS = "claim_ids"  # every claim behind the row (shown side by side)
CHOSEN_CLAIM_IDS = "chosen_claim_ids"  # the claims the figure is made of
N_CLAIMS = "n_claims"
DISTRICTS_NAMED = "districts_named"  # district ids named for this area, sorted

NIGHTLY_COLUMNS = (
    DATE,
    UNIT,
    COUNTRY,
    AREA_ID,
    AREA,
    FIGURE,
    QUALIFIER,
    STATUS,
    CHOSEN_BY,
    REPORTERS,
    CLAIM_IDS,
    CHOSEN_CLAIM_IDS,
    N_CLAIMS,
    DISTRICTS_NAMED,
    IS_SAMPLE,
)

DISTRICT_COLUMNS = (
    DATE,
    UNIT,
    COUNTRY,
    AREA_ID,
    DISTRICT_ID,
    DISTRICT,
    FIGURE,
    QUALIFIER,
    STATUS,
    CHOSEN_BY,
    REPORTERS,
    CLAIM_IDS,
    CHOSEN_CLAIM_IDS,
    N_CLAIMS,
    IS_SAMPLE,
)

# --- values -----------------------------------------------------------------------------
UNIT_NIGHT = "night"
UNIT_DAY = "day"
#: the unit of a claim placed in no night or day (a recap's period, a window longer than
#: 26 hours): listed with the claims on the day its span starts (or its publication's day),
#: never part of a figure (docs/reconciliation.md 1)
UNIT_PERIOD = "period"

STATUS_REPORTED = "reported"
STATUS_NAMED = "named_without_count"
STATUS_NO_REPORT = "no_report"

#: One claim, nothing to choose.
RULE_SINGLE = "single_claim"
#: One reporter, several claims whose windows overlap (repeats of one statement, or a
#: total next to its parts): the largest is shown, they are never added.
RULE_OVERLAP = "largest_of_overlapping"
#: One reporter, windows that do not overlap within the night: added up.
RULE_WINDOWS = "windows_added"
#: One channel's posts that each tell drones of their own (no window, no night):
#: added up.
RULE_POSTS = "posts_added"
#: A post's figure and the updates inside the post that tell more drones ("UPD: сбиты ещё
#: два"): added up.
RULE_UPDATES = "updates_added"
#: Several reporters give the same figure.
RULE_AGREE = "reporters_agree"
#: Several reporters disagree (the ministry and the governor): the larger is shown.
RULE_LARGER = "larger_of_reporters"
#: A primary source (ministry, governor, mayor) outranks media retellings of it.
RULE_SOURCE_OVER_MEDIA = "source_over_retelling"
#: Only media or other retellings carry a number: the larger is shown.
RULE_MEDIA_ONLY = "media_only"
#: Places named without any number.
RULE_NAMED = "named_only"

#: Reporters whose statements are primary sources; the others retell.
PRIMARY_REPORTERS = ("mod", "governor", "mayor")

# --- honest data (``store.ledger``, ``store.review``, ``store.coverage``) ---------------
FLAGS = "flags"  # discrepancy codes (FLAG_* below), sorted; empty tuple when none
RETELLS = "retells"  # the statement id a media text retells; None for independent texts
STATEMENT_ID = "statement_id"
PRECISION = "precision"  # PRECISION_* below: how finely the claim is placed
GROUP_TOTAL = "group_total"  # status named_in_total: the report's total over its areas
GROUP_SIZE = "group_size"  # ... and the number of areas it names
GROUP_STATEMENT = "group_statement"  # ... and the statement that gives that total
COUNTED = "counted"  # ledger: whether the claim is part of the figure shown

#: The columns ``store.ledger.claims`` adds to ``CLAIM_COLUMNS`` (the claims CSV keeps them).
CLAIM_EXTRA_COLUMNS = (STATEMENT_ID, PRECISION, RETELLS, FLAGS)
#: The columns an area row carries besides ``NIGHTLY_COLUMNS`` (``store.ledger.nightly``,
#: the stored figures, the GeoJSON export).
NIGHTLY_EXTRA_COLUMNS = (FLAGS, GROUP_TOTAL, GROUP_SIZE, GROUP_STATEMENT)

STATUS_NAMED_IN_TOTAL = "named_in_total"

#: A governor's (or mayor's) figure above the ministry's for the same area and night.
FLAG_GOVERNOR_ABOVE_MOD = "governor_above_ministry"
#: A retelling whose numbers differ from the statement it retells.
FLAG_RETELLING_DIFFERS = "retelling_differs"
#: A stated total that differs from the sum of the statement's rows.
FLAG_TOTAL_MISMATCH = "total_differs_from_rows"
#: One area listed twice in one statement.
FLAG_LISTED_TWICE = "area_listed_twice"
#: Windows of one reporter that overlap without being the same window.
FLAG_OVERLAPPING_WINDOWS = "overlapping_windows"
#: A struck-out part of the text beside the claim ("~~5~~ 7": a Telegram strikethrough) was
#: skipped, not read: the figure is the one the author left standing.
FLAG_STRUCK_OUT = "struck_out_skipped"

FLAG_CODES = (
    FLAG_GOVERNOR_ABOVE_MOD,
    FLAG_RETELLING_DIFFERS,
    FLAG_TOTAL_MISMATCH,
    FLAG_LISTED_TWICE,
    FLAG_OVERLAPPING_WINDOWS,
    FLAG_STRUCK_OUT,
)

PRECISION_DISTRICT = "district"
PRECISION_REGION = "region"
PRECISION_SEA = "sea"
PRECISION_MULTI = "multi_area"
