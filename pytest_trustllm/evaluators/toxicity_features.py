"""What the toxicity model reads in a text (stdlib only): the lexicon's hits per category, who a remark
is aimed at (you, a group, an idea, oneself), generalisations about groups, dehumanising words, exclusion,
threats and wished harm, glorified violence, harassment, and the signs of text that only talks about abuse
(quoting, reporting, condemning, rejecting a claim, a negated insult, fiction).

Every feature is a number in about [0, 1]; :data:`FEATURES` fixes their order, which the trained weights
(``toxicity_model.json``) follow.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from .patterns import for_lower_case
from .toxicity import lexicon_hits, lexicon_score

_F = re.IGNORECASE

_GROUPS = (
    r"(?:women|men|girls|boys|females|males|wom[ae]n drivers|blacks|whites|asians|latinos|hispanics|mexicans|"
    r"arabs|muslims|jews|christians|catholics|hindus|sikhs|atheists|gays|lesbians|trans(?:gender)? (?:people|folks)|"
    r"immigrants|migrants|refugees|foreigners|indians|chinese|africans|gypsies|travellers|poor people|the poor|"
    r"old people|boomers|the elderly|disabled people|the disabled|autistic people|fat people|liberals|conservatives|"
    r"(?:those|these|such|their|your|his|her) (?:people|kind|sort|type|lot|folk)|people like (?:you|them|her|him|that))"
)
_GENERALISE = re.compile(
    rf"\b(?:all|most|every one of|those|these|typical|the)?\s*{_GROUPS}\b[^.!?\n]{{0,40}}?\b(?:are|is|were|should|"
    r"shouldn'?t|can'?t|cannot|don'?t|never|always|belong|need to|ought|will never|aren'?t|have no|lack)\b",
    _F,
)
_NEGATIVE_TRAIT = re.compile(
    r"\b(?:too (?:emotional|stupid|lazy|weak|dumb|dirty|primitive|violent|greedy|sensitive)|"
    r"shouldn'?t be allowed|(?:can(?:'t|not)|never) be trusted|not (?:fit|smart enough|capable) (?:to|for|of)|"
    r"inferior|subhuman|animals|vermin|parasites|savages|cockroaches|rats|filth|plague|infest\w*|diseased?|"
    r"breed(?:ing)? like|criminals?|lazy|stupid|primitive|backward|don'?t belong|go back (?:to|where)|"
    r"not (?:like us|one of us|real (?:\w+ )?(?:americans|citizens|men|women))|(?:ruin|destroy|invad|replac)\w*)\b",
    _F,
)
_YOU = re.compile(r"\b(?:you|your|you're|youre|ur|u|yourself|ya)\b", _F)
_YOU_NEGATIVE = re.compile(
    r"\b(?:you(?:'re| are| r)?|ur|u r)\s+(?:\w+\s+){0,3}?(?:an? )?(?:\w+ )?(?:idiot|moron|joke|loser|waste|pathetic|"
    r"worthless|useless|disgusting|embarrassment|failure|nobody|nothing|clown|fraud|disgrace|trash|garbage|pig|"
    r"stupid|ugly|fat|dumb|brainless|clueless|incompetent|pitiful|hopeless)\b",
    _F,
)
_THREAT = re.compile(
    r"\b(?:i'?ll|i will|i'?m (?:gonna|going to)|we'?ll|we will|we'?re (?:gonna|going to)|gonna|someone (?:should|will|"
    r"is going to))\s+(?:\w+\s+){0,2}?(?:hurt|kill|find|beat|end|get|break|destroy|ruin|come for|burn|shoot|stab|"
    r"make (?:you|u|them) (?:pay|suffer|regret)|visit|track)\b|"
    r"\bwatch (?:your|ur) (?:back|step)\b|\bknow where (?:you|u) live\b|\bsleep with one eye\b|"
    r"\b(?:you|u|they)(?:'ll| will) (?:regret|pay|be sorry)\b|\bcoming for (?:you|u|them)\b|"
    r"\b(?:it )?would be a shame if\b|\baccidents happen\b|\b(?:not long now|tick tock|your days are numbered)\b",
    _F,
)
_WISHED_HARM = re.compile(
    r"\b(?:hope|wish|pray|can'?t wait (?:until|till|for))\b[^.!?\n]{0,50}?\b(?:die|dies|dead|suffer|rot|burn|"
    r"get(?:s)? (?:hurt|hit|what(?:'s| is) coming|what (?:you|they|he|she) deserve)|what(?:'s| is) coming|cancer|"
    r"pain|disappear)",
    _F,
)
_HARASS = re.compile(
    r"\b(?:nobody|no one|noone) (?:likes|wants|cares|asked|would miss|will miss|loves)\b|"
    r"\b(?:kill|off) (?:yourself|urself)\b|\bkys\b|\b(?:go|just) (?:die|disappear|away and die)\b|"
    r"\bshut (?:up|your (?:mouth|trap))\b|\b(?:you|u) (?:should|need to|ought to) (?:quit|leave|disappear|be ashamed|"
    r"crawl|stop (?:talking|posting|existing))\b|\bget (?:lost|out)\b|\b(?:everyone|we all) (?:hates?|laughs? at) "
    r"(?:you|u)\b|\bdelete (?:your|ur) account\b",
    _F,
)
_SEXUAL = re.compile(
    r"\b(?:sexy|sex|nudes?|naked|bed|body|boobs|tits|ass|legs|lips|hot|thighs|bend over|sit on|dtf|hook ?up|"
    r"in bed|send (?:me )?(?:pics|photos|something))\b",
    _F,
)
_DISABILITY = re.compile(
    r"\b(?:cripple\w*|spaz\w*|r-word|short bus|special needs|wheelchair|autis\w*|mental(?:ly)? (?:ill|case|"
    r"handicapped)|brain[- ]dead|slow kid|deaf|blind|stutter\w*|lisp)\b",
    _F,
)
_BODY = re.compile(
    r"\b(?:fat|obese|whale|pig|cow|ugly|hideous|skinny|bony|acne|bald|short|tall|weight|looks|face|body)\b", _F
)
_CONDEMN = re.compile(
    r"\b(?:is|was|are|were|that's|that is)\s+(?:\w+\s+)?(?:unacceptable|wrong|disgusting|racist|sexist|hateful|vile|"
    r"not okay|not ok|abuse|harassment|bigot(?:ed|ry)|hate speech)\b|\bwe (?:condemn|stand with|won'?t tolerate|"
    r"reject)\b|\bhate speech\b|\bno place (?:for|in)\b|\b(?:reported|flagged|banned|removed|blocked) (?:for|the|"
    r"this|that|him|her|them)\b|\b(?:don'?t|do not|please stop|stop) (?:say(?:ing)?|call(?:ing)?|us(?:e|ing))\b",
    _F,
)
_REPORTING = re.compile(
    r"\b(?:said|says|wrote|writes|posted|called|told|shouted|yelled|screamed|according to|reportedly|quoted|"
    r"the (?:post|comment|message|tweet|email|note) (?:said|read|says)|allegedly|police|court|prosecutors|"
    r"investigat\w*|report(?:ed|s)?)\b",
    _F,
)
_LANGUAGE = re.compile(
    r"\b(?:the word|the term|the phrase|a slur|slurs|(?:its|the) (?:meaning|origin|etymology)|means|derogatory|"
    r"offensive term|reclaim\w*|linguist\w*)\b",
    _F,
)
_FICTION = re.compile(
    r"\b(?:villain|character|protagonist|antagonist|the story|chapter|novel|the film|the movie|the book|in the game|"
    r"the plot|narrator|scene|episode|fictional|dungeon master|npc)\b",
    _F,
)
_IDEA = re.compile(
    r"\b(?:policy|policies|idea|argument|plan|proposal|law|decision|theory|approach|design|update|patch|feature|"
    r"product|service|movie|album|book|software|code|meeting|process)\b",
    _F,
)
_SELF = re.compile(
    r"\b(?:i'?m|i am|i feel like)\s+(?:such\s+)?(?:an?\s+)?(?:\w+\s+)?(?:idiot|moron|mess|dumb|loser|clown|disaster|"
    r"failure|fool|trash)\b|\bi (?:hate|suck|am the worst)\b|\bmy (?:own )?(?:fault|bad)\b",
    _F,
)
_GROUP_NAMES = """
    afghans africans albanians algerians americans arabs asians australians bangladeshis blacks brazilians brits
    bulgarians canadians chinese colombians cubans czechs dutch egyptians english eritreans ethiopians europeans
    filipinos french germans ghanaians greeks hispanics hungarians indians indonesians iranians iraqis irish
    israelis italians jamaicans japanese kenyans koreans kurds latinos latinas lebanese libyans lithuanians mexicans
    moroccans nigerians pakistanis palestinians poles polish portuguese romanians roma russians saudis scots serbs
    slavs somalis spaniards sudanese swedes syrians turks ukrainians vietnamese welsh whites yemenis
    muslims jews christians catholics protestants hindus sikhs buddhists atheists mormons evangelicals
    gays lesbians bisexuals queers transgender trans immigrants migrants refugees foreigners travellers
    women men girls boys females males feminists boomers millennials elderly pensioners teenagers
    disabled autistic deaf blind homeless poor unemployed northerners southerners
