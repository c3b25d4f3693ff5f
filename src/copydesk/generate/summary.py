"""News Title Case, shared by every part that writes a headline or a label (it lives in
:mod:`copydesk.contract`, beside the part rules, where the gate reads it too).

(The synopsis lives in :mod:`copydesk.generate.synopsis`, the key takeaways in
:mod:`copydesk.generate.takeaways`.)
"""

from __future__ import annotations

from copydesk.contract import title_case

__all__ = ["title_case"]
