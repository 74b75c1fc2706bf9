"""The package's shape: no import cycles, and the core never imports the CLI or Rich.

Imports are read with `ast` from every module under `annotate/`, lazy ones inside
functions included (a cycle through a lazy import is still two modules that cannot be
understood apart); imports under `if TYPE_CHECKING:` are left out, they never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "annotate"
CORE = ("annotate.model", "annotate.article", "annotate.anchoring", "annotate.sidecar",
        "annotate.yamlio", "annotate.store", "annotate.checks", "annotate.editing",
        "annotate.tag.session", "annotate.tag.questions", "annotate.tag.walkthrough",
        "annotate.tag.forms", "annotate.tag.review")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(path: Path) -> set[str]:
    """The annotate modules `path` imports (a submodule named in `from X import sub`)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("annotate"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("annotate"):
            base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text("utf-8")))
    return {m for m in found if m in MODULES}


GRAPH = {name: imports(path) - {name} for name, path in MODULES.items()}


def cycles() -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(GRAPH[node]):
            if other not in index:
                connect(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for name in sorted(GRAPH):
        if name not in index:
            connect(name)
    return out


def test_the_import_graph_is_read() -> None:
    assert "annotate.tag.session" in GRAPH["annotate.tag.dialogue"]
    assert "annotate.editing.picking" in GRAPH["annotate.editing.parse"]
    # TYPE_CHECKING imports do not count: the vocabulary only names the Plan type.
    assert "annotate.anchoring" not in GRAPH["annotate.editing.vocabulary"]


def test_there_is_no_import_cycle() -> None:
    assert cycles() == []


def test_a_cycle_would_be_found() -> None:
    GRAPH["annotate.model"].add("annotate.tag.dialogue")
    try:
        assert any("annotate.model" in group for group in cycles())
    finally:
        GRAPH["annotate.model"].discard("annotate.tag.dialogue")


def test_the_core_and_the_step_machines_never_import_typer_or_rich() -> None:
    for name, path in MODULES.items():
        if name.startswith(CORE):
            text = path.read_text("utf-8")
            assert "import typer" not in text and "from rich" not in text, name
            assert "annotate.commands" not in " ".join(GRAPH[name]), name
