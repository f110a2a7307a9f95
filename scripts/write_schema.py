"""Write profiles/schema/organisation.schema.json, the JSON Schema of one line of the JSONL import format.

The schema is generated from `matcher.profiles.schemas.OrganisationCreate`, so the model stays the single
source of truth. Run it after changing that model:

    .venv/bin/python scripts/write_schema.py           # rewrite the file
    .venv/bin/python scripts/write_schema.py --check   # exit 1 if the file is out of date

tests/test_docs.py fails while the file and the model disagree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "profiles" / "schema" / "organisation.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def build_schema() -> dict[str, Any]:
    """The schema of `OrganisationCreate`, marked with the JSON Schema dialect pydantic writes."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from matcher.profiles.schemas import OrganisationCreate

    return {"$schema": DIALECT, **OrganisationCreate.model_json_schema()}


def render() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only compare; exit 1 if the file is out of date"
    )
    args = parser.parse_args(argv)
    text = render()
    current = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else None
    if args.check:
        if current != text:
            print(
                f"{SCHEMA_FILE.relative_to(ROOT)} is out of date: run scripts/write_schema.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if current != text:
        SCHEMA_FILE.parent.mkdir(parents=True, exist_ok=True)
        SCHEMA_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_FILE.relative_to(ROOT)}")
    else:
        print(f"{SCHEMA_FILE.relative_to(ROOT)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
