"""What every way of starting Guardian shares: paths, policy, settings and logging. No Qt here."""

from __future__ import annotations

import argparse
import logging
from typing import NamedTuple

from guardian.i18n.locales import resolve_language, system_country
from guardian.logs import setup_logging
from guardian.paths import Paths, portable_root
from guardian.policy import Policy, find_policy, load_policy
from guardian.settings import SPECS, Settings

log = logging.getLogger(__name__)


class Bootstrap(NamedTuple):
    paths: Paths
    policy: Policy
    settings: Settings

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Bootstrap:
        policy = load_policy(find_policy(args.policy), SPECS)
        if args.data_dir is not None:
            paths = Paths.under(args.data_dir)
        elif policy.portable:
            paths = Paths.under(portable_root(), portable=True)
        else:
            paths = Paths.for_user()
        cannot_make = paths.ensure()  # Guardian still starts; the household and self-test say what this means
        setup_logging(paths)
        for problem in cannot_make:
            log.error("folder cannot be made: %s", problem)
        for problem in policy.problems:
            log.error("policy: %s", problem)
        overrides = {"language": args.lang, "country": args.country.upper() if args.country else None}
        return cls(paths, policy, Settings(paths.settings_file, policy, overrides))

    @property
    def language(self) -> str:
        return resolve_language(self.settings.value("language"))

    @property
    def country(self) -> str:
        return str(self.settings.value("country") or system_country())
