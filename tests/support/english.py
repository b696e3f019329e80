"""English left in what a translated lesson shows: charts, tables, feedback, sentences.

Two nets, so that a string forgotten in either way is caught:

* a string the helpers catalogue translates (its English differs from its translation)
  shown as it is in English: a label or sentence the code forgot to pass through ``t``;
* a run of English words no catalogue knows (three Latin words or more, two of them
  English function words, no Cyrillic): a sentence built in code and never marked for
  translation. Bibliographic references ("Statistical Yearbook of China") have at most
  one function word and pass; names, pinyin and units pass.

A third net: a label that is a number written the English way (``0.5``, ``1,919.5``), which
the language writes ``0,5`` and ``1 919,5`` (made in Python without ``i18n.number``).

What a reader sees in a chart is its title, subtitle, description, axis, legend and
tooltip titles, and the values of the fields it draws as text, labels or categories.
"""

from __future__ import annotations

import html
import json
import re
from functools import cache

from scripts import translations as tr

TEXT_KEYS = {"title", "subtitle", "text", "description"}
# Channels whose field values a reader sees (as a label, a legend entry or a tooltip).
SHOWN_CHANNELS = {
    "x",
    "y",
    "color",
    "fill",
    "stroke",
    "shape",
    "text",
    "tooltip",
    "row",
    "column",
    "facet",
    "strokeDash",
    "yOffset",
    "xOffset",
    "detail",
}
FUNCTION_WORDS = re.compile(
    r"\b(the|of|and|per|from|with|in|to|by|on|at|for|is|are|was|were|than|this|that|not|"
    r"its|their|an|each|every|when|which|under|over|more|less|after|before)\b",
    re.IGNORECASE,
)
LATIN_WORD = re.compile(r"\b[A-Za-z][a-z'’-]+\b")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A decimal point gives an English number away; "6,248" is a Kazakh decimal as well as an
# English thousand, so thousands alone cannot.
ENGLISH_NUMBER = re.compile(r"^[−+-]?\d{1,3}(,\d{3})*\.\d+\s*(%|‰)?$")
TAG = re.compile(r"<[^>]+>")
SCRIPT = re.compile(r"<(script|style)\b.*?</\1>", re.S | re.I)


@cache
def translated_english(lang: str) -> frozenset[str]:
    """The English of every helpers entry whose ``lang`` translation differs from it."""
    cat = tr.read_catalogue(tr.helpers_catalogue_path(lang))
    return frozenset(m.id for m in cat if m.id and m.string and m.string.strip() != m.id.strip())


def spec_texts(spec: dict) -> list[str]:
    """Every text a reader can see in a Vega-Lite spec (see the module's docstring)."""
    found: list[str] = []
    fields: set[str] = set()

    def walk(node: object, key: str | None = None) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("datasets", "data", "config", "usermeta"):
                    continue
                if k == "encoding" and isinstance(v, dict):
                    for channel, definition in v.items():
                        if channel in SHOWN_CHANNELS:
                            for d in definition if isinstance(definition, list) else [definition]:
                                if isinstance(d, dict) and isinstance(d.get("field"), str):
                                    fields.add(d["field"])
                walk_value(k, v)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)

    def walk_value(k: str, v: object) -> None:
        if isinstance(v, str) and k in TEXT_KEYS:
            found.append(v)
        elif isinstance(v, list) and k in TEXT_KEYS and all(isinstance(x, str) for x in v):
            found.extend(v)
        else:
            walk(v, k)

    walk(spec)
    rows = [r for d in spec.get("datasets", {}).values() for r in d]
    rows += _inline_rows(spec)
    for row in rows:
        if isinstance(row, dict):
            found += [v for f, v in row.items() if f in fields and isinstance(v, str)]
    return found


def _inline_rows(node: object) -> list:
    out = []
    if isinstance(node, dict):
        data = node.get("data")
        if isinstance(data, dict) and isinstance(data.get("values"), list):
            out += data["values"]
        for k, v in node.items():
            if k not in ("datasets", "data"):
                out += _inline_rows(v)
    elif isinstance(node, list):
        for v in node:
            out += _inline_rows(v)
    return out


def html_texts(markup: str) -> list[str]:
    """The pieces of text in an HTML output (each cell, heading and paragraph on its own)."""
    markup = SCRIPT.sub(" ", markup)
    return [html.unescape(p).strip() for p in TAG.split(markup) if p.strip()]


def output_texts(outputs: list[dict]) -> list[str]:
    """Every text a reader sees in a cell's outputs (nbformat dicts), charts included."""
    found: list[str] = []
    for out in outputs:
        data = out.get("data", {})
        if out.get("output_type") == "stream":
            found.append("".join(out.get("text", "")))
            continue
        for mime, value in data.items():
            text = "".join(value) if isinstance(value, list) else value
            if mime.startswith("application/vnd.vegalite"):
                found += spec_texts(text if isinstance(text, dict) else json.loads(text))
            elif mime == "text/html":
                found += html_texts(text)
            elif mime in ("text/markdown", "text/plain") and "text/html" not in data:
                found.append(text)
    return found


def english(texts: list[str], lang: str) -> list[str]:
    """The texts that are (or contain) English a reader of ``lang`` should not see."""
    known = translated_english(lang)
    sentences = [e for e in known if len(e.split()) >= 3]
    out = []
    for text in texts:
        bare = text.strip()
        if not bare:
            continue
        if bare in known or bare.rstrip(".:") in known or any(s in bare for s in sentences):
            out.append(bare)
        elif not CYRILLIC.search(bare) and _english_run(bare):
            out.append(bare)
        elif ENGLISH_NUMBER.match(bare):
            out.append(bare)
    return out


def _english_run(text: str) -> bool:
    words = LATIN_WORD.findall(text)
    function = {w.lower() for w in words if FUNCTION_WORDS.fullmatch(w)}
    return len(words) >= 3 and len(function) >= 2
