//! Type objects: the classes of built-in values and the built-in exception
//! hierarchy. `type(x)`, `isinstance` and `except` clauses read them.

use super::heap::{Ref, alloc};
use super::value::{Function, Iter, Value};
use indexmap::IndexMap;
use std::cell::{Cell, RefCell};

/// Declares the built-in classes once: the enum and the list of all of them
/// in discriminant order.
macro_rules! builtins {
    ($($variant:ident),* $(,)?) => {
        /// Every built-in class, in one list. The discriminant indexes the registry.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum Builtin {
            $($variant),*
        }

        const ALL: &[Builtin] = &[$(Builtin::$variant),*];
    };
}

builtins!(
    Object,
    NoneType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Type,
    Coroutine,
    Generator,
    Future,
    Task,
    ListIterator,
    TupleIterator,
    RangeIterator,
    StrIterator,
    BytesIterator,
    DictKeyIterator,
    DictValueIterator,
    DictItemIterator,
    SetIterator,
    Enumerate,
    Zip,
    Map,
    Filter,
    ReversedIterator,
    Reversed,
    Cell,
    Opaque,
    DictKeys,
    DictValues,
    DictItems,
    Property,
    MemberDescriptor,
    StaticMethod,
    ClassMethod,
    Super,
    NotImplementedType,
    GenericAlias,
    UnionType,
    SeqIterator,
    CallableIterator,
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    CancelledError,
    Exception,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    AssertionError,
    AttributeError,
    LookupError,
    IndexError,
    KeyError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    StopIteration,
    StopAsyncIteration,
    TypeError,
    ValueError,
    UnicodeError,
    UnicodeDecodeError,
    UnicodeEncodeError,
    MemoryError,
    ImportError,
    ModuleNotFoundError,
    OSError,
    TimeoutError,
    InvalidStateError,
    SyntaxError,
    FileNotFoundError,
    FileExistsError,
    PermissionError,
    IsADirectoryError,
    NotADirectoryError,
    InterruptedError,
    BlockingIOError,
    ChildProcessError,
    ProcessLookupError,
    ConnectionError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    EOFError,
    FloatingPointError,
    BufferError,
    ReferenceError,
    SystemError,
    Warning,
    UserWarning,
    DeprecationWarning,
    PendingDeprecationWarning,
    SyntaxWarning,
    RuntimeWarning,
    FutureWarning,
    ImportWarning,
    UnicodeWarning,
    BytesWarning,
    ResourceWarning,
    EncodingWarning,
);

