"""Screenshots of the real window on a (virtual) screen: `make screenshots` runs it under Xvfb.

It uses settings of its own, so the person's window state and preferences are not touched.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.app import create_application, install_translations
from ui.main_window import MainWindow
from viewer.pack import load_pack


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--size", default="1280x860")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--language", choices=("en", "zh_CN"), default="en")
    parser.add_argument("--source", action="store_true", help="show the source dock with a figure selected")
    parser.add_argument("--doubtful", action="store_true", help="only doubtful figures")
    parser.add_argument("--zoom", type=float, default=1.0)
    parser.add_argument("--find", default="", help="text typed in the find field")
    parser.add_argument("--guide", action="store_true", help="grab the help window (F1) instead")
    parser.add_argument("--review", metavar="ARTICLE", help="import ARTICLE and grab the review window instead")
    args = parser.parse_args()
    app = create_application()
    install_translations(app, args.language)
    folder = tempfile.mkdtemp(prefix="viewer-shot-")
    window = MainWindow(load_pack(), QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
    window.set_theme_choice(args.theme)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.tabs.setCurrentIndex(args.tab)
    window.show()
    if args.source:
        window.source.show()
        tab = window.current_tab()
        drawn = [b.figure_id for v in tab.charts for b in v.data.bars if b.figure_id]
        figure = drawn[0] if drawn else tab.cards[0].figure.id
        window._on_figure_clicked(figure)
    if args.zoom != 1.0:
        window.set_zoom(args.zoom)
    if args.doubtful:
        window.set_doubtful_only(True)
    if args.find:
        window.find_bar.field.setText(args.find)
    shown = window.show_help() if args.guide else window
    if args.review:
        window.import_article(args.review)

    def shoot() -> None:
        nonlocal shown
        if args.review:
            if getattr(window, "review_window", None) is None:
                QTimer.singleShot(300, shoot)  # the import runs on its own thread
                return
            shown = window.review_window
            shown.resize(width, height)
            if not getattr(shoot, "settled", False):
                shoot.settled = True  # type: ignore[attr-defined]
                QTimer.singleShot(800, shoot)
                return
        pixmap = shown.screen().grabWindow(shown.winId())
        if pixmap.isNull() or not pixmap.save(args.out):
            print(f"error: could not grab the window into {args.out}", file=sys.stderr)
            QApplication.exit(1)
            return
        print(args.out)
        QApplication.exit(0)

    QTimer.singleShot(1500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
