//! Classes a program makes: `class` statements and `type(name, bases, ns)`,
//! their instances, and the descriptors a class body uses (`property`,
//! `staticmethod`, `classmethod`, `super`).

use super::Vm;
use super::exception::*;
use super::heap::{Ref, alloc};
use super::protocol::{Step, Then};
use super::types::{Builtin, TypeObj, builtin, c3_mro};
use super::value::*;
use std::cell::RefCell;

/// A class statement whose body is running.
pub struct ClassSpec {
    pub name: Ref<Str>,
    pub bases: Vec<Ref<TypeObj>>,
    pub kw: Vec<(Ref<Str>, Value)>,
    pub ns: Ref<Dict>,
    /// The metaclass that makes the class, when it is not `type`.
    pub meta: Option<Ref<TypeObj>>,
}

/// The attribute a `__slots__` entry makes: `C.x` is this descriptor, and
/// `obj.x` reads the instance's value for it, kept apart from `__dict__`.
pub struct Member {
    pub name: Box<str>,
    /// The class that declared the slot, for the repr.
    pub class: Box<str>,
    /// Where instances hold its value (`Instance::slots`).
    pub index: usize,
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The attribute name it was assigned to (`__set_name__`), for messages.
    pub name: RefCell<Option<Ref<Str>>>,
}

/// `staticmethod(f)`.
pub struct StaticMethod(pub Value);

/// `classmethod(f)`.
pub struct ClassMethod(pub Value);

/// `super(class, obj)`: attribute lookup along obj's MRO after `class`.
pub struct Super {
    pub class: Ref<TypeObj>,
    /// The instance (or, in a classmethod, the class) methods bind to.
    pub obj: Value,
}

/// A descriptor object of one of the kinds above, as an opaque value.
pub fn descriptor<T: 'static>(type_name: &'static str, data: T) -> Value {
    Value::Opaque(alloc(Opaque {
        type_name,
        data: Box::new(data),
    }))
}

/// The data of an opaque value of type `T`.
pub fn opaque<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Opaque(o) => o.data.downcast_ref::<T>(),
        _ => None,
    }
}

/// The function a staticmethod wraps (or the value itself).
pub fn unwrap_staticmethod(v: &Value) -> Value {
    opaque::<StaticMethod>(v).map_or_else(|| v.clone(), |s| s.0.clone())
}

/// The function a classmethod wraps (or the value itself).
pub fn unwrap_classmethod(v: &Value) -> Value {
    opaque::<ClassMethod>(v).map_or_else(|| v.clone(), |s| s.0.clone())
}

impl Vm {
    /// `BuildClass`: runs the class body with a fresh namespace; the class is
    /// made when it returns (`Then::ClassBody`).
    pub(super) fn build_class_step(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
        kw: Vec<(Ref<Str>, Value)>,
    ) -> PyResult<Step> {
        let Value::Str(name) = name else {
            return type_error("class name must be a str");
        };
        if let Some(first) = bases.first()
            && !matches!(first, Value::Type(_))
            && !kw.iter().any(|(k, _)| k.as_str() == "metaclass")
        {
            // CPython takes the first base's type as the metaclass and calls
            // it: a built-in one (`class C(5)`) refuses with its own message.
            let meta = super::types::type_of(first);
            if !meta.is_user {
                let args = vec![
                    Value::Str(name.clone()),
                    Value::tuple(bases.clone()),
                    Value::Dict(alloc(RefCell::new(Map::default()))),
                ];
                self.call_value(&Value::Type(meta), args)?;
            }
        }
        let mut classes = Vec::new();
        for b in bases {
            match b {
                Value::Type(t) => classes.push(t),
                other => {
                    return type_error(format!(
                        "bases must be types, not {}",
                        super::types::type_name(&other)
                    ));
                }
            }
        }
        let mut kw = kw;
        let explicit = match kw.iter().position(|(k, _)| k.as_str() == "metaclass") {
            Some(i) => match kw.remove(i).1 {
                Value::Type(t) => Some(t),
                other => {
                    return type_error(format!(
                        "Coro supports only classes as metaclasses, not '{}'",
                        super::types::type_name(&other)
                    ));
                }
            },
            None => None,
        };
        let meta = winning_metaclass(explicit, &classes)?;
        if let Some(m) = &meta
            && m.lookup_user("__prepare__").is_some()
        {
            return type_error(format!(
                "metaclass '{}' defines __prepare__, which Coro does not support yet",
                m.name
            ));
        }
        let ns = alloc(RefCell::new(Map::default()));
        Ok(Step::call(
            body,
            vec![Value::Dict(ns.clone())],
            Then::ClassBody(Box::new(ClassSpec {
                name,
                bases: classes,
                kw,
                ns,
                meta,
            })),
        ))
    }

