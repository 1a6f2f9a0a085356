//! Attribute access: `obj.name`, `obj.name = v` and `del obj.name` on
//! instances, classes and `super()` objects, with descriptors (functions
//! that bind, `property`, `staticmethod`, `classmethod`, user descriptors)
//! and `__getattr__`/`__getattribute__`/`__setattr__`/`__delattr__`.

use super::Vm;
use super::class::{
    ClassMethod, Member, Property, StaticMethod, Super, opaque, unwrap_classmethod,
};
use super::code::{AttrCache, MethodCache};
use super::exception::*;
use super::heap::{Ref, alloc};
use super::protocol::{Step, Then, user_method};
use super::shape::{Attrs, Own};
use super::types::{Builtin, TypeObj, type_name, type_of};
use super::value::*;
use std::cell::{Cell, RefCell};

fn bound(receiver: Value, func: Value) -> Value {
    Value::BoundMethod(alloc(BoundMethod { receiver, func }))
}

fn no_attribute<T>(obj: &Value, name: &str) -> PyResult<T> {
    attribute_error(format!(
        "'{}' object has no attribute '{name}'",
        type_name(obj)
    ))
}

/// A user descriptor: an instance whose class defines `__get__` (and
/// `__set__`/`__delete__` for a data descriptor).
pub(crate) fn is_data_descriptor(d: &Value) -> bool {
    opaque::<Property>(d).is_some()
        || opaque::<Member>(d).is_some()
        || (matches!(d, Value::Instance(_))
            && (user_method(d, "__set__").is_some() || user_method(d, "__delete__").is_some()))
}

impl Vm {
    /// `obj.name`.
    pub fn get_attr_step(&mut self, obj: Value, name: &Ref<Str>) -> PyResult<Step> {
        match &obj {
            Value::Instance(inst) => {
                let class = inst.class();
                if let Some(ga) = class.lookup_user("__getattribute__") {
                    let args = vec![obj.clone(), Value::Str(name.clone())];
                    let Some(fallback) = class.lookup_user("__getattr__") else {
                        return Ok(Step::call(ga, args, Then::Value));
                    };
                    return match self.call_value(&ga, args) {
                        Err(e) if e.is(Builtin::AttributeError) => Ok(Step::call(
                            fallback,
                            vec![obj.clone(), Value::Str(name.clone())],
                            Then::Value,
                        )),
                        r => r.map(Step::Done),
                    };
                }
                let own = Own::Instance(inst.clone());
                self.generic_getattr(obj, &class, Some(&own), name)
            }
            Value::Exception(e) if e.class.is_user => {
                let class = e.class.clone();
                let own = Own::Dict(e.attrs());
                self.generic_getattr(obj, &class, Some(&own), name)
            }
            Value::Type(t) => self.class_attr_step(t, name),
            Value::Function(f) => {
                let own = f
                    .dict
                    .borrow()
                    .as_ref()
                    .and_then(|d| d.borrow().get(&StrKey(name.as_str())).cloned());
                match own {
                    Some(v) => Ok(Step::Done(v)),
                    None if name.as_str() == "__dict__" => {
                        let d = f
                            .dict
                            .borrow_mut()
                            .get_or_insert_with(|| alloc(std::cell::RefCell::new(Map::default())))
                            .clone();
                        Ok(Step::Done(Value::Dict(d)))
                    }
                    None => Ok(Step::Done(crate::stdlib::attributes::get_attr(
                        self,
                        &obj,
                        name.as_str(),
                    )?)),
                }
            }
            Value::Opaque(o) if o.type_name == "super" => self.super_attr_step(&obj, name),
            Value::Opaque(_) => {
                if let Some(v) = super::alias::attribute(&obj, name.as_str()) {
                    return Ok(Step::Done(v));
                }
                if name.as_str() == "__isabstractmethod__" {
                    return self.descriptor_is_abstract(&obj).map(Step::Done);
                }
                if let Some(p) = opaque::<Property>(&obj) {
                    match name.as_str() {
                        "fget" => return Ok(Step::Done(p.fget.clone())),
                        "fset" => return Ok(Step::Done(p.fset.clone())),
                        "fdel" => return Ok(Step::Done(p.fdel.clone())),
                        "__doc__" => return Ok(Step::Done(p.doc.clone())),
                        _ => {}
                    }
                }
                if name.as_str() == "__func__" {
                    if let Some(s) = opaque::<StaticMethod>(&obj) {
                        return Ok(Step::Done(s.0.clone()));
                    }
                    if let Some(c) = opaque::<ClassMethod>(&obj) {
                        return Ok(Step::Done(c.0.clone()));
                    }
                }
                if let Some(m @ Value::Native(_)) = type_of(&obj).lookup(name.as_str()) {
                    return Ok(Step::Done(bound(obj, m)));
                }
                Ok(Step::Done(crate::stdlib::attributes::get_attr(
                    self,
                    &obj,
                    name.as_str(),
                )?))
            }
            _ => Ok(Step::Done(crate::stdlib::attributes::get_attr(
                self,
                &obj,
                name.as_str(),
            )?)),
        }
    }

