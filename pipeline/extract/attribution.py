"""Who makes a claim: the claimant (organisation or person) and the speaker.

"Maj. Gen. Igor Konashenkov, the ministry's spokesman, said" gives speaker
Igor Konashenkov and, through the article's memory of which organisation he
speaks for, claimant Russian Defense Ministry.  Rules over reporting verbs
("said", "told", "according to"); names go through the alias table.

    >>> mem = Memory()
    >>> a = parse_source("Russian Defense Ministry's spokesman Maj. Gen. Igor Konashenkov", mem)
    >>> (a.claimant, a.speaker)
    ('Russian Defense Ministry', 'Igor Konashenkov')
    >>> b = parse_source("Konashenkov", mem)
    >>> (b.claimant, b.speaker)
    ('Russian Defense Ministry', 'Igor Konashenkov')
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from pipeline.extract.aliases import load_table
from pipeline.extract.text import ABBREVIATIONS
from pipeline.extract.trie import trie_pattern

logger = logging.getLogger(__name__)

TITLES = (r"(?:(?:Senior\s+|Deputy\s+|Additional\s+)?Superintendent\s+of\s+Police|(?:Inspector|Director)\s+General\s+of\s+Police|"
          r"District\s+Magistrate|Deputy\s+Commissioner|(?:Rear|Vice)\s+Adm(?:iral|\.)|Chief\s+of\s+(?:the\s+)?(?:General\s+)?Staff|(?:Lieutenant|Major|Colonel|Brigadier)-General|Maj(?:or)?\.?\s+Gen(?:eral)?\.?|Lt\.?\s+Gen\.?|Lieutenant\s+General|Lt\.?\s+Col\.?|Lieutenant\s+Colonel|"
          r"Brig\.?\s+Gen\.?|Brigadier(?:\s+General)?|Gen\.|(?<!Directorate\s)(?<!Secretariat\s)General(?!\s+(?:Staff|of|Command|Directorate|Secretariat|Assembly|Hospital)\b)|Col\.|Colonel|Capt\.|Captain|Maj\.|Major|Sgt\.|Sergeant|Lt\.|"
          r"Lieutenant|Adm\.|Admiral|Cmdr\.|Commander|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Professor|President|Vice\s+President|"
          r"Prime\s+Minister|Deputy\s+Minister|Minister|Defen[cs]e\s+Minister|Health\s+Minister|Interior\s+Minister|Foreign\s+Minister|Governor|Gov\.|Mayor|"
          r"Chief|Police\s+Chief|Spokesman|Spokeswoman|Senator|Sen\.|Rep\.|Sheikh|Ambassador|Director(?:-General)?|Secretary(?:-General)?|"
          r"Inspector|Superintendent|Supt\.|IGP|DGP|ADGP|DIG|SSP|DSP|(?:Assistant\s+|Deputy\s+)?Commissioner|Judge|Prosecutor|Pope|King|Queen|Prince|Sheriff|Mullah|Maulvi|Father)")
ORG_WORDS = re.compile(
    r"\b(?:ministry|ministries|police|department|agency|organi[sz]ation|forces?|army|military|guards?|coastguard|office|council|"
    r"committee|service|command|government|observatory|authority|authorities|commission|administration|"
    r"institute|center|centre|bureau|directorate|cross|crescent|union|network|group|front|brigade|"
    r"hospital|officials?|spokes(?:man|woman|person)|emergency|rescue|defen[cs]e|ngo|charity|fund|programme|program|"
    r"mission|coalition|alliance|secretariat|prosecutors?|court|media|outlet|agency|news|tv|television|radio|newspaper|"
    r"sources?|monitor|watchdog|team|unit|services|workers|medics|doctors|witnesses|residents|activists|officers|troops|"
    r"county|province|prefecture|governorate|gendarmerie|municipality|sheriff|sheriff's office|state|city|district|region|junta|"
    r"consortium|corps|association|federation|foundation|society|general staff|headquarters|fire station|station)\b",
    re.I,
)
ROLE = re.compile(r"\b(?:spokes(?:man|woman|person)|official|head|chief|director|minister|commander|officer|"
                  r"representative|secretary|governor|mayor|coordinator|chairman|chairwoman|president|leader|"
                  r"press secretary|press officer|envoy|deputy)s?\b", re.I)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "the ministry", "the agency", "the group", "the statement",
            "the report", "the military", "the army", "police", "officials"}
REPORT_VERB_LIST = [
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "reported", "reports", "announced",
    "announces", "stated", "states", "claimed", "claims", "confirmed", "confirms", "estimated", "estimates", "wrote",
    "writes", "tweeted", "posted", "pointed out", "explained", "declared", "insisted", "stressed", "emphasised",
    "emphasized", "underlined", "indicated", "specified", "clarified", "revealed", "disclosed", "informed", "briefed",
    "quoted", "cited", "counted", "put the number", "put the toll", "puts the number", "puts the toll", "put the death toll", "put its toll",
    "put the overall toll", "put the official toll", "put the province's toll", "put the state's toll", "put the country's toll",
    "put the region's toll", "put the city's toll", "put the turnout", "put the crowd", "estimated the crowd",
    "put attendance", "said in a statement", "wrote on", "reported on", "showed", "show",
]
REPORT_VERBS = trie_pattern(REPORT_VERB_LIST)
_NAME = r"(?:(?:[A-Z]\.){1,3}\s?(?=[A-Z][a-z]))?[A-ZÀ-Þ][a-zA-ZÀ-ÖØ-öø-ÿ'’\-]+(?:\s+(?:al-|el-|bin\s+|ibn\s+|de\s+|van\s+|von\s+|da\s+|dos\s+)?[A-ZÀ-Þ][a-zA-ZÀ-ÖØ-öø-ÿ'’\-]+){0,3}"
_NAME_RE = re.compile(_NAME)
_TITLES_RE = re.compile(TITLES + r"(?=\s|$)")
_TITLED_NAME = re.compile(rf"(?:{TITLES}\s+)*{_NAME}")
_TITLED_NAME_END = re.compile(rf"(?:^|[,;\"”\x00]\s*)((?:{TITLES}\s+)*{_NAME})\s*$")
_PERSON = re.compile(rf"(?:(?:{TITLES})\s+)*(?P<name>{_NAME})")
_GENERIC = re.compile(r"^(?:officials?|sources?|witnesses|eyewitnesses|residents|activists|medics|doctors|rescuers|rescue workers|"
                      r"survivors|relatives|families|parents|villagers|locals|organizers|organisers|"
                      r"security sources|a source|a security source|an official|local officials|a local official|authorities|"
                      r"local authorities|state media|state television|state tv|emergency services|organizers|organisers|"
                      r"firefighters|hospital officials|health officials|military officials|police officials|"
                      r"the statement|a statement|the report|a report|a spokesman|a spokeswoman)$", re.I)


@dataclass
class Attribution:
    claimant: str
    speaker: Optional[str] = None


@dataclass
class Memory:
    """What an article has said so far about who speaks for whom."""

    persons: dict[str, Optional[str]] = field(default_factory=dict)  # full name -> org
    orgs: list[str] = field(default_factory=list)  # most recent last
    last: Optional[Attribution] = None
    document: Optional[Attribution] = None  # the latest source cited through its report or statement
    unnamed_role: Optional[str] = None  # the body of a role cited without a name ("the provincial police chief")
    roles: dict[str, str] = field(default_factory=dict)  # speaker -> role words ("chief coroner"), when no body is named
    acronyms: dict[str, str] = field(default_factory=dict)  # "INM" -> "National Migration Institute"
    titles: dict[str, str] = field(default_factory=dict)  # "governor" -> "Andy Beshear"
    following: str = ""  # the next paragraph's text, where a described source may be named

    def remember_org(self, org: str) -> None:
        if org in self.orgs:
            self.orgs.remove(org)
        self.orgs.append(org)

    def person(self, token: str) -> Optional[str]:
        for full in reversed(list(self.persons)):
            if full == token or full.split()[-1] == token or (" " in token and full.endswith(" " + token)):
                return full
        return None

    def org_for(self, head: str) -> Optional[str]:
        """Resolve "the ministry" to the latest known organisation named with that head word."""
        head = head.lower()
        for org in reversed(self.orgs):
            if head in org.lower():
                return org
        if head in ("agency", "organization", "organisation", "group", "service", "office", "body"):
            return self.orgs[-1] if self.orgs else None  # "the agency" = the organisation last named
        return None


def _titlecase(phrase: str) -> str:
    return " ".join(w if (w[:1].isupper() or w.lower() in ("of", "for", "and", "the")) else w.capitalize()
                    for w in phrase.split())


_LEAD_CONJ = re.compile(r"^(?:and|but|while|as|so|then)\s+", re.I)
_TRAILING_WHEN = re.compile(r"\s+(?:on|late on|early on|in|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                            r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|a statement|a briefing|an interview)\b.*$")
_ON_MEDIA = re.compile(r"\s+(?:on|via|in\s+a\s+post\s+on)\s+(?:its\s+|their\s+|the\s+)?(?:official\s+)?(?:Facebook|Telegram|Twitter|"
                       r"X|Instagram|website|social\s+media)(?:\s+(?:page|channel|account))?$")
_TRAILING_ADVERB = re.compile(r"\s+(?:also|later|earlier|previously|separately|further|again|then)$", re.I)
_BY_PHONE = re.compile(r"\s+(?:reached|contacted|interviewed|quoted)\s+by\s+(?:tele)?phone$", re.I)
_DATA_BY = re.compile(r"^(?:the\s+|an?\s+)?(?:[a-z]+\s+){0,2}?(?:data|figures|statistics|records|numbers|estimates|assessment|"
                      r"tally|count|survey)\s+(?:(?:compiled|released|published|provided|collected|gathered|issued|made|carried\s+out)\s+"
                      r"by|from|by)\s+", re.I)
_TEAMS_OF = re.compile(r"^(?:the\s+)?(?:teams?|units?|members?|personnel|crews?|squads?|rescuers|firefighters|officers|soldiers|"
                       r"troops|staff|experts|doctors|medics)\s+(?:of|from)\s+(?=(?:the\s+)?[A-Z])", re.I)
_RUN_BY = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w.-]*-(?:run|led|linked|affiliated|allied|backed|controlled|aligned|based|funded|"
                     r"supported|sponsored)\s+(?=[A-Z])")
_PRESS_OFFICE = re.compile(r"^((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*?)(?:['’]s)?\s+(?:[Pp]ublic\s+[Rr]elations|[Pp]ress|"
                           r"(?<!Government\s)[Mm]edia|"  # Gaza's "Government Media Office" is a body of its own
                           r"[Ii]nformation|[Cc]ommunications?)\s+(?:[Cc]ent(?:er|re)|[Ss]ervice|[Oo]ffice|[Dd]epartment|[Uu]nit|[Dd]irectorate)$")
_ISSUED_BY = re.compile(r"^(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:statement|report|communique|bulletin|update),?\s+(?:issued|released|published|posted|"
                        r"compiled|prepared)"
                        r"(?:\s+[\w,]+){0,3}?\s+by\s+(?:the\s+)?", re.I)
_ROLE_AT = re.compile(r"^(?:an?\s+|the\s+)?(?:senior\s+|chief\s+|local\s+|deputy\s+)?(?:spokes(?:man|woman|person)|official|doctor|"
                      r"physician|surgeon|researcher|professor|employee|representative|officer)\s+(?:for|of|at|with|from)\s+"
                      r"(?=(?:the\s+)?[A-Z]|the\s+[a-z]+$)", re.I)
_DOCUMENT_OF = re.compile(r"^(.+?)['’]s\s+(?:latest\s+|daily\s+|weekly\s+|monthly\s+|annual\s+|new\s+)?(?:situation\s+)?"
                          r"(?:report|statement|data|figures|bulletin|update|tally|count|records|statistics)$")
_LOWER_GLOSS = re.compile(r"^((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)\s+for\s+[a-z][a-z\s-]*$")
_BRANCH_OF = re.compile(r"^(?:the\s+|a\s+)?(?:regional|local|provincial|district|city|territorial)\s+(?:department|branch|office|"
                        r"division|directorate|unit)\s+of\s+(?=(?:the\s+)?[A-Z])", re.I)


_SUBUNIT_OF = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:Department|Directorate|Division|Section|Branch)\s+of\s+(?:the\s+)?"
                         r"(?=(?:[A-Z][\w'’-]*\s+){0,3}(?:General\s+Staff|Ministry|Army|Armed\s+Forces|Police|Service|Command)\b)")


_ROLE_IN_PLACE = re.compile(r"\s+(?:spokes(?:man|woman|person)|official)s?\s+in\s+[A-Z][\w.'’ -]*$")


_DATELINE_LEAD = re.compile(r"^(?:[A-Z][^()]{0,40}\([A-Za-z .]{2,20}\)\s*\.?\s*[-–—]+|[A-Z][\w .]{0,30},\s*[A-Z]{2,6}\s*--)\s*")
# "the U.S. Attorney's Office in Arizona", "the Guanajuato state prosecutor's office", "The Sudan Doctors' Syndicate":
# the possessive is part of the body's name
_POSSESSIVE_BODY = re.compile(
    r"^(?:the\s+|The\s+)?((?:[A-Z][\w.-]*\s+)+(?:[a-z]+\s+){0,2}(?:[\w.-]+['’]s|[\w.-]+s['’])\s+(?i:office|department|"
    r"bureau|chamber|syndicate|union|association|council)(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)$")


def _clean(np: str) -> str:
    np = np.strip().strip(",;:—–-").strip()
    np = _DATELINE_LEAD.sub("", np).lstrip(".-–— ")  # "Bamako, Apr 5 (EFE).- Mali's army": the dateline is not the source
    np = _LEAD_CONJ.sub("", np)
    np = _TRAILING_WHEN.sub("", np)
    np = _TRAILING_ADVERB.sub("", np)
    np = re.sub(r"\s+(?:there|here)$", "", np)  # "the government there"
    np = _ON_MEDIA.sub("", np)  # "the General Staff of the Armed Forces of Ukraine on Facebook": the body
    # "a state government statement", "a police report": the body that issued it
    np = re.sub(r"^((?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:government|ministry|police|army|military|agency|office|"
                r"department|authority|command))\s+(?:statement|report|bulletin|update|communique)$", r"\1", np, flags=re.I)
    # "the non-governmental Venezuelan Violence Observatory", "the federal Security Ministry": descriptions before a name
    np = re.sub(r"^((?:the|The)\s+)?(?:non-?governmental|independent|federal|opposition)\s+(?=[A-Z])", r"\1", np)
    # "residents reached by phone", "data compiled by the Coast Guard Command", "Houthi-run Saba",
    # "the regional department of Russia's Emergencies Ministry": the source is the body named.
    np = _BY_PHONE.sub("", np)
    np = _DATA_BY.sub("", np)
    # "teams of the State Disaster Response Force": the force
    np = _TEAMS_OF.sub("", np)
    np = _RUN_BY.sub("", np)
    # "the FSB's Public Relations Center", "the ministry's press service": the body speaks through its press office
    np = _PRESS_OFFICE.sub(r"\1", np)
    # "a statement issued Sunday evening by the FAMa general staff": the body that issued it
    np = _ISSUED_BY.sub("", np)
    np = re.sub(r"^(?:compiled|prepared|issued|released|published)\s+by\s+", "", np)  # "The report, compiled by the SDMC"
    # "a senior doctor at the All India Institute of Medical Sciences", "a spokesman for the agency": the body
    np = _ROLE_AT.sub("", np)
    # "the authority's daily situation report", "Saba news agency", "Kyodo News records": the body behind the document
    np = _DOCUMENT_OF.sub(r"\1", np)
    # "the Robert Koch Institute for infectious diseases": a lower-case gloss after the name
    np = _LOWER_GLOSS.sub(r"\1", np)
    np = _BRANCH_OF.sub("", np)
    without = _ROLE_IN_PLACE.sub("", np)  # "a Defence Ministry spokesperson in New Delhi": the ministry
    if without != np:
        np = re.sub(r"^(?:a|an|the)\s+", "", without, flags=re.I)
    # "Chief Minister Himanta Biswa Sarma congratulated the police on Twitter and [said]": the subject of both verbs
    np = re.sub(r"^((?:[A-Z][\w.'’-]*\s+){1,6}?[A-Z][\w.'’-]*)\s+[a-z]+(?:ed|ent|ook|et)\s+(?:the|a|an|his|her|their)\b.*$",
                r"\1", np)
    # "the Main Operations Department of the Russian General Staff": a department speaks for the body it belongs to
    np = _SUBUNIT_OF.sub("", np)
    # "the SDMC (SDMC) on behalf of all civic bodies in the city": the acronym and what it acts for are not the name
    np = re.sub(r"\s+on\s+behalf\s+of\s+.*$", "", np)
    # "the press center of the Anti-Terrorist Operation (ATO) headquarters": the body speaks through its press office
    np = re.sub(r"^(?:the\s+)?(?:press|media|information)\s+(?:center|centre|service|office|department)\s+of\s+(?:the\s+)?(?=[A-Z])",
                "", np)
    np = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)(?=\s+[a-z])", "", np)
    np = re.sub(r"\s*\([A-Z][A-Za-z]{1,7}\)\s*$", "", np)
    return " ".join(np.split())


def _org(text: str, mem: Memory) -> Optional[str]:
    """An organisation named in ``text`` (alias table first, then capitalised org phrases)."""
    table = load_table()
    ents = [e for e in table.find(text)]
    orgs = [e for e in ents if e.kind in ("org", "group")]
    if orgs:
        return orgs[0].canonical
    m = re.search(r"(?:(?:the|a|an)\s+)?((?:[A-Z][\w'’.-]*\s+|of\s+|for\s+|and\s+|the\s+)*"
                  r"(?:[A-Z][\w'’.-]*|ministry|police|department|agency|office|authorities|government|military|army|guard))",
                  text)
    if m and ORG_WORDS.search(m.group(1)):
        phrase = re.sub(r"['’]s?$", "", m.group(1)).strip()
        phrase = re.sub(r"\s+(?:spokes(?:man|woman|person)|official)$", "", phrase, flags=re.I)
        return table.normalise(_titlecase(phrase)) if phrase[:1].islower() else table.normalise(phrase)
    return None


_DOCUMENT_WORD = re.compile(r"\b(?:report|statement|bulletin|update|communique)\b|^\s*(?:compiled|prepared|issued|released|"
                            r"published)\s+by\b", re.I)


def parse_source(np: str, mem: Memory) -> Optional[Attribution]:
    """Turn the subject of a reporting verb into claimant + speaker, updating ``mem``."""
    a = _parse_source(np, mem)
    if a is not None:
        mem.last = a
        if _DOCUMENT_WORD.search(np) and np.strip().lower() not in ("the report", "the statement"):
            mem.document = a  # "the report said" later is this source's report
        if a.speaker is None and ROLE.search(np) and a.claimant[:1].isupper():
            mem.unnamed_role = a.claimant  # a role cited without a name: the next named person may hold it
        elif a.speaker is not None:
            mem.unnamed_role = None
    return a


_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:ish|ian|ese|an|i|ch)|Iraqi|Afghan|Thai|Greek|Swiss|Dutch|Kurdish|British|U\.?S\.?|UN|U\.N\.)$")
_DETS = re.compile(r"^(?:the|a|an|its|his|her|their|our|state-run|state-owned|official|local|ruling)\s+(?=\S+)", re.I)
def _strip_dets(text: str) -> str:
    prev = None
    while prev != text:
        prev, text = text, _DETS.sub("", text)
    return text


_ROLE_TAIL = re.compile(r"(?:\s+|^)(?:spokes(?:man|woman|person)|official|officials|head|chief|director|representative|"
                        r"press (?:secretary|officer|service)|envoy|deputy|minister|commander|officer|commissioner|sheriff|governor|mayor)s?$", re.I)


# A capitalised organisation name, connectors included: "Nigeria Centre for Disease Control",
# "Iowa Homeland Security and Emergency Management Department".  Masked before looking for a person's name.
_ORG_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*(?:\s+(?:for|of|and|on)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)*")


_FULL_ORG_END = re.compile(r"\b(?:Agency|Department|Service|Command|Commission|Headquarters|Cent(?:er|re)|Ministry|Authority|"
                           r"Office|Committee|Staff|Council|Directorate|Bureau|Secretariat|Administration|Institute|"
                           r"Organi[sz]ation|Observatory|Protection|Prevention|Guard|Force|Forces|Corps|Network|Institution|Forum|"
                           r"Project|Programme|Program|Trust|Foundation|Society|Association|Federation|Union|Alliance|"
                           r"Coalition|Mission|Fund|Watch|Police|Navy|Army|Police Department|Fire Brigade|Brigade|Corporation|"
                           r"Municipality|Board|Tribunal|Company|Movement|Front|Group|Agency)"
                           r"(?:\s+(?:of|for|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}){0,3}$")


# A name joined by a connector: "Tunisian Forum for Economic and Social Rights", "Committee to Protect Journalists".
_CONNECTED_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:(?:for|of|and|on|to)\s+(?:the\s+)?)?[A-Z][\w'’.-]*)+")


def _is_full_org_name(whole: str) -> bool:
    """A capitalised run that is one organisation's full name, not a person: it ends on an organisation word
    ("... Flood Control Headquarters", "National Police Chiefs' Council"), or its capitalised words are joined by
    for/of/to/and ("National Coordinator for Disaster Reduction") and it does not open with a title."""
    if re.search(r"['’]s\b", whole) or len(whole.split()) < 2 or whole in _places() or _TITLES_RE.match(whole):
        return False  # "Russia's ...": an owner and a body, read elsewhere; "Lt. Gen. X of the Y": a titled person
    if any(load_table().lookup(part) for part in whole.split(" and ")[:2] if " and " in whole):
        return False  # "Amnesty International and Human Rights Watch": two bodies
    if _ORG_NAME.fullmatch(whole) and _FULL_ORG_END.search(whole):
        return True
    words = whole.split()
    for n in (2, 1):
        head, country = " ".join(words[:-n]), " ".join(words[-n:])
        if (len(words) - n >= 2 and country in _demonyms() and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s*)+", head)
                and not _TITLES_RE.match(whole) and not _is_place(head)):
            return True  # "Surf Life Saving New Zealand": a body named with its country
    if not _CONNECTED_NAME.fullmatch(whole) or not re.search(r"\s(?:for|of|to|and)\s", whole):
        return False
    first = whole.split()[0]
    caps = [w for w in whole.split() if w[:1].isupper()]
    last_run = re.split(r"\s(?:for|of|to|and|on)\s+(?:the\s+)?", whole)[-1]
    if re.search(rf"(?<!\w){TITLES}(?=\s)", whole) and len(last_run.split()) >= 3:
        return False  # "Superintendent of Police Monika Bhutungru": a titled person
    return len(caps) >= 3 and not _TITLES_RE.match(whole) and not ROLE.fullmatch(first) and first not in _places()


def _org_spans(part: str) -> list[tuple[int, int]]:
    """Capitalised runs that are organisation names: they end on an organisation word
    ("... Management Authority") or join an organisation word to more names with for/of/and."""
    out = []
    for m in _ORG_NAME.finditer(part):
        name = m.group(0)
        t = re.search(r"\s(?:Mullah|Maulvi|Sheikh|Gen\.|General|Col\.|Colonel|Dr\.|Mr\.|Mrs\.|Ms\.)\s", name)
        if t:
            name = name[:t.start()]  # "the Ministry of Disaster Management Mullah Janan Sayeq"
        if " " not in name:
            continue
        last = re.sub(r"['’]s?$", "", name.split()[-1])
        head = re.split(r"\s(?:for|of|and|on)\s", name)[0]
        if ORG_WORDS.fullmatch(last) or (head != name and ORG_WORDS.search(head)):
            out.append((m.start(), m.start() + len(name)))
    return out


_BODY_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:group|agency|organi[sz]ation|union|charity|network|movement|militia|"
                         r"party|council|committee|service|monitor|watchdog|headquarters|command|television|channel)\b")


def _name_in(part: str, mem: Memory) -> tuple[Optional[str], str]:
    """A person's name in ``part`` and the rest of the text with the name and titles removed."""
    table = load_table()
    masked = part
    for e in table.find(part):
        masked = masked[:e.start] + "#" * (e.end - e.start) + masked[e.end:]
    for a, b in _org_spans(masked):
        masked = masked[:a] + "#" * (b - a) + masked[b:]
    no_titles = _TITLES_RE.sub(lambda m: "|" * len(m.group(0)), masked)
    runs = list(_NAME_RE.finditer(no_titles))
    for m in reversed(runs):
        name = re.sub(r"['’]s$", "", m.group(0)).strip()
        words = name.split()
        while len(words) > 2 and _DEMONYM.match(words[0]) or words and words[0] in ("The", "A", "An", "Ministry", "Police"):
            words = words[1:]
        name = " ".join(words)
        if not name or ORG_WORDS.search(name) or table.lookup(name) or _is_place(name):
            continue
        if part[m.end():m.end() + 2] in ("'s", "’s"):
            continue
        if _BODY_AFTER.match(part, m.end()):
            continue  # "The White Helmets rescue group": a body's name
        known = mem.person(name)
        if known:
            return known, (part[:m.start()] + part[m.end():])
        if len(words) >= 2:
            return name, (part[:m.start()] + part[m.end():])
    return None, part


