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

fn fabs(_: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("fabs", args, 1, 1)?;
    Ok(Value::Float(float_arg(&args[0], "")?.abs()))
}
