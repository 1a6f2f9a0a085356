//! Code objects and the instruction set.
//!
//! The VM is a stack machine. Each instruction is a fixed-size `Op` with its
//! operand inline; constants and names are indexes into the code object.
//! Stack effects are written `before -> after`, top of stack on the right.

use crate::span::Span;
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::BigInt;
use std::rc::Rc;

/// One instruction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// `-> consts[i]`
    LoadConst(u32),
    /// `-> None`
    LoadNone,
    /// `-> small int`
    LoadInt(i32),
    /// `-> slots[i]`; UnboundLocalError if unbound.
    LoadFast(u32),
    /// `v ->`, stores into slots[i].
    StoreFast(u32),
    /// Unbinds slots[i].
    DeleteFast(u32),
    /// `-> *slots[i]`, the content of the cell in slot i.
    LoadDeref(u32),
    /// `v ->`, stores into the cell in slot i.
    StoreDeref(u32),
    /// Replaces slots[i] with a new cell holding its value (for captured parameters).
    MakeCell(u32),
    /// `-> cell`: the cell object in slot i, to capture in a closure.
    LoadCell(u32),
    /// `-> module global names[i]`, else the builtin; NameError if neither.
    LoadGlobal(u32),
    /// `v ->`, stores into the module global names[i].
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `obj -> obj.names[i]`
    LoadAttr(u32),
    /// `v obj ->`, sets obj.names[i] = v.
    StoreAttr(u32),
    /// `obj ->`, deletes obj.names[i].
    DeleteAttr(u32),
    /// `obj -> method obj` when obj.names[i] is a plain method, else `attr Undef`;
    /// followed by CallMethod.
    LoadMethod(u32),
    /// `method self args... -> result` (argc = u32; self is skipped when Undef).
    CallMethod(u32),
    /// `-> slots[i].name`: `LoadFast(i)` fused with the `LoadAttr` after it
    /// (see `peephole`), which stays in place and is skipped.
    LoadFastAttr(u32),
    /// `v ->`, sets `slots[i].name = v`: `LoadFast(i)` fused with the
    /// `StoreAttr` after it.
    StoreFastAttr(u32),
    /// `-> method obj` or `attr Undef` of `slots[i]`: `LoadFast(i)` fused
    /// with the `LoadMethod` after it.
    LoadFastMethod(u32),
    /// `a b ->`, and jumps as the `PopJumpIfFalse` after it would:
    /// `Compare` fused with that jump.
    CompareJump(CmpOp),
    /// `LoadFast(i)` fused with the `LoadInt` and `Binary` (or `InPlace`)
    /// after it: the result at once when local i is an int and the
    /// arithmetic cannot fail, else just the `LoadFast`.
    FastIntBinary(u32),
    /// `a -> a op k`: `LoadInt(k)` fused with the `Binary` (or `InPlace`)
    /// after it; the result at once when `a` is an int and the arithmetic
    /// cannot fail, else just the `LoadInt`.
    IntBinary(i32),
    /// `LoadFast(i)` fused with the `LoadInt` and `CompareJump` after it:
    /// compares and jumps when local i is an int, else just the `LoadFast`.
    FastIntCompareJump(u32),
    /// `LoadFast(i)` fused with the `LoadFast` and `Binary` after it: the
    /// result of two int or float locals, else just the first `LoadFast`.
    FastFastBinary(u32),
    /// `LoadFast(i)` fused with the `LoadFast` and `CompareJump` after it.
    FastFastCompareJump(u32),
    /// `obj key -> obj[key]`
    Subscript,
    /// `v obj key ->`, sets obj[key] = v.
    StoreSubscript,
    /// `obj key ->`
    DeleteSubscript,
    /// `lower upper -> slice` (2) or `lower upper step -> slice` (3).
    BuildSlice(u32),
    /// `a b -> a op b`
    Binary(BinOp),
    /// `a b -> a op= b` (in place for lists, else as Binary).
    InPlace(BinOp),
    /// `a -> -a`
    Neg,
    /// `a -> +a`
    Pos,
    /// `a -> ~a`
    Invert,
    /// `a -> not a`
    Not,
    /// `a b -> a op b`
    Compare(CmpOp),
    /// Jumps to the instruction index.
    Jump(u32),
    /// `v ->`, jumps if v is false.
    PopJumpIfFalse(u32),
    /// `v ->`, jumps if v is true.
    PopJumpIfTrue(u32),
    /// `v -> v` and jumps if false, else `v ->`.
    JumpIfFalseOrPop(u32),
    /// `v -> v` and jumps if true, else `v ->`.
    JumpIfTrueOrPop(u32),
    /// `iterable -> iterator`
    GetIter,
    /// `it -> it next`, or `it ->` and jump when exhausted.
    ForIter(u32),
    /// `v ->`
    Pop,
    /// `v -> v v`
    Dup,
    /// `a b -> a b a b`
    DupTwo,
    /// `a b -> b a`
    Rot2,
    /// `a b c -> c a b`
    Rot3,
    /// `items... -> list`
    BuildList(u32),
    /// `items... -> tuple`
    BuildTuple(u32),
    /// `items... -> set`
    BuildSet(u32),
    /// `k1 v1 ... kn vn -> dict`
    BuildMap(u32),
    /// `list ... v -> list ...`, appends v to the list u32 slots below it.
    ListAppend(u32),
    /// `set ... v -> set ...`
    SetAdd(u32),
    /// `dict ... k v -> dict ...`; the high bit (`vm::CALL_KEYWORD`) marks
    /// a call's keyword argument, which may not repeat a key.
    MapAdd(u32),
    /// `list iterable -> list`, extends.
    ListExtend,
    /// `set iterable -> set`
    SetUpdate,
    /// `dict mapping -> dict`; with 1, duplicate keys are a TypeError (call `**`).
    DictMerge(u32),
    /// `list -> tuple`
    ListToTuple,
    /// `seq -> items...` (n items, last on top... first on top, as Python).
    UnpackSequence(u32),
    /// `seq -> items...` with a starred target: before << 16 | after.
    UnpackEx(u32),
    /// `defaults? kwdefaults? annotations? cells? -> function`; consts[i] holds the code; flags in the code.
    MakeFunction(u32),
    /// `callee args... -> result`
    Call(u32),
    /// `callee args... kwvalues... -> result`; consts[i] is the tuple of keyword names;
    /// argc in the low 16 bits, const index in the high 16 bits.
    CallKw(u32),
    /// `callee argstuple kwdict-or-None -> result`
    CallEx,
    /// `v ->`, returns v from the frame.
    Return,
    /// `awaitable -> result`: runs a coroutine inline, or parks on a pending future.
    Await,
    /// `v -> sent`: a generator suspends with `v`; it resumes with the value
    /// `send` passed (None for `next`) on the stack.
    YieldValue,
    /// `iterator sent -> result`: `yield from`. Sends `sent` on to the
    /// iterator; if it yields, the generator suspends with that value and
    /// runs this instruction again once resumed; when it is exhausted, its
    /// return value is the result.
    YieldFrom,
    /// `exc? cause? ->`: 0 re-raises the exception being handled, 1 raises exc,
    /// 2 raises exc from cause.
    Raise(u32),
    /// Pushes an exception handler at the given instruction.
    SetupExcept(u32),
    /// Pops the innermost exception handler.
    PopBlock,
    /// `exc -> exc`: marks exc as the exception being handled.
    PushExcInfo,
    /// Ends handling of the innermost handled exception.
    PopExcept,
    /// `exc -> `, re-raises exc (keeping its traceback).
    Reraise,
    /// `exc class -> bool`: whether exc matches the except clause.
    CheckExcMatch,
    /// `v -> str`: f-string field; u32 = conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec follows
    /// (`v spec -> str`).
    FormatValue(u32),
    /// `parts... -> str`
    BuildString(u32),
    /// `-> module` named names[i], imported if it is not yet (`importer`):
    /// the module the whole dotted name names; leading dots make the name
    /// relative to the running module's package (`..sub` is level 2).
    ImportName(u32),
    /// `module -> module module.names[i]`, or the submodule of that name.
    ImportFrom(u32),
    /// `module ->`, binding its public names in the running module (`import *`).
    ImportStar,
    /// `-> AssertionError class`
    LoadAssertionError,
    /// In a class body: `-> names[i]` from the class namespace (slot 0),
    /// else the global or builtin.
    LoadName(u32),
    /// In a class body: `v ->`, sets names[i] in the class namespace.
    StoreName(u32),
    /// In a class body: removes names[i] from the class namespace.
    DeleteName(u32),
    /// `body name bases... kwargs? -> class`: runs the class body (a
    /// function of the namespace) and makes the class. The low 16 bits count
    /// the bases; bit 16 says a dict of keyword arguments is on top.
    BuildClass(u32),
    /// `ctx -> exit entered`: looks up `__exit__` (pushed bound) and calls `__enter__`.
    BeforeWith,
    /// `exit exc -> exit exc result`: calls `exit(type(exc), exc, tb)`.
    WithExceptStart,
    /// `exit entered -> exit entered`: pushes the handler of a `with` body,
    /// which cuts the stack back to `exit` (the entered value is bound first).
    SetupWith(u32),
    /// `ctx -> aexit entering`: looks up `__aexit__` (pushed bound) and calls
    /// `__aenter__`, whose result is awaited next (`async with`).
    BeforeAsyncWith,
    /// `iterable -> aiterator`: calls `__aiter__` (`async for`).
    GetAIter,
    /// `aiter -> aiter awaitable`: calls `__anext__`.
    GetANext,
    /// `v -> v`: a TypeError unless v is what the step of an `async` statement
    /// named by `async_check` must get (an awaitable, or an async iterator).
    CheckAsync(u32),
    /// `aiter exc ->`: a StopAsyncIteration ends the `async for`; any other
    /// exception is re-raised.
    EndAsyncFor,
    /// `a1 ... a(n-1) v -> v a1 ... a(n-1)`: moves the top value down under
    /// the n - 1 below it (`match` keeps captured values under its work).
    Rotate(u32),
    /// `subject -> subject bool`: whether a sequence pattern can match it
    /// (list, tuple, range and their subclasses; never str or bytes).
    MatchSequence,
    /// `subject -> subject bool`: whether a mapping pattern can match it.
    MatchMapping,
    /// `subject -> subject len(subject)`
    GetLen,
    /// `subject keys -> subject keys values`: the subject's values for a
    /// tuple of keys (through its `get`), or None when one is missing.
    MatchKeys,
    /// `subject keys -> rest`: a dict of the subject's items whose keys are
    /// not in the tuple `keys` (a mapping pattern's `**rest`).
    MatchRest,
    /// `subject class names -> attrs`: if the subject is an instance of the
    /// class, the tuple of its attributes for u32 positional sub-patterns
    /// (through `__match_args__`) and the tuple of keyword `names`; else None.
    MatchClass(u32),
}

