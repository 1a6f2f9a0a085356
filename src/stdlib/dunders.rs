//! The operator methods of built-in classes as attributes: `(7).__neg__()`,
//! `int.__add__(2, 3)`, `(1.5).__lt__(2)`, `"ab".__mul__(2)`. Each runs the
//! operator's built-in meaning and answers NotImplemented where the operator
//! would raise TypeError, as CPython's slot wrappers do.

use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::Ref;
use crate::vm::protocol::unwrap_payload;
use crate::vm::types::{Builtin, type_name};
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

fn operands<'a>(args: &'a [Value], name: &str) -> PyResult<(&'a Value, &'a Value)> {
    crate::stdlib::arity(name, args, 2, 2)?;
    Ok((unwrap_payload(&args[0]), unwrap_payload(&args[1])))
}

/// TypeError (the operands do not fit) becomes NotImplemented.
fn or_not_implemented(vm: &Vm, r: PyResult<Value>) -> PyResult<Value> {
    match r {
        Err(e) if e.is(Builtin::TypeError) => Ok(vm.not_implemented.clone()),
        r => r,
    }
}

/// Whether an int's method meets a float (or a float's, a complex): the
/// wider type's own method answers, so this one gives NotImplemented.
fn wider(a: &Value, b: &Value) -> bool {
    matches!(a, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) && matches!(b, Value::Float(_))
}

