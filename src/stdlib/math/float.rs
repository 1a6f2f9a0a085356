//! The float functions of `math`.

use super::{Kw, arity1, math_1, math_2, real};
use crate::stdlib::arity;
use crate::vm::Vm;
use crate::vm::exception::{overflow_error, type_error, value_error, zero_division};
use crate::vm::protocol::unwrap_payload;
use crate::vm::value::*;

// The C library CPython links: these functions' digits must be glibc's, and
// Rust's std computes them with its own formulas (or not at all).
unsafe extern "C" {
    safe fn asinh(x: f64) -> f64;
    safe fn acosh(x: f64) -> f64;
    safe fn atanh(x: f64) -> f64;
    safe fn erf(x: f64) -> f64;
    safe fn erfc(x: f64) -> f64;
    safe fn nextafter(x: f64, y: f64) -> f64;
    #[link_name = "cbrtf64"]
    safe fn c_cbrt(x: f64) -> f64;
    #[link_name = "ldexp"]
    safe fn c_ldexp(x: f64, e: i32) -> f64;
}

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("fabs", fabs),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("atan2", atan2),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", m_asinh),
    ("acosh", m_acosh),
    ("atanh", m_atanh),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("cbrt", cbrt),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("degrees", degrees),
    ("radians", radians),
    ("copysign", copysign),
    ("fmod", fmod),
    ("remainder", remainder),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("hypot", hypot),
    ("dist", dist),
    ("fsum", fsum),
    ("pow", pow),
    ("nextafter", m_nextafter),
    ("ulp", ulp),
];

macro_rules! unary {
    ($($name:ident = $f:expr, $overflow:expr;)*) => {$(
        fn $name(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
            math_1(vm, stringify!($name).trim_start_matches("m_"), args, $f, $overflow)
        }
    )*};
}

unary! {
    sqrt = f64::sqrt, false;
    fabs = f64::abs, false;
    sin = f64::sin, false;
    cos = f64::cos, false;
    tan = f64::tan, false;
    asin = f64::asin, false;
    acos = f64::acos, false;
    atan = f64::atan, false;
    sinh = f64::sinh, true;
    cosh = f64::cosh, true;
    tanh = f64::tanh, false;
    m_asinh = |x| asinh(x), false;
    m_acosh = |x| acosh(x), false;
    m_atanh = |x| atanh(x), false;
    exp = f64::exp, true;
    exp2 = f64::exp2, true;
    expm1 = f64::exp_m1, true;
    log1p = f64::ln_1p, false;
    cbrt = |x| c_cbrt(x), false;
    // CPython multiplies by 180/pi (not `to_degrees`' formula).
    degrees = |x| x * (180.0 / std::f64::consts::PI), true;
    radians = |x| x * (std::f64::consts::PI / 180.0), false;
}

fn m_erf(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("erf", args)?;
    Ok(Value::Float(erf(real(vm, &args[0])?)))
}

fn m_erfc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("erfc", args)?;
    Ok(Value::Float(erfc(real(vm, &args[0])?)))
}

/// `math_1a`: the function reports its own errors, as errno would.
fn errno_result(r: Result<f64, bool>) -> PyResult<Value> {
    match r {
        Ok(r) => Ok(Value::Float(r)),
        Err(true) => overflow_error("math range error"),
        Err(false) => value_error("math domain error"),
    }
}

fn gamma(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("gamma", args)?;
    errno_result(super::gamma::tgamma(real(vm, &args[0])?))
}

fn lgamma(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("lgamma", args)?;
    errno_result(super::gamma::lgamma(real(vm, &args[0])?))
}

fn atan2(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    math_2(vm, "atan2", args, f64::atan2)
}

fn copysign(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    math_2(vm, "copysign", args, f64::copysign)
}

fn remainder(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    math_2(vm, "remainder", args, |x, y| {
        if x.is_finite() && y.is_finite() {
            if y == 0.0 {
                return f64::NAN;
            }
            let (ax, ay) = (x.abs(), y.abs());
            let m = ax % ay;
            let c = ay - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                m - 2.0 * ((0.5 * (ax - m)) % ay)
            };
            return 1f64.copysign(x) * r;
        }
        if x.is_nan() {
            return x;
        }
        if y.is_nan() {
            return y;
        }
        if x.is_infinite() {
            return f64::NAN;
        }
        x
    })
}

fn fmod(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("fmod", args, 2, 2)?;
    let (x, y) = (real(vm, &args[0])?, real(vm, &args[1])?);
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return value_error("math domain error");
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("pow", args, 2, 2)?;
    let (x, y) = (real(vm, &args[0])?, real(vm, &args[1])?);
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return value_error("math domain error");
        }
        if r.is_infinite() {
            return if x == 0.0 {
                value_error("math domain error")
            } else {
                overflow_error("math range error")
            };
        }
        r
    };
    Ok(Value::Float(r))
}

