"""Pictures of the governance graph: interactive pages and static images.

::

    import govgraph
    from govgraph.viz import view, render_html, render_picture

    shown = view(govgraph.load(), lang="sv", focus="Kommunstyrelsen", depth=2)
    html = render_html(shown.net, lang="sv", layout="hierarchical", title=shown.title)
    png = render_picture(shown.net, "png", layout="network")

Names are imported on first use, so that importing the package costs nothing.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    "LAYOUTS",
    "PHYSICS_LIMIT",
    "View",
    "build_network",
    "page_data",
    "render_html",
    "render_picture",
    "script_json",
    "view",
]

_EXPORTS = {
    "LAYOUTS": "govgraph.viz.page",
    "PHYSICS_LIMIT": "govgraph.viz.page",
    "View": "govgraph.viz.selection",
    "build_network": "govgraph.viz.page",
    "page_data": "govgraph.viz.page",
    "render_html": "govgraph.viz.page",
    "render_picture": "govgraph.viz.picture",
    "script_json": "govgraph.viz.page",
    "view": "govgraph.viz.selection",
}

if TYPE_CHECKING:
    from .page import LAYOUTS, PHYSICS_LIMIT, build_network, page_data, render_html, script_json
    from .picture import render_picture
    from .selection import View, view


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'govgraph.viz' has no attribute {name!r}")
