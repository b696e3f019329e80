"""The glossary and the bibliography: complete, well-formed, and used by the lessons."""

from __future__ import annotations

import csv
import re

import pytest

from helpers.core import reference
from tests.support.lessons import LESSONS, ROOT, load


def test_glossary_terms_are_unique_defined_and_point_at_real_lessons():
    df = reference.glossary()
    assert df["term"].is_unique and len(df) >= 20
    assert (df["definition"].str.len() > 20).all()
    assert df["term_kk"].notna().all() and (df["term_kk"].str.strip() != "").all(), (
        "every term needs its Kazakh term (term_kk)"
    )
    numbers = {p.name[:2] for p in LESSONS} | {"02", "03", "04", "05"}
    for cell in df["lessons"]:
        assert cell.split() and set(cell.split()) <= numbers, cell
    both_or_neither = (df["pinyin"] == "") == (df["hanzi"] == "")
    assert both_or_neither.all(), "a Chinese term needs both pinyin and characters"


def test_glossary_in_kazakh_has_every_definition_with_the_same_figures():
    from helpers.core import i18n

    figures = re.compile(r"\d[\d\s,.–]*\d|\d")
    english = reference.glossary()
    i18n.use_language("kk")
    try:
        kk = reference.glossary()
        line = reference.define("production team")
    finally:
        i18n.use_language("en")
    assert set(kk["term_en"]) == set(english["term"])
    assert not kk["definition"].str.contains(r"\b(?:the|of|and)\b").any(), "English left"
    for en, row in zip(
        english.itertuples(), kk.set_index("term_en").loc[english["term"]].itertuples(), strict=True
    ):
        same = {f.replace(",", "") for f in figures.findall(en.definition)}
        kk_figures = {
            re.sub(r"\s", "", f).replace(",", ".") for f in figures.findall(row.definition)
        }
        assert same == kk_figures, en.term
    assert line.startswith("өндірістік топ (shēngchǎn duì 生产队): Коммунаның")


def test_glossary_filters_by_lesson_and_defines_a_term():
    assert set(reference.glossary("05")["term"]) >= {"excess deaths", "counterfactual baseline"}
    assert "生产队" in reference.define("production team")
    with pytest.raises(ValueError, match="term must be one of"):
        reference.define("tractor")
    with pytest.raises(ValueError, match="lesson must be one of"):
        reference.glossary("99")


#: Which field names the publisher, for each kind of entry the bibliography allows.
PUBLISHED_BY = {
    "article": ("journal",),
    "book": ("publisher",),
    "incollection": ("publisher",),
    "inbook": ("publisher",),
    "techreport": ("institution",),
    "phdthesis": ("school",),
    "misc": ("howpublished", "publisher", "institution"),  # data sets, web pages, newspapers
}


def test_bibliography_entries_are_complete():
    """Author, year, title, and a publisher or journal (or what stands for one, by kind)."""
    refs = reference.references()
    twice = sorted(set(refs.loc[refs["key"].duplicated(), "key"]))
    assert not twice, f"keys used by more than one entry (merge both into one): {twice}"
    assert len(refs) >= 10
    problems = []
    for row in refs.to_dict("records"):
        if row["kind"] not in PUBLISHED_BY:
            problems.append(f"{row['key']}: kind @{row['kind']} is not one of {list(PUBLISHED_BY)}")
            continue
        missing = [f for f in ("author", "title", "year") if not row.get(f)]
        if not any(row.get(f) for f in PUBLISHED_BY[row["kind"]]):
            missing.append(" or ".join(PUBLISHED_BY[row["kind"]]))
        if row.get("year") and not re.fullmatch(r"\d{4}", row["year"]):
            missing.append("a four-digit year")
        if missing:
            problems.append(f"{row['key']} (@{row['kind']}): needs {', '.join(missing)}")
    assert not problems, "incomplete bibliography entries:\n" + "\n".join(problems)


