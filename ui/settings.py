"""Preferences and window state in QSettings, read defensively: a bad file means defaults."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings

log = logging.getLogger("viewer")

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
MAXIMIZED = "window/maximized"
TAB = "window/tab"
THEME = "appearance/theme"
LANGUAGE = "appearance/language"
ZOOM = "appearance/zoom"
RECENT_PACKS = "packs/recent"
EXPORT_FOLDER = "export/folder"
IMPORT_FOLDER = "import/folder"
EXPORT_FORMATS = "export/formats"
EXPORT_WIDTH = "export/width"
EXPORT_THEME = "export/theme"
MAX_RECENT = 5


def open_settings(settings: QSettings | None = None) -> QSettings:
    """The app's settings; an unreadable or corrupt file is logged and replaced by defaults."""
    settings = settings if settings is not None else QSettings()
    if settings.status() != QSettings.Status.NoError:
        log.warning("settings file %s could not be read (%s); using defaults", settings.fileName(), settings.status())
        settings.clear()
        settings.sync()
    return settings


def read(settings: QSettings, key: str, default: Any, kind: type) -> Any:
    """A setting of the expected type, or the default when it is missing or malformed."""
    value = settings.value(key, default)
    if kind is bool and isinstance(value, str):
        return value.lower() in ("true", "1")
    if kind is list:
        if value is None:
            return list(default)
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list | tuple) else list(default)
    try:
        return kind(value)
    except (TypeError, ValueError):
        log.warning("setting %s has an unusable value %r; using %r", key, value, default)
        return default
