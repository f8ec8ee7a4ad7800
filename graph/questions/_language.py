"""Words for the question matcher: folding, tokens, light Swedish and English stemmers.

Everything works on *folded* text: case-folded, with diacritics removed (``Borås`` and
``Boras`` are the same word), split into runs of letters and digits. The stemmers are small
suffix strippers in the spirit of Snowball's, tuned so that the inflections people use in
questions collapse onto the forms in the graph's labels (``revidera``, ``reviderar``,
``revideras``, ``revidering`` → ``revider``; ``revise``, ``revises``, ``revised``, ``revision``
→ ``revis``). The language knowledge they need that is not in the graph — function words,
irregular forms, question words — is read from ``cues.json``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

__all__ = [
    "ARTICLES",
    "ASKED",
    "ASKING",
    "LANGUAGES",
    "WHICH",
    "WHOSE",
    "WHO_WHAT",
    "WHO_WHAT_WHEN",
    "Cues",
    "Token",
    "a_word",
    "cues",
    "fold",
    "lemma",
    "prefetch_lemmas",
    "stem",
    "tokenise",
    "word_spans",
]

#: The languages govgraph understands, in the order of preference on a tie.
LANGUAGES = ("en", "sv")

#: Regular-expression alternatives for the question words a question in the text opens with
#: (also typed without å/ä/ö): those asking who or what, and those also asking when or how.
WHO_WHAT = r"vem|vad|vilk\w*|who|what|which"
WHO_WHAT_WHEN = rf"{WHO_WHAT}|när|nar|when"
ASKING = rf"{WHO_WHAT_WHEN}|hur|how"
#: a question word anywhere in a text
ASKED = re.compile(rf"\b(?:{ASKING})\b", re.IGNORECASE)
#: The words that open a question asked yes or no ("*Is* Borås a member …?", "*Har* West
#: Sweden …?")
VERB_FIRST = frozenset(
    {"is", "are", "was", "were", "does", "do", "did", "has", "have", "had", "can", "could"}
    | {"är", "ar", "var", "har", "hade", "kan", "finns", "fanns", "ingår", "ingar"}
)

#: "which", folded: the question word that asks for one of a kind.
WHICH = frozenset({"which", "vilka", "vilken", "vilket"})
#: the question words that ask whose ("*whose* services", "*vems* policy")
WHOSE = frozenset({"whose", "vems"})

#: Articles, folded, that may stand between a word and the name it is about ("who is *the*
#: manager of", "who gets *the* EU money")
ARTICLES = frozenset({"the", "a", "an", "den", "det", "de", "en", "ett"})

_WORD = re.compile(r"[^\W_]+(?:['\u2019]s\b)?")
_VOWELS = set("aeiouyåäö")


def fold(text: str) -> str:
    """Case-fold ``text`` and drop its diacritics (``Västra Götaland`` → ``vastra gotaland``)."""
    if text.isascii():
        return text.casefold()
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Token:
    """One word of a question or a label, case-folded (diacritics kept: the Swedish stemmer
    needs them), its folded form, and whether an English ``'s`` followed it."""

    text: str
    folded: str
    genitive: bool = False


def tokenise(text: str) -> list[Token]:
    """The words of ``text``; an English ``'s`` marks the word before it as genitive."""
    return list(_tokenise(text)) if len(text) <= 512 else list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokenise(text: str) -> tuple[Token, ...]:
    return tuple(_tokens(text))


def _tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _WORD.finditer(unicodedata.normalize("NFC", text.casefold())):
        word = match.group(0)
        genitive = word[-2:] in {"'s", "\u2019s"}
        if genitive:
            word = word[:-2]
        tokens.append(Token(word, fold(word), genitive))
    return tokens


def word_spans(text: str) -> list[tuple[int, int]] | None:
    """Where each of :func:`tokenise`'s words of ``text`` is in it; ``None`` when folding
    the case changes the text's length ("ß")."""
    folded = unicodedata.normalize("NFC", text.casefold())
    if len(folded) != len(text):
        return None
    return [m.span() for m in _WORD.finditer(folded)]


