"""Errors Newsline reports to people. Each carries one clear sentence; the CLI prints it and the GUI shows it
in a dialog. Anything else that escapes is a bug."""

from __future__ import annotations


class NewslineError(Exception):
    """Base class: `str(error)` is a complete message for the user."""

    exit_code = 1


class InputError(NewslineError):
    """The article could not be read: missing, a directory, binary, undecodable, empty, too large."""


class ProjectFileError(NewslineError):
    """A project file is corrupted, of an unknown version, or fails validation."""


class UsageError(NewslineError):
    """A bad command-line value (an impossible --date, an unknown option value)."""

    exit_code = 2
