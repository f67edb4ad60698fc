"""Quality gates run against the content Guardian ships, since that is what a parent sees and a screen reader reads."""

from __future__ import annotations

import argparse

import pytest
from app_walk import COUNTRY, settle

from guardian.app import Guardian
from guardian.bootstrap import Bootstrap


@pytest.fixture
def shipped_guardian(qapp, qtbot, data_dir):
    """A running Guardian over the shipped content, in English, with a chosen country, in its own data folder."""
    started: list[Guardian] = []

    def start(**kwargs) -> Guardian:
        options = {"lang": "en", "country": COUNTRY, "data_dir": data_dir, "policy": None,
                   "quit_after_startup": False}
        options.update(kwargs)
        guardian = Guardian(Bootstrap.from_args(argparse.Namespace(**options)), qapp)
        qtbot.addWidget(guardian.window)
        with qtbot.waitSignal(guardian.window.first_frame, timeout=10000):
            guardian.start()
        settle()
        started.append(guardian)
        return guardian

    yield start
    for guardian in started:
        guardian.translator.switch("en")
