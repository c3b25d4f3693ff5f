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
