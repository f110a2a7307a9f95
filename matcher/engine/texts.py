"""The texts that get embedded, built the same way everywhere so that their hashes are stable."""

from __future__ import annotations

from collections.abc import Sequence


def _join(label: str, items: Sequence[str]) -> str:
    return f"{label}: {'; '.join(items)}." if items else ""


def profile_text(
    name: str,
    description: str,
    competences: Sequence[str],
    sector_labels: Sequence[str],
    keywords: Sequence[str],
) -> str:
    """What an organisation is and can do: its name, description, competences, sectors and keywords."""
    parts = [
        name.strip() + ".",
        description.strip(),
        _join("Competences", competences),
        _join("Sectors", sector_labels),
        _join("Keywords", keywords),
    ]
    return "\n".join(p for p in parts if p)


def opportunity_text(title: str, summary: str, description: str, keywords: Sequence[str]) -> str:
    """One offer or request: title, summary, description and keywords."""
    head = title.strip()
    if summary.strip():
        head = f"{head}. {summary.strip()}"
    parts = [head, description.strip(), _join("Keywords", keywords)]
    return "\n".join(p for p in parts if p)


def first_sentence(text: str, limit: int = 220) -> str:
    text = " ".join(text.split())
    for stop in (". ", "! ", "? "):
        pos = text.find(stop)
        if 0 < pos < limit:
            return text[: pos + 1]
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
