//! `Value`, the 16-byte word of the VM, and the heap objects it points to.

use super::code::CodeObject;
use super::heap::{Ref, alloc};
use crate::runtime::future::Future;
use crate::vm::exception::Exception;
use crate::vm::types::TypeObj;
use indexmap::{IndexMap, IndexSet};
use num_bigint::BigInt;
use std::cell::{Cell, RefCell};

/// A Python value. Scalars live inline; everything else is a handle.
#[derive(Clone, Default)]
pub enum Value {
    #[default]
    None,
    /// `...`, the one instance of `ellipsis`.
    Ellipsis,
    Bool(bool),
    /// The fast path of Python's int; results that overflow become `BigInt`.
    Int(i64),
    Float(f64),
    /// An int outside the i64 range (never one that fits: see `Value::from_bigint`).
    BigInt(Ref<BigInt>),
    Str(Ref<Str>),
    /// An immutable byte string (`b"..."`).
    Bytes(Ref<Bytes>),
    List(Ref<List>),
    Tuple(Ref<Tuple>),
    Dict(Ref<Dict>),
    Set(Ref<Set>),
    Range(Ref<Range>),
    Function(Ref<Function>),
    Native(Ref<Native>),
    BoundMethod(Ref<BoundMethod>),
    Module(Ref<Module>),
    Type(Ref<TypeObj>),
    Exception(Ref<Exception>),
    Coroutine(Ref<Coroutine>),
    Generator(Ref<super::generator::Generator>),
    /// A future or a task.
    Future(Ref<Future>),
    Iterator(Ref<RefCell<Iter>>),
    Slice(Ref<Slice>),
    /// A captured variable's box; only ever in a frame slot, never seen by programs.
    Cell(Ref<RefCell<Value>>),
    /// `d.keys()`, `d.values()` or `d.items()`: a live view of a dict.
    View(Ref<(Ref<Dict>, DictView)>),
    /// A compiled code object (a constant of MakeFunction).
    Code(Ref<CodeObject>),
    /// Any other native object (a random generator, a timer handle, the loop).
    Opaque(Ref<Opaque>),
    /// An instance of a class a program defined.
    Instance(Ref<Instance>),
    /// An unbound local or global slot; never seen by programs.
    Undef,
}

/// A Python str: UTF-8 text, with its length in characters kept for O(1) `len`
/// and indexing when it is ASCII.
#[derive(Debug)]
pub struct Str {
    pub text: Box<str>,
    chars: u32,
}

impl Str {
    pub fn new(text: impl Into<Box<str>>) -> Str {
        let text = text.into();
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        } as u32;
        Str { text, chars }
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Length in code points, as Python's `len`.
    pub fn char_len(&self) -> usize {
        self.chars as usize
    }
    pub fn is_ascii(&self) -> bool {
        self.chars as usize == self.text.len()
    }
}

/// The contents of a bytes object.
pub type Bytes = Box<[u8]>;
pub type List = RefCell<Vec<Value>>;
pub type Tuple = Box<[Value]>;
/// The hasher of dicts, sets and class namespaces: keys hash through
/// `Key`'s own rules, and the table needs only a fast, well-spread mix.
pub type Hasher = rustc_hash::FxBuildHasher;
/// The table of a dict.
pub type Map = IndexMap<Key, Value, Hasher>;
/// The table of a set.
pub type KeySet = IndexSet<Key, Hasher>;
pub type Dict = RefCell<Map>;
pub type Set = RefCell<KeySet>;

/// A hashable value used as a dict key or set member. Equality and hashing
/// follow Python: `1`, `1.0` and `True` are the same key.
#[derive(Clone)]
pub struct Key(pub Value);

#[derive(Clone, Copy)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// How many items: at most 2**64 - 1, so always a `u64` (CPython's
    /// `len()` refuses one above `isize::MAX`, but indexing and iteration
    /// work on every range).
    pub fn len(&self) -> u64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if start < stop {
                (stop - start + step - 1) / step
            } else {
                0
            }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n as u64
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The item at position `i`, which must be below `len()`: items lie
    /// between start and stop, so they always fit an `i64`.
    pub fn get(&self, i: u64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
    /// The position of `x` among the items, if it is one.
    pub fn position(&self, x: i64) -> Option<u64> {
        let off = x as i128 - self.start as i128;
        let step = self.step as i128;
        (off % step == 0 && (0..self.len() as i128).contains(&(off / step)))
            .then_some((off / step) as u64)
    }
    /// The item at a Python index (negative counts from the end), if any.
    pub fn item(&self, i: i128) -> Option<i64> {
        let len = self.len() as i128;
        let j = if i < 0 { i + len } else { i };
        (0..len).contains(&j).then(|| self.get(j as u64))
    }
}

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A function made by `def` or `lambda`: code plus what it closed over.
pub struct Function {
    pub code: Ref<CodeObject>,
    pub module: Ref<Module>,
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by parameter index among them.
    pub kwdefaults: Vec<Option<Value>>,
    pub closure: Vec<Ref<RefCell<Value>>>,
    /// `__qualname__`, e.g. `outer.<locals>.inner`.
    pub qualname: Ref<Str>,
    /// Attributes a program set on it (`wrapper.calls = 0`), made on first use.
    pub dict: RefCell<Option<Ref<Dict>>>,
    /// The dict of parameter and return annotations, or None when there are none.
    pub annotations: Value,
}

