"""Where a sidecar lives, and reading / writing it."""

from __future__ import annotations

import glob
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from annotate import article as article_mod
from annotate import config, schema, yamlio
from annotate.errors import AnnotateError, UsageError
from annotate.model import Annotations, Annotator, Document, Span
from annotate.textfile import encodable, read_utf8
from annotate.visible import short

SUFFIX = ".ann.yaml"


def path_for(article: Path, annotator: str | None = None) -> Path:
    """`story.txt` -> `story.ann.yaml`; with an annotator, `story.alice.ann.yaml`."""
    middle = f".{annotator}" if annotator else ""
    if not article.name:  # ("", ".", "/"): no file's name
        raise UsageError("is no article file; give the article's file name", article)
    return article.with_name(article.stem + middle + SUFFIX)


def existing_for(article: Path) -> list[Path]:
    """The article's sidecars that exist: `story.ann.yaml`, then the annotators'
    `story.*.ann.yaml` (a link that leads nowhere too: reading it says why)."""
    annotators = sorted(article.parent.glob(f"{glob.escape(article.stem)}.*{SUFFIX}"))
    return [p for p in (path_for(article), *annotators) if p.exists() or p.is_symlink()]


def own_for(article: Path) -> list[Path]:
    """The sidecars the batch commands (validate, export, report, agree) take for an
    article named on their command line: `existing_for`, less those whose `document.path`
    names another article that exists (`story.ann.yaml` of `story.txt` is also the name
    `story.md`'s would have). A UsageError when that leaves none."""
    found = existing_for(article)
    if not found:
        raise UsageError(f"has no sidecar ({path_for(article).name}); tag it first", article)
    others = {p: named for p in found if (named := _names_another(p, article))}
    if len(others) == len(found):
        side, named = next(iter(others.items()))
        raise UsageError(f"has no sidecar of its own: {side.name} is the sidecar of {named} "
                         "(its document.path)", article)
    return [p for p in found if p not in others]


def _names_another(sidecar: Path, article: Path) -> str | None:
    """The `document.path` of a sidecar when it names another article that exists; None
    when it names this one, or cannot be read (whoever reads it says why)."""
    try:
        data = yamlio.load(read(sidecar), sidecar).data
        named = data["document"]["path"]
        return named if _another(article_path(sidecar, named), article) else None
    except (AnnotateError, TypeError, KeyError):
        return None


def _another(named: Path, article: Path) -> bool:
    """Whether the article a sidecar names is a file other than `article` (a folder, a
    FIFO, nothing: no article, so not another's)."""
    return named.is_file() and not os.path.samefile(named, article)


def annotator_in_name(sidecar: Path, article: Path) -> str | None:
    """The inverse of `path_for`: `story.alice.ann.yaml` of `story.txt` -> "alice";
    `story.ann.yaml` -> None. Raises ValueError for a name `path_for` never gives."""
    name = sidecar.name.removesuffix(SUFFIX)
    if not sidecar.name.endswith(SUFFIX) or not (name == article.stem
                                                 or name.startswith(article.stem + ".")):
        raise ValueError(f"{sidecar.name} is not a sidecar name of {article.name}")
    return name[len(article.stem) + 1:] or None


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SUFFIX)


def check_leads_to_sidecar(path: Path) -> None:
    """Refuse a sidecar name that is a link to a file not named like one (the article,
    make.py): `import --force` and `merge --force` replace a file that does not load as a
    sidecar, at the link's target, and wrote their YAML over that file."""
    if not os.path.islink(path) or not os.path.exists(path):  # (a dangling one: `locked`)
        return
    real = Path(os.path.realpath(path))
    if not is_sidecar(real):
        raise UsageError(f"is a link to {real}, which is no sidecar (its name does not end "
                         f"in {SUFFIX}); write the sidecar elsewhere, or remove the link",
                         path)


