//! Type objects: the classes of built-in values and the built-in exception
//! hierarchy. `type(x)`, `isinstance` and `except` clauses read them.

use super::heap::{Ref, alloc};
use super::value::{Iter, Value};

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
            TimeoutError => OSError,
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
            _ => None,
        }
    }
}

/// A class. Built-in classes are made once per thread; see `builtin`.
pub struct TypeObj {
    pub name: &'static str,
    pub module: Option<&'static str>,
    pub base: Option<Ref<TypeObj>>,
    pub builtin: Builtin,
}

impl TypeObj {
    /// Whether `self` is `other` or derives from it.
    pub fn is_subclass(&self, other: &TypeObj) -> bool {
        let mut t = Some(self);
        while let Some(cur) = t {
            if std::ptr::eq(cur, other) {
                return true;
            }
            t = cur.base.as_deref();
        }
        false
    }
    /// The dotted name used in tracebacks (`asyncio.exceptions.CancelledError`).
    pub fn qualified_name(&self) -> String {
        match self.module {
            Some(m) if m != "_asyncio" => format!("{m}.{}", self.name),
            _ => self.name.to_string(),
        }
    }
    pub fn is_exception(&self) -> bool {
        self.is_subclass(&builtin(Builtin::BaseException))
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
        let t = alloc(TypeObj {
            name: b.name(),
            module: b.module(),
            base,
            builtin: b,
        });
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
        },
        Value::Cell(_) => Cell,
        Value::View(v) => match v.1 {
            super::value::DictView::Keys => DictKeys,
            super::value::DictView::Values => DictValues,
            super::value::DictView::Items => DictItems,
        },
        Value::Code(_) => Opaque,
        Value::Opaque(_) | Value::Undef => Opaque,
    }
}

/// The name of a value's class, for messages (`'NoneType' object is not callable`).
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Exception(e) => e.class.name,
        Value::Opaque(o) => o.type_name,
        _ => builtin_of(v).name(),
    }
}

/// `isinstance(v, t)`.
pub fn is_instance(v: &Value, t: &TypeObj) -> bool {
    if t.builtin == Builtin::Object {
        return true;
    }
    type_of(v).is_subclass(t)
}
