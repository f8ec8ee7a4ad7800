"""What an answer's quotes and labels say, as word keys: a word of the question not
understood is accounted for by an answer that holds it, in either language (a learned
word's first letters, translations read from the graph's own bilingual labels), or by a
broader term there ("projects" by "de internationella aktiviteterna"); a word of degree only
by itself or its like ("biggest" by "enskilt största")."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from rdflib import Literal, URIRef

from ._language import LANGUAGES, Token, cues, tokenise
from ._reading import Found, Reading
from ._terms import quote_keys
from ._vocabulary import Vocabulary, question_keys

__all__ = [
    "bilingual_keys",
    "degree",
    "item_keys",
    "name_keys",
    "of_degree",
    "said_in",
    "said_of",
    "text_keys",
    "word_keys",
]


def said_in(words: list[Token], vocab: Vocabulary) -> Callable[[Found], bool]:
    """A test of whether an answer's quotes or labels hold each of ``words`` (content
    words only; in either language; a narrower term by a broader one)."""
    the_cues = cues()
    wanted = [bilingual_keys(t.text, vocab) for t in words if not the_cues.is_function_word(t)]

    def met(item: Found) -> bool:
        keys = item_keys(item, vocab, said=True)
        return all(w & keys for w in wanted)

    return met


def word_keys(word: str) -> set[tuple[str, str]]:
    keys: set[tuple[str, str]] = set()
    for token in tokenise(word):
        found, plain = question_keys(token)
        keys |= found | plain | _cognate(token)
    return keys


def bilingual_keys(word: str, vocab: Vocabulary) -> set[tuple[str, str]]:
    """The keys of ``word`` and of its translations in the graph's own labels, so that an
    English question word is met by a Swedish quote ("activities": "aktiviteterna")."""
    the_cues = cues()
    tokens = tokenise(word)
    if of_degree(word):
        # a word of degree only by itself or its like ("biggest", "tyngsta": met by
        # "enskilt största"), never by its positive ("viktigast" is not met by "viktigt")
        keys = {("=", t.folded) for t in tokens}
        if any(the_cues.marker(t, "same_degree") for t in tokens):
            keys |= {("=", w) for words in the_cues.markers["same_degree"].values() for w in words}
        return keys
    keys = word_keys(word)
    table = _translations(vocab)
    for key in list(keys):
        keys |= table.get(key, set())
    return keys


def _translations(vocab: Vocabulary) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """Word translations read from the graph's labels: where a resource's Swedish and
    English preferred labels differ by one content word each, once the words they share
    (and learned words that share their first eight letters) are set aside, those two words
    translate each other ("Internationella aktiviteter", "International activities")."""
    table = vocab.cache.get("translations")
    if isinstance(table, dict):
        return table
    the_cues = cues()
    found: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for labels in vocab.labels.values():
        if "sv" not in labels or "en" not in labels:
            continue
        words = {
            lang: [
                t
                for t in tokenise(labels[lang])
                if len(t.folded) > 2 and not the_cues.is_function_word(t, lang)
            ]
            for lang in LANGUAGES
        }
        sv, en = words["sv"], words["en"]
        for a in list(sv):
            match = next((b for b in en if _cognate(a) & _cognate(b) or a.folded == b.folded), None)
            if match is not None:
                sv.remove(a)
                en.remove(match)
        if len(sv) == 1 and len(en) == 1:
            sv_keys, en_keys = question_keys(sv[0])[0], question_keys(en[0])[0]
            for key in sv_keys:
                found.setdefault(key, set()).update(en_keys)
            for key in en_keys:
                found.setdefault(key, set()).update(sv_keys)
    vocab.cache["translations"] = found
    return found


def _cognate(token: Token) -> frozenset[tuple[str, str]]:
    """A long word's first eight letters: the English and Swedish forms of a learned word
    share them ("internationally", "internationella"), so a quote in one language can account
    for a question word in the other; and a word of five letters or more without a Swedish
    definite ending ("arenan" is "arena")."""
    return _cognate_of(token.folded)


@lru_cache(maxsize=65536)
def _cognate_of(word: str) -> frozenset[tuple[str, str]]:
    keys = {("~", word[:8])} if len(word) >= 9 else set()
    if len(word) >= 5:  # a loanword and its Swedish definite form ("arena", "arenan")
        keys.add(("≈", word))
        keys |= {("≈", word[: -len(end)]) for end in _DEFINITE if word.endswith(end)}
    return frozenset(keys)


_DEFINITE = ("n", "en", "et", "na", "erna", "arna", "orna")


def item_keys(item: Found, vocab: Vocabulary, said: bool = False) -> set[tuple[str, str]]:
    """The word keys of an answer's quotes, of their renderings in another language
    (``gg:rendering``) and of the labels of what it is about. What is
    ``said`` — what accounts for a word not understood — takes only a task's preferred
    labels: its alternative labels are the many ways of saying it, not what the documents
    say ("who *gets* the money from external funding?" is not met by "EU money"); ranking
    readings takes them all."""
    texts = [quote for quote, _, _ in item.sources]
    texts += [r for quote in texts for r in vocab.renderings.get(quote, {}).values()]
    titles: list[str] = []  # a document's labels: what it is about, not what it says
    for term in (item.term, item.task, item.object, *item.objects, *(item.statement or ())):
        if isinstance(term, (str, URIRef)) and not isinstance(term, Literal):
            if said and vocab.roles.get(str(term)) == "task":
                texts += vocab.labels.get(str(term), {}).values()
            elif vocab.roles.get(str(term)) == "document":
                titles += vocab.all_labels.get(str(term), [])
            else:
                texts += vocab.all_labels.get(str(term), [])
    keys: set[tuple[str, str]] = set()
    for text in texts:
        keys |= text_keys(text)
    for label_words, narrower in _broad_terms(vocab):
        if any(all(word & keys for word in words) for words in label_words):
            keys |= narrower
    # the title's words are its own; a "policy for international work" followed up is no
    # follow-up of each kind of international work ("Who follows up the projects?")
    for text in titles:
        keys |= text_keys(text)
    return keys


def _broad_terms(
    vocab: Vocabulary,
) -> list[tuple[list[list[frozenset[tuple[str, str]]]], frozenset[tuple[str, str]]]]:
    """The terms the graph has narrower terms for (``skos:broader``), each as the content
    words of its labels and the keys of its narrower terms' labels: a quote that names the
    broad term ("de internationella aktiviteterna") also speaks of each kind of it
    ("Transnationella projekt"), so "projekten" is accounted for by it; the other way round
    it is not."""
    cached = vocab.cache.get("broad-terms")
    if isinstance(cached, list):
        return cached
    the_cues = cues()
    below: dict[str, set[str]] = {}
    for narrow, broad in vocab.broader.items():
        if vocab.roles.get(narrow) == "task":
            continue  # a task's quote names what is done, not each narrower way of doing it
        for iri in broad:
            below.setdefault(iri, set()).add(narrow)
    found: list[tuple[list[list[frozenset[tuple[str, str]]]], frozenset[tuple[str, str]]]] = []
    for broad_iri, narrower in sorted(below.items()):
        label_words = [
            [
                frozenset(text_keys(t.text))
                for t in tokenise(label)
                if not the_cues.is_function_word(t)
            ]
            for label in vocab.labels.get(broad_iri, {}).values()  # preferred: the name itself
        ]
        keys = frozenset().union(
            *(text_keys(x) for n in narrower for x in vocab.all_labels.get(n, []))
        )
        found.append(([w for w in label_words if w], keys))
    vocab.cache["broad-terms"] = found
    return found


@lru_cache(maxsize=16384)
def text_keys(text: str) -> frozenset[tuple[str, str]]:
    tokens = tokenise(text)
    keys: set[tuple[str, str]] = set()
    for token in tokens:
        keys |= question_keys(token)[0] | _cognate(token)
    if _above_all_others(tokens):
        keys |= _MOST
    return frozenset(keys)


def _above_all_others(tokens: list[Token]) -> bool:
    """Whether a text compares with all the others ("mer framträdande *än andra*", "more
    prominent *than the others*"): it says what is most so."""
    words = [t.folded for t in tokens]
    return any(
        word in {"mer", "more"} and any(end in " ".join(words[n + 1 : n + 7]) for end in _OTHERS)
        for n, word in enumerate(words)
    )


_OTHERS = ("an andra", "than others", "than the others")
_MOST = frozenset({("=", "mest"), ("=", "most")})


def name_keys(item: Found, vocab: Vocabulary) -> frozenset[tuple[str, str]]:
    """The word keys of the labels of the answer itself."""
    return frozenset().union(*(text_keys(t) for t in vocab.all_labels.get(str(item.term), [])))


def of_degree(word: str) -> bool:
    return any(degree(t) for t in tokenise(word))


def degree(token: Token) -> bool:
    """A word of degree: listed in ``cues.json``, or a superlative by its ending ("biggest",
    "tyngsta", "viktigaste")."""
    word = token.folded
    if cues().marker(token, "degree"):
        return True
    return len(word) > 5 and word.endswith(("est", "ast", "aste", "sta", "ste"))


def said_of(
    kept: list[tuple[Reading, list[Found]]], vocab: Vocabulary
) -> list[tuple[Reading, list[Found]]]:
    """Of facts of different relations that one rank answers, those whose quotes speak of
    the thing the question says they are of ("aims of *international activities*": the
    aims, whose quote says "De internationella aktiviteterna ska bidra till", not the
    purpose of the international work); all of them when none or each does."""
    relations = {str(r.bindings.get("property")) for r, _ in kept}
    if len(relations) < 2 or any(r.kind != "fact" for r, _ in kept):
        return kept
    said = [(r, rows) for r, rows in kept if _context_quoted(r, rows, vocab)]
    return (
        said if said and {str(r.bindings.get("property")) for r, _ in said} != relations else kept
    )


def _context_quoted(reading: Reading, rows: list[Found], vocab: Vocabulary) -> bool:
    """Whether every answer's quote holds the words of each thing the reading takes as
    context (a concept, not a body nor a document: what the answer is said of)."""
    things = [
        u
        for u in reading.context
        if u.entities and all(vocab.roles.get(i) == "concept" for i in u.entities)
    ]
    if not things:
        return False
    for item in rows:
        texts = [q for quote, _, _ in item.sources for q in (quote, *_renderings(quote, vocab))]
        keys = {k for text in texts for t in tokenise(text) for k in quote_keys(t)}
        if not all(w & keys for u in things for w in u.words):
            return False
    return True


def _renderings(quote: str, vocab: Vocabulary) -> list[str]:
    """A quote in the other language, where the graph gives it (``gg:rendering``)."""
    return list(vocab.renderings.get(quote, {}).values())
