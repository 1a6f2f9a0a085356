//! The object model's builtins: `object`'s and `BaseException`'s methods
//! (what `super()` reaches), `property`, `staticmethod`, `classmethod`,
//! `super`, `type(name, bases, ns)`, `vars`, `dir`, `setattr`, `delattr`.

use super::arity;
use crate::vm::Vm;
use crate::vm::class::{ClassMethod, Property, StaticMethod, Super, descriptor, opaque};
use crate::vm::exception::*;
use crate::vm::heap::{Ref, alloc};
use crate::vm::protocol::user_class;
use crate::vm::shape::Own;
use crate::vm::types::{Builtin, TypeObj, builtin, type_name, type_of};
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

/// The builtins this module adds.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("vars", vars),
    ("dir", dir),
    ("setattr", setattr),
    ("delattr", delattr),
];

/// Methods registered in the namespaces of built-in classes.
pub fn class_methods() -> Vec<(Builtin, &'static str, NativeFn)> {
    vec![
        (Builtin::Object, "__init__", object_init),
        (Builtin::Object, "__new__", object_new),
        (Builtin::Object, "__repr__", object_repr),
        (Builtin::Object, "__str__", object_str),
        (Builtin::Object, "__eq__", object_eq),
        (Builtin::Object, "__ne__", object_ne),
        (Builtin::Object, "__hash__", object_hash),
        (Builtin::Object, "__setattr__", object_setattr),
        (Builtin::Object, "__getattribute__", object_getattribute),
        (Builtin::Object, "__delattr__", object_delattr),
        (Builtin::Object, "__init_subclass__", object_init_subclass),
        (Builtin::Object, "__format__", object_format),
        (Builtin::BaseException, "__init__", exception_init),
        (Builtin::BaseException, "__str__", exception_str),
        (Builtin::BaseException, "__repr__", exception_repr),
        (
            Builtin::BaseException,
            "with_traceback",
            exception_with_traceback,
        ),
        (Builtin::BaseException, "add_note", exception_add_note),
        (Builtin::Property, "setter", property_setter),
        (Builtin::Property, "__get__", property_get),
        (Builtin::Function, "__get__", function_get),
        (Builtin::ClassMethod, "__get__", classmethod_get),
        (Builtin::Property, "getter", property_getter),
        (Builtin::Property, "deleter", property_deleter),
        (Builtin::List, "__init__", container_init),
        (Builtin::Dict, "__init__", container_init),
        (Builtin::Set, "__init__", container_init),
        (Builtin::List, "__getitem__", getitem),
        (Builtin::Tuple, "__getitem__", getitem),
        (Builtin::Dict, "__getitem__", getitem),
        (Builtin::Str, "__getitem__", getitem),
        (Builtin::List, "__setitem__", setitem),
        (Builtin::Dict, "__setitem__", setitem),
        (Builtin::List, "__delitem__", delitem),
        (Builtin::Dict, "__delitem__", delitem),
        (Builtin::List, "__len__", len),
        (Builtin::Tuple, "__len__", len),
        (Builtin::Dict, "__len__", len),
        (Builtin::Str, "__len__", len),
        (Builtin::Set, "__len__", len),
        (Builtin::List, "__contains__", contains),
        (Builtin::Dict, "__contains__", contains),
        (Builtin::Set, "__contains__", contains),
        (Builtin::Str, "__contains__", contains),
        (Builtin::Tuple, "__contains__", contains),
        (Builtin::Str, "__iter__", iter),
        (Builtin::Set, "__iter__", iter),
        (Builtin::List, "__iter__", iter),
        (Builtin::Dict, "__iter__", iter),
        (Builtin::Tuple, "__iter__", iter),
        (Builtin::List, "__repr__", repr),
        (Builtin::Dict, "__repr__", repr),
        (Builtin::Int, "__repr__", repr),
        (Builtin::Float, "__repr__", repr),
        (Builtin::Str, "__repr__", repr),
        (Builtin::Tuple, "__repr__", repr),
        (Builtin::Set, "__repr__", repr),
        (Builtin::Type, "__repr__", repr),
        (Builtin::Str, "__str__", str_),
        (Builtin::Int, "__str__", str_),
        (Builtin::Float, "__str__", str_),
        (Builtin::Int, "__hash__", hash),
        (Builtin::Str, "__hash__", hash),
        (Builtin::Tuple, "__hash__", hash),
        (Builtin::Int, "__new__", builtin_new),
        (Builtin::Float, "__new__", builtin_new),
        (Builtin::Str, "__new__", builtin_new),
        (Builtin::Tuple, "__new__", builtin_new),
        (Builtin::BaseException, "__new__", builtin_new),
        (Builtin::Type, "__new__", builtin_new),
        (Builtin::Type, "__call__", type_call),
        (Builtin::Type, "__init__", type_init),
        (Builtin::Type, "mro", type_mro),
        (Builtin::Slice, "indices", slice_indices),
    ]
}

