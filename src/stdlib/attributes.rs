//! Attribute access (`obj.name`) on built-in values.

use crate::vm::Vm;
use crate::vm::exception::*;
use crate::vm::heap::{Ref, alloc};
use crate::vm::types::{type_name, type_of};
use crate::vm::value::*;

/// The traceback object of a raised exception (None before it is raised).
/// Coro's traceback objects show only that there is a traceback.
pub fn traceback_of(exc: &Value) -> Value {
    match exc {
        Value::Exception(e) if !e.traceback.borrow().is_empty() => Value::Opaque(alloc(Opaque {
            type_name: "traceback",
            data: Box::new(()),
        })),
        _ => Value::None,
    }
}

/// `module.__dict__` (and `vars(module)`): its bound names as a new dict, in
/// the order its slots were made; like `globals()`, a snapshot, not a live view.
fn module_dict(m: &Module) -> Value {
    let names = m.names.borrow();
    let slots = m.slots.borrow();
    let mut map = Map::default();
    for (n, &i) in names.iter() {
        if !matches!(slots[i as usize], Value::Undef) {
            map.insert(Key(Value::str(&**n)), slots[i as usize].clone());
        }
    }
    Value::dict(map)
}

pub fn get_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    if let Some(m) = super::methods::lookup(obj, name) {
        return Ok(Value::BoundMethod(alloc(BoundMethod {
            receiver: obj.clone(),
            func: Value::Native(m),
        })));
    }
    if name == "__class__" {
        return Ok(Value::Type(type_of(obj)));
    }
    let found = match obj {
        Value::Module(m) => {
            if let Some(v) = m.get(name) {
                return Ok(v);
            }
            if vm.load_coro_part(m)?
                && let Some(v) = m.get(name)
            {
                return Ok(v);
            }
            if name == "__dict__" {
                return Ok(module_dict(m));
            }
            // A module's own `__getattr__` answers for names it lacks (PEP 562).
            if let Some(hook) = m.get("__getattr__") {
                return vm.call_value(&hook, vec![Value::str(name)]);
            }
            return m.get(name).ok_or_else(|| {
                new_error(
                    crate::vm::types::Builtin::AttributeError,
                    format!("module '{}' has no attribute '{name}'", m.name.as_str()),
                )
            });
        }
        Value::Type(t) => match name {
            "__name__" | "__qualname__" => Some(Value::str(&*t.name)),
            "__module__" => Some(Value::str(t.module_name())),
            _ => super::methods::class_method(t.builtin, name),
        },
        Value::Exception(e) => match name {
            "args" => Some(Value::tuple(e.args.borrow().clone())),
            "__cause__" => Some(
                e.cause
                    .borrow()
                    .clone()
                    .map_or(Value::None, Value::Exception),
            ),
            "__context__" => Some(
                e.context
                    .borrow()
                    .clone()
                    .map_or(Value::None, Value::Exception),
            ),
            "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
            "__traceback__" => Some(traceback_of(obj)),
            // A generator's return value.
            "value" if e.is(crate::vm::types::Builtin::StopIteration) => {
                Some(e.first_arg().unwrap_or(Value::None))
            }
            // The exit status asked for: None, the one argument, or all of them.
            "code" if e.is(crate::vm::types::Builtin::SystemExit) => {
                let args = e.args.borrow();
                Some(match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => Value::tuple(args.clone()),
                })
            }
            // Attributes set on it (`__notes__`, say).
            _ => e
                .dict
                .borrow()
                .as_ref()
                .and_then(|d| d.borrow().get(&StrKey(name)).cloned()),
        },
        Value::Function(f) => match name {
            "__name__" => Some(Value::str(&*f.code.name)),
            "__qualname__" => Some(Value::Str(f.qualname.clone())),
            "__module__" => Some(Value::Str(f.module.name.clone())),
            "__doc__" => Some(f.code.doc.as_deref().map_or(Value::None, Value::str)),
            "__annotations__" => Some(match &f.annotations {
                Value::None => Value::Dict(alloc(Default::default())),
                a => a.clone(),
            }),
            "__defaults__" => Some(if f.defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(f.defaults.clone())
            }),
            "__kwdefaults__" => Some(kwdefaults(vm, f)?),
            _ => None,
        },
        Value::Native(n) => match name {
            "__name__" | "__qualname__" => Some(Value::str(n.name)),
            _ => None,
        },
        Value::BoundMethod(b) => match name {
            "__self__" => Some(b.receiver.clone()),
            "__func__" => Some(b.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                return vm.get_attr(&b.func, &Str::new(name));
            }
            _ => None,
        },
        Value::Generator(g) => match name {
            "__name__" => Some(Value::str(
                g.qualname.text.rsplit('.').next().unwrap_or_default(),
            )),
            "__qualname__" => Some(Value::Str(g.qualname.clone())),
            _ => None,
        },
        Value::Coroutine(c) => match name {
            "__name__" => Some(Value::Str(c.name.clone())),
            "__qualname__" => Some(Value::Str(c.qualname.clone())),
            _ => None,
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(crate::vm::ops::positive(obj)?),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        _ => None,
    };
    // A method in the class namespace (`e.add_note`, `(7).__add__`).
    let found = found.or_else(|| match type_of(obj).lookup(name) {
        Some(m @ Value::Native(_)) => Some(Value::BoundMethod(alloc(BoundMethod {
            receiver: obj.clone(),
            func: m,
        }))),
        _ => None,
    });
    match found {
        Some(v) => Ok(v),
        None => match obj {
            Value::Type(t) => attribute_error(format!(
                "type object '{}' has no attribute '{name}'",
                t.name
            )),
            _ => attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                type_name(obj)
            )),
        },
    }
}

/// A function's `__kwdefaults__`: the keyword-only parameters that have a
/// default, by name, or None when none has.
fn kwdefaults(vm: &mut Vm, f: &Function) -> PyResult<Value> {
    if f.kwdefaults.iter().all(Option::is_none) {
        return Ok(Value::None);
    }
    let argc = f.code.argcount as usize;
    let d: Ref<Dict> = alloc(Default::default());
    for (i, v) in f.kwdefaults.iter().enumerate() {
        if let (Some(v), Some(name)) = (v, f.code.slot_names.get(argc + i)) {
            vm.dict_set(&d, Value::str(&**name), v.clone())?;
        }
    }
    Ok(Value::Dict(d))
}
