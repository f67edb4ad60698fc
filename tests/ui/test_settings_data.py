"""Settings > Parent PIN and Your household data: change and remove the PIN, export a file the command line
accepts, refuse broken files without changing anything, replace the household from a good one (after a backup),
delete everything; each behind the PIN when one is set."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from guardian.services import household_format
from guardian.ui.dialogs import data_dialogs
from guardian.ui.dialogs.pin_dialog import PinDialog

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "household.json"
PIN = "2468"


@pytest.fixture
def app(start_guardian, data_dir):
    config = data_dir / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "ui-state.ini").write_text("[welcome]\nshown=true\n")  # the first-run welcome is not tested here
    return start_guardian


@pytest.fixture
def dialogs(monkeypatch):
    """Answers the modal questions and file dialogs, and records what they were asked."""

    class Answers:
        save_to: Path | None = None
        open_file: Path | None = None
        confirm = True
        questions: list[str] = []
        messages: list[str] = []
        suggested: list[str] = []

    answers = Answers()
    answers.questions, answers.messages, answers.suggested = [], [], []

    def ask(parent, title, text, yes):
        answers.questions.append(text)
        return answers.confirm

    def save(parent, caption, suggested, filters):
        answers.suggested.append(suggested)
        return (str(answers.save_to) if answers.save_to else "", "")

    monkeypatch.setattr(data_dialogs, "ask", ask)
    monkeypatch.setattr(data_dialogs, "tell", lambda parent, title, text, warning=True: answers.messages.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args: (str(answers.open_file) if answers.open_file else "", ""))
    return answers


def panels(guardian):
    page = guardian.window.show_section("settings")
    return page.pin_settings, page.data_settings


def with_one_child(guardian, name="Mara"):
    guardian.family.household.add_child(name, 2015)
    guardian.family.notify()


def enter_pin(dialog: PinDialog, pin: str = PIN) -> None:
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    dialog.current.setText(pin)
    dialog.ok.click()


# the parent PIN


def test_change_needs_the_current_pin_and_remove_needs_the_pin(app):
    guardian = app()
    pin_panel, _ = panels(guardian)
    guardian.family.pin.set_pin(PIN)
    guardian.family.notify()
    dialog = pin_panel.change_pin()
    dialog.current.setText("1111")
    dialog.new.setText("13579")
    dialog.repeat.setText("13579")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.error.text() == "Wrong PIN."
    assert dialog.new.text() == "13579"  # what the parent typed is kept
    dialog.current.setText(PIN)
    dialog.ok.click()
    assert not dialog.isVisible()
    assert guardian.family.pin.verify("13579").ok and not guardian.family.pin.verify(PIN).ok

    dialog = pin_panel.remove_pin()
    dialog.current.setText(PIN)  # the old one no longer works
    dialog.ok.click()
    assert dialog.isVisible() and guardian.family.has_pin()
    dialog.current.setText("13579")
    dialog.ok.click()
    assert not dialog.isVisible() and not guardian.family.has_pin()
    assert pin_panel.set_button.isVisible() and not pin_panel.remove_button.isVisible()


def test_a_too_short_or_mistyped_new_pin_is_explained_in_the_dialog(app):
    guardian = app()
    pin_panel, _ = panels(guardian)
    dialog = pin_panel.set_pin()
    dialog.new.setText("12")
    dialog.repeat.setText("12")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.error.text() == "A PIN must have 4 to 64 characters, without spaces at " \
                                                          "either end."
    dialog.new.setText("1234")
    dialog.repeat.setText("1243")
    dialog.ok.click()
    assert dialog.isVisible() and "not the same" in dialog.error.text()
    assert not guardian.family.has_pin()


# export


def test_export_writes_a_private_file_the_command_line_imports(app, dialogs, tmp_path):
    guardian = app()
    guardian.family.transfer.import_from(EXAMPLE)
    guardian.family.notify()
    _, data = panels(guardian)
    dialogs.save_to = tmp_path / "out" / "family"
    dialogs.save_to.parent.mkdir()
    data.export_button.click()
    written = tmp_path / "out" / "family.json"  # ".json" added when the name has no extension
    assert dialogs.suggested and Path(dialogs.suggested[0]).name == \
        f"guardian-household-{dt.date.today():%Y-%m-%d}.json"
    assert written.exists() and (written.stat().st_mode & 0o777) == 0o600
    assert str(written) in data.status.text()

    other = tmp_path / "other-computer"
    result = subprocess.run([sys.executable, "-m", "guardian", "--data-dir", str(other), "household", "import",
                             str(written)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "3 children" in result.stdout


def test_export_asks_for_the_pin_when_one_is_set(app, dialogs, tmp_path):
    guardian = app()
    guardian.family.pin.set_pin(PIN)
    _, data = panels(guardian)
    dialogs.save_to = tmp_path / "family.json"
    data.export_button.click()
    enter_pin(data.dialog, "1111")
    assert data.dialog.isVisible() and data.dialog.error.text() == "Wrong PIN."
    assert not dialogs.suggested  # no file dialog before the right PIN
    enter_pin(data.dialog)
    assert not data.dialog.isVisible()
    assert dialogs.save_to.exists()


# import


def broken_files(folder: Path) -> dict[str, Path]:
    good = EXAMPLE.read_bytes()
    files = {
        "truncated": good[: len(good) // 2],
        "array": b"[1, 2, 3]",
        "huge": b'{"format": "guardian-household", "pad": "' + b"x" * (30 * 1024 * 1024) + b'"}',
        "not json": b"\x00\xff\xfe binary",
        "empty": b"",
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"{name.replace(' ', '-')}.json"
        paths[name].write_bytes(content)
    return paths


@pytest.mark.parametrize("kind", ["truncated", "array", "huge", "not json", "empty"])
def test_a_broken_file_is_explained_and_changes_nothing(app, dialogs, tmp_path, kind):
    guardian = app()
    with_one_child(guardian)
    family = guardian.family
    before = family.transfer.snapshot()
    backups_before = sorted(family.paths.backups.glob("*"))
    _, data = panels(guardian)
    dialogs.open_file = broken_files(tmp_path)[kind]
    data.import_button.click()
    assert dialogs.questions == []  # never asked to replace anything
    assert len(dialogs.messages) == 1 and "Nothing was changed." in dialogs.messages[0]
    assert dialogs.messages[0] in data.status.text()
    assert family.transfer.snapshot() == before
    assert sorted(family.paths.backups.glob("*")) == backups_before


def test_a_good_file_is_described_then_replaces_the_household_after_a_backup(app, dialogs, qtbot):
    guardian = app()
    with_one_child(guardian)
    family = guardian.family
    family.pin.set_pin(PIN)
    _, data = panels(guardian)
    dialogs.open_file = EXAMPLE
    data.import_button.click()
    enter_pin(data.dialog)
    assert len(dialogs.questions) == 1
    question = dialogs.questions[0]
    for count in ("3 child", "7 device", "14 ticked step", "1 family agreement", "1 journal entr"):
        assert count in question
    assert "replaces the whole household" in question and str(family.paths.backups) in question
    names = [c.display_name for c in family.household.children()]
    assert names == ["Elza", "Roberts", "Aruzhan"]
    saved = [b for b in family.paths.backups.iterdir() if "before-import" in b.name]
    assert len(saved) == 1 and saved[0].name in data.status.text()
    assert family.has_pin() and family.pin.verify(PIN).ok  # the PIN is not in the file and stays
    assert json.loads(household_format.dumps(family.transfer.snapshot()))["children"][0]["display_name"] == "Elza"


def test_declining_the_replacement_changes_nothing(app, dialogs):
    guardian = app()
    with_one_child(guardian)
    before = guardian.family.transfer.snapshot()
    _, data = panels(guardian)
    dialogs.open_file = EXAMPLE
    dialogs.confirm = False
    data.import_button.click()
    assert len(dialogs.questions) == 1
    assert guardian.family.transfer.snapshot() == before
    assert not any("before-import" in b.name for b in guardian.family.paths.backups.glob("*"))


# delete all


def test_delete_all_needs_the_pin_names_what_goes_and_really_deletes(app, dialogs, monkeypatch):
    guardian = app()
    family = guardian.family
    family.transfer.import_from(EXAMPLE)
    family.pin.set_pin(PIN)
    family.notify()
    before = family.data.household_files()
    _, data = panels(guardian)
    left = []
    real_delete = family.data.delete_all_data
    monkeypatch.setattr(family.data, "delete_all_data", lambda: (real_delete(), left.append(
        family.data.household_files()))[0])
    data.delete_button.click()
    enter_pin(data.dialog)
    assert len(dialogs.questions) == 1
    for named in ("nicknames and birth years", "journal", "parent PIN", "backup", "guides"):
        assert named in dialogs.questions[0]
    assert left == [[]]
    assert not any(f.exists() for f in before if f.parent == family.paths.backups)
    assert family.household.children() == [] and not family.has_pin()
    assert data.status.text().startswith("All household data was deleted")
    assert guardian.window.show_section("guides").open_guide(next(iter(guardian.content.items("platforms"))))


def test_delete_all_declined_keeps_everything(app, dialogs):
    guardian = app()
    with_one_child(guardian)
    dialogs.confirm = False
    _, data = panels(guardian)
    data.delete_button.click()
    assert len(dialogs.questions) == 1
    assert [c.display_name for c in guardian.family.household.children()] == ["Mara"]
    assert not data.status.isVisible()


def test_the_page_shows_where_the_data_is_kept(app):
    guardian = app()
    _, data = panels(guardian)
    assert data.folder.text() == str(guardian.family.paths.data)
