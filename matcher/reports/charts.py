"""SVG charts drawn by hand for the report pages: a horizontal bar chart and introductions by month and status."""

from __future__ import annotations

from markupsafe import Markup, escape

STATUS_COLOURS = {
    "suggested": "#9aa5b5",
    "approved": "#6f8fb8",
    "sent": "#0b5cad",
    "accepted": "#17794a",
    "met": "#3c9d6b",
    "cooperation": "#0d4f2f",
    "declined": "#b3261e",
    "expired": "#a4510b",
}


def bar_chart(title: str, items: list[tuple[str, int]], colour: str = "#0b5cad", width: int = 560) -> Markup:
    """Horizontal bars with their labels and values; every text escaped."""
    row, label_w, pad = 26, 200, 8
    height = pad * 2 + row * max(1, len(items)) + 24
    top = max((v for _, v in items), default=0) or 1
    span = width - label_w - 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="{pad}" y="18" font-size="14" font-weight="700">{escape(title)}</text>',
    ]
    if not items:
        parts.append(f'<text x="{pad}" y="46" font-size="13" fill="#5b6575">–</text>')
    for n, (label, value) in enumerate(items):
        y = 24 + pad + n * row
        w = round(span * value / top, 1)
        parts += [
            f'<text x="{label_w - 6}" y="{y + 16}" font-size="12" text-anchor="end">{escape(label)}</text>',
            f'<rect class="chart-bar" x="{label_w}" y="{y + 4}" width="{w}" height="{row - 8}" fill="{colour}" '
            f'data-label="{escape(label)}" data-value="{value}"/>',
            f'<text x="{label_w + w + 6}" y="{y + 16}" font-size="12">{value}</text>',
        ]
    parts.append("</svg>")
    return Markup("".join(parts))


def months_chart(title: str, by_month: dict[str, dict[str, int]], width: int = 640) -> Markup:
    """One column of stacked bars per month: how many introductions reached each status in it."""
    height, pad, legend_h, axis_h = 300, 30, 40, 24
    months = list(by_month) or []
    plot_h = height - pad - legend_h - axis_h
    top = max((sum(c.values()) for c in by_month.values()), default=0) or 1
    col = (width - 2 * pad) / max(1, len(months))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<text x="8" y="18" font-size="14" font-weight="700">{escape(title)}</text>',
    ]
    for n, month in enumerate(months):
        x = pad + n * col + col * 0.15
        y: float = pad + plot_h
        for status in STATUS_COLOURS:
            count = by_month[month].get(status, 0)
            if not count:
                continue
            h = round(plot_h * count / top, 1)
            y -= h
            parts.append(
                f'<rect class="chart-bar" x="{x:.1f}" y="{y:.1f}" width="{col * 0.7:.1f}" height="{h}" '
                f'fill="{STATUS_COLOURS[status]}" data-month="{month}" data-status="{status}" data-value="{count}">'
                f"<title>{month}: {count} {status}</title></rect>"
            )
        parts.append(
            f'<text x="{pad + n * col + col / 2:.1f}" y="{pad + plot_h + 16}" font-size="11" '
            f'text-anchor="middle">{month}</text>'
        )
    for n, (status, colour) in enumerate(STATUS_COLOURS.items()):
        lx, ly = 8 + (n % 4) * 150, height - legend_h + 4 + (n // 4) * 16
        parts += [
            f'<rect x="{lx}" y="{ly}" width="10" height="10" fill="{colour}"/>',
            f'<text x="{lx + 14}" y="{ly + 9}" font-size="11">{status}</text>',
        ]
    parts.append("</svg>")
    return Markup("".join(parts))
