"""Normalise organisation, group and person names through a data table.

Wire copy spells one group many ways (Daesh, IS, ISIS, ISIL); claims must
agree on one name or dedup cannot merge them.  The table is data
(``data/aliases.json``) so that a new spelling is a one-line data change.

    >>> normalise("Daesh"), normalise("Russian MoD"), normalise("the Jabhat Fatah al Shal")
    ('Islamic State', 'Russian Defense Ministry', 'Jabhat al-Nusra')
"""
from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from pipeline.extract.trie import trie_pattern

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
ALIASES_PATH = DATA_DIR / "aliases.json"


_WORDS = re.compile(r"[\w.]+?(?=[\s'’,;:!?()\"“”-]|\.(?:\s|$)|$)|[\w]+")


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    canonical: str
    kind: str


_THE = re.compile(r"^(?:the)\s+", re.I)
_POSS = re.compile(r"'s?$")


@functools.lru_cache(maxsize=8192)
def _key(name: str) -> str:
    name = name.replace("’", "'").strip()
    name = _THE.sub("", name)
    name = _POSS.sub("", name)
    return " ".join(name.split()).lower()


class AliasTable:
    """Canonical names keyed by alias. All-caps aliases ("IS", "WHO") match case-sensitively."""

    def __init__(self, entities: list[dict]):
        self.kind: dict[str, str] = {}
        self._ci: dict[str, str] = {}
        self._cs: dict[str, str] = {}
        ci_alts, cs_alts = [], []
        for ent in entities:
            canonical, kind = ent["canonical"], ent.get("kind", "org")
            self.kind[canonical] = kind
            for alias in [canonical, *ent.get("aliases", [])]:
                if re.fullmatch(r"[A-Z.]{2,6}", alias):
                    self._cs[alias] = canonical
                    cs_alts.append(alias)
                else:
                    self._ci[_key(alias)] = canonical
                    ci_alts.append(alias)
        ci = trie_pattern(set(ci_alts))
        cs = trie_pattern(set(cs_alts), fold_case=False)
        self._ci_re = re.compile(rf"(?<![\w-])(?:{ci})(?![\w-])", re.I)
        # Cheap gates: the first word of every alias; a text holding none of them needs no regex pass.
        self._ci_first = {re.split(r"[\s'’-]+", a.lower())[0] for a in ci_alts}
        self._cs_set = set(cs_alts)
        self._cs_re = re.compile(rf"(?<![\w-])(?:{cs})(?![\w-])")
        self._found: dict[str, tuple] = {}

    def lookup(self, name: str) -> Optional[str]:
        """Canonical name for exactly this alias, or None."""
        if name is None:
            return None
        stripped = re.sub(r"['’]s?$", "", name.strip())
        if stripped in self._cs:
            return self._cs[stripped]
        return self._ci.get(_key(name))

    def normalise(self, name: str) -> str:
        """Canonical name if known, else the name tidied (no article, no possessive)."""
        hit = self.lookup(name)
        if hit:
            return hit
        name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
        name = re.sub(r"['’]s?$", "", name)
        return " ".join(name.split())

    def find(self, text: str) -> list[Entity]:
        """Non-overlapping known names in ``text``, longest first."""
        # The same sentence is looked at by several rules (numbers, attribution, actors): memoised per table.
        hit = self._found.get(text)
        if hit is None:
            if len(self._found) > 256:
                self._found.clear()
            hit = self._found[text] = tuple(self._find(text))
        return list(hit)

    def forget(self) -> None:
        """Drop the memo (once per article: it saves work within one article, not across articles)."""
        self._found.clear()

    def _find(self, text: str) -> list[Entity]:
        hits = []
        words = set(_WORDS.findall(text))
        passes = []
        if {w.lower() for w in words} & self._ci_first:
            passes.append((self._ci_re, None))
        if words & self._cs_set or "." in text and any(a in text for a in self._cs_set if "." in a):
            passes.append((self._cs_re, self._cs))
        for rx, table in passes:
            for m in rx.finditer(text):
                canonical = table[m.group(0)] if table is not None else self._ci.get(_key(m.group(0)))
                if canonical:
                    hits.append(Entity(m.start(), m.end(), canonical, self.kind.get(canonical, "org")))
        hits.sort(key=lambda e: (e.start, -(e.end - e.start)))
        out, until = [], -1
        for e in hits:
            if e.start >= until:
                out.append(e)
                until = e.end
        return out


@functools.lru_cache(maxsize=4)
def load_table(path: str = str(ALIASES_PATH)) -> AliasTable:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    return AliasTable(data["entities"])


def normalise(name: str) -> str:
    return load_table().normalise(name)


def find_entities(text: str) -> list[Entity]:
    return load_table().find(text)
