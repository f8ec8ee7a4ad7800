"""What the words of a question point back to when statements come before it: the name or
the task a pronoun stands for ("… West Sweden. What can a member get from *it*?"), the
task the asker wants done ("Vi på förvaltningen vill revidera policyn. Vilka ansvarar för
*det*?"), the words of a thing the statements name that finish a thin question ("… vem kan
hjälpa oss att sätta ihop *programmet*?"), and a topic whose head the graph does not hold
("Den årliga handlingsplanen för … – vem fastställer den?"). Used by :mod:`._split`."""

from __future__ import annotations

import re
from collections.abc import Callable

from ._asker import ME
from ._language import ARTICLES, WHO_WHAT, Token, cues
from ._parts import POINTING, THINGS
from ._vocabulary import Mention, Parse, Vocabulary

__all__ = [
    "BACK",
    "DOES_THAT",
    "LAST_PRONOUN",
    "STANDS_FOR",
    "THAT",
    "THEM",
    "finished",
    "governed_by_the_unknown",
    "name_given",
    "own_bodies",
    "points_back",
    "pronoun_after_preposition",
    "wish",
]


#: a verb that stands for the task a statement named ("do that", "gör det", "does the same")
DOES_THAT = re.compile(
    r"\b(?:do|does|did)\s+(?:that|this|it|the same|so)\b"
    r"|\b(?:gör|gor|gjorde)\s+(?:det|detta|detsamma|samma sak|så|sa)\b",
    re.I,
)


#: a pronoun that ends a question ("Who are *they*?", "Vilka är *de*?")
LAST_PRONOUN = re.compile(
    r"\b(?:it|they|them|those|these|de|dem|dom|den|det|dessa)(?=\s*[?.!]*\s*$)", re.I
)
#: pronouns that stand for a name the statements gave ("den", "det", "de" are articles too)
STANDS_FOR = re.compile(r"\b(?:it|they|them|him|dem|dom|hen|honom|henne)\b", re.I)
#: those that stand for several: bodies of a kind ("Torsbys nämnder: vilka av *dem* …?")
THEM = re.compile(r"\b(?:they|them|dem|dom)\b", re.I)


#: the prepositions between a head noun and the name it is of or for
_OF_FOR = frozenset(
    {"för", "for", "of", "av", "om", "about", "kring", "till", "on", "inom", "within"}
)


def governed_by_the_unknown(before: Parse, is_place: Callable[[str], bool]) -> bool:
    """Whether the first name the statements give follows a word not understood (or a task's)
    and a preposition ("the annual *action plan for* international work"): that word is the
    head the statements speak of (a place is where, "a student writing about Borås")."""
    names = [m for m in before.mentions if m.roles() & THINGS]
    if not names or names[0].start < 2 or any(map(is_place, names[0].values("actor"))):
        return False
    tokens = before.tokens
    at = names[0].start  # "Budgeten för *det* internationella arbetet": past the article
    while at > 2 and tokens[at - 1].folded in _DEFINITE:
        at -= 1
    head = at - 2
    # "the annual *report* for …": a word of a task is no name of a thing either
    tasks = {p for m in before.mentions if m.roles() == {"task"} for p in m.positions}
    return tokens[head + 1].folded in _OF_FOR and (
        tokens[head].text in before.unknown or head in tasks
    )


#: definite articles ("för *det* internationella arbetet", not "för *ett* utbyte", which
#: names a thing of its own)
_DEFINITE = ARTICLES - {"a", "an", "en", "ett"}


def task_headed(topic: Parse) -> bool:
    """Whether a topic, all of it understood, opens with the name of a task ("*The follow-up*
    of the policy", "*Revideringen* av policyn")."""
    words = [t for t in topic.tokens if t.folded not in _DEFINITE]
    return (
        bool(topic.mentions and words)
        and not topic.unknown
        and "task" in topic.mentions[0].roles()
        and topic.tokens[topic.mentions[0].start] is words[0]
    )


def wish(statement: Parse) -> int:
    """Where the asker says what they want ("vi *vill* …"), or -1."""
    return next((n for n, t in enumerate(statement.tokens) if cues().marker(t, "wanting")), -1)


def own_bodies(statement: Parse) -> list[Mention]:
    """The bodies a statement names between the asker and what the asker wants ("*Vi* på
    förvaltningen *vill* …", "*I* work at the Sjuhärad federation and *we want* …")."""
    me = next((n for n, t in enumerate(statement.tokens) if ME.fullmatch(t.text)), None)
    wants = wish(statement)
    if me is None or wants < me:
        return []
    return [m for m in statement.mentions if "actor" in m.roles() and me < m.start < wants]


