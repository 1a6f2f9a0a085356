//! Where an instance keeps its attributes.
//!
//! Instances of a class usually get the same attributes in the same order
//! (`__init__` sets them), so the names live once, in a [`Shape`] the
//! instances share, and each instance holds only the values, in the shape's
//! order. A shape knows the shapes one more attribute leads to, so
//! instances built alike end up sharing one. The dispatch loop's attribute
//! caches remember a shape and an index: a hit reads `values[index]`.
//!
//! An instance whose `__dict__` a program asks for, that loses an attribute,
//! or that grows past [`MAX_KEYS`] moves its attributes into a dict of its
//! own for good ([`Attrs::Dict`]), which `__dict__` and `vars()` then return.

use super::heap::{Ref, alloc};
use super::value::{Dict, Key, Map, Str, StrKey, Value};
use std::cell::RefCell;

/// The most attributes a shape holds; an instance with more has a dict.
const MAX_KEYS: usize = 64;

/// The names of a set of attributes, in the order they were added.
pub struct Shape {
    pub keys: Box<[Ref<Str>]>,
    /// The shapes with one more attribute, by its name.
    next: RefCell<Vec<(Ref<Str>, Ref<Shape>)>>,
}

impl Shape {
    /// The shape of an instance with no attributes (one per class).
    pub fn root() -> Ref<Shape> {
        alloc(Shape {
            keys: Box::new([]),
            next: RefCell::new(Vec::new()),
        })
    }

    /// The position of `name` among the keys.
    pub fn find(&self, name: &str) -> Option<usize> {
        self.keys
            .iter()
            .position(|k| std::ptr::eq(k.as_str(), name) || k.as_str() == name)
    }

    /// The shape with `name` added after the keys (made the first time).
    pub fn with(self: &Ref<Shape>, name: &Ref<Str>) -> Option<Ref<Shape>> {
        if self.keys.len() >= MAX_KEYS {
            return None;
        }
        let mut next = self.next.borrow_mut();
        if let Some((_, s)) = next
            .iter()
            .find(|(k, _)| Ref::ptr_eq(k, name) || k.as_str() == name.as_str())
        {
            return Some(s.clone());
        }
        let keys = self.keys.iter().chain([name]).cloned().collect();
        let s = alloc(Shape {
            keys,
            next: RefCell::new(Vec::new()),
        });
        next.push((name.clone(), s.clone()));
        Some(s)
    }
}

/// An instance's attributes.
pub enum Attrs {
    /// Values in the order of the shared shape's keys.
    Shaped {
        shape: Ref<Shape>,
        values: Vec<Value>,
    },
    /// A dict of its own.
    Dict(Ref<Dict>),
}

impl Attrs {
    pub fn new(root: &Ref<Shape>, capacity: usize) -> Attrs {
        Attrs::Shaped {
            shape: root.clone(),
            values: Vec::with_capacity(capacity),
        }
    }

    /// The attribute `name`, and its index when the instance is shaped.
    pub fn get(&self, name: &str) -> Option<(Option<usize>, Value)> {
        match self {
            Attrs::Shaped { shape, values } => {
                let i = shape.find(name)?;
                Some((Some(i), values[i].clone()))
            }
            Attrs::Dict(d) => d.borrow().get(&StrKey(name)).map(|v| (None, v.clone())),
        }
    }

    /// Whether it has an attribute `name`.
    pub fn contains(&self, name: &str) -> bool {
        match self {
            Attrs::Shaped { shape, .. } => shape.find(name).is_some(),
            Attrs::Dict(d) => d.borrow().contains_key(&StrKey(name)),
        }
    }

    /// Sets `name`; gives back the value it replaces.
    pub fn set(&mut self, name: &Ref<Str>, v: Value) -> Option<Value> {
        if let Attrs::Shaped { shape, values } = self {
            if let Some(i) = shape.find(name.as_str()) {
                return Some(std::mem::replace(&mut values[i], v));
            }
            if let Some(next) = shape.with(name) {
                *shape = next;
                values.push(v);
                return None;
            }
        }
        self.dict()
            .borrow_mut()
            .insert(Key(Value::Str(name.clone())), v)
    }

    /// Removes `name`, giving back its value.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        if !self.contains(name) {
            return None;
        }
        self.dict().borrow_mut().shift_remove(&StrKey(name))
    }

    /// The attributes as a dict of its own, which they live in from now on.
    pub fn dict(&mut self) -> Ref<Dict> {
        if let Attrs::Shaped { shape, values } = self {
            let mut map = Map::with_capacity_and_hasher(values.len(), Default::default());
            for (k, v) in shape.keys.iter().zip(values.drain(..)) {
                map.insert(Key(Value::Str(k.clone())), v);
            }
            *self = Attrs::Dict(alloc(RefCell::new(map)));
        }
        match self {
            Attrs::Dict(d) => d.clone(),
            Attrs::Shaped { .. } => unreachable!("made a dict above"),
        }
    }

    /// The names of the attributes, in order.
    pub fn names(&self) -> Vec<Ref<Str>> {
        match self {
            Attrs::Shaped { shape, .. } => shape.keys.to_vec(),
            Attrs::Dict(d) => d
                .borrow()
                .keys()
                .filter_map(|k| match &k.0 {
                    Value::Str(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Attrs::Shaped { values, .. } => values.is_empty(),
            Attrs::Dict(d) => d.borrow().is_empty(),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Attrs::Shaped { values, .. } => values.len(),
            Attrs::Dict(d) => d.borrow().len(),
        }
    }
}

/// An object's own attributes, as the generic attribute paths see them:
/// an instance's, or the dict of an exception or other object.
pub enum Own {
    Instance(Ref<super::value::Instance>),
    Dict(Ref<Dict>),
}

impl Own {
    pub fn get(&self, name: &str) -> Option<Value> {
        match self {
            Own::Instance(i) => i.get(name),
            Own::Dict(d) => d.borrow().get(&StrKey(name)).cloned(),
        }
    }

    pub fn set(&self, name: &Ref<Str>, v: Value) {
        let old = match self {
            Own::Instance(i) => i.attrs.borrow_mut().set(name, v),
            Own::Dict(d) => d.borrow_mut().insert(Key(Value::Str(name.clone())), v),
        };
        drop(old);
    }

    pub fn remove(&self, name: &str) -> Option<Value> {
        match self {
            Own::Instance(i) => i.attrs.borrow_mut().remove(name),
            Own::Dict(d) => d.borrow_mut().shift_remove(&StrKey(name)),
        }
    }

    /// The dict `__dict__` gives.
    pub fn dict(&self) -> Ref<Dict> {
        match self {
            Own::Instance(i) => i.dict(),
            Own::Dict(d) => d.clone(),
        }
    }
}
