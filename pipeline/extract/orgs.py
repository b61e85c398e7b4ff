"""The organisations an article names in full, to complete the short forms its sources are cited by.

Wire copy names a body once in full ("the State Emergency Service of Ukraine (SES)", "Indonesia's National
Search and Rescue Agency") and then cites it short ("SES said", "the agency said", "according to the
Department").  The attribution rules read one sentence at a time and return those short forms; this module
reads the whole article once and maps a short form back to the full name:

    >>> reg = OrgRegistry.from_text("The State Emergency Service of Ukraine (SES) said two people died. "
    ...                             "Five were injured, SES said.")
    >>> reg.complete("SES", 70), reg.complete("State Emergency Service", 70)
    ('State Emergency Service of Ukraine', 'State Emergency Service of Ukraine')
    >>> reg.complete("Police", 70)
    'Police'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Optional

from pipeline.extract.aliases import load_table
from pipeline.extract.attribution import TITLES, _demonyms, _is_place
from pipeline.extract.trie import trie_pattern

_HEAD = (r"(?:Agency|Department|Service|Services|Command|Commission|Headquarters|Cent(?:er|re)|Ministry|Authority|Office|"
         r"Police|Committee|Staff|Forces|Army|Guard|Council|Directorate|Bureau|Secretariat|Administration|Institute|"
         r"Organi[sz]ation|Observatory|Network|Alliance|Front|Brigade|Corps|Unit|Board|Team|Mission|Programme|Program|"
         r"Protection|Prevention|Safety|Security|Management|Relief|Force|Police Force|Charity|Monitor|Watchdog|"
         r"Coordination|Park|Coalition)")
_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’-]*)"
_LINK = r"(?:of|for|and|on|de|del) +(?:the +)?"
# "National Search and Rescue Agency", "General Staff of the Armed Forces of Ukraine",
# "Russian Center for Reconciliation of the Warring Parties in Syria": capitalised words joined by of/for/and/on,
# with an organisation head word somewhere, and an "of/in <Place>" tail when it follows the head.
_FULL = re.compile(rf"(?<![\w'’-])(?:{_CAP} +(?:{_LINK})?)*{_CAP}(?: +(?:{_LINK}|in +){_CAP}(?: +{_CAP})*)*")
_ACRONYM = re.compile(rf"(?P<name>(?:{_CAP} +(?:{_LINK}|in +)?)+{_CAP}) *\((?P<acr>[A-Z][A-Za-z]{{1,7}})\)")
_LEAD = re.compile(r"^(?:The|A|An|According|In|On|At|By|From|For|With|And|But|Meanwhile|Separately|Earlier|Later|"
                   r"Also|Its|His|Her|Their|Both|Local|Officials|Police said)\s+")
_HEAD_RE = re.compile(rf"\b{_HEAD}\b")
_ENDS_AS_ORG = re.compile(rf"\b{_HEAD}(?: +(?:of|for|in|on) +(?:the +)?{_CAP}(?: +(?:{_LINK}|in +)?{_CAP}){{0,5}})?$")
_PERSON_TITLE = re.compile(r"\b(?:Superintendent|Minister|Chief|Commissioner|Director|President|Spokes(?:man|woman|person)|"
                           r"Secretary|Governor|Mayor|Head|Chairman|Inspector|Colonel|Captain|Sheriff)\b")
_POSSESSOR = re.compile(r"^([A-Z][\w-]*(?: [A-Z][\w-]*)?)['’]s +")

_TITLE_AFTER = re.compile(rf" +(?:{TITLES}) +[A-Z]")
_NAME_THEN_VERB = re.compile(r"^((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*(?:\s+(?:forces|police|army|military|troops|officials|"
                             r"authorities))?)\s+(?:also\s+)?(?:[a-z]+ed|said|told|has|had|have|was|were)\s+\S.*$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


_PLACE_OWNED = re.compile(r"^([A-Z][\w-]*(?:\s+(?:de\s+|do\s+|da\s+)?[A-Z][\w-]*){0,3})['’]s\s+([A-Z].*)$")
_NEWS_AGENCY = re.compile(r"^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+(?:news agency|news service|records|data|figures)$")
_PRESS_OFFICE = re.compile(r"^(.+?)(?:['’]s)?\s+(?:Public\s+Relations|Press|(?<!Government\s)Media|Information|Communications?)\s+"
                           r"(?:Cent(?:er|re)|Service|Office|Department|Unit|Directorate)$")
_ANAPHORIC = {"agency", "service", "department", "committee", "commission", "office", "authority", "headquarters",
              "bureau", "directorate", "command", "force", "secretariat", "charity", "organization", "organisation",
              "monitor", "watchdog"}
_DATELINE_WORDS = {"AP", "AFP", "Reuters", "TASS", "Xinhua", "EFE", "PTI", "Kyodo", "Yonhap", "AA", "IRNA", "dpa",
                   "UNIAN", "Interfax", "BBC", "Ukrinform", "WAFA", "Anadolu"}


def _words(s: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", s.lower())


# "Rescuers of the Ministry of Emergency Situations", "Officers of Russia's Federal Security Service": the body
_MEMBERS_OF = re.compile(r"^(?:Rescuers|Officers|Teams?|Units?|Members|Personnel|Staff|Troops|Soldiers|Employees|Agents|"
                         r"Investigators|Operatives|Officials|Experts|Doctors|Medics|Firefighters|Servicemen|Fighters)\s+"
                         r"(?:of|from)\s+(?:the\s+)?")


def _trim(name: str) -> str:
    name = name.strip(" ,.;:")
    name = _MEMBERS_OF.sub("", name)
    name = re.sub(r"\s+on\s+(?:Facebook|Telegram|Twitter|X|Instagram|YouTube)$", "", name)  # where it posted, not its name
    name = re.sub(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", "", name)  # when it said so
    while True:
        m = _LEAD.match(name)
        if not m:
            break
        name = name[m.end():]
    # a dateline or an agency tag glued before the name: "KYIV, Nov 3 (Reuters) - The ..." is cut before here
    pm = _POSSESSOR.match(name)
    if pm and _is_place(pm.group(1)):
        name = name[pm.end():]  # "Russia's Federal Security Service": the country is not part of the name
    cut = _TITLE_AFTER.search(name)  # "Ministry of Disaster Management Mullah Janan Sayeq": a titled person follows
    return name[:cut.start()].strip(" ,.;:") if cut else name.strip(" ,.;:")


# "central China's Henan Province", "the southern Kherson region", "Kaduna state": the subdivisions an article names,
# to qualify "the provincial flood control headquarters" -> "Henan Provincial Flood Control Headquarters".
_SUBDIVISION = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,2}[A-Z][\w'’-]*)\s+(Province|province|Region|region|Oblast|oblast|"
                          r"State|state|County|county|Prefecture|prefecture|District|district|city|City)\b(?!\s+(?:of|for)\b)|"
                          r"\bthe\s+(?:[a-z]+\s+)?(?:[A-Z][a-z]+\s+)?(city|region|province|state)\s+of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_SUBDIVISION_KIND = {"provincial": ("province",), "regional": ("region", "oblast"), "state": ("state",),
                     "county": ("county",), "prefectural": ("prefecture",), "district": ("district",),
                     "city": ("city",), "municipal": ("city", "municipality")}


@functools.lru_cache(maxsize=1)
def _subnational_re() -> re.Pattern:
    """Places the gazetteer knows below a country ("Manipur", "Ishikawa", "Lower Austria", "Madrid")."""
    import json
    from pipeline.extract.aliases import DATA_DIR
    d = json.load(open(DATA_DIR / "places.json", encoding="utf-8"))
    names = [n for n in d["cities"] if n not in d["places"]]
    return re.compile(rf"(?<![\w-])(?:{trie_pattern(names, fold_case=False)})(?![\w-])")


# "Moscow police", "Sistan and Baluchestan province's police": a force the article names by its place.
_NAMED_POLICE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,2}[A-Z][\w'’-]*)(?:['’]s)?\s+[Pp]olice\b(?!\s+(?:[A-Z]|chief|officers?|stations?))")
# "Police in Frankfurt detained ...", "Kebbi state police spokesman": the place's force (a district's or province's
# police stays "police", as the independent annotators cite it)
_POLICE_IN = re.compile(r"\b[Pp]olice\s+in\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})(?=[\s,.;])(?!\s+(?:[Pp]rovince|[Rr]egion|[Ss]tate|"
                        r"[Cc]ounty|[Dd]istrict|[Cc]ity)\b)")
_STATE_POLICE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+(?:and\s+)?){0,2}[A-Z][\w'’-]*)\s+([Ss]tate)\s+[Pp]olice\b")
_ROLE_WORDS = {"chief", "director", "head", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
               "deputy", "senior", "general", "secretary", "commissioner", "commander", "officer", "president", "prime",
               "vice", "acting", "former", "local", "regional", "provincial", "state", "national", "told", "reporters"}
_APPOSED_NAME = re.compile(r"\b(?P<head>agency|service)\s*(?:,\s*|\()(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3})(?:,|\))")
_LED_BODY = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’]*-led\s+(?:coalition|alliance|mission|force|forces)\b")
# "the county's emergency management bureau": the county's body, named with the county ("Jiulong County ...")
_KIND_OWNED = re.compile(r"^(?:the\s+)?(county|state|province|city|region|prefecture|district)['’]s\s+([a-z][a-z -]*[a-z])$", re.I)
_KIND_ADJ = {"county": "county", "state": "state", "province": "provincial", "city": "city", "region": "regional",
             "prefecture": "prefectural", "district": "district"}
_LOCAL_BODY = re.compile(r"^(provincial|regional|state|county|prefectural|district|city|municipal)\s+(?=\S)", re.I)
_DATELINE_CITY = re.compile(r"^\s*([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?)\s*(?:,|\(|\s+-)")


@dataclass
class OrgRegistry:
    """Full organisation names of one article, with where each is first named, and its acronyms."""

    names: list[tuple[int, str]] = field(default_factory=list)  # (position, full name), in text order
    acronyms: dict[str, str] = field(default_factory=dict)
    defined: dict[str, int] = field(default_factory=dict)  # full name -> where its acronym was defined
    subdivisions: list[tuple[int, str, str]] = field(default_factory=list)  # (position, kind, name)
    forces: list[tuple[int, str]] = field(default_factory=list)  # "Moscow police", "Sistan and Baluchestan police"
    appositions: dict[str, str] = field(default_factory=dict)  # "service" -> "Salvamento Maritimo" ("rescue service, S. M.,")
    text: str = ""

    @classmethod
    def from_text(cls, text: str) -> "OrgRegistry":
        reg = cls(text=text)
        dl = _DATELINE_CITY.match(text)
        if dl and dl.group(1).upper() not in _DATELINE_WORDS:  # "ISTANBUL (AA) -": the city's police department
            reg.subdivisions.append((0, "city", dl.group(1).title() if dl.group(1).isupper() else dl.group(1)))
        low = text.lower()
        subdivided = any(w in low for w in ("province", "region", "oblast", "state", "county", "prefecture", "district",
                                            "city"))
        for m in (_SUBDIVISION.finditer(text) if subdivided else ()):
            if m.group(3):  # "the city of Kurashiki", "the neighboring Spanish region of Galicia"
                reg.subdivisions.append((m.start(), m.group(3), m.group(4)))
                continue
            name = re.split(r"['’]s\s+", _trim(m.group(1)))[-1]  # "Papua New Guinea's Enga province": Enga
            if name[:1].isupper() and name not in ("The", "A", "An", "This", "That", "Its", "Their", "Each", "Every")\
                    and not _is_place(name + " " + m.group(2)) and name.split()[-1] not in ("Islamic", "Free", "Shan"):
                reg.subdivisions.append((m.start(), m.group(2).lower(), name))
        reg.subdivisions.sort()
        for m in (_NAMED_POLICE.finditer(text) if "police" in low else ()):
            place = _trim(m.group(1))
            if not place or place.split()[0] in ("The", "A", "An", "Local", "Traffic", "Riot", "Military", "Secret"):
                continue
            if _is_place(place) or any(n == place for _, _, n in reg.subdivisions):
                reg.forces.append((m.start(), f"{place} police"))
            elif m.group(0).endswith("Police") and " " in m.group(0).strip() and not re.search(r"['’]s\s", m.group(0)):
                reg.forces.append((m.start(), f"{place} Police"))  # "Jammu and Kashmir Police": a force's own name
            elif place in _demonyms().values():
                reg.forces.append((m.start(), f"{place} police"))  # "Hungarian police arrested four men"
        for m in (_POLICE_IN.finditer(text) if "olice in " in text else ()):
            if _is_place(m.group(1)) or any(n == m.group(1) for _, _, n in reg.subdivisions) or m.start() < 200:
                reg.forces.append((m.start(), f"{m.group(1)} police"))
        for m in (_STATE_POLICE.finditer(text) if "olice" in text else ()):
            place = _trim(m.group(1))
            if place and place.split()[0] not in ("The", "A", "An", "Local", "Federal", "National"):
                reg.forces.append((m.start(), f"{place} {m.group(2).capitalize()} Police"))
        reg.forces.sort()
        if "(" in text:
            for m in _ACRONYM.finditer(text):
                name = _trim(m.group("name"))
                acr = m.group("acr")
                initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name)).upper()
                if name.isupper() or acr in _DATELINE_WORDS or not (_HEAD_RE.search(name) or initials == acr.upper()):
                    continue  # "HONG KONG (AFP)", "Ukrinform (UNIAN)"; "Medecins Sans Frontieres (MSF)" is a name
                if acr.upper()[0] not in initials and not _HEAD_RE.search(name):
                    continue  # a body's acronym in its own language ("National Disaster Mitigation Agency (BNPB)") is kept
                reg.acronyms.setdefault(acr, name)
                reg.acronyms.setdefault(acr.upper(), name)
                reg.defined.setdefault(name, m.start())
        seen: set[str] = set()
        for m in _FULL.finditer(text):
            name = _trim(m.group(0))
            if len(name.split()) < 2 or not _ENDS_AS_ORG.search(name) or _PERSON_TITLE.search(name) or name in seen:
                continue
            # cut a trailing "in <Place>" that is not part of a name: "the Health Ministry in Gaza" stays short
            name = re.sub(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$", "", name) \
                if not re.search(r"\b(?:of|for)\b", name.split(" in ")[0]) else name
            if name.split()[0] in _DATELINE_WORDS:
                continue
            seen.add(name)
            reg.names.append((m.start(), name))
        # "the Saudi-led coalition", "the U.S.-led coalition": cited later as "the coalition"
        for m in (_LED_BODY.finditer(text) if "-led " in text else ()):
            reg.names.append((m.start(), m.group(0)))
        reg.names.sort()
        # "Spain's maritime rescue service, Salvamento Maritimo, rescued ...": "the agency" / "the service" later is that name
        for m in (_APPOSED_NAME.finditer(text) if "," in text or "(" in text else ()):
            for head in ("agency", "service"):  # cited as either
                reg.appositions.setdefault(head, m.group("name"))
        # "Kebbi state police" named in full elsewhere as "Niger State Police Command": the full name
        reg.forces = [(at, next((n for _, n in reg.names if n.lower().startswith(force.lower() + " ")), force))
                      for at, force in reg.forces]
        return reg

    def _named(self, phrase: str) -> bool:
        return any(phrase.lower() in n.lower() for _, n in self.names)

    def complete(self, claimant: Optional[str], pos: int) -> Optional[str]:
        """The full name of the organisation ``claimant`` cites short, or ``claimant`` unchanged."""
        full = self._complete(claimant, pos)
        owned = _PLACE_OWNED.match(full or "")
        if owned and _is_place(owned.group(1)):
            full = f"{owned.group(1)} {owned.group(2)}"  # "Rio de Janeiro's Military Police" -> "Rio de Janeiro Military Police"
        verb = _NAME_THEN_VERB.match(full or "")
        if verb:
            full = verb.group(1)  # "Investigative Committee opened a criminal case into ...": the name before the verb
        if full and _NEWS_AGENCY.match(full):
            full = _NEWS_AGENCY.match(full).group(1)  # "Saba news agency", "Kyodo News records": the agency
        press = _PRESS_OFFICE.match(full or "")
        if press:  # "the FSB Public Relations Center" speaks for the FSB
            return self.acronyms.get(press.group(1), press.group(1))
        if (full or "").lower() == "health department":
            # "the health department said" in a story about Karnataka: the state's (a nation has a health ministry)
            place = self._subdivision(("state",), pos) or self._place_below_country(pos)
            if place:
                return f"{place} Health Department"
        owned = _KIND_OWNED.match(full or "")
        if owned and _HEAD_RE.search(owned.group(2).title()):
            local = self._local(f"{_KIND_ADJ[owned.group(1).lower()]} {owned.group(2)}".title(), pos)
            if local and not _LOCAL_BODY.match(local):
                self.names.append((pos, local))  # "the bureau" later is this one
                self.names.sort()
                return local
        return self._local(full, pos)

    def body_of_role(self, role: Optional[str]) -> Optional[str]:
        """The one body the article names whose name holds the role's noun: "chief coroner" -> "BC Coroners Service",
        "park director" -> "Kaziranga National Park"."""
        nouns = [w for w in (role or "").lower().split() if w not in _ROLE_WORDS and len(w) > 3]
        if not nouns:
            return None
        hits = {n for _, n in self.names if any(re.search(rf"\b{re.escape(w)}(?:s|es)?\b", n.lower()) for w in nouns)}
        return hits.pop() if len(hits) == 1 else None

    def _subdivision(self, kinds: tuple, pos: int) -> Optional[str]:
        """The subdivision of one of ``kinds`` the article named last before ``pos`` (else first after it)."""
        before = [(at, n) for at, k, n in self.subdivisions if k in kinds and at <= pos]
        after = [(at, n) for at, k, n in self.subdivisions if k in kinds and at > pos]
        return before[-1][1] if before else (after[0][1] if after else None)

    def _place_below_country(self, pos: int) -> Optional[str]:
        """The last place below a country named before ``pos`` ("the province of Lower Austria", "Manipur")."""
        named = [(at, n) for at, k, n in self.subdivisions if k != "city" and at <= pos] + \
            [(m.start(), m.group(0)) for m in _subnational_re().finditer(self.text, 0, pos)]
        return max(named)[1] if named else None

    def _local(self, name: Optional[str], pos: int) -> Optional[str]:
        """ "the provincial flood control headquarters" after "Henan Province" is Henan's: a regional body takes the
        name of the subdivision of its kind the article named last before the figure (else first after it)."""
        if name in ("Prefecture", "prefecture"):
            name = "prefectural government"  # "according to the prefecture": its government
        m = _LOCAL_BODY.match(name or "")
        if not m or re.search(r"\bof\s+(?:the\s+)?[A-Z]", name):
            return name  # "Municipal Corporation of Delhi" names its place already
        kinds = _SUBDIVISION_KIND[m.group(1).lower()]
        if (m.group(1).lower() == "state" and not re.search(r"\bstate\s+(?i:" + re.escape(name[m.end():].split()[0]) + r")\b", self.text)
                and not (any(k == "state" for _, k, _n in self.subdivisions)
                         and re.search(r"(?:Agency|Authority|Department|Secretariat|Police|Government|Command)$", name))):
            return name  # "State Emergency Service" is a national body; "the state health department" a state's, and
            # so is a "State ..." body in a story that names its state ("Kerala state", "the state of Missouri")
        place = self._subdivision(kinds, pos)
        of_kind = place is not None
        if place is None and (_HEAD_RE.search(name.title()) or re.search(r"\bgovernment\b", name, re.I)) \
                and not re.search(r"\bofficials?$", name, re.I):
            place = self._place_below_country(pos)
        if place is None:
            return name
        word = name[m.end():].split()[0]
        if m.group(1).lower() == "city" and re.match(r"police\b", name[m.end():], re.I):
            return f"{place} {name[m.end():]}"  # "the city's police department" in Istanbul: Istanbul Police Department
        if m.group(1).lower() == "state" and re.search(r"\bstate\s+(?i:" + re.escape(word) + r")\b", self.text):
            if of_kind and word.lower() == "government":
                return f"{place} state government"  # "Zamfara state ... the state government": as it names the state
            return f"{place} {name[m.end():]}"  # "the state Disaster Management Department", "the state government":
            # Andhra Pradesh's, Manipur's ("State" capitalised is part of a name: "Kerala State Disaster Management
            # Authority")
        return f"{place} {name}"

    def _complete(self, claimant: Optional[str], pos: int) -> Optional[str]:
        if not claimant:
            return claimant
        if claimant.lower() == "police" and self.forces:
            # "police said" after "Moscow police detained ...": the force the article named
            before = [n for at, n in self.forces if at <= pos]
            if before:
                return before[-1]
            if len({n for _, n in self.forces}) == 1 and self.forces[0][1].split()[0] not in _demonyms().values():
                return self.forces[0][1]  # "police said ... Moscow police": the one place's force; "French police" named
                # after a figure may be another country's force
        if claimant in self.acronyms:
            return self.acronyms[claimant]
        if re.fullmatch(r"[A-Z]{2,6}", claimant):
            # "the State Emergency Service reported ... SES spokeswoman Svitlana Vovk said": initials of a full name
            by_initials = [n for _, n in self.names if _initials(n) == claimant]
            if len(set(by_initials)) == 1:
                return by_initials[0]
        short = _words(claimant)
        if not short or not _HEAD_RE.search(claimant.title()):
            return claimant
        if " " in claimant and load_table().lookup(claimant) == claimant:
            return claimant  # a canonical name from the alias table ("Ukrainian Air Force") is not a description
        if len(short) == 1 and short[0] in self.appositions:
            return self.appositions[short[0]]  # "Spain's maritime rescue service, Salvamento Maritimo, ... the agency"
        if short[-1] in _ANAPHORIC and not any(short[-1] in _words(n) for _, n in self.names) and (
                len(short) == 1 or claimant == claimant.title() and not self._named(claimant)):
            # "the agency", "the medical charity", "the disaster agency": a description, not a name
            # "The Security Service of Ukraine (SBU) detained 14 ... the agency said": the one body named in full
            defined = {n for n, at in self.defined.items() if at <= pos}  # a body given an acronym is the protagonist
            named = defined if defined else {n for at, n in self.names if at <= pos}
            return named.pop() if len(named) == 1 else claimant
        n = len(short)
        best: Optional[tuple[int, str]] = None
        for at, name in self.names:
            full = _words(name)
            if len(full) <= n or full == short:
                continue
            if not any(full[i:i + n] == short for i in range(len(full) - n + 1)):
                continue
            # the latest full name named before the mention, else the first one after it
            key = (0, -at) if at <= pos else (1, at)
            if best is None or key < best[0]:
                best = (key, name)
        return best[1] if best else claimant