    /// `object.__getattribute__`: data descriptors of the class, then the
    /// instance's dict, then other class attributes, then `__getattr__`.
    pub fn generic_getattr(
        &mut self,
        obj: Value,
        class: &Ref<TypeObj>,
        dict: Option<&Own>,
        name: &Ref<Str>,
    ) -> PyResult<Step> {
        if !class.has_hook(super::types::HOOK_GETATTR) {
            return self.find_attr(obj, class, dict, name);
        }
        let Some(fallback) = class.lookup_user("__getattr__") else {
            return self.find_attr(obj, class, dict, name);
        };
        // An AttributeError from anywhere in the lookup (a property's getter
        // included) falls back to `__getattr__`.
        let found = self
            .find_attr(obj.clone(), class, dict, name)
            .and_then(|step| self.drive(step));
        match found {
            Err(e) if e.is(Builtin::AttributeError) => Ok(Step::call(
                fallback,
                vec![obj, Value::Str(name.clone())],
                Then::Value,
            )),
            r => r.map(Step::Done),
        }
    }

    /// `generic_getattr` without the `__getattr__` fallback.
    fn find_attr(
        &mut self,
        obj: Value,
        class: &Ref<TypeObj>,
        dict: Option<&Own>,
        name: &Ref<Str>,
    ) -> PyResult<Step> {
        let class_attr = class.lookup(name.as_str());
        if let Some(d) = &class_attr
            && is_data_descriptor(d)
        {
            return self.bind_step(d, obj, class);
        }
        if let Some(dict) = dict
            && let Some(v) = dict.get(name.as_str())
        {
            return Ok(Step::Done(v));
        }
        match name.as_str() {
            "__dict__" if dict.is_some() && has_dict(class) => {
                return Ok(Step::Done(Value::Dict(dict.expect("checked").dict())));
            }
            "__class__" => return Ok(Step::Done(Value::Type(class.clone()))),
            _ => {}
        }
        if let Some(d) = class_attr {
            return self.bind_step(&d, obj, class);
        }
        // The attributes of the built-in part (`int.real`, an exception's `args`).
        let base = match &obj {
            Value::Instance(i) if i.class().is_user && !matches!(i.payload, Value::Undef) => {
                Some(i.payload.clone())
            }
            Value::Exception(_) => Some(obj.clone()),
            _ => None,
        };
        if let Some(base) = base
            && let Ok(v) = crate::stdlib::attributes::get_attr(self, &base, name.as_str())
        {
            return Ok(Step::Done(v));
        }
        no_attribute(&obj, name.as_str())
    }

    /// A class attribute `d` read through an instance `obj`.
    fn bind_step(&mut self, d: &Value, obj: Value, class: &Ref<TypeObj>) -> PyResult<Step> {
        Ok(Step::Done(match d {
            Value::Function(_) | Value::Native(_) => bound(obj, d.clone()),
            Value::Opaque(_) => {
                if let Some(p) = opaque::<Property>(d) {
                    if p.fget.is_none() {
                        return no_accessor(p, class, "getter");
                    }
                    return Ok(Step::call(p.fget.clone(), vec![obj], Then::Value));
                }
                if let Some(s) = opaque::<StaticMethod>(d) {
                    return Ok(Step::Done(s.0.clone()));
                }
                if let Some(m) = opaque::<Member>(d)
                    && let Value::Instance(inst) = &obj
                {
                    let v = inst.slots.borrow().get(m.index).cloned();
                    return match v {
                        Some(Value::Undef) | None => no_attribute(&obj, &m.name),
                        Some(v) => Ok(Step::Done(v)),
                    };
                }
                if let Some(c) = opaque::<ClassMethod>(d) {
                    return Ok(Step::Done(bound(Value::Type(class.clone()), c.0.clone())));
                }
                d.clone()
            }
            Value::Instance(_) => match user_method(d, "__get__") {
                Some(get) => {
                    return Ok(Step::call(
                        get,
                        vec![d.clone(), obj, Value::Type(class.clone())],
                        Then::Value,
                    ));
                }
                None => d.clone(),
            },
            _ => d.clone(),
        }))
    }

