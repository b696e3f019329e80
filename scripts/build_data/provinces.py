"""What lesson 07's province tables share: the inputs' paths, the sources, codes and exact logs.

Every province table is keyed on the two-digit GB/T 2260 code (``gb_code``, text such as
``"34"``), never on a romanised name: the names the inputs use (MQY's, the CSSI file's) are
turned into codes once, through ``data/raw/provinces/province_codes.csv`` (:func:`code_maps`).

Numbers recovered from MQY's logs are computed with :class:`decimal.Decimal` (``exp`` is
correctly rounded there, so the build gives the same digits on every platform) and rounded
half-even (:func:`exp_rounded`).
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Context, Decimal

from .common import BuildError
from .common import Context as BuildContext
from .sources import RAW_LABEL

DIR = "provinces"
CODES = f"{DIR}/province_codes.csv"
MQY = f"{DIR}/mqy2015_rART.csv"
SECOND = f"{DIR}/provincial_demography_cdr_second_sources.csv"
ROUND1 = f"{DIR}/provincial_series_candidates_cdr.csv"
COUNTY = f"{DIR}/cxz2022_county_mortality_cut.csv"
CSSI = f"{DIR}/prefecture_cssi.csv"
BOUNDARIES = f"{DIR}/provinces_1960s.topojson"

#: Today's codes that were part of another unit in the early 1960s.
MERGED_INTO = {"46": "44", "50": "51"}

_EXACT = Context(prec=40)

MIT_RART = "MIT (R package rART, (c) 2016 Ivan Canay & Matthew Wildrick Thomas); the terms of "
MIT_RART += "the REStud replication archive were not checked"

MQY_SOURCE = {
    "title": "Meng, Qian & Yared (2015), 'The Institutional Causes of China's Great Famine, "
    "1959-1961', Review of Economic Studies 82(4):1568-1611, doi:10.1093/restud/rdv016: "
    "replication panel as shipped in the R package rART (dataset mqy2015)",
    "path": f"{RAW_LABEL}/{MQY}",
    "copied_from": "github.com/mwt/rART data/mqy2015.rda at commit "
    "9bd21965f23da10e0970df848354b6ca86f58a34, converted to CSV (values unchanged)",
    "upstream_terms": MIT_RART,
}
SUN_SOURCE = {
    "title": "Sun Jingxian, 还历史以真相 (draft report, 2011-2012), ch. 10: registered figures "
    "he tabulates from 中华人民共和国人口统计资料汇编 (1949-1985) and provincial gazetteers "
    "(a polemical text; only its tabulated registered figures are used)",
    "path": f"{RAW_LABEL}/{SECOND}",
    "where_found": "github.com/ProletRevDicta/Prolet at commit "
    "97ad2c28926962ddf8d0f72e424c64a89cceac6e",
    "upstream_terms": "licence not stated; figures quoted with attribution",
}
FUJIAN_SOURCE = {
    "title": "Fujian Statistical Yearbook (edition dz04), table 3-1",
    "path": "https://tjj.fujian.gov.cn/tongjinianjian/dz04/html/0301.htm",
    "upstream_terms": "licence of the web page not stated; figures quoted with attribution",
}
TOMBSTONE_SOURCE = {
    "title": "Yang Jisheng, 墓碑 (Tombstone), table of provincial data from the 中国人口 "
    "provincial volumes (online copy, part 160; Sichuan and Henan only)",
    "path": "http://www.shucheng3.com/book41181_160.html",
    "upstream_terms": "licence of the web page not stated; figures quoted with attribution",
}
FDID_SOURCE = {
    "title": "County death rates 1954-1966 of the R package fdid (Yiqing Xu et al., 'FDID "
    "example dataset'); inferred, not stated, to be the county panel of Cao, Xu & Zhang (2022), "
    "'Clans and calamity: how social capital saved lives during China's Great Famine', "
    "Journal of Development Economics 157:102865",
    "path": f"{RAW_LABEL}/{COUNTY}",
    "copied_from": "github.com/xuyiqing/fdid data/fdid.RData (last changed in commit "
    "1c7cf64fa1455c3f5c8056c20c5f15b28cc15de7), converted to CSV and cut to six columns by "
    "scripts/cut_provinces.py",
    "upstream_terms": "MIT ((c) 2026 Yiqing Xu)",
}
CSSI_SOURCE = {
    "title": "Cohort-size-shrinkage index (CSSI) of famine severity for 347 prefectures, from "
    "birth-cohort sizes counted in a census sample (probably the 2000 census; not stated)",
    "path": f"{RAW_LABEL}/{CSSI}",
    "copied_from": "github.com/chunyu-yes/CSSI_famine_severity Data/Prefecture_cssi.csv at "
    "commit c0ffaac1f35b0411462484a4523f66c6cc32e0b8 (byte-order mark removed)",
    "upstream_terms": "no licence stated in the repository: terms unknown",
}
CODES_SOURCE = {
    "title": "Province codes (GB/T 2260 two-digit codes) and the units of the early 1960s, "
    "compiled by the course team",
    "path": f"{RAW_LABEL}/{CODES}",
    "upstream_terms": "compiled by the course team; CC BY 4.0 with this package",
}
BOUNDARIES_SOURCE = {
    "title": "npm package china-geojson@1.0.0, src/geojson/china.json (antvis; geometry derived "
    "from ECharts/Baidu map data; feature ids are GB/T 2260 codes)",
    "path": "https://registry.npmjs.org/china-geojson/-/china-geojson-1.0.0.tgz",
    "upstream_terms": "MIT as packaged (package.json 'licenses'); the terms of the underlying "
    "ECharts/Baidu map data are not stated",
}


def exp_rounded(log_text: str, places: int, where: str, *, shift: str = "0") -> Decimal:
    """``exp(log) * 10**shift`` rounded half-even to ``places`` decimals, exactly."""
    try:
        value = _EXACT.exp(Decimal(log_text.strip()))
    except ArithmeticError as exc:
        raise BuildError(f"{where}: {log_text!r} is not a log") from exc
    value *= Decimal(10) ** Decimal(shift)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)


def exp_exact(log_text: str) -> Decimal:
    return _EXACT.exp(Decimal(log_text.strip()))


def code_maps(ctx: BuildContext) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """(codes in order, MQY name -> code, CSSI name -> code) from ``province_codes.csv``."""
    rows = ctx.read(CODES)
    codes = [r["gb_code"] for r in rows]
    if any(len(c) != 2 or not c.isdigit() for c in codes) or len(set(codes)) != len(codes):
        raise BuildError(f"{CODES}: gb_code must be unique two-digit codes; got {codes}")
    mqy = {r["name_mqy"]: r["gb_code"] for r in rows if r["name_mqy"]}
    cssi = {r["name_cssi"]: r["gb_code"] for r in rows if r["name_cssi"]}
    return codes, mqy, cssi


def english_codes(ctx: BuildContext) -> dict[str, str]:
    """English name -> code, for the second sources (which use English names)."""
    return {r["name_english"]: r["gb_code"] for r in ctx.read(CODES)}


def mqy_rows(ctx: BuildContext) -> list[dict[str, str]]:
    """MQY's rows, each with its ``gb_code``; an unknown province name stops the build."""
    _, by_name, _ = code_maps(ctx)
    rows = ctx.read(MQY)
    for row in rows:
        if row["province"] not in by_name:
            raise BuildError(f"{MQY}: province {row['province']!r} has no code in {CODES}")
        row["gb_code"] = by_name[row["province"]]
    return rows


def unit_1960s(code_today: str) -> str:
    """The unit of the early 1960s that today's two-digit code was part of."""
    return MERGED_INTO.get(code_today, code_today)
