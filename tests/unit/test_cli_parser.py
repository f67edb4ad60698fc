"""The app's own options are parsed without building the command parsers, with the same result as the full parser;
anything else (a command, help, an abbreviation, a typo) gets the full parser and its messages."""

from __future__ import annotations

import pytest

from guardian.cli import app_options_only, build_parser


@pytest.mark.parametrize(("argv", "light"), [
    ([], True),
    (["--lang", "lv", "--country", "LV"], True),
    (["--data-dir", "household", "--quit-after-startup"], True),  # a folder named like a command is a value
    (["--lang=kk", "--policy", "/etc/guardian/policy.toml"], True),
    (["self-test"], False),
    (["--data-dir", "/tmp/x", "household", "export", "f.json"], False),
    (["--help"], False),
    (["-h"], False),
    (["--lan", "lv"], False),  # an abbreviation: argparse decides
    (["--colour=red"], False),
    (["selftest"], False),  # a typo gets "invalid choice" with the list of commands
])
def test_which_parser_is_built(argv, light):
    assert app_options_only(argv) is light


@pytest.mark.parametrize("argv", [
    [], ["--lang", "lv", "--country", "LV"], ["--data-dir", "/tmp/d", "--policy", "p.toml", "--quit-after-startup"],
    ["--lang=ru", "--country=KZ"],
])
def test_the_light_parser_gives_what_the_full_one_gives(argv):
    assert vars(build_parser(commands=False).parse_args(argv)) == vars(build_parser().parse_args(argv))


def test_a_mistyped_command_still_lists_the_commands(capsys):
    from guardian.cli import main

    with pytest.raises(SystemExit):
        main(["selftest"])
    assert "invalid choice: 'selftest'" in capsys.readouterr().err
