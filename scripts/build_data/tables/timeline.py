"""timeline: dated events 1953-1964, each with one theme.

Input: ``timeline.csv``.

Themes come from ``TIMELINE_THEMES``: an explicit theme (one of ``THEMES``) for every event,
matched by the start of its text; an event without a theme, an entry that matches no event, or
a theme not in ``THEMES`` stops the build.

Partial dates are normalised to the first day of the period: ``1953-01`` -> ``1953-01-01`` with
``date_precision`` "month", ``1961`` -> ``1961-01-01`` with "year" (the coarser precision of
start and end is kept); an event may not end before it starts. Rows are sorted by start date,
in source order within a day.
"""

from __future__ import annotations

from ..common import DATE_PRECISIONS, BuildError, Context, Table, dec, fmt, normalise_date
from ..descriptor import field, label, provenance_fields, resource
from ..sources import COMPILED, rows_sources, src_file

NAME = "timeline"
NEEDS: tuple[str, ...] = ()
#: This module's path, as the descriptor names it.
MODULE = "scripts/build_data/tables/timeline.py"

#: The themes an event can have (the descriptor's enum for the theme column).
THEMES = (
    "planning",
    "agriculture and communes",
    "industry",
    "politics",
    "famine and food",
    "foreign relations",
)

#: One theme per event, matched on the start of the event text (each must match exactly once).
TIMELINE_THEMES = (
    ("Chen Yun report on grain crisis", "famine and food"),
    ("CCP Central Committee resolution on planned purchase", "famine and food"),
    ("First Five-Year Plan period begins", "planning"),
    ("Li Fuchun report on the First Five-Year Plan", "planning"),
    ("NPC adopts the First Five-Year Plan", "planning"),
    ("8th National Party Congress", "politics"),
    ("Central Economic Work Five-Person Group", "planning"),
    ("NPC Standing Committee approves State Council regulations decentralising", "planning"),
    ("Mao in Moscow: China may catch up with or surpass Britain", "industry"),
    ("Nanning conference", "politics"),
    ("Chengdu conference", "agriculture and communes"),
    ("2nd session of the 8th Party Congress adopts the 'General Line'", "politics"),
    ("Mao at Qiliying", "agriculture and communes"),
    ("Mao in Shandong", "agriculture and communes"),
    ("Beidaihe enlarged Politburo meeting (steel target", "industry"),
    ("Beidaihe resolution on establishing people's communes", "agriculture and communes"),
    ("First Zhengzhou conference", "politics"),
    ("6th Plenum of the 8th CC (Wuchang)", "politics"),
    ("Second Zhengzhou conference", "politics"),
    ("Shanghai meeting: Mao urges procurement", "famine and food"),
    ("Lushan: enlarged Politburo meeting", "politics"),
    ("Peng Dehuai's letter to Mao", "politics"),
    ("Lushan: 8th Plenum of the 8th CC", "politics"),
    ("CC directive on opposing rightist thinking", "politics"),
    ("Shanghai enlarged Politburo meeting sets 1960 plan", "planning"),
    ("Soviet note announcing withdrawal of all experts", "foreign relations"),
    ("Zhou Enlai, Li Fuchun, Li Xiannian put in charge of foreign trade", "foreign relations"),
    ("CC 'urgent directive letter' on rural commune policy", "agriculture and communes"),
    ("Central work conference (Mao calls for 'investigation and research')", "politics"),
    ("9th Plenum of the 8th CC adopts", "planning"),
    ("Canadian cabinet approves large grain sale to China", "famine and food"),
    ("Guangzhou central work conference drafts the 'Sixty Articles'", "agriculture and communes"),
    ("Liu Shaoqi begins 44-day rural investigation", "politics"),
    ("Beijing work conference: revised Sixty Articles", "agriculture and communes"),
    ("Seven Thousand Cadres Conference", "politics"),
    (
        "CC directive makes the production team the basic accounting unit",
        "agriculture and communes",
    ),
    ("Mao speech at central work conference on planning methods", "planning"),
)