def test_citations_are_author_year():
    assert reference.cite("lin1990") == "Lin (1990)"
    assert reference.cite("changwen1997") == "Chang and Wen (1997)"
    with pytest.raises(ValueError, match="key must be one of"):
        reference.cite("nobody2025")


def test_every_lesson_points_learners_to_the_bibliography():
    for path in LESSONS:
        text = "\n".join("".join(c["source"]) for c in load(path)["cells"])
        sources = text[text.find("## Sources") :]
        assert "reference/references.bib" in sources, f"{path.name}: Sources should link it"


# ---- every author-year citation resolves to one entry -------------------------------------

#: Citations that need not be in the bibliography: non-scholarly finding aids cited with a
#: year, as "names (year)" exactly as found. Keep it short; a scholarly work belongs in
#: references.bib instead.
FINDING_AIDS: set[str] = set()

#: Citations in other lessons' data rows that were unresolved when this test was written
#: (issue 10); their owners are correcting those rows. An entry here that no longer occurs
#: fails the test, so the list can only shrink: "file: names (year)".
PENDING = {
    "data/grain_procurement_trade.csv (source): Why China Imports Wheat', China Quarterly (1971)",
}


def cited_texts() -> list[tuple[str, str]]:
    """(file, text) for every lesson's markdown, every instructor note and every data source."""
    texts = []
    for path in LESSONS:
        cells = load(path)["cells"]
        texts.append(
            (
                path.name,
                "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown"),
            )
        )
    for path in sorted((ROOT / "instructors").glob("*.md")):
        texts.append((f"instructors/{path.name}", path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        if rows and "source" in rows[0]:
            texts.append((f"data/{path.name} (source)", "\n".join(r["source"] for r in rows)))
    return texts


def test_every_author_year_citation_is_in_the_bibliography():
    problems, pending = [], set()
    for name, text in cited_texts():
        bad = sorted(set(reference.unresolved(text)) - FINDING_AIDS)
        pending |= {f"{name}: {b}" for b in bad} & PENDING
        bad = [b for b in bad if f"{name}: {b}" not in PENDING]
        if bad:
            problems.append(f"{name}: {'; '.join(bad)}")
    stale = sorted(PENDING - pending)
    assert not stale, f"resolved now, remove from PENDING: {stale}"
    assert not problems, (
        "citations that match no single entry of reference/references.bib (first author's "
        "surname + year; add the entry, or fix the citation):\n" + "\n".join(problems)
    )


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Coale (1984: 7) showed", [("Coale", "1984")]),
        (
            "As Ashton et al. (1984) and Lin and Yang (2000) argue",
            [("Ashton et al.", "1984"), ("Lin and Yang", "2000")],
        ),
        ("Banister's (1984) rates", [("Banister", "1984")]),
        ("as Yang\n   Jisheng (2008) shows", [("Yang Jisheng", "2008")]),  # wrapped line
        ("Peng Xizhe (1987) and Dikötter (2010)", [("Peng Xizhe", "1987"), ("Dikötter", "2010")]),
        ("the First Plan (1953–57), 19.8 Mt (1957), Xinhua (30 September 1958)", []),
    ],
)
def test_the_citation_finder(text, found):
    assert reference.find_citations(text) == found


def test_citations_resolve_by_first_author_and_year():
    assert reference.resolve("Judith Banister", "1984") == ["banister1984"]
    assert reference.resolve("Dikotter", "2010") == ["dikotter2010"]  # accents ignored
    assert reference.resolve("Coale", "1985") == []  # wrong year
    assert reference.resolve("Luo Pinghan", "2014b") == ["luo2014b"]  # two works, one year
    assert reference.unresolved("Coale (1984), Madeup (1999) and Lin et al. (2031).") == [
        "Madeup (1999)",
        "Lin et al. (2031)",
    ]