    /// `C.name` for a class.
    fn class_attr_step(&mut self, t: &Ref<TypeObj>, name: &Ref<Str>) -> PyResult<Step> {
        let special = match name.as_str() {
            "__name__" => Some(Value::str(&*t.name)),
            "__qualname__" => Some(Value::str(&*t.qualname)),
            "__module__" => Some(Value::str(t.module_name())),
            "__mro__" => Some(Value::tuple(
                std::iter::once(Value::Type(t.clone()))
                    .chain(t.mro.iter().map(|c| Value::Type(c.clone())))
                    .collect(),
            )),
            "__bases__" => Some(Value::tuple(
                t.bases.iter().map(|c| Value::Type(c.clone())).collect(),
            )),
            "__base__" => Some(
                t.bases
                    .first()
                    .map_or(Value::None, |b| Value::Type(b.clone())),
            ),
            "__dict__" => Some(Value::dict(
                t.dict
                    .borrow()
                    .iter()
                    .map(|(k, v)| (Key(Value::str(&**k)), v.clone()))
                    .collect(),
            )),
            "__doc__" => Some(
                t.dict
                    .borrow()
                    .get("__doc__")
                    .cloned()
                    .unwrap_or(Value::None),
            ),
            "__class__" => Some(Value::Type(super::types::builtin(Builtin::Type))),
            _ => None,
        };
        if let Some(v) = special {
            return Ok(Step::Done(v));
        }
        if !t.is_user
            && let Some(m) = crate::stdlib::methods::class_method(t.builtin, name.as_str())
        {
            return Ok(Step::Done(m));
        }
        if let Some(d) = t.lookup(name.as_str()) {
            return Ok(Step::Done(match &d {
                Value::Opaque(_) => {
                    if let Some(s) = opaque::<StaticMethod>(&d) {
                        s.0.clone()
                    } else if let Some(c) = opaque::<ClassMethod>(&d) {
                        bound(Value::Type(t.clone()), c.0.clone())
                    } else {
                        d.clone()
                    }
                }
                Value::Instance(_) => match user_method(&d, "__get__") {
                    Some(get) => {
                        return Ok(Step::call(
                            get,
                            vec![d.clone(), Value::None, Value::Type(t.clone())],
                            Then::Value,
                        ));
                    }
                    None => d.clone(),
                },
                _ => d.clone(),
            }));
        }
        if name.as_str() == "__subclasses__" {
            let f = crate::stdlib::native(
                "__subclasses__",
                Some(".type"),
                crate::stdlib::object::type_subclasses,
            );
            return Ok(Step::Done(bound(Value::Type(t.clone()), f)));
        }
        if name.as_str() == "mro" {
            let mro = crate::stdlib::native("mro", Some(".type"), crate::stdlib::object::type_mro);
            return Ok(Step::Done(bound(Value::Type(t.clone()), mro)));
        }
        // The metaclass's attributes, bound to the class.
        if let Some(meta) = t.metaclass()
            && let Some(d) = meta.lookup(name.as_str())
        {
            return self.bind_step(&d, Value::Type(t.clone()), &meta);
        }
        if !t.is_user {
            return Ok(Step::Done(crate::stdlib::attributes::get_attr(
                self,
                &Value::Type(t.clone()),
                name.as_str(),
            )?));
        }
        attribute_error(format!(
            "type object '{}' has no attribute '{}'",
            t.name,
            name.as_str()
        ))
    }