/// What `CheckAsync` checks, and where the value came from.
pub mod async_check {
    /// `__aiter__`'s result must have `__anext__`.
    pub const AITER: u32 = 0;
    /// `__aenter__`'s result must be awaitable.
    pub const AENTER: u32 = 1;
    /// `__aexit__`'s result must be awaitable.
    pub const AEXIT: u32 = 2;
    /// `__anext__`'s result must be awaitable.
    pub const ANEXT: u32 = 3;
}

/// `MapAdd`'s flag for a call's keyword argument: a key already there is an error.
pub const CALL_KEYWORD: u32 = 1 << 31;

/// Whether a code object is a module, a function, a coroutine function...
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    /// `async def`: calling it makes a coroutine.
    Coroutine,
    /// A `def` with `yield`, or a generator expression: calling it makes a generator.
    Generator,
    /// A comprehension's implicit function.
    Comprehension,
    Lambda,
    /// A class body: a function of the class namespace (slot 0).
    Class,
}

/// Bits of `Code::flags`.
pub mod flags {
    /// MakeFunction pops a tuple of defaults.
    pub const DEFAULTS: u32 = 1;
    /// MakeFunction pops a list of keyword-only defaults (None for missing).
    pub const KWDEFAULTS: u32 = 2;
    /// MakeFunction pops a tuple of cells.
    pub const CLOSURE: u32 = 4;
    /// MakeFunction pops the dict of parameter and return annotations (below the cells).
    pub const ANNOTATIONS: u32 = 8;
}

