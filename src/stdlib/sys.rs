//! The `sys` module: the recursion limit.

use super::{arity, int_arg};
use crate::vm::Vm;
use crate::vm::exception::value_error;
use crate::vm::heap::Ref;
use crate::vm::value::*;

pub fn module() -> Value {
    super::module(
        "sys",
        &[
            ("setrecursionlimit", setrecursionlimit),
            ("getrecursionlimit", getrecursionlimit),
        ],
        vec![("maxsize", Value::Int(i64::MAX))],
    )
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    arity("setrecursionlimit", args, 1, 1)?;
    let n = int_arg(&args[0], "")?;
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _: &[Value], _: &[(Ref<Str>, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}
