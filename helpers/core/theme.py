"""The course chart theme: a colour-blind-safe palette and readable sizes.

The palette is Okabe & Ito's (2008) eight colours, distinguishable under the
common colour-vision deficiencies. Every chart also carries a title and a
one-sentence description (:mod:`helpers.core.chart_kit` builds both).
"""

from __future__ import annotations

import altair as alt

NAME = "glf_course"

#: Okabe-Ito palette (black last: it is used for reference lines).
PALETTE = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)
#: The course's ink: reference lines, markers and their labels (the palette's black).
INK = PALETTE[7]
#: Text that should recede: panel headings, notes.
MUTED = "#444444"
FAMINE_SHADE = "#D55E00"
WIDTH, HEIGHT = 520, 260
FONT_SIZE = 13


def config() -> dict:
    """Return the theme as a Vega-Lite config dictionary."""
    return {
        "config": {
            "view": {"continuousWidth": WIDTH, "continuousHeight": HEIGHT, "stroke": None},
            "range": {"category": list(PALETTE)},
            "axis": {"labelFontSize": FONT_SIZE, "titleFontSize": FONT_SIZE, "grid": True},
            "legend": {"labelFontSize": FONT_SIZE, "titleFontSize": FONT_SIZE, "orient": "bottom"},
            "title": {"fontSize": FONT_SIZE + 3, "anchor": "start", "subtitleFontSize": FONT_SIZE},
            "header": {"labelFontSize": FONT_SIZE, "titleFontSize": FONT_SIZE},
            "line": {"strokeWidth": 2.5},
            "point": {"size": 50},
        }
    }


def enable() -> None:
    """Register and enable the course theme (idempotent)."""
    alt.theme.register(NAME, enable=True)(config)