/// A constant of a code object, as plain data: the VM turns each into a
/// value when it loads the code.
#[derive(Debug, Clone)]
pub enum Const {
    None,
    /// A keyword-only parameter without a default (in `MakeFunction`'s tuple).
    NoDefault,
    Bool(bool),
    Ellipsis,
    Int(i64),
    BigInt(Box<BigInt>),
    Float(f64),
    Str(Box<str>),
    Bytes(Box<[u8]>),
    Tuple(Box<[Const]>),
    /// The body of a `def`, `lambda`, comprehension or class.
    Code(Rc<Code>),
}

impl Const {
    /// Its Python repr, for `coro dis`.
    pub fn repr(&self) -> String {
        match self {
            Const::None => "None".into(),
            Const::NoDefault => "<no default>".into(),
            Const::Bool(b) => if *b { "True" } else { "False" }.into(),
            Const::Ellipsis => "Ellipsis".into(),
            Const::Int(n) => n.to_string(),
            Const::BigInt(n) => n.to_string(),
            Const::Float(x) => crate::fmt::float_repr(*x),
            Const::Str(s) => crate::fmt::str_repr(s),
            Const::Bytes(b) => crate::fmt::bytes_repr(b),
            Const::Tuple(items) => {
                let items: Vec<String> = items.iter().map(Const::repr).collect();
                match items.len() {
                    1 => format!("({},)", items[0]),
                    _ => format!("({})", items.join(", ")),
                }
            }
            Const::Code(c) => format!("<code {}>", c.qualname),
        }
    }
}

