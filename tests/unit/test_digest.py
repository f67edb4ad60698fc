"""The built-in SHA-256 gives hashlib's digest, and content revisions do not load OpenSSL."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from guardian.digest import sha256_hex


def test_the_built_in_digest_is_sha256():
    for data in (b"", b"abc", "Latviešu ā ķ, қазақ ә ө".encode(), bytes(range(256)) * 1000):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_content_revisions_do_not_load_openssl(tmp_path):
    english = tmp_path / "a.md"
    english.write_text("+++\ntitle = 'x'\n+++\nText\n", encoding="utf-8")
    probe = ("import sys; from pathlib import Path; from guardian.content.frontmatter import revision; "
             f"revision(Path({str(english)!r})); print('_hashlib' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