@functools.lru_cache(maxsize=1)
def _places() -> set[str]:
    import json
    from pipeline.extract.aliases import DATA_DIR
    d = json.load(open(DATA_DIR / "places.json", encoding="utf-8"))
    return set(d["places"]) | set(d["cities"])


def _is_place(name: str) -> bool:
    return name in _places()


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Country -> demonym ("Ukraine" -> "Ukrainian"), for "Ukraine's air force" -> "Ukrainian air force"."""
    import json
    from pipeline.extract.aliases import DATA_DIR
    return json.load(open(DATA_DIR / "places.json", encoding="utf-8")).get("demonyms", {})


@functools.lru_cache(maxsize=1)
def _body_prefixes() -> dict[str, str]:
    import json
    from pipeline.extract.aliases import DATA_DIR
    d = json.load(open(DATA_DIR / "places.json", encoding="utf-8")).get("body_prefix", {})
    return {k: v for k, v in d.items() if not k.startswith("_")}


def body_prefix(country: str) -> Optional[str]:
    """The word a country's bodies are named with: "Ukraine" -> "Ukrainian" (Ukrainian Defense Ministry), but
    "Pakistan" -> "Pakistan" (Pakistan Army), as places.json says."""
    return _body_prefixes().get(country) or _demonyms().get(country)


_GENERIC_ORGS = ("Police", "Interior Ministry", "Health Ministry")


# "the national search and rescue agency", "the disaster and emergency management authority": one body, not two
_ONE_BODY_AND = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+\s+and\s+(?!the\b|a\b|an\b|its\b)(?:[a-z-]+\s+){0,3}"
                           r"(?:agency|authority|service|department|ministry|office|commission|committee|center|centre|"
                           r"headquarters|directorate|administration|bureau)")


def _owned_generic(np: str) -> Optional[str]:
    """"Lebanon's health ministry" -> "Lebanese Health Ministry": a country's generic body keeps its country."""
    pm = re.match(r"^(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(.+)$", np)
    if not pm or not _is_place(pm.group(1)):
        return None
    tail = {"ministry of health": "Health Ministry", "ministry of interior": "Interior Ministry",
            "ministry of the interior": "Interior Ministry"}.get(pm.group(2).lower(), pm.group(2))
    hit = load_table().lookup(tail)
    if hit not in _GENERIC_ORGS:
        return None
    mod = body_prefix(pm.group(1)) or pm.group(1)
    return f"{mod} police" if hit == "Police" else f"{mod} {hit}"


