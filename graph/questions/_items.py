"""The items of an answer: each fact found as an :class:`AnswerItem` in both languages, with
its quotes and the municipality it belongs to; items merged when they say the same, sorted by
municipality and label; and a nearby fact labelled as its whole statement, for the closest
things the documents say."""

from __future__ import annotations

from dataclasses import replace

from rdflib import Literal

from ..namespaces import GG
from ._answer import TEXT, AnswerItem, Source
from ._language import LANGUAGES
from ._reading import Found
from ._scope import Scopes, scope_of
from ._vocabulary import Vocabulary

__all__ = ["answer_item", "dedupe", "items_of", "sorted_items", "statement"]


def items_of(found: list[Found], vocab: Vocabulary, lang: str, scope: Scopes) -> list[AnswerItem]:
    """The answer items of ``found``, merged and sorted."""
    return sorted_items(dedupe([answer_item(f, vocab, lang, scope) for f in found]))


def sorted_items(items: list[AnswerItem]) -> list[AnswerItem]:
    return sorted(
        items,
        key=lambda a: ((a.scope or {}).get("label", "").casefold(), a.label.casefold(), a.note),
    )


def dedupe(items: list[AnswerItem]) -> list[AnswerItem]:
    seen: dict[tuple[object, ...], AnswerItem] = {}
    for item in items:
        key = (item.iri, item.value, item.kind, item.note, (item.scope or {}).get("iri"))
        if key in seen:
            merged = seen[key]
            merged.sources += [s for s in item.sources if s not in merged.sources]
        else:
            seen[key] = item
    return list(seen.values())


def _scope_json(item: Found, vocab: Vocabulary, found: Scopes, lang: str) -> dict[str, str] | None:
    if not found.several:
        return None
    scope = scope_of(item, found)
    return {"iri": scope, "label": vocab.label(scope, lang)} if scope else None


def answer_item(found: Found, vocab: Vocabulary, lang: str, scope: Scopes) -> AnswerItem:
    sources = [
        Source(q, p, d, vocab.renderings.get(q, {}).get(lang))
        for q, p, d in sorted(found.sources, key=lambda s: (s[1], s[0]))
    ]
    where = _scope_json(found, vocab, scope, lang)
    if isinstance(found.term, Literal):
        value = str(found.term)
        return AnswerItem(
            value, {"sv": value, "en": value}, None, sources, value=value, scope=where
        )
    iri = str(found.term)
    labels = vocab.both_labels(iri)
    if found.kind == "left_blank":
        labels = {code: f"{TEXT[code]['blank']}: {vocab.label(iri, code)}" for code in LANGUAGES}
        return AnswerItem(labels[lang], labels, iri, sources, kind="left_blank", scope=where)
    if found.definition:
        fallback = next(iter(found.definition.values()))
        labels = {
            code: f"{vocab.label(iri, code)}: {found.definition.get(code, fallback)}"
            for code in LANGUAGES
        }
    elif found.answer == "responsibility" and found.task and found.object:
        labels = {
            code: f"{vocab.label(found.task, code)}: {vocab.label(found.object, code)}"
            for code in LANGUAGES
        }
    note = ""
    if found.partner_of:
        cooperation = vocab.label(str(GG.inCooperationWith), lang)
        note = f"{cooperation} {vocab.label(found.partner_of, lang)}"
    elif found.answer == "resource" and not found.definition:  # "who is the coordinator?":
        # the post, not its holder (not "what is West Sweden?": the body, its kind said)
        note = TEXT[lang]["post"]
    return AnswerItem(labels[lang], labels, iri, sources, note, scope=where)


def statement(found: Found, vocab: Vocabulary, lang: str, scope: Scopes) -> AnswerItem:
    """A nearby fact, labelled as the whole statement ("Kommunstyrelsen – revidera:
    Internationell policy"), for the closest things the documents say."""
    item = answer_item(found, vocab, lang, scope)
    if found.statement is None or found.kind == "left_blank":
        return item
    subject, relation, obj = found.statement

    def name(term: object) -> dict[str, str]:
        if isinstance(term, Literal):
            return {"sv": str(term), "en": str(term)}
        return vocab.both_labels(str(term))

    first, middle, last = name(subject), name(relation), name(obj)
    labels = {code: f"{first[code]} – {middle[code]}: {last[code]}" for code in LANGUAGES}
    note = ""
    if found.partner_of and found.partner:
        # "förvaltningarna – pröva …: projekt … (i samarbete med Internationell samordnare)"
        cooperation = vocab.label(str(GG.inCooperationWith), lang)
        note = f"{cooperation} {vocab.label(found.partner, lang)}"
    return replace(item, label=labels[lang], labels=labels, note=note)
