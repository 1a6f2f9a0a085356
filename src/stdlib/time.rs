//! The `time` module, reading the loop's clock (real or virtual).

use super::{arity, float_arg};
use crate::vm::Vm;
use crate::vm::exception::value_error;
use crate::vm::heap::Ref;
use crate::vm::value::*;

pub fn module() -> Value {
    super::module(
        "time",
        &[
            ("time", time),
            ("monotonic", monotonic),
            ("perf_counter", monotonic),
            ("sleep", sleep),
        ],
        vec![],
    )
}

fn time(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("time", args, 0, 0)?;
    Ok(Value::Float(vm.event_loop.clock.wall()))
}

fn monotonic(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("monotonic", args, 0, 0)?;
    Ok(Value::Float(vm.event_loop.clock.now()))
}

/// Blocks the whole program, the event loop included, as in Python.
fn sleep(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("sleep", args, 1, 1)?;
    let d = float_arg(&args[0], "")?;
    if d < 0.0 {
        return value_error("sleep length must be non-negative");
    }
    vm.flush();
    vm.event_loop.clock.advance(d);
    if vm.interrupt.take() {
        return Err(crate::vm::interrupt::keyboard_interrupt());
    }
    Ok(Value::None)
}