    /// Makes the class once its body has run; `cell` is the body's
    /// `__class__` cell (or None), which then holds the class.
    pub(super) fn finish_class(&mut self, spec: ClassSpec, cell: Value) -> PyResult<Value> {
        if let Some(meta) = spec.meta {
            // The metaclass makes it: `meta(name, bases, namespace, **kw)`.
            let bases = spec.bases.iter().map(|b| Value::Type(b.clone())).collect();
            let args = vec![
                Value::Str(spec.name),
                Value::tuple(bases),
                Value::Dict(spec.ns),
            ];
            let class = self.call_value_kw(&Value::Type(meta), args, spec.kw)?;
            if let (Value::Cell(c), Value::Type(_)) = (&cell, &class) {
                *c.borrow_mut() = class.clone();
            }
            return Ok(class);
        }
        let entries: Vec<(Key, Value)> = spec
            .ns
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let class = self.make_class(&spec.name, spec.bases, entries)?;
        if let Value::Cell(c) = cell {
            *c.borrow_mut() = Value::Type(class.clone());
        }
        self.announce_class(&class, spec.kw)?;
        Ok(Value::Type(class))
    }

    /// A new class from its name, bases and namespace.
    pub fn make_class(
        &mut self,
        name: &Str,
        bases: Vec<Ref<TypeObj>>,
        entries: Vec<(Key, Value)>,
    ) -> PyResult<Ref<TypeObj>> {
        let bases = if bases.is_empty() {
            vec![builtin(Builtin::Object)]
        } else {
            bases
        };
        for (i, b) in bases.iter().enumerate() {
            if bases[..i].iter().any(|x| super::heap::same(x, b)) {
                return type_error(format!("duplicate base class {}", b.name));
            }
            if !b.is_user && !subclassable(b.builtin) {
                return type_error(format!("type '{}' is not an acceptable base type", b.name));
            }
        }
        let mro = c3_mro(&bases).map_err(|m| new_error(Builtin::TypeError, m))?;
        let layout = mro
            .iter()
            .map(|t| t.builtin)
            .find(|b| *b != Builtin::Object)
            .unwrap_or(Builtin::Object);
        let mut dict = super::types::Namespace::default();
        for (k, v) in entries {
            if let Value::Str(s) = &k.0 {
                dict.insert(s.as_str().into(), v);
            }
        }
        let qualname = dict
            .get("__qualname__")
            .and_then(|q| q.as_str().map(Box::from))
            .unwrap_or_else(|| name.as_str().into());
        dict.shift_remove("__qualname__");
        let module = dict
            .get("__module__")
            .and_then(|m| m.as_str().map(Box::from))
            .unwrap_or_else(|| "__main__".into());
        if !dict.contains_key("__doc__") {
            dict.insert("__doc__".into(), Value::None);
        }
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            dict.insert("__hash__".into(), Value::None);
        }
        for special in ["__init_subclass__", "__class_getitem__"] {
            if let Some(f @ Value::Function(_)) = dict.get(special) {
                let wrapped = descriptor("classmethod", ClassMethod(f.clone()));
                dict.insert(special.into(), wrapped);
            }
        }
        if let Some(f @ Value::Function(_)) = dict.get("__new__") {
            let wrapped = descriptor("staticmethod", StaticMethod(f.clone()));
            dict.insert("__new__".into(), wrapped);
        }
        let slots = match dict.get("__slots__") {
            None => None,
            Some(Value::Str(s)) => Some(vec![s.as_str().into()]),
            Some(v) => Some(
                self.iterate(v)?
                    .iter()
                    .filter_map(|s| s.as_str().map(Box::from))
                    .collect(),
            ),
        };
        if let Some(slots) = &slots {
            if let Some(clash) = slots.iter().find(|s| dict.contains_key(&***s)) {
                return value_error(format!(
                    "'{clash}' in __slots__ conflicts with class variable"
                ));
            }
            let first = super::types::inherited_slots(&bases);
            for (i, s) in super::types::slot_names(slots).enumerate() {
                let member = Member {
                    name: s.clone(),
                    class: name.as_str().into(),
                    index: first + i,
                };
                dict.insert((**s).into(), descriptor("member_descriptor", member));
            }
        }
        let class = alloc(TypeObj::new(
            name.as_str().into(),
            qualname,
            Some(module),
            bases,
            mro,
            dict,
            layout,
            true,
            slots,
        ));
        for b in &class.bases {
            b.subclasses
                .borrow_mut()
                .push(super::heap::downgrade(&class));
        }
        Ok(class)
    }

    /// `__set_name__` of the new class's attributes, then its parent's
    /// `__init_subclass__`.
    pub fn announce_class(
        &mut self,
        class: &Ref<TypeObj>,
        kw: Vec<(Ref<Str>, Value)>,
    ) -> PyResult<()> {
        let attrs: Vec<(Box<str>, Value)> = class
            .dict
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (name, v) in attrs {
            if let Some(p) = opaque::<Property>(&v) {
                *p.name.borrow_mut() = Some(alloc(Str::new(&*name)));
                continue;
            }
            if let Some(m) = super::protocol::user_method(&v, "__set_name__") {
                self.call_value(
                    &m,
                    vec![v.clone(), Value::Type(class.clone()), Value::str(&*name)],
                )?;
            }
        }
        let parent = class
            .mro
            .iter()
            .take_while(|t| t.is_user)
            .find_map(|t| t.dict.borrow().get("__init_subclass__").cloned());
        match parent {
            Some(hook) => {
                let f = unwrap_classmethod(&hook);
                self.call_value_kw(&f, vec![Value::Type(class.clone())], kw)?;
            }
            None if !kw.is_empty() => {
                return type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    class.name
                ));
            }
            None => {}
        }
        Ok(())
    }

    /// A new, uninitialised instance of a class a program defined. Its
    /// built-in part (for `class Stack(list)`) is made from the arguments
    /// unless the class has its own `__init__` and the part is mutable.
    pub fn new_instance(
        &mut self,
        class: &Ref<TypeObj>,
        args: &[Value],
        kw: &[(Ref<Str>, Value)],
        has_init: bool,
    ) -> PyResult<Value> {
        let layout = class.builtin;
        if layout.is_exception() {
            return Ok(Value::Exception(Exception::new(
                class.clone(),
                args.to_vec(),
            )));
        }
        if layout == Builtin::Type {
            // A metaclass making a class.
            return crate::stdlib::object::type_new(self, args, kw, Some(class));
        }
        if class.has_hook(super::types::HOOK_ABSTRACT) {
            return abstract_error(class);
        }
        if layout == Builtin::Object {
            if !has_init && (!args.is_empty() || !kw.is_empty()) {
                return type_error(format!("{}() takes no arguments", class.name));
            }
            return Ok(Value::Instance(alloc(Instance::new(
                class.clone(),
                Value::Undef,
            ))));
        }
        let mutable = matches!(layout, Builtin::List | Builtin::Dict | Builtin::Set);
        let base = builtin(layout);
        let payload = if mutable && has_init {
            crate::stdlib::builtins::construct(self, &base, &[], &[])?
        } else {
            crate::stdlib::builtins::construct(self, &base, args, kw)?
        };
        Ok(Value::Instance(alloc(Instance::new(
            class.clone(),
            payload,
        ))))
    }
}

