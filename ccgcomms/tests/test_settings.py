"""Production settings pass Django's deployment checks; the run modes follow the env vars."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "False",
    "SECRET_KEY": "x7!kq2@v9#m4$pz8^w1&e5*r3(t6)y0_u-i+o=a[s]d{f}g|h;j:k<l>zxcvbn",
    "ALLOWED_HOSTS": "comms.example.nhs.uk",
    "DATABASE_URL": "postgres://portal@db.example/portal",
    "REDIS_URL": "redis://redis.example:6379/0",
}


def _manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    # Only the variables under test: not the CI's services, the browser tests' async switch, nor
    # the test run's own key and plain HTTP (tests/environment.py).
    ours = {
        *("DATABASE_URL", "REDIS_URL", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"),
        *("SECRET_KEY", "SECURE_SSL_REDIRECT"),
    }
    clean = {k: v for k, v in os.environ.items() if k not in ours}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = _manage("check", env=env)
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_debug_is_off_unless_the_environment_turns_it_on():
    code = "from django.conf import settings as s; print(s.DEBUG)"
    assert _manage("shell", "--no-imports", "-c", code, env={"SECRET_KEY": "k"}).stdout == "False\n"
    assert _manage("shell", "--no-imports", "-c", code, env={"DEBUG": "true"}).stdout == "True\n"


def test_no_variables_but_debug_means_sqlite_and_a_serverless_broker():
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CELERY_BROKER_URL)"
    )
    result = _manage("shell", "--no-imports", "-c", code, env={"DEBUG": "true"})
    assert result.stdout.split() == ["django.db.backends.sqlite3", "filesystem://"]


def test_database_and_redis_urls_select_postgres_and_redis():
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CELERY_BROKER_URL)"
    )
    env = {"DATABASE_URL": "postgres://u@h/db", "REDIS_URL": "redis://h:6379/1", "DEBUG": "true"}
    result = _manage("shell", "--no-imports", "-c", code, env=env)
    assert result.stdout.split() == ["django.db.backends.postgresql", "redis://h:6379/1"]


def test_the_embedded_run_starts_in_a_fresh_clone_without_var(tmp_path):
    var = tmp_path / "fresh-var"
    result = _manage("migrate", "--no-input", "-v0", env={"VAR_DIR": str(var), "DEBUG": "true"})
    assert result.returncode == 0, result.stderr
    assert (var / "db.sqlite3").exists() and (var / "celery-queue").is_dir()
