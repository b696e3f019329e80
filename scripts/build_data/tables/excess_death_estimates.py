"""excess_death_estimates: published estimates of excess deaths, with editorial method columns.

Input: ``excess_death_estimates.csv``, copied row for row in source order, its columns kept
(a change of columns stops the build). Numbers are normalised (low may not exceed high).
``year_published`` becomes an integer (a remark such as ``2011 (page update)`` moves to the
note) and three editorial columns are added, ``method`` (vocabulary ``ESTIMATE_METHODS``),
``data_basis`` and ``area``, from ``DEATH_CLASSIFICATION``: one entry per row, each label backed
by a phrase that must occur in the row's own text (``DEATH_AREAS`` likewise for ``area``). A row
without an entry, or an entry without a row, stops the build.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..common import BuildError, Context, Table, dec, fmt, with_note
from ..descriptor import field, label, resource
from ..sources import COMPILED, RAW_LABEL, WEB_TERMS, src_file

NAME = "excess_death_estimates"
NEEDS: tuple[str, ...] = ()
#: This module's path and its input's, as the descriptor's notes name them.
MODULE = "scripts/build_data/tables/excess_death_estimates.py"
INPUT = "excess_death_estimates.csv"

DEATH_NUMBERS = (
    "excess_deaths_million",
    "excess_deaths_low_million",
    "excess_deaths_high_million",
    "lost_births_million",
)

#: How an estimate was made: a short fixed vocabulary (editorial, by the course team).
ESTIMATE_METHODS = {
    "official registration data": "excess deaths implied by the registered (official) deaths, "
    "not adjusted",
    "registration data adjusted for under-reporting": "registered deaths raised to allow for "
    "deaths that were never registered",
    "demographic reconstruction": "a reconstruction of the population from the official vital "
    "statistics and the censuses (1953, 1964, 1982), checked against each other",
    "provincial/local records": "built up from provincial or local records (e.g. county "
    "gazetteers)",
    "archival extrapolation": "official figures raised by the under-reporting found in party "
    "and government archives",
    "unpublished internal investigation": "an official investigation known only from someone's "
    "account of it",
    "adopts another estimate": "takes over another author's figure; not an independent estimate",
    "not stated": "the row's own text does not say how the figure was made",
}

#: The classification of every row, from the row's own text (author, title, venue, period,
#: note): (author starts with, year_published as printed) -> (method, data_basis, evidence).
#: ``evidence`` must occur in the row's text, so every label can be traced; "not stated" rows
#: need none. A row without an entry, or an entry without a row, stops the build.
DEATH_CLASSIFICATION = {
    ("Ashton, Basil", "1984"): (
        "demographic reconstruction",
        "the official population and vital rates (1984 Statistical Yearbook) and the 1953, 1964 "
        "and 1982 censuses",
        "used the official evidence",
    ),
    ("Coale, Ansley", "1984"): (
        "registration data adjusted for under-reporting",
        "registered deaths (16 million excess), adjusted for under-registration",
        "16 million from registered deaths, adjusted to 27 million for under-registration",
    ),
    ("Banister, Judith", "1987"): (
        "registration data adjusted for under-reporting",
        "registered data (15 million excess), adjusted",
        "15 million from registered data, adjusted to 30 million",
    ),
    ("Peng Xizhe", "1987"): (
        "registration data adjusted for under-reporting",
        "reported deaths in 14 provinces (14.2 million), adjusted about 10 % for "
        "under-reporting and extrapolated nationally",
        "14.2 million reported deaths in 14 provinces, adjusted ~10% for under-reporting",
    ),
    ("Jiang Zhenghua", "1988"): (
        "demographic reconstruction",
        "census-based demographic (dynamic) estimate of the population",
        "a census-based demographic (dynamic) estimate",
    ),
    ("Rummel, R. J.", "1991"): (
        "adopts another estimate",
        "Coale's estimate",
        'Adopts Coale as "a most likely figure"; not an independent estimate',
    ),
    ("Becker, Jasper", "1996"): (
        "adopts another estimate",
        "Banister's estimate",
        'Uses Banister as "the most reliable estimate we have"; not independent',
    ),
    ("Yao Shujie", "1999"): ("not stated", "not stated", ""),
    ("Houser, Daniel", "2009"): ("not stated", "not stated", ""),
    ("Cao Shuji", "2004"): ("not stated", "not stated", ""),
    ("Cao Shuji", "2005"): (
        "provincial/local records",
        "more than 1,000 county gazetteers, aggregated to Qing prefectures",
        "Built from >1,000 county gazetteers aggregated to Qing prefectures",
    ),
    ("Chang, Jung", "2005"): ("not stated", "not stated; biography", ""),
    ("Yang Jisheng", "2008"): (
        "provincial/local records",
        "published provincial population statistics, with archival documents",
        "also based on published statistics",
    ),
    ("Dikötter, Frank", "2010"): (
        "archival extrapolation",
        "official data against archival evidence of under-reporting; adopts the 43-46 million of "
        "Chen Yizi's investigation as a floor",
        "archival extrapolation",
    ),
    ("Li Chengrui", "1997"): ("not stated", "not stated", ""),
    ("Meng, Xin", "2015"): (
        "adopts another estimate",
        "a range stated in a study of the famine's causes, not its own count",
        "A range stated by a study of causes",
    ),
    ("Chen Yizi", ""): (
        "unpublished internal investigation",
        "an internal investigation team's unpublished report, as described by Chen Yizi",
        "hearsay of an unpublished report",
    ),
    ("Yu Xiguang", ""): ("not stated", "not stated", ""),
    ("US Bureau of the Census", "1987 (LoC text; year memory-unverified)"): (
        "demographic reconstruction",
        "not stated (a 'computer reconstruction'; its data are not named)",
        "computer reconstruction",
    ),
    ('"Conservative estimates"', "2011 (page update)"): ("not stated", "not stated", ""),
    ("Official statistics", "1983"): (
        "official registration data",
        "registered births and deaths, China Statistical Yearbook",
        "excess deaths implied by the registered (under-reported) vital statistics",
    ),
    ("Xia, Charles", "2021"): (
        "official registration data",
        "registered deaths, China Population Statistical Yearbook 1995, against a 1954-64 baseline",
        "Computed from registered deaths in China Population Statistical Yearbook 1995 against "
        "a 1954-64 baseline",
    ),
    ("Sun Jingxian", "2013"): ("not stated", "not stated", ""),
}

#: Whether a row counts as a separate estimate in the lesson's summaries (editorial): rows not
#: listed are "independent estimate". (author starts with, year as printed) -> (standing, why).
STANDINGS = {
    "independent estimate": "a figure of its author's own making; counted in summaries",
    "repeats another estimate": "takes over a figure already in the table; shown, not counted",
    "outside the scholarly literature": "not peer-reviewed scholarship; shown, not counted",
    "derived from the registers": "excess deaths implied by the registered figures, not an "
    "estimate of its author's own; shown, not counted",
}
DEATH_STANDING = {
    ("Rummel, R. J.", "1991"): ("repeats another estimate", "adopts Coale (1984)"),
    ("Becker, Jasper", "1996"): ("repeats another estimate", "adopts Banister (1987)"),
    ("Meng, Xin", "2015"): (
        "repeats another estimate",
        "a range stated by a study of causes, not a count of its own",
    ),
    ("US Bureau of the Census", "1987 (LoC text; year memory-unverified)"): (
        "repeats another estimate",
        "the source text's own handbook (Library of Congress 1987) citing the Census Bureau's "
        "reconstruction, where Banister (1987) did her work; not counted apart from Banister",
    ),
    ('"Conservative estimates"', "2011 (page update)"): (
        "repeats another estimate",
        "the source text's own figures [S21], restated on a web page",
    ),
    ("Chen Yizi", ""): (
        "repeats another estimate",
        "known only through Dikötter (2010), who adopts it as his floor; counted once, as his",
    ),
    ("Official statistics", "1983"): (
        "derived from the registers",
        "the registered births and deaths themselves, not an estimate made from them",
    ),
    ("Sun Jingxian", "2013"): (
        "outside the scholarly literature",
        "a newspaper article disputing the famine's scale; not set beside demographic and "
        "archival scholarship",
    ),
    ("Xia, Charles", "2021"): (
        "outside the scholarly literature",
        "a web article, not peer-reviewed; a worked example of the registered-data calculation",
    ),
}

#: Rows about one province rather than all China: (author, year) -> (area, evidence).
DEATH_AREAS = {("Cao Shuji", "2004"): ("Sichuan", "Sichuan province only")}

DEATH_CLASSIFICATION_NOTES = (
    "Columns method, data_basis and area are editorial: assigned by the course team in "
    f"{MODULE} (DEATH_CLASSIFICATION, DEATH_AREAS) from the row's own text "
    "(author, title, venue, period, note) and nothing else. Each label other than 'not stated' "
    "names a phrase that must occur in that text, or the build stops.",
    "Where the row's text does not say how the estimate was made, method and data_basis say "
    "'not stated', even where the work is known for a method: add a sourced sentence to the "
    f"row's note in {RAW_LABEL}/{INPUT} to change that.",
    "method vocabulary: "
    + "; ".join(f"'{name}' = {meaning}" for name, meaning in ESTIMATE_METHODS.items())
    + ".",
    "area is 'China' unless the row names a smaller area.",
    "standing (editorial, DEATH_STANDING in "
    f"{MODULE}): "
    + "; ".join(f"'{name}' = {meaning}" for name, meaning in STANDINGS.items())
    + ". standing_note says why a row is not counted.",
)


def death_year(text: str, where: str) -> tuple[str, str]:
    """'1984' -> ('1984', ''); '2011 (page update)' -> ('2011', remark); '' -> ('', '')."""
    printed = text.strip()
    if not printed:
        return "", ""
    m = re.fullmatch(r"(\d{4})(\s*\(.*\))?", printed)
    if not m:
        raise BuildError(f"{where}: year_published {text!r} is not 'YYYY' or 'YYYY (remark)'")
    return m[1], (f"year_published printed as '{printed}'" if m[2] else "")


def death_rows(ctx: Context, notes: list[str]) -> tuple[list[str], list[dict[str, str]]]:
    """Copy the estimates table: numbers checked, years as integers, editorial columns added."""
    rows = ctx.read(INPUT)
    columns = list(rows[0])
    out = []
    used = set()
    for line, row in enumerate(rows, start=2):
        where = f"{INPUT} line {line}"
        year, remark = death_year(row["year_published"], where)
        for col in DEATH_NUMBERS:
            if row[col].strip():
                row = {**row, col: fmt(dec(row[col], f"{where} {col}"))}
        low, high = row["excess_deaths_low_million"], row["excess_deaths_high_million"]
        if low and high and Decimal(low) > Decimal(high):
            raise BuildError(f"{where}: low above high")
        keys = [
            k
            for k in DEATH_CLASSIFICATION
            if row["author"].startswith(k[0]) and row["year_published"].strip() == k[1]
        ]
        if len(keys) != 1:
            raise BuildError(
                f"{where}: {len(keys)} DEATH_CLASSIFICATION entries match "
                f"{row['author']!r} ({row['year_published']!r})"
            )
        used.add(keys[0])
        method, basis, evidence = DEATH_CLASSIFICATION[keys[0]]
        text = " ".join(row[c] for c in ("author", "title", "venue", "period", "note"))
        if method not in ESTIMATE_METHODS:
            raise BuildError(f"{where}: method {method!r} is not in ESTIMATE_METHODS")
        if method != "not stated" and (not evidence or evidence not in text):
            raise BuildError(f"{where}: the evidence for {method!r} is not in the row's text")
        standing, why = DEATH_STANDING.get(keys[0], ("independent estimate", ""))
        if standing not in STANDINGS:
            raise BuildError(f"{where}: standing {standing!r} is not in STANDINGS")
        area, area_evidence = DEATH_AREAS.get(keys[0], ("China", ""))
        if area_evidence and area_evidence not in text:
            raise BuildError(f"{where}: the evidence for area {area!r} is not in the row's text")
        out.append(
            {
                **row,
                "year_published": year,
                "note": with_note(row["note"], remark) if remark else row["note"],
                "method": method,
                "data_basis": basis,
                "area": area,
                "standing": standing,
                "standing_note": why,
            }
        )
    unused = sorted(set(DEATH_CLASSIFICATION) - used)
    unused += sorted(set(DEATH_STANDING) - used)
    if unused:
        raise BuildError(f"DEATH_CLASSIFICATION entries match no row: {unused}")
    notes.extend(DEATH_CLASSIFICATION_NOTES)
    return columns, out


def death_sources(rows):
    """One source entry per estimate: author (year), title, venue; path = first page read."""
    out = []
    for row in rows:
        parts = [
            f"{row['author']} ({row['year_published'] or 'year not given'})",
            row["title"],
            row["venue"],
        ]
        out.append(
            {
                "title": ", ".join(p for p in parts if p),
                "path": row["how_found"].split(" ; ")[0].strip(),
                "where_found": row["how_found"],
                "upstream_terms": WEB_TERMS,
            }
        )
    return out


def fields(columns: list[str]) -> list[dict]:
    fields = {
        "author": label(
            "author", "Author(s)", "Author or body making the estimate.", required=True
        ),
        "year_published": field(
            "year_published",
            "integer",
            "Year published",
            "Year of publication; empty where the source table gives none. A remark printed "
            "with the year (e.g. '2011 (page update)') is moved to the end of note.",
            "calendar year",
            minimum=1959,
            maximum=2030,
        ),
        "title": label("title", "Title", "Title of the work."),
        "venue": label("venue", "Venue", "Journal, publisher or page."),
        "excess_deaths_million": field(
            "excess_deaths_million",
            "number",
            "Excess deaths (central estimate)",
            "Deaths above a normal level during the famine; empty if only a range is given.",
            "million persons",
            minimum=0,
        ),
        "excess_deaths_low_million": field(
            "excess_deaths_low_million",
            "number",
            "Excess deaths, low end",
            "Low end of a range or a stated lower bound; empty if none.",
            "million persons",
            minimum=0,
        ),
        "excess_deaths_high_million": field(
            "excess_deaths_high_million",
            "number",
            "Excess deaths, high end",
            "High end of a range; empty if none.",
            "million persons",
            minimum=0,
        ),
        "period": label("period", "Period", "Years the estimate covers, as described."),
        "lost_births_million": field(
            "lost_births_million",
            "number",
            "Lost or postponed births",
            "Births below a normal level; empty where the source gives none.",
            "million births",
            minimum=0,
        ),
        "how_found": label("how_found", "How found", "Page(s) where the estimate was read."),
        "cross_checked_with": label(
            "cross_checked_with",
            "Cross-checked with",
            "A second page giving the same figure, if any.",
        ),
        "note": label(
            "note",
            "Note",
            "Compiler's note; a remark printed with the year follows in '[build: ...]'.",
        ),
    }
    if list(fields) != columns:
        raise BuildError(f"excess_death_estimates.csv columns changed: {columns}")
    editorial = "Editorial (course team), from the row's own text only; see notes."
    return [
        *fields.values(),
        label(
            "method",
            "Method (editorial)",
            f"How the estimate was made, in a fixed vocabulary. {editorial}",
            required=True,
            enum=ESTIMATE_METHODS,
        ),
        label(
            "data_basis",
            "Data basis (editorial)",
            "What the estimate is built from, in a phrase, or 'not stated'. " + editorial,
            required=True,
        ),
        label(
            "area",
            "Area covered (editorial)",
            "'China' unless the row names a smaller area (e.g. 'Sichuan'). " + editorial,
            required=True,
        ),
        label(
            "standing",
            "Standing (editorial)",
            "Whether the row counts as a separate estimate in summaries. " + editorial,
            required=True,
            enum=STANDINGS,
        ),
        label(
            "standing_note",
            "Why not counted (editorial)",
            "Empty for an independent estimate; else the reason. " + editorial,
        ),
    ]


def build(ctx: Context) -> Table:
    notes: list[str] = []
    columns, rows = death_rows(ctx, notes)
    return resource(
        NAME,
        "Published estimates of famine excess deaths",
        "One row per published estimate, with the period it covers, a range where given, "
        "and where it was read. Copied from the source table; numbers normalised, "
        "year_published an integer. Editorial columns follow: method (a fixed "
        "vocabulary), data_basis and area, assigned from each row's own text ('not "
        "stated' where it does not say), and standing (whether the row counts as a "
        "separate estimate in summaries) with standing_note.",
        fields(columns),
        rows,
        [
            *death_sources(rows),
            src_file(INPUT, "Estimates table", upstream_terms=COMPILED),
        ],
        {
            "S21": "'more than 14 million' deaths and ~23 million fewer births, against later "
            "estimates (method and data_basis say how each was made, where the row says)",
            "S20": "why registered death rates understate deaths",
        },
        ["author", "year_published"],
        notes,
        "one published estimate per row (author, year, venue); how_found names the "
        "page where it was read; method, data_basis and area are editorial",
    )
