"""What a reading is made of: the phrases of a question sorted by what they can be
(:class:`Unit`), one interpretation as a prepared query with its bindings (:class:`Reading`)
and one answer with its sources (:class:`Found`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib.term import Node

from ._language import cues, tokenise
from ._queries import query_text
from ._terms import Meaning, Mention, question_keys

__all__ = [
    "NO_RANK",
    "Found",
    "Loose",
    "Rank",
    "Reading",
    "Unit",
    "distinct",
    "helps",
    "loose_keys",
]


#: Rank of a reading: context names, reversed orientation, weak cue, document as object,
#: generic responsibility, kind-of question. Lower is better.
Rank = tuple[int, int, int, int, int, int]


NO_RANK: Rank = (0, 0, 0, 0, 0, 0)


@dataclass
class Unit:
    """A matched phrase, sorted by what it can be in a reading."""

    mention: Mention
    entities: list[str] = field(default_factory=list)
    values: list[Meaning] = field(default_factory=list)
    tasks: list[str] = field(default_factory=list)
    relations: list[Meaning] = field(default_factory=list)
    cues: set[str] = field(default_factory=set)
    answer_type: list[str] = field(default_factory=list)
    keys: set[tuple[str, str]] = field(default_factory=set)
    words: list[set[tuple[str, str]]] = field(default_factory=list)
    #: Right after "att" or "to": what is done, in "arbetar för att utveckla …".
    infinitive: bool = False
    #: Only verbs that say something is done ("sköter", "handles"): ``cues.json`` ``doing``.
    doing: bool = False
    #: A command that opens the question ("List …", "Nämn …"): a question word set apart
    #: from what follows, as "what are" is.
    command: bool = False
    #: A phrase of a clause inside the question ("… redovisa vilka *nätverk* man deltagit
    #: i"): it names nothing to read, and the answer's quotes must hold it.
    said: bool = False
    #: A relation asked of with its preposition put first ("*I* vilket nätverk ingår de
    #: internationella samordnarna?", "*In* which network are they?"): the name after it is
    #: read as if before it, the asked phrase being the preposition's end.
    fronted: bool = False
    #: A body a passive verb after it is said of ("When was *the council* established?"):
    #: what was done to, not who did it.
    patient: bool = False
    #: A membership said to be had by the name after it ("Vilka *medlemskap* har Borås?",
    #: "What *memberships* does Borås have?"): that name is the member.
    held: bool = False
    #: A plural noun of a relation right after a name, with no preposition after it ("Which
    #: *West Sweden members* …"; not "are the municipalities *members of*"): the name owns it.
    owned: bool = False
    #: Kinds named but neither asked for nor standing for their few instances ("Vem i Köping
    #: ingår i *nätverket*?" of many networks): a fact answering must hold one of them.
    named_kinds: list[str] = field(default_factory=list)
    #: The bodies a name after "which" stands for when several share it ("Vilka
    #: *socialnämnder* …", one in each municipality): the answers are among them.
    asked_among: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def end(self) -> int:
        return max(self.mention.positions)

    @property
    def entity(self) -> bool:
        return bool(self.entities or self.values)

    @property
    def relational(self) -> bool:
        return bool(self.tasks or self.relations)

    @property
    def skippable(self) -> bool:
        """A question word, or a class name after one ("which committee")."""
        return bool(self.cues or self.answer_type)


@dataclass
class Reading:
    """One interpretation: a prepared query, its bindings, and where the answer is.

    ``answer`` names the variable of the answers (``actor``, ``subject``, ``object``,
    ``responsibility``, ``concept`` or ``kind``); ``fillers`` are the IRIs bound; ``context``
    the names that must be near them; ``answer_type`` the classes of "which X";
    ``actors_only`` is set for "who" questions, whose answers must be actors. ``loose`` holds
    the phrases of the question the reading does not use (a relation's cue word beside a
    task: "syftar till", "bedriver"): each must be accounted for by the answers it keeps
    (see :class:`Loose`).
    """

    kind: str
    query: str
    bindings: dict[str, Node]
    answer: str
    rank: Rank
    fillers: set[str] = field(default_factory=set)
    context: list[Unit] = field(default_factory=list)
    answer_type: list[str] = field(default_factory=list)
    confirm: bool = False
    actors_only: bool = False
    requires: list[list[Reading]] = field(default_factory=list)
    partner_of: str | None = None
    loose: list[Loose] = field(default_factory=list)
    #: The kinds the question names aside (:attr:`Unit.named_kinds`): each answer's fact
    #: must hold a thing of one of them.
    among: list[str] = field(default_factory=list)
    #: The bodies the answers must be among (:attr:`Unit.asked_among`), when it is not empty.
    only: set[str] = field(default_factory=set)
    #: The documents the answers' sources must be in, when it is not empty: the duties a
    #: document about a matter states are duties in that matter.
    sourced_in: set[str] = field(default_factory=set)

    def describe(self) -> str:
        """The query as run: its name and bindings as comments, then the prepared text."""
        lines = [f"# {self.query}.rq"]
        lines += [f"# ${name} = {term.n3()}" for name, term in self.bindings.items()]
        if self.partner_of is not None:  # rows kept: those of a partner (gg:inCooperationWith)
            whose = f"<{self.partner_of}>" if self.partner_of else "any agent"
            lines += [f"# partners of {whose}"]
        if self.sourced_in:  # rows kept: those sourced in these documents
            lines += [f"# sourced in {' '.join(f'<{d}>' for d in sorted(self.sourced_in))}"]
        return "\n".join(lines) + "\n" + query_text(self.query)


@dataclass
class Found:
    """One answer of a reading, with the sources of its rows and, to describe it, the fact
    it comes from (``statement``: subject or agent, property or task, object)."""

    term: Node
    answer: str = "object"
    sources: dict[tuple[str, int, str], None] = field(default_factory=dict)
    kind: str = "fact"
    via: str = ""
    objects: set[str] = field(default_factory=set)
    task: str | None = None
    object: str | None = None
    partner_of: str | None = None
    #: the body the task is done in cooperation with, when the row is a partner's
    partner: str | None = None
    definition: dict[str, str] = field(default_factory=dict)
    statement: tuple[str, str, Node] | None = None


def helps(unit: Unit, verbs: list[Unit]) -> bool:
    """Whether ``unit`` only helps a verb of ``verbs`` said right after it with "att"/"to"
    ("hjälpa till att *uppnå*", "aktiviteterna *bidrar* till att uppfylla målen"): a word
    that names no task of its own, up to three words before the other."""
    return not unit.tasks and any(v.infinitive and 0 < v.start - unit.end <= 3 for v in verbs)


def distinct(units_: list[Unit]) -> list[Unit]:
    """The names of a question once each: a name repeated ("ks kf ks kf …") is one name."""
    seen: dict[tuple[object, ...], Unit] = {}
    for unit in units_:
        key = (tuple(unit.entities), tuple((v.value, v.entity) for v in unit.values))
        seen.setdefault(key, unit)
    return list(seen.values())


@dataclass(frozen=True)
class Loose:
    """A phrase a reading does not use, and what accounts for it: one of its own words
    (``words``), or every word of one preferred label of the task or relation it names
    (``labels``: "carry out" by a quote saying "bedrivs", *bedriva*), found in a quote or in
    the labels of the relation or task the reading asks about."""

    words: frozenset[tuple[str, str]]
    labels: tuple[tuple[frozenset[tuple[str, str]], ...], ...]

    def met(self, quoted: set[tuple[str, str]], own: set[tuple[str, str]]) -> bool:
        """Whether ``quoted`` (a quote's keys) or ``own`` accounts for the phrase. A whole
        label, not one of its words: "fastställa övergripande prioriteringar" is not met by
        "Fastställer den internationella policyn"."""
        pool = quoted | own
        return bool(self.words & pool) or any(
            all(word & pool for word in label) for label in self.labels
        )


def loose_keys(units: list[Unit], labels: dict[str, dict[str, str]]) -> list[Loose]:
    """For each phrase a reading does not use, what accounts for it (:class:`Loose`)."""
    found: list[Loose] = []
    for unit in units:
        label_words = []
        for iri in [*unit.tasks, *(m.value for m in unit.relations)]:
            for text in labels.get(iri, {}).values():
                words = tuple(
                    frozenset(question_keys(token)[0])
                    for token in tokenise(text)
                    if not cues().is_function_word(token)
                )
                if words:
                    label_words.append(words)
        found.append(Loose(frozenset(unit.keys), tuple(label_words)))
    return found
