//! Method lookup for built-in values, and the methods of list, dict, set
//! and tuple (str's are in `str_methods`).

use super::{arity, int_arg, kwarg};
use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::{Ref, alloc};
use crate::vm::ops::{self, Key};
use crate::vm::types::{Builtin, builtin_of, type_name};
use crate::vm::value::*;
use std::cell::RefCell;
use std::collections::HashMap;

type Kw<'a> = &'a [(Ref<Str>, Value)];

thread_local! {
    static TABLE: HashMap<Builtin, HashMap<&'static str, Ref<Native>>> = make_table();
}

/// A class, the name its methods print under, and its methods.
type MethodGroup<'a> = (Builtin, &'a str, &'a [(&'static str, NativeFn)]);

fn make_table() -> HashMap<Builtin, HashMap<&'static str, Ref<Native>>> {
    let groups: &[MethodGroup] = &[
        (Builtin::Str, "str", super::str_methods::METHODS),
        (Builtin::Bytes, "bytes", super::bytes_methods::METHODS),
        (Builtin::List, "list", LIST),
        (Builtin::Dict, "dict", DICT),
        (Builtin::Set, "set", SET),
        (Builtin::Tuple, "tuple", TUPLE),
        (Builtin::Range, "range", RANGE),
        (Builtin::Int, "int", INT),
        (Builtin::Bool, "int", INT),
        (Builtin::Float, "float", FLOAT),
        (Builtin::Generator, "generator", GENERATOR),
        (Builtin::Future, "Future", super::asyncio::FUTURE_METHODS),
        (Builtin::Task, "Task", super::asyncio::FUTURE_METHODS),
    ];
    let mut t: HashMap<Builtin, HashMap<&'static str, Ref<Native>>> = HashMap::new();
    for (b, owner, methods) in groups {
        let receiver = crate::vm::types::builtin_by_name(owner).unwrap_or(*b);
        let owner: &'static str = Box::leak(format!(".{owner}").into_boxed_str());
        let by_name = t.entry(*b).or_default();
        for (name, func) in methods.iter() {
            by_name.insert(
                *name,
                alloc(Native {
                    name,
                    owner: Some(owner),
                    func: *func,
                    receiver: Some(receiver),
                }),
            );
        }
    }
    t
}

/// Puts the methods of the table into their classes' namespaces.
pub fn register() {
    TABLE.with(|t| {
        for (b, methods) in t {
            let class = crate::vm::types::builtin(*b);
            let mut dict = class.dict.borrow_mut();
            for (name, native) in methods {
                dict.entry((*name).into())
                    .or_insert_with(|| Value::Native(native.clone()));
            }
        }
    });
}

/// The native method `name` of a built-in value, if it has one.
pub fn lookup(obj: &Value, name: &str) -> Option<Ref<Native>> {
    if let Value::Opaque(o) = obj {
        let table = match o.type_name {
            "_UnixSelectorEventLoop" => super::asyncio::LOOP_METHODS,
            "TimerHandle" | "Handle" => super::asyncio::HANDLE_METHODS,
            "Random" => super::random::METHODS,
            _ => return None,
        };
        return table.iter().find(|(n, _)| *n == name).map(|(n, f)| {
            alloc(Native {
                name: n,
                owner: Some(".loop"),
                func: *f,
                receiver: None,
            })
        });
    }
    let b = builtin_of(obj);
    TABLE.with(|t| t.get(&b)?.get(name).cloned())
}

/// A method of a built-in class by class and name (`str.upper`, `dict.fromkeys`).
pub fn class_method(class: Builtin, name: &str) -> Option<Value> {
    let class_only = match (class, name) {
        (Builtin::Dict, "fromkeys") => {
            Some(super::native("fromkeys", Some(".dict"), dict_fromkeys))
        }
        (Builtin::Bytes, "fromhex") => Some(super::native(
            "fromhex",
            Some(".bytes"),
            super::bytes_methods::fromhex,
        )),
        (Builtin::Int, "from_bytes") => {
            Some(super::native("from_bytes", Some(".int"), int_from_bytes))
        }
        _ => None,
    };
    if class_only.is_some() {
        return class_only;
    }
    TABLE.with(|t| t.get(&class)?.get(name).map(|n| Value::Native(n.clone())))
}

