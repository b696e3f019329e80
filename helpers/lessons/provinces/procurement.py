"""Inflexible procurement: Meng, Qian & Yared's (2015) regression, on their own panel.

The model, one row per province *i* and grain year *t* (1953-1982)::

    ldeath_b[i,t] = b1 * lgrain[i,t] + b2 * lgrain[i,t] * F[t]
                    (+ g1 * ltotpop[i,t] + g2 * lurbpop[i,t])
                    + province effect[i] + year effect[t] + error

``ldeath_b`` is the log of registered deaths in the **following** year, t+1. So a famine year
of *death* 1960 is grain year 1959: ``famine_years=(1959, 1961)`` (years of death) flags the
grain years 1958-1960 (``F[t] = 1`` for ``first - 1 <= t <= last - 1``). ``b1`` is the
elasticity of deaths to grain output in normal years, ``b1 + b2`` in the famine years; MQY's
finding is a negative (or zero) ``b1`` and a positive ``b1 + b2``: in the famine years
provinces with more grain by their constructed measure had *more* deaths, because procurement
was set on past output. The rART vignette (a year trend, no province effects) gives smaller
estimates on the same data; the lesson's "More" block says so.

Estimation: ordinary least squares with both sets of effects, by the within transformation
(every variable demeaned within province, the year effects kept as dummies: Frisch-Waugh-
Lovell, exact for an unbalanced panel); standard errors clustered by province, CR1:
``G / (G - 1) * (N - 1) / (N - K)`` with ``K`` counting every parameter of the dummy-variable
regression, province effects included (as Stata's ``areg ..., vce(cluster)``; not counting
them, as ``xtreg, fe`` does, gives standard errors about 2 % smaller). The 95 % interval uses
Student's t with ``G - 1`` degrees of freedom. ``tests/lessons/provinces/test_lesson.py``
checks all of it against a dummy-variable regression computed independently.

MQY's published coefficients could not be checked: their Table was not found in the stored
corpora (searched 2026-12-04, pages, code, docs and issues: the paper's abstract and front
pages are stored, its tables were not returned; the rART package and its documentation). The rART vignette
(``mwt/rART``, ``vignettes/mqy2015.Rmd``) replicates a *different* specification, the one
of the MQY example in "A User's Guide to Approximate Randomization Tests with a Small Number
of Clusters" (as the vignette names it): MQY's constructed grain (``lgrain_pred``), a
linear year trend, no province effects, famine grain years 1958-60. So the numbers here are
this course's estimates on MQY's data, not MQY's published table.
"""

from __future__ import annotations

import functools
import math

import numpy as np
import pandas as pd

from helpers.core import data
from helpers.core.i18n import N_, number, t
from helpers.core.validate import check_choice, check_number, check_year_span

SAMPLES = ("main", "all")
#: The grain series (argument -> column of ``mqy_panel``): MQY's constructed grain (rART:
#: "predicted log grain production (to correct misreports)", specifications 1-4 of the
#: vignette's table) or the official output.
GRAIN_SERIES = {"constructed": "lgrain_constructed", "official": "lgrain"}
GRAIN_LABELS = {"constructed": N_("MQY's constructed grain"), "official": N_("official grain")}
SAMPLE_LABELS = {"main": N_("MQY's 19-province main sample"), "all": N_("all 23 provinces")}
#: Years of death the famine-years interaction may cover (grain years one earlier).
DEATH_YEARS = (1954, 1983)
GRAIN = "log_grain"
INTERACTION = "log_grain_x_famine"
#: The famine-year slope, normal + interaction (a row of its own, not a regressor).
FAMINE_SLOPE = "famine_year_slope"
TOTAL_POP = "log_total_population"
URBAN_POP = "log_urban_population"
#: The terms in words (the table keeps the English; a chart or table translates it).
TERM_LABELS = {
    GRAIN: N_("Log grain output (normal years)"),
    INTERACTION: N_("Log grain output x famine years"),
    FAMINE_SLOPE: N_("Famine-year slope (normal + interaction)"),
    TOTAL_POP: N_("Log total population"),
    URBAN_POP: N_("Log urban population"),
}
REGRESSION_COLUMNS = [
    "term",
    "label",
    "estimate",
    "se",
    "t",
    "ci_low",
    "ci_high",
    "n_obs",
    "n_provinces",
]
PANEL_COLUMNS = [
    "gb_code",
    "year",
    "lgrain",
    "lgrain_constructed",
    "ldeath_b",
    "lurbpop",
    "ltotpop",
    "in_main_sample",
]