impl Builtin {
    /// The class's `__name__`.
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Object => "object",
            NoneType => "NoneType",
            Ellipsis => "ellipsis",
            Bool => "bool",
            Int => "int",
            Float => "float",
            Str => "str",
            Bytes => "bytes",
            List => "list",
            Tuple => "tuple",
            Dict => "dict",
            Set => "set",
            FrozenSet => "frozenset",
            Range => "range",
            Slice => "slice",
            Function => "function",
            BuiltinFunction => "builtin_function_or_method",
            Method => "method",
            Module => "module",
            Type => "type",
            Coroutine => "coroutine",
            Generator => "generator",
            Future => "Future",
            Task => "Task",
            ListIterator => "list_iterator",
            TupleIterator => "tuple_iterator",
            RangeIterator => "range_iterator",
            StrIterator => "str_ascii_iterator",
            BytesIterator => "bytes_iterator",
            DictKeyIterator => "dict_keyiterator",
            DictValueIterator => "dict_valueiterator",
            DictItemIterator => "dict_itemiterator",
            SetIterator => "set_iterator",
            Enumerate => "enumerate",
            Zip => "zip",
            Map => "map",
            Filter => "filter",
            ReversedIterator => "list_reverseiterator",
            Reversed => "reversed",
            Cell => "cell",
            Opaque => "object",
            DictKeys => "dict_keys",
            DictValues => "dict_values",
            DictItems => "dict_items",
            Property => "property",
            MemberDescriptor => "member_descriptor",
            StaticMethod => "staticmethod",
            ClassMethod => "classmethod",
            Super => "super",
            NotImplementedType => "NotImplementedType",
            GenericAlias => "GenericAlias",
            UnionType => "UnionType",
            SeqIterator => "iterator",
            CallableIterator => "callable_iterator",
            BaseException => "BaseException",
            SystemExit => "SystemExit",
            KeyboardInterrupt => "KeyboardInterrupt",
            GeneratorExit => "GeneratorExit",
            CancelledError => "CancelledError",
            Exception => "Exception",
            ArithmeticError => "ArithmeticError",
            ZeroDivisionError => "ZeroDivisionError",
            OverflowError => "OverflowError",
            AssertionError => "AssertionError",
            AttributeError => "AttributeError",
            LookupError => "LookupError",
            IndexError => "IndexError",
            KeyError => "KeyError",
            NameError => "NameError",
            UnboundLocalError => "UnboundLocalError",
            RuntimeError => "RuntimeError",
            RecursionError => "RecursionError",
            NotImplementedError => "NotImplementedError",
            StopIteration => "StopIteration",
            StopAsyncIteration => "StopAsyncIteration",
            TypeError => "TypeError",
            ValueError => "ValueError",
            UnicodeError => "UnicodeError",
            UnicodeDecodeError => "UnicodeDecodeError",
            UnicodeEncodeError => "UnicodeEncodeError",
            MemoryError => "MemoryError",
            ImportError => "ImportError",
            ModuleNotFoundError => "ModuleNotFoundError",
            OSError => "OSError",
            TimeoutError => "TimeoutError",
            InvalidStateError => "InvalidStateError",
            SyntaxError => "SyntaxError",
            FileNotFoundError => "FileNotFoundError",
            FileExistsError => "FileExistsError",
            PermissionError => "PermissionError",
            IsADirectoryError => "IsADirectoryError",
            NotADirectoryError => "NotADirectoryError",
            InterruptedError => "InterruptedError",
            BlockingIOError => "BlockingIOError",
            ChildProcessError => "ChildProcessError",
            ProcessLookupError => "ProcessLookupError",
            ConnectionError => "ConnectionError",
            BrokenPipeError => "BrokenPipeError",
            ConnectionAbortedError => "ConnectionAbortedError",
            ConnectionRefusedError => "ConnectionRefusedError",
            ConnectionResetError => "ConnectionResetError",
            EOFError => "EOFError",
            FloatingPointError => "FloatingPointError",
            BufferError => "BufferError",
            ReferenceError => "ReferenceError",
            SystemError => "SystemError",
            Warning => "Warning",
            UserWarning => "UserWarning",
            DeprecationWarning => "DeprecationWarning",
            PendingDeprecationWarning => "PendingDeprecationWarning",
            SyntaxWarning => "SyntaxWarning",
            RuntimeWarning => "RuntimeWarning",
            FutureWarning => "FutureWarning",
            ImportWarning => "ImportWarning",
            UnicodeWarning => "UnicodeWarning",
            BytesWarning => "BytesWarning",
            ResourceWarning => "ResourceWarning",
            EncodingWarning => "EncodingWarning",
        }
    }

    fn base(self) -> Option<Builtin> {
        use Builtin::*;
        Some(match self {
            Object => return None,
            Bool => Int,
            Task => Future,
            BaseException => Object,
            SystemExit | KeyboardInterrupt | GeneratorExit | CancelledError | Exception => {
                BaseException
            }
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            RecursionError | NotImplementedError => RuntimeError,
            ModuleNotFoundError => ImportError,
            UnicodeError => ValueError,
            UnicodeDecodeError | UnicodeEncodeError => UnicodeError,
            TimeoutError | FileNotFoundError | FileExistsError | PermissionError
            | IsADirectoryError | NotADirectoryError | InterruptedError | BlockingIOError
            | ChildProcessError | ProcessLookupError | ConnectionError => OSError,
            BrokenPipeError
            | ConnectionAbortedError
            | ConnectionRefusedError
            | ConnectionResetError => ConnectionError,
            EOFError | BufferError | ReferenceError | SystemError | Warning => Exception,
            FloatingPointError => ArithmeticError,
            UserWarning
            | DeprecationWarning
            | PendingDeprecationWarning
            | SyntaxWarning
            | RuntimeWarning
            | FutureWarning
            | ImportWarning
            | UnicodeWarning
            | BytesWarning
            | ResourceWarning
            | EncodingWarning => Warning,
            ArithmeticError | AssertionError | AttributeError | LookupError | NameError
            | RuntimeError | StopIteration | StopAsyncIteration | TypeError | ValueError
            | ImportError | OSError | InvalidStateError | SyntaxError | MemoryError => Exception,
            _ => Object,
        })
    }

    /// The module a class prints under when it is not `builtins`.
    fn module(self) -> Option<&'static str> {
        match self {
            Builtin::CancelledError | Builtin::InvalidStateError => Some("asyncio.exceptions"),
            Builtin::Future => Some("_asyncio"),
            Builtin::Task => Some("_asyncio"),
            Builtin::GenericAlias | Builtin::UnionType => Some("types"),
            _ => None,
        }
    }
}