/// A function written in Rust.
pub type NativeFn = fn(&mut crate::vm::Vm, &[Value], &[(Ref<Str>, Value)]) -> PyResult<Value>;

pub struct Native {
    pub name: &'static str,
    /// The module or type it belongs to, for its repr (`<built-in function print>`).
    pub owner: Option<&'static str>,
    pub func: NativeFn,
    /// For a method of a built-in class: that class, which the first
    /// argument must be an instance of (`str.upper(5)` is a TypeError).
    pub receiver: Option<crate::vm::types::Builtin>,
}

/// `obj.method` bound to `obj`.
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

/// A module: the file being run, or a native one like `asyncio`.
pub struct Module {
    pub name: Ref<Str>,
    /// Globals by slot; the compiler assigns a slot to each global name.
    pub slots: RefCell<Vec<Value>>,
    /// Slot of each global name.
    pub names: RefCell<IndexMap<Box<str>, u32>>,
}

impl Module {
    pub fn new(name: &str) -> Module {
        Module {
            name: alloc(Str::new(name)),
            slots: RefCell::new(Vec::new()),
            names: RefCell::new(IndexMap::new()),
        }
    }
    /// The slot of a global, made (unbound) if it does not exist yet.
    pub fn slot(&self, name: &str) -> u32 {
        let mut names = self.names.borrow_mut();
        if let Some(&i) = names.get(name) {
            return i;
        }
        let i = names.len() as u32;
        names.insert(name.into(), i);
        self.slots.borrow_mut().push(Value::Undef);
        i
    }
    pub fn get(&self, name: &str) -> Option<Value> {
        let i = *self.names.borrow().get(name)?;
        match &self.slots.borrow()[i as usize] {
            Value::Undef => None,
            v => Some(v.clone()),
        }
    }
    pub fn set(&self, name: &str, value: Value) {
        let i = self.slot(name);
        self.slots.borrow_mut()[i as usize] = value;
    }
}

/// What a coroutine runs when it is first awaited or stepped.
pub enum CoroBody {
    /// An `async def` called with these arguments, as its initial local slots.
    Script {
        func: Ref<Function>,
        slots: Vec<Value>,
    },
    /// `asyncio.sleep(delay, result)`.
    Sleep { delay: f64, result: Value },
}

/// The object an `async def` call returns. It runs once: awaited inline, or
/// stepped by a task.
pub struct Coroutine {
    pub body: RefCell<Option<CoroBody>>,
    pub name: Ref<Str>,
    pub qualname: Ref<Str>,
    /// Set once it has been started; a second await is an error.
    pub started: Cell<bool>,
}

/// An instance of a class a program defined (exception classes excepted:
/// their instances are `Exception`s).
pub struct Instance {
    /// Its class; a program may assign another of the same layout
    /// (`obj.__class__ = Other`). Borrowed only for the length of a lookup.
    pub class: RefCell<Ref<TypeObj>>,
    /// Its attributes: values in a shape of its class, or a dict of its own.
    pub attrs: RefCell<super::shape::Attrs>,
    /// The values of its class's `__slots__` (`Undef` while unset).
    pub slots: RefCell<Box<[Value]>>,
    /// For an instance of a subclass of a built-in class (`class Stack(list)`):
    /// the built-in value it extends; `Undef` otherwise.
    pub payload: Value,
    /// Its hash while it is a dict key or set member, from its class's
    /// `__hash__` (set by the VM before the key is hashed).
    pub hash: Cell<Option<i64>>,
}

impl Instance {
    pub fn new(class: Ref<TypeObj>, payload: Value) -> Instance {
        // Sized for as many attributes as the class's instances have had.
        let n = class.attr_hint.get() as usize;
        Instance {
            attrs: RefCell::new(super::shape::Attrs::new(class.root_shape(), n)),
            slots: RefCell::new(vec![Value::Undef; class.slot_count].into_boxed_slice()),
            class: RefCell::new(class),
            payload,
            hash: Cell::new(None),
        }
    }
    /// Its class.
    pub fn class(&self) -> Ref<TypeObj> {
        self.class.borrow().clone()
    }
    /// The attribute `name` in its `__dict__`.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.attrs.borrow().get(name).map(|(_, v)| v)
    }
    /// Its `__dict__`, which its attributes live in from now on.
    pub fn dict(&self) -> Ref<Dict> {
        self.attrs.borrow_mut().dict()
    }
}

/// A `&str` that finds a str key of a dict without allocating.
pub struct StrKey<'a>(pub &'a str);

