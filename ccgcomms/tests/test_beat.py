"""Celery beat starts on a fresh production machine: DATABASE_URL and REDIS_URL set, and no
VAR_DIR yet (only the embedded run creates it). It keeps its schedule file there."""

import os
import subprocess
import sys
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def _production_env(var_dir: Path) -> dict[str, str]:
    ours = {"DATABASE_URL", "REDIS_URL", "DEBUG", "VAR_DIR", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in ours}
    return {
        **clean,
        "DEBUG": "False",
        "SECRET_KEY": "x7!kq2@v9#m4$pz8^w1&e5*r3(t6)y0_u-i+o=a[s]d{f}g|h;j:k<l>zxcvbn",
        "ALLOWED_HOSTS": "comms.example.nhs.uk",
        # The real services when the suite has them; beat needs neither to start.
        "DATABASE_URL": os.getenv("DATABASE_URL") or "postgres://portal@127.0.0.1:1/portal",
        "REDIS_URL": os.getenv("REDIS_URL") or "redis://127.0.0.1:1/0",
        "VAR_DIR": str(var_dir),
    }


def test_beat_starts_without_var_dir_and_keeps_its_schedule_there(tmp_path):
    var_dir, log = tmp_path / "var-not-created-yet", tmp_path / "beat.log"
    with log.open("w") as out:  # a file, not a pipe: a long traceback must not block beat
        beat = subprocess.Popen(  # noqa: S603 (our own command line)
            [sys.executable, "-m", "celery", "-A", "ccgcomms", "beat", "--loglevel=INFO"],
            cwd=BASE_DIR,
            env=_production_env(var_dir),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60  # Django and Celery start slowly on a busy machine
        while time.monotonic() < deadline and beat.poll() is None:
            if list(var_dir.glob("celerybeat-schedule*")):
                break
            time.sleep(0.2)
        time.sleep(2)  # running, not about to exit
        exited = beat.poll()
    finally:
        beat.terminate()
        beat.wait(timeout=20)
    output = log.read_text()
    assert exited is None, f"beat exited with {exited}:\n{output}"
    assert list(var_dir.glob("celerybeat-schedule*")), output
    assert "beat: Starting..." in output
