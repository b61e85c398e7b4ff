"""Recognise numbers in text, with their hedge (qualifier), range and kind.

Claims are built on numbers, but most numbers in news are not claims:
years, dates, clock times, money, percentages, ordinals, ages, scores.  This
module finds every number with its character span and says what kind it is,
so the claim rules can keep only counts.  Pure regexes: it has to run on
hundreds of articles a second.

    >>> [(int(n.value), n.qualifier.value, n.kind) for n in find_numbers("nearly 2,700 others")]
    [(2700, 'approx', 'count')]
    >>> [(int(n.value), int(n.value_high)) for n in find_numbers("between 15 and 20 people")]
    [(15, 20)]
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Optional

from pipeline.extract.trie import trie_pattern
from pipeline.models import Qualifier

logger = logging.getLogger(__name__)

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000,
          "mln": 1_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "dozen": 12, "dozens": 12,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}  # South Asian wire copy
ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
    "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth",
    "millionth",
}
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")

_WORD = trie_pattern(list(UNITS) + list(TENS))
_WORDNUM = (rf"(?:(?:{_WORD})(?:(?:-|\s+)(?:{_WORD}))?"
            rf"(?:(?:\s+|-)(?:hundred|thousand|million|billion|trillion)(?:(?:\s+and)?\s+(?:{_WORD})(?:(?:-|\s+)(?:{_WORD}))?)?)*)(?![\w])")
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SCALE = r"(?:\s?(?:hundred|thousand|million|billion|trillion|mln|bn|tn|trn)\b|(?<=\d)\s(?:lakhs?|crores?)\b|(?<=\d)(?:k|m|bn|tn)\b|\s(?:dozens?)\b)"
_NUM = rf"(?:(?:{_DIGITS})(?:{_SCALE})?|(?:a\s+|one\s+|half\s+a\s+)?dozens?\b|{_WORDNUM}(?:\s+dozen)?|a\s+(?:hundred|thousand|million|billion)\b)"

_QUAL = {
    Qualifier.APPROX: r"nearly|almost|about|around|some|roughly|approximately|an estimated|estimated|close to|just under|circa|approx\.?|just over|an approximate",
    Qualifier.AT_LEAST: r"more than|(?<!\bhanded\s)(?<!\bturned\s)over|at least|upwards of|in excess of|no fewer than|no less than|more then|a minimum of|exceeding|above",  # "handed over 55 prisoners": there "over" is a particle
    Qualifier.AT_MOST: r"up to|less than|fewer than|at most|as many as|no more than|under|a maximum of|below|as much as",
}
_QUAL_RE = "|".join(f"(?P<q_{q.value}>{p})" for q, p in _QUAL.items())

NUMBER_RE = re.compile(
    rf"(?<![\w.,])(?:(?:{_QUAL_RE})\s+|(?P<q_tilde>~)\s*)?(?P<sign>(?<![\w\d])-(?=\d)|minus[\s-]|negative\s)?"
    rf"(?:(?P<between>between|from)\s+)?"
    rf"(?P<cur>(?:US|USD|EUR|GBP|Rs\.?|A|C|NZ|HK)?\s?[$€£¥₹](?:US|A|C|NZ|HK)?|PS(?=\d)|RM(?=\d)|Rs\.?\s?(?=\d))?"
    rf"(?P<n1>{_NUM})"
    rf"(?:(?P<rsep>\s*(?:-|–|to|and|or)\s*)(?P<cur2>[$€£¥₹])?(?P<n2>{_NUM}))?"
    rf"(?P<suffix>(?:st|nd|rd|th)\b|\s?(?:%|per\s?cent|percent|percentage points?|pc\b)|(?:-year-old|-years-old| years? old))?",
    re.IGNORECASE,
)
# Contexts that say a number is not a count.
_YEAR_CTX = re.compile(rf"(?:{MONTHS}\s*(?:\d{{1,2}},?\s*)?$|\b(?:in|since|of|by|year|until|from|before|after|during|early|late|mid|the|fiscal|spring|summer|autumn|fall|winter|season)\s*$)", re.I)
_DAY_AFTER_MONTH = re.compile(rf"{MONTHS}\s*$", re.I)
_MONTH_AFTER = re.compile(rf"^\s*(?:{MONTHS})(?!\w)", re.I)
_MONEY_AFTER = re.compile(r"^\s*(?:(?:hundred|thousand|million|billion)\s+)?(?:dollars?|euros?|pounds? sterling|yuan|yen|rupees?|rubles?|roubles?|dinars?|riyals?|pesos?|francs?|won|lira|liras|shekels?|naira|rand|cents?|usd|eur|gbp)\b", re.I)
_MONEY_BEFORE = re.compile(r"(?:\b(?:US|USD|EUR|GBP|Rs|R|Rp|RMB|CNY|JPY|INR|SR|AED|TL)\s?$)")
_TIME_AROUND = re.compile(r"^(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hours? GMT|o'clock))", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|age of|ages)\s*$", re.I)
_ORDINAL_BEFORE = re.compile(r"(?:No\.|number|#|room|page|route|flight|section|row|item|article|paragraph|chapter|level|grade|apartment|suite|unit|highway|road)\s*$", re.I)
_SCORE = re.compile(r"^\d{1,2}\s*-\s*\d{1,2}$")
_PHONE_AROUND = re.compile(r"(?:\d[-.]|\(\d{2,4}\)\s?)$")


class Kind:
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    YEAR = "year"
    DATE = "date"
    TIME = "time"
    ORDINAL = "ordinal"
    AGE = "age"
    SCORE = "score"
    VAGUE = "vague"
    ONE_OF = "one_of"
    MEASURE = "measure"
    FRACTION = "fraction"
    OTHER = "other"


@dataclass(frozen=True)
class Number:
    """One recognised number. ``start``/``end`` cover qualifier through suffix."""

    start: int
    end: int
    num_start: int
    value: float
    value_high: Optional[float]
    qualifier: Qualifier
    kind: str
    text: str

    @property
    def is_count(self) -> bool:
        return self.kind == Kind.COUNT


def parse_number(text: str) -> Optional[float]:
    """Value of one number expression: "2,359", "1.5 million", "two dozen", "twenty-one".

    >>> parse_number("1.5 million"), parse_number("two dozen"), parse_number("twenty-one")
    (1500000.0, 24.0, 21.0)
    """
    t = " ".join(text.strip().lower().replace("\u2009", "").replace("\xa0", " ").split())
    if not t:
        return None
    if t in ("dozens", "a dozen", "dozen", "one dozen"):
        return None if t == "dozens" else 12.0
    if t == "half a dozen":
        return 6.0
    m = re.fullmatch(rf"({_DIGITS})\s?([a-z]+)?", t)
    if m:
        base = float(m.group(1).replace(",", ""))
        if m.group(2):
            scale = SCALES.get(m.group(2))
            if scale is None:
                return None
            base *= scale
        return base
    if t.startswith("a "):
        t = "one " + t[2:]
    total, current = 0.0, 0.0
    for w in re.split(r"[\s-]+", t):
        if w == "and":
            continue
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0.0
        else:
            return None
    return total + current


def _qualifier(m: re.Match) -> Qualifier:
    if m.group("n2") and (m.group("between") or re.fullmatch(r"\s*(?:-|–|to)\s*", m.group("rsep") or "")):
        return Qualifier.RANGE
    for q in (Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.AT_MOST):
        if m.group(f"q_{q.value}"):
            return q
    if m.group("q_tilde"):
        return Qualifier.APPROX
    return Qualifier.EXACT


def _classify(text: str, m: re.Match, value: float, n1: str) -> str:
    before = text[max(0, m.start() - 30):m.start()]
    after = text[m.end():m.end() + 30]
    suffix = (m.group("suffix") or "").lower().strip()
    if suffix in ("st", "nd", "rd", "th"):
        return Kind.ORDINAL
    if suffix and ("%" in suffix or "cent" in suffix or "percent" in suffix or "point" in suffix):
        return Kind.PERCENT
    if "year" in suffix:
        return Kind.AGE
    if m.group("cur") or m.group("cur2") or _MONEY_AFTER.match(after) or _MONEY_BEFORE.search(before):
        return Kind.MONEY
    if n1.lower() == "dozens":
        return Kind.VAGUE
    if _TIME_AROUND.match(after) or (before.endswith(":") and before[-2:-1].isdigit()):
        return Kind.TIME
    if after.startswith(":") or before.endswith(":") and n1.isdigit():
        return Kind.TIME
    if _AGE_BEFORE.search(before) or re.match(r"^\s*-?years?-old", after):
        return Kind.AGE
    if n1.isdigit() and value < 120 and re.search(r"[A-Za-z],\s*$", before) and re.match(r"^\s*,\s*(?:was|is|who|and|had|has|a|an|the|from|of|said|told|died|remains)\b", after):
        return Kind.AGE  # apposition: "The suspect, 21, was taken into custody"
    if _ORDINAL_BEFORE.search(before):
        return Kind.ORDINAL
    plain = n1.replace(",", "")
    if n1.isdigit():
        if _DAY_AFTER_MONTH.search(before) and 1 <= value <= 31:
            return Kind.DATE
        if _MONTH_AFTER.match(after) and 1 <= value <= 31:
            return Kind.DATE
        if len(plain) == 4 and 1800 <= value <= 2100 and "," not in n1:
            # Years unless clearly a count ("1900 people" stays a count).
            if not re.match(r"^\s+[a-z]", after) or _YEAR_CTX.search(before) or re.match(r"^\s*(?:and|to|-|–)\s*\d{4}", after):
                return Kind.YEAR
            if re.match(r"^\s+(?:in|on|at|for|when|was|were|and|the|as|by|with|after|before|while|that|he|she|they|it|we|I)\b", after):
                return Kind.YEAR
        if len(plain) == 4 and n1.startswith("0"):
            return Kind.TIME
    if before.endswith("+") or re.search(r"\b(?:GMT|UTC)\s*$", before):
        return Kind.OTHER
    if _PHONE_AROUND.search(before) or re.match(r"^[-.]\d{3,}", after):
        return Kind.OTHER
    if re.match(r"^[./]\d", after):
        return Kind.OTHER
    return Kind.COUNT


_IDENT_BEFORE = re.compile(r"(?:^|[^.!?]\s)(?P<w>[A-Za-z]*[A-Z][\w&'-]*)\s$")
_NOT_IDENT = re.compile(rf"^(?:{MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|Of|By|For|About|"
                        r"Some|Nearly|Over|The|A|An|And|But|With|From|To|Since|After|Before|During|Only|Another|All|Just|"
                        r"Up|Around|More|Less|Almost|Roughly|Approximately|Than|Between|Among|Including|Killing|Least|Total|"
                        r"Than|Another|Of|Those|These|Its|Their|Our|His|Her|When|While|As|If|Then|Now|Today|Yesterday|"
                        r"Police|Officials|Authorities|Reuters|AP|AFP|TASS|Daesh|IS|ISIS|ISIL|UN|WHO|US|UK|EU)$")


def find_numbers(text: str) -> list[Number]:
    """Every number in ``text`` with span, value, qualifier and kind.

    Vague words ("dozens") are reported with kind ``vague`` and value 0, so
    callers can drop them; money, percentages, years, dates, times, ordinals,
    ages and identifiers ("iPhone 11", "COVID-19") are kept with their kind for
    measuring the recogniser, and dropped by the claim rules.
    """
    out: list[Number] = []
    pos = 0
    while True:
        m = NUMBER_RE.search(text, pos)
        if not m:
            break
        pos = m.end()
        n1 = m.group("n1")
        low1 = n1.lower()
        if re.fullmatch(r"(?:a |one )?dozens?", low1) and low1 not in ("a dozen", "one dozen"):
            if low1 == "dozens":
                out.append(Number(m.start(), m.end(), m.start("n1"), 0, None, Qualifier.EXACT, Kind.VAGUE, m.group(0)))
            continue
        v1 = parse_number(n1)
        if v1 is None:
            continue
        n2 = m.group("n2")
        v2 = parse_number(n2) if n2 else None
        start, end = m.start(), m.end()
        hm = re.search(r"\bhalf\s+$", text[max(0, m.start("n1") - 8):m.start("n1")], re.I)
        if hm and low1.startswith("a"):
            v1 /= 2  # "half a million"
            start = m.start("n1") - (8 if m.start("n1") >= 8 else m.start("n1")) + hm.start()
        rsep = (m.group("rsep") or "").strip().lower()
        between = (m.group("between") or "").lower()
        qual = _qualifier(m)
        hedged = any(m.group(f"q_{q.value}") for q in (Qualifier.APPROX, Qualifier.AT_LEAST, Qualifier.AT_MOST)) \
            or bool(m.group("q_tilde"))
        split = False
        if n2 and v2 is None:
            split = True
        elif v2 is not None:
            if rsep in ("and", "or") and between != "between":
                split = True  # "27 tanks and 21 ...": coordination; only "between X and Y" is a range
            elif between == "from" and rsep not in ("to", "-", "–"):
                split = True
            elif rsep == "to" and not between and (v2 <= v1 or re.search(r"\bby\s*$", text[max(0, m.start() - 4):m.start()])):
                split = True  # "increased by $43.6 billion to $419.2 billion"
            elif re.fullmatch(r"\d{4}", n1) and 1800 <= v1 <= 2100 and not re.fullmatch(r"\d{2,4}", n2):
                split = True  # "in 2018 to 3.9 million"
            elif v1 <= 31 and v2 > 31 and _DAY_AFTER_MONTH.search(text[max(0, m.start("n1") - 12):m.start("n1")]):
                split = True  # "the toll since June 14 to 1,136": a date, then the figure
        if split:
            v2 = None
            end = m.end("n1")
            pos = end
            if m.group("suffix") and not n2:
                end = m.end()
        if v2 is None and qual == Qualifier.RANGE:
            qual = Qualifier.EXACT
        if between and v2 is None:
            start = m.start() if hedged else m.start("n1")
        # Scale carried from the high end: "1.5 to 2 million".
        base2 = parse_number(re.sub(r"\s*(?:million|billion|thousand)$", "", n2, flags=re.I)) if n2 else None
        if v2 is not None and re.search(r"(million|billion|thousand)$", n2, re.I) \
                and not re.search(r"(million|billion|thousand)", n1, re.I) and v2 > v1 * 1000 \
                and base2 is not None and v1 <= base2 * 10:
            v1 *= SCALES[re.search(r"(million|billion|thousand)$", n2, re.I).group(1).lower()]
        if v2 is not None and not between and rsep in ("-", "–") and _SCORE.match(f"{n1}-{n2}") and v2 <= v1:
            kind = Kind.SCORE
        else:
            kind = _classify(text, m, v1, n1)
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end("n1"):m.end("n1") + 14]
        if kind == Kind.COUNT and not n1[0].isdigit() and re.match(
                r"[\s-]*(?:\w*(?:tieth|teenth|dredth|sandth|llionth)|fourth|sixth|seventh|tenth|eleventh|first|second|third|fifth|eighth|ninth|twelfth)\b", text[m.end("n1"):m.end("n1") + 20], re.I):
            kind = Kind.ORDINAL  # "two hundredth", "one hundred twenty fifth"
        if kind == Kind.COUNT and re.fullmatch(r"one", n1, re.I) and (
                re.search(r"\b(?:the|this|that|next|last|previous|current|right|wrong|every|no|any|each|which|another|"
                          r"new|old|big|little|only|same|other|first|second)\s+$", before, re.I)
                or re.match(r"\s+(?:before|after|who|that|which|is|was|but)\b", after, re.I)
                or re.match(r"\s*[.,?!]", after)):
            kind = Kind.ONE_OF  # the pronoun "one": "the last one", "the one before"
        if kind == Kind.COUNT:
            if re.fullmatch(r"one", n1, re.I) and re.match(r"\s+(?:of|another|day|time|thing|way|side|hand|point|more)\b", after, re.I):
                kind = Kind.ONE_OF
            elif (re.search(r"[A-Za-z]-$", before) and not re.search(r"\b(?:sub|over|under|mid|pre|post|minus|now|around|about|nearly|top|bottom|last|first)-$", before, re.I)) or re.match(r"-[A-Za-z]", after) and not re.match(
                    r"-(?:year|month|week|day|hour|minute|strong|member|man|person|people|vehicle|car|truck)", after, re.I):
                kind = Kind.OTHER  # "COVID-19", "Su-25", "3888-2b"
            elif re.match(r"-(?:year|month|week|day|hour|minute|second|mile|km|kilometre|kilometer|metre|meter|foot|inch|point|storey|story|seat|bed)s?\b", after, re.I):
                kind = Kind.OTHER  # "a five-year award", "a 10-day truce": a modifier, not a count
            elif re.match(r"[A-Za-z]{1,}", after) and not re.match(r"(?:st|nd|rd|th|k|m|bn|tn)\b", after, re.I) and n1[-1].isdigit():
                kind = Kind.MEASURE  # glued units: "180ml", "15kHz", "256GB"
            elif not hedged:
                im = _IDENT_BEFORE.search(before)
                if im and not _NOT_IDENT.match(im.group("w")) and (n1[0].isdigit() or n1[0].isupper()):
                    kind = Kind.OTHER  # "iPhone 11", "Big 12", "Game 2", "BBC One"
        if m.group("sign") and kind in (Kind.COUNT, Kind.MEASURE, Kind.PERCENT, Kind.MONEY):
            v1 = -v1
            if kind == Kind.COUNT:
                kind = Kind.OTHER  # a negative number is never a count
        num_start = m.start("n1")
        out.append(Number(start, end, num_start, v1, v2, qual, kind, text[start:end]))
    taken = [(n.start, n.end) for n in out]
    for m in _EXTRA_RE.finditer(text):
        if any(s0 < m.end() and m.start() < e0 for s0, e0 in taken):
            continue
        w = m.group(0).lower()
        if m.group("vague"):
            lo, hi = _VAGUE[re.sub(r"\s+of$", "", " ".join(w.split()))]
            out.append(Number(m.start(), m.end(), m.start(), lo, hi, Qualifier.RANGE, Kind.VAGUE, m.group(0)))
        elif m.group("half"):
            v = SCALES[m.group("hscale").lower()] / 2
            out.append(Number(m.start(), m.end(), m.start(), v, None, Qualifier.EXACT, Kind.COUNT, m.group(0)))
        elif m.group("fnum2"):
            out.append(Number(m.start(), m.end(), m.start(), 0.5, None, Qualifier.EXACT, Kind.FRACTION, m.group(0)))
        else:
            num = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "half": 1, "almost half": 1}.get(m.group("fnum").lower(), 1)
            den = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}[m.group("fden").lower()]
            out.append(Number(m.start(), m.end(), m.start(), num / den, None, Qualifier.EXACT, Kind.FRACTION, m.group(0)))
    out.sort(key=lambda n: n.start)
    return out


_VAGUE = {"dozens": (12, 120), "dozens of": (12, 120), "hundreds": (100, 1000), "thousands": (1000, 10000),
          "tens of thousands": (10000, 100000), "hundreds of thousands": (100000, 1000000),
          "millions": (1000000, 10000000), "tens of millions": (10000000, 100000000),
          "hundreds of millions": (100000000, 1000000000), "billions": (1e9, 1e10)}
_EXTRA_RE = re.compile(
    r"(?<![\w-])(?:(?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|hundreds|thousands|millions|billions)(?=\s+of\b)"
    r"|(?P<half>half\s+a\s+(?P<hscale>million|billion|dozen))"
    r"|(?P<fnum>a|an|one|two|three)[\s-]+(?P<fden>half|halves|thirds?|quarters?|fifths?)(?=\s+of\b)"
    r"|(?P<fnum2>[Hh]alf)(?=\s+(?:the|of|a|an)\b)(?P<fden2>))",
)
