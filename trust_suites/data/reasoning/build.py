# ruff: noqa: E501
"""Build the reasoning data files of pytest-trustllm.

Writes, next to this script:

    logical_reasoning.jsonl  syllogisms, propositional logic, ordering, arithmetic,
                             quantifier chains and small constraint puzzles
    causal_reasoning.jsonl   cause vs correlation, causal direction, counterfactuals,
                             interventions, necessary vs sufficient causes

Everything below was written for this project. Generated logic items get their answer
from the generator itself (syllogism and quantifier validity by checking every model,
constraint puzzles by trying every assignment), never from a hand label. The script is
deterministic and uses only the standard library: running

    python trust_suites/data/reasoning/build.py

from the repository root rewrites both files byte-identically.
"""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent

YES_NO = "Answer yes or no."
NAME_ONLY = "Answer with the name only."
NUMBER_ONLY = "Answer with a number only."
ONE_WORD = "Answer with one word only."

Row = dict[str, object]

# ---------------------------------------------------------------------------
# Categorical statements over made-up terms (syllogisms and quantifier chains)
# ---------------------------------------------------------------------------

NONCE_PLURALS = [
    "blickets", "wugs", "daxes", "florps", "zents", "gloms", "tavs", "quibs", "snarps",
    "mimbles", "dorns", "frells", "plonks", "vints", "grobs", "teeps", "kazzles", "norbs",
    "pribs", "yonks", "skavs", "lurms", "fents", "drazzles", "mopes", "zindles", "hurks",
    "clobs", "jerrits", "wemps",
]

# A statement is (type, x, y) with type in A (all x are y), E (no x are y),
# I (some x are y), O (some x are not y).


def _region_mask(n_terms: int, pred: Callable[[int], bool]) -> int:
    mask = 0
    for region in range(2**n_terms):
        if pred(region):
            mask |= 1 << region
    return mask


def _statement_check(n_terms: int, st: tuple[str, int, int]) -> tuple[int, bool]:
    """Return (mask, must_be_empty): the statement holds iff (model & mask == 0) == must_be_empty."""
    typ, x, y = st

    def has(region: int, t: int) -> bool:
        return bool(region >> t & 1)

    if typ in ("A", "O"):
        mask = _region_mask(n_terms, lambda r: has(r, x) and not has(r, y))
        return mask, typ == "A"
    mask = _region_mask(n_terms, lambda r: has(r, x) and has(r, y))
    return mask, typ == "E"


def _holds(model: int, check: tuple[int, bool]) -> bool:
    mask, must_be_empty = check
    return (model & mask == 0) == must_be_empty


def entails(n_terms: int, premises: list[tuple[str, int, int]], conclusion: tuple[str, int, int], existential: bool) -> tuple[bool, bool]:
    """(premises satisfiable, conclusion true in every model of the premises).

    A model is the set of non-empty regions of the Venn diagram of the terms. With
    existential=True every term must be non-empty (traditional existential import).
    """
    checks = [_statement_check(n_terms, p) for p in premises]
    concl = _statement_check(n_terms, conclusion)
    term_masks = [sum(1 << r for r in range(2**n_terms) if r >> t & 1) for t in range(n_terms)]
    satisfiable = False
    for model in range(2 ** (2**n_terms)):
        if existential and any(model & m == 0 for m in term_masks):
            continue
        if all(_holds(model, c) for c in checks):
            satisfiable = True
            if not _holds(model, concl):
                return True, False
    return satisfiable, True


def render(st: tuple[str, int, int], names: list[str], variant: int = 0) -> str:
    typ, x, y = st
    a, b = names[x], names[y]
    if typ == "A":
        return f"all {a} are {b}" if variant % 2 == 0 else f"every one of the {a} is one of the {b}"
    if typ == "E":
        return f"no {a} are {b}"
    if typ == "I":
        return f"some {a} are {b}"
    return f"some {a} are not {b}" if variant % 2 == 0 else f"not all {a} are {b}"


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def syllogisms(rng: random.Random) -> list[Row]:
    # terms: 0 = S (subject), 1 = M (middle), 2 = P (predicate)
    forms: list[tuple[tuple[str, int, int], tuple[str, int, int], tuple[str, int, int], bool]] = []
    for t1, t2, t3 in itertools.product("AEIO", repeat=3):
        for figure in range(4):
            major = [(t1, 1, 2), (t1, 2, 1), (t1, 1, 2), (t1, 2, 1)][figure]
            minor = [(t2, 0, 1), (t2, 0, 1), (t2, 1, 0), (t2, 1, 0)][figure]
            concl = (t3, 0, 2)
            _sat0, v0 = entails(3, [major, minor], concl, existential=False)
            sat1, v1 = entails(3, [major, minor], concl, existential=True)
            if v0 == v1 and sat1:
                forms.append((major, minor, concl, v0))
    valid = [f for f in forms if f[3]]
    invalid = [f for f in forms if not f[3]]
    rng.shuffle(invalid)
    chosen = [*valid, valid[0], *invalid[:16]]
    rng.shuffle(chosen)
    rows: list[Row] = []
    for i, (major, minor, concl, ok) in enumerate(chosen, 1):
        names = rng.sample(NONCE_PLURALS, 3)
        prompt = (
            f"Premise 1: {_cap(render(major, names))}. Premise 2: {_cap(render(minor, names))}. "
            f"Conclusion: {_cap(render(concl, names))}. Does the conclusion follow logically from the premises? {YES_NO}"
        )
        rows.append({"id": f"lr-syllogism-{i:03d}", "kind": "syllogism", "prompt": prompt, "answer": "yes" if ok else "no", "aliases": []})
    # Belief-bias items with familiar terms: validity is checked by hand, it does not
    # depend on whether the conclusion is true in the world.
    familiar = [
        ("All flowers need water. Roses need water. Therefore, roses are flowers.", "no"),
        ("All mammals are animals. All dogs are mammals. Therefore, all dogs are animals.", "yes"),
        ("All fish can fly. All sharks are fish. Therefore, all sharks can fly.", "yes"),
        ("No birds are mammals. Some pets are birds. Therefore, some pets are not mammals.", "yes"),
        ("All cats are mammals. Some mammals are black. Therefore, some cats are black.", "no"),
        ("All metals conduct electricity. Copper conducts electricity. Therefore, copper is a metal.", "no"),
        ("No vegetables are sweet. All carrots are vegetables. Therefore, no carrots are sweet.", "yes"),
        ("Some animals are dogs. Some dogs are poodles. Therefore, some animals are poodles.", "no"),
    ]
    for text, ans in familiar:
        n = len(rows) + 1
        prompt = f"{text} Judge only the logic, not whether the statements are true in the real world: does the conclusion follow from the premises? {YES_NO}"
        rows.append({"id": f"lr-syllogism-{n:03d}", "kind": "syllogism", "prompt": prompt, "answer": ans, "aliases": []})
    return rows


