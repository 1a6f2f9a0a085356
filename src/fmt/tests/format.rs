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

/// The brief's headline examples, spelled out (all also in the tables).
#[test]
fn headline_examples() {
    let ints = [
        ("1234567", ",", "1,234,567"),
        ("1234567", "_", "1_234_567"),
        ("255", "#x", "0xff"),
        ("-5", "+05d", "-0005"),
        ("-5", "=+8", "-      5"),
        ("42", "*^10", "****42****"),
        ("1234", "010,", "00,001,234"),
        ("182", "_b", "1011_0110"),
        ("4294967296", "#_x", "0x1_0000_0000"),
    ];
    check_table(&ints, |value, spec| {
        let x: i64 = value.parse().expect("int literal");
        show(FormatSpec::parse(spec, "int").and_then(|s| format_i64(x, &s)))
    });
    let floats = [
        ("1234567.891", ",.2f", "1,234,567.89"),
        ("3.14159", ".2%", "314.16%"),
        ("12345.678", "e", "1.234568e+04"),
        ("1e-05", "g", "1e-05"),
        ("1234567.0", "g", "1.23457e+06"),
        ("1.0", "#g", "1.00000"),
        ("0.1", ".17g", "0.10000000000000001"),
        ("0.1", ".30f", "0.100000000000000005551115123126"),
        ("inf", "f", "inf"),
        ("-inf", "%", "-inf%"),
        ("-0.0", "", "-0.0"),
        ("-0.0", "z", "0.0"),
        ("-0.0001", "z.1f", "0.0"),
        ("1e+20", ".3", "1e+20"),
        ("100.0", ".3", "1e+02"),
        ("1.5", ".3", "1.5"),
        ("1.0", "", "1.0"),
        ("2.5", ".0f", "2"),
        ("1234.5", "n", "1234.5"),
    ];
    check_table(&floats, float_case);
}

#[test]
fn widths_no_system_can_allocate_are_memory_errors() {
    let width = 1u64 << 50;
    for spec in [
        format!("{width}"),
        format!("0{width},"),
        format!("^{width}"),
    ] {
        let int = FormatSpec::parse(&spec, "int").and_then(|s| format_i64(7, &s));
        assert_eq!(show(int), "!MemoryError: ", "int {spec}");
        let spec = format!("{spec}.3");
        let float = FormatSpec::parse(&spec, "float").and_then(|s| format_float(2.5, &s));
        assert_eq!(show(float), "!MemoryError: ", "float {spec}");
    }
    let text = FormatSpec::parse(&format!("<{width}"), "str").and_then(|s| format_str("a", &s));
    assert_eq!(show(text), "!MemoryError: ");
    let precise = FormatSpec::parse(".70000f", "float").and_then(|s| format_float(0.5, &s));
    assert_eq!(show(precise).len(), 70002, "precision above Rust's 65535");
}
