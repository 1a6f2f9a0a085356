//! The integer functions of `math`: exact results over big ints, and
//! `floor`/`ceil`/`trunc` calling the `__floor__`/`__ceil__`/`__trunc__` of
//! instances.

use super::{Kw, arity1, real};
use crate::stdlib::arity;
use crate::vm::Vm;
use crate::vm::exception::{overflow_error, type_error, value_error};
use crate::vm::protocol::{unwrap_payload, user_method};
use crate::vm::types::type_name;
use crate::vm::value::*;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("isqrt", isqrt),
    ("gcd", gcd),
    ("lcm", lcm),
    ("prod", prod),
];

/// An integer argument: ints, their subclasses, then `__index__`.
fn integer(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match unwrap_payload(v) {
        Value::Int(i) => return Ok(BigInt::from(*i)),
        Value::Bool(b) => return Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => return Ok((**b).clone()),
        _ => {}
    }
    if let Some(m) = user_method(v, "__index__") {
        let r = vm.call_value(&m, vec![v.clone()])?;
        return match unwrap_payload(&r) {
            Value::Int(i) => Ok(BigInt::from(*i)),
            Value::Bool(b) => Ok(BigInt::from(*b as i64)),
            Value::BigInt(b) => Ok((**b).clone()),
            _ => type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            )),
        };
    }
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

fn to_int(x: f64) -> PyResult<Value> {
    match crate::fmt::float_to_int(x) {
        Some(i) => Ok(Value::from_bigint(i)),
        None if x.is_nan() => value_error("cannot convert float NaN to integer"),
        None => overflow_error("cannot convert float infinity to integer"),
    }
}

/// `floor`, `ceil` and `trunc`: ints as they are, floats rounded, other
/// values through their dunder (`trunc` has no float fallback).
fn rounding(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    dunder: &str,
    f: fn(f64) -> f64,
    fallback: bool,
) -> PyResult<Value> {
    arity1(name, args)?;
    let v = &args[0];
    match v {
        Value::Int(_) | Value::BigInt(_) => return Ok(v.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => return to_int(f(*x)),
        _ => {}
    }
    if let Some(m) = user_method(v, dunder) {
        return vm.call_value(&m, vec![v.clone()]);
    }
    match unwrap_payload(v) {
        Value::Int(_) | Value::BigInt(_) => return Ok(unwrap_payload(v).clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(x) => return to_int(f(*x)),
        _ => {}
    }
    if !fallback {
        return type_error(format!(
            "type {} doesn't define {dunder} method",
            type_name(v)
        ));
    }
    let x = real(vm, v)?;
    to_int(f(x))
}

fn floor(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    rounding(vm, "floor", args, "__floor__", f64::floor, true)
}

fn ceil(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    rounding(vm, "ceil", args, "__ceil__", f64::ceil, true)
}

fn trunc(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    rounding(vm, "trunc", args, "__trunc__", f64::trunc, false)
}

/// The product of `lo..hi`, split in halves so that big factors meet late.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut r = BigInt::one();
        let mut acc: u64 = 1;
        for i in lo..hi {
            match acc.checked_mul(i) {
                Some(a) => acc = a,
                None => {
                    r *= acc;
                    acc = i;
                }
            }
        }
        return r * acc;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn factorial(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("factorial", args)?;
    if let Value::Float(_) = unwrap_payload(&args[0]) {
        return type_error("'float' object cannot be interpreted as an integer");
    }
    let n = integer(vm, &args[0])?;
    if n.is_negative() {
        return value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_u64().filter(|n| *n <= i64::MAX as u64) else {
        return overflow_error("factorial() argument should not exceed 9223372036854775807");
    };
    Ok(Value::from_bigint(range_product(2, n + 1)))
}

fn comb(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("comb", args, 2, 2)?;
    let (n, k) = (integer(vm, &args[0])?, integer(vm, &args[1])?);
    if n.is_negative() {
        return value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64() else {
        return overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX));
    };
    // C(n, k) = prod (n - k + i) / i for i in 1..=k, exact at every step.
    let mut r = BigInt::one();
    let base = &n - BigInt::from(k);
    for i in 1..=k {
        r = r * (&base + BigInt::from(i)) / BigInt::from(i);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("perm", args, 1, 2)?;
    let k = match args.get(1) {
        None | Some(Value::None) => return factorial(vm, &args[..1], &[]),
        Some(k) => k.clone(),
    };
    let n = integer(vm, &args[0])?;
    let k = integer(vm, &k)?;
    if n.is_negative() {
        return value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64() else {
        return overflow_error(format!("k must not exceed {}", i64::MAX));
    };
    let r = match n.to_u64() {
        Some(n) => range_product(n - k + 1, n + 1),
        None => {
            let mut r = BigInt::one();
            for i in 0..k {
                r *= &n - BigInt::from(i);
            }
            r
        }
    };
    Ok(Value::from_bigint(r))
}

fn isqrt(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity1("isqrt", args)?;
    let n = integer(vm, &args[0])?;
    if n.is_negative() {
        return value_error("isqrt() argument must be nonnegative");
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn gcd(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args {
        let n = integer(vm, a)?;
        g = g.gcd(&n);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let mut l = BigInt::one();
    for a in args {
        let n = integer(vm, a)?;
        if l.is_zero() || n.is_zero() {
            l = BigInt::zero();
            continue;
        }
        l = l.lcm(&n);
    }
    if args.is_empty() {
        return Ok(Value::Int(1));
    }
    Ok(Value::from_bigint(l.abs()))
}

fn prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match args.len() + kw.len() {
        n if n > 2 => return type_error(format!("prod() takes at most 2 arguments ({n} given)")),
        _ if args.len() != 1 => {
            return type_error(format!(
                "prod() takes exactly 1 positional argument ({} given)",
                args.len()
            ));
        }
        _ => {}
    }
    let mut acc = crate::stdlib::kwarg("prod", kw, &["start"], "start")?.unwrap_or(Value::Int(1));
    for item in vm.iterate(&args[0])? {
        let step = vm.binary_step(crate::syntax::ast::BinOp::Mul, acc, item, false)?;
        acc = vm.drive(step)?;
    }
    Ok(acc)
}
