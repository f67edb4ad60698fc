"""The log file is rotated at start once it is too big, keeping a few older files; a small one is appended to."""

from __future__ import annotations

from guardian.logs import rotate


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