    /// `super().name`: the MRO of the object's class, after the class `super` names.
    fn super_attr_step(&mut self, sup: &Value, name: &Ref<Str>) -> PyResult<Step> {
        let Some(s) = opaque::<Super>(sup) else {
            return no_attribute(sup, name.as_str());
        };
        let start = match &s.obj {
            Value::Type(t) if t.is_subclass(&s.class) => t.clone(),
            other => type_of(other),
        };
        let chain: Vec<Ref<TypeObj>> = std::iter::once(start.clone())
            .chain(start.mro.iter().cloned())
            .collect();
        let after = chain
            .iter()
            .position(|t| super::heap::same(t, &s.class))
            .map_or(chain.len(), |i| i + 1);
        let found = chain[after..]
            .iter()
            .find_map(|t| t.dict.borrow().get(name.as_str()).cloned());
        let Some(d) = found else {
            if name.as_str() == "__class__" {
                return Ok(Step::Done(Value::Type(super::types::builtin(
                    Builtin::Super,
                ))));
            }
            return attribute_error(format!(
                "'super' object has no attribute '{}'",
                name.as_str()
            ));
        };
        if let Value::Type(t) = &s.obj
            && t.is_subclass(&s.class)
        {
            if name.as_str() == "__init_subclass__" {
                return Ok(Step::Done(bound(s.obj.clone(), unwrap_classmethod(&d))));
            }
            // In a classmethod or `__new__`: functions stay plain.
            if let Some(c) = opaque::<ClassMethod>(&d) {
                return Ok(Step::Done(bound(s.obj.clone(), c.0.clone())));
            }
            if let Some(st) = opaque::<StaticMethod>(&d) {
                return Ok(Step::Done(st.0.clone()));
            }
            return Ok(Step::Done(d));
        }
        let obj = s.obj.clone();
        self.bind_step(&d, obj, &start)
    }

