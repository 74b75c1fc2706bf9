"""Teams: agreement between annotators, merging their sidecars, and adjudication.

- `metrics`: the coefficients (Cohen's and Fleiss' kappa, Krippendorff's alpha nominal,
  ordinal and unitizing, span F1, B-cubed), as additive tallies over articles.
- `matching`: which items of different annotators are the same item (by spans, never ids),
  and `Matched`, a group of annotators' matched items on one article.
- `corpus`: finding each article's sidecars by annotator; the bad-input sentences.
- `compare`: one article's tallies, added up over a corpus, turned into figures.
- `report`: figures as JSON and CSV (the Rich table lives in `render`).
- `merge`: one gold sidecar with provenance and open disagreements.
- `adjudicate`: the UI-agnostic step machine that resolves the disagreements.
"""