/// Whether a program may derive a class from this built-in class.
fn subclassable(b: Builtin) -> bool {
    use Builtin::*;
    b.is_exception()
        || matches!(
            b,
            Object
                | Int
                | Float
                | Str
                | Bytes
                | List
                | Tuple
                | Dict
                | Set
                | FrozenSet
                | Property
                | Type
        )
}

/// The metaclass of a new class: the most derived of the one given and
/// those of the bases (`None` when that is `type`).
fn winning_metaclass(
    explicit: Option<Ref<TypeObj>>,
    bases: &[Ref<TypeObj>],
) -> PyResult<Option<Ref<TypeObj>>> {
    let plain = |t: &Ref<TypeObj>| !t.is_user && t.builtin == Builtin::Type;
    let mut winner = explicit.filter(|m| !plain(m));
    for b in bases {
        let Some(m) = b.metaclass() else {
            continue;
        };
        winner = match winner {
            None => Some(m),
            Some(w) if w.is_subclass(&m) => Some(w),
            Some(w) if m.is_subclass(&w) => Some(m),
            Some(_) => {
                return type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                );
            }
        };
    }
    Ok(winner)
}

/// CPython's TypeError for instantiating a class with abstract methods.
fn abstract_error<T>(class: &TypeObj) -> PyResult<T> {
    let names = class.abstract_methods();
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        class.name,
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    ))
}