/// A class namespace: attribute names to values.
pub type Namespace = IndexMap<Box<str>, Value, super::value::Hasher>;

/// A class: a built-in one (made once per thread, see `builtin`) or one a
/// `class` statement or `type(name, bases, ns)` made.
pub struct TypeObj {
    pub name: Box<str>,
    pub qualname: Box<str>,
    /// The module it prints under; `None` for `builtins`.
    pub module: Option<Box<str>>,
    pub bases: Vec<Ref<TypeObj>>,
    /// The method resolution order after the class itself (C3), ending at `object`.
    pub mro: Vec<Ref<TypeObj>>,
    /// The class namespace: methods, class attributes, and for built-in
    /// classes their native methods.
    pub dict: RefCell<Namespace>,
    /// The built-in class whose layout instances have: `Object` for plain
    /// classes, `List` for `class Stack(list)`, an exception class for
    /// exception subclasses.
    pub builtin: Builtin,
    /// Whether a class statement (or `type()`) made it.
    pub is_user: bool,
    /// `__slots__`, when the class declares it (instances then refuse other attributes).
    pub slots: Option<Vec<Box<str>>>,
    /// How many slot values its instances hold: its own slots after its bases'.
    pub slot_count: usize,
    /// The classes made with this one as a direct base (`__subclasses__()`).
    pub subclasses: RefCell<Vec<super::heap::WeakRef<TypeObj>>>,
    /// Results of `lookup` and `lookup_user` by name, so that a protocol or
    /// an attribute read walks the MRO once per name; cleared by `touch`.
    memo: RefCell<Memo>,
    /// Which attribute hooks the class has (`HOOK_*` bits), once known;
    /// cleared by `touch`.
    hooks: Cell<u8>,
    /// The most attributes an instance of it has had (to size new instances' dicts).
    pub attr_hint: Cell<u8>,
    /// A tag for what its MRO holds, new at creation and at each `touch`:
    /// the dispatch loop's attribute caches hold while it is unchanged.
    version: Cell<u64>,
    /// The shape of its instances before they have attributes.
    root: Ref<super::shape::Shape>,
    /// Its metaclass when a program gave it one (`None`: `type`).
    meta: RefCell<Option<Ref<TypeObj>>>,
}

thread_local! {
    /// The last class version handed out; tags are never reused.
    static VERSIONS: Cell<u64> = const { Cell::new(0) };
}

fn next_version() -> u64 {
    VERSIONS.with(|v| {
        v.set(v.get() + 1);
        v.get()
    })
}

