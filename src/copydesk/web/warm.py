"""Imported by the enrichment pool's fork server: load the NLP model once, before any fork.

Every worker forked afterwards starts with the model in memory (shared copy-on-write),
so a worker replaced after a story blew its budget is ready at once.
"""

from __future__ import annotations

from copydesk.nlp.parser import load_pipeline

load_pipeline()