def timeline_rows(ctx: Context) -> list[dict[str, str]]:
    """Normalise dates and assign each event its theme."""
    unknown = sorted({t for _, t in TIMELINE_THEMES} - set(THEMES))
    if unknown:
        raise BuildError(f"TIMELINE_THEMES uses themes not in THEMES: {unknown}")
    rows = []
    used = set()
    for line, row in enumerate(ctx.read("timeline.csv"), start=2):
        where = f"timeline.csv line {line}"
        matches = [(p, t) for p, t in TIMELINE_THEMES if row["event"].startswith(p)]
        if len(matches) != 1:
            raise BuildError(f"{where}: {len(matches)} themes match {row['event']!r}")
        used.add(matches[0][0])
        start, precision = normalise_date(row["date"].strip(), where)
        end = ""
        if row["date_end"].strip():
            end, end_precision = normalise_date(row["date_end"].strip(), where)
            if end < start:
                raise BuildError(f"{where}: ends before it starts")
            precision = max(precision, end_precision, key=DATE_PRECISIONS.index)
        rows.append(
            {
                "event": row["event"],
                "date_start": start,
                "date_end": end,
                "date_precision": precision,
                "theme": matches[0][1],
                "value": fmt(dec(row["value"], where)) if row["value"].strip() else "",
                "unit": row["unit"],
                "source": row["source"],
                "where_found": row["where_found"],
                "cross_check": row["cross_check"],
                "note": row["note"],
            }
        )
    unused = [p for p, _ in TIMELINE_THEMES if p not in used]
    if unused:
        raise BuildError(f"TIMELINE_THEMES entries match no event: {unused}")
    return sorted(rows, key=lambda r: r["date_start"])  # stable: source order within a day


def fields() -> list[dict]:
    return [
        label("event", "Event", "What happened, in a line.", required=True),
        field(
            "date_start",
            "date",
            "Start date",
            "ISO date; a month or year given alone becomes its first day (see date_precision).",
            required=True,
        ),
        field(
            "date_end",
            "date",
            "End date",
            "ISO date, empty for a one-day event or an unknown end; same normalisation.",
        ),
        label(
            "date_precision",
            "Date precision",
            "How much of the date the sources give: 'day', 'month' or 'year' (the coarser of "
            "start and end).",
            required=True,
            enum=DATE_PRECISIONS,
        ),
        label(
            "theme",
            "Theme",
            f"One theme per event, assigned in {MODULE} (TIMELINE_THEMES).",
            required=True,
            enum=THEMES,
        ),
        field(
            "value",
            "number",
            "Figure attached to the event",
            "A number the event is known for (a target, a count); empty if none.",
            "given in the unit column",
        ),
        label("unit", "Unit", "Unit of value, as printed."),
        *provenance_fields(),
    ]


def build(ctx: Context) -> Table:
    rows = timeline_rows(ctx)
    return resource(
        NAME,
        "Timeline of events, 1953-1964",
        "Dated events with normalised ISO dates, the precision the sources give, one theme "
        "each, and the source of each date.",
        fields(),
        rows,
        [
            *rows_sources(rows),
            src_file("timeline.csv", "Timeline table", upstream_terms=COMPILED),
        ],
        {
            "S2": "1957 decentralisation",
            "S3": "Second Plan overtaken in 1958",
            "S4": "General Line and mass mobilisation",
            "S8": "communes (Beidaihe 1958)",
            "S13": "speed of communisation in 1958",
            "S14": "retreat 1959-62: the team the basic accounting unit from February 1962",
            "S22": "grain imports from 1961",
            "S24": "Soviet experts recalled in mid-1960",
        },
        ["event", "date_start"],
        summary="one source per row: mainly Chinese official chronologies (Institute of "
        "Contemporary China Studies, CPC News, People's Daily), the Liu Shaoqi and Zhang "
        "Wentian chronologies, the 9th Plenum communique; Dikötter (2010), Yang Jisheng",
    )
