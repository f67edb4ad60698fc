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


@pytest.fixture
def printer(monkeypatch, tmp_path):
    """A computer with one printer whose paper is a PDF: printer.pdf is what was printed, printer.chosen how many
    times the print dialog was accepted. Set printer.installed = False for a computer without printers."""
    from PySide6 import QtPrintSupport as print_support  # noqa: N813 (patched in place, so the module itself)

    class Printer(print_support.QPrinter):
        pdf = tmp_path / "printed.pdf"
        installed = True
        chosen = 0

        def __init__(self):
            super().__init__()
            self.setOutputFileName(str(Printer.pdf))  # what Qt does for "Print to file"

        def outputFormat(self):  # as the print service reports when it lists a printer
            native = print_support.QPrinter.OutputFormat.NativeFormat
            return native if Printer.installed else super().outputFormat()

    class PrintDialog:
        DialogCode = print_support.QPrintDialog.DialogCode

        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            Printer.chosen += 1
            return PrintDialog.DialogCode.Accepted

    monkeypatch.setattr(print_support, "QPrinter", Printer)
    monkeypatch.setattr(print_support, "QPrintDialog", PrintDialog)
    return Printer