fn this(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(v) => Ok(v.clone()),
        None => type_error(format!("descriptor '{name}' needs an argument")),
    }
}

fn object_init(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = this(args, "__init__")?;
    if (args.len() > 1 || !kw.is_empty())
        && let Some(c) = user_class(&obj)
        && c.lookup_user("__init__").is_none()
    {
        return type_error(format!("{}() takes no arguments", c.name));
    }
    if (args.len() > 1 || !kw.is_empty()) && user_class(&obj).is_some() {
        return type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        );
    }
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return type_error("object.__new__(X): X is not a type object");
    };
    if !t.is_user {
        return crate::stdlib::builtins::construct(vm, t, &args[1..], kw);
    }
    let has_init = t.lookup_user("__init__").is_some();
    let has_new = t.lookup_user("__new__").is_some();
    // As CPython's object_new: extra arguments are the overriding
    // `__new__`'s to take, never passed on up to object's.
    if has_new && (args.len() > 1 || !kw.is_empty()) {
        return type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    let rest: &[Value] = if has_init || has_new { &[] } else { &args[1..] };
    vm.new_instance(t, rest, &[], true).or_else(|e| {
        if rest.is_empty() {
            Err(e)
        } else {
            type_error(format!("{}() takes no arguments", t.name))
        }
    })
}

/// `int.__new__(cls, x)` and the like: the built-in part of a subclass instance.
fn builtin_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return type_error("__new__(X): X is not a type object");
    };
    if !t.is_user {
        return crate::stdlib::builtins::construct(vm, t, &args[1..], kw);
    }
    vm.new_instance(t, &args[1..], kw, false)
}

fn object_repr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let obj = this(args, "__repr__")?;
    Ok(Value::str(crate::vm::repr::default_repr(&obj)))
}

fn object_str(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let obj = this(args, "__str__")?;
    Ok(Value::str(vm.repr(&obj)?))
}

fn object_eq(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__eq__", args, 2, 2)?;
    Ok(if args[0].is(&args[1]) {
        Value::Bool(true)
    } else {
        vm.not_implemented.clone()
    })
}

fn object_ne(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__ne__", args, 2, 2)?;
    let eq = crate::vm::protocol::user_method(&args[0], "__eq__");
    let r = match eq {
        Some(m) => vm.call_value(&m, vec![args[0].clone(), args[1].clone()])?,
        None => object_eq(vm, args, &[])?,
    };
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let obj = this(args, "__hash__")?;
    Ok(Value::Int((crate::vm::repr::identity(&obj) >> 4) as i64))
}

fn attr_name(v: &Value) -> PyResult<Ref<Str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        )),
    }
}

/// The class and attribute dict `object`'s attribute methods work on.
fn parts(obj: &Value) -> Option<(Ref<TypeObj>, Own)> {
    match obj {
        Value::Instance(i) => Some((i.class(), Own::Instance(i.clone()))),
        Value::Exception(e) => Some((e.class.clone(), Own::Dict(e.attrs()))),
        _ => None,
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__setattr__", args, 3, 3)?;
    let name = attr_name(&args[1])?;
    let step = match parts(&args[0]) {
        Some((class, dict)) => {
            vm.generic_setattr(args[0].clone(), &class, Some(&dict), &name, args[2].clone())?
        }
        None => vm.set_attr_step(args[0].clone(), &name, args[2].clone())?,
    };
    vm.drive(step)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__getattribute__", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    let step = match parts(&args[0]) {
        Some((class, dict)) => vm.generic_getattr(args[0].clone(), &class, Some(&dict), &name)?,
        None => vm.get_attr_step(args[0].clone(), &name)?,
    };
    vm.drive(step)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__delattr__", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    let step = match parts(&args[0]) {
        Some((class, dict)) => vm.generic_delattr(args[0].clone(), &class, &dict, &name)?,
        None => vm.del_attr_step(args[0].clone(), &name)?,
    };
    vm.drive(step)?;
    Ok(Value::None)
}

