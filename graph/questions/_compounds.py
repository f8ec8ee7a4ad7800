"""Words typed together or apart: an unknown Swedish compound split into the known words it
is made of ("medlemsantal" → *medlem* + *antal*), and two words typed apart that are one word
the vocabulary knows ("fast ställer" → *fastställer*)."""

from __future__ import annotations

from collections.abc import Callable

from ._language import Token, a_word, cues, fold

__all__ = ["rejoined", "split_compound"]


def rejoined(
    words: list[Token], unread: frozenset[str], known: Callable[[Token], bool]
) -> list[Token]:
    """Two words typed apart that are one word the vocabulary knows, where one of them
    was not understood (``unread``) and neither is a function or question word ("fast
    ställer", "över gripande"): the one word."""
    the_cues = cues()
    result: list[Token] = []
    at = 0
    while at < len(words):
        first, second = words[at], words[at + 1] if at + 1 < len(words) else None
        if second is not None and min(len(first.text), len(second.text)) >= 3:
            pair = (first, second)
            whole = first.text + second.text
            joined = Token(whole, fold(whole), second.genitive)
            if (
                {first.text, second.text} & unread
                and not first.genitive
                and not any(the_cues.is_function_word(t) for t in pair)
                and not any(the_cues.marker(t, "question_words") for t in pair)
                and known(joined)
            ):
                result.append(joined)
                at += 2
                continue
        result.append(first)
        at += 1
    return result


def split_compound(
    token: Token, known: Callable[[Token], bool], depth: int = 0
) -> list[Token] | None:
    """Split an unknown Swedish compound into known parts (``medlemsantal`` → ``medlem``
    + ``antal``), trying the longest known first part; ``None`` if none fits."""
    word = token.text
    if len(word) > 40:
        return None  # no compound is this long; splitting costs the square of the length
    for cut in range(len(word) - 4, 2, -1):  # a last part of four letters or more:
        # three-letter ones split too much ("största" is not "stör" + "sta")
        head, tail = word[:cut], word[cut:]
        for part in (head, head[:-1] if head[-1] in "s" else None):
            if not part or len(part) < 3:
                continue
            first = Token(part, fold(part))
            if len(part) < 5 and a_word(word, "sv"):
                continue  # "ledamöterna" is a word of its own, not "leda" + "möterna"
            if not known(first) or cues().marker(first, "determiners"):
                continue  # "undersöker", "omfattar": a particle verb, not "under" + …
            rest = Token(tail, fold(tail), token.genitive)
            if known(rest) or cues().marker(rest, "light"):
                return [first, rest]  # "definitionsavsnitt": a light last part too
            if depth < 1:
                split = split_compound(rest, known, depth + 1)
                if split:
                    return [first, *split]
    return None
