//! The `math` module (the common functions).

use super::{arity, float_arg};
use crate::vm::Vm;
use crate::vm::exception::value_error;
use crate::vm::heap::Ref;
use crate::vm::value::*;

pub fn module() -> Value {
    super::module(
        "math",
        &[
            ("sqrt", sqrt),
            ("floor", floor),
            ("ceil", ceil),
            ("fabs", fabs),
            ("gcd", gcd),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("asin", asin),
            ("acos", acos),
            ("atan", atan),
            ("atan2", atan2),
            ("degrees", degrees),
            ("radians", radians),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("trunc", trunc),
            ("isinf", isinf),
            ("isnan", isnan),
            ("isfinite", isfinite),
            ("copysign", copysign),
            ("hypot", hypot),
            ("isclose", isclose),
        ],
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
        ],
    )
}

fn sqrt(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("sqrt", args, 1, 1)?;
    let x = float_arg(&args[0], "")?;
    if x < 0.0 {
        return value_error("math domain error");
    }
    Ok(Value::Float(x.sqrt()))
}

fn to_int(x: f64) -> PyResult<Value> {
    match crate::fmt::float_to_int(x) {
        Some(i) => Ok(Value::from_bigint(i)),
        None if x.is_nan() => value_error("cannot convert float NaN to integer"),
        None => crate::vm::exception::overflow_error("cannot convert float infinity to integer"),
    }
}

fn floor(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("floor", args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        v => to_int(float_arg(v, "")?.floor()),
    }
}

fn ceil(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("ceil", args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        v => to_int(float_arg(v, "")?.ceil()),
    }
}

fn gcd(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    use num_integer::Integer;
    let mut g = num_bigint::BigInt::from(0);
    for a in args {
        let n = match a {
            Value::Int(i) => num_bigint::BigInt::from(*i),
            Value::Bool(b) => num_bigint::BigInt::from(*b as i64),
            Value::BigInt(b) => (**b).clone(),
            other => {
                return crate::vm::exception::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::vm::types::type_name(other)
                ));
            }
        };
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

fn hypot(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    let mut xs = Vec::with_capacity(args.len());
    for a in args {
        xs.push(float_arg(a, "")?);
    }
    let xs: Vec<f64> = xs.iter().map(|x| x.abs()).collect();
    if xs.iter().any(|x| x.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    if xs.iter().any(|x| x.is_nan()) {
        return Ok(Value::Float(f64::NAN));
    }
    let max = xs.iter().fold(0.0f64, |m, &x| m.max(x));
    Ok(Value::Float(vector_norm(&xs, max)))
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
    let scale = 2f64.powi(-max_e);
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

/// A one-argument float function of libm (the same library CPython calls),
/// with CPython's ValueError outside its domain.
fn unary(
    name: &str,
    args: &[Value],
    f: fn(f64) -> f64,
    domain: fn(f64) -> bool,
) -> PyResult<Value> {
    arity(name, args, 1, 1)?;
    let x = float_arg(&args[0], "")?;
    if !domain(x) {
        return value_error("math domain error");
    }
    Ok(Value::Float(f(x)))
}

type Kw<'a> = &'a [(Ref<Str>, Value)];

fn any(x: f64) -> bool {
    !x.is_infinite() || x.is_nan()
}

fn sin(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("sin", args, f64::sin, any)
}

fn cos(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("cos", args, f64::cos, any)
}

fn tan(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("tan", args, f64::tan, any)
}

fn asin(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("asin", args, f64::asin, |x| {
        x.is_nan() || (-1.0..=1.0).contains(&x)
    })
}

fn acos(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("acos", args, f64::acos, |x| {
        x.is_nan() || (-1.0..=1.0).contains(&x)
    })
}

fn atan(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("atan", args, f64::atan, |_| true)
}

fn atan2(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("atan2", args, 2, 2)?;
    let (y, x) = (float_arg(&args[0], "")?, float_arg(&args[1], "")?);
    Ok(Value::Float(y.atan2(x)))
}

fn degrees(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    // CPython multiplies by 180/pi (not `to_degrees`' formula).
    unary(
        "degrees",
        args,
        |x| x * (180.0 / std::f64::consts::PI),
        |_| true,
    )
}

fn radians(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary(
        "radians",
        args,
        |x| x * (std::f64::consts::PI / 180.0),
        |_| true,
    )
}

fn exp(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("exp", args, 1, 1)?;
    let r = float_arg(&args[0], "")?.exp();
    if r.is_infinite() && float_arg(&args[0], "")?.is_finite() {
        return crate::vm::exception::overflow_error("math range error");
    }
    Ok(Value::Float(r))
}

fn positive(x: f64) -> bool {
    x > 0.0 || x.is_nan()
}

fn log(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("log", args, 1, 2)?;
    let x = float_arg(&args[0], "")?;
    if !positive(x) {
        return value_error("math domain error");
    }
    match args.get(1) {
        None => Ok(Value::Float(x.ln())),
        Some(b) => {
            let b = float_arg(b, "")?;
            if !positive(b) {
                return value_error("math domain error");
            }
            if b == 1.0 {
                return crate::vm::exception::zero_division("float division by zero");
            }
            Ok(Value::Float(x.ln() / b.ln()))
        }
    }
}

fn log2(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("log2", args, f64::log2, positive)
}

fn log10(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    unary("log10", args, f64::log10, positive)
}

fn trunc(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("trunc", args, 1, 1)?;
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v => to_int(float_arg(v, "")?.trunc()),
    }
}

fn isinf(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("isinf", args, 1, 1)?;
    Ok(Value::Bool(float_arg(&args[0], "")?.is_infinite()))
}

fn isnan(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("isnan", args, 1, 1)?;
    Ok(Value::Bool(float_arg(&args[0], "")?.is_nan()))
}

fn isfinite(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("isfinite", args, 1, 1)?;
    Ok(Value::Bool(float_arg(&args[0], "")?.is_finite()))
}

fn copysign(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("copysign", args, 2, 2)?;
    let (x, y) = (float_arg(&args[0], "")?, float_arg(&args[1], "")?);
    Ok(Value::Float(x.copysign(y)))
}

fn isclose(_: &mut Vm, args: &[Value], kw: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("isclose", args, 2, 2)?;
    let (a, b) = (float_arg(&args[0], "")?, float_arg(&args[1], "")?);
    let rel = match super::kwarg("isclose", kw, &["rel_tol", "abs_tol"], "rel_tol")? {
        Some(v) => float_arg(&v, "")?,
        None => 1e-9,
    };
    let abs = match super::kwarg("isclose", kw, &["rel_tol", "abs_tol"], "abs_tol")? {
        Some(v) => float_arg(&v, "")?,
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

fn fabs(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("fabs", args, 1, 1)?;
    Ok(Value::Float(float_arg(&args[0], "")?.abs()))
}
