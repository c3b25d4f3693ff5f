"""The package's import structure: no cycle between modules, no import running back up the pipeline.

Every ``import`` and ``from … import`` in ``src/copydesk`` counts, module level or
inside a function (a function-level import hides a cycle from Python, not from the
reader), ``if TYPE_CHECKING:`` blocks included. ``from copydesk.a import b`` is an
edge to the module ``copydesk.a.b`` when there is one, else to ``copydesk.a``; the
package ``__init__`` a dotted import also runs is not counted as an edge.

The layers, read off the package layout (``README.md``, "How it works"), lowest first.
A module may import from its own layer or any lower one, never a higher one:

 0. ``errors``, ``model``, ``settings``, ``contract``: the vocabulary every stage shares;
    ``registry``, the backends' names (it names its built-ins by ``"module:attr"`` strings,
    loaded when asked for, so it imports nothing above this layer)
 1. ``ingest``: any input → ``Story``
 2. ``nlp``: ``Story`` → ``Analysis``
 3. ``generate``: ``Analysis`` → parts
 4. ``grounding``: checks parts against the sentences they cite
 5. ``gate``: repairs or replaces what grounding refuses
 6. ``render``, ``audio``: the document → page, JSON-LD, Markdown, narration
 7. ``pipeline`` and the package root (``copydesk/__init__``, the public API): stages 1–6 wired;
    ``publishing``: a story or an article to its published bundle
 8. ``store``, ``corpus``: persistence and what is read across stored stories
 9. ``web``, ``batch``: the service and batch runs over the library and the store
10. ``cli``: the command line over all of them
11. ``__main__``, ``docsgen``, ``testing``: entry point, docs generator, shipped test doubles
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import copydesk

SRC = Path(copydesk.__file__).resolve().parent

LAYERS: tuple[frozenset[str], ...] = tuple(frozenset(names) for names in (
    {"errors", "model", "settings", "contract", "registry"},
    {"ingest"},
    {"nlp"},
    {"generate"},
    {"grounding"},
    {"gate"},
    {"render", "audio"},
    {"pipeline", "publishing", ""},  # "": the package root, copydesk/__init__.py
    {"store", "corpus"},
    {"web", "batch"},
    {"cli"},
    {"__main__", "docsgen", "testing"},
))

def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _resolve(name: str) -> str | None:
    """The module ``name`` names, or the closest enclosing one that exists."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imported(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """``(imported copydesk module, line)`` for every import statement in ``path``."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            if node.level:
                base = module.split(".")[: None if is_package else -1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            names = [f"{source}.{a.name}" if f"{source}.{a.name}" in MODULES else source for a in node.names]
        for name in names:
            target = _resolve(name) if name.split(".")[0] == "copydesk" else None
            if target is not None and target != module:
                yield target, node.lineno


@cache
def _graph() -> dict[str, dict[str, int]]:
    """Module → {imported module: first line importing it}."""
    graph: dict[str, dict[str, int]] = {}
    for module, path in MODULES.items():
        edges: dict[str, int] = {}
        for target, line in _imported(module, path):
            edges.setdefault(target, line)
        graph[module] = edges
    return graph


def _layer(module: str) -> int:
    unit = module.split(".")[1] if "." in module else ""
    for i, names in enumerate(LAYERS):
        if unit in names:
            return i
    raise AssertionError(f"{module}: its package {unit!r} has no layer; add it to LAYERS")


def _cycles(graph: dict[str, dict[str, int]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_imports_every_module_has_a_layer() -> None:
    assert len(MODULES) > 100
    for module in MODULES:
        _layer(module)


def test_imports_never_run_back_up_the_pipeline() -> None:
    upward = [
        f"{module} (layer {_layer(module)}) imports {target} (layer {_layer(target)}) "
        f"at {MODULES[module].relative_to(SRC.parent)}:{line}"
        for module, edges in sorted(_graph().items())
        for target, line in sorted(edges.items())
        if _layer(target) > _layer(module)
    ]
    assert upward == []


def test_imports_have_no_cycle() -> None:
    # The last known ones (grounding.align <-> relations, store.sql <-> corpus.index,
    # takeaways <-> viewpoint) were broken under issue 14; none may come back.
    cycles = [sorted(c) for c in _cycles(_graph())]
    assert cycles == [], "import cycles (function-level imports count)"


def test_imports_walk_finds_function_level_and_relative_imports() -> None:
    # The walk itself: a function-level import is an edge (cli's main() loads the commands).
    assert "copydesk.cli.commands" in _graph()["copydesk.cli"]
    assert _cycles({"a": {"b": 1}, "b": {"c": 1}, "c": {"a": 1}, "d": {"a": 1}}) == [frozenset("abc")]