fn recv_list(args: &[Value]) -> PyResult<&Ref<List>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        _ => type_error("descriptor requires a 'list' object"),
    }
}

fn recv_dict(args: &[Value]) -> PyResult<&Ref<Dict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => type_error("descriptor requires a 'dict' object"),
    }
}

fn recv_set(args: &[Value]) -> PyResult<&Ref<Set>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => type_error("descriptor requires a 'set' object"),
    }
}

// ---- list ----------------------------------------------------------------------

const LIST: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", seq_index),
    ("count", seq_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
];

/// Arity check of a method whose `args` start with the receiver, worded as
/// CPython words it for the call's own arguments.
fn method_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() >= min && args.len() <= max {
        return Ok(());
    }
    let qual = format!("{}.{name}", type_name(&args[0]));
    let name = if min == max && min <= 2 { &qual } else { name };
    arity(name, &args[1..], min - 1, max - 1)
}

fn list_append(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("list.append", args, 2, 2).map_err(|_| {
        new_error(
            Builtin::TypeError,
            format!(
                "list.append() takes exactly one argument ({} given)",
                args.len() - 1
            ),
        )
    })?;
    recv_list(args)?.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("extend", args, 2, 2)?;
    vm.extend_list(recv_list(args)?, &args[1])?;
    Ok(Value::None)
}

fn list_insert(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    if args.len() != 3 {
        return type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len() - 1
        ));
    }
    let l = recv_list(args)?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let i = int_arg(&args[1], "")?;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(i as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("pop", args, 1, 2)?;
    let l = recv_list(args)?;
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return index_error("pop from empty list");
    }
    let i = match args.get(1) {
        Some(v) => ops::index_of(v, l.len(), "pop").map_err(|e| {
            if e.is(Builtin::IndexError) {
                new_error(Builtin::IndexError, "pop index out of range")
            } else {
                e
            }
        })?,
        None => l.len() - 1,
    };
    Ok(l.remove(i))
}

fn list_remove(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("remove", args, 2, 2)?;
    let l = recv_list(args)?;
    let items = l.borrow().clone();
    let mut pos = None;
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &args[1])? {
            pos = Some(i);
            break;
        }
    }
    match pos {
        Some(i) => {
            l.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => value_error("list.remove(x): x not in list"),
    }
}

fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn seq_index(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("index", args, 2, 4)?;
    let items = seq_items(&args[0]);
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None => Ok(d),
            Some(v) => {
                // Clamped as slice indices are: a huge int is past either end.
                let i = match v {
                    Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
                    Value::BigInt(_) => i64::MAX,
                    _ => int_arg(v, "")?,
                };
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let (start, stop) = (norm(args.get(2), 0)?, norm(args.get(3), n)?);
    for i in start..stop.max(start) {
        let x = &items[i as usize];
        if vm.eq(x, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    let what = if let Value::Tuple(_) = args[0] {
        "tuple.index(x): x not in tuple"
    } else {
        ""
    };
    if what.is_empty() {
        value_error(format!(
            "{} is not in list",
            crate::vm::repr::repr_plain(&args[1])
        ))
    } else {
        value_error(what)
    }
}

fn seq_count(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("count", args, 2, 2)?;
    let mut n = 0;
    for x in seq_items(&args[0]) {
        if vm.eq(&x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n as i64))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 1 {
        return type_error("sort() takes no positional arguments");
    }
    let key = kwarg("sort", kw, &["key", "reverse"], "key")?;
    let reverse =
        kwarg("sort", kw, &["key", "reverse"], "reverse")?.is_some_and(|r| ops::truthy(&r));
    let l = recv_list(args)?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = super::builtins::sort_values(vm, &mut items, key, reverse);
    *l.borrow_mut() = items;
    r.map(|_| Value::None)
}

fn list_reverse(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("reverse", args, 1, 1)?;
    recv_list(args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("copy", args, 1, 1)?;
    Ok(Value::list(recv_list(args)?.borrow().clone()))
}

fn list_clear(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("clear", args, 1, 1)?;
    recv_list(args)?.borrow_mut().clear();
    Ok(Value::None)
}

const TUPLE: &[(&str, NativeFn)] = &[("index", seq_index), ("count", seq_count)];

// ---- dict ----------------------------------------------------------------------

const DICT: &[(&str, NativeFn)] = &[
    // A class method reached through an instance: the receiver is not used.
    ("fromkeys", |vm, args, kw| dict_fromkeys(vm, &args[1..], kw)),
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
];

fn dict_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("get", args, 2, 3)?;
    let d = recv_dict(args)?;
    Ok(vm
        .dict_get(d, &args[1])?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or_default()))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("setdefault", args, 2, 3)?;
    let d = recv_dict(args)?;
    if let Some(v) = vm.dict_get(d, &args[1])? {
        return Ok(v);
    }
    let v = args.get(2).cloned().unwrap_or_default();
    vm.dict_set(d, args[1].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("pop", args, 2, 3)?;
    let d = recv_dict(args)?;
    let found = vm.dict_find(d, &args[1])?;
    let removed = found.and_then(|i| d.borrow_mut().shift_remove_index(i).map(|(_, v)| v));
    match removed {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(d) => Ok(d.clone()),
            None => key_error(args[1].clone()),
        },
    }
}

fn dict_popitem(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("popitem", args, 1, 1)?;
    match recv_dict(args)?.borrow_mut().pop() {
        Some((k, v)) => Ok(Value::tuple(vec![k.0, v])),
        None => key_error(Value::str("popitem(): dictionary is empty")),
    }
}

fn view(args: &[Value], kind: DictView) -> PyResult<Value> {
    Ok(Value::View(alloc((recv_dict(args)?.clone(), kind))))
}

fn dict_keys(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("keys", args, 1, 1)?;
    view(args, DictView::Keys)
}

fn dict_values(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("values", args, 1, 1)?;
    view(args, DictView::Values)
}

fn dict_items(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("items", args, 1, 1)?;
    view(args, DictView::Items)
}

/// `d.update(src)`: from a mapping or from an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &Value, src: &Value) -> PyResult<()> {
    let Value::Dict(d) = d else { return Ok(()) };
    if let Value::Dict(s) = crate::vm::protocol::unwrap_payload(src) {
        let items = s.borrow().clone();
        let plain = |m: &Map| {
            !m.keys()
                .any(|k| crate::vm::protocol::user_class(&k.0).is_some())
        };
        if plain(&items) && plain(&d.borrow()) {
            d.borrow_mut().extend(items);
        } else {
            for (k, v) in items {
                vm.dict_set(d, k.0, v)?;
            }
        }
        return Ok(());
    }
    // The mapping protocol: `keys()`, then `obj[key]` for each.
    if let Some(keys) = crate::vm::protocol::user_method(src, "keys") {
        let keys = vm.call_value(&keys, vec![src.clone()])?;
        for k in vm.iterate(&keys)? {
            let v = vm.subscript(src, &k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    for (i, item) in vm.iterate(src)?.into_iter().enumerate() {
        let pair = vm.iterate(&item).map_err(|_| {
            new_error(
                Builtin::TypeError,
                format!("cannot convert dictionary update sequence element #{i} to a sequence"),
            )
        })?;
        if pair.len() != 2 {
            return value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            ));
        }
        let mut it = pair.into_iter();
        if let (Some(k), Some(v)) = (it.next(), it.next()) {
            vm.dict_set(d, k, v)?;
        }
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    method_arity("update", args, 1, 2)?;
    if let Some(src) = args.get(1) {
        dict_update_from(vm, &args[0], src)?;
    }
    let d = recv_dict(args)?;
    for (k, v) in kw {
        d.borrow_mut().insert(Key(Value::Str(k.clone())), v.clone());
    }
    Ok(Value::None)
}

fn dict_copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("copy", args, 1, 1)?;
    Ok(Value::dict(recv_dict(args)?.borrow().clone()))
}

fn dict_clear(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("clear", args, 1, 1)?;
    recv_dict(args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("fromkeys", args, 1, 2)?;
    let v = args.get(1).cloned().unwrap_or_default();
    let m = Map::default();
    let m = RefCell::new(m);
    for k in vm.iterate(&args[0])? {
        vm.dict_set(&m, k, v.clone())?;
    }
    Ok(Value::Dict(alloc(m)))
}

// ---- set -----------------------------------------------------------------------

const SET: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
    ("update", set_update),
    ("copy", set_copy),
    ("clear", set_clear),
];

fn set_add(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("add", args, 2, 2)?;
    vm.set_add(recv_set(args)?, args[1].clone())?;
    Ok(Value::None)
}

/// Removes a member (found through `__eq__` where it must be); whether it was there.
fn set_take(vm: &mut Vm, s: &Set, v: &Value) -> PyResult<bool> {
    let k = vm.key(v.clone())?;
    Ok(match vm.set_find(s, &k)? {
        Some(i) => s.borrow_mut().shift_remove_index(i).is_some(),
        None => false,
    })
}

fn set_discard(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("discard", args, 2, 2)?;
    set_take(vm, recv_set(args)?, &args[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("remove", args, 2, 2)?;
    if set_take(vm, recv_set(args)?, &args[1])? {
        Ok(Value::None)
    } else {
        key_error(args[1].clone())
    }
}

fn set_pop(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("pop", args, 1, 1)?;
    let s = recv_set(args)?;
    let first = s.borrow_mut().shift_remove_index(0);
    match first {
        Some(k) => Ok(k.0),
        None => key_error(Value::str("pop from an empty set")),
    }
}

fn other_keys(vm: &mut Vm, v: &Value) -> PyResult<KeySet> {
    let set: Set = RefCell::new(KeySet::default());
    for x in vm.iterate(v)? {
        vm.set_add(&set, x)?;
    }
    Ok(set.into_inner())
}

fn set_op(vm: &mut Vm, args: &[Value], op: crate::syntax::ast::BinOp) -> PyResult<Value> {
    let mut acc = Value::Set(alloc(RefCell::new(recv_set(args)?.borrow().clone())));
    for other in &args[1..] {
        let o = Value::Set(alloc(RefCell::new(other_keys(vm, other)?)));
        let step = vm.binary_step(op, acc, o, false)?;
        acc = vm.drive(step)?;
    }
    Ok(acc)
}

/// Whether every member of `a` is in `b` (through `__eq__` where it must be).
fn all_in(vm: &mut Vm, a: &KeySet, b: &Set) -> PyResult<bool> {
    for k in a {
        if vm.set_find(b, k)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_union(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, args, crate::syntax::ast::BinOp::BitOr)
}

pub fn set_intersection(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, args, crate::syntax::ast::BinOp::BitAnd)
}

pub fn set_difference(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    set_op(vm, args, crate::syntax::ast::BinOp::Sub)
}

pub fn set_symmetric_difference(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("symmetric_difference", args, 2, 2)?;
    set_op(vm, args, crate::syntax::ast::BinOp::BitXor)
}

pub fn set_issubset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("issubset", args, 2, 2)?;
    let o = RefCell::new(other_keys(vm, &args[1])?);
    let mine = recv_set(args)?.borrow().clone();
    Ok(Value::Bool(all_in(vm, &mine, &o)?))
}

pub fn set_issuperset(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("issuperset", args, 2, 2)?;
    let o = other_keys(vm, &args[1])?;
    Ok(Value::Bool(all_in(vm, &o, recv_set(args)?)?))
}

pub fn set_isdisjoint(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("isdisjoint", args, 2, 2)?;
    let o = other_keys(vm, &args[1])?;
    let s = recv_set(args)?;
    for k in &o {
        if vm.set_find(s, k)?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_update(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let s = recv_set(args)?;
    for other in &args[1..] {
        for x in vm.iterate(other)? {
            vm.set_add(s, x)?;
        }
    }
    Ok(Value::None)
}

pub fn set_copy(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("copy", args, 1, 1)?;
    Ok(Value::Set(alloc(RefCell::new(
        recv_set(args)?.borrow().clone(),
    ))))
}

fn set_clear(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("clear", args, 1, 1)?;
    recv_set(args)?.borrow_mut().clear();
    Ok(Value::None)
}

// ---- generator -----------------------------------------------------------------

const GENERATOR: &[(&str, NativeFn)] = &[
    ("send", generator_send),
    ("throw", generator_throw),
    ("close", generator_close),
];

fn recv_generator(args: &[Value]) -> PyResult<&Ref<crate::vm::generator::Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g),
        _ => type_error("descriptor requires a 'generator' object"),
    }
}

/// The value a resumed generator yielded, or the StopIteration it ended with.
fn yielded(step: crate::vm::generator::Step) -> PyResult<Value> {
    match step {
        crate::vm::generator::Step::Yielded(v) => Ok(v),
        crate::vm::generator::Step::Returned(v) => Err(crate::vm::generator::stop_iteration(v)),
    }
}

fn generator_send(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("send", args, 2, 2)?;
    let g = recv_generator(args)?.clone();
    let step = vm.resume_generator(&g, crate::vm::generator::Resume::Send(args[1].clone()))?;
    yielded(step)
}

/// `g.throw(exc)`, `g.throw(ExcClass)` or `g.throw(ExcClass, value)`.
fn generator_throw(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("throw", args, 2, 4)?;
    let g = recv_generator(args)?.clone();
    let exc = match (&args[1], args.get(2)) {
        (Value::Exception(e), None | Some(Value::None)) => e.clone(),
        (Value::Exception(_), Some(_)) => {
            return type_error("instance exception may not have a separate value");
        }
        (Value::Type(t), value) if t.is_exception() => {
            let args = match value {
                None | Some(Value::None) => vec![],
                Some(v) => vec![v.clone()],
            };
            Exception::new(t.clone(), args)
        }
        (other, _) => {
            return type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                type_name(other)
            ));
        }
    };
    let step = vm.resume_generator(&g, crate::vm::generator::Resume::Throw(exc))?;
    yielded(step)
}

