"""Typography that does not change the words: curly and straight quotes, primes, the
dashes, non-breaking and other spaces. A newsroom's CMS or a person's editor changes
these all through an article, and a person types the plain ones.

`SAME` folds each to its plain character, one character for one (so an offset into the
folded text is an offset into the text): picking a span by its typed text and
re-anchoring spans after an edit both compare text through it.
"""

from __future__ import annotations

DASHES = "-‐‑‒–—―−"
SAME = str.maketrans({**dict.fromkeys("“”„‟″«»", '"'), **dict.fromkeys("‘’‚‛′`", "'"),
                      **dict.fromkeys(DASHES, "-"),
                      **dict.fromkeys("\t\u00a0\u2007\u2009\u200a\u202f", " ")})
