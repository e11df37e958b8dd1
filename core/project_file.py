"""Project files (``*.newsline.json``): one or more documents plus the user's corrections.

- Every file carries ``schema_version``. Older versions are migrated step by step (`MIGRATIONS`), files from a
  newer Newsline are refused with a clear message rather than half-read.
- Writes are atomic: the JSON goes to a temporary file in the same folder, is flushed to disk, then renamed over
  the target; the previous file is kept as ``<name>.bak``. A crash mid-save never leaves a truncated project.
- Validation errors come back as ``field.path: message`` lines inside one `ProjectFileError`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any, Callable

from pydantic import ValidationError

from .errors import ProjectFileError
from .model import SCHEMA_VERSION, Document, Project, ProjectDocument

SUFFIX = ".newsline.json"
MAX_PROJECT_BYTES = 512 * 1024 * 1024
"""Largest project file Newsline opens (512 MiB)."""

APP_VERSION = "0.1.0"


def is_project_path(path: str | Path) -> bool:
    return str(path).lower().endswith(SUFFIX)


# --------------------------------------------------------------------------------------------- migration
def _from_v0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 was the first prototype's layout: a single document at the top level
    (``{"schema_version": 0, "document": {...}, "corrections": [...]}``) with the reference date as a plain
    ``"YYYY-MM-DD"`` string (or null) and no record of where it came from."""
    doc = dict(data.get("document") or {})
    ref = doc.get("reference_date")
    if ref is None or isinstance(ref, str):
        doc["reference_date"] = (
            {"value": ref, "source": "user", "note": "migrated from a version 0 project"} if ref else {}
        )
    out = {k: v for k, v in data.items() if k not in ("document", "corrections")}
    out["documents"] = [{"document": doc, "corrections": list(data.get("corrections") or [])}]
    out["schema_version"] = 1
    return out


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _from_v0}
"""``MIGRATIONS[n]`` turns a version-n mapping into a version-(n+1) mapping."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProjectFileError("schema_version: missing or not a whole number; this is not a Newsline project")
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"schema_version: the file is version {version}, made by a newer Newsline; "
            f"this one reads versions up to {SCHEMA_VERSION}"
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectFileError(f"schema_version: version {version} is too old to migrate")
        data = step(data)
        version = data["schema_version"]
    return data


# --------------------------------------------------------------------------------------------- errors
def format_validation_error(error: ValidationError) -> list[str]:
    """One ``field.path: message`` line per problem."""
    lines = []
    for item in error.errors():
        path = ".".join(str(p) for p in item.get("loc", ())) or "(top level)"
        lines.append(f"{path}: {item.get('msg', 'invalid')}")
    return lines


# --------------------------------------------------------------------------------------------- load / save
def parse_project(raw: str | bytes, name: str = "project") -> Project:
    try:
        data = json.loads(raw)
    except UnicodeDecodeError:
        raise ProjectFileError(f"{name}: not a text file; cannot read it as a project") from None
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            f"{name}: corrupted project file (invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(data, dict):
        raise ProjectFileError(f"{name}: not a Newsline project (the top level is not an object)")
    try:
        data = migrate(data)
    except ProjectFileError as exc:
        raise ProjectFileError(f"{name}: {exc}") from None
    try:
        project = Project.model_validate(data)
    except ValidationError as exc:
        lines = format_validation_error(exc)
        raise ProjectFileError(f"{name}: the project file is not valid:\n" + "\n".join(lines)) from None
    for pd in project.documents:
        _check_spans(pd.document, name)
    return project


def _check_spans(doc: Document, name: str) -> None:
    n = len(doc.text)
    for owner, span in doc.all_spans():
        if span.end > n:
            raise ProjectFileError(
                f"{name}: the project file is not valid:\n"
                f"documents.{doc.id}.{owner}: span {span.start}-{span.end} lies beyond the text ({n} characters)"
            )


def load_project(path: str | Path) -> Project:
    p = Path(path)
    if not p.exists():
        raise ProjectFileError(f"{p}: no such file")
    if p.is_dir():
        raise ProjectFileError(f"{p}: is a directory, not a project file")
    size = p.stat().st_size
    if size == 0:
        raise ProjectFileError(f"{p}: the project file is empty")
    if size > MAX_PROJECT_BYTES:
        raise ProjectFileError(f"{p}: {size / 2**20:.0f} MiB is larger than the {MAX_PROJECT_BYTES // 2**20} MiB limit")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ProjectFileError(f"{p}: cannot read it ({exc.strerror})") from None
    return parse_project(raw, str(p))


def dump_project(project: Project) -> str:
    return project.model_dump_json(indent=1)


def save_project(project: Project, path: str | Path, *, keep_backup: bool = True) -> Path:
    """Write `project` to `path` atomically; returns the path written."""
    p = Path(path)
    project = project.model_copy(
        update={"saved_at": dt.datetime.now(dt.timezone.utc), "app_version": APP_VERSION,
                "schema_version": SCHEMA_VERSION}
    )
    payload = dump_project(project).encode("utf-8")
    folder = p.parent if str(p.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectFileError(f"{p}: the folder {folder} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # a folder one may not write in: said of the file asked for, not of a temporary name
        raise ProjectFileError(f"{p}: cannot save in {folder} ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_backup and p.exists():
            backup = p.with_name(p.name + ".bak")
            try:
                os.replace(p, backup)
            except OSError:
                pass
        os.replace(tmp, p)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise ProjectFileError(f"{p}: cannot save ({exc.strerror})") from None
    return p


def project_for(document: Document, corrections=None) -> Project:
    return Project(app_version=APP_VERSION,
                   documents=[ProjectDocument(document=document, corrections=list(corrections or []))])


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the project file, as shipped in resources/newsline.schema.json."""
    schema = Project.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Newsline project file"
    schema["$id"] = f"newsline-project-v{SCHEMA_VERSION}"
    return schema
