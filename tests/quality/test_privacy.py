"""Privacy gates, checked where they cannot be argued with: the operating system sees no network socket while
Guardian starts and shows every page, Qt's network module is never loaded, and what Guardian writes is readable
by the user only."""

from __future__ import annotations

import builtins
import os
import re
import shutil
import stat
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from app_walk import views

STRACE = shutil.which("strace") or ("/usr/bin/strace" if Path("/usr/bin/strace").exists() else None)
# socket(AF_INET, ...) and connect(fd, {sa_family=AF_INET6, ...}, ...); AF_UNIX (X11, D-Bus) and AF_NETLINK are local
NETWORK_CALL = re.compile(r"\b(socket\(AF_INET6?\b|connect\(\d+, \{sa_family=AF_INET6?\b)")


def traced(command: list[str], log: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([STRACE, "-f", "-qq", "-e", "trace=connect,socket", "-o", str(log), *command],
                          capture_output=True, text=True, timeout=timeout)


def network_calls(log: Path) -> list[str]:
    return [line.strip() for line in log.read_text(errors="replace").splitlines() if NETWORK_CALL.search(line)]


@pytest.fixture(scope="module")
def strace_works(tmp_path_factory):
    if STRACE is None:
        pytest.skip("strace is not installed")
    log = tmp_path_factory.mktemp("strace") / "probe.txt"
    probe = traced([sys.executable, "-c", "pass"], log)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here (no ptrace permission?): {probe.stderr.strip()[:200]}")
    return STRACE


def test_the_strace_gate_sees_an_internet_socket_and_ignores_a_local_one(strace_works, tmp_path):
    code = ("import socket\n"
            "socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()\n"
            "socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()\n")
    log = tmp_path / "probe.txt"
    assert traced([sys.executable, "-c", code], log).returncode == 0
    found = network_calls(log)
    assert len(found) == 1 and "AF_INET6" in found[0]


def guardian_commands(root: Path) -> list[tuple[str, list[str]]]:
    listed = subprocess.run([sys.executable, "-m", "guardian", "screenshot", "--list"],
                            capture_output=True, text=True, timeout=60, check=True)
    pages = listed.stdout.split()
    assert pages, "guardian screenshot --list printed no pages"
    commands = [("startup", ["--data-dir", str(root / "startup"), "--quit-after-startup"])]
    commands += [(f"screenshot {page}", ["--data-dir", str(root / page), "screenshot", page,
                                         "--out", str(root / f"{page}.png")]) for page in pages]
    return commands


def test_no_internet_socket_is_opened_at_startup_or_on_any_page(strace_works, tmp_path):
    def run(item):
        name, args = item
        log = tmp_path / f"strace-{name.replace(' ', '-')}.txt"
        result = traced([sys.executable, "-m", "guardian", *args], log)
        return name, result, network_calls(log)

    failures = []
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        for name, result, calls in pool.map(run, guardian_commands(tmp_path)):
            if result.returncode != 0:
                failures.append(f"{name}: exit {result.returncode}: {result.stderr.strip()[-300:]}")
            failures += [f"{name}: {call}" for call in calls]
    assert not failures, "network use or failure:\n" + "\n".join(failures)


def test_no_guardian_module_loads_qt_network_while_every_page_is_shown(shipped_guardian, monkeypatch):
    loaded_before = "PySide6.QtNetwork" in sys.modules
    importers: list[str] = []
    real_import = builtins.__import__

    def watching_import(name, globals=None, locals=None, fromlist=(), level=0):
        if "QtNetwork" in name or "QtNetwork" in (fromlist or ()):
            importers.append((globals or {}).get("__name__", "?"))
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", watching_import)
    guardian = shipped_guardian()
    for _ in views(guardian):
        pass
    for language in ("lv", "kk", "ru", "en"):
        guardian.switch_language(language)
    monkeypatch.setattr(builtins, "__import__", real_import)

    assert [m for m in importers if m == "guardian" or m.startswith("guardian.")] == []
    if not loaded_before:
        assert "PySide6.QtNetwork" not in sys.modules
        maps = Path("/proc/self/maps")
        if maps.exists():
            assert "libQt6Network" not in maps.read_text()


def reachable_by_others(path: Path, root: Path) -> bool:
    """Whether another user could open `path`: every folder from `root` down must let them through."""
    folder = path.parent
    while True:
        if not stat.S_IMODE(folder.stat().st_mode) & 0o011:
            return False
        if folder == root:
            return bool(stat.S_IMODE(path.stat().st_mode) & 0o044)
        folder = folder.parent


def test_what_guardian_writes_is_readable_by_the_user_only(shipped_guardian, data_dir):
    old_umask = os.umask(0o022)  # a usual desktop umask: files 0644 unless Guardian says otherwise
    try:
        guardian = shipped_guardian()
        guardian.boot.settings.set("theme", "dark")
        guardian.window.close()
    finally:
        os.umask(old_umask)
    paths = guardian.boot.paths
    for folder in (paths.data, paths.config, paths.logs, paths.cache):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(paths.settings_file.stat().st_mode) == 0o600
    written = [p for p in data_dir.rglob("*") if p.is_file()]
    assert paths.settings_file in written and paths.ui_state_file in written and paths.log_file in written
    assert [str(p.relative_to(data_dir)) for p in written if reachable_by_others(p, data_dir)] == []
