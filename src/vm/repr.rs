//! `repr()` and `str()` of built-in values, as CPython prints them.

use super::heap::address;
use super::types::type_name;
use super::value::*;
use crate::fmt::{bytes_repr, str_repr};
use std::fmt::Write;

/// `str(v)` of a built-in value (a program's classes need `Vm::to_str`).
pub fn str_plain(v: &Value) -> String {
    match v {
        Value::Str(s) => s.text.to_string(),
        Value::Exception(e) => exception_str(e),
        _ => repr_plain(v),
    }
}

/// `str(e)` of an exception of a built-in class: its message, or its args.
pub fn exception_str(e: &super::exception::Exception) -> String {
    let args = e.args.borrow();
    match args.as_slice() {
        [] => String::new(),
        [one] if e.is(super::types::Builtin::KeyError) => repr_plain(one),
        [one] => str_plain(one),
        many => repr_plain(&Value::tuple(many.to_vec())),
    }
}

/// `repr(v)` of a built-in value (a program's classes need `Vm::repr`).
pub fn repr_plain(v: &Value) -> String {
    repr_with(v, &mut Seen::default(), &mut |_, _| None)
}

/// The containers whose repr is being written, by identity: a set, since
/// a repr nested thousands deep asks it at every level.
pub type Seen = rustc_hash::FxHashSet<usize>;

/// Writes the repr of values the hook does not answer for: the hook gives
/// the repr of values whose class a program defined, and gets the
/// containers being written (to hand on to reprs it runs).
pub type Hook<'a> = dyn FnMut(&Value, &mut Seen) -> Option<String> + 'a;

/// `repr(v)`, asking `hook` first for every value met on the way; `seen`
/// holds the containers already being written (shown as `[...]`).
pub fn repr_with(v: &Value, seen: &mut Seen, hook: &mut Hook) -> String {
    let mut out = String::new();
    write_repr(&mut out, v, seen, hook);
    out
}

/// `<__main__.C object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let t = super::types::type_of(v);
    let name = if t.is_user {
        format!("{}.{}", t.module_name(), t.qualname)
    } else {
        t.name.to_string()
    };
    format!("<{name} object at {:#x}>", identity(v))
}

/// A number that identifies an object while it lives (Python's `id`).
pub fn identity(v: &Value) -> usize {
    match v {
        Value::BigInt(x) => address(x),
        Value::Str(x) => address(x),
        Value::Bytes(x) => address(x),
        Value::List(x) => address(x),
        Value::Tuple(x) => address(x),
        Value::Dict(x) => address(x),
        Value::Set(x) => address(x),
        Value::Range(x) => address(x),
        Value::Function(x) => address(x),
        Value::Native(x) => address(x),
        Value::BoundMethod(x) => address(x),
        Value::Module(x) => address(x),
        Value::Type(x) => address(x),
        Value::Exception(x) => address(x),
        Value::Coroutine(x) => address(x),
        Value::Generator(x) => address(x),
        Value::Future(x) => address(x),
        Value::Iterator(x) => address(x),
        Value::Slice(x) => address(x),
        Value::Cell(x) => address(x),
        Value::Code(x) => address(x),
        Value::View(x) => address(x),
        Value::Opaque(x) => address(x),
        Value::Instance(x) => address(x),
        Value::None => 0x1000,
        Value::Ellipsis => 0x1008,
        Value::Bool(b) => 0x2000 + *b as usize,
        Value::Int(i) => *i as usize,
        Value::Float(f) => f.to_bits() as usize,
        Value::Undef => 0,
    }
}

