"""Where: each province's registered death rate, its excess over a baseline, and the CSSI.

One row per provincial unit of the early 1960s (the 29 of ``province_codes``), keyed on the
two-digit GB code; a province without data has NaN, never 0.

**Which series.** A province's rates come from MQY's panel when it is in it (23 provinces,
1954-1983); otherwise from the only other series the course has for it, Yang Jisheng's
Tombstone table (Sichuan, 1955-1966). The second sources that cover only some years (Sun,
the Anhui gazetteer, the Fujian yearbook) are shown beside MQY's in ``death_rate_table``, not
mixed into the map. Five units have no death rates at all (Guangxi, Inner Mongolia, Xinjiang,
Ningxia, Tibet).

**Excess deaths per 1,000** in a year = registered rate - the province's own baseline rate,
the baseline chosen as in lesson 06 (:mod:`helpers.shared.baselines`: one year's rate, the
mean of a span, or the line through two years). A province whose series lacks a baseline
year has NaN. Registered rates are a floor: under-registration varied by province.

**CSSI by province**: the plain mean over a province's prefectures of the cohort-size-
shrinkage index, each division code and value counted once (the file repeats some). Not
population-weighted: the file gives no prefecture populations.
"""

from __future__ import annotations

import functools
import hashlib
import json

import numpy as np
import pandas as pd

from helpers.core import data
from helpers.core.i18n import N_
from helpers.core.paths import DATA_DIR
from helpers.core.validate import check_choice, check_number
from helpers.shared.baselines import METHODS, baseline_label, baseline_rate, check_baseline

MQY_SOURCE = "MQY 2015 panel"
FALLBACK_SOURCE = "Tombstone (Yang Jisheng)"
#: The map's source for the CSSI (the sources of rates are the data's, ``DATA_TEXT``).
CSSI_SOURCE = N_("CSSI, prefecture mean")
#: Years the map and its rates cover (registered rates exist 1954-1983 for MQY).
MAP_YEARS = (1956, 1966)
RATE_YEARS = (1954, 1966)
MEASURES = ("death_rate", "excess", "cssi")
#: The measures in words (the frame keeps the English; the charts translate it where shown).
MEASURE_LABELS = {
    "death_rate": N_("Registered deaths per 1,000"),
    "excess": N_("Excess deaths per 1,000"),
    "cssi": N_("Cohort shrinkage index, %"),
}
CSSI_KINDS = {"pre": "cssi_pre_percent", "pre_post": "cssi_pre_post_percent"}
EXCESS_COLUMNS = [
    "gb_code",
    "name_english",
    "year",
    "source",
    "baseline",
    "cdr_per_1000",
    "cdr_baseline_per_1000",
    "excess_per_1000",
]
MAP_COLUMNS = [
    "gb_code",
    "name_english",
    "measure",
    "value",
    "source",
    "cdr_per_1000",
    "excess_per_1000",
]


@functools.cache
def _codes() -> pd.DataFrame:
    return data.load("province_codes")


@functools.cache
def preferred_rates() -> pd.DataFrame:
    """Each province's death-rate series: MQY where it has one, else Tombstone (Sichuan).

    Returns gb_code, year, source, cdr_per_1000 (rows with a rate only), a new frame.
    """
    rates = data.load("province_vital_rates").dropna(subset=["cdr_per_1000"])
    mqy = rates[rates["source"] == MQY_SOURCE]
    other = rates[(rates["source"] == FALLBACK_SOURCE) & ~rates["gb_code"].isin(mqy["gb_code"])]
    out = pd.concat([mqy, other])[["gb_code", "year", "source", "cdr_per_1000"]]
    return out.sort_values(["gb_code", "year"]).reset_index(drop=True)


@functools.cache
def _series() -> dict[str, tuple[str, pd.Series]]:
    return {
        code: (str(rows["source"].iloc[0]), rows.set_index("year")["cdr_per_1000"])
        for code, rows in preferred_rates().groupby("gb_code")
    }