def article_path(sidecar: Path, document_path: str) -> Path:
    """The article a sidecar's `document.path` names, if it may be read: a relative path
    to a file in the sidecar's folder or anywhere below its project root
    (`config.project_root`: the repository root, else the folder of `annotate.yaml`),
    symlinks followed. Anything else is refused before it is opened, so a sidecar cannot
    make `validate` read (and quote, in its findings) a file from elsewhere. `textfile`
    then reads only regular files."""
    where = f"document.path {_shown(document_path)!r}"
    if "\0" in document_path:  # no file is named so; the OS refuses to look one up
        raise AnnotateError(f"{where} holds a NUL character; no file can have that name",
                            sidecar)
    if os.path.isabs(document_path) or Path(document_path).anchor:
        raise AnnotateError(f"{where} is absolute; it must be relative to the sidecar's "
                            "folder", sidecar)
    candidate = sidecar.parent / document_path
    real = Path(os.path.realpath(candidate))
    folder = Path(os.path.realpath(sidecar.parent))
    root = config.project_root(folder)
    if not any(real.is_relative_to(allowed) for allowed in (folder, root) if allowed):
        inside = f"the sidecar's folder or its project ({root})" if root \
            else "the sidecar's folder (no annotate.yaml or .git above it marks a project)"
        raise AnnotateError(f"{where} leads outside {inside}; the article must be there",
                            sidecar)
    try:
        os.stat(candidate)
    except (FileNotFoundError, NotADirectoryError):
        pass  # (missing: each caller says so in its own words)
    except OSError as error:  # a name too long, a loop of links, a folder not to be entered
        raise AnnotateError(f"{where} cannot be looked up: {error.strerror}", sidecar) from None
    return candidate


def _shown(document_path: str) -> str:
    return document_path if len(document_path) <= 80 else document_path[:60] + "…"


def article_of(sidecar: Path, ann: Annotations) -> Path:
    """The article a sidecar names (`article_path`), refused in the sidecar's name when
    it is missing or a folder."""
    path = article_path(sidecar, ann.document.path)
    if not path.exists():
        raise AnnotateError(f"its article {_shown(ann.document.path)} is missing", sidecar)
    if path.is_dir():
        raise AnnotateError(f"its article {_shown(ann.document.path)} is a folder, not a file",
                            sidecar)
    return path


def _relative(article: Path | str, sidecar: Path) -> str:
    """The article's path as a sidecar's `document.path` records it."""
    return Path(os.path.relpath(Path(article).resolve(), sidecar.parent.resolve())).as_posix()


def check_belongs(sidecar: Path, ann: Annotations, article: Path) -> str | None:
    """Refuse a sidecar whose `document.path` names another article that exists: the
    annotator's sidecar of `story.txt` is also the default sidecar of `story.alice.md`,
    and tagging or re-anchoring the one against the other would move every span. The
    `document.path` a writer records instead when the sidecar's names no regular file (the
    article was renamed, the sidecar moved) and the article given may be recorded; else
    None."""
    given = _relative(article, sidecar)
    try:
        named = article_path(sidecar, ann.document.path)
    except AnnotateError as error:  # (keeping the path would keep the sidecar invalid)
        raise AnnotateError(f"{error.message}; set it to {given!r}, the article given, by hand",
                            sidecar) from None
    if _another(named, article):
        raise AnnotateError(f"is the sidecar of {ann.document.path} (its document.path), "
                            f"not of {article.name}; give this article's own sidecar with "
                            "--sidecar", sidecar)
    if named.is_file():
        return None
    try:
        article_path(sidecar, given)
    except AnnotateError:
        return None
    return given if encodable(given) else None


