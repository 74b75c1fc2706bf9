"""Near misses (a misspelt surname) and every mention of every name found."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz, process

from annotate.article import Article
from annotate.suggest import words as W
from annotate.suggest.base import ActorSuggestion
from annotate.suggest.text import Story, word_starts


def _near_misses(art: Article, found: list[ActorSuggestion]) -> list[ActorSuggestion]:
    """'Natanyahu' for 'Netanyahu': a capitalised word close to a person's surname is the
    same person misspelt (and not an actor of its own)."""
    used = {w for s in found for form in (s.name, *s.aliases) for w in form.split()}
    singles = {s.name: s for s in found if s.type != "person" and " " not in s.name}
    loose = sorted((set(re.findall(r"\b[A-Z][a-z]{4,}\b", art.text)) - used | set(singles))
                   - W.FUNCTION_WORDS - W.NOT_ACTORS - W.TITLES)  # (not "Skipper" for
    # "Slipper": a title)
    dropped: set[str] = set()
    near = _Near(loose)
    for sug in found:
        if sug.type != "person" or len(sug.name.split()) < 2:
            continue
        surname = sug.name.split()[-1]
        for word in near.closest(surname):
            if word != surname and word not in sug.aliases:
                sug.aliases.append(word)
                dropped.add(word)
    return [s for s in found if s.name not in dropped]


class _Near:
    """The words that may score 85 or more against a surname by `fuzz.ratio` (more than
    those, never fewer: the scorer decides), without scoring every capitalised word of
    a long article against every surname (quadratic). Of each length that can reach the
    cutoff (2·min/(a+b) bounds the ratio), the words holding one of k + 1 pieces of the
    surname whole, k the most insertions and deletions the cutoff allows between the two
    lengths (85 is 1 - 0.15: k <= 0.15 of both): k edits break k pieces at most."""

    def __init__(self, words: list[str]) -> None:
        self.by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:
            self.by_length[len(word)].append(word)
        # (word length, piece length) -> piece -> the words of that length holding it
        self.holding: dict[tuple[int, int], dict[str, list[str]]] = {}

    def closest(self, surname: str) -> list[str]:
        """The two words nearest the surname with a ratio of 85 or more (of those scored
        alike, the first in alphabetical order)."""
        kept = process.extract(surname, self.to(surname), scorer=fuzz.ratio, limit=None,
                               score_cutoff=85)
        return [m[0] for m in sorted(kept, key=lambda m: (-m[1], m[0]))[:2]]

    def to(self, surname: str) -> set[str]:
        size, near = len(surname), set()
        for n, words in self.by_length.items():
            if 2 * min(n, size) < 0.85 * (n + size):
                continue
            edits = int(0.15 * (size + n) + 1e-6)
            piece = size // (edits + 1)
            if piece < 2:  # (a letter is in too many words to tell any apart)
                near.update(words)
                continue
            holding = self._holding(n, piece)
            for i in range(0, (edits + 1) * piece, piece):
                near.update(holding.get(surname[i:i + piece], ()))
        return near

    def _holding(self, n: int, piece: int) -> dict[str, list[str]]:
        if (n, piece) not in self.holding:
            index: dict[str, list[str]] = defaultdict(list)
            for word in self.by_length[n]:
                for part in dict.fromkeys(word[i:i + piece] for i in range(n - piece + 1)):
                    index[part].append(word)
            self.holding[n, piece] = index
        return self.holding[n, piece]


def _mentions(art: Article, story: Story, found: list[ActorSuggestion]) -> None:
    """Every occurrence of every name in one pass: at each place the longest name wins
    ("Gaza Strip" over "Gaza"), no two mentions overlap, furniture lines are skipped."""
    owner: dict[str, ActorSuggestion] = {}
    for sug in found:
        for form in (sug.name, *sug.aliases):
            owner.setdefault(form, sug)
    text, hits = art.text, []
    starts = word_starts(text)  # (the index the rules read the text's words by)
    # The forms by their first word and length: each place a first word stands is looked
    # at once per length, however many names begin with that word.
    by_first: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for form in owner:
        first = re.match(r"\w+", form)
        if first:
            by_first[first.group()][len(form)].add(form)
    for word, lengths in by_first.items():
        for pos in starts.get(word, []):
            if (pos > 0 and text[pos - 1] == "." and not text[max(0, pos - 3):pos - 1].islower()
                    ) or story.furniture(pos):
                continue  # (not after "U.S."; but "in Kelda.Reuters reports": a space missed)
            for length, forms in lengths.items():
                if text[pos:pos + length] in forms and not _wordy(text, pos + length):
                    hits.append((pos, -length, text[pos:pos + length]))
    reached = 0
    for pos, minus_length, form in sorted(hits):
        if pos >= reached:
            owner[form].mentions.append((pos, pos - minus_length))
            reached = pos - minus_length


def _wordy(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")