def _check_year(year: object, low: int, high: int) -> int:
    return check_number("year", year, low=low, high=high, integer=True)


def excess_by_province(
    year: int, *, method: str = "mean", baseline_years: tuple[int, int] = (1956, 1957)
) -> pd.DataFrame:
    """Registered and excess deaths per 1,000 in ``year`` for every province.

    Parameters
    ----------
    year : int
        1954-1966.
    method : {"fixed", "mean", "line"}
        How the baseline is drawn (:mod:`helpers.shared.baselines`).
    baseline_years : (int, int)
        First and last year of the baseline, 1954-1966 (one year twice for "fixed").

    Returns
    -------
    pandas.DataFrame
        29 rows, one per province in code order: ``gb_code``, ``name_english``, ``year``,
        ``source`` ("" where none), ``baseline`` (words), ``cdr_per_1000``,
        ``cdr_baseline_per_1000``, ``excess_per_1000`` (NaN where the data are missing).

    Examples
    --------
    >>> t = excess_by_province(1960).set_index("gb_code")
    >>> float(t.loc["34", "cdr_per_1000"]), round(float(t.loc["34", "excess_per_1000"]), 2)
    (68.58, 56.91)
    """
    year = _check_year(year, *RATE_YEARS)
    check_choice("method", method, METHODS)
    first, last = check_baseline(method, baseline_years, low=RATE_YEARS[0], high=RATE_YEARS[1])
    codes = _codes()
    series = _series()
    rate, base, source = [], [], []
    for code in codes["gb_code"]:
        kind, values = series.get(code, ("", pd.Series(dtype=float)))
        source.append(kind)
        rate.append(float(values.get(year, np.nan)))
        needed = [first, last] if method != "mean" else list(range(first, last + 1))
        if all(y in values.index for y in needed):
            base.append(float(baseline_rate(values, method, first, last, np.array([year]))[0]))
        else:
            base.append(np.nan)
    rate_a, base_a = np.array(rate), np.array(base)
    return pd.DataFrame(
        {
            "gb_code": codes["gb_code"].to_numpy(),
            "name_english": codes["name_english"].to_numpy(),
            "year": year,
            "source": source,
            "baseline": baseline_label(method, (first, last)),
            "cdr_per_1000": rate_a,
            "cdr_baseline_per_1000": base_a,
            "excess_per_1000": rate_a - base_a,
        }
    )


def cssi_by_province(kind: str = "pre") -> pd.DataFrame:
    """The prefectures' CSSI averaged by province (plain mean, each code and value once).

    Parameters
    ----------
    kind : {"pre", "pre_post"}
        Against the 1950-57 cohorts, or against the 1950-57 and 1963-70 cohorts.

    Returns
    -------
    pandas.DataFrame
        29 rows: ``gb_code``, ``name_english``, ``cssi_mean_percent``, ``n_prefectures``.

    Examples
    --------
    >>> t = cssi_by_province().set_index("gb_code")
    >>> int(t.loc["34", "n_prefectures"])
    17
    """
    check_choice("kind", kind, tuple(CSSI_KINDS))
    column = CSSI_KINDS[kind]
    cssi = data.load_cached("prefecture_cssi")
    distinct = cssi.drop_duplicates(["division_code", column])
    grouped = distinct.groupby("gb_code")[column].agg(["mean", "size"])
    codes = _codes()[["gb_code", "name_english"]]
    out = codes.join(grouped, on="gb_code")
    return pd.DataFrame(
        {
            "gb_code": out["gb_code"].to_numpy(),
            "name_english": out["name_english"].to_numpy(),
            "cssi_mean_percent": out["mean"].to_numpy(dtype=float),
            "n_prefectures": out["size"].fillna(0).to_numpy(dtype=int),
        }
    )


@functools.cache
def _cssi_values(kind: str) -> tuple[float, ...]:
    return tuple(cssi_by_province(kind)["cssi_mean_percent"])


