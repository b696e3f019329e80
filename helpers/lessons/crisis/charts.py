"""Charts for lesson 04: chained output indices, the village grain balance, vital rates, trade.

Each chart takes a DataFrame from :mod:`helpers.lessons.crisis.index_chains` or :mod:`helpers.lessons.crisis.grain_balance`
and returns an Altair chart with a title and a one-sentence description that states
what it shows in numbers. Famine years (1959-61) are shaded in ``theme.FAMINE_SHADE``.
"""

from __future__ import annotations

import re

import altair as alt
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_choice, check_frame, check_number
from helpers.lessons.crisis.grain_balance import (
    BALANCE_COLUMNS,
    RECONSTRUCTED,
    RULES,
    SERIES_BASIS,
)
from helpers.lessons.crisis.index_chains import (
    FIRST_YEAR,
    INDEX_COLUMNS,
    LAST_YEAR,
    SECTORS,
    SERIES,
    SOURCE_WORDS,
)

HISTORY_LABEL = N_("Recorded harvest less recorded procurement")
SUBSISTENCE_LABEL = N_("Subsistence line (illustrative)")
#: Legends under the chart, one entry a line, drawn as line samples (so dashes show).
_LEGEND = alt.Legend(
    orient="bottom",
    direction="vertical",
    labelLimit=400,
    symbolType="stroke",
    symbolStrokeWidth=2.5,
)
_DASHES = ([1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3])
#: The famine band's one row (its years), given to the grain chart's template on each fill.
_FAMINE_ROWS = list(chart_kit.famine_band().data["values"])


def _lines(title: str) -> str | alt.TitleParams:
    """A title as one line, or as lines where its translation breaks it ("\\n"): a longer
    language's title would not fit the chart's width on one."""
    return alt.TitleParams(title.split("\n")) if "\n" in title else title


