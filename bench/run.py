"""Catalogue benchmark: how fast the public catalogue pages are next to a trivial endpoint.

What it does, all on this machine (loopback only), bounded in time, cleaning up after itself:

1. a fresh SQLite database and var directory in a temporary folder, production settings;
2. `migrate`, `seed_demo --force --products N --cooperatives M` (demo catalogue plus a large
   benchmark catalogue), `collectstatic`;
3. gunicorn (`config.wsgi`, 2 sync workers) on a free 127.0.0.1 port, waited for on /healthz;
4. for each target a warm-up, then a fixed duration of load from a few keep-alive clients
   (threads + http.client): requests/s, p50/p95 latency, errors;
5. each target's requests/s as a ratio of the baseline's (`/api/v1/status`, a trivial ninja
   endpoint) measured in the same run: ratios are comparable across machines, absolute numbers
   are not;
6. a table on stdout, `bench/results/catalogue-<YYYYMMDD-HHMM>.json` and
   `bench/results/latest.md`; gunicorn is stopped at the end, also on error or Ctrl-C.

Run it with `make bench`, or `.venv/bin/python bench/run.py --help` for the knobs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
HOST = "127.0.0.1"
BASELINE = "/api/v1/status"


@dataclass
class Target:
    name: str
    path: str


@dataclass
class Measure:
    name: str
    path: str
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    errors: int
    statuses: dict[str, int] = field(default_factory=dict)
    mean_bytes: int = 0
    ratio: float | None = None


# --- Setting up -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def django_env(tmp: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        # A benchmark of this checkout alone: no outside cache, database or mail server.
        if key not in {"REDIS_URL", "DATABASE_URL", "EMAIL_URL", "MEDIA_ROOT"}
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
            "COOPLAB_VAR_DIR": str(tmp),
            "ALLOWED_HOSTS": HOST,
            "SECURE_SSL_REDIRECT": "0",
            "DEBUG": "0",
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def manage(args: list[str], env: dict[str, str], log: Path) -> tuple[float, str]:
    """Run a management command; its duration and output. Raises with the log on failure."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"$ manage.py {' '.join(args)}\n{result.stdout}{result.stderr}\n")
    if result.returncode != 0:
        raise RuntimeError(
            f"manage.py {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}"
        )
    return time.perf_counter() - started, result.stdout


def start_gunicorn(
    env: dict[str, str], port: int, workers: int, log: Path
) -> subprocess.Popen[bytes]:
    handle = log.open("ab")
    try:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--workers",
                str(workers),
                "--bind",
                f"{HOST}:{port}",
                "--log-level",
                "warning",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, stopped as a whole at the end
        )
    finally:
        handle.close()


def stop_gunicorn(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # graceful: the master stops its workers
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


def wait_ready(process: subprocess.Popen[bytes], port: int, timeout: float = 60) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited early with code {process.returncode}")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/healthz")
            response = conn.getresponse()
            response.read()
            conn.close()
            if response.status == 200:
                return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError("gunicorn did not answer /healthz in time")


def database_facts(path: Path) -> dict[str, Any]:
    with sqlite3.connect(path) as db:

        def one(sql: str) -> Any:
            row = db.execute(sql).fetchone()
            return row[0] if row else None

        published = (
            "FROM catalog_product p JOIN cooperatives_cooperative c ON c.id = p.cooperative_id"
            " WHERE p.status = 'published' AND c.status = 'verified'"
        )
        fts = one("SELECT name FROM sqlite_master WHERE name = 'catalog_product_fts'")
        return {
            "products": one("SELECT COUNT(*) FROM catalog_product"),
            "published_products": one(f"SELECT COUNT(*) {published}"),  # noqa: S608
            "variants": one("SELECT COUNT(*) FROM catalog_variant"),
            "cooperatives": one("SELECT COUNT(*) FROM cooperatives_cooperative"),
            "search_backend": "sqlite-fts5" if fts else "fallback (no FTS5 table)",
            # A real, published demo product (with a photo, labels and several sizes).
            "detail_slug": one(
                f"SELECT p.slug {published} AND c.slug NOT LIKE 'bench-coop-%'"  # noqa: S608
                " ORDER BY p.id LIMIT 1"
            ),
        }


# --- Load -------------------------------------------------------------------------------------


