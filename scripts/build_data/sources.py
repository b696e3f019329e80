"""Where the figures come from: licences and source entries of the descriptor.

Paths to the build's own inputs are written as repository paths (``data/raw/...``,
``RAW_LABEL``), whatever folder ``--sources`` pointed at; web sources keep their addresses.
Each source says its upstream terms (``upstream_terms``), "unknown" where they are.
"""

from __future__ import annotations

RAW_LABEL = "data/raw"  # how paths to the inputs are written in the outputs

CC_BY = {
    "name": "CC-BY-4.0",
    "title": "Creative Commons Attribution 4.0 International",
    "path": "https://creativecommons.org/licenses/by/4.0/",
}
WEB_TERMS = (
    "licence of the web page not stated; individual published figures are quoted with "
    "attribution to the page and to the publication it cites"
)
COMPILED = "compiled by the course team; CC BY 4.0 with this package"


def src_file(name: str, title: str, **extra) -> dict:
    """A source entry for one of the build's inputs in ``data/raw/``."""
    return {"title": title, "path": f"{RAW_LABEL}/{name}", **extra}


def rows_sources(rows, title_key="source", path_key="where_found"):
    """Distinct (source, where found) pairs of a row-sourced table, in first-seen order."""
    seen = {}
    for row in rows:
        key = (row[title_key], row[path_key])
        if key not in seen:
            first = row[path_key].split(" ; ")[0].strip()
            seen[key] = {
                "title": row[title_key],
                "path": first,
                "where_found": row[path_key],
                "upstream_terms": WEB_TERMS,
            }
    return list(seen.values())


COW_FILE = "cow_nmc/NMC-60-abridged-china.csv"

COW_SOURCE = {
    "title": "Correlates of War Project, National Material Capabilities (NMC) v6 (version 2021), "
    "variable irst (iron and steel production, thousand tonnes), China ccode 710; "
    "cite Singer (1987), International Interactions 14:115-32",
    "path": f"{RAW_LABEL}/{COW_FILE}",
    "copied_from": "github.com/jcook125/Slide-Deck-Rmd NMC-60-abridged.csv at commit "
    "6792e68e819306c676ba2707fc80259842d815cd, cut to China's rows (ccode 710) by "
    "scripts/cut_nmc.py (see data/raw/README.md)",
    "upstream_terms": "repository MIT (Jack Cook, 2023); the COW project's own terms of use "
    "for NMC were not checked: licence of the data unknown",
}
CSY1999_SOURCE = {
    "title": "National Bureau of Statistics, China Statistical Yearbook 1999: population, "
    "birth, death and natural increase rates (as reposted on a blog)",
    "path": "http://zh.wenxuecity.com/myblog/13522/200707/22496.html",
    "upstream_terms": WEB_TERMS,
}
BANISTER_SOURCE = {
    "title": "Banister, Judith (1984), 'An Analysis of Recent Data on the Population of China', "
    "Population and Development Review 10(2): 247-271, Table 5 p. 254 (registered and "
    "reconstructed rates), as mirrored by chinafamine.net",
    "path": "http://yhcw.net/famine/Research/Banister01.html",
    "upstream_terms": "journal article; licence of the mirror unknown; figures quoted with "
    "attribution",
}
SINA_SOURCE = {
    "title": "Sina blog table '中国历年粮食产量、人口和人均粮食量总览(1949-2014)' (2015; "
    "source not named on the page): revised official grain output",
    "path": "https://blog.sina.cn/dpool/blog/s/blog_bf7e568f0102whwl.html",
    "upstream_terms": WEB_TERMS,
}
SYB1984_SOURCE = {
    "title": "State Statistical Bureau, Statistical Yearbook of China 1984, pp. 83, 141, 190, as "
    "cited by a wiki-style article (older official grain output 1958, 1960; population, CDR)",
    "path": "http://famouschinese.com/virtual/Three_Years_of_Natural_Disasters",
    "upstream_terms": WEB_TERMS,
}
ZHOU_SOURCE = {
    "title": "Zhou Zhen 周震 (2009), 论《农业六十条》 (Xiangtan University), citing official "
    "statistics (older official grain output 1958-1960)",
    "path": "https://m.fx361.cc/news/2009/0405/20500057.html",
    "upstream_terms": WEB_TERMS,
}
NBS_VA_SOURCE = {
    "title": "National Bureau of Statistics, China Statistical Yearbook 1999 (English), Table 3-1 "
    "'Gross Domestic Product' (current prices, 100 million yuan)",
    "path": "http://www.stats.gov.cn/english/statisticaldata/yearlydata/YB1999e/c01e.htm",
    "upstream_terms": "official statistics published by the NBS; licence of the page not stated; "
    "figures quoted with attribution",
}

#: The package-level list of sources (the per-row sources are in each resource).
PACKAGE_SOURCES = [
    CSY1999_SOURCE,
    SYB1984_SOURCE,
    BANISTER_SOURCE,
    SINA_SOURCE,
    ZHOU_SOURCE,
    COW_SOURCE,
    NBS_VA_SOURCE,
    {
        "title": "Per-row sources of first_plan, timeline, excess_death_estimates, "
        "grain_procurement_trade, communes and output_indices: see each resource's "
        "sources and the source columns",
        "path": f"{RAW_LABEL}/README.md",
        "upstream_terms": COMPILED,
    },
]