fn object_init_subclass(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first() {
            Some(Value::Type(t)) => t.name.to_string(),
            _ => "object".into(),
        };
        return type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        ));
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__format__", args, 2, 2)?;
    let spec = args[1].as_str().unwrap_or("");
    if !spec.is_empty() {
        return type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&args[0])
        ));
    }
    Ok(Value::str(vm.to_str(&args[0])?))
}

fn exception_init(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Exception(e)) => {
            *e.args.borrow_mut() = args[1..].to_vec();
            Ok(Value::None)
        }
        _ => type_error("descriptor '__init__' requires a 'BaseException' object"),
    }
}

fn exception_str(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Exception(e)) => {
            let e = e.clone();
            Ok(Value::str(vm.exception_str(&e)?))
        }
        _ => type_error("descriptor '__str__' requires a 'BaseException' object"),
    }
}

fn exception_repr(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(v @ Value::Exception(_)) => Ok(Value::str(crate::vm::repr::repr_plain(v))),
        _ => type_error("descriptor '__repr__' requires a 'BaseException' object"),
    }
}

/// `e.add_note(text)`: kept in `e.__notes__` and shown by the traceback.
fn exception_add_note(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("add_note", args, 2, 2)?;
    let Value::Exception(e) = &args[0] else {
        return type_error("descriptor 'add_note' requires a 'BaseException' object");
    };
    let Value::Str(_) = &args[1] else {
        return type_error(format!("note must be a str, not '{}'", type_name(&args[1])));
    };
    let dict = e.attrs();
    let notes = dict
        .borrow()
        .get(&crate::vm::value::StrKey("__notes__"))
        .cloned();
    match notes {
        Some(Value::List(l)) => l.borrow_mut().push(args[1].clone()),
        _ => {
            let list = Value::list(vec![args[1].clone()]);
            dict.borrow_mut().insert(Key(Value::str("__notes__")), list);
        }
    }
    Ok(Value::None)
}

fn exception_with_traceback(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("with_traceback", args, 2, 2)?;
    Ok(args[0].clone())
}

/// `list.__init__(self, iterable)` and the like: fills the built-in part.
fn container_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj = this(args, "__init__")?;
    let target = crate::vm::protocol::unwrap_payload(&obj).clone();
    match &target {
        Value::List(l) => {
            arity("list", &args[1..], 0, 1)?;
            l.borrow_mut().clear();
            if let Some(src) = args.get(1) {
                vm.extend_list(l, src)?;
            }
        }
        Value::Dict(_) => {
            arity("dict", &args[1..], 0, 1)?;
            if let Some(src) = args.get(1) {
                super::methods::dict_update_from(vm, &target, src)?;
            }
            if let Value::Dict(d) = &target {
                for (k, v) in kw {
                    vm.dict_set(d, Value::Str(k.clone()), v.clone())?;
                }
            }
        }
        Value::Set(s) => {
            arity("set", &args[1..], 0, 1)?;
            if let Some(src) = args.get(1) {
                for x in vm.iterate(src)? {
                    vm.set_add(s, x)?;
                }
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

fn two<'a>(args: &'a [Value], name: &str) -> PyResult<(&'a Value, &'a Value)> {
    arity(name, args, 2, 2)?;
    Ok((crate::vm::protocol::unwrap_payload(&args[0]), &args[1]))
}

fn getitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (obj, key) = two(args, "__getitem__")?;
    let step = vm.getitem_step(obj.clone(), key.clone())?;
    vm.drive(step)
}

fn setitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__setitem__", args, 3, 3)?;
    let obj = crate::vm::protocol::unwrap_payload(&args[0]).clone();
    let step = vm.setitem_step(obj, args[1].clone(), args[2].clone())?;
    vm.drive(step)?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (obj, key) = two(args, "__delitem__")?;
    let step = vm.delitem_step(obj.clone(), key.clone())?;
    vm.drive(step)?;
    Ok(Value::None)
}

