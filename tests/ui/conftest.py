"""A running Guardian over a small content tree, in its own data folder."""

from __future__ import annotations

import argparse

import pytest

from content_tree import make_tree
from guardian.app import Guardian
from guardian.bootstrap import Bootstrap
from guardian.paths import Paths, resources_dir
from guardian.services.content_service import ContentService
from guardian.services.family import Family
from household_tree import DAY


def make_args(data_dir, **kwargs):
    defaults = {"lang": "en", "country": None, "data_dir": data_dir, "policy": None, "quit_after_startup": False}
    defaults.update(kwargs)
    return argparse.Namespace(**defaults)


@pytest.fixture
def content_root(tmp_path):
    return make_tree(tmp_path / "content")


@pytest.fixture
def start_guardian(qapp, qtbot, data_dir, content_root):
    """start(**options) -> a running Guardian; offer_welcome=True starts it as run_gui does for a parent."""
    started = []

    def start(offer_welcome: bool = False, **kwargs) -> Guardian:
        boot = Bootstrap.from_args(make_args(data_dir, **kwargs))
        guardian = Guardian(boot, qapp, content_root=content_root)
        guardian.offer_welcome = offer_welcome
        qtbot.addWidget(guardian.window)
        with qtbot.waitSignal(guardian.window.first_frame, timeout=5000):
            guardian.start()
        started.append(guardian)
        return guardian

    yield start
    for guardian in started:
        guardian.translator.switch("en")


@pytest.fixture
def family(qapp, tmp_path):
    """An open household in Latvia, on household_tree.DAY, for the Family page's tabs."""
    paths = Paths.under(tmp_path / "data")
    paths.ensure()
    family = Family(paths, today=lambda: DAY)
    family.open()
    family.household.set_household("LV", "lv")
    yield family
    family.close()


@pytest.fixture
def content():
    """The shipped content, in English."""
    return ContentService(resources_dir(), "en")