impl std::hash::Hash for StrKey<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // As `Key` hashes a str.
        state.write_i64(super::hash::text_hash(self.0.as_bytes()));
    }
}

impl indexmap::Equivalent<Key> for StrKey<'_> {
    fn equivalent(&self, key: &Key) -> bool {
        matches!(&key.0, Value::Str(s) if &*s.text == self.0)
    }
}

/// The state of an iterator over a built-in sequence or a lazy builtin.
pub enum Iter {
    Seq {
        seq: Value,
        index: usize,
    },
    /// The items of a range still to come: `left` of them from `next`.
    Range {
        next: i64,
        step: i64,
        left: u64,
    },
    /// Over a snapshot of dict keys, values or items (a `RuntimeError` if the size changes).
    Dict {
        dict: Ref<Dict>,
        index: usize,
        kind: DictView,
        len: usize,
    },
    Set {
        items: Vec<Value>,
        index: usize,
        /// The set itself, to notice it changing size mid-iteration.
        set: Ref<Set>,
    },
    Str {
        text: Ref<Str>,
        byte: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        inners: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        inners: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// Over an object with `__getitem__` and no `__iter__`: items 0, 1, ...
    /// until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(func, sentinel)`: func's results until one equals sentinel.
    Call {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

impl Iter {
    /// The next item of an iterator over a sequence or a range, which cannot
    /// fail or run script code (`None` for the other kinds; `Some(None)` at
    /// the end). The `for` loop calls it inline.
    #[inline]
    pub fn next_simple(&mut self) -> Option<Option<Value>> {
        Some(match self {
            Iter::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Bytes(b) => b.get(*index).map(|&x| Value::Int(x as i64)),
                    _ => None,
                };
                *index += 1;
                v
            }
            Iter::Range { next, step, left } => {
                if *left == 0 {
                    None
                } else {
                    let v = *next;
                    *left -= 1;
                    // Past the last item the sum may leave i64; it is never read.
                    *next = next.wrapping_add(*step);
                    Some(Value::Int(v))
                }
            }
            _ => return None,
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// A native object the VM does not look inside; its type says what it is.
pub struct Opaque {
    pub type_name: &'static str,
    pub data: Box<dyn std::any::Any>,
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, Ref<Exception>>;

impl Value {
    pub fn str(s: impl Into<Box<str>>) -> Value {
        Value::Str(alloc(Str::new(s)))
    }
    pub fn bytes(b: impl Into<Box<[u8]>>) -> Value {
        Value::Bytes(alloc(b.into()))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(alloc(RefCell::new(items)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(alloc(items.into_boxed_slice()))
    }
    pub fn dict(map: Map) -> Value {
        Value::Dict(alloc(RefCell::new(map)))
    }
    pub fn iter(state: Iter) -> Value {
        Value::Iterator(alloc(RefCell::new(state)))
    }
    /// An int, kept on the i64 fast path when it fits.
    pub fn from_bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(alloc(n)),
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        use super::heap::same;
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::BigInt(a), Value::BigInt(b)) => same(a, b),
            (Value::Str(a), Value::Str(b)) => same(a, b) || (a.text.len() <= 1 && a.text == b.text),
            (Value::Bytes(a), Value::Bytes(b)) => same(a, b) || (a.len() <= 1 && a == b),
            (Value::List(a), Value::List(b)) => same(a, b),
            (Value::Tuple(a), Value::Tuple(b)) => same(a, b) || (a.is_empty() && b.is_empty()),
            (Value::Dict(a), Value::Dict(b)) => same(a, b),
            (Value::Set(a), Value::Set(b)) => same(a, b),
            (Value::Range(a), Value::Range(b)) => same(a, b),
            (Value::Function(a), Value::Function(b)) => same(a, b),
            (Value::Native(a), Value::Native(b)) => same(a, b),
            (Value::BoundMethod(a), Value::BoundMethod(b)) => same(a, b),
            (Value::Module(a), Value::Module(b)) => same(a, b),
            (Value::Type(a), Value::Type(b)) => same(a, b),
            (Value::Exception(a), Value::Exception(b)) => same(a, b),
            (Value::Coroutine(a), Value::Coroutine(b)) => same(a, b),
            (Value::Generator(a), Value::Generator(b)) => same(a, b),
            (Value::Future(a), Value::Future(b)) => same(a, b),
            (Value::Iterator(a), Value::Iterator(b)) => same(a, b),
            (Value::Slice(a), Value::Slice(b)) => same(a, b),
            (Value::Opaque(a), Value::Opaque(b)) => same(a, b),
            (Value::Instance(a), Value::Instance(b)) => same(a, b),
            (Value::Cell(a), Value::Cell(b)) => same(a, b),
            (Value::View(a), Value::View(b)) => same(a, b),
            (Value::Code(a), Value::Code(b)) => same(a, b),
            _ => false,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_two_words() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }
}
