"""`guardian plan HARM --country CC [--platform ID] [--lang L] [--pdf FILE]` and `guardian plan --list`."""

from __future__ import annotations

import argparse
import logging
import os
import sys


def add_parser(sub) -> None:
    plan = sub.add_parser("plan", help="print the Get-help action plan for a harm, or save it as PDF")
    plan.add_argument("harm", nargs="?", help="harm id (see --list)")
    plan.add_argument("--list", action="store_true", help="print the harm ids, one per line")
    plan.add_argument("--country", dest="plan_country", metavar="CC",
                      help="the family's country, e.g. LV ('*': a country Guardian has no directory for)")
    plan.add_argument("--lang", dest="plan_lang", metavar="CODE", choices=("en", "lv", "kk", "ru"),
                      help="language of the plan")
    plan.add_argument("--platform", metavar="ID", help="where it happened (a guide id, e.g. tiktok)")
    plan.add_argument("--pdf", metavar="FILE", help="write the plan as a PDF instead of printing it")
    plan.add_argument("--root", help=argparse.SUPPRESS)


def run_plan(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    # imported here: the parser is built on every start, the app's first frame must not wait for the content loader
    from guardian.content.loader import load
    from guardian.domain.harms import HARM_IDS
    from guardian.paths import resources_dir
    from guardian.policy import find_policy, load_policy
    from guardian.settings import SPECS

    if args.list:
        print("\n".join(HARM_IDS))
        return 0
    if not args.harm:
        parser.error("plan needs a HARM (see 'guardian plan --list')")
    country = args.plan_country or args.country
    if not country:
        parser.error("plan needs --country CC")
    language = args.plan_lang or args.lang or "en"
    logging.basicConfig(level=logging.ERROR)
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    from guardian.i18n.translator import Translator
    from guardian.services.plan_render import render_markdown
    from guardian.services.plan_service import PlanError, build_plan

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    Translator(parent=app).switch(language)
    library = load(args.root or resources_dir())
    try:
        plan = build_plan(library, args.harm, country, args.platform, language)
    except PlanError as exc:
        print(f"guardian plan: {exc}", file=sys.stderr)
        return 2
    school = load_policy(find_policy(args.policy), SPECS).contacts  # as the app shows them: the school's own first
    markdown = render_markdown(plan, language, school)
    if args.pdf:
        from guardian.services.pdf_service import write_pdf

        try:
            write_pdf(markdown, args.pdf, plan.prose.title if plan.prose else args.harm)
        except OSError as exc:
            print(f"guardian plan: {exc}", file=sys.stderr)
            return 1
        print(args.pdf)
        return 0
    print(markdown)
    return 0