    /// `obj.name = value`.
    pub fn set_attr_step(&mut self, obj: Value, name: &Ref<Str>, value: Value) -> PyResult<Step> {
        match &obj {
            Value::Instance(inst) => {
                let class = inst.class();
                if let Some(sa) = class.lookup_user("__setattr__") {
                    return Ok(Step::call(
                        sa,
                        vec![obj.clone(), Value::Str(name.clone()), value],
                        Then::Discard,
                    ));
                }
                let own = Own::Instance(inst.clone());
                self.generic_setattr(obj, &class, Some(&own), name, value)
            }
            Value::Exception(e) => {
                let class = e.class.clone();
                let own = Own::Dict(e.attrs());
                self.generic_setattr(obj, &class, Some(&own), name, value)
            }
            Value::Type(t) if t.is_user => {
                t.dict.borrow_mut().insert(name.as_str().into(), value);
                t.touch();
                Ok(Step::Done(Value::Undef))
            }
            Value::Type(t) => type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.as_str(),
                t.name
            )),
            Value::Module(m) => {
                m.set(name.as_str(), value);
                Ok(Step::Done(Value::Undef))
            }
            Value::Function(f) => {
                let dict = f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| alloc(std::cell::RefCell::new(Map::default())))
                    .clone();
                dict.borrow_mut()
                    .insert(Key(Value::Str(name.clone())), value);
                Ok(Step::Done(Value::Undef))
            }
            _ if name.as_str() == "__class__" => type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ),
            _ => no_attribute(&obj, name.as_str()),
        }
    }

    /// `object.__setattr__`: a data descriptor of the class, else the instance's dict.
    pub fn generic_setattr(
        &mut self,
        obj: Value,
        class: &Ref<TypeObj>,
        dict: Option<&Own>,
        name: &Ref<Str>,
        value: Value,
    ) -> PyResult<Step> {
        if name.as_str() == "__class__" {
            assign_class(&obj, class, value)?;
            return Ok(Step::Done(Value::Undef));
        }
        if let Some(d) = class.lookup(name.as_str()) {
            if let Some(p) = opaque::<Property>(&d) {
                if p.fset.is_none() {
                    return no_accessor(p, class, "setter");
                }
                return Ok(Step::call(p.fset.clone(), vec![obj, value], Then::Discard));
            }
            if let Some(set) = user_method(&d, "__set__") {
                return Ok(Step::call(set, vec![d, obj, value], Then::Discard));
            }
            if let Some(m) = opaque::<Member>(&d)
                && let Value::Instance(inst) = &obj
            {
                let old = std::mem::replace(&mut inst.slots.borrow_mut()[m.index], value);
                drop(old);
                return Ok(Step::Done(Value::Undef));
            }
        }
        if !slot_allowed(class, name.as_str()) {
            // A class attribute of a slotted class cannot be shadowed.
            if class.lookup(name.as_str()).is_some() {
                return attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    type_name(&obj),
                    name.as_str()
                ));
            }
            return no_attribute(&obj, name.as_str());
        }
        match dict {
            Some(dict) => {
                dict.set(name, value);
                Ok(Step::Done(Value::Undef))
            }
            None => no_attribute(&obj, name.as_str()),
        }
    }

    /// `del obj.name`.
    pub fn del_attr_step(&mut self, obj: Value, name: &Ref<Str>) -> PyResult<Step> {
        let (class, dict) = match &obj {
            Value::Instance(inst) => {
                if let Some(da) = inst.class().lookup_user("__delattr__") {
                    return Ok(Step::call(
                        da,
                        vec![obj.clone(), Value::Str(name.clone())],
                        Then::Discard,
                    ));
                }
                (inst.class(), Own::Instance(inst.clone()))
            }
            Value::Exception(e) => (e.class.clone(), Own::Dict(e.attrs())),
            Value::Type(t) if t.is_user => {
                if t.dict.borrow_mut().shift_remove(name.as_str()).is_none() {
                    return attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        t.name,
                        name.as_str()
                    ));
                }
                t.touch();
                return Ok(Step::Done(Value::Undef));
            }
            _ => return no_attribute(&obj, name.as_str()),
        };
        self.generic_delattr(obj, &class, &dict, name)
    }

    /// `object.__delattr__`.
    pub fn generic_delattr(
        &mut self,
        obj: Value,
        class: &Ref<TypeObj>,
        dict: &Own,
        name: &Ref<Str>,
    ) -> PyResult<Step> {
        if name.as_str() == "__class__" {
            return type_error("can't delete __class__ attribute");
        }
        if let Some(d) = class.lookup(name.as_str()) {
            if let Some(p) = opaque::<Property>(&d) {
                if p.fdel.is_none() {
                    return no_accessor(p, class, "deleter");
                }
                return Ok(Step::call(p.fdel.clone(), vec![obj], Then::Discard));
            }
            if let Some(del) = user_method(&d, "__delete__") {
                return Ok(Step::call(del, vec![d, obj], Then::Discard));
            }
            if let Some(m) = opaque::<Member>(&d)
                && let Value::Instance(inst) = &obj
            {
                let old = std::mem::replace(&mut inst.slots.borrow_mut()[m.index], Value::Undef);
                if matches!(old, Value::Undef) {
                    return attribute_error(m.name.to_string());
                }
                drop(old);
                return Ok(Step::Done(Value::Undef));
            }
        }
        match dict.remove(name.as_str()) {
            Some(_) => Ok(Step::Done(Value::Undef)),
            None => no_attribute(&obj, name.as_str()),
        }
    }

    /// For `obj.name(...)`: the plain function the class holds under `name`,
    /// when reading the attribute would only bind it to `obj`.
    pub fn method_of(
        &self,
        obj: &Value,
        name: &str,
        cache: &RefCell<MethodCache>,
    ) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let class = inst.class.borrow();
        let version = class.version();
        let attrs = inst.attrs.borrow();
        // A shape without the name says the instance does not hide the method.
        let shape = shape_id(&attrs);
        let mut c = cache.borrow_mut();
        if c.version == version {
            if shape != 0 && c.shape == shape {
                return Some(c.func.clone());
            }
            if attrs.contains(name) {
                return None;
            }
            c.shape = shape;
            return Some(c.func.clone());
        }
        let f = class.lookup(name)?;
        match f {
            Value::Function(_) | Value::Native(_) if !attrs.contains(name) => {
                if class.has_hook(super::types::HOOK_GETATTRIBUTE) {
                    return None;
                }
                *c = MethodCache {
                    version,
                    shape,
                    func: f.clone(),
                };
                Some(f)
            }
            _ => None,
        }
    }

    /// `__isabstractmethod__` of a property, classmethod or staticmethod:
    /// whether a function it wraps is abstract (`abc.abstractmethod`).
    fn descriptor_is_abstract(&mut self, d: &Value) -> PyResult<Value> {
        let wrapped = if let Some(p) = opaque::<Property>(d) {
            vec![p.fget.clone(), p.fset.clone(), p.fdel.clone()]
        } else if let Some(c) = opaque::<ClassMethod>(d) {
            vec![c.0.clone()]
        } else if let Some(s) = opaque::<StaticMethod>(d) {
            vec![s.0.clone()]
        } else {
            return no_attribute(d, "__isabstractmethod__");
        };
        let name = alloc(Str::new("__isabstractmethod__"));
        for f in wrapped.iter().filter(|f| !f.is_none()) {
            let step = self.get_attr_step(f.clone(), &name);
            if let Ok(v) = step.and_then(|s| self.drive(s))
                && self.truthy(&v)?
            {
                return Ok(Value::Bool(true));
            }
        }
        Ok(Value::Bool(false))
    }

    /// `getattr(obj, name)` from native code.
    pub fn get_attr(&mut self, obj: &Value, name: &Str) -> PyResult<Value> {
        let name = alloc(Str::new(name.as_str()));
        let step = self.get_attr_step(obj.clone(), &name)?;
        self.drive(step)
    }

    /// `setattr(obj, name, value)` from native code.
    pub fn set_attr(&mut self, obj: &Value, name: &Str, value: Value) -> PyResult<()> {
        let name = alloc(Str::new(name.as_str()));
        let step = self.set_attr_step(obj.clone(), &name, value)?;
        self.drive(step).map(drop)
    }
}