fn len(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__len__", args, 1, 1)?;
    crate::stdlib::builtins::builtin_len(crate::vm::protocol::unwrap_payload(&args[0]))
}

fn contains(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    let (obj, item) = two(args, "__contains__")?;
    Ok(Value::Bool(vm.contains(obj, item)?))
}

fn iter(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__iter__", args, 1, 1)?;
    vm.get_iter(crate::vm::protocol::unwrap_payload(&args[0]))
}

fn repr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__repr__", args, 1, 1)?;
    if let Value::Instance(i) = &args[0]
        && crate::vm::is_set_like(i)
    {
        return Ok(Value::str(vm.set_instance_repr(i)?));
    }
    let v = crate::vm::protocol::unwrap_payload(&args[0]).clone();
    Ok(Value::str(vm.repr(&v)?))
}

fn str_(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__str__", args, 1, 1)?;
    let v = crate::vm::protocol::unwrap_payload(&args[0]).clone();
    Ok(Value::str(vm.to_str(&v)?))
}

fn hash(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__hash__", args, 1, 1)?;
    let v = crate::vm::protocol::unwrap_payload(&args[0]).clone();
    Ok(Value::Int(vm.hash(&v)?))
}

/// `C.__subclasses__()`: the live classes derived directly from `C`.
pub fn type_subclasses(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(t)) => Ok(Value::list(
            t.subclasses
                .borrow()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Type)
                .collect(),
        )),
        _ => type_error("descriptor '__subclasses__' of 'type' object needs an argument"),
    }
}

/// `C.mro()`.
pub fn type_mro(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.first() {
        Some(Value::Type(t)) => Ok(Value::list(
            std::iter::once(Value::Type(t.clone()))
                .chain(t.mro.iter().map(|c| Value::Type(c.clone())))
                .collect(),
        )),
        _ => type_error("descriptor 'mro' of 'type' object needs an argument"),
    }
}

pub fn property(_: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    arity("property", args, 0, 4)?;
    let mut slots = [Value::None, Value::None, Value::None, Value::None];
    for (i, a) in args.iter().enumerate() {
        slots[i] = a.clone();
    }
    for (k, v) in kw {
        let i = match k.as_str() {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            other => {
                return type_error(format!(
                    "property() got an unexpected keyword argument '{other}'"
                ));
            }
        };
        slots[i] = v.clone();
    }
    let [fget, fset, fdel, doc] = slots;
    Ok(make_property(fget, fset, fdel, doc))
}

fn make_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    // Without a doc of its own, a property documents itself with its getter's.
    let doc = match (&doc, &fget) {
        (Value::None, Value::Function(f)) => f.code.doc.as_deref().map_or(Value::None, Value::str),
        _ => doc,
    };
    descriptor(
        "property",
        Property {
            fget,
            fset,
            fdel,
            doc,
            name: std::cell::RefCell::new(None),
        },
    )
}

/// `prop.setter(f)` and its siblings: a copy with one function replaced.
fn property_with(args: &[Value], which: usize) -> PyResult<Value> {
    arity("setter", args, 2, 2)?;
    let Some(p) = opaque::<Property>(&args[0]) else {
        return type_error("descriptor requires a 'property' object");
    };
    let mut parts = [
        p.fget.clone(),
        p.fset.clone(),
        p.fdel.clone(),
        p.doc.clone(),
    ];
    parts[which] = args[1].clone();
    let [fget, fset, fdel, doc] = parts;
    Ok(make_property(fget, fset, fdel, doc))
}

fn property_getter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_with(args, 0)
}

