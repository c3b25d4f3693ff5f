"""Every default in one place, overlaid by the environment (``COPYDESK_*``) and flags.

Precedence: defaults < environment < explicit keyword arguments (the CLI's flags).
:meth:`Settings.effective` gives the values in force, secrets masked.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from copydesk.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """copydesk's settings; build with :func:`load_settings` to read the environment."""

    # Input guards. Analysis peaks at ~3.3 KB of memory per character of text (spaCy's
    # parse of one document), so 200 KB (~33,000 words, ten long features) keeps a
    # worker under ~1 GB; a longer text is refused with a hint, never an out-of-memory.
    max_input_bytes: int = 200_000
    fetch_timeout: float = 10.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    allow_private_addresses: bool = False

    # Generation and grounding.
    engine: str = "rules"
    # A claim is supported when its score reaches this and it names nothing unsupported.
    support_threshold: float = 0.6
    # Per-story time budget in seconds for generation, engine and gate together (the
    # pipeline never hangs): a model engine gets it less a reserve for checking its parts
    # and writing the rules engine's (never more than llm_budget_s); the gate notes an
    # engine that overran it. Sized for a CPU model (see llm_timeout).
    story_budget_s: float = 960.0

    # Narration.
    voice: str = "espeak-ng"
    voice_name: str = "en-us"
    speech_rate_wpm: int = 165

    # Store and service.
    data_dir: Path = field(default_factory=lambda: Path.home() / ".local/share/copydesk")
    database_url: str | None = None
    max_body_bytes: int = 2_500_000
    rate_limit_per_minute: int = 120
    # Enrichment in the service runs in worker processes (never on the event loop): at most
    # this many stories at once, each stopped past its time or its memory (growth over the
    # worker's idle size) budget with input.over_budget. 0 workers: in the request thread.
    enrich_workers: int = 1
    enrich_timeout_s: float = 60.0
    enrich_max_memory_mb: int = 1024
    # How long a request waits for a free worker before 503 service.busy.
    enrich_queue_wait_s: float = 30.0
    # Login attempts per editor name (the login target) per minute, whoever sends them.
    login_attempts_per_minute: int = 10
    # Editor app: the signing key of session cookies (else a random key kept in
    # data_dir/session.key), sessions' lifetime, and an optional bootstrap editor
    # (COPYDESK_EDITOR_PASSWORD) for a newsroom that has not run `copydesk user create`.
    session_secret: str | None = None
    session_max_age_s: int = 12 * 3600
    editor_user: str = "editor"
    editor_password: str | None = None

    # LLM engine (optional).
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    # One request. A 1.5B model on two CPU cores writes the ~1,800-token answer in 40 s to
    # 7 minutes (eval/claims/README.md), so a minute fails most stories.
    llm_timeout: float = 600.0
    # Whole-story budget for the LLM engine, retries included (one request is llm_timeout);
    # bounded in turn by story_budget_s.
    llm_budget_s: float = 900.0

    def effective(self) -> dict[str, Any]:
        """The settings as plain values, secrets masked."""
        out = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}
        for secret in ("llm_api_key", "session_secret", "editor_password"):
            if out.get(secret):
                out[secret] = "***"
        return out


def _coerce(name: str, raw: str, current: Any) -> Any:
    try:
        if isinstance(current, bool):
            if raw.lower() in {"1", "true", "yes", "on"}:
                return True
            if raw.lower() in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if isinstance(current, int):
            return int(raw)
        if isinstance(current, float):
            return float(raw)
        if isinstance(current, Path):
            return Path(raw)
    except ValueError as exc:
        raise ConfigError(
            f"COPYDESK_{name.upper()}={raw!r} is not a valid value",
            hint=f"expected a {type(current).__name__}",
        ) from exc
    return raw


def load_settings(env: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then ``COPYDESK_<NAME>`` variables, then ``overrides`` (not None)."""
    env = dict(os.environ) if env is None else env
    base = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(f"COPYDESK_{f.name.upper()}")
        if raw is not None and raw != "":
            values[f.name] = _coerce(f.name, raw, getattr(base, f.name))
    names = {f.name for f in fields(Settings)}
    for key, value in overrides.items():
        if key not in names:
            raise ConfigError(f"unknown setting {key!r}", hint=f"known: {', '.join(sorted(names))}")
        if value is not None:
            values[key] = value
    return replace(base, **values)


DEFAULTS = Settings()