def _generic_alias(rest: str) -> Optional[str]:
    """ "French police", "Italian interior ministry": a demonym before a generic organisation the alias table
    knows gives that organisation (the country is the claim's location, not part of the claimant)."""
    m = re.match(r"^(?:the\s+)?([A-Z][a-z]+|U\.S\.|US|UK|U\.K\.)\s+(.+)$", rest)
    if not m or not (m.group(1) in _demonyms().values() or m.group(1) in ("U.S.", "US", "UK", "U.K.")):
        pm = re.match(r"^(?:the\s+)?((?:[A-Z][a-z]+\s+){1,2})([a-z].*)$", rest)  # "Hong Kong police": a place's police
        if not pm or load_table().lookup(pm.group(2)) != "Police" or (
                not _is_place(pm.group(1).strip()) and pm.group(2).strip().lower() != "police"):
            return None  # "South Sulawesi police" is a place's police even when the place is not in the table
        m = pm
    hit = load_table().lookup(m.group(2))
    if hit not in _GENERIC_ORGS:
        return None
    # The country or city stays part of the name: "Hungarian police", "Berlin police", "Italian Interior Ministry" --
    # another country's or city's force is another claimant.
    mod = m.group(1).strip()
    if mod in ("US", "U.S."):
        mod = "U.S."
    return f"{mod} police" if hit == "Police" else f"{mod} {hit}"


