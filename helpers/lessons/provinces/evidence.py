"""Lesson 07's sourced figures, read from the course data (``data/``)."""

from __future__ import annotations

import functools

from helpers.core import data


@functools.cache
def _names() -> tuple[tuple[str, str], ...]:
    codes = data.load_cached("province_codes")
    return tuple(zip(codes["gb_code"], codes["name_english"], strict=True))


def province_names() -> dict[str, str]:
    """GB code -> English name, for the 29 provincial units of the early 1960s.

    Examples
    --------
    >>> province_names()["34"]
    'Anhui'
    """
    return dict(_names())


def registered_rate(code: str, year: int, source: str = "MQY 2015 panel") -> float:
    """One province's registered death rate (per 1,000) in one year and source.

    Examples
    --------
    >>> registered_rate("52", 1960), registered_rate("52", 1960, "Sun Jingxian 2012")
    (52.33, 49.87)
    """
    if code not in province_names():
        raise ValueError(
            f"code must be one of the GB codes {sorted(province_names())}; got {code!r}"
        )
    sources = data.vocabulary("province_vital_rates", "source")
    if source not in sources:
        raise ValueError(f"source must be one of {list(sources)}; got {source!r}")
    rates = data.load_cached("province_vital_rates")
    row = rates[(rates["gb_code"] == code) & (rates["year"] == year) & (rates["source"] == source)]
    if row.empty or row["cdr_per_1000"].isna().all():
        raise ValueError(f"year must be a year {source} has for {code}; got {year!r}")
    return float(row["cdr_per_1000"].iloc[0])