@dataclass(frozen=True)
class Cues:
    """The language knowledge of ``cues.json``, folded."""

    function_words: dict[str, frozenset[str]]
    folded_function_words: dict[str, frozenset[str]]
    irregular: dict[str, dict[str, str]]
    questions: dict[str, dict[str, tuple[str, ...]]]
    kinds: dict[str, dict[str, tuple[str, ...]]]
    relations: tuple[dict[str, Any], ...]
    markers: dict[str, dict[str, frozenset[str]]]
    markers_text: dict[str, tuple[str, ...]]
    labels: dict[str, dict[str, str]]
    numbers: dict[str, int]

    def marker(self, token: Token, name: str) -> bool:
        """Whether ``token`` is one of the ``markers`` called ``name`` (in either language)."""
        return any(token.folded in words for words in self.markers[name].values())

    def marks_all(self, tokens: Iterable[Token], name: str) -> bool:
        """Whether every one of ``tokens`` (a phrase's words) is a ``name`` marker: "did" is
        only a *doing* word, "vilka" only a question word."""
        return all(self.marker(token, name) for token in tokens)

    def marks_phrase(self, tokens: Sequence[Token], name: str) -> bool:
        """Whether ``tokens`` are a ``name`` marker of several words ("carries out") or each
        one of them is one."""
        phrase = " ".join(t.folded for t in tokens)
        return any(phrase in words for words in self.markers[name].values()) or self.marks_all(
            tokens, name
        )

    def first(self, tokens: Sequence[Token], name: str) -> int:
        """The position of the first ``name`` marker among ``tokens`` (-1 if none): with
        ``question_words``, the question's own question word."""
        return next((n for n, t in enumerate(tokens) if self.marker(t, name)), -1)

    def yes_or_no(self, tokens: Sequence[Token]) -> bool:
        """Whether a question has no question word: it asks yes or no ("Reviderar
        kommunstyrelsen policyn?", "Isn't it the board that …?")."""
        return not any(self.marker(t, "question_words") for t in tokens)

    def phrase_positions(self, tokens: Sequence[Token], name: str) -> set[int]:
        """The positions of the ``name`` markers among ``tokens``, all the words of those of
        several words ("i dag", "no matter", "när det gäller")."""
        found: set[int] = set()
        folded = [t.folded for t in tokens]
        by_first = _phrases(self, name)
        for n, word in enumerate(folded):
            for phrase in by_first.get(word, ()):
                if tuple(folded[n : n + len(phrase)]) == phrase:
                    found |= set(range(n, n + len(phrase)))
        return found

    def locative(self, token: Token) -> bool:
        """Whether ``token`` says where ("i", "inom", "in", "within"), not from when ("från",
        "from" are also words of a start)."""
        return self.marker(token, "locative") and not self.marker(token, "start")

    def however(self, tokens: Sequence[Token]) -> set[int]:
        """The positions of a Swedish concession "hur … än" ("hur stor ambitionen *än* är":
        however big), from "hur" to "än", a few words apart."""
        found: set[int] = set()
        for n, token in enumerate(tokens):
            if token.folded == "hur":
                ever = [
                    k for k in range(n + 2, min(n + 6, len(tokens))) if tokens[k].folded == "an"
                ]
                found |= set(range(n, ever[0] + 1)) if ever else set()
        return found

    def is_function_word(self, token: Token, lang: str | None = None) -> bool:
        """Whether ``token`` is a function word (of ``lang``, or of either language). Written
        with its diacritics it must match exactly (``år`` is not ``är``); written without,
        it matches a function word without them (``ar`` is ``är``)."""
        for code in (lang,) if lang else LANGUAGES:
            if token.text in self.function_words[code]:
                return True
            if token.text == token.folded and token.folded in self.folded_function_words[code]:
                return True
        return False


@cache
def cues() -> Cues:
    """The matcher's language knowledge, read once from the package."""
    raw = json.loads(resources.files("govgraph.questions").joinpath("cues.json").read_text("utf-8"))
    return Cues(
        function_words={
            lang: frozenset(w.casefold() for w in words)
            for lang, words in raw["function_words"].items()
        },
        folded_function_words={
            lang: frozenset(fold(w) for w in words) for lang, words in raw["function_words"].items()
        },
        irregular={
            lang: {fold(k): v.casefold() for k, v in forms.items()}
            for lang, forms in raw["irregular"].items()
        },
        questions={
            name: {lang: tuple(words) for lang, words in by_lang.items()}
            for name, by_lang in raw["cues"].items()
        },
        kinds={
            iri: {lang: tuple(words) for lang, words in by_lang.items()}
            for iri, by_lang in raw["kinds"].items()
        },
        relations=tuple(raw["relations"]),
        markers={
            name: {lang: frozenset(fold(w) for w in words) for lang, words in by_lang.items()}
            for name, by_lang in raw["markers"].items()
        },
        labels={iri: dict(by_lang) for iri, by_lang in raw.get("labels", {}).items()},
        numbers={fold(w): n for by_lang in raw["numbers"].values() for w, n in by_lang.items()},
        markers_text={
            name: tuple(re.escape(w) for words in by_lang.values() for w in words)
            for name, by_lang in raw["markers"].items()
        },
    )


_PHRASES: dict[tuple[int, str], dict[str, tuple[tuple[str, ...], ...]]] = {}