fn generator_close(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("close", args, 1, 1)?;
    let g = recv_generator(args)?.clone();
    vm.close_generator(&g)?;
    Ok(Value::None)
}

// ---- numbers -------------------------------------------------------------------

const INT: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("to_bytes", int_to_bytes),
    // A class method reached through an instance: the receiver is not used.
    ("from_bytes", |vm, args, kw| {
        int_from_bytes(vm, &args[1..], kw)
    }),
];

/// Arguments by parameter name, from positions (up to `positional` of them)
/// then keywords, as `int.to_bytes(length=1, byteorder='big', *, signed=False)` takes them.
fn named_args<const N: usize>(
    fname: &str,
    names: [&str; N],
    positional: usize,
    args: &[Value],
    kw: Kw,
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    if args.len() > positional {
        return type_error(format!(
            "{fname}() takes at most {positional} positional argument{} ({} given)",
            if positional == 1 { "" } else { "s" },
            args.len()
        ));
    }
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let Some(i) = names.iter().position(|n| *n == k.as_str()) else {
            return type_error(format!(
                "'{}' is an invalid keyword argument for {fname}()",
                k.as_str()
            ));
        };
        if out[i].is_some() {
            return type_error(format!(
                "argument for {fname}() given by name ('{}') and position ({})",
                names[i],
                i + 1
            ));
        }
        out[i] = Some(v.clone());
    }
    Ok(out)
}

