"""Take screenshots of the real window (run under a virtual screen: `make screenshots`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.app import create_application, create_window


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("--tab", type=int, default=0)
    parser.add_argument("--size", default="1280x860")
    args = parser.parse_args()
    app = create_application()
    window = create_window()
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.tabs.setCurrentIndex(args.tab)
    window.show()

    def shoot() -> None:
        screen = window.screen()
        pixmap = screen.grabWindow(window.winId())
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