/// `slice.indices(length)`: start, stop and step as slicing a sequence of
/// that length uses them.
fn slice_indices(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("indices", args, 2, 2)?;
    let Value::Slice(s) = &args[0] else {
        return type_error("descriptor 'indices' requires a 'slice' object");
    };
    let len = match &args[1] {
        Value::Int(n) => *n,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(new_error(
                Builtin::OverflowError,
                "Python int too large to convert to C ssize_t",
            ));
        }
        other => {
            return type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(other)
            ));
        }
    };
    if len < 0 {
        return value_error("length should not be negative");
    }
    let (start, stop, step) = crate::vm::ops::slice_indices(s, len as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn bound(receiver: Value, func: Value) -> Value {
    Value::BoundMethod(alloc(BoundMethod { receiver, func }))
}

/// `f.__get__(obj)`: f bound to obj (f itself when obj is None).
fn function_get(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__get__", args, 2, 3)?;
    match &args[1] {
        Value::None => Ok(args[0].clone()),
        obj => Ok(bound(obj.clone(), args[0].clone())),
    }
}

/// `cm.__get__(obj, owner)`: the function bound to owner (or obj's class).
fn classmethod_get(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__get__", args, 2, 3)?;
    let Some(cm) = opaque::<ClassMethod>(&args[0]) else {
        return type_error("descriptor '__get__' requires a 'classmethod' object");
    };
    let owner = match args.get(2) {
        Some(Value::None) | None => Value::Type(type_of(&args[1])),
        Some(t) => t.clone(),
    };
    Ok(bound(owner, cm.0.clone()))
}

/// `prop.__get__(obj)`: the getter's answer for obj (the property itself
/// when obj is None).
fn property_get(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("__get__", args, 2, 3)?;
    let Some(p) = opaque::<Property>(&args[0]) else {
        return type_error("descriptor '__get__' requires a 'property' object");
    };
    if let Value::None = args[1] {
        return Ok(args[0].clone());
    }
    if let Value::None = p.fget {
        return attribute_error(match &*p.name.borrow() {
            Some(n) => format!(
                "property '{}' of '{}' object has no getter",
                n.text,
                type_name(&args[1])
            ),
            None => "unreadable attribute".to_string(),
        });
    }
    let fget = p.fget.clone();
    vm.call_value(&fget, vec![args[1].clone()])
}

fn property_setter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_with(args, 1)
}

fn property_deleter(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    property_with(args, 2)
}

pub fn staticmethod(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("staticmethod", args, 1, 1)?;
    Ok(descriptor("staticmethod", StaticMethod(args[0].clone())))
}

pub fn classmethod(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("classmethod", args, 1, 1)?;
    Ok(descriptor("classmethod", ClassMethod(args[0].clone())))
}

/// `super(class, obj)`; the compiler passes both for `super()` in a method.
pub fn super_(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args {
        [] => runtime_error("super(): no arguments"),
        [Value::Type(class), obj] => {
            let ok = match obj {
                // A class, or (in a metaclass's method) an instance of one.
                Value::Type(t) => t.is_subclass(class) || type_of(obj).is_subclass(class),
                other => type_of(other).is_subclass(class),
            };
            if !ok {
                return type_error("super(type, obj): obj must be an instance or subtype of type");
            }
            Ok(descriptor(
                "super",
                Super {
                    class: class.clone(),
                    obj: obj.clone(),
                },
            ))
        }
        [Value::Undef, _] | [_, Value::Undef] => runtime_error("super(): __class__ cell not found"),
        [other, _] => type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(other)
        )),
        _ => type_error("super() takes at most 2 arguments"),
    }
}

fn vars(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("vars", args, 1, 1)?;
    let name = alloc(Str::new("__dict__"));
    match vm.get_attr_step(args[0].clone(), &name) {
        Ok(step) => vm.drive(step),
        Err(e) if e.is(Builtin::AttributeError) => {
            type_error("vars() argument must have __dict__ attribute")
        }
        Err(e) => Err(e),
    }
}

