"""Batch runs: many stories enriched on all cores or a Dask cluster, resumable after any kill.

:func:`run_batch` is the library entry point (``copydesk batch`` is a thin shell
over it); :class:`BatchSummary` is what it returns. See :mod:`copydesk.batch.run`
for the output format and :mod:`copydesk.batch.journal` for the durability rules.
"""

from __future__ import annotations

from copydesk.batch.run import ENGINES, BatchSummary, pages_dir_for, run_batch

__all__ = ["ENGINES", "BatchSummary", "pages_dir_for", "run_batch"]