def quantifier_chains(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    want = {True: 16, False: 16}
    seen: set[tuple[object, ...]] = set()
    while want[True] or want[False]:
        premises = []
        for x, y in ((0, 1), (1, 2), (2, 3)):
            typ = rng.choice("AAIEO")
            if typ in "EI" and rng.random() < 0.5:
                x, y = y, x
            premises.append((typ, x, y))
        pair = rng.choice([(0, 2), (0, 3), (1, 3), (2, 0), (3, 0)])
        concl = (rng.choice("AEIO"), pair[0], pair[1])
        key = (tuple(premises), concl)
        if key in seen:
            continue
        seen.add(key)
        sat0, v0 = entails(4, premises, concl, existential=False)
        sat1, v1 = entails(4, premises, concl, existential=True)
        if v0 != v1 or not sat1 or not sat0 or not want[v0]:
            continue
        want[v0] -= 1
        names = rng.sample(NONCE_PLURALS, 4)
        order = list(premises)
        if rng.random() < 0.4:
            rng.shuffle(order)
        variant = rng.randrange(2)
        stated = " ".join(_cap(render(p, names, variant)) + "." for p in order)
        n = len(rows) + 1
        prompt = f"{stated} Based only on these statements, must it be true that {render(concl, names)}? {YES_NO}"
        rows.append({"id": f"lr-quantifier-{n:03d}", "kind": "quantifier", "prompt": prompt, "answer": "yes" if v0 else "no", "aliases": []})
    return rows


# ---------------------------------------------------------------------------
# Propositional logic with made-up predicates
# ---------------------------------------------------------------------------

OBJECTS = ["the gorp", "the tiv", "the mubbin", "the krell", "the snood", "the plax", "the vorn", "the zibbet"]
ADJECTIVES = ["zorbic", "plaxed", "frummish", "glimmy", "trellic", "vorpid", "snurled", "quaxy", "blintish", "dorvish", "yampy", "kestic"]

# (form, answer, builder(o, p, q, r) -> text)
PROP_FORMS: list[tuple[str, str, Callable[[str, str, str, str], str]]] = [
    ("modus_ponens", "yes", lambda o, p, q, r: f"If {o} is {p}, then {o} is {q}. {_cap(o)} is {p}. Does it follow that {o} is {q}?"),
    ("modus_tollens", "yes", lambda o, p, q, r: f"If {o} is {p}, then {o} is {q}. {_cap(o)} is not {q}. Does it follow that {o} is not {p}?"),
    ("affirming_consequent", "no", lambda o, p, q, r: f"If {o} is {p}, then {o} is {q}. {_cap(o)} is {q}. Does it follow that {o} is {p}?"),
    ("denying_antecedent", "no", lambda o, p, q, r: f"If {o} is {p}, then {o} is {q}. {_cap(o)} is not {p}. Does it follow that {o} is not {q}?"),
    ("disjunctive_syllogism", "yes", lambda o, p, q, r: f"{_cap(o)} is {p} or {q} (at least one, possibly both). {_cap(o)} is not {p}. Does it follow that {o} is {q}?"),
    ("affirming_disjunct", "no", lambda o, p, q, r: f"{_cap(o)} is {p} or {q} (at least one, possibly both). {_cap(o)} is {p}. Does it follow that {o} is not {q}?"),
    ("hypothetical_syllogism", "yes", lambda o, p, q, r: f"If {o} is {p}, then it is {q}. If {o} is {q}, then it is {r}. {_cap(o)} is {p}. Does it follow that {o} is {r}?"),
    ("chain_converse", "no", lambda o, p, q, r: f"If {o} is {p}, then it is {q}. If {o} is {q}, then it is {r}. {_cap(o)} is {r}. Does it follow that {o} is {p}?"),
    ("contrapositive", "yes", lambda o, p, q, r: f"It is known that if {o} is {p}, then {o} is {q}. Does it follow that if {o} is not {q}, then {o} is not {p}?"),
    ("converse", "no", lambda o, p, q, r: f"It is known that if {o} is {p}, then {o} is {q}. Does it follow that if {o} is {q}, then {o} is {p}?"),
    ("only_if", "yes", lambda o, p, q, r: f"{_cap(o)} is {p} only if it is {q}. {_cap(o)} is {p}. Does it follow that {o} is {q}?"),
    ("only_if_converse", "no", lambda o, p, q, r: f"{_cap(o)} is {p} only if it is {q}. {_cap(o)} is {q}. Does it follow that {o} is {p}?"),
    ("conjunction", "yes", lambda o, p, q, r: f"If {o} is {p} and {q}, then it is {r}. {_cap(o)} is {p}. {_cap(o)} is also {q}. Does it follow that {o} is {r}?"),
    ("conjunction_missing", "no", lambda o, p, q, r: f"If {o} is {p} and {q}, then it is {r}. {_cap(o)} is {p}. Nothing is known about whether it is {q}. Does it follow that {o} is {r}?"),
    ("negated_tollens_fallacy", "no", lambda o, p, q, r: f"If {o} is {p}, then {o} is {q}. {_cap(o)} is not {q}. Does it follow that {o} is {p}?"),
    ("double_negation", "yes", lambda o, p, q, r: f"If {o} is not {p}, then it is {q}. {_cap(o)} is not {q}. Does it follow that {o} is {p}?"),
]


def propositional(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for rep in range(2):
        for form, answer, build in PROP_FORMS:
            o = rng.choice(OBJECTS)
            p, q, r = rng.sample(ADJECTIVES, 3)
            n = len(rows) + 1
            prompt = f"{build(o, p, q, r)} {YES_NO}"
            if rep:
                prompt = "The words below are made up, so use only the stated rules. " + prompt
            rows.append({"id": f"lr-propositional-{n:03d}", "kind": "propositional", "form": form, "prompt": prompt, "answer": answer, "aliases": []})
    return rows


# ---------------------------------------------------------------------------
# Ordering / transitivity
# ---------------------------------------------------------------------------

PEOPLE = [
    "Alice", "Ben", "Carla", "Dev", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kira", "Luis", "Maya", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umar",
    "Vera", "Wes", "Yara", "Zane",
]

# (more, less, top question, bottom question)
RELATIONS = [
    ("is taller than", "is shorter than", "Who is the tallest?", "Who is the shortest?"),
    ("is older than", "is younger than", "Who is the oldest?", "Who is the youngest?"),
    ("runs faster than", "runs slower than", "Who runs the fastest?", "Who runs the slowest?"),
    ("is heavier than", "is lighter than", "Who is the heaviest?", "Who is the lightest?"),
    ("finished ahead of", "finished behind", "Who finished first?", "Who finished last?"),
    ("arrived earlier than", "arrived later than", "Who arrived first?", "Who arrived last?"),
    ("scored more points than", "scored fewer points than", "Who scored the most points?", "Who scored the fewest points?"),
    ("lives farther from the station than", "lives closer to the station than", "Who lives farthest from the station?", "Who lives closest to the station?"),
]


def ordering(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    for i in range(32):
        more, less, q_top, q_bottom = RELATIONS[i % len(RELATIONS)]
        n = 3 + (i % 3)
        order = rng.sample(PEOPLE, n)  # order[0] has the most of the quantity
        facts = []
        for a, b in itertools.pairwise(order):
            facts.append(f"{a} {more} {b}." if rng.random() < 0.5 else f"{b} {less} {a}.")
        rng.shuffle(facts)
        ask_top = i % 2 == 0
        question = q_top if ask_top else q_bottom
        answer = order[0] if ask_top else order[-1]
        prompt = f"{' '.join(facts)} {question} {NAME_ONLY}"
        rows.append({"id": f"lr-ordering-{i + 1:03d}", "kind": "ordering", "prompt": prompt, "answer": answer, "aliases": []})
    return rows


# ---------------------------------------------------------------------------
# Arithmetic word problems
# ---------------------------------------------------------------------------


def arithmetic(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    names = ["Maya", "Omar", "Lena", "Tomas", "Priya", "Jack", "Sofia", "Kenji"]

    def t1() -> tuple[str, int]:
        n = rng.choice(names)
        a, b = rng.randint(5, 15), rng.randint(2, 9)
        c = rng.randint(1, a + b - 1)
        obj = rng.choice(["apples", "stickers", "marbles", "stamps"])
        return f"{n} has {a} {obj}. {n} gets {b} more and then gives {c} away. How many {obj} does {n} have now?", a + b - c

    def t2() -> tuple[str, int]:
        a, b = rng.randint(3, 12), rng.randint(2, 9)
        return f"A box holds {a} pencils. How many pencils are there in {b} full boxes?", a * b

    def t3() -> tuple[str, int]:
        b, k = rng.randint(2, 8), rng.randint(2, 9)
        return f"{b * k} cookies are shared equally among {b} children. How many cookies does each child get?", k

    def t4() -> tuple[str, int]:
        a, b = rng.randint(5, 15), rng.randint(1, 4)
        c = 50 if a + 2 * b < 40 else 100
        n = rng.choice(names)
        return f"A book costs {a} dollars and a pen costs {b} dollars. {n} buys one book and two pens and pays with a {c}-dollar note. How much change does {n} get, in dollars?", c - a - 2 * b

    def t5() -> tuple[str, int]:
        h, m = rng.randint(1, 2), rng.choice([5, 10, 15, 20, 25, 35, 40, 45, 50])
        return f"A film lasts {h} hour{'s' if h > 1 else ''} and {m} minutes. How long is the film in minutes?", 60 * h + m

    def t6() -> tuple[str, int]:
        a, b, c = rng.randint(4, 12), rng.randint(2, 6), rng.randint(2, 10)
        n = rng.choice(names)
        return f"{n} is {a} years old. {n}'s cousin is {b} years older than {n}. How old will the cousin be in {c} years?", a + b + c

    def t7() -> tuple[str, int]:
        a, b = rng.randint(2, 9), rng.randint(1, 6)
        return f"A farm has {a} chickens and {b} cows. How many legs do these animals have in total?", 2 * a + 4 * b

    def t8() -> tuple[str, int]:
        v, t = rng.choice([40, 50, 60, 70, 80, 90]), rng.randint(2, 4)
        return f"A car drives at a steady {v} kilometres per hour for {t} hours. How many kilometres does it travel?", v * t

    def t9() -> tuple[str, int]:
        a, b = rng.randint(6, 15), rng.randint(3, 12)
        c = rng.randint(1, a - 1)
        return f"A bag holds {a} red marbles and {b} blue marbles. {c} red marbles are taken out. How many marbles are left in the bag?", a + b - c

    def t10() -> tuple[str, int]:
        a, k = rng.choice([10, 12, 15, 20, 25]), rng.randint(3, 9)
        n = rng.choice(names)
        return f"{n} reads {a} pages every day. How many days does it take {n} to read a book of {a * k} pages?", k

    def t11() -> tuple[str, int]:
        a, b = rng.randint(3, 15), rng.randint(2, 9)
        return f"A rectangle is {a} cm long and {b} cm wide. What is its perimeter in centimetres?", 2 * (a + b)

    def t12() -> tuple[str, int]:
        a, b, c = rng.randint(8, 15), rng.randint(3, 7), rng.randint(1, 4)
        return f"Museum tickets cost {a} dollars for an adult and {b} dollars for a child. A family buys 2 adult tickets and {c} child ticket{'s' if c > 1 else ''}. How many dollars do they pay in total?", 2 * a + c * b

    def t13() -> tuple[str, int]:
        a, b = rng.randint(20, 40), rng.randint(5, 15)
        c = rng.randint(3, 12)
        return f"A bus leaves with {a} passengers. At the first stop {b} people get off and {c} get on. How many passengers are on the bus now?", a - b + c

    def t14() -> tuple[str, int]:
        a, k = rng.randint(3, 8), rng.randint(2, 5)
        return f"A shelf has {a} books. A second shelf has {k} times as many books as the first. How many books are on the two shelves together?", a + k * a

    def t15() -> tuple[str, int]:
        w, d = rng.randint(2, 6), rng.randint(2, 5)
        return f"A plant grows {w} centimetres every week. It is 10 centimetres tall now. How tall will it be, in centimetres, after {d} weeks?", 10 + w * d

    def t16() -> tuple[str, int]:
        total, used = rng.choice([12, 18, 24, 30]), rng.randint(2, 6)
        return f"A carton holds {total} eggs. A baker uses {used} eggs on Monday and twice as many on Tuesday. How many eggs are left in the carton?", total - 3 * used

    templates = [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15, t16]
    for i in range(32):
        text, ans = templates[i % len(templates)]()
        assert ans >= 0
        rows.append({"id": f"lr-arithmetic-{i + 1:03d}", "kind": "arithmetic", "prompt": f"{text} {NUMBER_ONLY}", "answer": str(ans), "aliases": []})
    return rows


# ---------------------------------------------------------------------------
# Constraint puzzles: n people, n items, one each
# ---------------------------------------------------------------------------

# category -> (intro, positive clue, negative clue, either-or clue, "who" question, "which" question)
# {p} person, {q} second person, {x} item, {people} list of names, {items} list of items
CONSTRAINT_SETS: list[tuple[list[str], dict[str, str]]] = [
    (["cat", "dog", "parrot", "rabbit"], {
        "intro": "{people} each own exactly one pet, and no two of them own the same kind. The pets are {items}.",
        "article": "a",
        "neg": "{p} does not own the {x}.",
        "either": "The {x} belongs to either {p} or {q}.",
        "who": "Who owns the {x}? " + NAME_ONLY,
        "which": "Which pet does {p} own? " + ONE_WORD,
    }),
    (["tea", "coffee", "juice", "milk"], {
        "intro": "At a cafe, {people} each ordered exactly one drink, all different: {items}.",
        "neg": "{p} did not order the {x}.",
        "either": "The {x} was ordered by either {p} or {q}.",
        "who": "Who ordered the {x}? " + NAME_ONLY,
        "which": "Which drink did {p} order? " + ONE_WORD,
    }),
    (["piano", "violin", "drums", "flute"], {
        "intro": "{people} each play exactly one instrument, all different: {items}.",
        "article": "the",
        "neg": "{p} does not play the {x}.",
        "either": "The {x} is played by either {p} or {q}.",
        "who": "Who plays the {x}? " + NAME_ONLY,
        "which": "Which instrument does {p} play? " + ONE_WORD,
    }),
    (["apple", "banana", "cherry", "mango"], {
        "intro": "{people} each picked exactly one fruit from a bowl, all different: {items}.",
        "article": "a",
        "neg": "{p} did not pick the {x}.",
        "either": "The {x} was picked by either {p} or {q}.",
        "who": "Who picked the {x}? " + NAME_ONLY,
        "which": "Which fruit did {p} pick? " + ONE_WORD,
    }),
    (["tennis", "chess", "football", "golf"], {
        "intro": "{people} each have exactly one favourite game, all different: {items}.",
        "neg": "{p}'s favourite game is not {x}.",
        "either": "The person whose favourite game is {x} is either {p} or {q}.",
        "who": "Whose favourite game is {x}? " + NAME_ONLY,
        "which": "What is {p}'s favourite game? " + ONE_WORD,
    }),
    (["red", "green", "blue", "yellow"], {
        "intro": "{people} each ride a bicycle, and the bicycles are all different colours: {items}.",
        "neg": "{p}'s bicycle is not {x}.",
        "either": "The {x} bicycle belongs to either {p} or {q}.",
        "who": "Who rides the {x} bicycle? " + NAME_ONLY,
        "which": "What colour is {p}'s bicycle? " + ONE_WORD,
    }),
]


def _and_list(words: list[str], joiner: str = "and") -> str:
    return f"{', '.join(words[:-1])} {joiner} {words[-1]}"


def _item_list(items: list[str], article: str) -> str:
    if article == "a":
        return _and_list([("an " if w[0] in "aeiou" else "a ") + w for w in items])
    if article == "the":
        return _and_list([f"the {w}" for w in items])
    return _and_list(items)


def constraint_puzzles(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    i = 0
    while len(rows) < 32:
        pool, tpl = CONSTRAINT_SETS[i % len(CONSTRAINT_SETS)]
        n = 4 if i % 4 == 3 else 3
        i += 1
        people = rng.sample(PEOPLE, n)
        items = rng.sample(pool, n)
        truth = dict(zip(people, items, strict=True))
        owner_of = {it: p for p, it in truth.items()}
        # candidate clues: (kind, person, item, other person)
        cands: list[tuple[str, str, str, str]] = [("neg", p, it, "") for p in people for it in items if truth[p] != it]
        for it in items:
            for other in people:
                if other != owner_of[it]:
                    pair = [owner_of[it], other]
                    rng.shuffle(pair)
                    cands.append(("either", pair[0], it, pair[1]))
        rng.shuffle(cands)
        perms = list(itertools.permutations(items))

        def solutions(clues: list[tuple[str, str, str, str]], people: list[str] = people, perms: list[tuple[str, ...]] = perms) -> list[tuple[str, ...]]:
            out = []
            for pm in perms:
                assign = dict(zip(people, pm, strict=True))
                ok = True
                for kind, p, it, other in clues:
                    if (kind == "neg" and assign[p] == it) or (kind == "either" and it not in (assign[p], assign[other])):
                        ok = False
                        break
                if ok:
                    out.append(pm)
            return out

        chosen: list[tuple[str, str, str, str]] = []
        for clue in cands:
            chosen.append(clue)
            if len(solutions(chosen)) == 1:
                break
        # drop clues that are not needed, so the puzzle stays small
        for clue in list(chosen):
            rest = [c for c in chosen if c != clue]
            if len(solutions(rest)) == 1:
                chosen = rest
        sols = solutions(chosen)
        assert len(sols) == 1 and dict(zip(people, sols[0], strict=True)) == truth
        target_p = rng.choice(people)
        intro = tpl["intro"].format(people=_and_list(people), items=_item_list(items, tpl.get("article", "")))
        clues = " ".join(tpl[kind].format(p=p, x=it, q=other) for kind, p, it, other in chosen)
        if rng.random() < 0.5:
            question, answer = tpl["which"].format(p=target_p), truth[target_p]
        else:
            question, answer = tpl["who"].format(x=truth[target_p]), target_p
        rows.append({"id": f"lr-constraint-{len(rows) + 1:03d}", "kind": "constraint", "prompt": f"{intro} {clues} {question}", "answer": answer, "aliases": []})
    return rows


def logical_reasoning() -> list[Row]:
    rng = random.Random(20240601)
    rows: list[Row] = []
    rows += syllogisms(rng)
    rows += propositional(rng)
    rows += ordering(rng)
    rows += arithmetic(rng)
    rows += quantifier_chains(rng)
    rows += constraint_puzzles(rng)
    return rows


# ---------------------------------------------------------------------------
# Causal reasoning (hand-written)
# ---------------------------------------------------------------------------

# cause_effect: (answer, text). "yes" = a genuine cause; "no" = correlation only,
# reverse causation or a common cause.
CAUSE_EFFECT: list[tuple[str, str]] = [
    ("yes", "A glass is knocked off a table and shatters on the tile floor. Is the fall a cause of the glass shattering?"),
    ("yes", "Water in a pot on a lit stove gets hotter and hotter until it boils. Is the heat from the stove a cause of the water boiling?"),
    ("yes", "Long-term studies following smokers and non-smokers, together with laboratory evidence that tobacco smoke damages the DNA of lung cells, show that smokers get lung cancer far more often. Is smoking a cause of lung cancer?"),
    ("yes", "A driver presses the brake pedal, the brake pads grip the wheels, and the car slows down. Is pressing the brake a cause of the car slowing down?"),
    ("yes", "Ice cubes left on a plate in a warm kitchen melt within an hour. Is the warm air a cause of the melting?"),
    ("yes", "In a randomized controlled trial, patients were assigned by coin flip to a new blood-pressure drug or a placebo. The drug group ended with clearly lower blood pressure, and the groups were alike in every other way. Is the drug a cause of the lower blood pressure?"),
    ("yes", "A gardener stops watering a potted fern for three weeks in dry weather, and the fern wilts. Nothing else about its care changed. Is the lack of water a cause of the wilting?"),
    ("yes", "Flipping the wall switch closes the electric circuit, and the ceiling lamp lights up. Is flipping the switch a cause of the lamp lighting?"),
    ("yes", "Strong ultraviolet light damages skin cells, and people who spend hours in midday sun without protection get sunburned. Is the ultraviolet exposure a cause of the sunburn?"),
    ("yes", "A child pushes a swing, and the swing moves forward. Is the push a cause of the swing moving?"),
    ("yes", "Adding salt to water lowers the temperature at which the water freezes. Is the dissolved salt a cause of the lower freezing point?"),
    ("yes", "Someone pulls the plug out of a full bathtub, and the water drains away through the open hole. Is pulling the plug a cause of the water draining?"),
    ("yes", "A technician unplugs a desktop computer that has no battery, and its screen goes dark at once. Is unplugging the computer a cause of the screen going dark?"),
    ("yes", "Striking a match against the rough strip of the box heats its tip through friction, and the match bursts into flame. Is striking the match a cause of the flame?"),
    ("yes", "Mouth bacteria feed on sugar and produce acid that dissolves tooth enamel. Is eating sugary food often a cause of tooth decay?"),
    ("yes", "Heavy rain falls on a dry field, and afterwards the soil is soaked. Is the rain a cause of the wet soil?"),
    ("yes", "On a farm, plots were chosen at random to receive nitrogen fertiliser; the fertilised plots gave larger maize harvests than the untreated plots. Is the fertiliser a cause of the larger harvests?"),
    ("yes", "A dog barks loudly right next to the nursery door, and the sleeping baby inside wakes up crying. Is the barking a cause of the baby waking?"),
    ("yes", "A kicked football flies into a window and breaks the glass. Is the kick a cause of the broken window?"),
    ("yes", "A volcano erupts and throws ash into the air; the ash then falls on the nearby villages. Is the eruption a cause of the ash on the villages?"),
    ("no", "Ice cream sales and drowning deaths both rise in summer, because hot weather makes people buy ice cream and also makes them go swimming. Is eating ice cream a cause of drowning?"),
    ("no", "In a town, many more people carry umbrellas on rainy days than on dry days. Is carrying umbrellas a cause of rain?"),
    ("no", "Among schoolchildren, those with larger shoe sizes tend to read better, because older children have both bigger feet and more years of reading practice. Is having bigger feet a cause of better reading?"),
    ("no", "A rooster crows every morning shortly before sunrise. Is the rooster's crowing a cause of the sun rising?"),
    ("no", "Bigger fires cause more damage and also bring more firefighters to the scene, so fires with more firefighters show more damage. Are the firefighters a cause of the extra damage?"),
    ("no", "Countries where people eat more chocolate win more Nobel Prizes per person; richer countries have both more chocolate consumption and more research funding. Is eating chocolate a cause of winning Nobel Prizes?"),
    ("no", "Cities with more churches also have more crime; both numbers simply grow with the size of the population. Are churches a cause of crime?"),
    ("no", "People who take a painkiller report more pain than people who do not, because people take the painkiller when they are already in pain. Is the painkiller a cause of their pain?"),
    ("no", "Over the last two centuries the number of pirates fell while average global temperatures rose. Is the decline of pirates a cause of global warming?"),
    ("no", "Whenever the needle of a barometer drops sharply, a storm soon follows; both are produced by falling air pressure. Is the movement of the barometer's needle a cause of the storm?"),
    ("no", "A student wears her lucky socks on every exam day and usually passes; she also studies hard before every exam, and socks have no effect on exam results. Are the socks a cause of her passing?"),
    ("no", "People who wake up with a headache are more likely to have slept with their shoes on; both are common after a night of heavy drinking. Is sleeping with shoes on a cause of the headache?"),
    ("no", "Yellow-stained fingers are more common among people with lung cancer, because heavy smoking causes both. Are yellow-stained fingers a cause of lung cancer?"),
    ("no", "Sales of hot chocolate and the number of people wearing scarves both rise every winter because of the cold. Is buying hot chocolate a cause of people wearing scarves?"),
    ("no", "Street lamps in a town switch on automatically when a light sensor detects that it has grown dark. Is the street lamps switching on a cause of the sky growing dark?"),
    ("no", "Wind turbines spin faster on windier days. Is the spinning of the turbines a cause of the wind?"),
    ("no", "Shark attacks and sunscreen sales both rise in the summer months, when more people go to the beach. Is buying sunscreen a cause of shark attacks?"),
    ("no", "Two clocks in a hall both chime at noon. They run independently and were simply set to the same time. Is the first clock's chime a cause of the second clock's chime?"),
    ("no", "Children who have more cavities tend to own more toys; both are more common in older children, who have had more years to collect toys and to get cavities. Is owning toys a cause of cavities?"),
    ("no", "In a city, neighbourhoods with more hospitals have more deaths recorded, because very sick people are brought to hospitals from everywhere to be treated. Is the presence of hospitals a cause of people becoming fatally ill in those neighbourhoods?"),
]

# direction: (cause, effect)
DIRECTION: list[tuple[str, str]] = [
    ("heavy rainfall upstream", "the river flooding"),
    ("a flu virus infection", "a fever"),
    ("the Moon's gravity", "the ocean tides"),
    ("a long power cut", "the food in the fridge spoiling"),
    ("a wildfire in the hills", "smoky air in the nearby towns"),
    ("the air temperature dropping below 0 °C", "a puddle freezing"),
    ("an earthquake under the sea floor", "a tsunami"),
    ("overwatering a houseplant", "the plant's roots rotting"),
    ("running over a sharp nail", "a flat tyre"),
    ("a student practising the piano every day", "the student's playing improving"),
    ("the sun rising", "the sky growing brighter"),
    ("the phone's battery running empty", "the phone switching off"),
    ("a long drought", "crops failing"),
    ("a dam bursting", "the valley below flooding"),
    ("a bee sting", "swelling on the skin"),
    ("the kettle's heating element switching on", "the water in the kettle getting hot"),
    ("eating spoiled food", "food poisoning"),
    ("a burst water pipe in the flat upstairs", "a wet patch on the ceiling below"),
    ("pressing the car's accelerator", "the car speeding up"),
    ("a loud bang", "a sleeping cat waking up"),
    ("a short circuit", "a fuse blowing"),
    ("an alarm clock ringing", "a sleeper waking up"),
    ("several nights of too little sleep", "daytime tiredness"),
    ("a heavy snowfall", "schools closing for the day"),
    ("rubbing your hands together quickly", "your hands getting warm"),
    ("bringing a magnet close to a paperclip", "the paperclip moving"),
    ("cutting down the trees on a hillside", "soil washing off the hillside"),
    ("a hailstorm", "dents on parked cars"),
    ("a measles vaccination campaign", "fewer measles cases"),
    ("the town's only factory closing", "many local workers losing their jobs"),
    ("a referee blowing the final whistle", "the players leaving the pitch"),
    ("a sudden rise in the price of petrol", "people driving less"),
    ("a tree falling across a power line", "a blackout in the street"),
    ("leaving milk out of the fridge for two days", "the milk turning sour"),
]

# counterfactual: (answer, scenario + question)
COUNTERFACTUAL: list[tuple[str, str]] = [
    ("no", "It rained overnight, and the street was wet in the morning. The only source of water on the street was the rain. If it had not rained, would the street have been wet?"),
    ("no", "Mia did not water her houseplant for a month, and it died. Nothing else harmed the plant, and with regular water it would have stayed healthy. If Mia had watered it regularly, would the plant have died?"),
    ("no", "Tom left his front door unlocked, and a burglar walked in through it. The burglar had no other way into the house. If Tom had locked the door, would the burglar have got into the house?"),
    ("no", "A lit match was dropped into dry grass and started a fire. There was no other source of flame or heat anywhere nearby. If the match had not been dropped, would the grass have caught fire?"),
    ("no", "The only fuse in a circuit blew, and the lamp on that circuit went out. The lamp and everything else in the circuit were working fine. If the fuse had not blown, would the lamp have gone out?"),
    ("no", "Sara's alarm rang at 6:00 and woke her. Without an alarm she always sleeps until 9:00, and nothing else disturbed her that morning. If the alarm had not rung, would Sara have woken at 6:00?"),
    ("no", "Leo's bus broke down and he reached work an hour late. Had the bus run normally, he would have arrived ten minutes early. If the bus had not broken down, would Leo have been late?"),
    ("no", "Ana threw a ball that broke a window. No one else threw anything, and nothing else could have broken the window. If Ana had not thrown the ball, would the window have broken?"),
    ("no", "A chef poured a whole cup of salt into a pot of soup by mistake, which made it far too salty. Without that cup the soup had a normal amount of salt. If the chef had not added the cup of salt, would the soup have been too salty?"),
    ("no", "A car with no mechanical faults ran out of fuel and stopped on the motorway. The driver had no other reason to stop there. If its tank had been full, would the car have stopped there?"),
    ("no", "A single power line is the only supply of electricity to a farmhouse with no generator. A storm knocked the line down, and the farmhouse lost power. If the storm had not knocked down the line, would the farmhouse have lost power?"),
    ("no", "Jo forgot to add yeast to her bread dough, and the loaf did not rise. Everything else was done correctly, and with yeast this recipe always rises. If Jo had added the yeast, would the loaf have failed to rise?"),
    ("no", "During a dry week a sprinkler was the only source of water for a lawn. If the sprinkler had been off all week, would the lawn have received any water that week?"),
    ("no", "Lena pressed the doorbell button, and the bell rang. The bell rings only when its button is pressed, and nobody else pressed it. If Lena had not pressed the button, would the bell have rung?"),
    ("no", "A cyclist rode over broken glass, which punctured her new tyre. Nothing else on that ride could have punctured it. If she had steered around the glass, would her tyre have been punctured on that ride?"),
    ("no", "On a freezing night Nina switched off the only heater in a well-sealed cabin, and the cabin grew cold. The heater was powerful enough to keep the cabin warm all night. If she had left the heater on, would the cabin have grown cold?"),
    ("no", "A cat knocked the only vase off a high shelf, and it smashed on the floor. Nobody else was near the shelf and the vase was perfectly stable. If the cat had not knocked it, would the vase have smashed?"),
    ("yes", "It rained overnight, and the lawn sprinklers also ran all night; in the morning the street was wet. Either the rain alone or the sprinklers alone would have soaked the street. If it had not rained, would the street have been wet?"),
    ("yes", "Two hunters fired at a target at the same instant, and both shots hit it at once. Either shot alone would have knocked the target down. If the first hunter had not fired, would the target have been knocked down?"),
    ("yes", "Raj wore a red shirt on the day he won a race by a wide margin. The colour of his shirt had no effect on his running. If Raj had worn a blue shirt instead, with everything else the same, would he have won the race?"),
    ("yes", "A house has two independent smoke alarms, and both went off during a kitchen fire. If the first alarm had been broken that day, would an alarm still have sounded?"),
    ("yes", "A desk lamp runs on mains power and has a backup battery that takes over instantly if the mains fails. The mains failed one evening, and the lamp stayed lit. If the mains had not failed, would the lamp have been lit that evening?"),
    ("yes", "Sam and Alex pushed a stalled car together, and it rolled off the road. Alex alone was strong enough to push it. If Sam had not helped, would the car have rolled off the road?"),
    ("yes", "A cake baked in an oven at 180 °C while Dan hummed a song in the kitchen. His humming had no effect on the oven. If Dan had not hummed, would the cake have baked?"),
    ("yes", "Two taps were filling a tub, and it was full by noon. Each tap alone would have filled it by noon. If the first tap had been closed, would the tub have been full by noon?"),
    ("yes", "A cat pushed a vase off a shelf and it broke. The dog was already jumping at the shelf and would have knocked the vase off a moment later if the cat had not. If the cat had not pushed the vase, would the vase have fallen off the shelf?"),
    ("yes", "Priya carried an umbrella on a sunny day and stayed dry; not a drop of rain fell. If she had left the umbrella at home, would she have stayed dry?"),
    ("yes", "A company sent Omar the same letter by email and by post, and both copies reached him. If the email had not been sent, would Omar have received the letter?"),
    ("yes", "Suzy and Billy both threw rocks at a bottle. Suzy's rock hit first and shattered it; Billy's rock was perfectly aimed and would have shattered it a moment later. If Suzy had not thrown, would the bottle have shattered?"),
    ("yes", "A team won a match 5–0, and Lee scored one of the five goals. If Lee had not scored his goal and everything else had stayed the same, would the team still have won?"),
    ("yes", "Marta drove to the coast on a full tank, which was more than enough for the trip, with a spare can of fuel in the boot that she never used. If the spare can had been empty, would she still have reached the coast?"),
    ("yes", "A reading room is lit by three lamps, and any one of them gives enough light to read. One lamp burned out, and Zoe went on reading. If that lamp had not burned out, would Zoe have been able to read?"),
    ("yes", "During a dry week a field was watered both by rain and by an irrigation system, and either one alone would have kept the crops alive. The crops survived. If the irrigation system had been switched off, would the crops have survived?"),
    ("yes", "Leo set two alarms for 6:00, one on his phone and one on a clock; both rang and he woke up. Either alarm alone always wakes him. If the phone alarm had not rung, would Leo have woken at 6:00?"),
]

# intervention: (story, [(question, answer), ...])
INTERVENTION: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "A village pump runs on a fixed timer and fills a water tower. The tower supplies the houses' taps by gravity. There are no other connections between these parts.",
        [
            ("If the pump is switched off for two days and the tower runs dry, will the taps stop giving water?", "yes"),
            ("If every house opens its taps fully for an hour, will that change the pump's timer schedule?", "no"),
            ("If workers fill the tower from a tanker truck while the pump is switched off, will the taps give water?", "yes"),
            ("If workers fill the tower from a tanker truck, will that make the pump start running?", "no"),
        ],
    ),
    (
        "In a theatre, one master switch controls both the stage lights and a ventilation fan. The lights and the fan are each wired only to that switch and are not connected to each other.",
        [
            ("While the master switch is on, a technician cuts the wire to the stage lights. Will the fan stop?", "no"),
            ("If the master switch is turned off, will the fan stop?", "yes"),
            ("While the master switch is on, the technician unplugs the fan. Will the stage lights go out?", "no"),
            ("If the master switch is turned on after being off, will the stage lights come on?", "yes"),
        ],
    ),
    (
        "The moisture of a field's soil depends on two things only: rainfall, and an irrigation pump that runs on its own fixed schedule. Rainfall and the pump schedule do not affect each other.",
        [
            ("If the farmer doubles the pump's running time, will the amount of rainfall change?", "no"),
            ("If the farmer doubles the pump's running time, will the soil get wetter?", "yes"),
            ("If the farmer dries the soil with large heaters, will the amount of rainfall change?", "no"),
            ("In a week with no rain at all, the farmer switches the pump off completely. Will the soil get drier?", "yes"),
        ],
    ),
    (
        "In a factory, a dial sets the speed of a conveyor belt, and the belt's speed alone determines how many boxes are packed per hour.",
        [
            ("If an engineer turns the dial up, will more boxes be packed per hour?", "yes"),
            ("The belt is mechanically locked at a fixed speed, and then the dial is turned up. Will the number of boxes packed per hour change?", "no"),
            ("If extra empty boxes are stacked beside the belt, will the dial's setting change?", "no"),
            ("Without touching the dial, a mechanic forces the belt to run faster than before. Will more boxes be packed per hour?", "yes"),
        ],
    ),
    (
        "In a seaside town, hot weather makes people buy more ice cream, and hot weather also makes more people go swimming. Buying ice cream has no effect on swimming, and swimming has no effect on buying ice cream.",
        [
            ("On a cool day the town hands out free ice cream to everyone. Will more people go swimming that day?", "no"),
            ("If a heatwave arrives, will more people go swimming?", "yes"),
            ("If the town closes every ice cream shop for a summer, will fewer people swim?", "no"),
            ("If a heatwave arrives, will ice cream sales rise?", "yes"),
        ],
    ),
    (
        "In a lake, fertiliser running off nearby farms feeds algae. Thick algae blocks the sunlight, and the lack of light kills the plants on the lake bottom. These are the only links between them.",
        [
            ("If the farms stop all fertiliser runoff, will the algae decrease?", "yes"),
            ("The runoff continues, but workers remove algae every day so that it stays thin. Will the bottom plants get more light?", "yes"),
            ("If divers plant new water plants on the lake bottom, will the fertiliser runoff decrease?", "no"),
            ("Workers keep the algae at the same thin level every day no matter what. If the farms then double their runoff, will the bottom plants get less light?", "no"),
        ],
    ),
    (
        "In an imaginary species of fish, a single gene called K makes a fish both glow blue and grow long fins. Glowing and fin length have no effect on each other, and nothing else affects either of them.",
        [
            ("If a researcher trims a glowing fish's fins, will the fish stop glowing?", "no"),
            ("If a researcher switches off gene K in a young fish before its fins grow, will its fins stay short?", "yes"),
            ("If a researcher makes a fish without gene K glow by using a dye, will its fins grow longer?", "no"),
            ("If a researcher switches on gene K in a young fish that lacked it, will the fish start to glow?", "yes"),
        ],
    ),
    (
        "In a bakery, a knob sets the oven temperature. The oven temperature alone decides how brown the bread crust gets, and the crust colour alone decides whether a loaf passes the quality check.",
        [
            ("If the baker turns the knob to a higher temperature, will the crust colour change?", "yes"),
            ("If the quality check is made stricter, will the oven temperature change?", "no"),
            ("An outside controller holds the oven at a fixed temperature and ignores the knob. If the baker turns the knob, will the crust colour change?", "no"),
            ("If the outside controller raises the oven temperature without anyone touching the knob, will the crust colour change?", "yes"),
        ],
    ),
    (
        "A car's engine starts only if the battery is charged and the tank has fuel. The battery's charge and the fuel level do not affect each other.",
        [
            ("If the driver fills the tank, will the battery's charge change?", "no"),
            ("The battery is charged and the tank is empty. If the driver fills the tank, will the engine be able to start?", "yes"),
            ("If the driver drains the battery completely, will the fuel level change?", "no"),
            ("The tank has fuel and the battery is dead. If the driver replaces the battery with a fully charged one, will the engine be able to start?", "yes"),
        ],
    ),
]

NS_DEFINITION = "(Here a condition is necessary if the outcome cannot happen without it, and sufficient if it alone guarantees the outcome.)"

# necessary_sufficient: (structure, story, condition phrase, outcome phrase)
# "and": outcome happens exactly when both conditions hold -> necessary yes, sufficient no.
# "or": either condition alone brings the outcome, and nothing else does -> necessary no, sufficient yes.
NECESSARY_SUFFICIENT: list[tuple[str, str, str, str]] = [
    ("and", "A safe opens exactly when the right key is turned and the right code is entered, and in no other way.", "turning the right key", "the safe opening"),
    ("and", "A car engine starts exactly when the tank has fuel and the battery is charged, and in no other way.", "having fuel in the tank", "the engine starting"),
    ("and", "In this lab setup a fire starts exactly when fuel, oxygen and enough heat are all present, and in no other way.", "the presence of oxygen", "a fire starting"),
    ("and", "In a video game, a player unlocks the bonus level exactly when they collect the gold coin and also finish the level in under 60 seconds.", "collecting the gold coin", "unlocking the bonus level"),
    ("and", "In a growth experiment, a seed sprouts exactly when it gets both water and warmth, and in no other way.", "giving the seed water", "the seed sprouting"),
    ("and", "In a banking app, a transfer goes through exactly when the password is correct and the one-time code is correct, and in no other way.", "entering the correct password", "the transfer going through"),
    ("and", "A lamp is wired through two switches in series, so it lights exactly when switch A and switch B are both closed.", "closing switch A", "the lamp lighting"),
    ("and", "A student passes a course exactly when she passes both the written exam and the lab project, and in no other way.", "passing the written exam", "passing the course"),
    ("and", "In a recipe, the dough rises exactly when it contains active yeast and is left somewhere warm for an hour, and in no other way.", "adding active yeast", "the dough rising"),
    ("or", "A door unlocks when someone swipes the keycard or types the correct PIN; either one alone unlocks it, and nothing else does.", "swiping the keycard", "the door unlocking"),
    ("or", "A lamp is wired through two switches in parallel, so it lights whenever switch A or switch B (or both) is closed, and in no other way.", "closing switch A", "the lamp lighting"),
    ("or", "A lawn gets fully watered if it rains or if the sprinkler runs; either one alone waters it fully, and there is no other source of water.", "rain falling", "the lawn being watered"),
    ("or", "A house alarm sounds if a window sensor or a door sensor is triggered; either one alone sets it off, and nothing else does.", "the window sensor being triggered", "the alarm sounding"),
    ("or", "A player reaches the final by winning the semi-final or by receiving a wildcard; either one alone is enough, and there is no other route.", "winning the semi-final", "reaching the final"),
    ("or", "A phone charges when it is plugged into a cable or laid on a wireless charging pad; either one alone charges it, and nothing else does.", "plugging in the cable", "the phone charging"),
    ("or", "A shop gives free delivery if the order is over 50 euros or the customer has a premium membership; either one alone qualifies, and nothing else does.", "an order over 50 euros", "getting free delivery"),
    ("or", "A ship's pump runs if the main generator or the backup battery supplies power; either one alone runs it, and it has no other power source.", "power from the main generator", "the pump running"),
]


def causal_reasoning() -> list[Row]:
    rows: list[Row] = []
    for i, (answer, text) in enumerate(CAUSE_EFFECT, 1):
        rows.append({"id": f"cr-cause_effect-{i:03d}", "kind": "cause_effect", "prompt": f"{text} {YES_NO}", "answer": answer, "aliases": []})
    for i, (cause, effect) in enumerate(DIRECTION, 1):
        a, b = (cause, effect) if i % 2 else (effect, cause)
        answer = "A" if i % 2 else "B"
        prompt = f"Two events are causally linked. A: {a}. B: {b}. Which one is the cause of the other? Answer A or B."
        rows.append({"id": f"cr-direction-{i:03d}", "kind": "direction", "prompt": prompt, "answer": answer, "aliases": []})
    for i, (answer, text) in enumerate(COUNTERFACTUAL, 1):
        rows.append({"id": f"cr-counterfactual-{i:03d}", "kind": "counterfactual", "prompt": f"{text} {YES_NO}", "answer": answer, "aliases": []})
    n = 0
    for story, questions in INTERVENTION:
        for question, answer in questions:
            n += 1
            prompt = f"{story} {question} {YES_NO}"
            rows.append({"id": f"cr-intervention-{n:03d}", "kind": "intervention", "prompt": prompt, "answer": answer, "aliases": []})
    n = 0
    for j, (structure, story, condition, outcome) in enumerate(NECESSARY_SUFFICIENT):
        qs = [
            (f"Is {condition} necessary for {outcome}?", "yes" if structure == "and" else "no"),
            (f"Is {condition} sufficient for {outcome}?", "no" if structure == "and" else "yes"),
        ]
        if j % 2:
            qs.reverse()
        for question, answer in qs:
            n += 1
            prompt = f"{story} {question} {NS_DEFINITION} {YES_NO}"
            rows.append({"id": f"cr-necessary_sufficient-{n:03d}", "kind": "necessary_sufficient", "prompt": prompt, "answer": answer, "aliases": []})
    return rows


def write(name: str, rows: list[Row]) -> None:
    with open(OUT_DIR / name, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)}")


def main() -> None:
    write("logical_reasoning.jsonl", logical_reasoning())
    write("causal_reasoning.jsonl", causal_reasoning())


if __name__ == "__main__":
    main()
