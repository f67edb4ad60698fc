"""Privacy gate for the household: with a usual desktop umask (022), every file Guardian writes about a family
(the database and its side files, the automatic backups, the backup made before an import, an exported file) is
readable by the user only (0600), and the folders holding them are closed to others (0700)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app_walk import settle
from PySide6.QtWidgets import QFileDialog

from guardian.ui.dialogs import data_dialogs

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "household.json"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_household_files_and_folders_are_private_after_import_and_export(shipped_guardian, data_dir, tmp_path,
                                                                         monkeypatch):
    config = data_dir / "config"
    config.mkdir(parents=True)
    (config / "ui-state.ini").write_text("[welcome]\nshown=true\n")
    exported = tmp_path / "exports" / "family.json"
    exported.parent.mkdir()
    monkeypatch.setattr(data_dialogs, "ask", lambda *args: True)
    monkeypatch.setattr(data_dialogs, "tell", lambda *args, **kwargs: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(EXAMPLE), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(exported), ""))
    old_umask = os.umask(0o022)
    try:
        guardian = shipped_guardian()
        family = guardian.family
        data = guardian.window.show_section("settings").data_settings
        data.import_button.click()  # writes a "before-import" backup, then the household
        data.export_button.click()
        family.pin.set_pin("2468")
        settle()
        with family.data.db.engine.connect() as conn:  # keep a connection so the WAL and shared memory exist
            conn.exec_driver_sql("SELECT 1")
            files = family.data.household_files()
            modes = {str(f.relative_to(family.paths.data)): mode(f) for f in files}
    finally:
        os.umask(old_umask)
    assert len(family.household.children()) == 3
    assert any(name.startswith("backups/") and "before-import" in name for name in modes)
    assert any(name.endswith("-wal") for name in modes)
    assert modes == {name: 0o600 for name in modes}
    assert mode(family.paths.data) == 0o700 and mode(family.paths.backups) == 0o700
    assert mode(exported) == 0o600
    everything = [p for p in family.paths.data.rglob("*")]
    assert {str(p.relative_to(family.paths.data)): mode(p) for p in everything} == {
        str(p.relative_to(family.paths.data)): (0o700 if p.is_dir() else 0o600) for p in everything}