/// The fast path of `obj.name` for the common case: an instance attribute
/// that no class attribute of the same name shadows or describes, on a
/// class without `__getattribute__`. `None`: take the general path.
#[inline]
pub fn instance_attr(obj: &Value, name: &Str, cache: &Cell<AttrCache>) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let class = &*inst.class.borrow();
    let c = cache.get();
    if c.shape == IN_SLOT && c.version == class.version() {
        return inst
            .slots
            .borrow()
            .get(c.index as usize)
            .filter(|v| !matches!(v, Value::Undef))
            .cloned();
    }
    let attrs = inst.attrs.borrow();
    if let Attrs::Shaped { shape, values } = &*attrs
        && c.shape == Ref::as_ptr(shape) as usize
        && c.version == class.version()
    {
        return values.get(c.index as usize).cloned();
    }
    let found = attrs.get(name.as_str());
    let shape = shape_id(&attrs);
    drop(attrs);
    if class.has_hook(super::types::HOOK_GETATTRIBUTE) {
        return None;
    }
    // Only a data descriptor of the class comes before the instance's own
    // attribute; a slot's holds the value itself.
    if class.has_hook(super::types::HOOK_DATA_DESCRIPTORS)
        && let Some(d) = class.lookup(name.as_str())
        && is_data_descriptor(&d)
    {
        let m = opaque::<Member>(&d)?;
        let v = inst
            .slots
            .borrow()
            .get(m.index)
            .filter(|v| !matches!(v, Value::Undef))
            .cloned()?;
        cache.set(AttrCache {
            version: class.version(),
            shape: IN_SLOT,
            index: m.index as u32,
        });
        return Some(v);
    }
    let (index, v) = found?;
    if let Some(index) = index {
        cache.set(AttrCache {
            version: class.version(),
            shape,
            index: index as u32,
        });
    }
    Some(v)
}

/// `AttrCache::shape` for an attribute that is a slot (`AttrCache::index` its place).
const IN_SLOT: usize = 1;

/// The shape an instance's attributes are in, as the caches name it (0 for a dict).
fn shape_id(attrs: &Attrs) -> usize {
    match attrs {
        Attrs::Shaped { shape, .. } => Ref::as_ptr(shape) as usize,
        Attrs::Dict(_) => 0,
    }
}