const HOOKS_KNOWN: u8 = 1;
/// The class (or a base a program defined) has `__getattribute__`.
pub const HOOK_GETATTRIBUTE: u8 = 2;
/// ... `__setattr__`.
pub const HOOK_SETATTR: u8 = 4;
/// ... `__getattr__`.
pub const HOOK_GETATTR: u8 = 8;
/// Its instances have no `__dict__` (`__slots__` all along the MRO).
pub const HOOK_NO_DICT: u8 = 16;
/// A class along its MRO holds a data descriptor (a property, say), which
/// an instance's own attribute of the same name does not hide.
pub const HOOK_DATA_DESCRIPTORS: u8 = 32;
/// Its `__abstractmethods__` is not empty: it cannot be instantiated.
pub const HOOK_ABSTRACT: u8 = 64;

/// What a class's MRO holds under each name asked for so far.
#[derive(Default)]
struct Memo {
    lookup: rustc_hash::FxHashMap<Box<str>, Option<Value>>,
    user: rustc_hash::FxHashMap<Box<str>, Option<Value>>,
    /// The `__init__` that calling the class runs when that is all it does
    /// (`Some(None)`: the class does more, or has none).
    plain_init: Option<Option<Ref<Function>>>,
    /// Operator methods by dunder name (`protocol::operator_method`), found
    /// by the address of the name: a few entries, compared without hashing.
    operators: Vec<(&'static str, Option<Value>)>,
}

impl TypeObj {
    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &TypeObj) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|t| std::ptr::eq(&**t, other))
    }
    /// The dotted name used in tracebacks (`asyncio.exceptions.CancelledError`).
    pub fn qualified_name(&self) -> String {
        match self.module.as_deref() {
            Some(m) if m != "_asyncio" && m != "__main__" && m != "builtins" => {
                format!("{m}.{}", self.qualname)
            }
            _ => self.qualname.to_string(),
        }
    }
    pub fn is_exception(&self) -> bool {
        self.builtin.is_exception()
    }
    /// The class's attribute `name`, searched along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.memo.borrow().lookup.get(name) {
            return v.clone();
        }
        let found = std::iter::once(self)
            .chain(self.mro.iter().map(|t| &**t))
            .find_map(|t| t.dict.borrow().get(name).cloned());
        let mut memo = self.memo.borrow_mut();
        memo.lookup.insert(name.into(), found.clone());
        found
    }
    /// The memo of `protocol::operator_method`: `compute` runs once per
    /// name and version of the class.
    pub fn operator_memo(
        &self,
        name: &'static str,
        compute: impl FnOnce(&TypeObj) -> Option<Value>,
    ) -> Option<Value> {
        let found = self
            .memo
            .borrow()
            .operators
            .iter()
            .find(|(n, _)| std::ptr::eq(*n, name))
            .map(|(_, m)| m.clone());
        if let Some(m) = found {
            return m;
        }
        let m = compute(self);
        self.memo.borrow_mut().operators.push((name, m.clone()));
        m
    }
    /// The memo of `vm::plain_init`: `compute` runs once per version of
    /// the class.
    pub fn plain_init(
        &self,
        compute: impl FnOnce(&TypeObj) -> Option<Ref<Function>>,
    ) -> Option<Ref<Function>> {
        if let Some(init) = &self.memo.borrow().plain_init {
            return init.clone();
        }
        let init = compute(self);
        self.memo.borrow_mut().plain_init = Some(init.clone());
        init
    }
    /// Like `lookup`, but only in classes a program defined: the dunder
    /// methods of built-in classes are their native protocols, not entries.
    pub fn lookup_user(&self, name: &str) -> Option<Value> {
        if !self.is_user {
            return None;
        }
        if let Some(v) = self.memo.borrow().user.get(name) {
            return v.clone();
        }
        let found = std::iter::once(self)
            .chain(self.mro.iter().map(|t| &**t))
            .take_while(|t| t.is_user)
            .find_map(|t| t.dict.borrow().get(name).cloned());
        let mut memo = self.memo.borrow_mut();
        memo.user.insert(name.into(), found.clone());
        found
    }
    /// Whether the class has the attribute hook `hook` (a `HOOK_*` bit).
    #[inline]
    pub fn has_hook(&self, hook: u8) -> bool {
        let mut h = self.hooks.get();
        if h & HOOKS_KNOWN == 0 {
            h = HOOKS_KNOWN;
            for (bit, name) in [
                (HOOK_GETATTRIBUTE, "__getattribute__"),
                (HOOK_SETATTR, "__setattr__"),
                (HOOK_GETATTR, "__getattr__"),
            ] {
                if self.lookup_user(name).is_some() {
                    h |= bit;
                }
            }
            if !super::attr::has_dict(self) {
                h |= HOOK_NO_DICT;
            }
            let classes = std::iter::once(self).chain(self.mro.iter().map(|t| &**t));
            if classes.filter(|t| t.is_user).any(|t| {
                t.dict
                    .borrow()
                    .values()
                    .any(super::attr::is_data_descriptor)
            }) {
                h |= HOOK_DATA_DESCRIPTORS;
            }
            if self.is_user && !self.abstract_methods().is_empty() {
                h |= HOOK_ABSTRACT;
            }
            self.hooks.set(h);
        }
        h & hook != 0
    }

    /// A change to the namespace of this class, and so of its subclasses:
    /// what they remembered of their MROs is forgotten.
    pub fn touch(&self) {
        self.hooks.set(0);
        self.version.set(next_version());
        *self.memo.borrow_mut() = Memo::default();
        let subclasses: Vec<Ref<TypeObj>> = self
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for s in subclasses {
            s.touch();
        }
    }
    /// A new class (the registry's and `class` statements' constructor).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: Box<str>,
        qualname: Box<str>,
        module: Option<Box<str>>,
        bases: Vec<Ref<TypeObj>>,
        mro: Vec<Ref<TypeObj>>,
        dict: Namespace,
        builtin: Builtin,
        is_user: bool,
        slots: Option<Vec<Box<str>>>,
    ) -> TypeObj {
        let slot_count =
            inherited_slots(&bases) + slots.as_ref().map_or(0, |s| slot_names(s).count());
        TypeObj {
            slot_count,
            name,
            qualname,
            module,
            bases,
            mro,
            dict: RefCell::new(dict),
            builtin,
            is_user,
            slots,
            subclasses: RefCell::new(Vec::new()),
            memo: RefCell::new(Memo::default()),
            hooks: Cell::new(0),
            attr_hint: Cell::new(0),
            version: Cell::new(next_version()),
            root: super::shape::Shape::root(),
            meta: RefCell::new(None),
        }
    }
    /// The names in its `__abstractmethods__` (as `abc.ABCMeta` sets it), sorted.
    pub fn abstract_methods(&self) -> Vec<String> {
        let Some(v) = self.lookup("__abstractmethods__") else {
            return Vec::new();
        };
        let set = match &v {
            Value::Instance(i) => i.payload.clone(),
            other => other.clone(),
        };
        let mut names: Vec<String> = match &set {
            Value::Set(s) => s
                .borrow()
                .iter()
                .filter_map(|k| k.0.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        names.sort();
        names
    }
    /// The metaclass a program gave it, if any.
    pub fn metaclass(&self) -> Option<Ref<TypeObj>> {
        self.meta.borrow().clone()
    }
    /// Whether a metaclass other than `type` made it.
    pub fn has_metaclass(&self) -> bool {
        self.meta.borrow().is_some()
    }
    pub fn set_metaclass(&self, meta: Ref<TypeObj>) {
        *self.meta.borrow_mut() = Some(meta);
    }
    /// The shape its new instances start from.
    pub fn root_shape(&self) -> &Ref<super::shape::Shape> {
        &self.root
    }
    /// Its version tag (see `version`); never 0, which empty caches hold.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version.get()
    }
    /// `__module__` as a str.
    pub fn module_name(&self) -> &str {
        self.module.as_deref().unwrap_or("builtins")
    }
}

