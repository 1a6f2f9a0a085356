//! `repr(float)`, `int(str, base)` and `float(str)`.

use num_bigint::BigInt;

use super::misc_cases::{PARSE_FLOAT_CASES, PARSE_INT_CASES, REPR_CASES};
use crate::fmt::{IntParseError, float_repr, parse_float, parse_int};

#[test]
fn float_repr_matches_cpython() {
    let mut failures = Vec::new();
    for &(bits, want) in REPR_CASES {
        let got = float_repr(f64::from_bits(bits));
        if got != want {
            failures.push(format!("{bits:#018x}: got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A deterministic xorshift64 stream of f64 bit patterns.
fn xorshift(seed: u64) -> impl Iterator<Item = u64> {
    let mut state = seed;
    std::iter::repeat_with(move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    })
}

#[test]
fn float_repr_round_trips() {
    for bits in xorshift(0x9e37_79b9_7f4a_7c15).take(5000) {
        let x = f64::from_bits(bits);
        let text = float_repr(x);
        let back: f64 = text.parse().expect("repr parses");
        if x.is_nan() {
            assert!(back.is_nan(), "{text}");
        } else {
            assert_eq!(back.to_bits(), x.to_bits(), "{text}");
        }
        assert_eq!(
            parse_float(&text).map(f64::to_bits),
            Some(back.to_bits()),
            "{text}"
        );
    }
}

#[test]
fn parse_int_matches_cpython() {
    let mut failures = Vec::new();
    for &(text, base, want) in PARSE_INT_CASES {
        let got = match parse_int(text, base) {
            Ok(v) => v.to_string(),
            Err(_) => "!".to_string(),
        };
        if got != want {
            failures.push(format!("int({text:?}, {base}): got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn parse_int_limits() {
    let long = "1".repeat(4301);
    match parse_int(&long, 10) {
        Err(IntParseError::Error(e)) => assert_eq!(
            e.message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        ),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        parse_int(&"1".repeat(4300), 10).map(|v| v.bits() > 0),
        Ok(true)
    );
    let binary = "1".repeat(5000);
    assert_eq!(parse_int(&binary, 2), Ok((BigInt::from(1) << 5000) - 1));
    match parse_int("1", 37) {
        Err(IntParseError::Error(e)) => {
            assert_eq!(e.message, "int() base must be >= 2 and <= 36, or 0")
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(parse_int("1", 1), Err(IntParseError::Error(_))));
}

#[test]
fn parse_float_matches_cpython() {
    let mut failures = Vec::new();
    for &(text, want) in PARSE_FLOAT_CASES {
        let got = match parse_float(text) {
            Some(v) => float_repr(v),
            None => "!".to_string(),
        };
        if got != want {
            failures.push(format!("float({text:?}): got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Exact decimal ties between two shortest candidates: CPython keeps the
/// even digit where Rust's shortest output rounds up.
#[test]
fn float_repr_breaks_exact_ties_to_even() {
    let cases = [
        (0x42d6850187ba0908, "99042048534564.12"),
        (0x43094d93e66ef3b2, "890271504916086.2"),
        (0x42eb056ad39e9d4c, "237680648320234.38"),
        (0x42e78e89c19b263c, "207207711693105.88"),
        (0x42ed0d2e4a89f454, "255539587338146.62"),
        (0x430e644a180c7986, "1069314836893488.8"),
        (0x4306f6fea4649c4e, "808002878477193.8"),
    ];
    for (bits, want) in cases {
        assert_eq!(float_repr(f64::from_bits(bits)), want);
    }
}