def _phrases(the_cues: Cues, name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ``name`` markers as word tuples, by their first word (read once)."""
    key = (id(the_cues), name)
    if key not in _PHRASES:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in the_cues.markers[name].values():
            for phrase in words:
                parts = tuple(phrase.split())
                by_first.setdefault(parts[0], []).append(parts)
        _PHRASES[key] = {k: tuple(v) for k, v in by_first.items()}
    return _PHRASES[key]


def lemma(word: str, lang: str) -> str:
    """The dictionary form of the case-folded ``word`` in ``lang``, by simplemma (``antog``
    → ``anta``, ``beslöts`` → ``besluta``, ``took`` → ``take``); the word itself when
    simplemma does not know it."""
    return _lemma(word, lang)


@lru_cache(maxsize=65536)
def _lemma(word: str, lang: str) -> str:
    if word.isdigit() or not 3 <= len(word) <= 40:
        return word
    import simplemma

    return str(simplemma.lemmatize(word, lang=lang)).casefold()


@lru_cache(maxsize=65536)
def a_word(word: str, lang: str = "en") -> bool:
    """Whether simplemma's dictionary of ``lang`` holds ``word``: a real word, not a
    misspelling of another ("confirm" is no "conform"). Long words are looked up in English
    only: the Swedish dictionary also holds words typed without å, ä, ö ("genomfor"), which
    are respelt."""
    if not 3 <= len(word) <= 40:
        return False
    import simplemma

    return bool(simplemma.is_known(word, lang=lang))


def prefetch_lemmas() -> None:
    """Load simplemma's Swedish and English dictionaries now (about a second), for instance
    while a graph loads, rather than on the first question."""
    for lang in LANGUAGES:
        lemma("frågor", lang)


def stem(word: str, lang: str) -> str:
    """The folded stem of the case-folded ``word`` in ``lang`` (``sv`` or ``en``)."""
    return _stem(word, lang)


@lru_cache(maxsize=16384)
def _stem(word: str, lang: str) -> str:
    word = cues().irregular.get(lang, {}).get(fold(word), word)
    if word.isdigit():
        return word
    return fold(_stem_sv(word) if lang == "sv" else _stem_en(fold(word)))


# Swedish: Snowball's step 1 (inflectional endings, plus -ena and -et: områdena, arbetet),
# -ing (revidering → revider), its steps 2 and 3, -yn (policyn → policy), the -t of
# adjectives and participles after l, v, m, j (internationellt, aktivt, fastställt →
# fastställ) and final double consonants (medlemm → medlem). A genitive or passive -s on
# top of an ending (Sjuhärads, bildats) is left to the matcher, which also tries a question
# word without its final s.
_SV_SUFFIXES = sorted(
    (
        "heterna hetens anden andes andet arens arnas ernas heten heter ornas ande ades arna "
        "arne aren aste erna erns orna ade are ast ena ens ern het ad ar as at en er es et or a e"
    ).split(),
    key=len,
    reverse=True,
)
_SV_S_ENDING = set("bcdfghjklmnoprtvy")


def _r1(word: str) -> int:
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            return max(i + 1, 3)
    return len(word)


def _stem_sv(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("yn"):
        word = word[:-1]
    r1 = _r1(word)
    for suffix in _SV_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            if suffix == "et" and word.endswith("itet"):
                continue  # aktivitet, universitet: -et is the word's own, not the article
            word = word[: -len(suffix)]
            break
    else:
        if word.endswith("s") and len(word) - 1 >= r1 and word[-2] in _SV_S_ENDING:
            word = word[:-1]
    if word.endswith("ing") and len(word) - 3 >= r1:
        word = word[:-3]
    if word[-2:] in {"dd", "gd", "nn", "dt", "gt", "kt", "tt"}:
        word = word[:-1]
    if (
        len(word) > 4
        and len(word) - 1 >= r1
        and ((word[-1] == "t" and word[-2] in "lvmj") or word.endswith("lld"))
    ):
        word = word[:-1]
    for suffix, replacement in (("fullt", "full"), ("lost", "los"), ("lig", ""), ("els", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[: -len(suffix)] + replacement
            break
    if word[-2:] in {"mm", "ll", "nn", "tt", "dd", "ss"}:
        word = word[:-1]
    return word


# English: a light Porter-like stemmer.
def _has_vowel(word: str) -> bool:
    return any(c in _VOWELS for c in word)


def _stem_en(word: str) -> str:
    if len(word) <= 3:
        return word
    if word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("ies") and len(word) > 4:
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ied", "ed", "ing"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if suffix == "ied":
                word = base + "i"
            elif len(base) >= 3 and _has_vowel(base):
                word = base
                if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                    word = word[:-1]
            break
    for suffix, replacement in (
        ("isation", "isat"),
        ("ization", "izat"),
        ("ation", "ate"),
        ("ition", ""),
        ("sion", "s"),
        ("tion", "t"),
        ("ment", ""),
        ("ly", ""),
    ):
        minimum = 5 if suffix == "ly" else 3
        if word.endswith(suffix) and len(word) - len(suffix) >= minimum:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("y") and len(word) > 3 and word[-2] not in _VOWELS:
        word = word[:-1] + "i"
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word
