//! The abstract syntax tree of the Coro subset of Python.
//!
//! Every node carries the byte span of its source text. The tree is what the
//! parser produces and the compiler consumes; neither side adds meaning here.
//! Shapes follow CPython's `ast` module where that is simple, so that readers
//! who know one know the other.

use crate::span::Span;
use num_bigint::BigInt;

/// A name as written in the source, with its span.
#[derive(Debug, Clone, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A whole file.
#[derive(Debug, Clone, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect.
    Expr(Expr),
    /// `a = b = value`: `targets` in source order.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`.
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    /// `if` with its `elif`s folded into nested `If`s in `orelse`.
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `for` and `async for`.
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    /// `def` and `async def`.
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Pass,
    Break,
    Continue,
    /// `raise [exc [from cause]]`.
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try(Box<Try>),
    /// `with` and `async with`.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Del(Vec<Expr>),
    /// `import a.b as c, d`.
    Import(Vec<Alias>),
    /// `from [.]module import a as b, c`; `import *` is one alias named `*`.
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    /// `match subject:` and its `case` blocks, in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    /// A statement the parser could not read; its error has been reported.
    Error,
}

/// `case pattern [if guard]: body`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case`, shaped as CPython's `ast.pattern` nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PatternKind {
    /// A literal (number, string, bytes) or a dotted name, compared with `==`.
    Value(Expr),
    /// `None`, `True` or `False`, compared with `is`.
    Singleton(Expr),
    /// `[p, *rest]` or `(p, q)`.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`: keys are literals or dotted names.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    /// `Cls(p, attr=q)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` inside a sequence pattern; `None` for `*_`.
    Star(Option<Ident>),
    /// `p as name`; a capture is `name` alone, the wildcard `_` has neither.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    /// `p | q | ...`
    Or(Vec<Pattern>),
}

impl Pattern {
    /// Whether it is the wildcard `_`.
    pub fn is_wildcard(&self) -> bool {
        matches!(
            self.kind,
            PatternKind::As {
                pattern: None,
                name: None
            }
        )
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub params: Params,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    /// Base classes and keywords (`metaclass=...`) as call arguments.
    pub bases: Vec<Arg>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Try {
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub type_: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    /// The `except ...:` header.
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `name [as asname]`; `name` may be dotted (`a.b.c`), kept as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
}

/// A parameter list, in Python's five groups.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// Before a `/`.
    pub posonly: Vec<Param>,
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub default: Option<Expr>,
    pub annotation: Option<Expr>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExprKind {
    None,
    True,
    False,
    /// `...`
    Ellipsis,
    /// An integer literal that fits in an i64.
    Int(i64),
    /// An integer literal that does not.
    BigInt(Box<BigInt>),
    Float(f64),
    /// A string literal, escapes decoded, implicit concatenation done.
    Str(String),
    /// A bytes literal (`b"..."`).
    Bytes(Vec<u8>),
    /// An f-string, or a concatenation containing one.
    FString(Vec<FStringPart>),
    Name(String),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    Dict(Vec<DictItem>),
    ListComp(Box<Expr>, Vec<Comprehension>),
    SetComp(Box<Expr>, Vec<Comprehension>),
    DictComp(Box<Expr>, Box<Expr>, Vec<Comprehension>),
    GeneratorExp(Box<Expr>, Vec<Comprehension>),
    Attribute(Box<Expr>, Ident),
    Subscript(Box<Expr>, Box<Expr>),
    /// `lower:upper:step` inside a subscript.
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Call(Box<Expr>, Vec<Arg>),
    Unary(UnaryOp, Box<Expr>),
    Binary(Box<Expr>, BinOp, Box<Expr>),
    /// `and` / `or`; nested for three or more operands, left-associated.
    BoolOp(BoolOp, Box<Expr>, Box<Expr>),
    /// `a < b <= c`: the first operand, then each operator with its right operand.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda(Box<Params>, Box<Expr>),
    Await(Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `*x` in a display, an assignment target or a call's arguments list.
    Starred(Box<Expr>),
    /// `name := value` (PEP 572).
    NamedExpr(Ident, Box<Expr>),
    /// An expression the parser could not read; its error has been reported.
    Error,
}

#[derive(Debug, Clone, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field(Box<FStringField>),
}

/// `{expr=!r:spec}` inside an f-string.
#[derive(Debug, Clone, PartialEq)]
pub struct FStringField {
    pub expr: Expr,
    /// For `{expr=}`: the text to print before the value, `=` and spaces included.
    pub debug_text: Option<String>,
    /// `!r`, `!s` or `!a`.
    pub conversion: Option<char>,
    /// The format spec, which may itself hold fields (`{x:{width}}`).
    pub spec: Option<Vec<FStringPart>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DictItem {
    Pair(Expr, Expr),
    /// `**mapping`
    Splat(Expr),
}

/// `[async] for target in iter if cond...` inside a comprehension.
#[derive(Debug, Clone, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Positional(Expr),
    /// `*iterable`
    Starred(Expr),
    Keyword(Ident, Expr),
    /// `**mapping`
    DoubleStarred(Expr),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl BinOp {
    /// The operator as Python writes it (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}