def span_fault(span: Span, text: str) -> tuple[tuple[str, ...], str, str] | None:
    """What is wrong with a span against the article's text (the field at fault, the rule,
    the message), or None: it ends before it starts or past the text, is not its text, cuts
    a character in two, or holds only white space: `validate`'s findings, and `misplaced`."""
    if span.end <= span.start:
        return (), "span-range", f"span ends ({span.end}) before it starts ({span.start})"
    if span.end > len(text):
        return ("end",), "span-range", (f"span {span.start}-{span.end} runs past the end of "
                                        f"the article ({len(text)} characters)")
    if text[span.start:span.end] != span.text:
        return ("text",), "span-text", (
            f"span text {short(span.text)!r} does not match the article at "
            f"{span.start}-{span.end}, which reads {short(text[span.start:span.end])!r}"
            f"{_unseen_difference(span.text, text[span.start:span.end])}")
    if edge := next((e for e in (span.start, span.end) if article_mod.splits(text, e)), None):
        return (), "span-range", (
            f"span {short(span.text)!r} at {span.start}-{span.end} cuts a character in two "
            f"at {edge} (U+{ord(text[edge]):04X} belongs with the character before it); move "
            "the edge past it")
    if span.text.isspace():
        return ("text",), "span-text", (f"span {span.start}-{span.end} holds only white "
                                        "space; tag a word")
    return None


def _unseen_difference(given: str, actual: str) -> str:
    """Where two texts differ, when their short forms show them the same: accents encoded
    another way (NFC and NFD look alike), or a difference past the part shown."""
    if unicodedata.normalize("NFC", given) == unicodedata.normalize("NFC", actual):
        return ("; the same letters with their accents encoded another way (Unicode NFC and "
                "NFD): copy the text from the article")
    pairs = zip(given, actual, strict=False)
    at = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(given), len(actual)))
    if short(given) != short(actual) and at < 39:  # (`short` shows 39 characters)
        return ""
    shown = [f"U+{ord(t[at]):04X} {t[at]!r}" if at < len(t) else "its end"
             for t in (given, actual)]
    return f"; they differ first at character {at + 1}: {shown[0]} in the sidecar, " \
           f"{shown[1]} in the article"


def misplaced(ann: Annotations, text: str,
              spans: Iterable[tuple[tuple, Span]] | None = None) -> list[tuple[tuple, Span]]:
    """The spans (with where they are; default: the annotations') that `validate` faults
    against the article's text (not their text, a cut character, white space only): a
    hand-edited offset (orphaned ones are known to be gone)."""
    return [(where, span) for where, span in (ann.spans() if spans is None else spans)
            if not span.orphaned and span_fault(span, text) is not None]


def check_spans(sidecar: Path, ann: Annotations, text: str, disputed: bool = False) -> None:
    """Refuse a sidecar with a `misplaced` span: no export format can hold it, and
    comparing or merging its offsets would mislead; with `disputed`, the annotators' versions
    in `disagreements` too (adjudicating one would put it in the gold)."""
    for where, span in misplaced(ann, text, (*ann.spans(), *ann.disputed_spans())
                                 if disputed else None)[:1]:
        raise AnnotateError(f"the span at {json_path(where)} ({span.start}-{span.end}) is not "
                            "its text in the article, cuts a character or holds only white "
                            "space; fix it first (`annotate validate` shows where)", sidecar)


def check_ids(sidecar: Path, ann: Annotations) -> None:
    """Refuse to edit (or export) a sidecar where two annotations share an id: an edit, a
    reference or a removal by that id would take the first of them, and the other would be
    lost or changed unseen; an export would give its readers one id for two things."""
    twice = next(iter(ann.ids_twice()), None)
    if twice is not None:
        raise AnnotateError(f"two annotations have the id {twice!r}; give one another id by "
                            "hand first (annotate validate shows where)", sidecar)


def check_references(sidecar: Path, ann: Annotations) -> None:
    """Refuse to export a sidecar with a reference that leads nowhere: a consumer would
    get a link to nothing (brat drops it, W3C points at no annotation)."""
    for where, message in ann.dangling():
        raise AnnotateError(f"{message} ({json_path(where)}); fix the reference first "
                            "(`annotate validate` lists them all)", sidecar)


def guess_article(sidecar: Path) -> Path | None:
    """The article beside a sidecar whose `document.path` cannot be read."""
    stem = sidecar.name[: -len(SUFFIX)]
    for candidate in sorted(sidecar.parent.glob(f"{stem.split('.')[0]}.*")):
        if not is_sidecar(candidate) and candidate.is_file():
            return candidate
    return None