@functools.cache
def t_critical(df: int, level: float = 0.95) -> float:
    """Student's t quantile for a two-sided ``level`` interval with ``df`` degrees of freedom.

    Integrates the t density (Simpson's rule) and bisects: no statistics library needed.

    Examples
    --------
    >>> round(t_critical(18), 3)
    2.101
    """
    if not isinstance(df, int) or isinstance(df, bool) or df < 1:
        raise ValueError(f"df must be a whole number of at least 1; got {df!r}")
    if not isinstance(level, float) or not 0.5 <= level < 1:
        raise ValueError(f"level must be a number from 0.5 to below 1; got {level!r}")
    scale = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)

    def mass(x: float) -> float:  # P(0 < T < x), Simpson's rule on 2,000 panels
        grid = np.linspace(0.0, x, 2001)
        dens = scale * (1 + grid**2 / df) ** (-(df + 1) / 2)
        return float(
            (x / 6000) * (dens[0] + dens[-1] + 4 * dens[1:-1:2].sum() + 2 * dens[2:-1:2].sum())
        )

    low, high = 0.0, 1000.0
    for _ in range(80):
        mid = (low + high) / 2
        low, high = (mid, high) if mass(mid) < level / 2 else (low, mid)
    return (low + high) / 2


@functools.cache
def _panel() -> pd.DataFrame:
    return data.load("mqy_panel")


def check_arguments(
    sample: object, famine_years: object, controls: object, grain: object = "constructed"
) -> tuple[int, int]:
    """Check the four choices; return the famine years of death as ``(first, last)``."""
    check_choice("sample", sample, SAMPLES)
    check_choice("grain", grain, tuple(GRAIN_SERIES))
    if not isinstance(controls, bool):
        raise TypeError(f"controls must be True or False; got {controls!r}")
    if not isinstance(famine_years, tuple | list) or len(famine_years) != 2:
        raise TypeError(
            f"famine_years must be a pair of years of death (first, last); got {famine_years!r}"
        )
    return check_year_span("famine_years", *famine_years, low=DEATH_YEARS[0], high=DEATH_YEARS[1])


def design(
    panel: pd.DataFrame,
    sample: str,
    famine_years: tuple[int, int],
    controls: bool,
    grain: str = "constructed",
) -> tuple[pd.DataFrame, list[str]]:
    """The rows used and the regressors' names: the sample, the grain, the interaction, controls."""
    rows = panel if sample == "all" else panel[panel["in_main_sample"] == 1]
    column = GRAIN_SERIES[grain]
    first, last = famine_years
    famine = rows["year"].between(first - 1, last - 1).to_numpy(dtype=float)
    frame = pd.DataFrame(
        {
            "gb_code": rows["gb_code"].to_numpy(),
            "year": rows["year"].to_numpy(),
            "y": rows["ldeath_b"].to_numpy(),
            GRAIN: rows[column].to_numpy(),
            INTERACTION: rows[column].to_numpy() * famine,
            TOTAL_POP: rows["ltotpop"].to_numpy(),
            URBAN_POP: rows["lurbpop"].to_numpy(),
        }
    )
    terms = [GRAIN, INTERACTION] + ([TOTAL_POP, URBAN_POP] if controls else [])
    return frame, terms


def _within(frame: pd.DataFrame, terms: list[str]) -> tuple[np.ndarray, np.ndarray, int]:
    """y and X (terms, then year dummies) demeaned within province; the number of parameters."""
    years = pd.get_dummies(frame["year"], drop_first=True, dtype=float)
    matrix = np.column_stack([frame[terms].to_numpy(), years.to_numpy()])
    y = frame["y"].to_numpy()
    groups = frame["gb_code"].to_numpy()
    codes, index = np.unique(groups, return_inverse=True)
    counts = np.bincount(index).astype(float)

    def demean(values: np.ndarray) -> np.ndarray:
        sums = np.zeros((len(codes),) + values.shape[1:])
        np.add.at(sums, index, values)
        return values - (sums / counts.reshape((-1,) + (1,) * (values.ndim - 1)))[index]

    return demean(y), demean(matrix), matrix.shape[1] + len(codes)