/// The built-in meaning of `self op other` (`other op self` when
/// reflected), with no method of `other` consulted; `other` keeps its
/// class (`"%s" % obj` formats with obj's `__str__`).
fn binary(vm: &mut Vm, args: &[Value], op: BinOp, name: &str, reflected: bool) -> PyResult<Value> {
    crate::stdlib::arity(name, args, 2, 2)?;
    let (a, b) = (unwrap_payload(&args[0]), &args[1]);
    if wider(a, unwrap_payload(b)) {
        return Ok(vm.not_implemented.clone());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = vm.builtin_binary(op, &x.clone(), &y.clone(), false);
    or_not_implemented(vm, r)
}

/// `list.__iadd__` and `list.__imul__`: the list itself, changed.
fn in_place(vm: &mut Vm, args: &[Value], op: BinOp, name: &str) -> PyResult<Value> {
    crate::stdlib::arity(name, args, 2, 2)?;
    let r = vm.builtin_binary(op, &args[0].clone(), &args[1].clone(), true);
    or_not_implemented(vm, r)
}

fn iadd(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    in_place(vm, args, BinOp::Add, "__iadd__")
}

fn imul(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    in_place(vm, args, BinOp::Mul, "__imul__")
}

fn compare(vm: &mut Vm, args: &[Value], op: CmpOp, name: &str) -> PyResult<Value> {
    let (a, b) = operands(args, name)?;
    if wider(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    let r = crate::vm::ops::compare(op, a, b).map(Value::Bool);
    or_not_implemented(vm, r)
}

fn unary(vm: &mut Vm, args: &[Value], name: &'static str) -> PyResult<Value> {
    crate::stdlib::arity(name, args, 1, 1)?;
    let step = vm.unary_step(name, unwrap_payload(&args[0]).clone())?;
    vm.drive(step)
}

macro_rules! natives {
    ($($kind:ident $f:ident $name:literal $op:expr;)*) => {
        $(natives!(@one $kind $f $name $op);)*
        /// Every method this module defines, by name.
        const METHODS: &[(&str, NativeFn)] = &[$(($name, $f)),*];
    };
    (@one binary $f:ident $name:literal $op:expr) => {
        fn $f(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
            binary(vm, args, $op, $name, false)
        }
    };
    (@one reflected $f:ident $name:literal $op:expr) => {
        fn $f(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
            binary(vm, args, $op, $name, true)
        }
    };
    (@one compare $f:ident $name:literal $op:expr) => {
        fn $f(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
            compare(vm, args, $op, $name)
        }
    };
    (@one unary $f:ident $name:literal $op:expr) => {
        fn $f(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
            unary(vm, args, $name)
        }
    };
}

natives! {
    binary add "__add__" BinOp::Add;
    binary sub "__sub__" BinOp::Sub;
    binary mul "__mul__" BinOp::Mul;
    binary truediv "__truediv__" BinOp::Div;
    binary floordiv "__floordiv__" BinOp::FloorDiv;
    binary mod_ "__mod__" BinOp::Mod;
    binary pow "__pow__" BinOp::Pow;
    binary and "__and__" BinOp::BitAnd;
    binary or "__or__" BinOp::BitOr;
    binary xor "__xor__" BinOp::BitXor;
    binary lshift "__lshift__" BinOp::LShift;
    binary rshift "__rshift__" BinOp::RShift;
    reflected radd "__radd__" BinOp::Add;
    reflected rsub "__rsub__" BinOp::Sub;
    reflected rmul "__rmul__" BinOp::Mul;
    reflected rtruediv "__rtruediv__" BinOp::Div;
    reflected rfloordiv "__rfloordiv__" BinOp::FloorDiv;
    reflected rmod "__rmod__" BinOp::Mod;
    reflected rpow "__rpow__" BinOp::Pow;
    reflected rand "__rand__" BinOp::BitAnd;
    reflected ror "__ror__" BinOp::BitOr;
    reflected rxor "__rxor__" BinOp::BitXor;
    reflected rlshift "__rlshift__" BinOp::LShift;
    reflected rrshift "__rrshift__" BinOp::RShift;
    compare lt "__lt__" CmpOp::Lt;
    compare le "__le__" CmpOp::LtE;
    compare gt "__gt__" CmpOp::Gt;
    compare ge "__ge__" CmpOp::GtE;
    unary neg "__neg__" ();
    unary pos "__pos__" ();
    unary abs "__abs__" ();
    unary invert "__invert__" ();
}

/// Whether `==` between these built-in values is theirs to answer (numbers
/// with numbers, str with str, sequences and mappings with their own kind).
fn comparable(a: &Value, b: &Value) -> bool {
    use Value::*;
    let number = |v: &Value| matches!(v, Int(_) | BigInt(_) | Bool(_) | Float(_));
    match (a, b) {
        _ if number(a) => number(b) && !wider(a, b),
        (Str(_), Str(_)) | (Bytes(_), Bytes(_)) | (List(_), List(_)) | (Tuple(_), Tuple(_)) => true,
        (Dict(_), Dict(_)) | (Set(_), Set(_)) => true,
        _ => false,
    }
}

fn equality(vm: &mut Vm, args: &[Value], name: &str, want: bool) -> PyResult<Value> {
    let (a, b) = operands(args, name)?;
    if !comparable(a, b) {
        return Ok(vm.not_implemented.clone());
    }
    Ok(Value::Bool(vm.eq(a, b)? == want))
}

fn eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    equality(vm, args, "__eq__", true)
}

fn ne(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    equality(vm, args, "__ne__", false)
}

fn bool_(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::stdlib::arity("__bool__", args, 1, 1)?;
    Ok(Value::Bool(vm.truthy(unwrap_payload(&args[0]))?))
}

fn format(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::stdlib::arity("__format__", args, 2, 2)?;
    let Some(spec) = args[1].as_str() else {
        return type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&args[1])
        ));
    };
    let text = crate::stdlib::format::format_value(unwrap_payload(&args[0]), spec)?;
    Ok(Value::str(text))
}

/// `float.__int__`: truncation, as `int(x)`.
fn float_int(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::stdlib::arity("__int__", args, 1, 1)?;
    let Value::Float(f) = unwrap_payload(&args[0]) else {
        return type_error("descriptor '__int__' requires a 'float' object");
    };
    match crate::fmt::float_to_int(*f) {
        Some(n) => Ok(Value::from_bigint(n)),
        None if f.is_nan() => value_error("cannot convert float NaN to integer"),
        None => Err(new_error(
            Builtin::OverflowError,
            "cannot convert float infinity to integer",
        )),
    }
}

/// `int.__float__` and `float.__float__`.
fn to_float(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::stdlib::arity("__float__", args, 1, 1)?;
    match crate::vm::ops::to_f64(unwrap_payload(&args[0])) {
        Some(f) => Ok(Value::Float(f?)),
        None => type_error("descriptor '__float__' requires a 'float' object"),
    }
}

