#!/usr/bin/env python3
"""Benchmark Coro against CPython on the programs in benches/.

Usage: python3 benches/run.py [--runs N] [--coro PATH] [--python PATH] [BENCH.py ...]

For each benchmark (default: every benches/*.py except this script), runs
`coro run BENCH.py` and `python3 BENCH.py` N times each (default 5), and prints
one table row: median wall-clock time of each, the ratio coro/python3, and the
peak resident set size of each (the largest over the N runs).

Coro's path comes from --coro, else $CORO, else target/release/coro relative
to the repository root. If it is missing, the script says so and exits 2.

Peak RSS: when GNU time is installed at /usr/bin/time, each run goes
through `/usr/bin/time -f %M -o FILE`, which reports the child's own peak RSS
(kilobytes). Otherwise the runner takes ru_maxrss from os.wait4() for that
child; but Linux carries the parent's high-water mark across fork/vfork and
exec, so that figure is at least this runner's own RSS (about 15 MiB) and is
marked with ">=" when it may be that floor. getrusage(RUSAGE_CHILDREN) has the
same floor and is a maximum over all children, so it is not used.

Both interpreters must print the same stdout; every run is compared with the
first python3 run, and any difference (or a non-zero exit status) is reported
as MISMATCH/FAILED in the table and makes the script exit 1.
Wall time includes process start-up, for both interpreters alike.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


GNU_TIME = "/usr/bin/time"
HAVE_TIME = os.path.isfile(GNU_TIME) and os.access(GNU_TIME, os.X_OK)
FLOOR = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)


def run_once(argv, cwd):
    """Run argv; return (seconds, peak_rss_bytes, exit_status, stdout, stderr)."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as rss_file:
        full = [GNU_TIME, "-f", "%M", "-o", rss_file.name] + argv if HAVE_TIME else argv
        t0 = time.perf_counter()
        p = subprocess.Popen(full, cwd=cwd, stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL)
        out = p.stdout.read()
        p.stdout.close()
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
        rss = None
        if HAVE_TIME:
            lines = [l for l in rss_file.read().split() if l.isdigit()]
            rss = int(lines[-1]) * 1024 if lines else None
        if rss is None:
            rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return elapsed, rss, p.returncode, out, stderr


def measure(argv, cwd, runs):
    times, peak, results = [], 0, []
    for _ in range(runs):
        t, rss, code, out, err = run_once(argv, cwd)
        times.append(t)
        peak = max(peak, rss)
        results.append((code, out, err))
    return statistics.median(times), peak, results


def mib(n):
    text = f"{n / (1024 * 1024):.1f}"
    return text if HAVE_TIME or n > FLOOR * 1.1 else ">=" + text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="runs per interpreter (default 5)")
    ap.add_argument("--coro", default=os.environ.get("CORO") or os.path.join(ROOT, "target", "release", "coro"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("benches", nargs="*", help="benchmark files (default: benches/*.py)")
    args = ap.parse_args()

    coro = os.path.abspath(args.coro)
    if not (os.path.isfile(coro) and os.access(coro, os.X_OK)):
        print(f"coro not found at {coro}: build it with `cargo build --release`, "
              f"or point $CORO / --coro at the binary", file=sys.stderr)
        sys.exit(2)

    benches = args.benches or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE)
        if f.endswith(".py") and f != os.path.basename(__file__))
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    header = f"{'benchmark':<16} {'coro s':>8} {'python3 s':>10} {'ratio':>7} {'coro MiB':>9} {'py MiB':>8}  check"
    print(header)
    print("-" * len(header))
    bad = 0
    for path in benches:
        path = os.path.abspath(path)
        cwd, name = os.path.dirname(path), os.path.basename(path)
        py_t, py_rss, py_res = measure([args.python, name], cwd, args.runs)
        co_t, co_rss, co_res = measure([coro, "run", name], cwd, args.runs)
        expected = py_res[0][1]
        problems = []
        if any(code != 0 for code, _, _ in py_res):
            problems.append("python3 FAILED")
        if any(code != 0 for code, _, _ in co_res):
            problems.append("coro FAILED")
        if any(out != expected for _, out, _ in py_res):
            problems.append("python3 output varies")
        if any(out != expected for code, out, _ in co_res if code == 0):
            problems.append("MISMATCH")
        check = "ok" if not problems else "*** " + ", ".join(problems) + " ***"
        ratio = co_t / py_t if py_t > 0 else float("inf")
        print(f"{os.path.splitext(name)[0]:<16} {co_t:>8.3f} {py_t:>10.3f} {ratio:>7.2f} "
              f"{mib(co_rss):>9} {mib(py_rss):>8}  {check}")
        if problems:
            bad += 1
            for label, res in (("python3", py_res[0]), ("coro", co_res[0])):
                code, out, err = res
                print(f"    {label}: exit {code}, stdout {out[:200]!r}", file=sys.stderr)
                if err:
                    print(f"    {label} stderr: {err[-400:].decode(errors='replace')}", file=sys.stderr)
    how = "GNU time %M" if HAVE_TIME else "wait4 ru_maxrss (floor: this runner's RSS)"
    print(f"\n{args.runs} runs each; times are medians of wall-clock time; memory is peak RSS via {how}.")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