def mqy_regression(
    sample: str = "main",
    famine_years: tuple[int, int] = (1959, 1961),
    controls: bool = True,
    grain: str = "constructed",
) -> pd.DataFrame:
    """Log deaths on log grain output and its famine-years interaction (MQY 2015).

    Parameters
    ----------
    sample : {"main", "all"}
        MQY's 19-province main sample, or all 23 provinces of their panel.
    famine_years : (int, int)
        First and last year of **death** counted as famine (1954-1983); the grain years
        flagged are one year earlier (1959-61 flags the harvests of 1958-60).
    controls : bool
        Include log total and log urban population.
    grain : {"constructed", "official"}
        MQY's constructed grain (``lgrain_pred``, "predicted log grain production (to correct
        misreports)", rART; specifications 1-4 of the vignette's table) or the official output.

    Returns
    -------
    pandas.DataFrame
        One row per coefficient: :data:`GRAIN`, :data:`INTERACTION`, then
        :data:`FAMINE_SLOPE` (the famine-year slope ``b1 + b2``, its standard error from the
        covariance), then the controls; columns ``term``, ``label``, ``estimate`` (an elasticity), ``se`` (clustered by province,
        CR1), ``t``, ``ci_low`` / ``ci_high`` (95 %), ``n_obs``, ``n_provinces``.

    Examples
    --------
    >>> table = mqy_regression().set_index("term")
    >>> round(float(table.loc[INTERACTION, "estimate"]), 3), int(table.loc[INTERACTION, "n_obs"])
    (0.141, 569)
    >>> round(float(table.loc[FAMINE_SLOPE, "estimate"]), 3)
    0.145
    """
    first, last = check_arguments(sample, famine_years, controls, grain)
    return _estimate(sample, first, last, controls, grain).copy()


@functools.lru_cache(maxsize=128)
def _estimate(sample: str, first: int, last: int, controls: bool, grain: str) -> pd.DataFrame:
    """The estimates for checked arguments, once per combination (apps redraw often)."""
    frame, terms = design(_panel(), sample, (first, last), controls, grain)
    if (
        not frame["year"].between(first - 1, last - 1).any()
        or frame["year"].between(first - 1, last - 1).all()
    ):
        raise ValueError(
            f"famine_years must leave both famine and normal years; got ({first}, {last})"
        )
    y, x, k = _within(frame, terms)
    xtx_inv = np.linalg.pinv(x.T @ x)
    beta = xtx_inv @ (x.T @ y)
    resid = y - x @ beta
    groups = frame["gb_code"].to_numpy()
    meat = np.zeros((x.shape[1], x.shape[1]))
    for code in np.unique(groups):
        score = x[groups == code].T @ resid[groups == code]
        meat += np.outer(score, score)
    n, g = len(y), len(np.unique(groups))
    vcov = xtx_inv @ meat @ xtx_inv * (g / (g - 1)) * ((n - 1) / (n - k))
    se = np.sqrt(np.diag(vcov))[: len(terms)]
    est = beta[: len(terms)]
    # The famine-year slope b1 + b2: Var = V11 + V22 + 2 V12.
    est = np.insert(est, 2, beta[0] + beta[1])
    se = np.insert(se, 2, math.sqrt(vcov[0, 0] + vcov[1, 1] + 2 * vcov[0, 1]))
    names = [*terms[:2], FAMINE_SLOPE, *terms[2:]]
    crit = t_critical(int(g - 1))
    return pd.DataFrame(
        {
            "term": names,
            "label": [TERM_LABELS[t] for t in names],
            "estimate": est,
            "se": se,
            "t": est / se,
            "ci_low": est - crit * se,
            "ci_high": est + crit * se,
            "n_obs": n,
            "n_provinces": g,
        }
    )


def percent_change(elasticity: float, grain_percent: float = 10.0) -> float:
    """The % change in deaths that ``grain_percent`` % more grain implies at ``elasticity``.

    Examples
    --------
    >>> round(percent_change(-0.111), 2)
    -1.05
    """
    if not isinstance(elasticity, int | float) or not math.isfinite(elasticity):
        raise TypeError(f"elasticity must be a finite number; got {elasticity!r}")
    if not isinstance(grain_percent, int | float) or not -99 < grain_percent <= 1000:
        raise ValueError(
            f"grain_percent must be a number above -99 and up to 1000; got {grain_percent!r}"
        )
    return ((1 + grain_percent / 100) ** elasticity - 1) * 100


def span_words(first: int, last: int) -> str:
    """A span of years as the language writes it: ``1959-1961`` (Kazakh ``1959–1961``), or
    one year.

    Examples
    --------
    >>> span_words(1959, 1961), span_words(1960, 1960)
    ('1959-1961', '1960')
    """
    first = check_number("first", first, low=1900, high=2100, integer=True)
    last = check_number("last", last, low=first, high=2100, integer=True)
    return f"{first}" if first == last else t("{first}-{last}", first=first, last=last)