fn dir(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("dir", args, 1, 1)?;
    if let Some(m) = crate::vm::protocol::user_method(&args[0], "__dir__") {
        let names = vm.call_value(&m, vec![args[0].clone()])?;
        let mut items = vm.iterate(&names)?;
        crate::stdlib::builtins::sort_values(vm, &mut items, None, false)?;
        return Ok(Value::list(items));
    }
    let mut names: Vec<String> = Vec::new();
    let class = match &args[0] {
        Value::Type(t) => t.clone(),
        other => type_of(other),
    };
    if let Value::Instance(i) = &args[0] {
        for k in i.attrs.borrow().names() {
            names.push(k.as_str().to_string());
        }
    }
    if let Value::Module(m) = &args[0] {
        vm.load_coro_part(m)?;
        for k in m.names.borrow().keys() {
            if m.get(k).is_some() {
                names.push(k.to_string());
            }
        }
    } else {
        for t in std::iter::once(&class).chain(class.mro.iter()) {
            for k in t.dict.borrow().keys() {
                names.push(k.to_string());
            }
        }
        names.extend(
            ["__class__", "__doc__", "__module__", "__dict__"]
                .iter()
                .filter(|_| class.is_user)
                .map(|s| s.to_string()),
        );
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn setattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("setattr", args, 3, 3)?;
    let name = attr_name(&args[1])?;
    let step = vm.set_attr_step(args[0].clone(), &name, args[2].clone())?;
    vm.drive(step)?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    arity("delattr", args, 2, 2)?;
    let name = attr_name(&args[1])?;
    let step = vm.del_attr_step(args[0].clone(), &name)?;
    vm.drive(step)?;
    Ok(Value::None)
}

/// `type(name, bases, ns)`.
/// `type(name, bases, namespace, **kw)`, or a metaclass `meta` making a
/// class: the class is made, tagged with its metaclass, and announced to
/// its bases (`__set_name__`, `__init_subclass__` with `kw`).
pub fn type_new(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    meta: Option<&Ref<TypeObj>>,
) -> PyResult<Value> {
    if args.len() != 3 {
        return type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            args.len()
        ));
    }
    let Value::Str(name) = &args[0] else {
        return type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name(&args[0])
        ));
    };
    let Value::Tuple(bases) = &args[1] else {
        return type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name(&args[1])
        ));
    };
    let Value::Dict(ns) = &args[2] else {
        return type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name(&args[2])
        ));
    };
    let mut classes = Vec::new();
    for b in bases.iter() {
        match b {
            Value::Type(t) => classes.push(t.clone()),
            other => {
                return type_error(format!(
                    "type.__new__() argument 2 must be a tuple of types, not {}",
                    type_name(other)
                ));
            }
        }
    }
    let mut entries: Vec<(Key, Value)> = ns
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    if !entries
        .iter()
        .any(|(k, _)| k.0.as_str() == Some("__module__"))
    {
        entries.push((Key(Value::str("__module__")), Value::str("__main__")));
    }
    let class = vm.make_class(name, classes, entries)?;
    if let Some(meta) = meta {
        class.set_metaclass(meta.clone());
    }
    vm.announce_class(&class, kw.to_vec())?;
    Ok(Value::Type(class))
}

/// `type.__init__(cls, name, bases, namespace, **kw)`: the class is made
/// already; only the arguments are checked.
fn type_init(_: &mut Vm, args: &[Value], _: Kw) -> PyResult<Value> {
    match args.len() {
        2 | 4 => Ok(Value::None),
        _ => type_error("type.__init__() takes 1 or 3 arguments"),
    }
}

/// `type.__call__(cls, *args, **kw)`: makes an instance as calling the
/// class does, without the metaclass's own `__call__` (which is what calls this).
fn type_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.first() else {
        return type_error("descriptor '__call__' of 'type' object needs an argument");
    };
    if !t.is_user {
        return crate::stdlib::builtins::construct(vm, t, &args[1..], kw);
    }
    let step = vm.construct_step(t, args[1..].to_vec(), kw.to_vec())?;
    vm.drive(step)
}

/// Puts the methods of built-in classes into their namespaces (once per
/// thread: built-in classes are shared by the VMs of a thread, and no
/// program can change them).
pub fn register() {
    let object = builtin(Builtin::Object);
    if !object.dict.borrow().is_empty() {
        return;
    }
    for (class, name, func) in class_methods()
        .into_iter()
        .chain(super::dunders::class_methods())
    {
        let t = builtin(class);
        let owner: &'static str = match class {
            Builtin::Object => ".object",
            Builtin::BaseException => ".BaseException",
            Builtin::List => ".list",
            Builtin::Dict => ".dict",
            Builtin::Tuple => ".tuple",
            Builtin::Str => ".str",
            Builtin::Int => ".int",
            Builtin::Float => ".float",
            Builtin::Set => ".set",
            Builtin::Property => ".property",
            Builtin::FrozenSet => ".frozenset",
            Builtin::Generator => ".generator",
            _ => ".type",
        };
        t.dict.borrow_mut().insert(
            name.into(),
            Value::Native(alloc(Native {
                name,
                owner: Some(owner),
                func,
                // Static and class-level methods take a class, not an instance.
                receiver: (!matches!(name, "__new__" | "__init_subclass__" | "mro"))
                    .then_some(class),
            })),
        );
    }
    super::methods::register();
}
