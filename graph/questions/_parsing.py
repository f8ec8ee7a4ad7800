"""The parse of one question against a :class:`~._vocabulary.Vocabulary` (see there).

:class:`Parser` holds the matching; the vocabulary inherits it and supplies the index of its
labels' words. Matching looks at a bounded window per label word, so that its work grows with
the question's length and not with the ways its repeated words combine.
"""

from __future__ import annotations

from collections import defaultdict

from ._candidates import Candidate, across_whole, asked_noun, windows
from ._compounds import rejoined, split_compound
from ._language import LANGUAGES, Token, cues, fold, lemma, stem, tokenise
from ._mentions import (
    commanded,
    conforming_asked,
    meant_to,
    merge_same,
    received,
    running_a_body,
    settled,
)
from ._spelling import Spelling
from ._terms import (
    MAX_UNKNOWN,
    MAX_WORDS,
    MUNICIPALITY,
    Entry,
    Meaning,
    Mention,
    Parse,
    lemma_keys,
    question_keys,
)

__all__ = ["PARSES_KEPT", "Parser"]

#: How many parses a vocabulary keeps within a question (it reads a few sentences, each a few
#: times; a bound whatever the question holds).
PARSES_KEPT = 256


class Parser:
    """Matching a question against the vocabulary's index of label words."""

    _entries: list[Entry]
    _index: dict[tuple[str, str], list[tuple[int, int]]]
    _question_words: dict[str, set[str]]
    label_keys: dict[str, set[tuple[str, str]]]
    labels: dict[str, dict[str, str]]
    types: dict[str, set[str]]

    @property
    def _spelling(self) -> Spelling:
        """The respelling of words not known (built on first need, once the labels are in)."""
        found: Spelling | None = self.__dict__.get("_speller")
        if found is None:
            found = self.__dict__["_speller"] = Spelling(self._entries, self.known)
        return found

    def known(self, token: Token) -> bool:
        keys, plain = question_keys(token)
        return any(key in self._index for key in keys | plain)

    def keys_of(
        self, token: Token
    ) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
        """A question word's keys (:func:`question_keys`), and its lemmas' when its stems
        find nothing."""
        keys, plain = question_keys(token)
        if any(key in self._index for key in keys | plain):
            return keys, plain
        return keys, plain | (lemma_keys(token) - keys)

    def parse(self, question: str, exclude: frozenset[str] = frozenset()) -> Parse:
        """Match ``question`` against the vocabulary (see the module); phrases meaning one of
        ``exclude`` (IRIs) are not matched to it. A text is matched once per question and its
        parse kept (up to :data:`PARSES_KEPT`; see :meth:`forget_parses`): the steps of one
        question read the same sentence several times, and a parse is not changed once
        made."""
        kept = self.__dict__.setdefault("_parses", {})
        key = (question, exclude)
        found: Parse | None = kept.get(key)
        if found is None:
            if len(kept) >= PARSES_KEPT:
                kept.clear()
            found = kept[key] = self._parse(question, exclude)
        return found

    def forget_parses(self) -> None:
        """Drop the parses kept, as a new question starts: what one question reads twice is
        matched once, and a question asked again costs what it did the first time."""
        self.__dict__.pop("_parses", None)

    def _parse(
        self, question: str, exclude: frozenset[str], joined: list[Token] | None = None
    ) -> Parse:
        """The parse of ``question``; with ``joined``, of these words of it (two words typed
        apart made one)."""
        the_cues = cues()
        words = tokenise(question)
        overflow = [t.text for t in words[MAX_WORDS:]]
        words = joined if joined is not None else words[:MAX_WORDS]
        tokens: list[Token] = []
        respelt: dict[int, Token] = {}
        for at, token in enumerate(words):
            if the_cues.is_function_word(token) or self.known(token):
                tokens.append(token)
            elif parts := split_compound(token, self.known):
                tokens.extend(parts)
            else:
                again = self._spelling.respelt(token, words[at - 1 : at], words[at + 1 : at + 2])
                if again is not token:
                    respelt[len(tokens)] = token
                tokens.append(again)
        aside = the_cues.phrase_positions(tokens, "aside")  # "när det gäller": regarding
        content = [
            i for i, t in enumerate(tokens) if not the_cues.is_function_word(t) and i not in aside
        ]
        mentions = self._match(tokens, content, exclude)
        used = {p for m in mentions for p in m.positions}
        self._absorb(tokens, content, mentions, used)
        mentions = merge_same(content, mentions)
        mentions = self._fold_weak(tokens, content, mentions)
        mentions = self._describing(tokens, mentions)
        kept = received(tokens, meant_to(tokens, mentions))
        described = running_a_body(tokens, kept)  # "the chief officers *running* the
        kept = [m for m in kept if not set(m.positions) <= described]  # departments": whose
        freed = {p for m in mentions for p in m.positions} - {p for m in kept for p in m.positions}
        asking = [p for p in sorted(freed) if the_cues.marker(tokens[p], "question_words")]
        if asking:  # "what are they *meant to* …": "what" was read with "meant" as "what is
            kept += self._match(tokens, asking, exclude)  # meant", and asks on its own
            kept.sort(key=lambda m: m.start)
        used -= freed - {p for m in kept for p in m.positions} - described
        mentions = kept  # "who *gets* the EU money?": a name no longer a task is not understood
        mentions = _outside_names(settled(tokens, mentions))
        conforming = conforming_asked(tokens, mentions, self.labels) - exclude
        if conforming:  # "vilka måste följa policyn?": who it applies to, read again
            return self.parse(question, exclude | conforming)
        mentions = commanded(tokens, mentions, used)  # "List …", "Nämn …", "Räkna upp …"
        for i, original in respelt.items():
            if i not in used:  # a respelling no label took ("binding" → "finding") is undone
                tokens[i] = original
        unknown = [tokens[i].text for i in content if i not in used]
        unknown = [w if len(w) <= 40 else w[:40] + "…" for w in unknown + overflow]
        unknown = list(dict.fromkeys(unknown))[:MAX_UNKNOWN]
        names = {p for m in mentions if m.roles() & {"actor", "concept"} for p in m.positions}
        language = self._language(question, tokens, names)
        found = Parse(question, tokens, mentions, unknown, language)
        if unknown and joined is None:
            # "vem fast ställer över gripande …": read again with the words typed apart joined
            together = rejoined(words, frozenset(unknown), self.known)
            if together != words:
                reread = self._parse(question, exclude, together)
                if len(reread.unknown) < len(unknown):
                    return reread
        return found

    def _match(
        self, tokens: list[Token], content: list[int], exclude: frozenset[str] = frozenset()
    ) -> list[Mention]:
        hits: dict[int, list[tuple[int, int, bool]]] = defaultdict(list)
        for order, position in enumerate(content):
            keys, plain = self.keys_of(tokens[position])
            for key in keys:
                for number, slot in self._index.get(key, ()):
                    hits[number].append((slot, order, False))
            for key in plain:
                for number, slot in self._index.get(key, ()):
                    hits[number].append((slot, order, True))
        candidates: list[Candidate] = []
        for number, found in hits.items():
            entry = self._entries[number]
            if entry.meaning.value in exclude:
                continue
            size = len(entry.keys)
            by_slot: dict[int, list[int]] = defaultdict(list)
            for slot, order, _ in found:
                if order not in by_slot[slot]:
                    by_slot[slot].append(order)
            if len(by_slot) < size:
                continue
            seen: set[tuple[int, ...]] = set()
            for choice in windows(by_slot, size):
                if len(set(choice)) < size:
                    continue
                ordered = tuple(sorted(choice))
                if ordered not in seen:
                    seen.add(ordered)
                    # the label's words in the label's order first ("det internationella
                    # arbetet" before "policy … internationella" read as "Internationell policy")
                    shuffled = int(tuple(choice) != ordered)
                    span = ordered[-1] - ordered[0]
                    if shuffled and asked_noun(tokens, content[ordered[0]], span >= size):
                        continue  # "Vilka *mål* ska aktiviteterna *bidra* till?": the goals
                        # asked for, not the task "bidra till målen"
                    if span >= size and any(asked_noun(tokens, content[o]) for o in ordered[1:]):
                        continue  # "In Sollefteå, which *administration* is under the Social
                        # Services Committee?": the kind asked for is no word of a name apart
                    candidates.append((0, -size, shuffled, span, ordered[0], ordered, number))
        # a concept's label, or a municipality's ("Köping municipality's coordinator"), read
        # whole is not read across by another label
        concepts = {
            n
            for *_, n in candidates
            if self._entries[n].meaning.role == "concept"
            or MUNICIPALITY in self.types.get(self._entries[n].meaning.value, ())
        }
        candidates = across_whole(candidates, concepts)
        candidates.sort()
        mentions: dict[tuple[int, ...], Mention] = {}
        origin: dict[tuple[int, ...], dict[tuple[str, str], list[Entry]]] = defaultdict(dict)
        taken: set[int] = set()
        for _, _, _, _, _, orders, number in candidates:
            positions = tuple(content[o] for o in orders)
            entry = self._entries[number]
            if entry.lead and not _words_at(tokens, positions[0] - len(entry.lead), entry.lead):
                continue  # "in charge" needs its "in"
            if entry.tail and not _words_at(tokens, positions[-1] + 1, entry.tail):
                continue  # "står för" needs its "för"
            if len(positions) == 1 == len(entry.texts) and _other_word(tokens[positions[0]], entry):
                continue  # "andra" (other) is no "ändra" typed without its ä
            meaning_key = (entry.meaning.role, entry.meaning.value)
            origin[positions].setdefault(meaning_key, []).append(entry)
            if positions in mentions:
                meanings = mentions[positions].meanings
                rival = [
                    m
                    for m in meanings
                    if (m.role, m.value) == meaning_key and m.entity != entry.meaning.entity
                ]
                same_meaning = origin[positions][meaning_key]
                words = [tokens[p] for p in positions]
                if rival and _closer(entry, same_meaning, words):
                    meanings[:] = [m for m in meanings if m not in rival]
                elif rival and any(_closer(e, same_meaning, words) for e in same_meaning):
                    continue
                if entry.meaning not in meanings:
                    meanings.append(entry.meaning)
                continue
            if taken & set(positions):
                continue
            taken.update(positions)
            last = tokens[positions[-1]]
            genitive = last.genitive or last.folded == entry.folded[-1] + "s"
            text = " ".join(tokens[p].text for p in positions)
            mentions[positions] = Mention(positions, [entry.meaning], text, genitive)
        for positions, mention in mentions.items():
            _by_lemma_only(tokens, mention, origin[positions])
            # a phrase that is one thing's label word for word (or its inflection) means that
            # thing, not what a label merely shares a stem with ("management": the management,
            # not *manage*); looked at only where a phrase has meanings of different kinds
            if len({m.role for m in mention.meanings} - {"cue", "kind"}) < 2:
                continue
            words = [tokens[p] for p in positions]
            entries = origin[positions]
            folded = sorted(t.folded for t in words)
            literal = {
                m.role
                for m in mention.meanings
                if any(sorted(e.folded) == folded for e in entries.get((m.role, m.value), []))
            }
            if not literal - {"cue", "kind"}:
                continue  # no label is the phrase itself: every meaning stays
            roles = {
                m.role
                for m in mention.meanings
                if any(_same_words(words, e) for e in entries.get((m.role, m.value), []))
            }
            if roles - {"cue", "kind"}:
                keep = roles | {"cue", "kind"}
                mention.meanings = [m for m in mention.meanings if m.role in keep]
        return sorted(mentions.values(), key=lambda m: m.start)

    def _fold_weak(
        self, tokens: list[Token], content: list[int], mentions: list[Mention]
    ) -> list[Mention]:
        """A phrase matched only weakly — a class name, or a cue word of a relation — that is
        a word of the label of the name next to it belongs to that name ("exchanges,
        projects and *networks*"; "*öppnar* dörrar för näringslivet")."""
        order = {position: n for n, position in enumerate(content)}
        names = ("actor", "document", "concept")
        kept: list[Mention] = []
        for n, mention in enumerate(mentions):
            weak = all(
                m.role == "kind" or (m.role == "relation" and m.strength < 2)
                for m in mention.meanings
            )
            if not weak:
                kept.append(mention)
                continue
            keys = set().union(*(set().union(*self.keys_of(tokens[p])) for p in mention.positions))
            host = None
            for other in mentions[max(0, n - 1) : n + 2]:
                if other is mention or not other.values(*names):
                    continue
                near = {order.get(p, -9) for p in other.positions}
                mine = {order.get(p, -9) for p in mention.positions}
                if not any(abs(a - b) <= 2 for a in near for b in mine):
                    continue
                # a relation's cue word only into a described concept ("öppnar dörrar …"), not
                # into a body's name ("West Sweden's *office*" asks where it is)
                hosts = (
                    other.values("concept")
                    if any(m.role == "relation" for m in mention.meanings)
                    else other.values(*names)
                )
                if any(keys & self.label_keys.get(i, set()) for i in hosts):
                    host = other
                    break
            if host is None:
                kept.append(mention)
            else:
                host.positions = tuple(sorted((*host.positions, *mention.positions)))
        return kept

    def _absorb(
        self, tokens: list[Token], content: list[int], mentions: list[Mention], used: set[int]
    ) -> None:
        """Attach a leftover word to a match when another label of the same thing contains
        it: a word of a task or relation named anywhere in the question (``söker`` with
        *EU-medel*: *söka finansiering*), or of a name right next to it. One pass over the
        question's words."""
        relational: dict[tuple[str, str], Mention] = {}
        at: dict[int, Mention] = {}
        for mention in mentions:
            for iri in mention.values("task", "relation"):
                for key in self.label_keys.get(iri, ()):
                    relational.setdefault(key, mention)
            for position in mention.positions:
                at[position] = mention
        for order, position in enumerate(content):
            if position in used:
                continue
            keys, plain = self.keys_of(tokens[position])
            found: Mention | None = next(
                (relational[k] for k in keys | plain if k in relational), None
            )
            if found is None:
                for other in (order - 1, order + 1):
                    beside = at.get(content[other]) if 0 <= other < len(content) else None
                    if beside is None:
                        continue
                    iris = beside.values("actor", "document", "concept")
                    if any((keys | plain) & self.label_keys.get(i, set()) for i in iris):
                        found = beside
                        break
            if found is not None:
                found.positions = tuple(sorted((*found.positions, position)))
                at[position] = found
                used.add(position)

    def _describing(self, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
        """A relation said after the thing a task is done on, in words of that thing's own
        labels, describes it: "who answers questions about the exchanges the city has been
        *part* of" asks of the "exchanges, projects and networks one has taken part in", not
        of a membership."""
        if not any("task" in m.roles() for m in mentions):
            return mentions  # "Which networks is Borås part of?": the membership is asked
        things = [m for m in mentions if m.roles() == {"concept"}]
        kept: list[Mention] = []
        for mention in mentions:
            if mention.roles() == {"relation"} and any(
                thing.start < mention.start
                and all(
                    any(
                        (keys | plain) & self.label_keys.get(iri, set())
                        for keys, plain in [self.keys_of(tokens[p])]
                    )
                    for p in mention.positions
                )
                for thing in things
                for iri in thing.values("concept")
            ):
                continue
            kept.append(mention)
        return kept

    def _language(self, question: str, tokens: list[Token], names: set[int]) -> str:
        """Swedish or English, by function and question words and by Swedish letters; the
        words of names (``names``: a body's, a matter's) say nothing of it ("Which *nämnder*
        in Laholm promote *miljö och klimat*?" is asked in English)."""
        the_cues = cues()
        score = dict.fromkeys(LANGUAGES, 0)
        frame = [t for n, t in enumerate(tokens) if n not in names]
        for token in frame:
            langs = [lang for lang in LANGUAGES if the_cues.is_function_word(token, lang)]
            langs += [lang for lang in LANGUAGES if token.folded in self._question_words[lang]]
            if len(set(langs)) == 1:
                score[langs[0]] += 1
            if token.text != token.folded and any(c in token.text for c in "åäö"):
                score["sv"] += 1
        for token in frame:
            if self._only_in(token, "sv"):
                score["sv"] += 1
            elif self._only_in(token, "en"):
                score["en"] += 1
        return max(LANGUAGES, key=lambda lang: (score[lang], lang == "en"))

    def _only_in(self, token: Token, lang: str) -> bool:
        other = "en" if lang == "sv" else "sv"
        inflected = (lang, stem(token.text, lang))
        mine = any(
            self._entries[n].meaning.lang == lang and self._entries[n].meaning.role != "value"
            for n, _ in self._index.get(inflected, ())
        )
        theirs = any(
            self._entries[n].meaning.lang == other
            for n, _ in self._index.get((other, stem(token.text, other)), ())
        )
        return mine and not theirs


def _closer(entry: Entry, others: list[Entry], words: list[Token]) -> bool:
    """Whether ``entry`` fits the question's ``words`` better than every other entry of its
    meaning there: more of its small words around them (its lead and tail), then more of
    its words as written ("is made up of" is passive, not "makes up")."""

    def fit(e: Entry) -> tuple[int, int]:
        written = sum(a == t.folded for a, t in zip(e.folded, words, strict=False))
        return len(e.lead) + len(e.tail), written

    return all(fit(entry) > fit(e) for e in others if e is not entry)


def _by_lemma_only(
    tokens: list[Token], mention: Mention, entries: dict[tuple[str, str], list[Entry]]
) -> None:
    """A class name is met by its own word, inflected, not by a word that shares its stem
    ("manages" is no *Management*, "Who manages health care?" asks for no management):
    a one-word phrase keeps a class meaning only when its lemma is the lemma of a word of
    the class's label, while it has other meanings."""
    if len(mention.positions) != 1 or mention.roles() == {"kind"}:
        return
    word = tokens[mention.positions[0]]

    def met(meaning: Meaning) -> bool:
        found = entries.get((meaning.role, meaning.value), [])
        if any(word.folded in {fold(t) for t in entry.texts} for entry in found):
            return True  # a label's own word ("policyn"): no dictionary to load
        for entry in found:
            lang = entry.meaning.lang if entry.meaning.lang in LANGUAGES else "en"
            if fold(lemma(word.text, lang)) in {fold(lemma(t, lang)) for t in entry.texts}:
                return True
        return False

    mention.meanings = [m for m in mention.meanings if m.role != "kind" or met(m)]


def _words_at(tokens: list[Token], start: int, words: tuple[str, ...]) -> bool:
    """Whether the words of ``tokens`` from ``start`` on are ``words``."""
    return start >= 0 and tuple(t.folded for t in tokens[start : start + len(words)]) == words


def _same_words(tokens: list[Token], entry: Entry) -> bool:
    """Whether the question's words are the label's words, or inflections of them (the same
    lemmas: "erbjuder" is *erbjuda*; "management" is not *manage*)."""
    if sorted(t.folded for t in tokens) == sorted(entry.folded):
        return True
    lang = entry.meaning.lang if entry.meaning.lang in LANGUAGES else "en"
    theirs = sorted(fold(lemma(text, lang)) for text in entry.texts)
    return sorted(fold(lemma(t.text, lang)) for t in tokens) == theirs


def _outside_names(mentions: list[Mention]) -> list[Mention]:
    """Without a body's name said inside another body's name: "the international coordinators
    of the *Sjuhärad* member municipalities" names the coordinators' group, and Sjuhärad only
    says which."""
    names = [m for m in mentions if m.values("actor") and len(m.positions) > 1]
    return [
        m
        for m in mentions
        if not (
            m.values("actor")
            and any(
                n is not m and n.start < m.start and max(m.positions) < max(n.positions)
                for n in names
            )
        )
    ]


def _other_word(token: Token, entry: Entry) -> bool:
    """Whether ``token`` is a common word of its own (a function or degree word: "andra")
    that only the label word's å, ä or ö set apart from it ("ändra")."""
    label = entry.texts[0]
    return (
        label != token.text
        and fold(label) == token.folded
        and (cues().is_function_word(token) or cues().marker(token, "degree"))
    )
