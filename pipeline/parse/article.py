"""Turn a raw message (JSON, IPTC ninjs JSON, or wire plain text) into an Article.

Wire services send what they send: a JSON object with one of several field
vocabularies, or the plain text of a story (dateline line, agency or section
lines, headline, body paragraphs, a trailing keyword line). Everything that
cannot become an Article raises :class:`ParseError` with a reason a person can
act on; the pipeline routes it to the dead-letter output.

    >>> from pipeline.models import RawMessage
    >>> a = parse_message(RawMessage(value=b'{"id": "x1", "title": "T", "body": "Police said 3 were hurt."}'))
    >>> (a.article_id, a.headline, a.body)
    ('x1', 'T', 'Police said 3 were hurt.')
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from typing import Any, Optional

from pipeline.models import Article, RawMessage
from pipeline.parse.dates import parse_dateline, parse_timestamp

logger = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 2 * 1024 * 1024


class ParseError(ValueError):
    """A message that cannot become an Article. ``reason`` is a short category."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


_ID_FIELDS = ("id", "guid", "uri", "article_id", "itemid")
_OUTLET_FIELDS = ("outlet", "source", "copyrightholder", "publisher", "agency")
_TITLE_FIELDS = ("title", "headline")
_TIME_FIELDS = ("published", "published_at", "versioncreated", "firstcreated", "date", "pubdate", "timestamp")
_TEXT_FIELDS = ("body", "body_text", "text", "content")
_HTML_FIELDS = ("body_html", "html")
_NINJS_HINTS = {"versioncreated", "body_text", "body_html", "uri", "firstcreated", "pubstatus", "copyrightholder"}

_SENTENCE_END = re.compile(r"[.!?\"'\u201d\u2026)]\s*$")
_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def _first(obj: dict, names: tuple[str, ...]) -> Any:
    for name in names:
        value = obj.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _text_of(value: Any) -> Optional[str]:
    """ninjs nests names in objects ({"name": ...}) or lists of them."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _text_of(value.get("name") or value.get("literal") or value.get("value"))
    if isinstance(value, list) and value:
        return _text_of(value[0])
    return str(value)


def clean_text(text: str) -> str:
    """Normalise spacing, keep paragraph breaks as blank lines."""
    paragraphs = []
    for block in re.split(r"\n\s*\n|\r\n\s*\r\n", text.replace("\r\n", "\n")):
        line = _WS.sub(" ", " ".join(block.split("\n"))).strip()
        if line:
            paragraphs.append(line)
    return "\n\n".join(paragraphs)


def html_to_text(html: str) -> str:
    """Reduce an HTML body to text, one paragraph per block element."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    for node in tree.css("script, style, noscript, figure figcaption, aside"):
        node.decompose()
    selector = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre"
    blocks = tree.css(selector)
    if blocks:
        # Innermost blocks only (lexbor's node.css() matches the node itself).
        parts = [b.text(separator=" ") for b in blocks if len(b.css(selector)) == 1]
    else:
        root = tree.body or tree.root
        parts = [root.text(separator="\n")] if root is not None else []
    return clean_text("\n\n".join(parts))


def stable_id(*parts: Optional[str]) -> str:
    """An id derived from content, so a redelivered message keeps its id."""
    blob = "\x1f".join(" ".join((p or "").split()) for p in parts)
    return "sha256-" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:24]


def _looks_like_keywords(line: str) -> bool:
    items = [i.strip() for i in line.split(",")]
    return (
        len(items) >= 2
        and all(0 < len(i.split()) <= 5 for i in items)
        and not _SENTENCE_END.search(line)
    )


def _is_body_line(line: str) -> bool:
    return len(line.split()) > 18 or bool(_SENTENCE_END.search(line)) and len(line.split()) > 6


