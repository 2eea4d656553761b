"""Shared fixtures. The platform is chosen before any QApplication exists: without a display
and without this, Qt aborts the whole test run."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")  # as ui.app.create_application sets it

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

# Never touch the person's own settings, log or data folders from a test run.
QStandardPaths.setTestModeEnabled(True)
_SETTINGS_DIR = tempfile.mkdtemp(prefix="viewer-settings-")
for _fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(_fmt, QSettings.Scope.UserScope, _SETTINGS_DIR)

from viewer.pack import DEFAULT_PACK, DataPack, load_pack

# The three injected prefixes of the raw article (see the pack's docs); they must never show.
SPAM_FRAGMENTS = ("爱上海同城", "上海龙凤", "上海花千坊", "同城419", "419自荐", "花千坊419")


@pytest.fixture(scope="session")
def pack() -> DataPack:
    return load_pack()


@pytest.fixture
def pack_copy(tmp_path: Path) -> Callable[..., Path]:
    """A writable copy of the bundled pack, with some files' text replaced."""

    def make(files: dict[str, str] | None = None, name: str = "pack") -> Path:
        folder = tmp_path / name
        shutil.copytree(DEFAULT_PACK, folder)
        for file_name, text in (files or {}).items():
            (folder / file_name).write_text(text, encoding="utf-8")
        return folder

    return make


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A fresh settings file of the test's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