def map_frame(
    year: int,
    measure: str = "death_rate",
    *,
    method: str = "mean",
    baseline_years: tuple[int, int] = (1956, 1957),
) -> pd.DataFrame:
    """One row per province for the map: the value of ``measure`` in ``year`` (NaN if none).

    Parameters
    ----------
    year : int
        1956-1966 (ignored by "cssi", which is one index per prefecture).
    measure : {"death_rate", "excess", "cssi"}
        Registered deaths per 1,000; excess deaths per 1,000 over the baseline; or the
        prefectures' CSSI (against 1950-57 cohorts) averaged by province.
    method, baseline_years
        The baseline of "excess", as in :func:`excess_by_province`.

    Returns
    -------
    pandas.DataFrame
        29 rows: ``gb_code``, ``name_english``, ``measure`` (words), ``value`` (NaN where
        missing), ``source``, and, whatever the measure, the year's ``cdr_per_1000`` and
        ``excess_per_1000`` over the baseline (for the map's tooltip).

    Examples
    --------
    >>> m = map_frame(1960).set_index("gb_code")
    >>> float(m.loc["34", "value"]), bool(np.isnan(m.loc["45", "value"]))
    (68.58, True)
    """
    year = _check_year(year, *MAP_YEARS)
    check_choice("measure", measure, MEASURES)
    table = excess_by_province(year, method=method, baseline_years=baseline_years)
    if measure == "cssi":
        values = np.array(_cssi_values("pre"))
        source = np.where(np.isnan(values), "", CSSI_SOURCE)
    else:
        column = "cdr_per_1000" if measure == "death_rate" else "excess_per_1000"
        values = table[column].to_numpy()
        source = np.where(np.isnan(values), "", table["source"].to_numpy())
    return pd.DataFrame(
        {
            "gb_code": table["gb_code"].to_numpy(),
            "name_english": table["name_english"].to_numpy(),
            "measure": MEASURE_LABELS[measure],
            "value": values,
            "source": source,
            "cdr_per_1000": table["cdr_per_1000"].to_numpy(),
            "excess_per_1000": table["excess_per_1000"].to_numpy(),
        }
    )


def rates_by_source(year: int) -> pd.DataFrame:
    """Every source's registered death rate in ``year``, one column per source (wide).

    Returns gb_code, name_english and one ``cdr_per_1000`` column per source that has the
    year (NaN where a source lacks the province), in code order.

    Examples
    --------
    >>> t = rates_by_source(1960).set_index("gb_code")
    >>> t.loc["52", ["MQY 2015 panel", "Sun Jingxian 2012"]].tolist()
    [52.33, 49.87]
    """
    year = _check_year(year, 1952, 1983)
    rates = data.load_cached("province_vital_rates").dropna(subset=["cdr_per_1000"])
    wide = rates[rates["year"] == year].pivot(
        index="gb_code", columns="source", values="cdr_per_1000"
    )
    order = [s for s in data.vocabulary("province_vital_rates", "source") if s in wide.columns]
    codes = _codes()[["gb_code", "name_english"]]
    return codes.join(wide[order], on="gb_code").reset_index(drop=True)


@functools.cache
def boundaries() -> str:
    """The map's TopoJSON text (``data/provinces_1960s.topojson``), its sha256 checked.

    The descriptor's ``boundaries`` entry gives the hash; a changed file is refused with
    :class:`helpers.core.data.DataError`. Layer ``provinces``, one unit per GB code (``gb``).

    Examples
    --------
    >>> import json
    >>> len(json.loads(boundaries())["objects"]["provinces"]["geometries"])
    29
    """
    descriptor = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    entry = next(b for b in descriptor["boundaries"] if b["name"] == "provinces_1960s")
    raw = (DATA_DIR / entry["path"]).read_bytes()
    actual = "sha256:" + hashlib.sha256(raw).hexdigest()
    if actual != entry["hash"]:
        raise data.DataError(
            f"data/{entry['path']}: sha256 mismatch: expected {entry['hash']}, actual {actual}. "
            "Restore it with `git checkout data/` or rebuild with `make boundaries`."
        )
    return raw.decode("utf-8")
