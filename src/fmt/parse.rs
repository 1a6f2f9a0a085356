//! `int(str, base)` and `float(str)`.

use num_bigint::BigInt;
use num_traits::{Num, Zero};

use super::{INT_MAX_STR_DIGITS, NumError};

/// Why [`parse_int`] refused a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// Not an int literal: the caller raises ValueError "invalid literal for
    /// int() with base 10: 'x'" (base 0 is reported as 0).
    Invalid,
    /// A ValueError with this ready-made message: more than 4300 digits in a
    /// base that is not a power of two, or a base outside 0 and 2..=36.
    Error(NumError),
}

/// Python's `int(s, base)`: surrounding whitespace, a sign, for base 0 the
/// prefix `0x`/`0o`/`0b` (or plain decimal, where leading zeros are only
/// allowed for zero itself), for bases 2, 8, 16 the matching optional
/// prefix, and single underscores between digits (one is also allowed
/// right after a prefix).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::Error(NumError::value(
            "int() base must be >= 2 and <= 36, or 0",
        )));
    }
    let s = s.trim_matches(is_number_space);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let b = s.as_bytes();
    let prefix_base = match (b.first(), b.get(1)) {
        (Some(b'0'), Some(b'x' | b'X')) => 16,
        (Some(b'0'), Some(b'o' | b'O')) => 8,
        (Some(b'0'), Some(b'b' | b'B')) => 2,
        _ => 0,
    };
    let mut base = base;
    let mut zero_only = false;
    if base == 0 {
        base = match (b.first(), prefix_base) {
            (Some(b'0'), 0) => {
                zero_only = true;
                10
            }
            (_, 0) => 10,
            (_, p) => p,
        };
    }
    let mut body = s;
    if prefix_base != 0 && prefix_base == base {
        body = &s[2..];
        body = body.strip_prefix('_').unwrap_or(body);
    }
    let mut clean = String::with_capacity(body.len());
    let mut prev_underscore = true;
    for c in body.chars() {
        if c == '_' {
            if prev_underscore {
                return Err(IntParseError::Invalid);
            }
            prev_underscore = true;
        } else if c.is_digit(base) {
            clean.push(c);
            prev_underscore = false;
        } else {
            return Err(IntParseError::Invalid);
        }
    }
    if prev_underscore {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two() && clean.len() > INT_MAX_STR_DIGITS {
        return Err(IntParseError::Error(NumError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        ))));
    }
    let value = BigInt::from_str_radix(&clean, base).map_err(|_| IntParseError::Invalid)?;
    if zero_only && !value.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(if negative { -value } else { value })
}

/// Python's `float(s)`: surrounding whitespace, a sign, `inf`, `infinity`,
/// `nan` in any case, or decimal digits with an optional point and exponent,
/// with single underscores only between digits. The result is correctly
/// rounded; out-of-range values become `inf` or `0.0` as in CPython.
/// On `None` the caller raises ValueError "could not convert string to
/// float: 'x'".
pub fn parse_float(s: &str) -> Option<f64> {
    let s = s.trim_matches(is_number_space);
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let lower = unsigned.to_ascii_lowercase();
    if matches!(lower.as_str(), "inf" | "infinity" | "nan") {
        return s.parse::<f64>().ok();
    }
    let mut clean = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            clean.push(c);
        }
        prev = c;
    }
    if prev == '_' || !is_decimal_literal(&clean) {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`
fn is_decimal_literal(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// The space `int()` and `float()` strip: ASCII `" \t\n\v\f\r"` and
/// non-ASCII Unicode White_Space. Unlike `str.isspace()`, U+001C..U+001F
/// do not count (CPython copies ASCII through unchanged before stripping).
fn is_number_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r') || (!c.is_ascii() && c.is_whitespace())
}