def test_a_made_up_citation_fails_the_bibliography_check(tmp_path):
    fake = "As Nobody and Someone (2024) showed, Coale (1984) was wrong."
    assert reference.unresolved(fake) == ["Nobody and Someone (2024)"]


# ---- no placeholder stands in for an author, publisher or journal ----------------------------

#: Words that say a field was not found; such an entry is not complete, however filled.
PLACEHOLDERS = ("unknown", "not verified", "not named", "not found", "not given")
NAMED_FIELDS = ("author", "publisher", "journal", "institution", "school", "howpublished")


def placeholder_problems(refs) -> list[str]:
    """'key field: value' for every named field that holds a placeholder instead of a name."""
    return [
        f"{row['key']} {field}: {row[field]}"
        for row in refs.to_dict("records")
        for field in NAMED_FIELDS
        if field in ("author", "publisher", "journal")  # howpublished may say how it was read
        and any(w in str(row.get(field, "")).lower() for w in PLACEHOLDERS)
    ]


def test_no_placeholder_names_an_author_publisher_or_journal():
    problems = placeholder_problems(reference.references())
    assert not problems, "placeholders where a name belongs:\n" + "\n".join(problems)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("author", "{Author not named in the extract read}"),
        ("publisher", "unknown"),
        ("journal", "journal not verified"),
    ],
)
def test_a_placeholder_fails_the_check(field, value):
    import pandas as pd

    fake = pd.DataFrame([{"key": "fake2000", "author": "Fake, A.", "publisher": "", "journal": ""}])
    fake.loc[0, field] = value
    assert placeholder_problems(fake) == [f"fake2000 {field}: {value}"]


# ---- every row of the estimates table resolves to the bibliography ---------------------------

#: Rows whose author is a body rather than a person: (author starts with, year) -> key. The
#: sources conflict on the year of the registered data (1983 on the page read, the 1984
#: Statistical Yearbook in Dikötter 2010), so the row keeps the page's year.
ROW_KEYS = {
    ('"Conservative estimates"', 2011): "chinaprofile2011",
    ("Official statistics", 1983): "csy1984",
    ("US Bureau of the Census", 1987): "loc1987",
}


def estimate_row_problems(rows: list[dict]) -> list[str]:
    """Rows whose author and year resolve to no single entry; undated rows must cite one."""
    from helpers.lessons.counting_the_cost.published_estimates import short_author

    keys = set(reference.references()["key"])
    problems = []
    for row in rows:
        year = str(row["year_published"]).strip()
        if not year or year in {"nan", "<NA>"}:
            if not [c for c in reference.find_citations(row["note"]) if reference.resolve(*c)]:
                problems.append(f"{row['author']} (no year): its note cites no bibliography entry")
            continue
        fixed = [
            k for (a, y), k in ROW_KEYS.items() if row["author"].startswith(a) and y == int(year)
        ]
        if fixed:
            if fixed[0] not in keys:
                problems.append(f"{row['author']} ({year}): {fixed[0]} not in references.bib")
            continue
        name = short_author(row["author"]).replace(" et al.", "").split(" and ")[0]
        if len(reference.resolve(name, year)) != 1:
            problems.append(f"{row['author']} ({year}) -> {name} ({year}) resolves to no one entry")
    return problems


def test_every_estimate_row_resolves_to_the_bibliography():
    with (ROOT / "data" / "excess_death_estimates.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    problems = estimate_row_problems(rows)
    assert not problems, "estimate rows not in reference/references.bib:\n" + "\n".join(problems)


def test_an_unknown_estimate_row_fails_the_check():
    rows = [
        {"author": "Madeup, A.", "year_published": "1999", "note": ""},
        {"author": "Nobody", "year_published": "", "note": "as told to a friend"},
        {"author": "Ashton, Basil; Hill, Kenneth", "year_published": "1984", "note": ""},
    ]
    assert len(estimate_row_problems(rows)) == 2