def _paragraphs(lines: list[str]) -> list[str]:
    """Group body lines into paragraphs.

    A blank line ends a paragraph; so does a line that ends a sentence (wire
    text often puts one paragraph per line with no blank between). A line
    that stops mid-sentence was hard-wrapped and joins the next.
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        if _SENTENCE_END.search(line):
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def parse_plain_text(text: str) -> dict:
    """Split wire plain text into dateline time, header lines, headline and body."""
    lines = [_WS.sub(" ", raw).strip() for raw in text.replace("\r\n", "\n").split("\n")]
    nonblank = [i for i, line in enumerate(lines) if line]
    published = None
    if nonblank:
        published = parse_dateline(lines[nonblank[0]])
        if published is not None:
            lines = lines[nonblank[0] + 1:]
    header: list[str] = []
    i = 0
    while i < len(lines) and (not lines[i] or not _is_body_line(lines[i])):
        if lines[i]:
            header.append(lines[i])
        i += 1
    if i >= len(lines):
        # No line looks like body text: a short article. Keep its last header
        # line as body rather than dropping everything.
        header, lines, i = header[:-1], header[-1:], 0
    paragraphs = _paragraphs(lines[i:])
    keywords: list[str] = []
    if len(paragraphs) > 1 and _looks_like_keywords(paragraphs[-1]):
        keywords = [k.strip() for k in paragraphs.pop().split(",") if k.strip()]
    headline = max(header, key=lambda h: (len(h.split()), len(h)), default=None)
    others = [h for h in header if h is not headline]
    # Of the other header lines, the one after the headline is the section
    # ("Middle East"); one before it is an agency or tag line.
    section = None
    if headline is not None:
        after = header[header.index(headline) + 1:]
        section = after[0] if after else (others[-1] if others else None)
    return {
        "published_at": published,
        "headline": headline,
        "section": section,
        "header_lines": others,
        "body": "\n\n".join(paragraphs),
        "keywords": keywords,
    }


def _from_json(obj: dict, raw: RawMessage) -> Article:
    if isinstance(obj.get("raw"), str):
        parsed = parse_plain_text(obj["raw"])
        fmt = "text"
    else:
        html = _first(obj, _HTML_FIELDS)
        body = _first(obj, _TEXT_FIELDS)
        if isinstance(body, str) and "<" in body and re.search(r"</?(p|div|br|span|a)\b", body, re.I):
            html, body = body, None
        text = clean_text(body) if isinstance(body, str) else (html_to_text(html) if isinstance(html, str) else "")
        parsed = {"published_at": None, "headline": None, "section": None, "body": text, "keywords": []}
        fmt = "ninjs" if _NINJS_HINTS & obj.keys() else "json"
    when = _first(obj, _TIME_FIELDS)
    if when is not None:
        try:
            parsed["published_at"] = parse_timestamp(when)
        except ValueError as e:
            raise ParseError("unparseable date", str(e)) from e
    headline = _text_of(_first(obj, _TITLE_FIELDS)) or parsed["headline"]
    outlet = _text_of(_first(obj, _OUTLET_FIELDS)) or _text_of(obj.get("provider"))
    url = _text_of(obj.get("url") or obj.get("link") or (obj.get("uri") if str(obj.get("uri", "")).startswith("http") else None))
    section = _text_of(obj.get("section") or obj.get("category")) or parsed["section"]
    keywords = obj.get("keywords") or parsed["keywords"]
    if isinstance(keywords, str):
        keywords = [k.strip() for k in keywords.split(",") if k.strip()]
    article_id = _text_of(_first(obj, _ID_FIELDS))
    return _finish(parsed, raw, fmt, article_id=article_id, headline=headline, outlet=outlet, url=url,
                   section=section, keywords=[_text_of(k) or "" for k in keywords],
                   story_id=_text_of(obj.get("story_id")))


def _header(raw: RawMessage, name: str) -> Optional[str]:
    for key, value in raw.headers:
        if key.lower() == name and value:
            return value.decode("utf-8", "replace")
    return None


def _finish(parsed: dict, raw: RawMessage, fmt: str, **fields: Any) -> Article:
    body = parsed["body"]
    if not body.strip():
        raise ParseError("empty body", "the article has no body text")
    published = parsed["published_at"]
    if published is None and raw.timestamp_ms is not None:
        # No date in the article: the broker's timestamp is the best reference
        # for resolving "last week" that we have.
        published = dt.datetime.fromtimestamp(raw.timestamp_ms / 1000.0, tz=dt.timezone.utc)
    headline = fields.get("headline") or parsed["headline"]
    article_id = fields.get("article_id") or stable_id(headline, body)
    return Article(
        article_id=str(article_id),
        outlet=fields.get("outlet") or _header(raw, "outlet"),
        url=fields.get("url") or _header(raw, "url"),
        headline=headline,
        section=fields.get("section") or parsed["section"],
        published_at=published,
        body=body,
        keywords=fields.get("keywords") or parsed["keywords"],
        source_format=fmt,
        source=raw.source,
        story_id=fields.get("story_id"),
    )


def parse_message(raw: RawMessage, max_bytes: int = MAX_MESSAGE_BYTES) -> Article:
    """Parse one message; raises :class:`ParseError` for bad input."""
    if len(raw.value) > max_bytes:
        raise ParseError("oversized message", f"{len(raw.value)} bytes > limit {max_bytes}")
    try:
        text = raw.value.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ParseError("undecodable bytes", str(e)) from e
    stripped = text.strip()
    if not stripped:
        raise ParseError("empty body", "the message is empty")
    if stripped[0] in "{[":
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as e:
            raise ParseError("invalid JSON", str(e)) from e
        if not isinstance(obj, dict):
            raise ParseError("invalid JSON", f"expected an object, got {type(obj).__name__}")
        return _from_json(obj, raw)
    return _finish(parse_plain_text(text), raw, "text")


def parse_json_line(line: str, *, path: Optional[str] = None, line_no: Optional[int] = None) -> Article:
    """Parse one line of a JSON-lines file (``newsclaims extract``)."""
    from pipeline.models import SourceRef

    return parse_message(RawMessage(value=line.encode("utf-8"), source=SourceRef(path=path, line=line_no)))
