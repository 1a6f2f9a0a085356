//! `types.GenericAlias` (`list[int]`) and `types.UnionType` (`int | None`):
//! the values annotations evaluate to, with CPython's reprs, `__origin__`,
//! `__args__`, equality, `isinstance` with a union, and `|` between types.

use super::class::{descriptor, opaque};
use super::exception::type_error;
use super::types::{Builtin, builtin};
use super::value::{PyResult, Value};

/// `origin[args]`, as subscripting a built-in class makes it.
pub struct GenericAlias {
    pub origin: Value,
    pub args: Box<[Value]>,
}

/// `a | b | ...` of types: the distinct members, in order, `None` as `NoneType`.
pub struct Union {
    pub args: Box<[Value]>,
}

const ALIAS: &str = "types.GenericAlias";
const UNION: &str = "types.UnionType";

/// `t[key]` for a built-in class `t`.
pub fn generic_alias(origin: &Value, key: &Value) -> Value {
    let args = match key {
        Value::Tuple(items) => items.iter().cloned().collect(),
        other => Box::new([other.clone()]) as Box<[Value]>,
    };
    descriptor(
        ALIAS,
        GenericAlias {
            origin: origin.clone(),
            args,
        },
    )
}

pub fn as_alias(v: &Value) -> Option<&GenericAlias> {
    opaque::<GenericAlias>(v)
}

pub fn as_union(v: &Value) -> Option<&Union> {
    opaque::<Union>(v)
}

/// Whether `v` may be a member of a union (`|` accepts it).
fn unionable(v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None) || as_alias(v).is_some() || as_union(v).is_some()
}

/// `a | b` when it makes a union: at least one side a type, an alias or a
/// union, and both unionable. `None` when `|` means something else (or nothing).
pub fn union_or(a: &Value, b: &Value) -> Option<Value> {
    if !(unionable(a) && unionable(b)) || (a.is_none() && b.is_none()) {
        return None;
    }
    let mut args: Vec<Value> = Vec::new();
    for side in [a, b] {
        let members: Vec<Value> = match as_union(side) {
            Some(u) => u.args.to_vec(),
            None if side.is_none() => vec![Value::Type(builtin(Builtin::NoneType))],
            None => vec![side.clone()],
        };
        for m in members {
            if !args.iter().any(|x| same_member(x, &m)) {
                args.push(m);
            }
        }
    }
    if args.len() == 1 {
        return args.pop();
    }
    Some(descriptor(
        UNION,
        Union {
            args: args.into_boxed_slice(),
        },
    ))
}

fn same_member(x: &Value, y: &Value) -> bool {
    x.is(y) || alias_eq(x, y)
}

/// `==` between aliases (same origin and arguments) and between unions
/// (the same members, in any order). `None` when neither is one.
pub fn alias_eq(x: &Value, y: &Value) -> bool {
    if let (Some(a), Some(b)) = (as_alias(x), as_alias(y)) {
        return a.origin.is(&b.origin)
            && a.args.len() == b.args.len()
            && a.args
                .iter()
                .zip(&b.args[..])
                .all(|(p, q)| same_member(p, q));
    }
    if let (Some(a), Some(b)) = (as_union(x), as_union(y)) {
        return a.args.len() == b.args.len()
            && a.args
                .iter()
                .all(|p| b.args.iter().any(|q| same_member(p, q)));
    }
    false
}

/// The repr of an alias or a union, as CPython writes it.
pub fn repr(v: &Value) -> Option<String> {
    if let Some(a) = as_alias(v) {
        let args = match &a.args[..] {
            [] => "()".to_string(),
            args => args.iter().map(member_repr).collect::<Vec<_>>().join(", "),
        };
        return Some(format!("{}[{args}]", member_repr(&a.origin)));
    }
    as_union(v).map(|u| {
        u.args
            .iter()
            .map(member_repr)
            .collect::<Vec<_>>()
            .join(" | ")
    })
}

fn member_repr(v: &Value) -> String {
    match v {
        Value::Type(t) if t.builtin == Builtin::NoneType && !t.is_user => "None".into(),
        Value::Type(t) if !t.is_user => t.qualname.to_string(),
        Value::Type(t) => format!("{}.{}", t.module_name(), t.qualname),
        Value::Ellipsis => "...".into(),
        other => repr(other).unwrap_or_else(|| super::repr::repr_plain(other)),
    }
}

/// `__origin__`, `__args__` and `__parameters__` of an alias or union.
pub fn attribute(v: &Value, name: &str) -> Option<Value> {
    let args = |a: &[Value]| Value::tuple(a.to_vec());
    if let Some(a) = as_alias(v) {
        return match name {
            "__origin__" => Some(a.origin.clone()),
            "__args__" => Some(args(&a.args)),
            "__parameters__" => Some(Value::tuple(Vec::new())),
            _ => None,
        };
    }
    let u = as_union(v)?;
    match name {
        "__args__" => Some(args(&u.args)),
        "__parameters__" => Some(Value::tuple(Vec::new())),
        _ => None,
    }
}

/// The classes `isinstance`/`issubclass` test against for a union's members.
pub fn union_classes(v: &Value, fname: &str) -> Option<PyResult<Vec<Value>>> {
    let u = as_union(v)?;
    if u.args.iter().any(|a| as_alias(a).is_some()) {
        return Some(type_error(format!(
            "{fname}() argument 2 cannot be a parameterized generic"
        )));
    }
    Some(Ok(u.args.to_vec()))
}
