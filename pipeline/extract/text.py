"""Split an article body into paragraphs, sentences and quotations, keeping offsets.

Claims carry character offsets into ``Article.body``; every split here keeps
absolute offsets so nothing has to be searched for again.  Wire copy has one
paragraph per line, and a quotation may span several sentences.

    >>> [s.text for s in split_sentences('He said. "It failed," Maj. Gen. Ivanov said.', 0)]
    ['He said.', '"It failed," Maj. Gen. Ivanov said.']
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "capt", "sgt", "brig", "adm", "gov", "sen",
    "rep", "prof", "st", "jr", "sr", "no", "nos", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
    "oct", "nov", "dec", "vs", "etc", "approx", "inc", "co", "corp", "ltd", "cpl", "pvt", "lieut",
    "rev", "hon", "est", "dept", "gov't", "mt", "ft", "fig", "cmdr", "cdr", "supt", "insp",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    sentences: list[Sentence] = field(default_factory=list)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # absolute [start, end) of quoted text


def split_sentences(text: str, offset: int, paragraph: int = 0) -> list[Sentence]:
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        word = re.search(r"([A-Za-z][A-Za-z'.]*)\.$", text[max(0, m.start() - 12):m.start() + 1])
        if text[m.start()] == "." and word:
            w = word.group(1).rstrip(".").lower()
            if w in ABBREVIATIONS or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w):
                # "U.S." ends a sentence only when a capitalised non-name follows; keep it simple: no split
                continue
        end = m.end()
        seg = text[start:end].rstrip()
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append(Sentence(offset + start + lead, offset + start + len(seg), seg.strip(), paragraph))
        start = end
    seg = text[start:].rstrip()
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        out.append(Sentence(offset + start + lead, offset + start + len(seg), seg.strip(), paragraph))
    return out


def quote_spans(text: str, offset: int, open_at_start: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """Quoted spans in one paragraph; returns (spans, quote still open at paragraph end)."""
    spans, open_pos = [], (0 if open_at_start else None)
    for m in re.finditer(r"[\"“”]", text):
        ch = m.group(0)
        if ch == "“" or (ch == '"' and open_pos is None):
            if open_pos is None:
                open_pos = m.end()
        else:
            if open_pos is not None:
                spans.append((offset + open_pos, offset + m.start()))
                open_pos = None
    still_open = open_pos is not None
    if still_open:
        spans.append((offset + open_pos, offset + len(text)))
    return spans, still_open


def split_body(body: str) -> list[Paragraph]:
    paras: list[Paragraph] = []
    still_open = False
    for m in re.finditer(r"[^\n]+", body):
        raw = m.group(0)
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        start = m.start() + lead
        p = Paragraph(len(paras), start, start + len(text), text)
        p.sentences = split_sentences(text, start, p.index)
        # A wire quote may run over paragraphs: the next paragraph then re-opens with a quote mark.
        reopen = still_open and not text.startswith(('"', "“"))
        p.quotes, still_open = quote_spans(text, start, reopen)
        paras.append(p)
    return paras


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)