def setting_words(
    sample: str, famine_years: tuple[int, int], controls: bool, grain: str = "constructed"
) -> str:
    """The regression's choices in words, e.g. for a chart's subtitle (a translation may
    break it into lines with ``"\n"``).

    Examples
    --------
    >>> setting_words("main", (1959, 1961), True)
    "MQY's constructed grain; MQY's 19-province main sample; famine deaths 1959-1961 (harvests 1958-1960); population controls on"
    """
    first, last = check_arguments(sample, famine_years, controls, grain)
    deaths, harvests = span_words(first, last), span_words(first - 1, last - 1)
    famine = (
        t("famine death {deaths} (harvests {harvests})", deaths=deaths, harvests=harvests)
        if first == last
        else t("famine deaths {deaths} (harvests {harvests})", deaths=deaths, harvests=harvests)
    )
    population = t("population controls on") if controls else t("population controls off")
    return t(
        "{grain}; {sample}; {famine}; {controls}",
        grain=t(GRAIN_LABELS[grain]),
        sample=t(SAMPLE_LABELS[sample]),
        famine=famine,
        controls=population,
    )


def _clear(row: pd.Series) -> bool:
    """Whether a row's 95 % interval leaves out zero."""
    return bool(row["ci_low"] > 0 or row["ci_high"] < 0)


def _interval_words(row: pd.Series) -> str:
    """An estimate and its 95 % interval, e.g. ``+0.145, 95 % interval +0.057 to +0.233``."""
    return t(
        "{estimate}, 95 % interval {low} to {high}",
        estimate=number(float(row["estimate"]), "+.3f"),
        low=number(float(row["ci_low"]), "+.3f"),
        high=number(float(row["ci_high"]), "+.3f"),
    )


def _normal_clause(row: pd.Series, controls: bool) -> str:
    """What 10 % more grain went with in normal years: a size only when its interval leaves
    out zero (each wording a template of its own)."""
    interval = _interval_words(row)
    if not _clear(row):
        return t(
            "In normal years there was no clear relation between grain and deaths "
            "({interval}, which includes zero)",
            interval=interval,
        )
    change = percent_change(float(row["estimate"]))
    words = {
        (True, True): N_(
            "In normal years, 10 % more grain output (at the same population) went with "
            "{percent} % more deaths ({interval}) the next year"
        ),
        (True, False): N_(
            "In normal years, 10 % more grain output (at the same population) went with "
            "{percent} % fewer deaths ({interval}) the next year"
        ),
        (False, True): N_(
            "In normal years, 10 % more grain output went with {percent} % more deaths "
            "({interval}) the next year"
        ),
        (False, False): N_(
            "In normal years, 10 % more grain output went with {percent} % fewer deaths "
            "({interval}) the next year"
        ),
    }
    return t(words[(controls, change > 0)], percent=number(abs(change), ".1f"), interval=interval)


def _famine_clause(row: pd.Series, span: str) -> str:
    """What 10 % more grain went with in the famine years (deaths of ``span``)."""
    interval = _interval_words(row)
    if not _clear(row):
        return t(
            "in the famine years (deaths of {span}) there was no clear relation "
            "({interval}, which includes zero)",
            span=span,
            interval=interval,
        )
    change = percent_change(float(row["estimate"]))
    words = (
        N_(
            "in the famine years (deaths of {span}), 10 % more grain went with {percent} % "
            "more deaths ({interval})"
        )
        if change > 0
        else N_(
            "in the famine years (deaths of {span}), 10 % more grain went with {percent} % "
            "fewer deaths ({interval})"
        )
    )
    return t(words, span=span, percent=number(abs(change), ".1f"), interval=interval)


def sentence(table: pd.DataFrame, famine_years: tuple[int, int], controls: bool) -> str:
    """The coefficients in words: what 10 % more grain went with, in normal and famine years.

    ``table`` is :func:`mqy_regression`'s result for the same ``famine_years``, ``controls``.
    A slope whose 95 % interval includes zero is "no clear relation", never a size.

    Examples
    --------
    >>> sentence(mqy_regression(), (1959, 1961), True)[:72]
    'In normal years there was no clear relation between grain and deaths (+0'
    """
    first, last = check_arguments("main", famine_years, controls)
    rows = table.set_index("term")
    normal, inter, famine = rows.loc[GRAIN], rows.loc[INTERACTION], rows.loc[FAMINE_SLOPE]
    change = number(float(inter["estimate"]), "+.3f")
    changed = (
        t("The slope changed by {change} (clear of zero at 95 %).", change=change)
        if _clear(inter)
        else t(
            "The slope changed by {change} (but its 95 % interval includes zero).", change=change
        )
    )
    return (
        f"{_normal_clause(normal, controls)}; "
        f"{_famine_clause(famine, span_words(first, last))}. {changed}"
    )