def finished(last: str, read_last: Parse, before: Parse, vocab: Vocabulary) -> str:
    """The question with the task or thing the statements name after it, when the question's
    words not understood are that one's own ("… extern finansiering … Vilka ska pröva *de
    möjligheterna*?": "pröva möjligheterna till extern finansiering"; "… studiebesök till
    Bryssel … Vem kan hjälpa oss att sätta ihop *programmet*?"); else ''."""
    said = [m for m in before.mentions if m.roles() and m.roles() <= {"task", "concept"}]
    if not said or len(said) > 3 or not read_last.unknown:
        return ""
    whole = f"{last.rstrip(' ?.!')} {' '.join(m.text for m in said)}?"
    read = vocab.parse(whole)
    own = {
        n for n, t in enumerate(read.tokens[: len(read_last.tokens)]) if t.text in read_last.unknown
    }
    values = {v for m in said for v in m.values("task", "concept")}
    found = [m for m in read.mentions if set(m.values("task", "concept")) & values]
    covered = {p for m in found for p in m.positions}
    return whole if own & covered and set(read.unknown) <= set(read_last.unknown) else ""


def points_back(tokens: list[Token]) -> bool:
    """Whether a question holds a pronoun that points back ("vem bestämmer *dem*?"), not
    an article before a name ("*den* internationella policyn")."""
    return any(
        (
            token.folded in BACK
            and (n + 1 == len(tokens) or cues().is_function_word(tokens[n + 1]))
            and not _cleft(tokens, n)
        )
        or (token.folded in THAT and all(t.folded in _PARTICLES for t in tokens[n + 1 :]))
        # "Who approves *that*?", "Who signs *that* off?", not "who ensures *that* the …"
        for n, token in enumerate(tokens)
    )


def _cleft(tokens: list[Token], n: int) -> bool:
    """Whether "det"/"it" at ``n`` only opens a question word's clause ("vad är *det* exakt
    ledningen ansvarar för?", "who is *it* that revises …?"), pointing back to nothing."""
    return (
        n >= 2
        and tokens[n - 1].folded in {"är", "ar", "var", "is", "was"}
        and bool(_WHO_WHAT.fullmatch(tokens[n - 2].folded))  # not "hur är det i Borås?"
    )


def name_given(mention: Mention, parse: Parse, vocab: Vocabulary) -> str:
    """A name a statement gives, as its words: the first of them when the phrase has gaps and
    they name a thing by themselves ("*West Sweden* is an office in Brussels" read as West
    Sweden's office in Brussels: the pronoun after it stands for West Sweden)."""
    positions = sorted(mention.positions)
    run = 1
    while run < len(positions) and positions[run] == positions[0] + run:
        run += 1
    if run == len(positions):
        return mention.text
    span = parse.tokens[positions[0] : positions[-1] + 1]
    if all(n + positions[0] in positions or t.folded in _JOINING for n, t in enumerate(span)):
        return " ".join(t.text for t in span)  # "Miljö- *och* byggnadsnämnden": one name
    words = " ".join(t.text for t in parse.tokens[positions[0] : positions[0] + run])
    named = vocab.parse(words).mentions
    return words if len(named) == 1 and named[0].roles() & THINGS else mention.text


#: the words joining the parts of one name ("Miljö- och byggnadsnämnden")
_JOINING = frozenset({"och", "and", "&"})


#: "… get from *it*?", "… ingår i *den*?": a pronoun the question ends on, after a preposition
_LAST_OBJECT = re.compile(
    r"\b(?:from|of|in|on|about|by|with|to|från|fran|av|i|om|med|till|hos)\s+"
    r"(?P<pronoun>it|den|dem|dom|them)\s*[?.!]*\s*$",
    re.I,
)


def pronoun_after_preposition(
    last: str, sentences: list[str], vocab: Vocabulary, is_place: Callable[[str], bool]
) -> str:
    """The last sentence with the pronoun it ends on after a preposition as the one thing the
    statements name ("I'm doing a school project on West Sweden. What can a member like
    Borås get *from it*?"), when the question does not name that thing itself."""
    pronoun = _LAST_OBJECT.search(last)
    if pronoun is None:
        return last
    before = vocab.parse(" ".join(sentences[:-1]))
    things = [
        m
        for m in before.mentions
        if m.roles() & THINGS and not any(map(is_place, m.values("actor")))
    ]
    things = [m for m in things if "document" not in m.roles()] or things  # "The policy
    # names West Sweden. Who is a member of it?"
    iris = {i for m in things for i in m.values(*THINGS)}
    if len({m.text for m in things}) != 1 or iris & {
        i for m in vocab.parse(last).mentions for i in m.values(*THINGS)
    }:
        return last
    return last[: pronoun.start("pronoun")] + things[0].text + last[pronoun.end("pronoun") :]


#: Words that point back to what the statements before a question said.
BACK = (POINTING - {"dom"}) | {"dessa", "sadana", "this", "these"}
THAT = {"that", "those", "denna", "detta"}
#: the particles of a verb, after its object ("sign *it off*", "skriva *det under*")
_PARTICLES = frozenset({"off", "up", "out", "through", "under", "upp", "ut", "igenom"})
_WHO_WHAT = re.compile(rf"(?:{WHO_WHAT})\b", re.I)
