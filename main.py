"""Shanghai Tech Hub Viewer: parse the command line, then open the window or run a command."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shanghai-tech-viewer",
        description="View the figures of a news article, each traced to its sentence.",
    )
    parser.add_argument("--pack", metavar="PATH", help="data pack folder to open (default: the bundled Shanghai pack)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from ui.app import has_display, run_gui
    from viewer.pack import PackError

    if not has_display():
        print(
            "error: no display found (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run it from a desktop session, or under a virtual screen: xvfb-run make run",
            file=sys.stderr,
        )
        return 2
    try:
        return run_gui(args.pack)
    except PackError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
