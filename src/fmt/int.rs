//! `format(int, spec)`, `str(int)` with its digit limit, and `bin`/`oct`/`hex`.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use super::float::format_float;
use super::layout::{Number, render};
use super::spec::{Align, FormatSpec};
use super::{INT_MAX_STR_DIGITS, NumError, arith::bigint_to_f64};

const DIGIT_LIMIT_MESSAGE: &str = "Exceeds the limit (4300 digits) for integer string conversion; \
     use sys.set_int_max_str_digits() to increase the limit";

/// An int on either side of the i64 fast path.
#[derive(Clone, Copy)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Small(v) => v < 0,
            IntRef::Big(v) => v.sign() == BigSign::Minus,
        }
    }

    /// Digits of |self| in `radix` (2, 8, 10 or 16), lowercase.
    fn magnitude(self, radix: u32) -> Result<String, NumError> {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                Ok(match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                })
            }
            IntRef::Big(v) => {
                if radix == 10 {
                    return decimal_magnitude(v);
                }
                Ok(v.magnitude().to_str_radix(radix))
            }
        }
    }

    fn to_f64(self) -> Result<f64, NumError> {
        match self {
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(v) => bigint_to_f64(v),
        }
    }
}

/// Decimal digits of |v|, refusing more than [`INT_MAX_STR_DIGITS`].
fn decimal_magnitude(v: &BigInt) -> Result<String, NumError> {
    // 2**14286 > 10**4300: anything longer certainly has too many digits.
    if v.bits() > 14_286 {
        return Err(NumError::value(DIGIT_LIMIT_MESSAGE));
    }
    let s = v.magnitude().to_str_radix(10);
    if s.len() > INT_MAX_STR_DIGITS {
        return Err(NumError::value(DIGIT_LIMIT_MESSAGE));
    }
    Ok(s)
}

/// Python's `str(x)` for an int.
///
/// Errors: ValueError "Exceeds the limit (4300 digits) for integer string
/// conversion; use sys.set_int_max_str_digits() to increase the limit".
pub fn int_to_decimal(x: &BigInt) -> Result<String, NumError> {
    let digits = decimal_magnitude(x)?;
    Ok(if x.is_negative() {
        format!("-{digits}")
    } else {
        digits
    })
}

/// Python's `bin`, `oct` and `hex` (radix 2, 8, 16): `'-0b101'`, `'0o17'`,
/// `'0x1f'`. Any other radix gives the bare digits with a `-` sign.
pub fn int_to_radix(x: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if x.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", x.magnitude().to_str_radix(radix))
}

/// Python's `format(x, spec)` for an int: types `b c d o x X n` and none,
/// and `e E f F g G %` through float conversion.
///
/// Errors: ValueError "Precision not allowed in integer format specifier",
/// "Negative zero coercion (z) not allowed in integer format specifier",
/// "Sign not allowed with integer format specifier 'c'", "Alternate form (#)
/// not allowed with integer format specifier 'c'", "Unknown format code 'q'
/// for object of type 'int'", the 4300-digit limit; OverflowError "%c arg
/// not in range(0x110000)", "Python int too large to convert to C long",
/// "int too large to convert to float". A surrogate code point with `'c'`
/// (which Rust strings cannot hold) gives ValueError "surrogates not
/// supported".
pub fn format_int(x: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    match x.to_i64() {
        Some(v) => format_int_ref(IntRef::Small(v), spec),
        None => format_int_ref(IntRef::Big(x), spec),
    }
}

/// [`format_int`] for a machine integer, with the same results.
pub fn format_i64(x: i64, spec: &FormatSpec) -> Result<String, NumError> {
    format_int_ref(IntRef::Small(x), spec)
}

fn format_int_ref(x: IntRef, spec: &FormatSpec) -> Result<String, NumError> {
    let ty = spec.ty.unwrap_or('d');
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(x.to_f64()?, spec),
        _ => return Err(spec.unknown_code()),
    };
    if spec.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let padding = spec.padding(Align::Right);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = match x {
            IntRef::Small(v) => v,
            IntRef::Big(_) => {
                return Err(NumError::overflow(
                    "Python int too large to convert to C long",
                ));
            }
        };
        if !(0..=0x10ffff).contains(&code) {
            return Err(NumError::overflow("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(code as u32)
            .ok_or_else(|| NumError::value("surrogates not supported"))?;
        let rest = c.to_string();
        let number = Number {
            negative: false,
            prefix: "",
            digits: "",
            rest: &rest,
        };
        return render(&number, None, padding, None);
    }
    let mut digits = x.magnitude(radix)?;
    let prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let group = match (spec.grouping, radix) {
        (Some(c), 10) => Some((c, 3)),
        (Some(c), _) => Some((c, 4)),
        (None, _) => None,
    };
    let number = Number {
        negative: x.is_negative(),
        prefix,
        digits: &digits,
        rest: "",
    };
    render(&number, spec.sign, padding, group)
}
