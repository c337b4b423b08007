"""Load benchmark, loopback only and bounded in time: gunicorn (2 workers), a Celery worker and
beat, Postgres and Redis, with a busy year for six CCGs (bench/load_data.py), driven by locust
(bench/locustfile.py) at each user count. Prints requests per second, p50/p95/p99 and errors per
page, and the ratio of the slowest page's p95 to /healthz's p95 in the same run (goal: no errors,
ratio <= 5). Uses the database in DATABASE_URL as its own (created and migrated here).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ccg_load REDIS_URL=redis://127.0.0.1:6379/15 \\
        .venv/bin/python bench/load.py --users 10 20 50 --run-time 45
"""

import argparse
import csv
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SETUP_PAGES = ("/login/ (once per user)",)  # one sign-in per user at the start, not a page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, nargs="+", default=[10, 20, 50])
    parser.add_argument("--run-time", type=int, default=45, help="seconds measured per level")
    parser.add_argument(
        "--sign-in-time", type=int, default=40, help="seconds for all users to sign in first"
    )
    parser.add_argument("--scale", type=float, default=1.0, help="data volume (1 = 20,000 items)")
    args = parser.parse_args()
    env = bench_env()
    work = Path(tempfile.mkdtemp(prefix="ccg-load-"))
    processes: list[subprocess.Popen] = []
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # so `finally` stops the children
    try:
        create_database(env["DATABASE_URL"])
        run([BIN / "python", "bench/load_data.py", "--scale", str(args.scale)], env)
        run([BIN / "python", "manage.py", "collectstatic", "--no-input", "-v", "0"], env)
        port = free_port()
        processes += start_services(env, port, work)
        wait_until_up(port, processes)
        results = {}
        for users in args.users:
            print(f"\n{users} users for {args.run_time} s ...", flush=True)
            results[users] = run_locust(env, port, users, args.run_time + args.sign_in_time, work)
            report(users, results[users], work)
    finally:
        for process in reversed(processes):
            stop(process)


def bench_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DATABASE_URL", "").startswith("postgres") or not env.get("REDIS_URL"):
        sys.exit("Set DATABASE_URL (Postgres, this benchmark's own database) and REDIS_URL.")
    env.update(
        DEBUG="False",
        SECRET_KEY=env.get("SECRET_KEY") or "load-bench-only-not-secret-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        # Plain HTTP on the loopback: no redirect to https, cookies without the Secure flag.
        SECURE_SSL_REDIRECT="False",
        SESSION_COOKIE_SECURE="False",
        CSRF_COOKIE_SECURE="False",
        SECURE_HSTS_SECONDS="0",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        LOG_LEVEL="WARNING",
        PYTHONPATH=str(ROOT / "bench"),
    )
    return env


def create_database(url: str) -> None:
    import psycopg2

    base, _, name = url.rpartition("/")
    conn = psycopg2.connect(f"{base}/postgres")
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()


def run(command: list, env: dict) -> None:
    subprocess.run([str(part) for part in command], cwd=ROOT, env=env, check=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_services(env: dict, port: int, work: Path) -> list[subprocess.Popen]:
    schedule = work / "celerybeat-schedule"
    commands = {
        "gunicorn": f"{BIN}/gunicorn ccgcomms.wsgi -b 127.0.0.1:{port} --workers 2 --timeout 30",
        "worker": f"{BIN}/celery -A ccgcomms worker --loglevel=WARNING --concurrency=1",
        "beat": f"{BIN}/celery -A ccgcomms beat --loglevel=WARNING --schedule {schedule}",
    }
    started = []
    for name, command in commands.items():
        log = (work / f"{name}.log").open("w")
        started.append(
            subprocess.Popen(
                command.split(),  # no spaces in these paths: mkdtemp and the venv's
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl+C reaches us only; we stop them in order
            )
        )
        print(f"started {name} (pid {started[-1].pid}), log {log.name}")
    return started


def wait_until_up(port: int, processes: list, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            sys.exit("A service stopped at start; see its log above.")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return
        except urllib.error.HTTPError:
            return  # answering (503 while the worker's first heartbeat is due)
        except OSError:
            time.sleep(0.5)
    sys.exit("gunicorn did not answer /healthz within a minute.")


def run_locust(env: dict, port: int, users: int, seconds: int, work: Path) -> list[dict]:
    prefix = work / f"u{users}"
    command = [BIN / "locust", "-f", ROOT / "bench" / "locustfile.py", "--headless",
               "-u", users, "-r", users, "--run-time", f"{seconds}s", "--stop-timeout", "10",
               "--host", f"http://127.0.0.1:{port}", "--csv", prefix, "--only-summary",
               "--loglevel", "WARNING", "--exit-code-on-error", "0"]  # fmt: skip
    with (work / f"locust-u{users}.log").open("w") as log:  # its own summary: see the table
        subprocess.run(
            [str(p) for p in command], cwd=ROOT, env=env, check=True, timeout=seconds + 60,
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    with open(f"{prefix}_stats.csv", newline="") as handle:
        return list(csv.DictReader(handle))


def report(users: int, rows: list[dict], work: Path) -> None:
    print(f"\n| {users} users | req/s | p50 ms | p95 ms | p99 ms | requests | errors |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in rows:
        if row["Request Count"] == "0":
            continue  # the sign-in, before the statistics were reset
        print(
            f"| {row['Type']} {row['Name']} | {float(row['Requests/s']):.1f} | {row['50%']} "
            f"| {row['95%']} | {row['99%']} | {row['Request Count']} | {row['Failure Count']} |"
        )
    pages = [r for r in rows if r["Name"] not in ("Aggregated", "/healthz", *SETUP_PAGES)]
    if not any(r["Name"] in SETUP_PAGES and r["Request Count"] != "0" for r in rows):
        print(f"(statistics from after every user had signed in; logs in {work})")
    else:
        print(f"NOT ALL USERS SIGNED IN within --sign-in-time: this includes the sign-ins ({work})")
    health = next((r for r in rows if r["Name"] == "/healthz"), None)
    errors = sum(int(r["Failure Count"]) for r in rows if r["Name"] != "Aggregated")
    if pages and health and float(health["95%"]) > 0:
        slowest = max(pages, key=lambda r: float(r["95%"]))
        ratio = float(slowest["95%"]) / float(health["95%"])
        verdict = "met" if ratio <= 5 and errors == 0 else "MISSED"
        print(
            f"\nslowest page p95 / /healthz p95 = {slowest['95%']} / {health['95%']} ms "
            f"= {ratio:.1f} ({slowest['Name']}); errors {errors}; goal (0 errors, <= 5) {verdict}"
        )


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # gunicorn and celery finish what they run
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    main()
