"""Backends by name: output formats, voices, stores and engines, one registry each.

Every place that picks a backend by a name a user typed (``--format``, ``voice``,
the store URL's scheme, ``--engine``) asks the registry of its kind, so adding one
is a new module plus one line here:

==================  =======================  ================================  =====================
registry            entry-point group        a factory is called as            and returns
==================  =======================  ================================  =====================
:data:`renderers`   ``copydesk.renderers``   ``factory(settings)``             a ``render.Renderer``
:data:`voices`      ``copydesk.voices``      ``factory(settings)``             an ``audio.Voice``
:data:`stores`      ``copydesk.stores``      ``factory(url, settings)``        a ``store.Store``
:data:`engines`     ``copydesk.engines``     ``factory(settings)``             a ``generate.Engine``
==================  =======================  ================================  =====================

The built-in backends are named below as ``"module:attribute"`` strings, loaded only
when asked for (so picking the Markdown format never imports SQLAlchemy, and this
module imports nothing above the vocabulary layer). Another package adds a backend
without touching copydesk, by an entry point in its own ``pyproject.toml``::

    [project.entry-points."copydesk.voices"]
    piper = "copydesk_piper:PiperVoice"

or, in code (tests, an application that embeds copydesk), by a call or a decorator::

    from copydesk.registry import voices

    @voices.register("piper")
    def piper(settings: Settings) -> Voice: ...

A built-in name cannot be taken by an entry point (an installed package cannot
silently replace the SQLite store); :meth:`Registry.register` can, on purpose.

An unknown name raises :class:`~copydesk.errors.UnknownBackend`
(``config.unknown_backend``) naming the closest known one or listing them all; a
backend whose module cannot be imported raises :class:`~copydesk.errors.ConfigError`
saying what to install. The contract each kind's backends must pass is in
:mod:`copydesk.testing` (``check_renderer``, ``check_voice``, ``check_store``,
``check_engine``), and ``tests/unit/test_registry.py`` runs it on every one registered.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import TypeVar, overload

from copydesk.errors import ConfigError, UnknownBackend

__all__ = ["KINDS", "Factory", "Registry", "engines", "renderers", "stores", "voices"]

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

Factory = Callable[..., object]
"""What a registry holds: a callable that builds a backend (see the table above)."""

F = TypeVar("F", bound=Factory)


def _load(target: str) -> Factory:
    """The object ``"package.module:attr.attr"`` names."""
    module_name, _, attrs = target.partition(":")
    obj: object = importlib.import_module(module_name)
    for attr in attrs.split("."):
        obj = getattr(obj, attr)
    if not callable(obj):
        raise TypeError(f"{target} is not callable")
    return obj


class Registry:
    """The backends of one kind, by name: built-in, registered in code, or from entry points.

    >>> voices.names()
    ('espeak-ng',)
    >>> voices.get("espeak-nj")
    Traceback (most recent call last):
    copydesk.errors.UnknownBackend: no voice named 'espeak-nj' (hint: did you mean 'espeak-ng'? known voices: espeak-ng)
    """

    def __init__(
        self,
        kind: str,
        group: str,
        builtins: Mapping[str, str],
        *,
        aliases: Mapping[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self.group = group
        self._builtins = dict(builtins)
        self._aliases = dict(aliases or {})
        self._registered: dict[str, Factory] = {}
        self._entry_points: dict[str, EntryPoint] | None = None

    def __repr__(self) -> str:
        return f"<Registry {self.group}: {', '.join(self.names())}>"

    @overload
    def register(self, name: str) -> Callable[[F], F]: ...

    @overload
    def register(self, name: str, factory: F) -> F: ...

    def register(self, name: str, factory: F | None = None) -> F | Callable[[F], F]:
        """Register ``factory`` under ``name``; without ``factory``, a decorator that does.

        A name registered in code replaces a built-in or entry-point backend of that name.
        """
        if factory is not None:
            self._registered[name] = factory
            return factory

        def decorate(fn: F) -> F:
            self._registered[name] = fn
            return fn

        return decorate

    def unregister(self, name: str) -> None:
        """Forget a backend registered in code (tests undo their registrations with it)."""
        self._registered.pop(name, None)

    def builtin_names(self) -> tuple[str, ...]:
        """The names copydesk itself ships, sorted (what the CLI's help lists)."""
        return tuple(sorted(self._builtins))

    def names(self) -> tuple[str, ...]:
        """Every name :meth:`get` accepts but the aliases, sorted."""
        return tuple(sorted({*self._builtins, *self._plugins(), *self._registered}))

    def get(self, name: str) -> Factory:
        """The factory registered as ``name`` (or as the name it is an alias of).

        Raises :class:`~copydesk.errors.UnknownBackend` for a name nothing registered,
        :class:`~copydesk.errors.ConfigError` for one whose module cannot be loaded.
        """
        name = self._aliases.get(name, name)
        if name in self._registered:
            return self._registered[name]
        if name in self._builtins:
            return self._import(name, lambda: _load(self._builtins[name]))
        plugin = self._plugins().get(name)
        if plugin is not None:
            return self._import(name, lambda: _loaded(plugin))
        raise UnknownBackend.for_name(self.kind, name, self.names())

    def _import(self, name: str, load: Callable[[], Factory]) -> Factory:
        try:
            return load()
        except ImportError as exc:
            raise ConfigError(f"the {self.kind} {name!r} cannot be loaded: {exc}",
                              hint=f"install the package that provides {exc.name or 'it'}",
                              kind=self.kind, name=name) from exc

    def _plugins(self) -> dict[str, EntryPoint]:
        """The entry points of this kind's group, read once; built-in names are never taken."""
        if self._entry_points is None:
            found: dict[str, EntryPoint] = {}
            for ep in entry_points(group=self.group):
                if ep.name in self._builtins or ep.name in self._aliases:
                    log.warning("ignoring the %s entry point %r of %s: copydesk ships a %s of that name",
                                self.group, ep.name, ep.value, self.kind)
                    continue
                found[ep.name] = ep
            self._entry_points = found
        return self._entry_points


def _loaded(ep: EntryPoint) -> Factory:
    obj = ep.load()
    if not callable(obj):
        raise TypeError(f"the entry point {ep.name} = {ep.value} is not callable")
    return obj  # type: ignore[no-any-return]


# One line per built-in backend. ------------------------------------------------------------

renderers = Registry("output format", "copydesk.renderers", {
    "html": "copydesk.render.formats:page_format",
    "json": "copydesk.render.formats:document_format",
    "jsonld": "copydesk.render.formats:jsonld_format",
    "md": "copydesk.render.formats:markdown_format",
})

voices = Registry("voice", "copydesk.voices", {
    "espeak-ng": "copydesk.audio.espeak:EspeakVoice.from_settings",
})

stores = Registry("store", "copydesk.stores", {
    "memory": "copydesk.store.memory:MemoryStore.from_url",
    "postgresql": "copydesk.store.sql:SqlStore.from_url",
    "sqlite": "copydesk.store.sql:SqlStore.from_url",
}, aliases={"postgres": "postgresql"})

engines = Registry("engine", "copydesk.engines", {
    "llm": "copydesk.generate.llm:engine_from_settings",
    "rules": "copydesk.pipeline:rules_engine",
})

KINDS: Mapping[str, Registry] = {
    "renderers": renderers, "voices": voices, "stores": stores, "engines": engines,
}
"""Every registry, by the last part of its entry-point group."""
