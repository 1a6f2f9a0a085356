//! `frozenset`: an instance of the built-in class `frozenset` whose
//! built-in part is a set. Protocols reach the set through the payload
//! (`protocol::unwrap_payload`); what differs from `set` is here: it is
//! hashable, prints as `frozenset({...})`, has no mutating methods, and its
//! operations give frozensets.

use super::methods;
use crate::vm::Vm;
use crate::vm::heap::{Ref, alloc};
use crate::vm::types::{Builtin, builtin};
use crate::vm::value::*;

type Kw<'a> = &'a [(Ref<Str>, Value)];

/// A frozenset holding the members of `set` (a `Value::Set`).
pub fn freeze(set: Value) -> Value {
    Value::Instance(alloc(Instance::new(builtin(Builtin::FrozenSet), set)))
}

/// Whether `v` is a frozenset.
pub fn is_frozenset(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class().builtin == Builtin::FrozenSet && !i.class().is_user)
}

/// `frozenset(iterable)`.
pub fn construct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    super::arity("frozenset", args, 0, 1)?;
    if let Some(v) = args.first()
        && is_frozenset(v)
    {
        return Ok(v.clone());
    }
    let set = Value::Set(alloc(std::cell::RefCell::new(KeySet::default())));
    if let (Some(src), Value::Set(s)) = (args.first(), &set) {
        for x in vm.iterate(src)? {
            vm.set_add(s, x)?;
        }
    }
    Ok(freeze(set))
}

/// CPython's hash of a frozenset: independent of the members' order.
pub fn hash(vm: &mut Vm, set: &Set) -> PyResult<i64> {
    let members: Vec<Value> = set.borrow().iter().map(|k| k.0.clone()).collect();
    let mut h: u64 = 0;
    for m in members {
        let x = vm.hash(&m)? as u64;
        h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
    }
    h ^= (members_len(set) as u64 + 1).wrapping_mul(1927868237);
    h = (h ^ (h >> 11) ^ (h >> 25))
        .wrapping_mul(69069)
        .wrapping_add(907133923);
    let h = h as i64;
    Ok(if h == -1 { 590923713 } else { h })
}

fn members_len(set: &Set) -> usize {
    set.borrow().len()
}

/// Gives set results of a method back as frozensets.
fn wrap(r: PyResult<Value>) -> PyResult<Value> {
    r.map(|v| match v {
        Value::Set(_) => freeze(v),
        other => other,
    })
}

macro_rules! frozen_methods {
    ($($name:literal => $wrapper:ident($inner:path)),* $(,)?) => {
        $(fn $wrapper(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            wrap($inner(vm, args, kw))
        })*
        /// The methods of frozenset: set's that do not change it.
        pub const METHODS: &[(&str, NativeFn)] = &[$(($name, $wrapper)),*];
    };
}

frozen_methods! {
    "union" => union(methods::set_union),
    "intersection" => intersection(methods::set_intersection),
    "difference" => difference(methods::set_difference),
    "symmetric_difference" => symmetric_difference(methods::set_symmetric_difference),
    "issubset" => issubset(methods::set_issubset),
    "issuperset" => issuperset(methods::set_issuperset),
    "isdisjoint" => isdisjoint(methods::set_isdisjoint),
    "copy" => copy(methods::set_copy),
}

/// Puts frozenset's methods in its class namespace.
pub fn register() {
    let class = builtin(Builtin::FrozenSet);
    let mut dict = class.dict.borrow_mut();
    let set = builtin(Builtin::Set);
    let set_dict = set.dict.borrow();
    for name in ["__repr__", "__contains__", "__iter__", "__len__"] {
        if let Some(Value::Native(m)) = set_dict.get(name) {
            let native = Native {
                name: m.name,
                owner: Some(".frozenset"),
                func: m.func,
                receiver: Some(Builtin::FrozenSet),
            };
            dict.insert(name.into(), Value::Native(alloc(native)));
        }
    }
    for (name, func) in METHODS {
        dict.insert(
            (*name).into(),
            Value::Native(alloc(Native {
                name,
                owner: Some(".frozenset"),
                func: *func,
                receiver: Some(Builtin::FrozenSet),
            })),
        );
    }
}
