//! The native part of `operator`: the operator functions, which key
//! functions, `map` and `reduce` call once per item, so they go straight to
//! the VM's operator dispatch. The rest (`itemgetter`, `attrgetter`,
//! `methodcaller`, the in-place forms...) is Coro, in `coro/operator.py`.

use super::{arity, native, no_kwargs};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;
use crate::vm::heap::{Ref, alloc};
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

macro_rules! binary {
    ($($fn:ident $name:literal $op:ident),* $(,)?) => {
        $(fn $fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            no_kwargs($name, kw)?;
            arity($name, args, 2, 2)?;
            let step = vm.binary_step(BinOp::$op, args[0].clone(), args[1].clone(), false)?;
            vm.drive(step)
        })*
    };
}

binary! {
    add "add" Add, sub "sub" Sub, mul "mul" Mul, truediv "truediv" Div,
    floordiv "floordiv" FloorDiv, mod_ "mod" Mod, pow "pow" Pow, matmul "matmul" MatMul,
    lshift "lshift" LShift, rshift "rshift" RShift, and_ "and_" BitAnd, or_ "or_" BitOr,
    xor "xor" BitXor,
}

macro_rules! compare {
    ($($fn:ident $name:literal $op:ident),* $(,)?) => {
        $(fn $fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            no_kwargs($name, kw)?;
            arity($name, args, 2, 2)?;
            let step = vm.compare_step(CmpOp::$op, args[0].clone(), args[1].clone())?;
            vm.drive(step)
        })*
    };
}

compare! { lt "lt" Lt, le "le" LtE, eq "eq" Eq, ne "ne" NotEq, gt "gt" Gt, ge "ge" GtE }

macro_rules! unary {
    ($($fn:ident $name:literal $dunder:literal),* $(,)?) => {
        $(fn $fn(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            no_kwargs($name, kw)?;
            arity(concat!("_operator.", $name), args, 1, 1)?;
            let step = vm.unary_step($dunder, args[0].clone())?;
            vm.drive(step)
        })*
    };
}

unary! { neg "neg" "__neg__", pos "pos" "__pos__", inv "inv" "__invert__" }

fn not_(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("not_", kw)?;
    arity("_operator.not_", args, 1, 1)?;
    Ok(Value::Bool(!vm.truthy(&args[0])?))
}

fn truth(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("truth", kw)?;
    arity("_operator.truth", args, 1, 1)?;
    Ok(Value::Bool(vm.truthy(&args[0])?))
}

fn is_(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("is_", kw)?;
    arity("is_", args, 2, 2)?;
    Ok(Value::Bool(args[0].is(&args[1])))
}

fn is_not(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("is_not", kw)?;
    arity("is_not", args, 2, 2)?;
    Ok(Value::Bool(!args[0].is(&args[1])))
}

fn getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("getitem", kw)?;
    arity("getitem", args, 2, 2)?;
    let step = vm.getitem_step(args[0].clone(), args[1].clone())?;
    vm.drive(step)
}

fn contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("contains", kw)?;
    arity("contains", args, 2, 2)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

/// Each function under its name and, where CPython has one, its dunder alias.
const FUNCTIONS: &[(&str, Option<&str>, NativeFn)] = &[
    ("add", Some("__add__"), add),
    ("sub", Some("__sub__"), sub),
    ("mul", Some("__mul__"), mul),
    ("truediv", Some("__truediv__"), truediv),
    ("floordiv", Some("__floordiv__"), floordiv),
    ("mod", Some("__mod__"), mod_),
    ("pow", Some("__pow__"), pow),
    ("matmul", Some("__matmul__"), matmul),
    ("lshift", Some("__lshift__"), lshift),
    ("rshift", Some("__rshift__"), rshift),
    ("and_", Some("__and__"), and_),
    ("or_", Some("__or__"), or_),
    ("xor", Some("__xor__"), xor),
    ("lt", Some("__lt__"), lt),
    ("le", Some("__le__"), le),
    ("eq", Some("__eq__"), eq),
    ("ne", Some("__ne__"), ne),
    ("gt", Some("__gt__"), gt),
    ("ge", Some("__ge__"), ge),
    ("neg", Some("__neg__"), neg),
    ("pos", Some("__pos__"), pos),
    ("inv", Some("__inv__"), inv),
    ("invert", Some("__invert__"), inv),
    ("not_", Some("__not__"), not_),
    ("truth", None, truth),
    ("is_", None, is_),
    ("is_not", None, is_not),
    ("getitem", Some("__getitem__"), getitem),
    ("contains", Some("__contains__"), contains),
];

/// The `operator` module's native part. (CPython's one-argument functions
/// name themselves `_operator.neg()` in arity errors, hence the prefix.)
pub fn module() -> Value {
    let m = Module::new("operator");
    m.set("__name__", Value::str("operator"));
    for (name, alias, func) in FUNCTIONS {
        let f = native(name, Some(""), *func);
        if let Some(alias) = alias {
            m.set(alias, f.clone());
        }
        m.set(name, f);
    }
    Value::Module(alloc(m))
}
