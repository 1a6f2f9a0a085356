//! The `math` module: every function and constant of CPython 3.11's. Float
//! functions call the C library CPython calls (so digits match), with
//! CPython's rules for turning NaN and infinite results into "math domain
//! error" and "math range error"; `gamma`/`lgamma` are CPython's own Lanczos
//! approximations (`gamma.rs`), the integer functions are exact (`integer.rs`).

mod float;
mod gamma;
mod integer;

use super::arity;
use crate::vm::Vm;
use crate::vm::exception::{overflow_error, type_error, value_error};
use crate::vm::heap::Ref;
use crate::vm::protocol::{unwrap_payload, user_method};
use crate::vm::types::type_name;
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

pub fn module() -> Value {
    let mut funcs: Vec<(&'static str, NativeFn)> = Vec::new();
    funcs.extend_from_slice(float::FUNCTIONS);
    funcs.extend_from_slice(integer::FUNCTIONS);
    super::module(
        "math",
        &funcs,
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
        ],
    )
}

/// A float argument as CPython's `PyFloat_AsDouble` reads it: floats, ints
/// (and subclasses of both), then `__float__`, then `__index__`.
pub(super) fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let p = unwrap_payload(v);
    if let Some(r) = crate::vm::ops::to_f64(p) {
        return r;
    }
    if let Some(m) = user_method(v, "__float__") {
        let r = vm.call_value(&m, vec![v.clone()])?;
        return match unwrap_payload(&r) {
            Value::Float(f) => Ok(*f),
            _ => type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name(v),
                type_name(&r)
            )),
        };
    }
    if let Some(m) = user_method(v, "__index__") {
        let r = vm.call_value(&m, vec![v.clone()])?;
        return match crate::vm::ops::to_f64(unwrap_payload(&r)) {
            Some(f) => f,
            None => type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            )),
        };
    }
    type_error(format!("must be real number, not {}", type_name(v)))
}

/// CPython's `is_error` after a libm call: what errno would say, decided
/// from the result and the arguments.
fn checked(r: f64, args_finite: bool, args_nan: bool, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !args_nan {
        return value_error("math domain error");
    }
    if r.is_infinite() && args_finite {
        return if can_overflow {
            overflow_error("math range error")
        } else {
            value_error("math domain error")
        };
    }
    Ok(Value::Float(r))
}

/// CPython's `math_1`: a one-argument libm function.
fn math_1(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    arity1(name, args)?;
    let x = real(vm, &args[0])?;
    checked(f(x), x.is_finite(), x.is_nan(), can_overflow)
}

/// CPython's `math_2`: a two-argument libm function.
fn math_2(vm: &mut Vm, name: &str, args: &[Value], f: fn(f64, f64) -> f64) -> PyResult<Value> {
    arity(name, args, 2, 2)?;
    let (x, y) = (real(vm, &args[0])?, real(vm, &args[1])?);
    let r = f(x, y);
    checked(
        r,
        x.is_finite() && y.is_finite(),
        x.is_nan() || y.is_nan(),
        true,
    )
}

fn arity1(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() == 1 {
        Ok(())
    } else {
        type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        ))
    }
}
