"""File › Import article…: the import runs off the window's thread, the review window edits with
undo and redo, checks the pack as it goes, and Save opens the pack in the viewer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.review import COLUMNS, ReviewWindow
from viewer.pack import load_pack

ARTICLES = Path(__file__).resolve().parents[1] / "importer" / "articles"


def _column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def _import(qtbot: QtBot, window: MainWindow, path: Path) -> ReviewWindow:
    window.import_article(str(path))
    assert window.import_thread is not None
    qtbot.waitUntil(lambda: getattr(window, "review_window", None) is not None, timeout=60_000)
    review = window.review_window
    qtbot.addWidget(review)
    return review


def test_import_from_the_window_reviews_edits_undoes_and_saves(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    review = _import(qtbot, window, ARTICLES / "shanghai-raw.txt")
    assert review.isVisible() and review.save_button.isEnabled()
    model = review.model
    assert model.rowCount() == len(review.draft.candidates) == 25
    assert "Ready to save: 22 figures" in review.check.text()
    assert review.flags.count() == 3 and "爱上海同城419" in review.flags.item(0).text()
    assert "爱上海同城419" not in review.article.toPlainText()
    # The row of "5G": left out, with why; tick it, then undo and redo.
    row = next(i for i, c in enumerate(review.draft.candidates) if c.surface == "5G")
    include = model.index(row, _column("include"))
    assert model.data(include, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "product or standard name" in model.data(model.index(row, _column("reason")))
    model.setData(include, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert review.draft.candidates[row].include
    review.undo_action.trigger()
    assert not review.draft.candidates[row].include
    review.redo_action.trigger()
    assert review.draft.candidates[row].include
    review.undo_action.trigger()
    # Edit a label in place; a value that is not a number is refused, with why.
    first = model.index(0, _column("label"))
    assert model.setData(first, "Tech investment attracted in 2024")
    assert model.data(first) == "Tech investment attracted in 2024"
    value = model.index(0, _column("value"))
    assert not model.setData(value, "lots")
    assert "“lots” is not a number" in review.statusBar().currentMessage()
    # Live validation: a status that is not one of the four is refused; an empty label makes
    # the pack invalid, and Save waits until it is fixed.
    assert not model.setData(model.index(0, _column("status")), "rumoured")
    assert model.setData(first, "")
    assert not review.run_check() and "label is empty" in review.check.text()
    assert not review.save_button.isEnabled()
    review.undo_action.trigger()
    assert review.run_check()
    # Save: the pack is written, validated and opened in the viewer.
    target = tmp_path / "shanghai-draft"
    monkeypatch.setattr(review, "ask_folder", lambda: str(target))
    assert review.save() == str(target)
    assert window.pack.path == target and window.tabs.count() == 4
    assert load_pack(target).figure(review.draft.candidates[0].id).label == "Tech investment attracted in 2024"


def test_the_window_keeps_working_while_an_article_is_read(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """The import is on a worker thread: the window answers while it runs, and Cancel stops it."""
    article = (ARTICLES / "shanghai-raw.txt").read_text(encoding="utf-8")
    long = tmp_path / "long.txt"
    long.write_text("\n".join(article.replace("2024", str(2000 + i)) for i in range(200)), encoding="utf-8")
    window.import_article(str(long))
    thread = window.import_thread
    assert thread is not None and thread.isRunning()
    window.tabs.setCurrentIndex(2)  # the window's own work goes on
    QApplication.processEvents()
    assert window.tabs.currentIndex() == 2
    assert window.import_progress is not None
    window.import_progress.findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: not thread.isRunning(), timeout=30_000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Import cancelled", timeout=5_000)
    assert getattr(window, "review_window", None) is None


def test_an_article_that_cannot_be_imported_says_why(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    window.import_article(str(empty))
    qtbot.waitUntil(lambda: isinstance(window.last_message, QMessageBox), timeout=30_000)
    assert window.last_message.informativeText() == f"{empty} is empty"
    assert window.pack.id == "shanghai"


def test_a_flagged_passage_can_be_kept_and_that_is_undoable(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Left out by default, not for good: unticking a flag puts the passage back in the article."""
    review = _import(qtbot, window, ARTICLES / "berlin.md")
    boilerplate = review.flags.item(1)
    assert boilerplate.checkState() == Qt.CheckState.Checked and "Subscribe" in boilerplate.text()
    assert "Subscribe" not in review.article.toPlainText()
    boilerplate.setCheckState(Qt.CheckState.Unchecked)
    assert "Subscribe to our newsletter" in review.article.toPlainText()
    for c in review.draft.candidates:  # every sentence found again where it now is
        assert review.draft.text[c.start : c.start + len(c.quote)] == c.quote
    review.undo_action.trigger()
    assert "Subscribe" not in review.article.toPlainText()
    assert review.flags.item(1).checkState() == Qt.CheckState.Checked
    review.redo_action.trigger()
    target = tmp_path / "berlin"
    review.ask_folder = lambda: str(target)  # type: ignore[method-assign]
    assert review.save() == str(target)
    assert "Subscribe to our newsletter" in (target / "article.txt").read_text(encoding="utf-8")
    cleaning = json.loads((target / "cleaning.json").read_text(encoding="utf-8"))
    assert [(k["line"], k["text"]) for k in cleaning["kept_though_flagged"]] == [
        (7, "Subscribe to our newsletter for the week's best stories.")
    ]
    assert [r["line"] for r in cleaning["removed"]] == [6, 9, 11]
