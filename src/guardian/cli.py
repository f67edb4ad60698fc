"""The command line: options for the app, and headless sub-commands that never import widgets they do not use."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from guardian import __version__

EPILOG = "Run 'guardian COMMAND --help' for a command's options. Without a command the app opens."


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("size must look like 1200x800") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError("size must be between 200x200 and 8000x8000")
    return width, height


VALUE_OPTIONS = ("--lang", "--country", "--data-dir", "--policy")


def app_options_only(argv: list[str]) -> bool:
    """True when argv holds only the app's own options (no command, no help): the app then needs no command parsers,
    whose building would delay its first frame. Anything else, abbreviations included, gets the full parser."""
    value_next = False
    for token in argv:
        if value_next:
            value_next = False
        elif token in VALUE_OPTIONS:
            value_next = True
        elif not _app_option(token):
            return False
    return True


def _app_option(token: str) -> bool:
    if token in ("-h", "--help") or not token.startswith("--"):
        return False
    return "=" not in token or token.split("=", 1)[0] in VALUE_OPTIONS


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="guardian", description="Guardian: keeping children safe online.",
                                     epilog=EPILOG)
    parser.add_argument("--version", action="version", version=f"guardian {__version__}")
    parser.add_argument("--lang", metavar="CODE", help="language: en, lv, kk or ru")
    parser.add_argument("--country", metavar="CC", help="country as an ISO code, e.g. LV")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help="keep all data, settings and logs in DIR")
    parser.add_argument("--policy", metavar="FILE", type=Path, help="read the admin policy from FILE")
    parser.add_argument("--quit-after-startup", action="store_true", help="quit once the window has painted")
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("self-test", help="check content, translations, data folder and policy; exit 0 if all pass")

    settings = sub.add_parser("settings", help="show the effective settings")
    settings.add_argument("action", choices=["show"])

    content = sub.add_parser("content", help="check, export or stamp the content")
    content_sub = content.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (("check", "validate all content; exit 1 on any problem"),
                       ("export", "print all structured facts as JSON")):
        p = content_sub.add_parser(name, help=text)
        p.add_argument("--root", type=Path, help="content folder (default: the one shipped with the app)")
    stamp = content_sub.add_parser("stamp", help="record that translations follow the current English text")
    stamp.add_argument("files", nargs="+", type=Path, metavar="FILE")

    from guardian.plan_cli import add_parser as add_plan_parser

    add_plan_parser(sub)

    household = sub.add_parser("household", help="export or import the household data as a JSON file")
    household.add_argument("action", choices=["export", "import"])
    household.add_argument("file", type=Path, metavar="FILE")

    shot = sub.add_parser("screenshot", help="save a picture of a page")
    shot.add_argument("page", nargs="?", help="page name (see --list)")
    shot.add_argument("--out", type=Path, help="PNG file to write")
    shot.add_argument("--size", type=_size, default=(1200, 800), metavar="WxH")
    shot.add_argument("--lang", dest="shot_lang", metavar="CODE")
    shot.add_argument("--list", action="store_true", help="list the page names")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(commands=not app_options_only(argv))
    args = parser.parse_args(argv)
    if args.lang is not None and args.lang not in ("en", "lv", "kk", "ru"):
        parser.error(f"--lang must be one of en, lv, kk, ru (not '{args.lang}')")
    if args.country is not None and (len(args.country) != 2 or not args.country.isalpha()):
        parser.error(f"--country must be a two-letter ISO code such as LV (not '{args.country}')")

    command = args.command
    if command == "content":
        from guardian.content_cli import run_content

        return run_content(args)
    if command == "plan":
        from guardian.plan_cli import run_plan

        return run_plan(args, parser)
    if command in (None, "screenshot"):
        from guardian import qt_imports

        qt_imports.install()  # before the app's modules are imported: see qt_imports
    if command is None:
        from guardian.app import run_gui

        return run_gui(args)
    if command == "screenshot":
        from guardian.app import run_screenshot

        return run_screenshot(args, parser)

    from guardian.bootstrap import Bootstrap

    boot = Bootstrap.from_args(args)
    if command == "settings":
        print(json.dumps(boot.settings.as_report(), indent=2, ensure_ascii=False))
        for problem in boot.policy.problems:  # or an administrator would see "default" with no reason why
            print(f"policy: {problem}", file=sys.stderr)
        return 1 if boot.policy.problems else 0
    if command == "household":
        from guardian.household_cli import run_household

        return run_household(boot, args)
    if command == "self-test":
        from guardian.selftest import run_self_test

        return run_self_test(boot, out=sys.stdout)
    parser.error(f"unknown command {command}")
    return 2