def series_words(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (yearly changes, levels or indices) with its ``series`` and ``source`` in
    the reader's language (``frame`` itself in English).

    Examples
    --------
    >>> ch = pd.DataFrame({"series": [SERIES["agriculture"][0]], "source": ["source text [S19]"]})
    >>> series_words(ch) is ch
    True
    """
    check_frame("frame", frame, ["series", "source"])
    shown = translated(frame, "series")
    if shown is frame:
        return frame
    return shown.assign(source=frame["source"].map(_source_words))


def _source_words(source: object) -> object:
    """Where a change comes from, in the reader's language (references stay as written)."""
    if source in SOURCE_WORDS:
        return t(source)
    claim = re.fullmatch(r"source text \[(S\d+)\]", str(source))
    return t("source text [{claim}]", claim=claim[1]) if claim else source


def basis_words(basis: str) -> str:
    """A procurement figure's basis (``grain_balance.recorded_procurement``) in the
    reader's language.

    Examples
    --------
    >>> basis_words(SERIES_BASIS + RECONSTRUCTED)
    'gross, share of older official output (reconstructed share; unverified)'
    """
    if not isinstance(basis, str):
        raise TypeError(f"basis must be a procurement figure's basis in words; got {basis!r}")
    if basis == SERIES_BASIS + RECONSTRUCTED:
        return t("{basis} (reconstructed share; unverified)", basis=t(SERIES_BASIS))
    return t(basis) if basis == SERIES_BASIS else basis


def index_chart(indices: pd.DataFrame, *, sector: str, base_year: int) -> alt.LayerChart:
    """Chained indices of :func:`helpers.lessons.crisis.index_chains.sector_indices`, base year = 100.

    Series without a figure for the base year are left out, and the description says so.

    Examples
    --------
    >>> from helpers.lessons.crisis.index_chains import sector_indices
    >>> ch = pd.DataFrame({"series": [SERIES["agriculture"][0]] * 3, "year": [1959, 1960, 1961],
    ...                    "change_percent": [-14.0, -13.0, -2.0], "source": ["S19"] * 3})
    >>> chart = index_chart(sector_indices(ch, base_year=1958), sector="agriculture", base_year=1958)
    >>> chart.to_dict()["description"]
    'With 1958 = 100, the last figures are: source text [S19] 73 in 1961.'
    """
    check_frame("indices", indices, INDEX_COLUMNS)
    check_choice("sector", sector, SECTORS)
    check_number("base_year", base_year, low=FIRST_YEAR, high=LAST_YEAR, integer=True)
    order = [s for s in SERIES[sector] if s in set(indices["series"])] or list(
        dict.fromkeys(indices["series"])
    )
    drawn = indices.dropna(subset=["index_base_100"])
    if sector == "industry":
        title = t(
            "Industrial output, {first}-{last}: yearly changes chained, {base} = 100",
            first=FIRST_YEAR,
            last=LAST_YEAR,
            base=base_year,
        )
    else:
        title = t(
            "Farm output, {first}-{last}: yearly changes chained, {base} = 100",
            first=FIRST_YEAR,
            last=LAST_YEAR,
            base=base_year,
        )
    chart = chart_kit.fill(
        _index_template(sector, tuple(order)),
        {
            "hundred": [{}],
            "index": series_words(drawn.assign(index_base_100=drawn["index_base_100"].round(2))),
        },
        title=_lines(title),
        description=_index_words(drawn, order, base_year),
    )
    # The base year follows its slider: named on the copy, not in a template a year.
    lines = ("layer", 1, "encoding")
    return chart_kit.adjust(
        chart,
        {
            (*lines, "y", "title"): t("Index, {base} = 100", base=base_year),
            (*lines, "tooltip", 3, "title"): f"{base_year} = 100",
        },
    )


@chart_kit.template
def _index_template(sector: str, order: tuple[str, ...]) -> alt.LayerChart:
    """The index chart without its data, words or base year (set by :func:`index_chart`):
    a line at 100, and one line per series, its colour and dash fixed by its place in
    ``SERIES[sector]``."""
    colours = dict(zip(SERIES[sector], theme.PALETTE, strict=False))
    shown = [t(s) for s in order]  # the series as the data names them, in the reader's language
    hundred = (
        alt.Chart(alt.Data(name="hundred"))
        .mark_rule(color=chart_kit.INK, strokeDash=[2, 2], opacity=0.5)
        .encode(y=alt.YDatum(100))
    )
    lines = (
        alt.Chart(alt.Data(name="index"))
        .mark_line(point=True)
        .encode(
            x=chart_kit.year_axis(FIRST_YEAR, LAST_YEAR),
            y=alt.Y("index_base_100:Q", title=t("Index")),
            color=alt.Color(
                "series:N",
                title=None,
                scale=alt.Scale(domain=shown, range=[colours.get(s, chart_kit.INK) for s in order]),
                legend=_LEGEND,
            ),
            strokeDash=alt.StrokeDash(
                "series:N",
                scale=alt.Scale(domain=shown, range=list(_DASHES[: len(order)])),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("series:N", title=t("Series")),
                alt.Tooltip("year:Q", title=t("Year"), format="d"),
                alt.Tooltip(
                    "change_percent:Q", title=t("Change from year before, %"), format="+.1f"
                ),
                alt.Tooltip("index_base_100:Q", title=t("Index"), format=".1f"),
                alt.Tooltip("source:N", title=t("Source of the change")),
            ],
        )
    )
    return alt.layer(hundred, lines).properties(width=theme.WIDTH, height=theme.HEIGHT)


def _index_words(drawn: pd.DataFrame, order: list[str], base_year: int) -> str:
    """The index chart's description: each drawn series' last figure, and what is left out."""
    # Each series' latest row, in one pass over plain lists (a pandas mask per series cost
    # about a third of this app's redraw).
    latest: dict[str, tuple[int, float]] = {}
    columns = (drawn[c].tolist() for c in ("series", "year", "index_base_100"))
    for series, year, value in zip(*columns, strict=True):
        if series not in latest or year > latest[series][0]:
            latest[series] = (year, value)
    shown = [s for s in order if s in latest]
    left_out = [s for s in order if s not in latest]
    parts = [
        t(
            "{series} {value} in {year}",
            series=_short(s),
            value=number(latest[s][1], ".0f"),
            year=int(latest[s][0]),
        )
        for s in shown
    ]
    ends = {int(latest[s][0]) for s in shown}
    if parts and ends == {base_year}:  # every line ends at its base: 100 says nothing
        said = t(
            "with {base} = 100 every series ends at 100 in {base}; "
            "an earlier base year shows how far each had come",
            base=base_year,
        )
    elif parts:
        said = t(
            "with {base} = 100, the last figures are: {figures}",
            base=base_year,
            figures="; ".join(parts),
        )
    else:
        said = t(
            "no series has a figure for {base}, so none can be drawn on that base", base=base_year
        )
    if left_out:
        names = _short(left_out[0])
        for s in left_out[1:]:
            names = t("{first} and {second}", first=names, second=_short(s))
        missing = chart_kit.sentence(
            t("not drawn, for want of a figure for {base}: {names}", base=base_year, names=names)
        )
        return f"{chart_kit.sentence(said)} {missing}"
    return chart_kit.sentence(said)


#: Series labels that begin with a name, kept capitalised in running text.
_NAMES = ("LoC", "NBS", "Конгресс")


def _short(name: str) -> str:
    """A series label, in the reader's language, for running text: 'Source text [S19]' ->
    'source text [S19]'."""
    label = t(name).split(";")[0]
    return label if label.startswith(_NAMES) else label[0].lower() + label[1:]


def _years_text(years: list[int]) -> str:
    """Two years or more in words: '1959, 1960 and 1961'."""
    if len(years) < 2:
        raise ValueError(f"years must hold two years or more; got {years!r}")
    return t("{years} and {last}", years=", ".join(str(y) for y in years[:-1]), last=years[-1])


def grain_balance_chart(
    balance: pd.DataFrame, *, rule: str, history: pd.DataFrame | None = None
) -> alt.LayerChart:
    """Grain left per rural person under a procurement rule, the subsistence line marked.

    Parameters
    ----------
    balance : pandas.DataFrame
        Output of :func:`helpers.lessons.crisis.grain_balance.grain_balance`.
    rule : {"fixed quota", "share of harvest"}
        The rule used (named in the title and description).
    history : pandas.DataFrame, optional
        ``year``, ``grain_per_rural_person_kg``, ``basis``: recorded harvests less recorded
        procurement, drawn as black diamonds.

    Examples
    --------
    >>> from helpers.lessons.crisis.grain_balance import grain_balance
    >>> inp = pd.DataFrame({"year": [1958, 1959], "harvest_mt": [200.0, 150.0],
    ...                     "population_million": [600.0, 600.0]})
    >>> chart = grain_balance_chart(grain_balance(inp, procurement_share_percent=25),
    ...                             rule="fixed quota")
    >>> chart.to_dict()["title"]
    'Fixed quota: above the 200 kg line in every year'
    """
    check_frame("balance", balance, BALANCE_COLUMNS)
    check_choice("rule", rule, RULES)
    first, last = int(balance["year"].min()), int(balance["year"].max())
    line_kg = float(balance["subsistence_kg"].iloc[0])
    model_label = t("Model: {rule}", rule=t(rule))
    data = {
        "famine": _FAMINE_ROWS,
        "model": _model_frame(balance, model_label),
        "subsistence": [{}],
    }
    if history is not None:
        check_frame("history", history, ["year", "grain_per_rural_person_kg", "basis"])
        past = history.loc[history["year"].between(first, last)].round(1)
        data["history"] = past.assign(series=t(HISTORY_LABEL), basis=past["basis"].map(basis_words))
    title, description = _grain_words(balance, rule, line_kg)
    chart = chart_kit.fill(
        _grain_template(first, last, model_label, history is not None),
        data,
        title=title,
        description=description,
    )
    # The subsistence line follows its slider: set on the copy, not a template per line.
    return chart_kit.adjust(chart, {("layer", 2, "encoding", "y", "datum"): line_kg})


def _model_frame(balance: pd.DataFrame, label: str) -> pd.DataFrame:
    """Grain left per rural person under the rule, with the harvest and procurement."""
    columns = [
        "year",
        "harvest_mt",
        "procurement_mt",
        "procurement_share_percent",
        "imports_mt",
        "grain_per_rural_person_kg",
    ]
    return balance.loc[:, columns].round(1).assign(series=label)


@chart_kit.template
def _grain_template(first: int, last: int, label: str, history: bool) -> alt.LayerChart:
    """The grain chart without its data, words or subsistence line (set by
    :func:`grain_balance_chart`): the famine band, the model's line, the subsistence rule
    and, if ``history``, the recorded figures."""
    band = chart_kit.famine_band().copy()
    band.data = alt.Data(name="famine")
    subsistence = (
        alt.Chart(alt.Data(name="subsistence"))
        .mark_rule(strokeDash=[5, 3])
        .encode(y=alt.YDatum(200.0), color=alt.ColorDatum(t(SUBSISTENCE_LABEL)))
    )
    layers = [band, _model_line(label, first, last), subsistence]
    if history:
        layers.append(_history_points(first, last))
    return alt.layer(*layers).properties(width=theme.WIDTH, height=theme.HEIGHT)


def _model_line(label: str, first: int, last: int) -> alt.Chart:
    """Grain left per rural person under the rule, with the harvest and procurement as tooltips."""
    domain = [label, t(SUBSISTENCE_LABEL)]  # the lines; the diamonds have a legend of their own
    return (
        alt.Chart(alt.Data(name="model"))
        .mark_line(point=True)
        .encode(
            x=chart_kit.year_axis(first, last),
            y=alt.Y(
                "grain_per_rural_person_kg:Q",
                title=t("Grain left per rural person, kg a year"),
                scale=alt.Scale(zero=False),
            ),
            color=alt.Color(
                "series:N",
                title=None,
                scale=alt.Scale(domain=domain, range=[theme.PALETTE[0], theme.PALETTE[1]]),
                legend=_LEGEND,
            ),
            tooltip=[
                alt.Tooltip("year:Q", title=t("Year"), format="d"),
                alt.Tooltip("harvest_mt:Q", title=t("Harvest, Mt")),
                alt.Tooltip("procurement_mt:Q", title=t("Procured after imports, Mt")),
                alt.Tooltip("procurement_share_percent:Q", title=t("Share of harvest, %")),
                alt.Tooltip("grain_per_rural_person_kg:Q", title=t("kg per rural person")),
            ],
        )
    )


def _history_points(first: int, last: int) -> alt.Chart:
    """Recorded harvests less recorded procurement, as diamonds."""
    return (
        alt.Chart(alt.Data(name="history"))
        .mark_point(filled=True, size=90, opacity=1, color=chart_kit.INK)
        .encode(
            x=chart_kit.year_axis(first, last),
            y=alt.Y("grain_per_rural_person_kg:Q"),
            # Its own legend entry, a diamond like the marks (the lines' legend shows lines).
            shape=alt.Shape(
                "series:N",
                title=None,
                scale=alt.Scale(domain=[t(HISTORY_LABEL)], range=["diamond"]),
                legend=alt.Legend(
                    orient="bottom",
                    labelLimit=400,
                    symbolFillColor=chart_kit.INK,
                    symbolStrokeColor=chart_kit.INK,
                ),
            ),
            tooltip=[
                alt.Tooltip("year:Q", title=t("Year"), format="d"),
                alt.Tooltip("grain_per_rural_person_kg:Q", title=t("kg per rural person")),
                alt.Tooltip("basis:N", title=t("Procurement figure")),
            ],
        )
    )


def _grain_words(balance: pd.DataFrame, rule: str, line_kg: float) -> tuple[str, str]:
    """Title and one-sentence description of :func:`grain_balance_chart`."""
    first, last = int(balance["year"].min()), int(balance["year"].max())
    kg = balance["grain_per_rural_person_kg"].to_numpy()
    years = balance["year"].to_numpy(dtype=int)
    below = years[balance["below_subsistence"].to_numpy(dtype=bool)].tolist()
    asked = float(balance["procurement_rule_mt"].iloc[0])
    if rule == "fixed quota":
        setting = t("a fixed quota of {mt} Mt a year", mt=number(asked, ".1f"))
    else:
        share = 100 * asked / balance["harvest_mt"].iloc[0]
        setting = t("a procurement share of {share} %", share=number(share, ".1f"))
    named, line = t(rule).capitalize(), number(line_kg, ".0f")
    if below:
        title = t(
            "{rule}: below the {kg} kg line in {below} of {years} years",
            rule=named,
            kg=line,
            below=len(below),
            years=len(years),
        )
        if len(below) == 1:
            verdict = t("falls below the {kg} kg line in {year}", kg=line, year=below[0])
        else:
            verdict = t(
                "falls below the {kg} kg line in {years}", kg=line, years=_years_text(below)
            )
    else:
        title = t("{rule}: above the {kg} kg line in every year", rule=named, kg=line)
        verdict = t(
            "stays above the {kg} kg line in every year {first}-{last}",
            kg=line,
            first=first,
            last=last,
        )
    description = chart_kit.sentence(
        t(
            "under {setting}, grain left per rural person {verdict}",
            setting=setting,
            verdict=verdict,
        ),
        t(
            "the lowest is {kg} kg in {year}",
            kg=number(kg.min(), ".0f"),
            year=int(years[kg.argmin()]),
        ),
    )
    return title, description


#: The rates and bases of :func:`helpers.shared.vital_rates.long_rates` (its values, marked
#: here for translation where this lesson shows them).
RATE_COLOURS = {N_("death rate"): theme.PALETTE[0], N_("birth rate"): theme.PALETTE[2]}
BASES = (N_("official (registered)"), N_("Banister (1984) reconstruction"))
S20_LABEL = N_("Source text [S20], 1.2 % = 12 per 1,000")


def vital_rates_chart(rates: pd.DataFrame, *, s20: pd.DataFrame | None = None) -> alt.LayerChart:
    """Crude birth and death rates per 1,000 (``helpers.lessons.crisis.index_chains.vital_rates``), famine shaded.

    Parameters
    ----------
    rates : pandas.DataFrame
        ``year``, ``rate``, ``basis``, ``rate_per_1000``.
    s20 : pandas.DataFrame, optional
        ``year``, ``text_death_rate_per_1000`` (:func:`helpers.shared.vital_rates.s20_death_rates`):
        the source text's figures, drawn as points when death rates are shown.

    Examples
    --------
    >>> df = pd.DataFrame({"year": [1958, 1960], "rate": ["death rate"] * 2,
    ...                    "basis": ["official (registered)"] * 2, "rate_per_1000": [12.0, 25.4]})
    >>> vital_rates_chart(df).to_dict()["description"]
    'The official death rate peaks at 25.4 per 1,000 in 1960, against 12.0 in 1958.'
    """
    check_frame("rates", rates, ["year", "rate", "basis", "rate_per_1000"])
    first, last = int(rates["year"].min()), int(rates["year"].max())
    kinds = [r for r in RATE_COLOURS if r in set(rates["rate"])]
    shown = translated(rates, "rate", "basis")
    data = {
        "famine": _FAMINE_ROWS,
        "rates": shown.assign(
            rate_per_1000=rates["rate_per_1000"].round(2),
            line=shown["rate"] + ", " + shown["basis"],
        ),
    }
    with_s20 = s20 is not None and "death rate" in kinds
    if with_s20:
        check_frame("s20", s20, ["year", "text_death_rate_per_1000"])
        data["s20"] = s20.assign(label=t(S20_LABEL))
    chart = chart_kit.fill(
        _rates_template(first, last, with_s20),
        data,
        title=_lines(_rates_title(kinds, first, last)),
        description=_rates_words(rates, kinds, first, last),
    )
    # Which rates and bases are shown follows the toggles: set on the copy.
    lines = ("layer", 1, "encoding")
    bases = [b for b in BASES if b in set(rates["basis"])]
    return chart_kit.adjust(
        chart,
        {
            (*lines, "color", "scale", "domain"): [t(k) for k in kinds],
            (*lines, "color", "scale", "range"): [RATE_COLOURS[k] for k in kinds],
            (*lines, "strokeDash", "legend"): _LEGEND if len(bases) > 1 else None,
        },
    )


def _rates_title(kinds: list[str], first: int, last: int) -> str:
    """The vital rates chart's title: the rates shown, the years, the famine years shaded."""
    famine = {
        "first": first,
        "last": last,
        "famine_first": chart_kit.FAMINE_YEARS[0],
        "famine_last": str(chart_kit.FAMINE_YEARS[1])[2:],
    }
    if kinds == ["death rate", "birth rate"]:
        return t(
            "Crude birth and death rates, {first}-{last}, famine years "
            "{famine_first}-{famine_last} shaded",
            **famine,
        )
    if kinds == ["death rate"]:
        return t(
            "Crude death rates, {first}-{last}, famine years {famine_first}-{famine_last} shaded",
            **famine,
        )
    if kinds == ["birth rate"]:
        return t(
            "Crude birth rates, {first}-{last}, famine years {famine_first}-{famine_last} shaded",
            **famine,
        )
    return t(
        "Crude rates, {first}-{last}, famine years {famine_first}-{famine_last} shaded",
        **famine,
    )


@chart_kit.template
def _rates_template(first: int, last: int, s20: bool) -> alt.LayerChart:
    """The vital rates chart without its data, words or the rates shown (set by
    :func:`vital_rates_chart`): the famine band, one line per rate and basis (colour for
    the rate, dash for the basis) and, if ``s20``, the source text's death rates."""
    band = chart_kit.famine_band().copy()
    band.data = alt.Data(name="famine")
    lines = (
        alt.Chart(alt.Data(name="rates"))
        .mark_line(point=alt.OverlayMarkDef(size=25))
        .encode(
            x=chart_kit.year_axis(first, last, pad=0.5),
            y=alt.Y("rate_per_1000:Q", title=t("Per 1,000 population a year")),
            color=alt.Color(
                "rate:N",
                title=None,
                scale=alt.Scale(
                    domain=[t(r) for r in RATE_COLOURS], range=list(RATE_COLOURS.values())
                ),
                legend=_LEGEND,
            ),
            strokeDash=alt.StrokeDash(
                "basis:N",
                title=None,
                scale=alt.Scale(domain=[t(b) for b in BASES], range=[[1, 0], [6, 3]]),
                legend=_LEGEND,
            ),
            detail=alt.Detail("line:N"),
            tooltip=[
                alt.Tooltip("year:Q", title=t("Year"), format="d"),
                alt.Tooltip("rate:N", title=t("Rate")),
                alt.Tooltip("basis:N", title=t("Basis")),
                alt.Tooltip("rate_per_1000:Q", title=t("Per 1,000"), format=".1f"),
            ],
        )
    )
    layers = [band, lines, _s20_points()] if s20 else [band, lines]
    return alt.layer(*layers).properties(width=theme.WIDTH, height=theme.HEIGHT)


def _s20_points() -> alt.Chart:
    """The source text's death rates [S20], as triangles."""
    return (
        alt.Chart(alt.Data(name="s20"))
        .mark_point(shape="triangle-up", size=80, filled=True, color=chart_kit.INK)
        .encode(
            x=alt.X("year:Q"),
            y=alt.Y("text_death_rate_per_1000:Q"),
            shape=alt.Shape(
                "label:N",
                title=None,
                scale=alt.Scale(range=["triangle-up"]),
                legend=alt.Legend(direction="vertical", labelLimit=400),
            ),
            tooltip=[
                alt.Tooltip("year:Q", title=t("Year"), format="d"),
                alt.Tooltip("text_death_rate_per_1000:Q", title=t("Source text, per 1,000")),
            ],
        )
    )


def _rates_words(rates: pd.DataFrame, kinds: list[str], first: int, last: int) -> str:
    """The vital rates chart's description: the official peak and low, Banister's figure."""
    official = rates[rates["basis"] == BASES[0]].set_index(["rate", "year"])["rate_per_1000"]
    parts = []
    peak = low = None
    if "death rate" in kinds and "death rate" in official.index:
        deaths = official.loc["death rate"]
        peak = deaths.loc[1958:1962].idxmax() if len(deaths.loc[1958:1962]) else deaths.idxmax()
        before = deaths.get(1958)
        if before is not None and peak != 1958:
            parts.append(
                t(
                    "the official death rate peaks at {rate} per 1,000 in {year}, "
                    "against {before} in 1958",
                    rate=number(deaths[peak], ".1f"),
                    year=int(peak),
                    before=number(before, ".1f"),
                )
            )
        else:
            parts.append(
                t(
                    "the official death rate peaks at {rate} per 1,000 in {year}",
                    rate=number(deaths[peak], ".1f"),
                    year=int(peak),
                )
            )
    if "birth rate" in kinds and "birth rate" in official.index:
        births = official.loc["birth rate"]
        low = births.loc[1958:1962].idxmin() if len(births.loc[1958:1962]) else births.idxmin()
        parts.append(
            t(
                "the official birth rate falls to {rate} in {year}",
                rate=number(births[low], ".1f"),
                year=int(low),
            )
        )
    if BASES[1] in set(rates["basis"]):
        recon = rates[rates["basis"] == BASES[1]].set_index(["rate", "year"])["rate_per_1000"]
        # The year the official series is most extreme: the death peak, else the birth low.
        wanted = [("death rate", peak)] if "death rate" in kinds else []
        wanted += [("birth rate", low)] if "birth rate" in kinds else []
        key = next((k for k in wanted if k in recon.index), recon.index[0])
        said = {
            "death rate": N_(
                "Banister's (1984) reconstruction puts the {year} death rate at {rate}"
            ),
            "birth rate": N_(
                "Banister's (1984) reconstruction puts the {year} birth rate at {rate}"
            ),
        }
        parts.append(t(said[key[0]], year=int(key[1]), rate=number(recon[key], ".1f")))
    return (
        chart_kit.sentence(*parts)
        if parts
        else chart_kit.sentence(t("rates per 1,000, {first}-{last}", first=first, last=last))
    )


def trade_chart(trade: pd.DataFrame) -> alt.LayerChart:
    """Net grain imports by year and source (``grain_balance.trade_by_source``); exports < 0.

    Examples
    --------
    >>> df = pd.DataFrame({"year": [1959, 1961], "net_imports_mt": [-4.2, 4.5],
    ...                    "source_short": ["Lin & Yang (2000)"] * 2})
    >>> trade_chart(df).to_dict()["description"]
    'Lin & Yang (2000): 1959 net exports 4.2 Mt, 1961 net imports 4.5 Mt; no source gives a figure for 1960.'
    """
    check_frame("trade", trade, ["year", "net_imports_mt", "source_short"])
    sources = list(dict.fromkeys(trade["source_short"]))
    first, last = int(trade["year"].min()), int(trade["year"].max())
    years = list(range(first, last + 1))
    gaps = [y for y in years if y not in set(trade["year"])]
    bars = (
        alt.Chart(trade)
        .mark_bar()
        .encode(
            x=alt.X(
                "year:O",
                title=t("Year"),
                axis=alt.Axis(labelAngle=0),
                scale=alt.Scale(domain=years),
            ),
            xOffset=alt.XOffset("source_short:N", sort=sources),
            y=alt.Y("net_imports_mt:Q", title=t("Net grain imports, Mt (exports below 0)")),
            color=alt.Color("source_short:N", title=t("Source"), sort=sources),
            tooltip=[
                alt.Tooltip("year:O", title=t("Year")),
                alt.Tooltip("source_short:N", title=t("Source")),
                alt.Tooltip("net_imports_mt:Q", title=t("Net imports, Mt"), format="+.2f"),
            ],
        )
    )
    zero = alt.Chart({"values": [{}]}).mark_rule(color=chart_kit.INK).encode(y=alt.YDatum(0))
    return alt.layer(
        bars,
        zero,
        title=_lines(
            t(
                "Net grain trade, {first}-{last}, by source: exports first, then imports",
                first=first,
                last=last,
            )
        ),
        description=_trade_words(trade, sources, gaps),
        width=theme.WIDTH,
        height=theme.HEIGHT,
    )


def _trade_words(trade: pd.DataFrame, sources: list[str], gaps: list[int]) -> str:
    """The trade chart's description: each source's figures, year by year, and the gaps."""
    parts = []
    for source in sources:
        rows = trade[trade["source_short"] == source].sort_values("year")
        items = [
            t("{year} net imports {mt} Mt", year=int(y), mt=number(abs(v), "g"))
            if v > 0
            else t("{year} net exports {mt} Mt", year=int(y), mt=number(abs(v), "g"))
            for y, v in zip(rows["year"], rows["net_imports_mt"], strict=True)
        ]
        parts.append(f"{source}: " + ", ".join(items))
    if len(gaps) == 1:
        gap = t("no source gives a figure for {year}", year=gaps[0])
    elif gaps:
        gap = t("no source gives a figure for {years}", years=_years_text(gaps))
    else:
        gap = ""
    return chart_kit.sentence(*parts, gap)