fn write_repr(out: &mut String, v: &Value, seen: &mut Seen, hook: &mut Hook) {
    if let Some(text) = hook(v, seen) {
        out.push_str(&text);
        return;
    }
    match v {
        Value::None => out.push_str("None"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::BigInt(b) => {
            let _ = write!(out, "{b}");
        }
        Value::Float(f) => out.push_str(&crate::fmt::float_repr(*f)),
        Value::Str(s) => out.push_str(&str_repr(&s.text)),
        Value::Bytes(b) => out.push_str(&bytes_repr(b)),
        // Item by item, not under a borrow: a `__repr__` may change the list
        // (as CPython, items it appends are shown too).
        Value::List(l) => container(out, v, seen, "[", "]", |out, seen| {
            let mut i = 0;
            loop {
                let Some(x) = l.borrow().get(i).cloned() else {
                    break;
                };
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, &x, seen, hook);
                i += 1;
            }
        }),
        Value::Tuple(t) => container(out, v, seen, "(", ")", |out, seen| {
            items(out, t, seen, t.len() == 1, hook)
        }),
        Value::Dict(d) => container(out, v, seen, "{", "}", |out, seen| {
            let entries: Vec<(Key, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for (i, (k, val)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, &k.0, seen, hook);
                out.push_str(": ");
                write_repr(out, val, seen, hook);
            }
        }),
        Value::Set(s) => {
            if s.borrow().is_empty() {
                out.push_str("set()");
                return;
            }
            container(out, v, seen, "{", "}", |out, seen| {
                let keys = crate::vm::ops::set_items(s);
                items(out, &keys, seen, false, hook)
            })
        }
        Value::Range(r) => {
            if r.step == 1 {
                let _ = write!(out, "range({}, {})", r.start, r.stop);
            } else {
                let _ = write!(out, "range({}, {}, {})", r.start, r.stop, r.step);
            }
        }
        Value::Slice(s) => {
            out.push_str("slice(");
            write_repr(out, &s.start, seen, hook);
            out.push_str(", ");
            write_repr(out, &s.stop, seen, hook);
            out.push_str(", ");
            write_repr(out, &s.step, seen, hook);
            out.push(')');
        }
        Value::Function(f) => {
            let _ = write!(out, "<function {} at {:#x}>", f.qualname.text, identity(v));
        }
        Value::Native(n) => match n.owner {
            Some(owner) if owner.starts_with('.') => {
                let _ = write!(out, "<method '{}' of '{}' objects>", n.name, &owner[1..]);
            }
            _ => {
                let _ = write!(out, "<built-in function {}>", n.name);
            }
        },
        Value::BoundMethod(b) => match &b.func {
            Value::Native(n) => {
                let _ = write!(
                    out,
                    "<built-in method {} of {} object at {:#x}>",
                    n.name,
                    type_name(&b.receiver),
                    identity(&b.receiver)
                );
            }
            Value::Function(f) => {
                out.push_str("<bound method ");
                out.push_str(&f.qualname.text);
                out.push_str(" of ");
                write_repr(out, &b.receiver, seen, hook);
                out.push('>');
            }
            _ => out.push_str("<bound method>"),
        },
        // A module from a file names it; one without is built in, or a
        // namespace package (CPython names its loader there).
        Value::Module(m) => {
            let _ = match (m.get("__file__"), m.get("__path__")) {
                (Some(Value::Str(f)), _) => {
                    write!(out, "<module '{}' from '{}'>", m.name.text, f.text)
                }
                (_, Some(_)) => write!(out, "<module '{}' (namespace)>", m.name.text),
                _ => write!(out, "<module '{}' (built-in)>", m.name.text),
            };
        }
        Value::Type(t) => {
            let _ = match t.module.as_deref() {
                Some(m) => write!(out, "<class '{m}.{}'>", t.qualname),
                None => write!(out, "<class '{}'>", t.name),
            };
        }
        Value::Instance(_) => out.push_str(&default_repr(v)),
        Value::Exception(e) => {
            out.push_str(&e.class.name);
            out.push('(');
            let args = e.args.borrow().clone();
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, a, seen, hook);
            }
            out.push(')');
        }
        Value::Coroutine(c) => object_at(out, "coroutine", &c.qualname, v),
        Value::Generator(g) => object_at(out, "generator", &g.qualname, v),
        Value::Future(f) => out.push_str(&crate::runtime::future::future_repr(f)),
        Value::Iterator(_) => {
            let _ = write!(out, "<{} object at {:#x}>", type_name(v), identity(v));
        }
        Value::Cell(_) => out.push_str("<cell>"),
        Value::View(view) => {
            out.push_str(&type_name(v));
            out.push('(');
            let items = crate::stdlib::iterators::view_items(&view.0, view.1);
            container(out, v, seen, "[", "]", |out, seen| {
                items_(out, &items, seen, hook)
            });
            out.push(')');
        }
        Value::Code(c) => {
            let _ = write!(out, "<code object {} at {:#x}>", c.name, identity(v));
        }
        Value::Opaque(o) => match o.type_name {
            "NotImplementedType" => out.push_str("NotImplemented"),
            "member_descriptor" => match o.data.downcast_ref::<super::class::Member>() {
                Some(m) => {
                    let _ = write!(out, "<member '{}' of '{}' objects>", m.name, m.class);
                }
                None => out.push_str("<member>"),
            },
            "types.GenericAlias" | "types.UnionType" => {
                out.push_str(&super::alias::repr(v).unwrap_or_default());
            }
            "super" => match o.data.downcast_ref::<super::class::Super>() {
                Some(s) => {
                    let obj_class = super::types::type_of(&s.obj);
                    let _ = write!(
                        out,
                        "<super: <class '{}'>, <{} object>>",
                        s.class.name, obj_class.name
                    );
                }
                None => out.push_str("<super>"),
            },
            name => {
                let _ = write!(out, "<{name} object at {:#x}>", identity(v));
            }
        },
        Value::Undef => out.push_str("<unbound>"),
    }
}

fn container(
    out: &mut String,
    v: &Value,
    seen: &mut Seen,
    open: &str,
    close: &str,
    body: impl FnOnce(&mut String, &mut Seen),
) {
    let id = identity(v);
    if !seen.insert(id) {
        out.push_str(open);
        out.push_str("...");
        out.push_str(close);
        return;
    }
    out.push_str(open);
    body(out, seen);
    out.push_str(close);
    seen.remove(&id);
}

/// `<coroutine object f at 0x...>` and the like.
fn object_at(out: &mut String, kind: &str, qualname: &Str, v: &Value) {
    let _ = write!(
        out,
        "<{kind} object {} at {:#x}>",
        qualname.text,
        identity(v)
    );
}

fn items(
    out: &mut String,
    items: &[Value],
    seen: &mut Seen,
    trailing_comma: bool,
    hook: &mut Hook,
) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_repr(out, x, seen, hook);
    }
    if trailing_comma {
        out.push(',');
    }
}

fn items_(out: &mut String, values: &[Value], seen: &mut Seen, hook: &mut Hook) {
    items(out, values, seen, false, hook)
}