_BODY_HEADS = {"headquarters", "command", "ministry", "office", "council", "department", "directorate", "administration",
               "staff", "secretariat", "bureau", "commission", "committee"}
_COUNTRY_OWNER = re.compile(r"^(?:the\s+)?(?:country|nation|kingdom|republic)['’]s\s+", re.I)
_POLICE_RANK = re.compile(r"^\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:IGP|DGP|ADGP|DIG|SSP|SP|ASP|DSP|(?:(?:Senior|Deputy|Additional)\s+)?"
                          r"Superintendent\s+of\s+Police|(?:Inspector|Director)\s+General\s+of\s+Police)\s*$")
# "Sitapur District Magistrate X", "Kinnaur Deputy Commissioner X": the district administration speaks
_DISTRICT_HEAD = re.compile(r"^\s*(?:the\s+)?(?P<place>(?:[A-Z][\w-]*\s+){0,2}?)(?:District\s+Magistrate|Deputy\s+Commissioner)\s*$")
_ORG_TITLE = re.compile(r"\b(Police|Fire|Army|Navy)\s+(?:Chief|Commissioner|Superintendent|Supt\.|Inspector|Capt\.|Captain|"
                        r"Sgt\.|Sergeant|Lt\.|Lieutenant|Spokes(?:man|woman|person))\b")


_ROLE_FOR = re.compile(r"^(?:an?\s+|the\s+)?(?:(?:senior|chief|deputy|assistant|regional|local|press)\s+)?(?i:spokes(?:man|woman|person)|"
                       r"official|head|chief|director|representative|officer|commander)(?:\s+in\s+charge)?\s+(?:for|of|at|with)\s+")


