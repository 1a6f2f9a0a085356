//! Float arithmetic with Python's semantics, and exact int <-> float.

use num_bigint::{BigInt, Sign as BigSign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::NumError;

/// Python's `float / float`.
///
/// Errors: ZeroDivisionError "float division by zero".
pub fn float_true_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// Python's `a % b` for floats: the result has the sign of `b`
/// (`-7.5 % 2 == 0.5`, `5.0 % -3 == -1.0`, `0.0 % -1 == -0.0`).
///
/// Errors: ZeroDivisionError "float modulo".
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float modulo"));
    }
    let m = a % b;
    Ok(if m != 0.0 {
        if (b < 0.0) != (m < 0.0) { m + b } else { m }
    } else {
        0.0f64.copysign(b)
    })
}

/// Python's `a // b` for floats.
///
/// Errors: ZeroDivisionError "float floor division by zero".
pub fn float_floor_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// Python's `divmod(a, b)` for floats: `(a // b, a % b)`.
///
/// Errors: ZeroDivisionError "float divmod()".
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// CPython's `_float_div_mod`, for `b != 0`.
fn div_mod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Why [`float_pow`] has no float result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PowError {
    /// A negative base to a non-integer power: Python computes a complex
    /// result instead (`(-8) ** (1/3)`), which the caller must do itself.
    Complex,
    /// An exception to raise.
    Error(NumError),
}

/// Python's `a ** b` for floats, with CPython's special cases (`x ** 0 ==
/// 1`, `1 ** nan == 1`, signed zeros and infinities for odd integer powers).
///
/// Errors: ZeroDivisionError "0.0 cannot be raised to a negative power";
/// OverflowError "(34, 'Numerical result out of range')"; and
/// [`PowError::Complex`].
pub fn float_pow(a: f64, b: f64) -> Result<f64, PowError> {
    let is_odd_integer = |w: f64| w % 2.0 == 1.0 || w % 2.0 == -1.0;
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let v = a.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (b > 0.0) == (v > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd { a } else { a.abs() }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(PowError::Error(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            )));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            return Err(PowError::Complex);
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(PowError::Error(NumError::overflow(
            "(34, 'Numerical result out of range')",
        )));
    }
    Ok(if negate { -r } else { r })
}

/// `x` truncated toward zero, exactly; `None` for inf and nan (Python raises
/// OverflowError "cannot convert float infinity to integer" and ValueError
/// "cannot convert float NaN to integer").
pub fn float_to_int(x: f64) -> Option<BigInt> {
    if !x.is_finite() {
        return None;
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Some(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mantissa = (bits & ((1 << 52) - 1)) | (1 << 52);
    // |t| >= 9e18 > 2**53, so the exponent is positive.
    let magnitude = BigInt::from(mantissa) << exponent as usize;
    Some(if t < 0.0 { -magnitude } else { magnitude })
}

/// Python's `round(x)`: the nearest integer, ties to even.
///
/// Errors: OverflowError "cannot convert float infinity to integer",
/// ValueError "cannot convert float NaN to integer".
pub fn round_float_to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    float_to_int(x.round_ties_even())
        .ok_or_else(|| NumError::overflow("cannot convert float infinity to integer"))
}

/// Python's `round(x, ndigits)`: the exact decimal value of `x` rounded
/// half-even at `10**-ndigits`, then correctly rounded back to a float
/// (`round(2.675, 2) == 2.67`, `round(1234.5, -1) == 1230.0`). inf and nan
/// are returned unchanged; a zero result keeps the sign of `x`.
///
/// Errors: OverflowError "rounded value too large to represent".
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, NumError> {
    // CPython's NDIGITS_MAX and NDIGITS_MIN: beyond them x rounds to itself
    // or to a zero.
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let rounded = if ndigits >= 0 {
        let text = format!("{:.*}", ndigits as usize, x);
        text.parse::<f64>().expect("Rust's own float output parses")
    } else {
        // Ties at 10**k (k >= 1) are integers, so only whether x has a
        // fractional part matters beyond its integer digits.
        let int = float_to_int(x).expect("finite");
        let has_fraction = x.fract() != 0.0;
        let scale = BigInt::from(10u32).pow((-ndigits) as u32);
        let (q, r) = int.abs().div_rem(&scale);
        let twice = &r * 2u32;
        let up = match twice.cmp(&scale) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => has_fraction || q.is_odd(),
        };
        let q = if up { q + 1u32 } else { q };
        let text = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, q, -ndigits);
        text.parse::<f64>().expect("decimal digits parse")
    };
    if rounded.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(if rounded == 0.0 {
        0.0f64.copysign(x)
    } else {
        rounded
    })
}