/// The C3 linearisation of a new class's bases (its MRO after itself), or
/// the message of CPython's TypeError when there is none.
pub fn c3_mro(bases: &[Ref<TypeObj>]) -> Result<Vec<Ref<TypeObj>>, String> {
    let mut seqs: Vec<Vec<Ref<TypeObj>>> = bases
        .iter()
        .map(|b| {
            let mut l = vec![b.clone()];
            l.extend(b.mro.iter().cloned());
            l
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Ref<TypeObj>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let head = seqs.iter().find_map(|s| {
            let h = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| std::ptr::eq(&**x, &**h)));
            (!in_tail).then(|| h.clone())
        });
        let Some(head) = head else {
            let mut names: Vec<&str> = Vec::new();
            for s in &seqs {
                if !names.contains(&&*s[0].name) {
                    names.push(&s[0].name);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if std::ptr::eq(&*s[0], &*head) {
                s.remove(0);
            }
        }
        out.push(head);
    }
}

impl Builtin {
    /// Whether this built-in class is BaseException or derives from it.
    pub fn is_exception(self) -> bool {
        let mut b = Some(self);
        while let Some(c) = b {
            if c == Builtin::BaseException {
                return true;
            }
            b = c.base();
        }
        false
    }
}

thread_local! {
    static REGISTRY: Vec<Ref<TypeObj>> = make_registry();
}

fn make_registry() -> Vec<Ref<TypeObj>> {
    fn make(b: Builtin, made: &mut Vec<Option<Ref<TypeObj>>>) -> Ref<TypeObj> {
        if let Some(t) = &made[b as usize] {
            return t.clone();
        }
        let base = b.base().map(|p| make(p, made));
        let mut mro = Vec::new();
        if let Some(base) = &base {
            mro.push(base.clone());
            mro.extend(base.mro.iter().cloned());
        }
        let t = alloc(TypeObj::new(
            b.name().into(),
            b.name().into(),
            b.module().map(Into::into),
            base.into_iter().collect(),
            mro,
            Namespace::default(),
            b,
            false,
            None,
        ));
        made[b as usize] = Some(t.clone());
        t
    }
    let mut made = vec![None; ALL.len()];
    for (i, &b) in ALL.iter().enumerate() {
        debug_assert_eq!(b as usize, i);
        make(b, &mut made);
    }
    made.into_iter().flatten().collect()
}

/// The class object of a built-in class.
pub fn builtin(b: Builtin) -> Ref<TypeObj> {
    REGISTRY.with(|r| r[b as usize].clone())
}

/// A built-in class looked up by its Python name (for the `builtins` namespace).
pub fn builtin_by_name(name: &str) -> Option<Builtin> {
    ALL.iter()
        .copied()
        .find(|b| b.name() == name && b.module().is_none())
}

/// The class of a value, as `type(v)` returns it.
pub fn type_of(v: &Value) -> Ref<TypeObj> {
    match v {
        Value::Exception(e) => e.class.clone(),
        Value::Instance(i) => i.class(),
        Value::Type(t) if let Some(meta) = t.metaclass() => meta,
        Value::Future(f) if f.is_task() => builtin(Builtin::Task),
        _ => builtin(builtin_of(v)),
    }
}

/// The built-in class a value belongs to (for exceptions, its nearest built-in class).
pub fn builtin_of(v: &Value) -> Builtin {
    use Builtin::*;
    match v {
        Value::None => NoneType,
        Value::Ellipsis => Ellipsis,
        Value::Bool(_) => Bool,
        Value::Int(_) | Value::BigInt(_) => Int,
        Value::Float(_) => Float,
        Value::Str(_) => Str,
        Value::Bytes(_) => Bytes,
        Value::List(_) => List,
        Value::Tuple(_) => Tuple,
        Value::Dict(_) => Dict,
        Value::Set(_) => Set,
        Value::Range(_) => Range,
        Value::Slice(_) => Slice,
        Value::Function(_) => Function,
        Value::Native(_) => BuiltinFunction,
        Value::BoundMethod(b) => match b.func {
            Value::Native(_) => BuiltinFunction,
            _ => Method,
        },
        Value::Module(_) => Module,
        Value::Type(_) => Type,
        Value::Exception(e) => e.class.builtin,
        Value::Instance(i) => i.class().builtin,
        Value::Coroutine(_) => Coroutine,
        Value::Generator(_) => Generator,
        Value::Future(f) => {
            if f.is_task() {
                Task
            } else {
                Future
            }
        }
        Value::Iterator(it) => match &*it.borrow() {
            Iter::Seq {
                seq: Value::Tuple(_),
                ..
            } => TupleIterator,
            Iter::Seq {
                seq: Value::Bytes(_),
                ..
            } => BytesIterator,
            Iter::Seq { .. } | Iter::Exhausted => ListIterator,
            Iter::Range { .. } => RangeIterator,
            Iter::Str { .. } => StrIterator,
            Iter::Dict { kind, .. } => match kind {
                super::value::DictView::Keys => DictKeyIterator,
                super::value::DictView::Values => DictValueIterator,
                super::value::DictView::Items => DictItemIterator,
            },
            Iter::Set { .. } => SetIterator,
            Iter::Enumerate { .. } => Enumerate,
            Iter::Zip { .. } => Zip,
            Iter::Map { .. } => Map,
            Iter::Filter { .. } => Filter,
            Iter::Reversed {
                seq: Value::List(_),
                ..
            } => ReversedIterator,
            Iter::Reversed { .. } => Reversed,
            Iter::GetItem { .. } => SeqIterator,
            Iter::Call { .. } => CallableIterator,
        },
        Value::Cell(_) => Cell,
        Value::View(v) => match v.1 {
            super::value::DictView::Keys => DictKeys,
            super::value::DictView::Values => DictValues,
            super::value::DictView::Items => DictItems,
        },
        Value::Code(_) => Opaque,
        Value::Opaque(o) => match o.type_name {
            "property" => Property,
            "member_descriptor" => MemberDescriptor,
            "staticmethod" => StaticMethod,
            "classmethod" => ClassMethod,
            "super" => Super,
            "NotImplementedType" => NotImplementedType,
            "types.GenericAlias" => GenericAlias,
            "types.UnionType" => UnionType,
            _ => Opaque,
        },
        Value::Undef => Opaque,
    }
}

/// The name of a value's class, for messages (`'NoneType' object is not callable`).
pub fn type_name(v: &Value) -> std::borrow::Cow<'_, str> {
    match v {
        Value::Exception(e) => std::borrow::Cow::Borrowed(&e.class.name),
        Value::Instance(i) => std::borrow::Cow::Owned(i.class().name.to_string()),
        Value::Type(t) if let Some(meta) = t.metaclass() => {
            std::borrow::Cow::Owned(meta.name.to_string())
        }
        Value::Opaque(o) => std::borrow::Cow::Borrowed(o.type_name),
        _ => std::borrow::Cow::Borrowed(builtin_of(v).name()),
    }
}

/// `isinstance(v, t)`.
pub fn is_instance(v: &Value, t: &TypeObj) -> bool {
    if t.builtin == Builtin::Object && !t.is_user {
        return true;
    }
    type_of(v).is_subclass(t)
}

/// The slot values instances of a class with these bases hold for the bases.
pub fn inherited_slots(bases: &[Ref<TypeObj>]) -> usize {
    bases.iter().map(|b| b.slot_count).max().unwrap_or(0)
}

/// The `__slots__` entries that are values (not `__dict__` or `__weakref__`).
pub fn slot_names(slots: &[Box<str>]) -> impl Iterator<Item = &Box<str>> {
    slots
        .iter()
        .filter(|s| !matches!(&***s, "__dict__" | "__weakref__"))
}