@dataclass
class Parsed:
    """A sidecar as read: the raw data with its node tree, and the model if it is valid."""

    path: Path
    loaded: yamlio.Loaded
    annotations: Annotations | None

    @property
    def article_path(self) -> Path | None:
        """The article (see `article_path`); raises AnnotateError for a path that is not
        allowed."""
        if self.annotations is not None:
            return article_path(self.path, self.annotations.document.path)
        return guess_article(self.path)


def read(path: Path) -> str:
    return read_utf8(path, "sidecar")


def parse(path: Path, text: str | None = None) -> Parsed:
    """Parse and schema-check; raises only for YAML that cannot be read at all."""
    loaded = yamlio.load(read(path) if text is None else text, path)
    if loaded.data is None:
        return Parsed(path, loaded, None)
    valid = next(schema.errors(loaded.data, loaded.floats), None) is None
    return Parsed(path, loaded, Annotations.from_dict(loaded.data) if valid else None)


def load(path: Path) -> Annotations:
    """The model from a sidecar, or an AnnotateError naming the first problem and its line."""
    parsed = parse(path)
    if parsed.annotations is None:
        if parsed.loaded.data is None:
            raise AnnotateError("sidecar is empty", path)
        where, message = next(schema.errors(parsed.loaded.data, parsed.loaded.floats))
        line, column = parsed.loaded.locate(where)
        raise AnnotateError(f"{message} at {json_path(where)}", path, line, column)
    return parsed.annotations


def check_not_article(given: Path, article: Path) -> None:
    """Refuse a sidecar (`--sidecar`) that is the article itself: its text read as YAML
    gave "invalid YAML: mapping values are not allowed" about the article, which said
    nothing of the mix-up."""
    try:
        same = os.path.samefile(given, article)
    except (OSError, ValueError):  # (either is missing: a new sidecar, or the article's error)
        return
    if same:
        raise UsageError(f"is the article, not a sidecar; name its sidecar (e.g. "
                         f"{path_for(article).name}) or leave --sidecar out", given)


def load_given(path: Path, article: Path) -> Annotations:
    """`load` for the sidecar given with an article (`--sidecar`): the article itself is
    said to be that, and a file not named like a sidecar that does not read as one is said
    to be no sidecar (not as if a sidecar of that name were damaged)."""
    check_not_article(path, article)
    try:
        return load(path)
    except AnnotateError as exc:
        if path.name.endswith(SUFFIX) or exc.line is None:  # (a read error says its own)
            raise
        raise type(exc)(f"is not a sidecar ({exc.message})", path, exc.line,
                        exc.column) from None


def new(article: article_mod.Article, sidecar: Path, annotator: str | None = None) -> Annotations:
    """Empty annotations for an article, with the document block filled in."""
    relative = _relative(article.path, sidecar)
    try:
        article_path(sidecar, relative)  # never write one `validate` would refuse
    except AnnotateError:
        raise AnnotateError(f"its article {article.path} is outside the sidecar's folder and "
                            "project; keep the sidecar beside the article, or in the same "
                            "project (below a folder holding annotate.yaml or .git)",
                            sidecar) from None
    if not encodable(relative):  # no UTF-8 YAML file can record the name
        raise AnnotateError("the article's file name is not valid UTF-8, so a sidecar cannot "
                            "record it; rename the article", article.path)
    document = Document(relative, article.sha256, article.length, article.title)
    return Annotations(document, [Annotator(annotator)] if annotator else [])


def dumps(annotations: Annotations) -> str:
    return yamlio.dump(annotations.to_dict())


def save(path: Path, annotations: Annotations) -> None:
    """Write a sidecar without taking its lock: for tests and fixtures. Commands write
    through `store.locked`, the one door with the lock and the changed-on-disk check."""
    yamlio.atomic_write(path, dumps(annotations))


def json_path(path: tuple[str | int, ...]) -> str:
    out = "$"
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else f".{step}"
    return out
