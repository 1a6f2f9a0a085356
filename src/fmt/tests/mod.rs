//! Tests for `crate::fmt`. Every expectation was printed by CPython 3.11.

mod arith;
mod arith_cases;
mod float_cases;
mod format;
mod int_cases;
mod misc_cases;
mod repr_parse;
mod str_cases;

use crate::fmt::{ErrorKind, NumError};

/// Renders a result the way the case tables spell it: the value, or
/// `!ExceptionName: message`.
pub(super) fn show(r: Result<String, NumError>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => {
            let kind = match e.kind {
                ErrorKind::ValueError => "ValueError",
                ErrorKind::OverflowError => "OverflowError",
                ErrorKind::ZeroDivisionError => "ZeroDivisionError",
                ErrorKind::MemoryError => "MemoryError",
            };
            format!("!{kind}: {}", e.message)
        }
    }
}

/// Runs every row through `f` and reports all mismatches at once.
pub(super) fn check_table(cases: &[(&str, &str, &str)], f: impl Fn(&str, &str) -> String) {
    let mut failures = Vec::new();
    for &(value, spec, expected) in cases {
        let got = f(value, spec);
        if got != expected {
            failures.push(format!(
                "format({value:?}, {spec:?}): got {got:?}, want {expected:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
