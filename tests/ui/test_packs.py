"""Opening packs from the window: broken ones are refused with every reason, nothing is lost."""

from __future__ import annotations

import gc
import json
import shutil
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from ui.app import create_window, freeze_startup_objects
from ui.main_window import MainWindow
from viewer.pack import DEFAULT_PACK

PACKS = Path(__file__).resolve().parents[1] / "packs"
BROKEN = sorted(p for p in (PACKS / "broken").iterdir() if p.is_dir())
BUNDLED_TITLE = "Shanghai, China's fastest-growing tech hub"


@pytest.mark.parametrize("folder", BROKEN, ids=[p.name for p in BROKEN])
def test_a_broken_pack_shows_every_problem_and_keeps_the_open_pack(
    qtbot: QtBot, window: MainWindow, folder: Path
) -> None:
    window.tabs.setCurrentIndex(2)
    assert window.open_pack(folder) is False
    box = window.last_message
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert str(folder) in box.text()
    lines = (folder / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert box.informativeText().splitlines() == [f"{folder}/{line}" for line in lines]
    box.close()
    assert window.windowTitle() == BUNDLED_TITLE
    assert window.tabs.count() == 4 and window.tabs.currentIndex() == 2
    assert window.current_tab().built and window.current_tab().charts


def test_opening_a_good_pack_replaces_the_tabs_and_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_pack(PACKS / "variants")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["港口"]
    assert window.windowTitle() == "上海港"
    bundled = str(DEFAULT_PACK.resolve())
    assert window.recent_packs() == [str((PACKS / "variants").resolve()), bundled]  # the bundled one stays reachable
    assert window.open_pack(PACKS / "minimal")
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Trade", "Outlook"]
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent == [str((PACKS / "minimal").resolve()), str((PACKS / "variants").resolve()), bundled]
    window.recent_menu.actions()[1].trigger()
    assert window.pack.id == "variants"
    window.recent_menu.actions()[2].trigger()
    assert window.pack.id == "shanghai"


def test_recent_keeps_the_last_five(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    for i in range(7):
        folder = tmp_path / f"p{i}"
        shutil.copytree(PACKS / "minimal", folder)
        assert window.open_pack(folder)
    assert window.recent_packs() == [str(tmp_path / f"p{i}") for i in (6, 5, 4, 3, 2)]


def test_tabs_follow_the_packs_sections(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "six"
    shutil.copytree(PACKS / "minimal", folder)
    manifest = json.loads((folder / "pack.json").read_text(encoding="utf-8"))
    for i in range(4):
        manifest["sections"].append({"id": f"s{i}", "title": f"Part {i}"})
        manifest["charts"].append(
            {"id": f"c{i}", "section": f"s{i}", "kind": "bar", "title": "T", "subtitle": "", "figures": ["workers"]}
        )
    (folder / "pack.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert window.open_pack(folder)
    assert window.tabs.count() == 6
    assert [a.text() for a in window.goto_menu.actions()][-1] == "Part 3"


def test_dropping_a_pack_folder_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(PACKS / "minimal"))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.pack.id == "example")


def test_command_line_pack(qtbot: QtBot) -> None:
    window = create_window(str(PACKS / "minimal"))
    qtbot.addWidget(window)
    assert window.pack.id == "example" and window.tabs.count() == 2


def _first_chart_figure(window: MainWindow) -> weakref.ref[object]:
    return weakref.ref(window.current_tab().charts[0].figure)


def test_the_old_packs_tabs_are_freed_once_another_pack_is_open(qtbot: QtBot, window: MainWindow) -> None:
    """The app takes start-up's objects out of the cycle collector's walks (``gc.freeze``); what
    the first pack's tabs held (their charts' scenes and items) is still freed once another pack
    is open: a chart's items and their signal connections are cycles only the collector frees."""
    picture = _first_chart_figure(window)
    freeze_startup_objects()
    try:
        assert window.open_pack(PACKS / "minimal")
        qtbot.waitUntil(lambda: picture() is None, timeout=3000)
    finally:
        gc.unfreeze()


def test_a_pack_with_many_problems_lists_twenty_and_keeps_the_rest_in_details(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    shutil.copytree(PACKS / "minimal", folder)
    rows = "".join(f"bad{i},trade,Bad {i},lots,firms,,The port of Example,reported,\n" for i in range(30))
    with (folder / "figures.csv").open("a", encoding="utf-8") as f:
        f.write(rows)
    assert window.open_pack(folder) is False
    box = window.last_message
    assert isinstance(box, QMessageBox)
    assert "(30 problems)" in box.text()
    listed = box.informativeText().splitlines()
    assert len(listed) == 21 and listed[-1].startswith("… and 10 more")
    assert len(box.detailedText().splitlines()) == 30
    box.close()


def test_a_pack_at_every_limit_opens_with_its_cards_capped(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """10,000 figures in 50 sections, 200 charts, a 19.9 MB article: a page shows 24 cards and
    says so; its table lists all 200 figures of the section (`make bench` times the opening)."""
    from bench.big_packs import write_big_pack

    assert window.open_pack(write_big_pack(tmp_path / "big"))
    tab = window.current_tab()
    assert window.tabs.count() == 50 and len(tab.cards) == 24
    assert tab.table is not None and tab.table.table_model().rowCount() == 200
    texts = [label.text() for label in tab.findChildren(QLabel)]
    assert "The first 24 of 200 figures as cards; the table below lists them all." in texts