def _org_in(rest: str, mem: Memory) -> Optional[str]:
    """The organisation named in ``rest`` (text without the person's name)."""
    table = load_table()
    rest = _COUNTRY_OWNER.sub("", rest.strip())
    if _POLICE_RANK.match(rest):
        return table.normalise("police")  # "IGP Dilbag Singh", "Kashmir SSP X": a police officer speaks for the police
    dh = _DISTRICT_HEAD.match(rest)
    if dh:
        place = dh.group("place").strip()
        return f"{place} district administration" if place else "district administration"
    ot = _ORG_TITLE.search(rest)
    if ot and not re.sub(r"^(?:[A-Z][\w.'’-]*\s+){0,3}$", "", _ORG_TITLE.sub("", rest).strip(" ,") + " ").strip():
        # "Police Chief Dan Thompson" speaks for the police.
        return table.normalise("police") if ot.group(1) == "Police" else ot.group(1)
    mm = re.search(r"\b(?!Prime\b|Vice\b|Deputy\b|Chief\b|First\b)([A-Z][a-z]+)\s+Minister\b", rest)
    if mm:
        # "Health Minister Hamad Hassan" speaks for the Health Ministry.
        return table.normalise(f"{mm.group(1)} Ministry")
    if re.fullmatch(r"\s*(?:the\s+)?(?:County\s+)?Sheriff\s*", rest):
        return "Sheriff"  # "Sheriff T.K. Waters": the sheriff speaks for his office
    cs = re.fullmatch(r"\s*(?:the\s+)?((?:[A-Z][\w.'’-]*\s+)+County\s+Sheriff)(?:['’]s\s+Office)?\s*", rest)
    if cs:
        return cs.group(1)  # "Kerr County Sheriff Larry Leitha" speaks for the sheriff's office
    rest = _TITLES_RE.sub(" ", rest)
    rest = " ".join(rest.replace(",", " ").split())
    if not rest:
        return None
    # "Lebanon's health minister", "the health minister": the ministry.
    dm = re.search(r"\b([a-z]+)\s+minister$", rest)
    if dm and dm.group(1) not in ("prime", "deputy", "first", "chief", "former"):
        return table.normalise(f"{dm.group(1).capitalize()} Ministry")
    # "a spokesman for the Ministry of Disaster Management": the organisation named after the role.
    fm = re.match(r"^(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|official|head|chief|director|"
                  r"representative|officer)\s+(?:for|of|at|with)\s+(?:the\s+)?([A-Z].*)$", rest.strip(" ,"))
    if fm:
        owner = re.match(r"(.+?)['’]s\s+[a-z]", fm.group(1))  # "the IOM's mission in the country": the IOM
        if owner and (table.lookup(owner.group(1)) or ORG_WORDS.search(owner.group(1))):
            return table.lookup(owner.group(1)) or table.normalise(owner.group(1).strip())
        return table.lookup(fm.group(1)) or table.normalise(fm.group(1).strip())
    # "a spokesman for the agency", "Head of the Kherson Regional Military Administration", "a spokesman for Ukraine's
    # National Security and Defense Council": the role speaks for the body after it, read as a source of its own.
    rp = _ROLE_FOR.match(rest.strip(" ,"))
    if rp and rest.strip(" ,")[rp.end():].strip(" ,").lower() not in ("", "the", "a", "an", "its", "their"):
        body = rest.strip(" ,")[rp.end():]
        one = re.fullmatch(r"(?:the\s+)?([a-z]+)", body)
        if one:  # "a spokesman for the agency": the body last named with that head
            return mem.org_for(one.group(1)) or _titlecase(one.group(1))
        inner = _parse_source(body, mem)
        if inner is not None and inner.speaker is None:
            return inner.claimant
    # "head of the agency", "its director": the organisation last named.
    hm = re.fullmatch(r"(?:(?:the\s+)?(?:head|chief|director|spokes(?:man|woman|person)|president)\s+of\s+the\s+([a-z]+)|"
                      r"(?:its|their)\s+(?:head|chief|director|spokes(?:man|woman|person)|president|leader))", rest, re.I)
    if hm:
        org = mem.org_for(hm.group(1)) if hm.group(1) else (mem.orgs[-1] if mem.orgs else None)
        if org:
            return org
    # "X's spokesman": the owner is the organisation.
    own = re.search(r"^(?:the\s+)?(.+?)['’]s?\s+(.+)$", rest)
    if own and not re.search(r"\bof\b", own.group(1)):
        owner, tail = own.group(1).strip(), own.group(2).strip()
        tail_wo_role = _ROLE_TAIL.sub("", tail).strip()
        if owner[:1].islower():
            head = owner.split()[-1].lower()
            if head in ("ministry", "agency", "police", "army", "military", "observatory", "organization",
                        "organisation", "center", "centre", "office", "department", "council", "command", "group",
                        "committee", "service", "commission", "authority", "directorate"):
                return mem.org_for(head) or _titlecase(owner)
            if tail_wo_role and re.fullmatch(r"(?:[a-z-]+\s+)?(?:department|office|service|examiner|coroner)", tail_wo_role):
                # "sheriff's department spokeswoman X", "the county's medical examiner": the owner's body
                body = f"{owner}'s {tail_wo_role}" if head in ("sheriff", "governor", "coroner", "prosecutor") \
                    else f"{owner} {tail_wo_role}"
                return mem.org_for(tail_wo_role.split()[-1]) if re.fullmatch(r"press service", tail_wo_role) else _titlecase(body)
            return None
        pn = re.fullmatch(r"(?:[a-z][a-z-]*\s+){1,4}([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)", tail_wo_role)
        if pn and ORG_WORDS.search(tail_wo_role[:pn.start(1)]) and not _is_place(pn.group(1)):
            return table.normalise(pn.group(1))  # "Turkey's disaster management agency AFAD": the name
        if (re.search(r"\s(?:state|province|county|region|district|city|municipality)$", owner)
                and tail_wo_role and tail_wo_role[:1].islower() and ORG_WORDS.search(tail_wo_role)):
            return f"{owner} {tail_wo_role}"  # "Niger state's emergency management agency": the state's body
        bn = re.fullmatch(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)+)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)", tail_wo_role)
        if _is_place(owner) and bn and ORG_WORDS.search(bn.group(2)) and not ORG_WORDS.search(bn.group(1)):
            return table.lookup(bn.group(1)) or table.normalise(bn.group(1))  # "Israel's Magen David Adom ambulance service"
        if _is_place(owner) and tail_wo_role and (ORG_WORDS.search(tail_wo_role) or re.fullmatch(r"(?:[A-Z][\w-]*\s*)+", tail_wo_role)):
            demonym = body_prefix(owner)
            if re.match(r"(?:National|Federal|Central|Supreme)\s+[A-Z]", tail_wo_role) and len(tail_wo_role.split()) >= 3:
                return table.lookup(tail_wo_role) or tail_wo_role  # "Nigeria's Federal Road Safety Corps": a full name
            return (table.lookup(f"{owner}'s {tail_wo_role}") or (demonym and table.lookup(f"{demonym} {tail_wo_role}"))
                    or table.lookup(tail_wo_role) or f"{demonym or owner} {tail_wo_role}")
        else:
            return table.normalise(owner)
    had_role = bool(re.search(r"\s(?:spokes(?:man|woman|person)|official|director|chief|head|representative|officer|"
                              r"commissioner|coordinator|president|chairman|chairwoman)$", rest, re.I))
    if not re.search(r"\bCounty\s+Sheriff$", rest):  # "Los Angeles County Sheriff" is the office
        rest = _ROLE_TAIL.sub("", rest).strip()
        if had_role:  # "a senior military official": the military
            rest = re.sub(r"^(?:(?:a|an|the)\s+)?(?:senior|top|high-ranking|local|junior|retired)\s+", "", rest, flags=re.I)
    rest = re.sub(r"^(?:of|for|at)\s+", "", _strip_dets(rest)).strip()
    rest = re.sub(r"^(?:the|a|an)\s+", "", rest, flags=re.I)
    if not rest:
        return None
    hit = table.lookup(rest) or _generic_alias(rest)
    if hit:
        return hit
    acro = re.fullmatch(r"([A-Z]{2,6})\s+(?:union|agency|group|party|movement|militia|organi[sz]ation|network|"
                        r"trade union|labour union|labor union)", rest)
    if acro:
        return table.normalise(acro.group(1))  # "the CGT union" -> "CGT"
    # "the White Defense civil defence group": a proper name before a common-noun description.
    m = re.fullmatch(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)", rest)
    if (m and ORG_WORDS.search(m.group(2)) and not table.lookup(rest) and not _is_place(m.group(1))
            and not _DEMONYM.match(m.group(1)) and m.group(1) not in ("The", "A", "An")
            and not re.search(r"-(?:based|run|led|backed|linked|funded|allied|controlled)$", m.group(1))
            and (" " in m.group(1) or re.fullmatch(r"(?:[a-z-]+\s+)?(?:television|tv|channel|radio|broadcaster|newspaper|"
                                                   r"daily|news agency|agency|group|movement|militia|network|union|"
                                                   r"general staff|headquarters|command)", m.group(2)))
            and not re.match(r"(?:state|provincial|regional|county|district|municipal|local|city)\b", m.group(2))
            and m.group(2).split()[-1] not in ("member", "members", "official", "officials", "police", "government",
                                               "authorities")
            and (not ORG_WORDS.search(m.group(1)) or (" " in m.group(1) and _FULL_ORG_END.search(m.group(1))))):
        # "the White Defense civil defence group", "Al-Masirah television", "National Liberation Front rebel alliance";
        # a body's own head stays: "FAMa general staff", "Anti-Terrorist Operation headquarters"
        if m.group(2).split()[-1].lower() in _BODY_HEADS:
            return table.lookup(rest) or rest
        return table.lookup(m.group(1)) or table.normalise(m.group(1))
    # "the disaster agency AFAD": a proper name after a common-noun description.
    m = re.fullmatch(r"(?:(?:UN|U\.N\.|United\s+Nations|EU|AU)\s+)?[a-z][a-z\s-]*\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)", rest)
    if m and ORG_WORDS.search(rest.split(m.group(1))[0]):  # "the disaster agency AFAD", "the UN refugee agency UNHCR"
        return table.normalise(m.group(1))
    ents = [e for e in table.find(rest) if e.kind in ("org", "group")]
    if ents:
        e = ents[0]
        # Grow over adjacent capitalised words: "Metropolitan Police", "Lebanese Red Cross".
        left = re.search(r"((?:[A-Z][\w.'-]*\s+)+)$", rest[:e.start])
        right = re.match(r"((?:\s+(?:for|of)?\s*[A-Z][\w.'-]*)+)", rest[e.end:])
        grown = ((left.group(1) if left else "") + rest[e.start:e.end] + (right.group(1) if right else "")).strip()
        if grown != rest[e.start:e.end] and not table.lookup(grown):
            return grown
        return e.canonical
    if len(rest.split()) == 1 and rest.lower() in ("ministry", "agency", "army", "military", "group", "observatory",
                                                     "organization", "organisation", "center", "centre", "office",
                                                     "department", "council", "command", "government"):
        if rest.lower() in ("army", "military"):
            # "Military spokesperson X" after "Israel's military said": the force the story named.
            return _named_by(rest.lower(), mem) or mem.org_for(rest) or rest.lower()
        return mem.org_for(rest) or _titlecase(rest) if rest.lower() != "government" else rest.lower()
    if ORG_WORDS.search(rest) or re.fullmatch(r"[A-Z]{2,6}", rest):
        if rest.islower():
            return table.normalise(_titlecase(rest))
        return table.normalise(rest)
    if (had_role and re.fullmatch(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}", rest) and not _is_place(rest)
            and rest.lower() not in ("the", "a", "an", "its", "his", "her", "their")):
        return mem.acronyms.get(rest) or table.normalise(rest)  # "Copeco commissioner Max Gonzales": Copeco's
    if had_role and re.fullmatch(r"[a-z]+(?:\s+[a-z]+){0,2}", rest) and rest not in ("the", "a", "an", "its", "his", "her",
                                                                                      "their", "chief", "senior", "top"):
        named = _named_by(rest, mem) or _named_by(rest.split()[-1], mem)
        if named or (" " in rest and re.search(r"(?:protection|defen[cs]e|rescue|emergency|management|service|agency)$", rest)):
            return named or _titlecase(rest)  # "civil protection spokeswoman Rita Almeida": the body
    return None