/// The `byteorder` argument: true for big-endian.
fn big_endian(fname: &str, v: &Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => value_error("byteorder must be either 'little' or 'big'"),
        },
        Some(other) => type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(other)
        )),
    }
}

fn int_to_bytes(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let n = match args.first() {
        Some(Value::Int(i)) => num_bigint::BigInt::from(*i),
        Some(Value::Bool(b)) => num_bigint::BigInt::from(*b as i64),
        Some(Value::BigInt(b)) => (**b).clone(),
        _ => return type_error("descriptor 'to_bytes' requires an 'int' object"),
    };
    let [length, order, signed] = named_args(
        "to_bytes",
        ["length", "byteorder", "signed"],
        2,
        &args[1..],
        kw,
    )?;
    let length = match &length {
        None => 1,
        Some(v) => int_arg(v, "")?,
    };
    if length < 0 {
        return value_error("length argument must be non-negative");
    }
    let big = big_endian("to_bytes", &order)?;
    let signed = signed.as_ref().is_some_and(ops::truthy);
    if !signed && n.sign() == num_bigint::Sign::Minus {
        return overflow_error("can't convert negative int to unsigned");
    }
    // Big-endian two's complement (or magnitude), minimal, then padded.
    let mut bytes = if signed {
        n.to_signed_bytes_be()
    } else {
        n.to_bytes_be().1
    };
    if bytes == [0] {
        bytes.clear();
    }
    if bytes.len() as i64 > length {
        return overflow_error("int too big to convert");
    }
    let fill = if n.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    let mut out = crate::vm::memory::vec_for(length as usize)?;
    out.resize(length as usize - bytes.len(), fill);
    out.extend(bytes);
    if !big {
        out.reverse();
    }
    Ok(Value::bytes(out))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [source, order, signed] =
        named_args("from_bytes", ["bytes", "byteorder", "signed"], 2, args, kw)?;
    let Some(source) = source else {
        return type_error("from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let data = match &source {
        Value::Bytes(b) => b.clone(),
        Value::Str(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            return type_error(format!(
                "cannot convert '{}' object to bytes",
                type_name(&source)
            ));
        }
        other => match super::bytes_methods::construct(vm, std::slice::from_ref(other), &[])? {
            Value::Bytes(b) => b,
            _ => return type_error("cannot convert to bytes"),
        },
    };
    let big = big_endian("from_bytes", &order)?;
    let mut be = data.to_vec();
    if !big {
        be.reverse();
    }
    let n = if signed.as_ref().is_some_and(ops::truthy) {
        num_bigint::BigInt::from_signed_bytes_be(&be)
    } else {
        num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &be)
    };
    Ok(Value::from_bigint(n))
}

fn int_bit_length(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("bit_length", args, 1, 1)?;
    Ok(Value::Int(match &args[0] {
        Value::Int(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

const FLOAT: &[(&str, NativeFn)] = &[("is_integer", float_is_integer)];

fn float_is_integer(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("is_integer", args, 1, 1)?;
    Ok(Value::Bool(
        matches!(args[0], Value::Float(f) if f.is_finite() && f.fract() == 0.0),
    ))
}

// ---- range ---------------------------------------------------------------------

const RANGE: &[(&str, NativeFn)] = &[("index", range_index), ("count", range_count)];

fn range_position(args: &[Value]) -> Option<i64> {
    let (Some(Value::Range(r)), Some(Value::Int(x))) = (args.first(), args.get(1)) else {
        return None;
    };
    r.position(*x).map(|i| i as i64)
}

fn range_index(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("index", args, 2, 2)?;
    match range_position(args) {
        Some(i) => Ok(Value::Int(i)),
        None => value_error(format!(
            "{} is not in range",
            crate::vm::repr::repr_plain(&args[1])
        )),
    }
}

fn range_count(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    method_arity("count", args, 2, 2)?;
    Ok(Value::Int(range_position(args).is_some() as i64))
}
