"""Hint letters: short labels on things on screen, so one or two keys pick any of them.

The nearest targets get one letter, the rest two; no label is the start of another
(a prefix-free code), so a label is complete the moment it is typed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeVar

T = TypeVar("T")

# Home row first: the letters easiest to reach.
ALPHABET = "asdfghjklqwertyuiopzxcvbnm"


def labels(count: int, alphabet: str = ALPHABET) -> list[str]:
    """`count` prefix-free labels, the shortest first."""
    n = len(alphabet)
    if count <= n:
        return list(alphabet[:count])
    # k letters stay single; the other n - k start two-letter labels.
    single = n
    while single > 0 and single + (n - single) * n < count:
        single -= 1
    out = list(alphabet[:single])
    for first in alphabet[single:]:
        for second in alphabet:
            out.append(first + second)
    if len(out) < count:
        raise ValueError(f"cannot label {count} targets with {n} letters")
    return out[:count]


def assign(targets: Sequence[object], alphabet: str = ALPHABET) -> dict[str, int]:
    """Label -> index into `targets` (already ordered nearest first)."""
    return {label: i for i, label in enumerate(labels(len(targets), alphabet))}


def keeping(targets: Sequence[T], kept: Mapping[T, str]) -> dict[str, T]:
    """Labels for `targets` (nearest first), label -> target in label order, each target
    keeping the label it had (`kept`) while the new labels still include it: an actor
    made from a form (`=`) gets a free label and the letters already read stay put."""
    fresh = labels(len(targets))
    free = set(fresh)
    placed: dict[T, str] = {}
    for target in targets:
        label = kept.get(target)
        if label in free:
            placed[target] = label
            free.discard(label)
    rest = (label for label in fresh if label in free)
    for target in targets:
        if target not in placed:
            placed[target] = next(rest)
    by_label = {label: target for target, label in placed.items()}
    return {label: by_label[label] for label in fresh}


def complete(table: dict[str, int], typed: str) -> int | None | bool:
    """The target `typed` names, None while it is the start of a label, False if none."""
    if typed in table:
        return table[typed]
    if any(label.startswith(typed) for label in table):
        return None
    return False


def fuzzy(query: str, names: dict[str, list[str]]) -> str | None:
    """The key whose names best match `query` ("netan" -> netanyahu), None if none is close.
    A name that starts with the query wins over a fuzzy match elsewhere."""
    from rapidfuzz import fuzz

    key = query.casefold().strip()
    if not key:
        return None
    best: tuple[float, str] | None = None
    for target, forms in names.items():
        for name in forms:
            low = name.casefold()
            score = 200.0 if low.startswith(key) else \
                150.0 if key in low else fuzz.WRatio(key, low)
            if best is None or score > best[0]:
                best = (score, target)
    return best[1] if best is not None and best[0] >= 70 else None