def _client(port: int, path: str, deadline: float, max_requests: int, out: list[Any]) -> None:
    """One keep-alive client: GET `path` in a loop until the deadline or the request cap."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    headers = {"Accept-Encoding": "identity", "User-Agent": "cooplab-bench"}
    done = 0
    while time.perf_counter() < deadline and done < max_requests:
        started = time.perf_counter()
        try:
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            body = response.read()
            out.append((time.perf_counter() - started, response.status, len(body)))
        except (OSError, http.client.HTTPException):
            out.append((time.perf_counter() - started, 0, 0))
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=30)
        done += 1
    conn.close()


def load(
    port: int, path: str, clients: int, seconds: float, max_requests: int
) -> tuple[list[Any], float]:
    samples: list[list[Any]] = [[] for _ in range(clients)]
    started = time.perf_counter()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=_client, args=(port, path, deadline, max_requests, samples[k]), daemon=True
        )
        for k in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    elapsed = time.perf_counter() - started
    return [sample for client in samples for sample in client], elapsed


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]


def measure(port: int, target: Target, args: argparse.Namespace) -> Measure:
    load(port, target.path, args.clients, args.warmup, args.max_requests)  # warm-up, discarded
    samples, elapsed = load(port, target.path, args.clients, args.duration, args.max_requests)
    latencies = [latency * 1000 for latency, _status, _size in samples]
    statuses: dict[str, int] = {}
    for _latency, status, _size in samples:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    errors = sum(1 for _latency, status, _size in samples if not 200 <= status < 300)
    return Measure(
        name=target.name,
        path=target.path,
        requests=len(samples),
        seconds=round(elapsed, 2),
        rps=round(len(samples) / elapsed, 1) if elapsed else 0.0,
        p50_ms=round(percentile(latencies, 0.50), 1),
        p95_ms=round(percentile(latencies, 0.95), 1),
        max_ms=round(max(latencies), 1) if latencies else float("nan"),
        errors=errors,
        statuses=statuses,
        mean_bytes=int(statistics.fmean(size for _l, _s, size in samples)) if samples else 0,
    )


# --- Report -----------------------------------------------------------------------------------


def table(measures: list[Measure]) -> str:
    lines = [
        "| target | path | req/s | p50 ms | p95 ms | errors | ratio to baseline |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for m in measures:
        ratio = "—" if m.ratio is None else f"{m.ratio:.3f}"
        path = urllib.parse.unquote(m.path)
        lines.append(
            f"| {m.name} | `{path}` | {m.rps:.1f} | {m.p50_ms:.1f} | {m.p95_ms:.1f} |"
            f" {m.errors} | {ratio} |"
        )
    return "\n".join(lines)


def git_commit() -> str:
    try:
        result = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except OSError:
        return "unknown"
    commit = result.stdout.strip() or "unknown"
    return f"{commit}+dirty" if dirty.stdout.strip() else commit


def write_results(report: dict[str, Any], measures: list[Measure]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")  # noqa: DTZ005 - local time in a file name
    json_path = RESULTS / f"catalogue-{stamp}.json"
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    data, timings, config = report["data"], report["timings"], report["config"]
    markdown = f"""# Catalogue benchmark — latest run

{report["started_at"]} · commit `{report["commit"]}` · {report["machine"]["cpus"]} CPUs \
· load average at start {report["machine"]["loadavg_start"]} · Python {report["machine"]["python"]}

Data: {data["products"]} products ({data["published_products"]} published) from \
{data["cooperatives"]} cooperatives, {data["variants"]} sizes; search backend \
{data["search_backend"]}. SQLite, production settings, gunicorn {config["workers"]} sync \
workers; {config["clients"]} keep-alive clients, {config["warmup"]} s warm-up then \
{config["duration"]} s per target.

{table(measures)}

Ratios are requests/s divided by the baseline's (`{BASELINE}`, mean of its runs before and after
the catalogue targets) in this same run; compare ratios across runs and machines, not absolute
numbers. Errors are non-2xx answers or failed connections.

Set-up: migrate {timings["migrate_s"]} s, seed {timings["seed_s"]} s (of which the \
{config["products"]}-product benchmark catalogue {timings["seed_bench_catalogue_s"]} s), \
collectstatic {timings["collectstatic_s"]} s.