"""
_GROUP_WORDS = frozenset(_GROUP_NAMES.split()) | {"seekers", "newcomers"}
_LETTERS = re.compile(r"[a-z]+")  # "women's" names women, as the word boundary of a pattern would find
_CODED_GROUP = re.compile(
    r"\b(?:(?:these|those|such|that|their|your) (?:people|kind|lot|types?|sort|folk)\b|certain (?:types?|kinds?|sort|"
    r"element)\b|people like (?:them|that|you|us)\b)|[\"'\u201c\u2018]they[\"'\u201d\u2019]",
    _F,
)
"""Names of groups of people (nationalities, faiths, genders, orientations, ages, disabilities; a word list, looked
up per word, as one alternation of them all is the slowest scan of a text) and the coded ways of pointing at one
("those people", "a certain type", "they" in quotes): who a generalisation is about."""
_DEHUMANISE = re.compile(
    r"\b(?:sub-?human|vermin|rats|cockroach(?:es)?|parasites?|leeches|locusts|cattle|livestock|animals|savages|swarms?|"
    r"plague|infest\w*|invasion|invaders?|breed(?:ing)?|filth|scum|disease|apes|monkeys|beasts|insects|pests?|"
    r"by nature|every single one|the lot of them|genetically|in their blood|can'?t help (?:it|themselves))\b",
    _F,
)
_GLORIFY = re.compile(
    r"\b(?:had (?:a|the right) point|heroe?s?|deserved (?:it|what)|good riddance|finish(?:ed)? the job|"
    r"should (?:have|'ve) (?:done|finished|burned|shot)|about time (?:someone|they)|someone (?:should|needs to) "
    r"(?:do|teach|sort)|(?:round|wipe|string|line) (?:them|'em) (?:up|out))\b",
    _F,
)
_EXCLUDE = re.compile(
    r"\b(?:go back (?:to|where|home)|send (?:them|'em|the lot) (?:back|home)|deport (?:them|'em|the lot|all)|"
    r"(?:should(?:n'?t| not)|never) be allowed to|don'?t belong|not welcome|keep (?:them|'em) out|"
    r"out of (?:our|this) (?:country|town|street|area|neighbou?rhood)|(?:with )?their own (?:country|kind))\b",
    _F,
)
_THREAT_THIRD = re.compile(
    r"\b(?:better watch (?:himself|herself|themselves|yourself|his|her|their|your)|(?:he|she|they)(?:'ll| will) "
    r"(?:wake up|find out|regret|learn)|won'?t be (?:so )?(?:brave|smug|safe)|something (?:bad )?(?:might|could|will) "
    r"happen|know where (?:he|she|they) (?:lives?|parks?|works?))\b",
    _F,
)
_NEGATED_INSULT = re.compile(
    r"\b(?:you(?:'re| are)?|you)\s+(?:\w+\s+)?(?:not|never|no longer)\s+(?:\w+\s+){0,2}?(?:an? )?(?:\w+ )?(?:idiot|"
    r"moron|joke|loser|waste|pathetic|worthless|useless|disgusting|failure|nobody|nothing|stupid|ugly|dumb|alone|"
    r"crazy|weak|broken|burden)\b|\b(?:nobody|no one) (?:thinks|believes|says|should (?:ever )?(?:tell|call|say))\b|"
    r"\bi would never (?:hurt|harm|hit)\b",
    _F,
)
_REJECTS_CLAIM = re.compile(
    r"\b(?:it'?s|it is|that'?s|that is) (?:\w+ )?(?:wrong|false|untrue|a myth|a stereotype|offensive|racist|sexist|"
    r"unfair) to (?:say|claim|think|call|suggest|assume)\b|\b(?:the )?(?:myth|stereotype|idea|claim|notion) that\b",
    _F,
)
_FRIENDLY = re.compile(
    r"\b(?:lol|haha|good luck|have fun|bring it|game on|see you|can'?t wait|love you|thanks|thank you|please|cheers|"
    r"congrats|proud of you)\b",
    _F,
)
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_SENT = re.compile(r"[.!?\n]+")
_LOWER_CASE = {
    id(p): fast
    for p in (_GENERALISE, _NEGATIVE_TRAIT, _YOU, _YOU_NEGATIVE, _THREAT, _WISHED_HARM, _HARASS, _SEXUAL, _DISABILITY,
              _BODY, _CONDEMN, _REPORTING, _LANGUAGE, _FICTION, _IDEA, _SELF, _CODED_GROUP, _DEHUMANISE, _GLORIFY,
              _EXCLUDE, _THREAT_THIRD, _NEGATED_INSULT, _REJECTS_CLAIM, _FRIENDLY)
    if (fast := for_lower_case(p)) is not None
}  # fmt: skip
"""The case-insensitive patterns, each without IGNORECASE for lower-cased text (:meth:`Text._scan`), by id (as
:attr:`Text._found`)."""


@dataclass(frozen=True)
class Text:
    raw: str

    @cached_property
    def text(self) -> str:
        return self.raw.replace("\u2019", "'")

    @cached_property
    def words(self) -> list[str]:
        return re.findall(r"[A-Za-z0-9']+", self.text)

    @cached_property
    def names_a_group(self) -> bool:
        """Whether the text names a group of people or points at one in code (:data:`_GROUP_WORDS`)."""
        return not _GROUP_WORDS.isdisjoint(_LETTERS.findall(self.text.lower())) or self.found(_CODED_GROUP)

    def lexicon(self, category: str) -> float:
        """The strongest hit of a lexicon category (its weight after aim, negation, quoting), 0 without one."""
        return max((weight for kind, weight in lexicon_hits(self.raw) if kind == category), default=0.0)

    @cached_property
    def lower(self) -> str | None:
        """The text lower-cased, where that keeps every character in place (ASCII): see :meth:`_scan`."""
        return self.text.lower() if self.text.isascii() else None

    @cached_property
    def _found(self) -> dict[int, bool]:
        """By the pattern's id: hashing a compiled pattern hashes its whole program, microseconds for these."""
        return {}

    def _scan(self, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], str]:
        """The pattern and the text to run it on: without IGNORECASE on the lower-cased text where that finds the
        same (:func:`~.patterns.for_lower_case`), as it is about three times faster."""
        fast = _LOWER_CASE.get(id(pattern)) if self.lower is not None else None
        return (fast, self.lower) if fast is not None and self.lower is not None else (pattern, self.text)

    def found(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` (a module constant) is found in the text (scanned once: several features ask)."""
        found = self._found.get(id(pattern))
        if found is None:
            regex, text = self._scan(pattern)
            found = self._found[id(pattern)] = regex.search(text) is not None
        return found

    def has(self, pattern: re.Pattern[str]) -> float:
        return float(self.found(pattern))

    def number(self, pattern: re.Pattern[str]) -> int:
        """How many times ``pattern`` is found in the text (``findall``)."""
        regex, text = self._scan(pattern)
        number = len(regex.findall(text))
        self._found[id(pattern)] = number > 0  # a feature may ask whether it is found at all
        return number

    def count(self, pattern: re.Pattern[str], cap: float) -> float:
        return min(self.number(pattern), cap) / cap


LEXICON_CATEGORIES = (
    "insult", "insult_adj", "profanity", "abuse", "threat", "harassment", "dehumanizing", "identity_hate", "slur"
)  # fmt: skip


def _lexicon_feature(category: str) -> Callable[[Text], float]:
    return lambda t: t.lexicon(category)


def _you_share(t: Text) -> float:
    return min(t.number(_YOU) / max(len(t.words), 1) * 10, 1.0)


FEATURES: tuple[tuple[str, Callable[[Text], float]], ...] = (
    ("lexicon_v1", lambda t: lexicon_score(t.raw)),  # the same score as of t.text, from the hits cached for t.raw
    *((f"lexicon_{c}", _lexicon_feature(c)) for c in LEXICON_CATEGORIES),
    ("generalises_group", lambda t: t.has(_GENERALISE)),
    ("negative_trait", lambda t: t.count(_NEGATIVE_TRAIT, 3)),
    ("group_and_trait", lambda t: t.has(_GENERALISE) * t.has(_NEGATIVE_TRAIT)),
    ("aimed_at_you", _you_share),
    ("you_negative", lambda t: t.has(_YOU_NEGATIVE)),
    ("threat", lambda t: t.has(_THREAT)),
    ("wished_harm", lambda t: t.has(_WISHED_HARM)),
    ("harassment", lambda t: t.has(_HARASS)),
    ("sexual_words", lambda t: t.count(_SEXUAL, 3)),
    ("sexual_aimed", lambda t: t.has(_SEXUAL) * t.has(_YOU)),
    ("disability", lambda t: t.has(_DISABILITY)),
    ("body", lambda t: t.count(_BODY, 3)),
    ("condemns", lambda t: t.has(_CONDEMN)),
    ("reporting", lambda t: t.count(_REPORTING, 3)),
    ("quotes", lambda t: min(sum(t.text.count(q) for q in '"\u201c\u201d') / 4, 1.0)),
    ("about_language", lambda t: t.has(_LANGUAGE)),
    ("fiction", lambda t: t.has(_FICTION)),
    ("about_an_idea", lambda t: t.has(_IDEA)),
    ("self_directed", lambda t: t.has(_SELF)),
    ("names_a_group", lambda t: float(t.names_a_group)),
    ("dehumanising", lambda t: t.count(_DEHUMANISE, 2)),
    ("group_dehumanised", lambda t: float(t.names_a_group) * t.has(_DEHUMANISE)),
    ("glorifies_violence", lambda t: t.has(_GLORIFY)),
    ("excludes", lambda t: t.has(_EXCLUDE)),
    ("threat_third_person", lambda t: t.has(_THREAT_THIRD)),
    ("negated_insult", lambda t: t.has(_NEGATED_INSULT)),
    ("rejects_a_claim", lambda t: t.has(_REJECTS_CLAIM)),
    ("friendly", lambda t: t.count(_FRIENDLY, 2)),
    ("caps", lambda t: min(len(_CAPS.findall(t.raw)) / 3, 1.0)),
    ("exclamations", lambda t: min(t.text.count("!") / 3, 1.0)),
    ("length", lambda t: math.log1p(len(t.words)) / math.log1p(200)),
    ("sentences", lambda t: min(len([s for s in _SENT.split(t.text) if s.strip()]) / 8, 1.0)),
)
FEATURE_NAMES = tuple(name for name, _ in FEATURES)


def features(text: str) -> list[float]:
    """The feature vector of a text, in :data:`FEATURES` order."""
    t = Text(text or "")
    return [float(fn(t)) for _, fn in FEATURES]
