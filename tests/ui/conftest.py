"""A running Guardian over a small content tree, in its own data folder."""

from __future__ import annotations

import argparse

import pytest

from content_tree import make_tree
from guardian.app import Guardian
from guardian.bootstrap import Bootstrap


def make_args(data_dir, **kwargs):
    defaults = {"lang": "en", "country": None, "data_dir": data_dir, "policy": None, "quit_after_startup": False}
    defaults.update(kwargs)
    return argparse.Namespace(**defaults)


@pytest.fixture
def content_root(tmp_path):
    return make_tree(tmp_path / "content")


@pytest.fixture
def start_guardian(qapp, qtbot, data_dir, content_root):
    started = []

    def start(**kwargs) -> Guardian:
        boot = Bootstrap.from_args(make_args(data_dir, **kwargs))
        guardian = Guardian(boot, qapp, content_root=content_root)
        qtbot.addWidget(guardian.window)
        with qtbot.waitSignal(guardian.window.first_frame, timeout=5000):
            guardian.start()
        started.append(guardian)
        return guardian

    yield start
    for guardian in started:
        guardian.translator.switch("en")
