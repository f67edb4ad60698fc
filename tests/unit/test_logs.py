"""The log file is rotated at start once it is too big, keeping a few older files; a small one is appended to."""

from __future__ import annotations

import logging

from guardian.logs import rotate, setup_logging
from guardian.paths import Paths


def test_a_small_log_is_kept_and_a_big_one_moves_up(tmp_path):
    log = tmp_path / "guardian.log"
    rotate(log)  # no log yet: nothing happens
    log.write_text("small\n")
    rotate(log, max_bytes=100)
    assert log.read_text() == "small\n"
    for n in range(5):
        log.write_text(f"run {n}\n" + "x" * 200)
        rotate(log, max_bytes=100, keep=3)
        assert not log.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["guardian.log.1", "guardian.log.2", "guardian.log.3"]
    assert (tmp_path / "guardian.log.1").read_text().startswith("run 4")
    assert (tmp_path / "guardian.log.3").read_text().startswith("run 2")


def test_a_log_folder_that_cannot_be_made_logs_warnings_to_standard_error(tmp_path, capsys):
    (tmp_path / "root").write_text("a file where the folders should be", encoding="utf-8")
    paths = Paths.under(tmp_path / "root")
    assert len(paths.ensure()) == 4  # data, config, logs, cache: each named, none raises
    setup_logging(paths)
    try:
        logging.getLogger("guardian.test").info("not shown")
        logging.getLogger("guardian.test").warning("shown")
        assert capsys.readouterr().err.strip().endswith("WARNING guardian.test: shown")
    finally:
        setup_logging(Paths.under(tmp_path / "elsewhere"))  # the next tests log to a file again