@functools.lru_cache(maxsize=1)
def _alias_names() -> dict[str, list[str]]:
    import json
    from pipeline.extract.aliases import DATA_DIR
    d = json.load(open(DATA_DIR / "aliases.json", encoding="utf-8"))
    return {e["canonical"]: [a.lower() for a in e["aliases"]] for e in d["entities"]}


def _named_by(phrase: str, mem: Memory) -> Optional[str]:
    """The latest remembered organisation whose name (or an alias) ends with ``phrase``."""
    phrase = phrase.lower()
    if phrase in ("official", "officials", "authorities", "statement", "report", "source", "sources"):
        return None
    for org in reversed(mem.orgs):
        names = [org.lower()] + _alias_names().get(org, [])
        if any(n == phrase or n.endswith(" " + phrase) for n in names):
            return org
    return None


def _one_of_two(np: str) -> Optional[str]:
    """ "residents and a local official said": one source for the claim.  A named organisation first, then
    officials or authorities, else the longer description ("the government and rescue workers" -> rescue workers)."""
    parts = [p.strip() for p in np.split(" and ")]
    if len(parts) != 2 or not all(parts):
        return None
    parts = [re.sub(r"\s+(?:in|from|at|on|across|near)\s+[a-z].*$", "", p) if p[:1].islower() else p for p in parts]
    table = load_table()
    for p in parts:
        if table.lookup(p) or _org_spans(p) or (p[:1].isupper() and ORG_WORDS.search(p)):
            return p
    for p in parts:
        if re.search(r"\b(?:officials?|authorities)$", p, re.I):
            return p
    return max(parts, key=lambda p: len(_strip_dets(p).split()))


_TITLE_WORDS = re.compile(r"\b(?:Gov\.|Governor|Mayor|President|Prime Minister|Premier|Sheriff|Police Chief|Chancellor|"
                          r"Minister|Commissioner|Prosecutor|Spokes(?:man|woman|person))(?=\s|$)", re.I)
_TITLE_CANON = {"gov": "governor"}


# "the German charity Resqship", "Energy company Ukrenergo": a described name is the name.
_DESCRIBED_NAME = re.compile(r"^(?:the\s+|The\s+)?(?:[A-Za-z-]+\s+){0,2}(?:charity|company|firm|operator|utility|broadcaster|"
                             r"NGO|non-profit|nonprofit|aid group|rescue group)\s+(?=[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$)")


def _parse_source(np: str, mem: Memory) -> Optional[Attribution]:
    table = load_table()
    np = _clean(np)
    described = _DESCRIBED_NAME.match(np) if np else None
    if described:
        name = np[described.end():]
        name = table.lookup(name) or name
        mem.remember_org(name)
        return Attribution(name)
    if not np or len(np.split()) > 20:
        return None
    cc = _ROLE_OF_BODY_NAME.fullmatch(np)
    if cc and not ORG_WORDS.search(cc.group("name")) and not _is_place(cc.group("name")):
        # "Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi": the body, and the person
        body = table.lookup(cc.group("body").strip()) or cc.group("body").strip()
        mem.persons[cc.group("name")] = body
        mem.remember_org(body)
        return Attribution(body, cc.group("name"))
    whole = re.sub(r"^(?:the|The)\s+", "", np)
    if whole in mem.acronyms and not load_table().lookup(whole):
        whole = mem.acronyms[whole]  # "CONRED" after "the National Coordinator for Disaster Reduction (CONRED)"
    if _is_full_org_name(whole):
        name = table.lookup(whole) or whole  # "U.S. Customs and Border Protection": one full name, not a person
        mem.remember_org(name)
        return Attribution(name)
    spans = _org_spans(np) if " and " in np else []
    if (" and " in np and not table.lookup(np) and not any(e - b_ >= len(np) - 4 for b_, e in spans)
            and not _ONE_BODY_AND.fullmatch(np)
            # "Andriy Lysenko, a spokesman for Ukraine's National Security and Defense Council": one body's name
            and not all(any(b_ < m.start() and m.end() < e for b_, e in spans) for m in re.finditer(r"\sand\s", np))):
        np = _one_of_two(np) or np
    low = np.lower()
    if low in ("he", "she"):
        if mem.last and mem.last.speaker:
            return Attribution(mem.last.claimant, mem.last.speaker)
        return None
    if low in ("the official", "the officer", "the source", "the spokesman", "the spokeswoman", "the spokesperson") \
            and mem.last and mem.last.claimant.lower() not in ("official", "officials", "source", "sources"):
        return Attribution(mem.last.claimant, mem.last.speaker)  # "a senior state government official said ... the official said"
    if low in ("the statement", "the report") and mem.document:
        return Attribution(mem.document.claimant, mem.document.speaker)  # not the sources quoted since
    if low in ("they", "it", "we", "i", "the statement", "the report"):
        return Attribution(mem.last.claimant, mem.last.speaker) if mem.last else None
    if _UN_AGENCY_REF.fullmatch(low):
        # "the UN agency said": the UN agency the story cited last (WHO, UNRWA, IOM ...)
        org = next((o for o in reversed(mem.orgs) if o in _UN_AGENCIES
                    or (re.match(r"(?:UN|U\.N\.|United Nations)\s+\S", o) and o not in ("United Nations", "UN", "U.N."))), None)
        if org:
            return Attribution(org)
    ana = re.fullmatch(r"the\s+([a-z][a-z ]{2,40})", low)
    if ana and re.fullmatch(r"press (?:service|office|cent(?:er|re))", ana.group(1)) and mem.orgs:
        return Attribution(mem.orgs[-1])  # "the press service said": the press office of the body last named
    if ana:
        # "the coast guard", "the authority", "the military": the organisation last named with that head.
        org = _named_by(ana.group(1), mem) if mem.orgs else None
        if org:
            return Attribution(org)
        person = mem.titles.get(ana.group(1))
        if person:
            # "Gov. Andy Beshear said ... The governor said": the person last named with that title.
            return Attribution(mem.persons.get(person) or person, person)
    bo = re.fullmatch(r"(?:an?|the)\s+(?:senior\s+|local\s+|top\s+|high-ranking\s+)?((?:[a-z]+\s+){0,2}(?:ministry|agency|department|"
                      r"bureau|service|directorate|authority))\s+(?:official|spokes(?:man|woman|person)|source)s?",
                      low) or re.fullmatch(r"(?:an?|the)\s+sources?\s+(?:in|at|from|within)\s+the\s+((?:[a-z]+\s+){0,3}(?:ministry|agency|"
                                           r"department|bureau|service|directorate|authority))", low)
    if bo:
        # "a ministry official said", "a senior health department official", "a source in the regional health department":
        # the body (the one the story named, when it did)
        head = bo.group(1).split()[-1]
        return Attribution(mem.org_for(head) if " " not in bo.group(1) and mem.org_for(head) else _titlecase(bo.group(1)))
    pin = re.fullmatch(r"(?:the\s+)?[Pp]olice\s+in\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:,\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?",
                       np.strip(" ,"))
    if pin:
        return Attribution(f"{pin.group(1)} police")  # "police in Celle said", "Police in Saginaw, Michigan, said"
    ob = re.fullmatch(r"(?:the\s+)?((?:[a-z-]+\s+){0,3}(?:department|ministry|agency|authority|directorate|bureau))\s+"
                      r"officials?", low)
    if ob:
        return Attribution(_titlecase(ob.group(1)))  # "health department officials said": the department
    low = re.sub(r"^((?:[a-z.-]+\s+){0,3}(?:officials|sources|authorities))\s+(?:on|from|in|at|of)\s+(?:both|all|the two)\s+sides$", r"\1", low)
    # "medics in the southern port city of Aden": the medics
    low = re.sub(r"^((?:[a-z.-]+\s+){0,2}(?:medics|doctors|rescuers|witnesses|residents|activists|villagers|sources))\s+"
                 r"(?:in|at|from|near)\s+.*$", r"\1", low)
    if _GENERIC.match(low) or re.fullmatch(r"(?:the\s+)?(?:[a-z.-]+\s+){0,3}(?:officials|sources|witnesses|residents|activists)", low):
        return Attribution(re.sub(r"^(?:the|a|an)\s+", "", low))
    mp = re.fullmatch(r"(?:the\s+)?((?:federal|state|national|provincial|regional|border|military|riot|traffic)\s+police)", low)
    if mp:
        return Attribution(mp.group(1))  # "federal police said": a modified generic is kept as written
    np = _COUNTRY_OWNER.sub("", np)
    bare = re.sub(r"^(?:the|The)\s+", "", np)
    if bare in mem.acronyms and not table.lookup(bare):
        np = mem.acronyms[bare]
    hit = _owned_generic(np) or table.lookup(np) or _generic_alias(np)
    if hit:
        mem.remember_org(hit)
        return Attribution(hit)
    pb = _POSSESSIVE_BODY.match(np)
    owner = re.match(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?=[A-Z])", np)
    owned = _POSSESSIVE_BODY.match(np[owner.end():]) if owner and _is_place(owner.group(1)) else None
    if owned:
        # "Azerbaijan's Prosecutor General's Office": the country's body, named with its demonym
        name = f"{body_prefix(owner.group(1)) or owner.group(1)} {owned.group(1)}"
        mem.remember_org(name)
        return Attribution(name)
    if pb and not _is_place(re.split(r"['’]", pb.group(1))[0].strip()):
        name = table.lookup(pb.group(1)) or pb.group(1)
        mem.remember_org(name)
        return Attribution(name)
    po = re.fullmatch(r"(?:the\s+)?((?:[A-Z][\w-]*\s+)*[A-Z][\w-]*['’]s\s+(?:Office|Department|Service|Bureau|Committee|Chamber)"
                      r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?)", np)
    if po:
        mem.remember_org(po.group(1))  # "the Prosecutor General's Office"
        return Attribution(po.group(1))
    speaker, org = None, None
    for part in [p.strip() for p in re.split(r",\s*", np) if p.strip()]:
        name, rest = _name_in(part, mem)
        speaker = speaker or name
        if not org:
            org = _org_in(rest, mem)
    if speaker is None and org is None:
        generic = _strip_dets(low).strip()
        if re.fullmatch(r"[a-z][a-z\s'-]{2,50}", generic) and (ROLE.search(generic) or ORG_WORDS.search(generic)):
            return Attribution(generic)
        return None
    if speaker and org is None:
        org = mem.persons.get(speaker)
    if speaker and org is None:
        dm = re.search(r",\s*(?:an?|the)\s+((?:[a-z-]+\s+){0,3}(?:official|spokes(?:man|woman|person)|officer))\b", np)
        if dm:
            org = dm.group(1)  # "Feroz Shah, a provincial health official": the description is the source
    if speaker and org is None and mem.orgs and re.search(r"(?:^|,\s*)(?:(?:the|that)\s+)?(?:official|spokes(?:man|woman|person))\b", low):
        org = mem.orgs[-1]  # "a National Guard official said ... The official, Houssem Jebabli, said"
    if speaker and org is None and speaker not in mem.persons and mem.unnamed_role:
        # "the provincial police chief said ... Brigadier General Mohammad Ghanbari told IRNA": the role just cited
        org = mem.unnamed_role
    if speaker:
        for tm in _TITLE_WORDS.finditer(np):
            mem.titles[_TITLE_CANON.get(tm.group(0).lower().rstrip("."), tm.group(0).lower())] = speaker
    if org:
        org = _SUBUNIT_OF.sub("", org)  # "head of the Main Operations Department of the Russian General Staff"
    if speaker and org:
        mem.persons[speaker] = org
    elif speaker and speaker not in mem.persons:
        mem.persons[speaker] = None
    if org:
        mem.remember_org(org)
    if speaker and not org:
        words = re.findall(r"\b[a-z][a-z-]+\b", np.replace(speaker, " "))
        role = " ".join(w for w in words if w not in ("the", "a", "an", "of", "for", "and", "said", "told", "who"))
        if role:
            mem.roles[speaker] = role  # "chief coroner Andrea Kowalski": the role, to find the body it belongs to
    return Attribution(org or speaker, speaker)


