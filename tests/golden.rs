//! Runs every golden case under `tests/golden` through the same engine as
//! `coro test` (in process, on the virtual clock unless a case opts out), and,
//! where python3 is installed, under python3 too: the expectations must be
//! CPython's output. `cargo test --test golden -- gather` filters by name.

use coro::testing::{Case, check, discover, run_case, run_python};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;
use std::time::Duration;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut trials = Vec::new();
    for case in discover(&root) {
        let c = case.clone();
        trials.push(Trial::test(format!("coro::{}", case.name), move || {
            run_coro(&c)
        }));
        if !case.coro_only && case.expected_err.is_none() {
            let c = case.clone();
            trials.push(Trial::test(format!("python3::{}", case.name), move || {
                run_oracle(&c)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn run_coro(case: &Case) -> Result<(), Failed> {
    let Some(outcome) = run_case(case, &case.options(), Duration::from_secs(20)) else {
        return Err("TIMEOUT after 20 s".into());
    };
    check(case, &outcome).map_err(Failed::from)
}

fn run_oracle(case: &Case) -> Result<(), Failed> {
    let Some(out) = run_python(case) else {
        return Ok(());
    };
    let out = out.map_err(|e| Failed::from(format!("cannot run python3: {e}")))?;
    let expected = std::fs::read(&case.expected_out).unwrap_or_default();
    if out.stdout != expected {
        return Err(
            coro::testing::diff("stdout (python3 as actual)", &expected, &out.stdout).into(),
        );
    }
    Ok(())
}