/// A compiled function body (or module, or comprehension).
#[derive(Debug)]
pub struct Code {
    pub name: Box<str>,
    pub qualname: Box<str>,
    pub kind: CodeKind,
    pub filename: Rc<str>,
    /// The whole source, for tracebacks.
    pub source: Rc<str>,
    pub ops: Vec<Op>,
    /// The source span of each instruction.
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    /// Attribute and global names.
    pub names: Vec<Box<str>>,
    /// Number of positional parameters (posonly + normal).
    pub argcount: u32,
    pub posonlycount: u32,
    pub kwonlycount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Names of all local slots; parameters first, in order.
    pub slot_names: Vec<Box<str>>,
    /// Slots that hold cells captured from the enclosing function (after the locals).
    pub nfree: u32,
    pub flags: u32,
    /// The span of the `def` line, for "defined at" and tracebacks.
    pub def_span: Span,
    /// The docstring of a function body (`__doc__`).
    pub doc: Option<Box<str>>,
}

impl Code {
    /// Whether a call with `argc` positional arguments and nothing else
    /// binds them straight to the parameter slots: a plain function taking
    /// exactly that many, with no keyword-only, `*args` or `**kwargs`
    /// parameters (and not a coroutine, whose call makes an object).
    #[inline]
    pub fn binds_exactly(&self, argc: usize) -> bool {
        argc == self.argcount as usize
            && self.kwonlycount == 0
            && !self.has_varargs
            && !self.has_varkw
            && !matches!(self.kind, CodeKind::Coroutine | CodeKind::Generator)
    }

    /// Whether calling it runs its body at once (rather than making a
    /// coroutine or generator object).
    #[inline]
    pub fn runs_on_call(&self) -> bool {
        !matches!(self.kind, CodeKind::Coroutine | CodeKind::Generator)
    }

    /// Total local slots (locals, own cells, free cells).
    pub fn nslots(&self) -> usize {
        self.slot_names.len()
    }
    /// The 1-based source line of a span.
    pub fn line_of(&self, span: Span) -> usize {
        crate::span::line_of(&self.source, span.start as usize).0
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ops_are_compact() {
        assert!(std::mem::size_of::<super::Op>() <= 8);
    }
}
