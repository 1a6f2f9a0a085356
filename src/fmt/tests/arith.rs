//! Float arithmetic and int <-> float conversions.

use num_bigint::BigInt;

use super::arith_cases::{
    FLOAT_OP_CASES, INT_DIV_CASES, INT_TO_FLOAT_CASES, RADIX_CASES, ROUND_CASES, ROUND_INT_CASES,
    TRUNC_CASES,
};
use super::show;
use crate::fmt::{
    PowError, bigint_to_f64, float_divmod, float_floor_div, float_mod, float_pow, float_repr,
    float_to_int, float_true_div, int_to_decimal, int_to_radix, int_true_div, round_float,
    round_float_to_int,
};

fn f(text: &str) -> f64 {
    text.parse().expect("float literal")
}

fn big(text: &str) -> BigInt {
    text.parse().expect("int literal")
}

/// Collects mismatches of `(what, got, want)` and fails with all of them.
fn expect_all(rows: impl IntoIterator<Item = (String, String, String)>) {
    let failures: Vec<String> = rows
        .into_iter()
        .filter(|(_, got, want)| got != want)
        .map(|(what, got, want)| format!("{what}: got {got}, want {want}"))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn round_with_ndigits_matches_cpython() {
    expect_all(ROUND_CASES.iter().map(|&(x, n, want)| {
        let got = show(round_float(f(x), n).map(float_repr));
        (format!("round({x}, {n})"), got, want.to_string())
    }));
}

#[test]
fn round_to_int_and_truncation_match_cpython() {
    expect_all(ROUND_INT_CASES.iter().map(|&(x, want)| {
        let got = show(round_float_to_int(f(x)).map(|v| v.to_string()));
        (format!("round({x})"), got, want.to_string())
    }));
    expect_all(TRUNC_CASES.iter().map(|&(x, want)| {
        let got = float_to_int(f(x)).map_or("None".to_string(), |v| v.to_string());
        (format!("int({x})"), got, want.to_string())
    }));
    assert_eq!(float_to_int(f64::INFINITY), None);
    assert_eq!(float_to_int(f64::NAN), None);
}

#[test]
fn float_operators_match_cpython() {
    expect_all(FLOAT_OP_CASES.iter().flat_map(|&(a, b, want)| {
        let (x, y) = (f(a), f(b));
        let pow = match float_pow(x, y) {
            Ok(v) => float_repr(v),
            Err(PowError::Complex) => "complex".to_string(),
            Err(PowError::Error(e)) => show(Err(e)),
        };
        let divmod =
            float_divmod(x, y).map(|(q, r)| format!("{},{}", float_repr(q), float_repr(r)));
        [
            (
                format!("{a} % {b}"),
                show(float_mod(x, y).map(float_repr)),
                want[0],
            ),
            (
                format!("{a} // {b}"),
                show(float_floor_div(x, y).map(float_repr)),
                want[1],
            ),
            (format!("divmod({a}, {b})"), show(divmod), want[2]),
            (
                format!("{a} / {b}"),
                show(float_true_div(x, y).map(float_repr)),
                want[3],
            ),
            (format!("{a} ** {b}"), pow, want[4]),
        ]
        .map(|(what, got, want)| (what, got, want.to_string()))
    }));
}

#[test]
fn int_true_division_matches_cpython() {
    expect_all(INT_DIV_CASES.iter().map(|&(a, b, want)| {
        let got = show(int_true_div(&big(a), &big(b)).map(float_repr));
        (format!("{a} / {b}"), got, want.to_string())
    }));
}

#[test]
fn int_to_float_matches_cpython() {
    expect_all(INT_TO_FLOAT_CASES.iter().map(|&(a, want)| {
        let got = show(bigint_to_f64(&big(a)).map(float_repr));
        (format!("float({a})"), got, want.to_string())
    }));
}

#[test]
fn bin_oct_hex_match_cpython() {
    expect_all(RADIX_CASES.iter().flat_map(|&(a, want)| {
        let x = big(a);
        [2, 8, 16].into_iter().zip(want).map(move |(radix, want)| {
            (
                format!("radix {radix} of {a}"),
                int_to_radix(&x, radix),
                want.to_string(),
            )
        })
    }));
}

#[test]
fn int_to_decimal_has_the_digit_limit() {
    let limit = BigInt::from(10).pow(4300) - 1;
    assert_eq!(int_to_decimal(&limit).map(|s| s.len()), Ok(4300));
    assert_eq!(int_to_decimal(&-&limit).map(|s| s.len()), Ok(4301));
    assert_eq!(
        show(int_to_decimal(&(limit + 1))),
        "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use \
         sys.set_int_max_str_digits() to increase the limit"
    );
    assert_eq!(int_to_decimal(&big("-120")), Ok("-120".to_string()));
}
