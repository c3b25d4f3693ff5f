"""The public API is a deliberate, pinned list."""

from __future__ import annotations

import copydesk


def test_public_api_all_is_pinned() -> None:
    assert sorted(copydesk.__all__) == sorted([
        "SCHEMA_VERSION", "Analysis", "Bundle", "Claim", "CopydeskError", "EnrichedArticle", "FaqItem",
        "Parts", "Settings", "Story", "Takeaway", "__version__", "analyse", "enrich", "enrich_story",
        "load_settings", "publish", "read_story", "regenerate", "replace_part", "story_from_text",
        "with_narration",
    ])


def test_public_api_every_name_resolves() -> None:
    for name in copydesk.__all__:
        assert getattr(copydesk, name) is not None


def test_public_api_importing_the_model_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = "import copydesk.model, sys; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_public_api_names_stay_themselves_once_their_modules_are_loaded() -> None:
    # A submodule named like a lazy name would replace it once imported (copydesk.publish
    # did: the function, then the module, and the README example called the module).
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(copydesk.__path__):
        if info.name != "__main__":  # it runs the command line
            importlib.import_module(f"copydesk.{info.name}")
    for name in copydesk.__all__:
        assert not isinstance(getattr(copydesk, name), type(copydesk)), name