_PAREN_ACRONYM = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+(?:(?:for|of|and|on)\s+(?:the\s+)?)?)+[A-Z][\w'’.-]*)"
                            r"\s*\((?P<acr>[A-Z]{2,8}|[A-Z][a-z]{2,7})\)")  # "(NDMA)", "(Copeco)"
_ROLE_OF_BODY_NAME = re.compile(
    r"(?:the\s+)?(?:Commander-in-Chief|Chief\s+of\s+(?:the\s+)?General\s+Staff|Chief\s+of\s+Staff|Commander)\s+of\s+(?:the\s+)?"
    r"(?P<body>(?:[A-Z][\w'’-]*\s+)+(?:of\s+(?:the\s+)?[A-Z][\w'’-]*\s+)?)(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_UN_AGENCY_REF = re.compile(r"(?:the\s+)?(?:un|u\.n\.|united nations)\s+(?:agency|body|organi[sz]ation)")
_UN_AGENCIES = {"UNHCR", "UNICEF", "World Health Organization", "International Organization for Migration", "OCHA", "UNRWA",
                "World Food Programme", "OHCHR", "UNAMA", "UNAMI", "UNFPA", "Food and Agriculture Organization", "UNESCO",
                "UN Human Rights Monitoring Mission in Ukraine", "UNMISS", "MONUSCO", "MINUSMA"}
_ACRONYM_BEFORE_VERB = re.compile(rf"\s\([A-Z][A-Za-z]{{1,7}}\)(?=\s+(?:also\s+)?(?:{REPORT_VERBS})\b)")
_ASIDE_ADVERB = re.compile(rf",\s+(?:however|meanwhile|in turn|for its part|for their part|for his part|for her part|too|also|"
                           rf"though|in a statement|separately)\s*,(?=\s+(?:also\s+)?(?:{REPORT_VERBS})\b)")
_RELATIVE_BEFORE_VERB = re.compile(rf",\s+(?:who|which)\s+[^,;:\"“”\x00]{{1,100}},(?=\s+(?:{REPORT_VERBS})\b)")
_WIRE_AGENCIES = {"AP", "AFP", "UPI", "IANS", "PTI", "TASS", "DPA", "ANI", "RIA", "MENA", "KUNA", "WAM", "SPA", "IRNA"}
_ACCORDING = re.compile(r"\baccording to\s+(?P<np>[^,;:\"“”().]+(?:\.\s?[A-Z]\.)?[^,;:\"“”().]*)", re.I)
_INVERTED = re.compile(r"(?:[,\"”]\s*|^)(?P<verb>said|says|added|told|noted)\s+(?P<np>[A-Z][^;:\"“”()]*?)(?=[.;]\s|[.;]?$|,\s+(?:adding|who|which)\b)")

_VERB_RE = re.compile(rf"(?<!\w)(?P<verb>{REPORT_VERBS})\b", re.I)
_ANY_REPORT = re.compile(rf"(?<!\w)(?:{REPORT_VERBS}|according to)\b", re.I)


def _last_sentence(text: str) -> str:
    """The text after the last sentence end ("... 550 people. Myanmar's army" -> "Myanmar's army")."""
    cut = 0
    for m in re.finditer(r"([A-Za-z]*)[.!?]\s+(?=\S)", text):
        word = m.group(1).lower()
        if word in ABBREVIATIONS or len(word) == 1:
            continue
        cut = m.end()
    return text[cut:]


# "the U.N. agency", "Kenya's doctors' union": a body described, not named.
_DESCRIBED = re.compile(r"(?:the\s+)?(?P<mod>(?:[A-Z][\w.]*(?:['’]s)?\s+)?(?:[a-z][\w'’-]*\s+){0,3})"
                        r"(?P<head>agency|union|body|organi[sz]ation|charity|watchdog|monitor|group)")
_NEXT_NAME = re.compile(r"(?:The\s+)?(?P<org>[A-Z][\w.'’-]*(?:,?\s+(?:(?:and|of|for|on|the)\s+)*[A-Z][\w.'’-]*){0,8})")


_STATE_BODY = re.compile(r"\b(?:Ministry|Police|Army|Military|Government|Forces|Command|Office)\b")


def _named_next(source: str, text: str, pos: int, following: str = "") -> Optional[str]:
    """A described body named by the next sentence of the paragraph: "..., the U.N. agency said. The UNHCR said it
    was sending tents" -> UNHCR; "Kenya's doctors' union said ... The Kenya Medical ... Dentists Union called" -> the union."""
    d = _DESCRIBED.fullmatch(_clean(source))
    if not d or not d.group("mod").strip():
        return None
    end = re.search(r"[.!?]\s+(?=[A-Z])", text[pos:])
    if end:
        n = _NEXT_NAME.match(text, pos + end.end())
    elif not re.search(r"[.!?]\s+\S", text[pos:]) and following:
        n = _NEXT_NAME.match(following.lstrip())  # the paragraph ends: the next one opens with the name
        text = following.lstrip()
    else:
        return None
    if not n:
        return None
    if re.match(r"\s+(?:said|says|reported|added|told)\b", text[n.end():]):
        # "..., a war monitor said. The Syrian Observatory for Human Rights said ...": a non-state body named
        # as the next source is the one described.
        ents = [e for e in load_table().find(n.group("org")) if e.kind in ("org", "group")]
        name = ents[0].canonical if ents and ents[0].start <= 1 and ents[0].end >= len(n.group("org")) - 1 else (
            n.group("org") if _org_spans(n.group("org")) else None)
        if name and not _STATE_BODY.search(name) and not _STATE_BODY.search(n.group("org")):
            return name
    words = n.group("org").split()
    head = d.group("head").lower()
    for i, w in enumerate(words):
        if w.lower().rstrip(",") == head and i >= 1:
            return " ".join(words[:i + 1]).rstrip(",")  # "... Pharmacists and Dentists Union"
    if re.fullmatch(r"[A-Z]{2,8}", words[0]) and re.match(r"U\.?N\.?\s|EU\s", d.group("mod")):
        hit = load_table().lookup(words[0])
        return hit  # "the U.N. agency ... The UNHCR"
    return None


def find_attributions(text: str, start_offset: int, quotes: list[tuple[int, int]], mem: Memory,
                      ) -> list[tuple[int, Attribution, bool]]:
    """Attributions in a paragraph, outside quotes: (absolute position, attribution, speech-introducing)."""
    mtext = text
    for s, e in quotes:
        a, b = max(0, s - start_offset), min(len(text), e - start_offset)
        if b > a:
            mtext = mtext[:a] + "\x00" * (b - a) + mtext[b:]
    found: list[tuple[int, Attribution, bool]] = []
    if "(" in mtext:
        # "the National Migration Institute (INM) said": remember the acronym, then read past it.
        def drop(m: re.Match) -> str:
            if m.group("name").isupper() or m.group("acr") in _WIRE_AGENCIES:
                return m.group(0)  # a dateline: "HONG KONG (AFP)"
            mem.acronyms.setdefault(m.group("acr"), re.sub(r"^(?:The|A|An)\s+", "", m.group("name").strip()))
            return m.group("name") + " " * (len(m.group(0)) - len(m.group("name")))
        mtext = _PAREN_ACRONYM.sub(drop, mtext)
        # "the UN refugee agency (UNHCR) said": an acronym after a described body, read past
        mtext = _ACRONYM_BEFORE_VERB.sub(lambda m: " " * len(m.group(0)), mtext)
    if not _ANY_REPORT.search(mtext):
        return found
    if "," in mtext:
        # "The Sindh provincial government, however, put the toll at 402": a discourse adverb between source and verb
        mtext = _ASIDE_ADVERB.sub(lambda m: " " * len(m.group(0)), mtext)
    if ", who " in mtext or ", which " in mtext:
        # "Interior Minister Suleyman Soylu, who arrived in the region in the morning, said": read past the clause.
        mtext = _RELATIVE_BEFORE_VERB.sub(lambda m: " " * len(m.group(0)), mtext)
    low = mtext.lower()
    for m in (_ACCORDING.finditer(mtext) if "according to" in low else ()):
        np = m.group("np").replace("\x00", "").strip()
        np = re.sub(r"^(?:a|an|the)\s+(?:tally|count|report|statement|survey|study|estimate|figures?|data)\s+(?:by|from|of)\s+", "", np, flags=re.I)
        np = re.split(r"\s+(?:on|in|at|from|as|which|who|that)\s+", np)[0]
        np = re.sub(r"\s+(?:data|figures|statistics|estimates|tally|count|records)(?:\s+(?:released|published|compiled|issued)\b.*)?$", "", np)  # "interior ministry data"
        if re.fullmatch(r"(?:the\s+)?(?:latest\s+)?(?:official|preliminary|provisional)", np.strip(), re.I):
            continue  # "according to official figures": no body named; the story's source stands
        a = parse_source(np, mem)
        if a:
            found.append((start_offset + m.start(), a, False))
    inverted = any(v in low for v in ("said ", "says ", "added ", "told ", "noted "))
    for m in (_INVERTED.finditer(mtext) if inverted else ()):
        if m.group("verb") == "told":
            continue  # "Umar Tufail, a police officer, told Al Jazeera": the outlet is the listener
        np = m.group("np").replace("\x00", "")
        a = parse_source(np, mem)
        if a:
            found.append((start_offset + m.start("verb"), a, True))
    for m in _VERB_RE.finditer(mtext):
        if any(abs(pos - (start_offset + m.start())) < 3 for pos, _a, _s in found):
            continue
        if m.group(0)[:1].isupper():
            continue  # "Three United States soldiers": a capitalised word is a name, not a reporting verb
        head = mtext[max(0, m.start() - 300):m.start()]
        if re.search(r"\b(?:was|were|is|are|been|being|be)\s+$", head):
            continue  # "since it was declared": a passive, not a statement
        if re.search(r"\b(?:the|of|a|an|its|their|newly|more|new)\s+$", head, re.I):
            continue  # "the number of confirmed deaths", "34 newly reported cases": an adjective
        b = max(head.rfind(c) for c in ",;:\x00\"“”()—–")
        before = head[b + 1:].strip()
        trail = head[:b + 1] if b >= 0 else ""
        if not before and trail.rstrip().endswith(","):
            # "Name, the ministry's spokesman, said": the subject is the previous comma chunk.
            t = trail.rstrip()[:-1]
            b2 = max(t.rfind(c) for c in ",;:\x00\"“”()—–")
            before = t[b2 + 1:].strip()
            trail = t[:b2 + 1] if b2 >= 0 else ""
        if not before:
            continue
        before = re.sub(r"\s+(?:also|later|earlier|previously|separately|further|had|has|have|"
                        r"on \w+|late on \w+|on \w+ night|in a statement|in a statement on \w+)$", "", before, flags=re.I)
        before = re.split(r"\b(?:that|which|because|after|when|while|where|but|although|though|as)\s+(?=\S)", before)[-1]
        # A new sentence inside the chunk ("... 550 people. Myanmar's army said").
        before = _last_sentence(before).lstrip("/").strip()
        before = re.sub(r"\s+(?:but|and|or)$", "", before)
        aux = re.search(r"\s(?:have|has|had|was|were|is|are|did|do|does|will|would|could)\b", before)
        if aux and len(before[:aux.start()].split()) <= 6:
            before = before[:aux.start()]  # "Iranian officials have not released a toll but said"
        if re.search(r"\b(?:is|are|was|were|been|being|be|to|not|who)\s*$", before) or len(before.split()) > 18:
            continue
        full = before
        if trail.rstrip().endswith(",") and not ROLE.search(before) and _TITLED_NAME.fullmatch(before):
            # "the center's head, Lt. Gen. Yuri Yevtushenko, said": the role is in the previous comma chunk.
            left = trail.rstrip()[:-1][-150:]
            chunk = re.split(r"[,;\"”\x00]", left)[-1].strip()
            if (chunk and ROLE.search(chunk) and len(chunk.split()) <= 8
                    and re.match(r"(?:the|a|an|its|his|her|their|[A-Z])", chunk)):  # not "killed himself as officers ..."
                full = before + ", " + chunk
        if trail.rstrip().endswith(",") and ROLE.search(before):
            left = trail.rstrip()[:-1][-150:]
            mm = _TITLED_NAME_END.search(left)
            if mm:
                full = mm.group(1) + ", " + before
        a = parse_source(full, mem)
        if a and a.speaker is None:
            named = _named_next(full, mtext, m.end(), mem.following)
            if named:
                a = Attribution(named)
                mem.remember_org(named)
                mem.last = a
        if a:
            found.append((start_offset + m.start(), a, True))
    found.sort(key=lambda t: t[0])
    return found
