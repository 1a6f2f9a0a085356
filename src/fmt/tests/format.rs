//! `format(value, spec)` against tables printed by CPython.

use num_bigint::BigInt;

use super::float_cases::FLOAT_CASES;
use super::int_cases::INT_CASES;
use super::str_cases::STR_CASES;
use super::{check_table, show};
use crate::fmt::{FormatSpec, format_float, format_i64, format_int, format_str};

fn float_case(value: &str, spec: &str) -> String {
    let x: f64 = value.parse().expect("float literal");
    show(FormatSpec::parse(spec, "float").and_then(|s| format_float(x, &s)))
}

#[test]
fn float_format_matches_cpython() {
    check_table(FLOAT_CASES, float_case);
}

#[test]
fn int_format_matches_cpython() {
    check_table(INT_CASES, |value, spec| {
        let x: BigInt = value.parse().expect("int literal");
        show(FormatSpec::parse(spec, "int").and_then(|s| format_int(&x, &s)))
    });
}

#[test]
fn i64_fast_path_agrees_with_bigint() {
    check_table(INT_CASES, |value, spec| {
        let Ok(x) = value.parse::<i64>() else {
            let x: BigInt = value.parse().expect("int literal");
            return show(FormatSpec::parse(spec, "int").and_then(|s| format_int(&x, &s)));
        };
        show(FormatSpec::parse(spec, "int").and_then(|s| format_i64(x, &s)))
    });
}

#[test]
fn str_format_matches_cpython() {
    check_table(STR_CASES, |value, spec| {
        show(FormatSpec::parse(spec, "str").and_then(|s| format_str(value, &s)))
    });
}

#[test]
fn type_name_appears_in_errors() {
    let spec = FormatSpec::parse("q", "bool").unwrap();
    assert_eq!(
        show(format_i64(1, &spec)),
        "!ValueError: Unknown format code 'q' for object of type 'bool'"
    );
    assert_eq!(
        show(FormatSpec::parse("xx", "MyStr").map(|_| String::new())),
        "!ValueError: Invalid format specifier 'xx' for object of type 'MyStr'"
    );
}
