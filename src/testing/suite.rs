//! `coro test`: runs golden cases in parallel, reports diffs in a stable
//! order, and can bless expectations or check them against python3.

use super::{Case, Outcome, check, diff, discover, run_case, run_python};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How to run a suite.
pub struct SuiteOptions {
    /// Only cases whose name contains this.
    pub filter: Option<String>,
    /// Write the actual output into the expectation files.
    pub bless: bool,
    pub jobs: usize,
    pub timeout: Duration,
    /// Also compare each expectation with this interpreter's output (`python3`).
    pub oracle: Option<String>,
}

enum Verdict {
    Pass,
    Fail(String),
    Timeout,
    Blessed,
}

/// Runs the suites under `paths`; returns the report and whether all passed.
pub fn run_suite(paths: &[PathBuf], opts: &SuiteOptions) -> (String, bool) {
    let mut cases = Vec::new();
    for p in paths {
        cases.extend(collect(p, opts.bless, opts.filter.as_deref()));
    }
    if let Some(f) = &opts.filter {
        cases.retain(|c| c.name.contains(f.as_str()));
    }
    let verdicts: Vec<Mutex<Option<Verdict>>> = cases.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..opts.jobs.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(case) = cases.get(i) else { break };
                    let v = judge(case, opts);
                    if let Ok(mut slot) = verdicts[i].lock() {
                        *slot = Some(v);
                    }
                }
            });
        }
    });
    let (mut passed, mut failed, mut blessed) = (0, 0, 0);
    let mut report = String::new();
    for (case, v) in cases.iter().zip(verdicts) {
        match v.into_inner().ok().flatten() {
            Some(Verdict::Pass) => passed += 1,
            Some(Verdict::Blessed) => {
                blessed += 1;
                let _ = writeln!(report, "BLESSED {}", case.name);
            }
            Some(Verdict::Timeout) => {
                failed += 1;
                let _ = writeln!(
                    report,
                    "TIMEOUT {} (over {} s)",
                    case.name,
                    opts.timeout.as_secs_f64()
                );
            }
            Some(Verdict::Fail(why)) => {
                failed += 1;
                let _ = writeln!(report, "FAIL {}\n{why}", case.name);
            }
            None => {
                failed += 1;
                let _ = writeln!(report, "FAIL {} (the runner stopped)", case.name);
            }
        }
    }
    let _ = write!(report, "{passed} passed, {failed} failed");
    if blessed > 0 {
        let _ = write!(report, ", {blessed} blessed");
    }
    report.push('\n');
    (report, failed == 0)
}

/// A file is one case; a folder is every case under it (with `bless`, also
/// scripts that have no expectation yet, if `filter` selects them).
fn collect(path: &Path, bless: bool, filter: Option<&str>) -> Vec<Case> {
    if path.is_file() {
        let root = path.parent().unwrap_or(Path::new("."));
        return with_new(root, bless, &|s| s == path)
            .into_iter()
            .filter(|c| c.script == path)
            .collect();
    }
    let selected = |s: &Path| {
        let name = s.strip_prefix(path).unwrap_or(s).with_extension("");
        filter.is_none_or(|f| name.to_string_lossy().replace('\\', "/").contains(f))
    };
    with_new(path, bless, &selected)
}

/// The cases under `root`; blessing first gives each selected script that
/// has no `.out` yet an empty one, so that it becomes a case.
fn with_new(root: &Path, bless: bool, selected: &dyn Fn(&Path) -> bool) -> Vec<Case> {
    if !bless {
        return discover(root);
    }
    let mut scripts = Vec::new();
    find_scripts(root, &mut scripts);
    for s in scripts.into_iter().filter(|s| selected(s)) {
        let out = s.with_extension("out");
        if !out.exists() {
            let _ = std::fs::write(&out, b"");
        }
    }
    discover(root)
}

fn find_scripts(dir: &Path, into: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            find_scripts(&p, into);
        } else if p.extension().is_some_and(|x| x == "py") && !super::is_module(&p) {
            into.push(p);
        }
    }
}

fn judge(case: &Case, opts: &SuiteOptions) -> Verdict {
    let Some(outcome) = run_case(case, &case.options(), opts.timeout) else {
        return Verdict::Timeout;
    };
    if opts.bless {
        return bless(case, &outcome);
    }
    let mut problems = String::new();
    if let Err(why) = check(case, &outcome) {
        problems.push_str(&why);
    }
    if opts.oracle.is_some() && !case.coro_only && case.expected_err.is_none() {
        match run_python(case) {
            Some(Ok(out)) => {
                let expected = std::fs::read(&case.expected_out).unwrap_or_default();
                if out.stdout != expected {
                    problems.push_str("the expectation differs from python3's output:\n");
                    problems.push_str(&diff("stdout (python3 as actual)", &expected, &out.stdout));
                }
            }
            Some(Err(e)) => problems.push_str(&format!("cannot run python3: {e}\n")),
            None => problems.push_str("python3 is not installed\n"),
        }
    }
    if problems.is_empty() {
        Verdict::Pass
    } else {
        Verdict::Fail(problems)
    }
}

fn bless(case: &Case, got: &Outcome) -> Verdict {
    let unchanged = check(case, got).is_ok();
    let _ = std::fs::write(&case.expected_out, &got.stdout);
    let err_path = case.script.with_extension("err");
    if got.status != 0 {
        let _ = std::fs::write(&err_path, &got.stderr);
    } else if err_path.exists() {
        let _ = std::fs::remove_file(&err_path);
    }
    if unchanged {
        Verdict::Pass
    } else {
        Verdict::Blessed
    }
}
