//! Python's number and string formatting, parsing and float arithmetic.
//!
//! This module knows nothing of the interpreter: every function works on
//! plain `f64`, `i64`, `&BigInt` and `&str`, and every result is exactly
//! what CPython 3.11 produces. Failures come back as a [`NumError`] whose
//! [`ErrorKind`] names the Python exception class and whose message is the
//! exception's text, so the caller only has to raise it.
//!
//! Float digits always come from Rust's own formatting (`{:e}`, `{:.N}`,
//! `{:.Ne}`), which is correctly rounded (half-even on the exact binary
//! value) and shortest-round-trip when no precision is given; this module
//! only lays those digits out the way CPython's `format_float_short` does.
//!
//! Not covered: locales other than C (CPython never calls `setlocale` for
//! numbers, so `'n'` is `'d'`/`'g'` without grouping), non-ASCII decimal
//! digits in `int()`/`float()` and in format specs, surrogate code points.

mod arith;
mod float;
mod int;
mod layout;
mod parse;
mod spec;
mod text;

#[cfg(test)]
mod tests;

pub use arith::{
    PowError, bigint_to_f64, float_divmod, float_floor_div, float_mod, float_pow, float_to_int,
    float_true_div, frexp, int_true_div, round_float, round_float_to_int,
};
pub use float::{float_repr, format_float};
pub use int::{format_i64, format_int, int_to_decimal, int_to_radix};
pub use parse::{IntParseError, parse_float, parse_int};
pub use spec::{Align, FormatSpec, Sign, format_str};
pub use text::{bytes_repr, str_repr};

use std::fmt;

/// The Python exception class a [`NumError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    ZeroDivisionError,
    /// The text asked for is larger than the system will allocate (a width
    /// of 10**12); CPython's MemoryError has no message.
    MemoryError,
}

/// A failure to report as a Python exception: `kind` is the class and
/// `message` its exact text (what `str(exc)` prints).
///
/// One error type for the whole module, rather than a bare `String`, because
/// several functions can raise more than one class (`format(x, 'c')` raises
/// both OverflowError and ValueError, `float ** float` three kinds).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrorKind,
    pub message: String,
}

impl NumError {
    pub fn value(message: impl Into<String>) -> NumError {
        NumError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }

    pub fn overflow(message: impl Into<String>) -> NumError {
        NumError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }

    pub fn memory() -> NumError {
        NumError {
            kind: ErrorKind::MemoryError,
            message: String::new(),
        }
    }

    pub fn zero_division(message: impl Into<String>) -> NumError {
        NumError {
            kind: ErrorKind::ZeroDivisionError,
            message: message.into(),
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for NumError {}

/// CPython's default `sys.get_int_max_str_digits()`: decimal conversions of
/// ints with more digits than this raise ValueError.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Python's `str.isspace()` for one character: Unicode White_Space plus the
/// ASCII separators U+001C..U+001F, which Python also counts as space.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}