/// `x` as a float, correctly rounded (ties to even) like Python's `float(x)`.
///
/// Errors: OverflowError "int too large to convert to float".
pub fn bigint_to_f64(x: &BigInt) -> Result<f64, NumError> {
    let too_large = || NumError::overflow("int too large to convert to float");
    let bits = x.bits();
    let magnitude = if bits <= 64 {
        x.magnitude().to_u64().expect("fits") as f64
    } else {
        // Keep 64 bits with a sticky low bit for everything dropped: the
        // u64 -> f64 conversion then rounds exactly as the full value would.
        let shift = bits - 64;
        let top = (x.magnitude() >> shift).to_u64().expect("64 bits");
        let dropped = x.magnitude().trailing_zeros().is_none_or(|tz| tz < shift);
        let sticky = u64::from(dropped);
        if shift > 1023 {
            return Err(too_large());
        }
        ((top | sticky) as f64) * 2f64.powi(shift as i32)
    };
    if magnitude.is_infinite() {
        return Err(too_large());
    }
    Ok(if x.sign() == BigSign::Minus {
        -magnitude
    } else {
        magnitude
    })
}

/// `m * 2**e` for an `m` whose result is exactly representable (or
/// overflows), without intermediate rounding.
fn ldexp(m: f64, e: i64) -> f64 {
    let pow2 = |e: i64| -> f64 {
        if e >= -1022 {
            f64::from_bits(((e + 1023) as u64) << 52)
        } else {
            f64::from_bits(1u64 << (e + 1074))
        }
    };
    if e > 1023 {
        m * pow2(1023) * pow2((e - 1023).min(1023))
    } else if e < -1074 {
        m * pow2(-1074) * pow2((e + 1074).max(-1074))
    } else {
        m * pow2(e)
    }
}

/// Python's `a / b` for ints: the exact quotient correctly rounded to a
/// float (ties to even), even when `a` and `b` are beyond float range.
///
/// Errors: ZeroDivisionError "division by zero"; OverflowError "integer
/// division result too large for a float".
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, NumError> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    let negative = (a.sign() == BigSign::Minus) != (b.sign() == BigSign::Minus);
    let exact = 1u64 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64())
        && x.unsigned_abs() <= exact
        && y.unsigned_abs() <= exact
    {
        return Ok(x as f64 / y as f64);
    }
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let (na, nb) = (a.magnitude(), b.magnitude());
    // The quotient lies in [2**(d-1), 2**(d+1)); scale so that it has at
    // least 55 bits before rounding, or so that rounding lands on the
    // subnormal quantum 2**-1074.
    let d = na.bits() as i64 - nb.bits() as i64;
    let k = (d - 55).max(-1076);
    let (num, den) = if k < 0 {
        (na << ((-k) as usize), nb.clone())
    } else {
        (na.clone(), nb << (k as usize))
    };
    let (q, r) = num.div_rem(&den);
    let q_bits = q.bits() as i64;
    let drop = (q_bits - 53).max(-1074 - k).max(0);
    let mut m = &q >> (drop as usize);
    let mut exp = k + drop;
    if drop > 0 {
        let half = num_bigint::BigUint::one() << ((drop - 1) as usize);
        let low = &q - (&m << (drop as usize));
        let round_up = match low.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Less => false,
            std::cmp::Ordering::Equal => !r.is_zero() || m.bit(0),
        };
        if round_up {
            m += 1u32;
        }
    }
    if m.bits() > 53 {
        m >>= 1;
        exp += 1;
    }
    if exp + m.bits() as i64 > 1024 {
        return Err(NumError::overflow(
            "integer division result too large for a float",
        ));
    }
    let value = ldexp(m.to_u64().expect("53 bits") as f64, exp);
    if value.is_infinite() {
        return Err(NumError::overflow(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -value } else { value })
}

/// `math.frexp`: mantissa in [0.5, 1) and exponent, for finite non-negative `f`.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let (f, adj) = if f < f64::MIN_POSITIVE {
        (f * 2f64.powi(64), -64)
    } else {
        (f, 0)
    };
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp + adj)
}
