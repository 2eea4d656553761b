"""What the app ships: its files (package data, found the same way in an editable install, a
wheel or a bundle) and its version."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled(*parts: str) -> Path:
    """A file or folder of ``resources/`` (installed as ``viewer.resources``)."""
    return Path(str(files("viewer.resources").joinpath(*parts)))


def app_version() -> str:
    """The version installed (``pyproject.toml``'s); "unknown" when the app is not installed."""
    from importlib.metadata import PackageNotFoundError, version  # only when asked: start-up is timed

    try:
        return version("shanghai-tech-viewer")
    except PackageNotFoundError:
        return "unknown"
