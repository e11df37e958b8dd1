"""Writes and checks the shipped JSON Schema (resources/newsline.schema.json).

    python -m newsline.core.schema_file          # rewrite it after a model change
"""

from __future__ import annotations

import json
import sys
from importlib import resources

from .project_file import json_schema

SCHEMA_NAME = "newsline.schema.json"


def schema_text() -> str:
    return json.dumps(json_schema(), indent=1, sort_keys=True) + "\n"


def shipped_schema_text() -> str:
    return resources.files("newsline.resources").joinpath(SCHEMA_NAME).read_text(encoding="utf-8")


def main() -> int:
    target = resources.files("newsline.resources").joinpath(SCHEMA_NAME)
    with resources.as_file(target) as path:
        path.write_text(schema_text(), encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
