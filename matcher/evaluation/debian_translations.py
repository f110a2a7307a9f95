"""Long German and English texts that translate each other: Debian's package descriptions in both languages.

The subject titles of `crosslingual` are a few words each; this is the same check on long texts. Debian's
description translation project gives many packages a German description beside the English one; both carry
the same `Description-md5` (that of the English original), so a pair is a package whose two descriptions have
the same md5. Only English descriptions of at least `MIN_WORDS` words are kept, each English text once, and a
seeded sample of `PAIRS` of them is measured, so that the check runs in a few minutes. The lists are fetched
by apt into a folder of their own (`debian.fetch_lists`), as for `matcher eval expertise`; the texts are only measured,
never kept (each is part of its package, distributed by Debian under the package's DFSG-free licence).
"""

from __future__ import annotations

import random
from pathlib import Path

from matcher.errors import MatcherError
from matcher.evaluation.crosslingual import Translations
from matcher.evaluation.debian import MIN_WORDS, fetch_lists, list_files, long_text, read_text, stanzas

PAIRS = 300


def descriptions(folder: Path, language: str) -> dict[str, str]:
    """Description-md5 -> the text (short description, then the long one) of one language's files."""
    found: dict[str, str] = {}
    for path in list_files(folder, f"Translation-{language}"):
        for record in stanzas(read_text(path)):
            value, md5 = record.get(f"Description-{language}"), record.get("Description-md5")
            if value and md5:
                short, body = long_text(value)
                found.setdefault(md5, f"{short}. {body}".strip())
    return found


def read_pairs(folder: Path, pairs: int = PAIRS, seed: int = 0) -> Translations:
    """A seeded sample of `pairs` (German, English) descriptions of the same packages; fetched when the folder
    has no German descriptions yet."""
    if not list_files(folder, "Translation-de"):
        fetch_lists(folder, ("en", "de"))
    german, english = descriptions(folder, "de"), descriptions(folder, "en")
    found: dict[str, str] = {}  # English text -> its German translation (each English text once)
    for md5 in sorted(german.keys() & english.keys()):
        if len(english[md5].split()) >= MIN_WORDS:
            found.setdefault(english[md5], german[md5])
    if not found:
        raise MatcherError(f"{folder}: no package has both a German and an English long description")
    chosen = sorted(found)
    random.Random(seed).shuffle(chosen)
    return Translations.from_pairs((found[en], en) for en in chosen[:pairs])