/// `int.__int__` and `int.__index__`: the plain int (a bool's 0 or 1).
fn to_int(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::stdlib::arity("__index__", args, 1, 1)?;
    match unwrap_payload(&args[0]) {
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        _ => type_error("descriptor '__index__' requires a 'int' object"),
    }
}

/// An iterator's `__iter__`: the iterator itself.
fn iter_self(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::stdlib::arity("__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

/// An iterator's (or a generator's) `__next__`, as `next(it)`.
fn next(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    crate::stdlib::arity("__next__", args, 1, 1)?;
    if let Value::Generator(g) = &args[0] {
        use crate::vm::generator::{Resume, Step, stop_iteration};
        return match vm.resume_generator(g, Resume::Send(Value::None))? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(stop_iteration(v)),
        };
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(Exception::new(
            crate::vm::types::builtin(Builtin::StopIteration),
            vec![],
        )),
    }
}

/// The methods of each built-in class, for `object::register`.
pub fn class_methods() -> Vec<(Builtin, &'static str, NativeFn)> {
    let numeric: &[&str] = &[
        "__add__",
        "__sub__",
        "__mul__",
        "__truediv__",
        "__floordiv__",
        "__mod__",
        "__pow__",
        "__radd__",
        "__rsub__",
        "__rmul__",
        "__rtruediv__",
        "__rfloordiv__",
        "__rmod__",
        "__rpow__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__neg__",
        "__pos__",
        "__abs__",
    ];
    let bitwise: &[&str] = &[
        "__and__",
        "__or__",
        "__xor__",
        "__lshift__",
        "__rshift__",
        "__rand__",
        "__ror__",
        "__rxor__",
        "__rlshift__",
        "__rrshift__",
        "__invert__",
    ];
    let ordered: &[&str] = &["__lt__", "__le__", "__gt__", "__ge__"];
    let sequence: &[&str] = &["__add__", "__mul__", "__rmul__"];
    let find = |name: &str| {
        METHODS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, f)| (*n, *f))
            .expect("a method this module defines")
    };
    let mut out = Vec::new();
    let mut add = |class: Builtin, names: &[&str]| {
        for &name in names {
            let (name, f) = find(name);
            out.push((class, name, f));
        }
    };
    add(Builtin::Int, numeric);
    add(Builtin::Int, bitwise);
    add(Builtin::Float, numeric);
    for class in [Builtin::Str, Builtin::List, Builtin::Tuple] {
        add(class, ordered);
        add(class, sequence);
    }
    add(Builtin::Str, &["__mod__", "__rmod__"]);
    add(
        Builtin::Set,
        &[
            "__sub__", "__and__", "__or__", "__xor__", "__le__", "__lt__", "__ge__", "__gt__",
        ],
    );
    for class in [Builtin::Int, Builtin::Float] {
        out.push((class, "__bool__", bool_ as NativeFn));
    }
    out.push((Builtin::List, "__iadd__", iadd as NativeFn));
    out.push((Builtin::List, "__imul__", imul as NativeFn));
    use Builtin::*;
    for class in [Int, Float, Str, Bytes, List, Tuple, Dict, Set] {
        out.push((class, "__eq__", eq as NativeFn));
        out.push((class, "__ne__", ne as NativeFn));
    }
    for class in [Int, Float, Str] {
        out.push((class, "__format__", format as NativeFn));
    }
    out.push((Float, "__int__", float_int as NativeFn));
    out.push((Float, "__float__", to_float as NativeFn));
    out.push((Int, "__float__", to_float as NativeFn));
    out.push((Int, "__int__", to_int as NativeFn));
    out.push((Int, "__index__", to_int as NativeFn));
    let iterators = [
        ListIterator,
        TupleIterator,
        RangeIterator,
        StrIterator,
        BytesIterator,
        DictKeyIterator,
        DictValueIterator,
        DictItemIterator,
        SetIterator,
        Enumerate,
        Zip,
        Map,
        Filter,
        ReversedIterator,
        Reversed,
        SeqIterator,
        CallableIterator,
        Generator,
    ];
    for class in iterators {
        out.push((class, "__iter__", iter_self as NativeFn));
        out.push((class, "__next__", next as NativeFn));
    }
    out
}