Full figures: `{json_path.relative_to(ROOT)}`.
"""
    (RESULTS / "latest.md").write_text(markdown, encoding="utf-8")
    return json_path


# --- Main ---------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--cooperatives", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--clients", type=int, default=4, help="concurrent clients")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per target")
    parser.add_argument("--warmup", type=float, default=2.0, help="warm-up seconds per target")
    parser.add_argument(
        "--max-requests", type=int, default=100_000, help="cap per client and phase"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cooplab-bench-"))
    log = tmp / "bench.log"
    env = django_env(tmp)
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    loadavg = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    process: subprocess.Popen[bytes] | None = None
    try:
        print(f"Working in {tmp} (log: {log})", flush=True)
        migrate_s, _out = manage(["migrate", "--noinput", "-v", "0"], env, log)
        print(f"migrate: {migrate_s:.1f} s", flush=True)
        seed_s, seed_out = manage(
            [
                "seed_demo",
                "--force",
                "--quiet-logins",
                "--products",
                str(args.products),
                "--cooperatives",
                str(args.cooperatives),
            ],
            env,
            log,
        )
        match = re.search(r"created in ([\d.]+) s", seed_out)
        seed_bench_s = float(match.group(1)) if match else None
        print(f"seed_demo: {seed_s:.1f} s (benchmark catalogue: {seed_bench_s} s)", flush=True)
        static_s, _out = manage(["collectstatic", "--noinput", "-v", "0"], env, log)
        print(f"collectstatic: {static_s:.1f} s", flush=True)

        facts = database_facts(tmp / "bench.sqlite3")
        if not facts["detail_slug"]:
            raise RuntimeError("No published demo product to measure the product page with.")
        port = free_port()
        process = start_gunicorn(env, port, args.workers, log)
        ready_s = wait_ready(process, port)
        print(f"gunicorn ready on {HOST}:{port} in {ready_s:.1f} s", flush=True)

        quote = urllib.parse.quote
        baseline = Target("baseline (ninja status)", BASELINE)
        targets = [
            Target("product list", "/fr/products/"),
            Target("product page", f"/fr/products/{facts['detail_slug']}/"),
            Target("search fr", f"/fr/products/?q={quote('huile argan')}"),
            Target("search ar", f"/ar/products/?q={quote('زيت')}"),
        ]
        measures: list[Measure] = []
        baseline_runs: list[Measure] = []
        for target in [baseline, *targets, baseline]:
            result = measure(port, target, args)
            print(
                f"  {result.name:<24} {result.rps:8.1f} req/s  p50 {result.p50_ms:7.1f} ms"
                f"  p95 {result.p95_ms:7.1f} ms  errors {result.errors}",
                flush=True,
            )
            (baseline_runs if target is baseline else measures).append(result)
        base_rps = statistics.fmean(m.rps for m in baseline_runs)
        for m in measures:
            m.ratio = round(m.rps / base_rps, 3) if base_rps else None
        summary = Measure(
            name="baseline (ninja status)",
            path=BASELINE,
            requests=sum(m.requests for m in baseline_runs),
            seconds=round(sum(m.seconds for m in baseline_runs), 2),
            rps=round(base_rps, 1),
            p50_ms=round(statistics.fmean(m.p50_ms for m in baseline_runs), 1),
            p95_ms=round(statistics.fmean(m.p95_ms for m in baseline_runs), 1),
            max_ms=max(m.max_ms for m in baseline_runs),
            errors=sum(m.errors for m in baseline_runs),
            ratio=1.0,
        )
        measures.insert(0, summary)

        report = {
            "started_at": started_at,
            "commit": git_commit(),
            "machine": {
                "platform": platform.platform(),
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "loadavg_start": [round(x, 2) for x in loadavg],
                "loadavg_end": [round(x, 2) for x in os.getloadavg()]
                if hasattr(os, "getloadavg")
                else None,
            },
            "config": {
                "products": args.products,
                "cooperatives": args.cooperatives,
                "workers": args.workers,
                "clients": args.clients,
                "duration": args.duration,
                "warmup": args.warmup,
                "database": "sqlite",
                "settings": "config.settings.production",
            },
            "data": facts,
            "timings": {
                "migrate_s": round(migrate_s, 1),
                "seed_s": round(seed_s, 1),
                "seed_bench_catalogue_s": seed_bench_s,
                "collectstatic_s": round(static_s, 1),
                "gunicorn_ready_s": round(ready_s, 1),
            },
            "baseline_runs": [asdict(m) for m in baseline_runs],
            "targets": [asdict(m) for m in measures],
        }
        json_path = write_results(report, measures)
        print()
        print(table(measures))
        print(f"\nWritten {json_path.relative_to(ROOT)} and bench/results/latest.md")
        return 0
    except (RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"Benchmark failed: {exc}\nSee {log}", file=sys.stderr)
        args.keep = True
        return 1
    finally:
        if process is not None:
            stop_gunicorn(process)
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
