"""The network as an SVG drawn on the server from the positions `service.py` computes (0 to 1 each way): edges as
lines (thicker for more cooperations), organisations as circles (their class names the depth in an ego network or
the community in the overview), each a link to its profile unless it is anonymous for the viewer. No script: it
works under the content security policy."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from markupsafe import Markup, escape

from matcher.network.schemas import EdgePublic, NodePublic

WIDTH, HEIGHT, PAD = 760, 520, 24


def draw(
    nodes: Sequence[NodePublic],
    edges: Sequence[EdgePublic],
    *,
    title: str,
    group_of: Callable[[NodePublic], str],
    label_of: Callable[[NodePublic], str] = lambda n: n.name,
    centre: int | None = None,
) -> Markup:
    """`group_of` names a node's class (`depth-1`, `community-3`); `centre` is drawn larger and labelled."""
    at = {n.id: (PAD + n.x * (WIDTH - 2 * PAD), PAD + n.y * (HEIGHT - 2 * PAD)) for n in nodes}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="network" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" aria-label="{escape(title)}" data-nodes="{len(nodes)}" '
        f'data-edges="{len(edges)}"><title>{escape(title)}</title><g class="edges">'
    ]
    for e in edges:
        if e.a not in at or e.b not in at:
            continue
        (x1, y1), (x2, y2) = at[e.a], at[e.b]
        width = min(5.0, 0.8 + math.log2(1 + e.cooperations))
        years = f", {e.first_year}–{e.last_year}" if e.first_year else ""
        out.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke-width="{width:.1f}">'
            f"<title>{e.cooperations}{years}</title></line>"
        )
    out.append('</g><g class="nodes">')
    for n in sorted(nodes, key=lambda n: n.id == centre):
        x, y = at[n.id]
        radius = 11 if n.id == centre else min(9.0, 3.5 + math.log2(1 + n.partners))
        circle = f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" class="{escape(group_of(n))}"/>'
        label = f"<title>{escape(label_of(n))}</title>"
        text = (
            f'<text x="{x:.1f}" y="{y - radius - 4:.1f}" text-anchor="middle">{escape(n.name)}</text>'
            if n.id == centre
            else ""
        )
        if n.anonymous:
            out.append(f'<g class="node anonymous">{circle}{label}{text}</g>')
        else:
            out.append(
                f'<a class="node" href="/organisations/{n.id}" data-org-id="{n.id}">{circle}{label}{text}</a>'
            )
    out.append("</g></svg>")
    return Markup("".join(out))