/// The fast path of `obj.name = v`: an instance with a dict, no class
/// attribute of that name and no `__setattr__`. Gives `v` back when the
/// general path must run.
#[inline]
pub fn store_instance_attr(
    obj: &Value,
    name: &Ref<Str>,
    v: Value,
    cache: &Cell<AttrCache>,
) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return Some(v);
    };
    let class = &*inst.class.borrow();
    let c = cache.get();
    let known = c.version == class.version();
    if known && c.shape == IN_SLOT {
        let old = std::mem::replace(&mut inst.slots.borrow_mut()[c.index as usize], v);
        drop(old);
        return None;
    }
    if !known {
        if !class.is_user
            || class.has_hook(super::types::HOOK_SETATTR)
            || name.as_str() == "__class__"
        {
            return Some(v);
        }
        match class.lookup(name.as_str()) {
            Some(d) => {
                let Some(m) = opaque::<Member>(&d) else {
                    return Some(v);
                };
                cache.set(AttrCache {
                    version: class.version(),
                    shape: IN_SLOT,
                    index: m.index as u32,
                });
                let old = std::mem::replace(&mut inst.slots.borrow_mut()[m.index], v);
                drop(old);
                return None;
            }
            None if !slot_allowed(class, name.as_str()) => return Some(v),
            None => {}
        }
    }
    let mut attrs = inst.attrs.borrow_mut();
    if let Attrs::Shaped { shape, values } = &mut *attrs {
        let here = Ref::as_ptr(shape) as usize;
        let i = c.index as usize;
        if known && c.shape == here {
            // The cache says where the name is in this shape, or that
            // it comes next.
            if i < values.len() {
                let old = std::mem::replace(&mut values[i], v);
                drop(attrs);
                drop(old);
                return None;
            }
            if let Some(next) = shape.with(name) {
                *shape = next;
                values.push(v);
                return None;
            }
        }
        let i = shape.find(name.as_str()).unwrap_or(values.len());
        cache.set(AttrCache {
            version: class.version(),
            shape: here,
            index: i as u32,
        });
    }
    let old = attrs.set(name, v);
    let n = attrs.len().min(u8::MAX as usize) as u8;
    drop(attrs);
    drop(old);
    if n > class.attr_hint.get() {
        class.attr_hint.set(n);
    }
    None
}

/// `obj.__class__ = new`, between classes a program defined whose instances
/// are laid out alike (the same built-in base, slots and `__dict__`).
fn assign_class(obj: &Value, old: &Ref<TypeObj>, new: Value) -> PyResult<()> {
    let Value::Type(new) = new else {
        return type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name(&new)
        ));
    };
    let Value::Instance(inst) = obj else {
        return type_error(format!(
            "__class__ assignment to '{}' objects is not supported yet",
            old.name
        ));
    };
    if !new.is_user || !old.is_user {
        return type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        );
    }
    let slots = |t: &TypeObj| -> Vec<Box<str>> {
        std::iter::once(t)
            .chain(t.mro.iter().map(|b| &**b))
            .filter_map(|c| c.slots.as_ref())
            .flat_map(|s| super::types::slot_names(s).cloned())
            .collect()
    };
    if new.builtin != old.builtin || has_dict(&new) != has_dict(old) || slots(&new) != slots(old) {
        return type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, old.name
        ));
    }
    *inst.class.borrow_mut() = new;
    Ok(())
}

/// A property used in a way it has no function for.
fn no_accessor<T>(p: &Property, class: &TypeObj, what: &str) -> PyResult<T> {
    attribute_error(format!(
        "property {}of '{}' object has no {what}",
        property_name(p),
        class.name
    ))
}

/// `'x' ` for a property that knows its name (CPython 3.11 names it), else nothing.
fn property_name(p: &Property) -> String {
    match &*p.name.borrow() {
        Some(n) => format!("'{}' ", n.as_str()),
        None => String::new(),
    }
}

/// Whether an instance of `class` may hold the attribute `name`: any name
/// unless every class of its MRO declares `__slots__`.
fn slot_allowed(class: &TypeObj, name: &str) -> bool {
    if has_dict(class) {
        return true;
    }
    let classes = std::iter::once(class).chain(class.mro.iter().map(|t| &**t));
    classes
        .filter_map(|t| t.slots.as_ref())
        .any(|s| s.iter().any(|n| &**n == name))
}

/// Whether instances of `class` have a `__dict__`: not when every class a
/// program defined along the MRO declares `__slots__` without it, nor for
/// plain `object()`s.
pub fn has_dict(class: &TypeObj) -> bool {
    if !class.is_user {
        return class.builtin != Builtin::Object;
    }
    let classes = std::iter::once(class).chain(class.mro.iter().map(|t| &**t));
    classes.filter(|t| t.is_user).any(|t| match &t.slots {
        None => true,
        Some(s) => s.iter().any(|n| &**n == "__dict__"),
    })
}
