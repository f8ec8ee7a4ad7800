"""Words typed wrong, read as the label words they were meant to be: a long word one letter
off a label word ("internatinal"), a short one with a letter left out or two swapped ("polcy",
"vaild") that no dictionary holds, and a word of a name beside the rest of it ("Uplands-Bro").
The indexes are built from the vocabulary's labels on the first word that needs them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ._language import Token, a_word, cues
from ._terms import Entry

__all__ = ["Spelling"]


class Spelling:
    """Respelling against the label words of a vocabulary's entries."""

    def __init__(self, entries: Sequence[Entry], known: Callable[[Token], bool]) -> None:
        self._entries = entries
        self._known = known
        self._spelling_index: dict[str, set[str]] | None = None
        self._neighbour_index: dict[tuple[str, str], set[str]] | None = None

    def respelt(self, token: Token, before: Sequence[Token], after: Sequence[Token]) -> Token:
        """``token`` as the label word it was meant to be, or itself: read alone, else by
        the question's words ``before`` and ``after`` it."""
        again = self._respelt(token)
        return again if again is not token else self._beside(token, before, after)

    def _respelt(self, token: Token) -> Token:
        """A word the vocabulary does not know, read as the one label word it is a letter
        away from ("internatinal" → *international*); else the word itself. A word of five
        or six letters is respelt only when it is a label word with one letter left out
        ("polcy" → *policy*) or two letters swapped ("vaild" → *valid*), and no word in
        either language's dictionary; a word of four letters only when doubling one of its
        letters makes a dictionary word the vocabulary knows ("ofer" → *offer*); shorter
        words are left alone: too many are a letter from another."""
        size = len(token.folded)
        if size < 4 or size > 40 or a_word(token.text):
            return token
        index = self._spellings()
        if size == 4:  # "ofer" → *offer*: a doubled letter typed once, and no other word
            if a_word(token.text, "sv"):
                return token
            doubled = {token.folded[: n + 1] + token.folded[n:] for n in range(size)}
            found = {w for w in doubled if a_word(w) and self._known(Token(w, w))}
        elif size < 7:
            if a_word(token.text, "sv"):
                return token
            found = {w for w in index.get(token.folded, ()) if len(w) == size + 1}
            found |= {v for v in _swaps(token.folded) if v in index.get(v, ())}  # "vaild"
        else:
            found = set(index.get(token.folded, ()))
            for variant in _deletions(token.folded):
                found |= index.get(variant, set())
            found = {w for w in found if w != token.folded and len(w) >= 7}
        if len(found) != 1:
            return token
        word = found.pop()
        return Token(word, word, token.genitive)

    def _beside(self, token: Token, before: Sequence[Token], after: Sequence[Token]) -> Token:
        """An unknown word one letter off the word a label has beside the question's next or
        previous word ("Uplands-Bro" → *Upplands*-Bro, though "uplands" is an English word):
        the name around it says which word was meant. Else the word itself."""
        if not 4 <= len(token.folded) <= 40:
            return token
        neighbours = self._neighbours()
        found = {
            w
            for side, beside in (("after", before), ("before", after))
            for t in beside
            for w in neighbours.get((t.folded, side), ())
            if _one_off(token.folded, w)
        }
        if len(found) != 1:
            return token
        word = found.pop()
        return Token(word, word, token.genitive)

    def _neighbours(self) -> dict[tuple[str, str], set[str]]:
        """For each label word, the words labels have right before and right after it."""
        found = self._neighbour_index
        if found is None:
            found = {}
            for entry in self._entries:
                for one, other in zip(entry.folded, entry.folded[1:], strict=False):
                    found.setdefault((other, "before"), set()).add(one)
                    found.setdefault((one, "after"), set()).add(other)
            self._neighbour_index = found
        return found

    def _spellings(self) -> dict[str, set[str]]:
        """Each label word of five letters or more under itself and every form of it with
        one letter left out (a symmetric-delete index), built on the first misspelling."""
        index = self._spelling_index
        if index is None:
            index = {}
            words = {w for entry in self._entries for w in entry.folded if 5 <= len(w) <= 40}
            words |= {  # "acording": a function word a letter off
                w for ws in cues().folded_function_words.values() for w in ws if 7 <= len(w) <= 40
            }
            for word in words:
                for variant in (word, *_deletions(word)):
                    index.setdefault(variant, set()).add(word)
            self._spelling_index = index
        return index


def _one_off(typed: str, word: str) -> bool:
    """Whether ``typed`` is ``word`` with one letter left out, added, changed or two
    swapped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) < len(word):
        return typed in _deletions(word)
    if len(typed) > len(word):
        return word in _deletions(typed)
    diffs = [n for n, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return len(diffs) == 1 or typed in _swaps(word)


def _swaps(word: str) -> set[str]:
    """``word`` with two letters next to each other swapped, each way there is."""
    return {word[:n] + word[n + 1] + word[n] + word[n + 2 :] for n in range(len(word) - 1)}


def _deletions(word: str) -> set[str]:
    return {word[:n] + word[n + 1 :] for n in range(len(word))}