/// CPython's `loghelper`: ints too large for a float still have a logarithm.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = unwrap_payload(v) {
        use num_bigint::Sign;
        if b.sign() != Sign::Plus {
            return value_error("math domain error");
        }
        if let Some(x) = num_traits::ToPrimitive::to_f64(&**b).filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // x = m * 2**e with 0.5 <= m < 1.
        let bits = b.bits();
        let shift = bits - 64;
        let top: num_bigint::BigInt = &**b >> shift;
        let m = num_traits::ToPrimitive::to_f64(&top).unwrap_or(0.0) / 2f64.powi(64);
        let e = (shift + 64) as f64;
        return Ok(f(m) + f(2.0) * e);
    }
    let x = real(vm, v)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return value_error("math domain error");
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if !(1..=2).contains(&args.len()) {
        return type_error("math.log requires 1 to 2 arguments");
    }
    let num = log_of(vm, &args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return zero_division("float division by zero");
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("log2", args)?;
    Ok(Value::Float(log_of(vm, &args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("log10", args)?;
    Ok(Value::Float(log_of(vm, &args[0], f64::log10)?))
}

fn modf(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("modf", args)?;
    let x = real(vm, &args[0])?;
    let (f, i) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(Value::tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn frexp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("frexp", args)?;
    let x = real(vm, &args[0])?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        crate::fmt::frexp(x)
    };
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("ldexp", args, 2, 2)?;
    let x = real(vm, &args[0])?;
    let e: i64 = match unwrap_payload(&args[1]) {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        Value::BigInt(_) => i64::MAX,
        _ => return type_error("Expected an int as second argument to ldexp."),
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i32::MAX as i64 {
        f64::INFINITY
    } else if e < i32::MIN as i64 {
        0f64.copysign(x)
    } else {
        c_ldexp(x, e as i32)
    };
    if r.is_infinite() && x.is_finite() {
        return overflow_error("math range error");
    }
    Ok(Value::Float(r))
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match args.len() {
        0 => return type_error("isclose() missing required argument 'a' (pos 1)"),
        1 => return type_error("isclose() missing required argument 'b' (pos 2)"),
        2 => {}
        n => {
            return type_error(format!(
                "isclose() takes exactly 2 positional arguments ({n} given)"
            ));
        }
    }
    let (a, b) = (real(vm, &args[0])?, real(vm, &args[1])?);
    let allowed = ["rel_tol", "abs_tol"];
    let rel = match crate::stdlib::kwarg("isclose", kw, &allowed, "rel_tol")? {
        Some(v) => real(vm, &v)?,
        None => 1e-9,
    };
    let abs = match crate::stdlib::kwarg("isclose", kw, &allowed, "abs_tol")? {
        Some(v) => real(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return value_error("tolerances must be non-negative");
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn isfinite(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("isfinite", args)?;
    Ok(Value::Bool(real(vm, &args[0])?.is_finite()))
}

fn isinf(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("isinf", args)?;
    Ok(Value::Bool(real(vm, &args[0])?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("isnan", args)?;
    Ok(Value::Bool(real(vm, &args[0])?.is_nan()))
}

fn m_nextafter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("nextafter", args, 2, 2)?;
    let (x, y) = (real(vm, &args[0])?, real(vm, &args[1])?);
    Ok(Value::Float(nextafter(x, y)))
}

fn ulp(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("ulp", args)?;
    let x = real(vm, &args[0])?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

fn hypot(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(args.len());
    for a in args {
        xs.push(real(vm, a)?.abs());
    }
    Ok(Value::Float(norm(&xs)))
}

fn dist(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("dist", args, 2, 2)?;
    let mut points = Vec::with_capacity(2);
    for a in args {
        match unwrap_payload(a) {
            Value::Tuple(t) => points.push(t.to_vec()),
            _ => points.push(vm.iterate(a)?),
        }
    }
    if points[0].len() != points[1].len() {
        return value_error("both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(points[0].len());
    for (p, q) in points[0].iter().zip(&points[1]) {
        diffs.push((real(vm, p)? - real(vm, q)?).abs());
    }
    Ok(Value::Float(norm(&diffs)))
}

/// The Euclidean norm of non-negative values, as CPython computes it.
fn norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = xs.iter().fold(0.0f64, |m, &x| m.max(x));
    vector_norm(xs, max)
}

/// CPython's `vector_norm`: the square root of a sum of squares, scaled by a
/// power of two and summed with error-free transformations so that the
/// result is correctly rounded in nearly all cases (the same digits as CPython).
fn vector_norm(xs: &[f64], max: f64) -> f64 {
    if max == 0.0 || xs.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::fmt::frexp(max);
    if max_e < -1023 {
        let scaled: Vec<f64> = xs.iter().map(|x| x / f64::MIN_POSITIVE).collect();
        return f64::MIN_POSITIVE * vector_norm(&scaled, max / f64::MIN_POSITIVE);
    }
    let scale = c_ldexp(1.0, -max_e);
    let mul = |x: f64, y: f64| {
        let hi = x * y;
        (hi, x.mul_add(y, -hi))
    };
    let fast_sum = |a: f64, b: f64| {
        let hi = a + b;
        (hi, (a - hi) + b)
    };
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in xs {
        let x = x * scale;
        let (hi, lo) = mul(x, x);
        let (s, e) = fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = mul(-h, h);
    let (s, e) = fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// CPython's `math_fsum`: Shewchuk's exact partial sums, rounded once.
fn fsum(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("fsum", args)?;
    let it = vm.get_iter(&args[0])?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = real(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return overflow_error("intermediate overflow in fsum");
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return value_error("-inf + inf in fsum");
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
