"""Shanghai Tech Hub Viewer: parse the command line, then open the window or run a command.

python main.py [PATH | --pack PATH] [--reset-settings] open the window (on a pack folder)
python main.py export --out DIR [--pack PATH] [--format png,svg,csv,pdf] [--width PX] [--charts ID,...]
python main.py validate PATH                          check a data pack
python main.py import ARTICLE --out PACK [--force]    draft a data pack from an article
"""

from __future__ import annotations

import argparse
import io
import sys
from typing import NoReturn


class _Parser(argparse.ArgumentParser):
    """Argument errors as one line beginning 'error:' and exit code 2, like every other error."""

    def error(self, message: str) -> NoReturn:
        from viewer.echo import printable

        print(printable(f"error: {message} (see: python main.py --help)"), file=sys.stderr)
        raise SystemExit(2)


class _Version(argparse.Action):
    """--version, looked up only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=str(kwargs.get("help")))

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> NoReturn:
        from viewer.bundled import app_version

        print(f"{parser.prog} {app_version()}")
        raise SystemExit(0)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shanghai-tech-viewer",
        usage="%(prog)s [PATH | --pack PATH] [--reset-settings]\n       %(prog)s {export,validate,import} ...",
        description="View the figures of a news article, each traced to its sentence.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and exit")
    parser.add_argument("--pack", metavar="PATH", help="data pack folder to open (default: the bundled Shanghai pack)")
    parser.add_argument("--reset-settings", action="store_true", help="forget window state and preferences")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    export = commands.add_parser("export", help="export charts without opening a window")
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created if missing)")
    export.add_argument("--pack", metavar="PATH", dest="export_pack", help="data pack folder (default: bundled)")
    export.add_argument("--format", default="png", metavar="png,svg,csv,pdf", help="formats, comma-separated")
    export.add_argument("--width", type=int, default=1600, metavar="PX", help="image width, 400 to 6000 (1600)")
    export.add_argument("--charts", metavar="ID,...", help="chart ids to export (default: all)")
    export.add_argument("--theme", choices=("light", "dark"), default="light", help="image colours (light)")
    validate = commands.add_parser("validate", help="check a data pack and list every problem")
    validate.add_argument("path", metavar="PATH")
    imported = commands.add_parser("import", help="draft a data pack from an article (text, Markdown or HTML)")
    imported.add_argument("article", metavar="ARTICLE")
    imported.add_argument("--out", required=True, metavar="PACK", help="the pack folder to write (new or empty)")
    imported.add_argument("--force", action="store_true", help="replace a folder that is not empty")
    imported.add_argument("--title", help="the pack's title (default: the article's)")
    return parser


COMMANDS = ("export", "validate", "import")


def with_pack_option(argv: list[str]) -> list[str]:
    """``shanghai-tech-viewer PATH`` (a file manager, or the desktop entry's %F) opens that pack:
    a first word that is neither a command nor an option is the pack's folder."""
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-"):
        return ["--pack", argv[0], *argv[1:]]
    return argv


def safe_streams() -> None:
    """Whatever the terminal's encoding (PYTHONIOENCODING=ascii, a C locale), a character it
    cannot show is printed as an escape (``\u2212``), never a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    safe_streams()
    args = build_parser().parse_args(with_pack_option(sys.argv[1:] if argv is None else argv))
    if args.command == "export":
        from ui.commands import export_command

        pack = args.export_pack or args.pack
        return export_command(args.out, pack, args.format, args.width, args.charts, args.theme)
    if args.command == "import":
        from ui.commands import import_command

        return import_command(args.article, args.out, args.force, args.title)
    if args.command == "validate":
        from ui.commands import validate_command

        return validate_command(args.path)

    from ui.app import has_display, run_gui

    if not has_display():
        print(
            "error: no display found (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run it from a desktop session, or under a virtual screen: xvfb-run make run",
            file=sys.stderr,
        )
        return 2
    return run_gui(args.pack, reset_settings=args.reset_settings, quit_after_paint=args.quit_after_paint)


if __name__ == "__main__":
    sys.exit(main())
