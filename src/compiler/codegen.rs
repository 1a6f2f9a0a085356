//! Code generation: AST to code objects, one per module, function, lambda and
//! comprehension.

use super::code::{Code, CodeKind, Const, Op, async_check, flags};
use super::scope::{NameLoc, Scope, Scopes};
use crate::diagnostics::Diagnostic;
use crate::span::Span;
use crate::syntax::ast::*;
use std::collections::HashMap;
use std::rc::Rc;

/// What a `break`, `continue` or `return` must undo on its way out.
pub(super) enum Block {
    Loop {
        start: u32,
        breaks: Vec<usize>,
        has_iter: bool,
    },
    /// Inside a `try` body: the handler must be popped.
    Try,
    /// Inside an `except` body: the handled exception must be ended.
    Except,
    /// Inside a `finally` body run for an exception, which is on the stack.
    FinallyExcept,
    /// Inside a `try` body that has a `finally`: its body runs on the way out.
    Finally(Vec<Stmt>),
    /// Inside a `with` body: its `__exit__` (below on the stack) is called on the way out.
    With,
    /// Inside an `async with` body: its `__aexit__` is called and awaited on the way out.
    AsyncWith,
}

pub struct Unit {
    ops: Vec<Op>,
    spans: Vec<Span>,
    consts: Vec<Const>,
    names: Vec<Box<str>>,
    name_index: HashMap<String, u32>,
    blocks: Vec<Block>,
    scope: Rc<Scope>,
    kind: CodeKind,
    qualname: String,
    span: Span,
    doc: Option<Box<str>>,
}

pub struct Compiler<'a> {
    scopes: &'a mut Scopes,
    /// The classes whose bodies enclose the code being compiled, innermost
    /// last: `self.__x` inside them is `self._Class__x`.
    classes: Vec<String>,
    filename: Rc<str>,
    source: Rc<str>,
    errors: Vec<Diagnostic>,
    unit: Unit,
    future: super::future::Futures,
    /// An input typed at the REPL: `await` is allowed at the top level and
    /// top-level expression statements show their value (`sys.displayhook`).
    interactive: bool,
}

/// Compiles a parsed module into its code object.
pub fn compile(module: &Module, filename: &str, source: &str) -> Result<Rc<Code>, Vec<Diagnostic>> {
    compile_module(module, filename, source, false)
}

/// Compiles one REPL input: like a module, but top-level `await` is allowed
/// (the code runs as a task's body) and each expression statement outside a
/// function passes its value to `sys.displayhook`, as CPython's interactive
/// mode does.
pub fn compile_interactive(
    module: &Module,
    filename: &str,
    source: &str,
) -> Result<Rc<Code>, Vec<Diagnostic>> {
    compile_module(module, filename, source, true)
}

fn compile_module(
    module: &Module,
    filename: &str,
    source: &str,
    interactive: bool,
) -> Result<Rc<Code>, Vec<Diagnostic>> {
    let mut scopes = super::scope::analyze(module)?;
    let scope = Rc::new(scopes.by_node.remove(&Span::default()).unwrap_or_default());
    let mut errors = Vec::new();
    let future = super::future::Futures::scan(&module.body, &mut errors);
    let mut c = Compiler {
        scopes: &mut scopes,
        classes: Vec::new(),
        filename: filename.into(),
        source: source.into(),
        errors,
        unit: Unit::new(scope, CodeKind::Module, "<module>".into(), Span::default()),
        future,
        interactive,
    };
    c.module_prologue(&module.body);
    c.stmts(&module.body);
    c.emit(Op::LoadNone, Span::default());
    c.emit(Op::Return, Span::default());
    let unit = std::mem::replace(
        &mut c.unit,
        Unit::new(
            Rc::default(),
            CodeKind::Module,
            String::new(),
            Span::default(),
        ),
    );
    let shape = Shape {
        argcount: 0,
        posonly: 0,
        kwonly: 0,
        varargs: false,
        varkw: false,
    };
    let code = c.finish(unit, "<module>", shape, 0);
    if c.errors.is_empty() {
        Ok(code)
    } else {
        Err(c.errors)
    }
}

impl Unit {
    fn new(scope: Rc<Scope>, kind: CodeKind, qualname: String, span: Span) -> Unit {
        Unit {
            ops: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            blocks: Vec::new(),
            scope,
            kind,
            qualname,
            span,
            doc: None,
        }
    }
}

impl Compiler<'_> {
    pub(super) fn emit(&mut self, op: Op, span: Span) -> usize {
        self.unit.ops.push(op);
        self.unit.spans.push(span);
        self.unit.ops.len() - 1
    }

    pub(super) fn here(&self) -> u32 {
        self.unit.ops.len() as u32
    }

    /// Points the jump at `at` to the current position.
    pub(super) fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    pub(super) fn patch_to(&mut self, at: usize, target: u32) {
        self.unit.ops[at] = match self.unit.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            other => other,
        };
    }

    pub(super) fn constant(&mut self, v: Const) -> u32 {
        self.unit.consts.push(v);
        (self.unit.consts.len() - 1) as u32
    }

    /// The index of an attribute name, mangled as CPython mangles private
    /// names (`__x` inside `class C` is `_C__x`).
    pub(super) fn attr_name(&mut self, n: &str) -> u32 {
        match self.classes.last() {
            Some(class) if n.starts_with("__") && !n.ends_with("__") => {
                let class = class.trim_start_matches('_');
                if class.is_empty() {
                    return self.name(n);
                }
                let mangled = format!("_{class}{n}");
                self.name(&mangled)
            }
            _ => self.name(n),
        }
    }

    pub(super) fn name(&mut self, n: &str) -> u32 {
        if let Some(&i) = self.unit.name_index.get(n) {
            return i;
        }
        let i = self.unit.names.len() as u32;
        self.unit.names.push(n.into());
        self.unit.name_index.insert(n.to_string(), i);
        i
    }

    pub(super) fn error(
        &mut self,
        span: Span,
        message: impl Into<String>,
        label: impl Into<String>,
    ) {
        self.errors.push(Diagnostic::syntax(span, message, label));
    }

    /// A compound statement's header line, which names it in diagnostics.
    pub(super) fn header_span(&self, span: Span) -> Span {
        let text = &self.source[span.range()];
        match text.find('\n') {
            Some(i) => Span::new(
                span.start as usize,
                span.start as usize + text[..i].trim_end().len(),
            ),
            None => span,
        }
    }

    pub(super) fn unsupported(&mut self, span: Span, what: &str) {
        let span = self.header_span(span);
        self.errors.push(
            Diagnostic::syntax(
                span,
                format!("{what} are not supported yet"),
                "not supported yet",
            )
            .with_note("Coro runs a growing subset of Python; this feature is planned"),
        );
    }

    fn finish(&mut self, unit: Unit, name: &str, shape: Shape, flags: u32) -> Rc<Code> {
        let nfree = unit.scope.free.len() as u32;
        let mut unit = unit;
        super::peephole::fuse(&mut unit.ops);
        Rc::new(Code {
            name: name.into(),
            qualname: unit.qualname.into(),
            kind: unit.kind,
            filename: self.filename.clone(),
            source: self.source.clone(),
            ops: unit.ops,
            spans: unit.spans,
            consts: unit.consts,
            names: unit.names,
            argcount: shape.argcount,
            posonlycount: shape.posonly,
            kwonlycount: shape.kwonly,
            has_varargs: shape.varargs,
            has_varkw: shape.varkw,
            slot_names: unit.scope.slots.iter().map(|s| s.as_str().into()).collect(),
            nfree,
            flags,
            def_span: unit.span,
            doc: unit.doc,
        })
    }

    // ---- statements -------------------------------------------------------

    pub(super) fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        let sp = s.span;
        match &s.kind {
            StmtKind::Expr(e) if self.interactive && self.unit.kind == CodeKind::Module => {
                let sys = self.name("sys");
                self.emit(Op::ImportName(sys), sp);
                let hook = self.name("displayhook");
                self.emit(Op::LoadAttr(hook), sp);
                self.expr(e);
                self.emit(Op::Call(1), sp);
                self.emit(Op::Pop, sp);
            }
            StmtKind::Expr(e) => {
                self.expr(e);
                self.emit(Op::Pop, sp);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup, sp);
                    }
                    self.store(t);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, sp),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => self.ann_assign(target, annotation, value.as_ref(), sp),
            StmtKind::If { test, body, orelse } => {
                self.expr(test);
                let jf = self.emit(Op::PopJumpIfFalse(0), test.span);
                self.stmts(body);
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Op::Jump(0), sp);
                    self.patch(jf);
                    self.stmts(orelse);
                    self.patch(j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(test);
                let jf = self.emit(Op::PopJumpIfFalse(0), test.span);
                self.unit.blocks.push(Block::Loop {
                    start,
                    breaks: Vec::new(),
                    has_iter: false,
                });
                self.stmts(body);
                self.emit(Op::Jump(start), sp);
                let breaks = self.pop_loop();
                self.patch(jf);
                self.stmts(orelse);
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return self.async_for(target, iter, body, orelse, sp);
                }
                self.expr(iter);
                self.emit(Op::GetIter, iter.span);
                let start = self.here();
                let fi = self.emit(Op::ForIter(0), iter.span);
                self.store(target);
                self.unit.blocks.push(Block::Loop {
                    start,
                    breaks: Vec::new(),
                    has_iter: true,
                });
                self.stmts(body);
                self.emit(Op::Jump(start), sp);
                let breaks = self.pop_loop();
                self.patch(fi);
                self.stmts(orelse);
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(f, sp),
            StmtKind::ClassDef(c) => self.class_def(c, sp),
            StmtKind::Return(v) => {
                if self.unit.kind == CodeKind::Module {
                    return self.error(sp, "'return' outside function", "not in a function");
                }
                match v {
                    Some(v) => self.expr(v),
                    None => {
                        self.emit(Op::LoadNone, sp);
                    }
                }
                self.unwind(None, true, sp);
                self.emit(Op::Return, sp);
            }
            StmtKind::Pass => {}
            StmtKind::Break | StmtKind::Continue => {
                let is_break = matches!(s.kind, StmtKind::Break);
                let Some(depth) = self
                    .unit
                    .blocks
                    .iter()
                    .rposition(|b| matches!(b, Block::Loop { .. }))
                else {
                    let what = if is_break {
                        "'break' outside loop"
                    } else {
                        "'continue' not properly in loop"
                    };
                    return self.error(sp, what, "not in a loop");
                };
                self.unwind(Some(depth), false, sp);
                if is_break {
                    if let Block::Loop { has_iter: true, .. } = self.unit.blocks[depth] {
                        self.emit(Op::Pop, sp);
                    }
                    let j = self.emit(Op::Jump(0), sp);
                    if let Block::Loop { breaks, .. } = &mut self.unit.blocks[depth] {
                        breaks.push(j);
                    }
                } else if let Block::Loop { start, .. } = self.unit.blocks[depth] {
                    self.emit(Op::Jump(start), sp);
                }
            }
            StmtKind::Raise { exc, cause } => {
                let n = match (exc, cause) {
                    (None, _) => 0,
                    (Some(e), None) => {
                        self.expr(e);
                        1
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e);
                        self.expr(c);
                        2
                    }
                };
                self.emit(Op::Raise(n), sp);
            }
            StmtKind::Try(t) => self.try_stmt(t, sp),
            StmtKind::With {
                is_async: true,
                items,
                body,
            } => {
                if !self.in_async() {
                    let head = self.header_span(sp);
                    return self.error(
                        head,
                        "'async with' outside async function",
                        "not inside an `async def`",
                    );
                }
                self.with_stmt(items, body, sp, true)
            }
            StmtKind::With { items, body, .. } => self.with_stmt(items, body, sp, false),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                let ok = self.emit(Op::PopJumpIfTrue(0), sp);
                self.emit(Op::LoadAssertionError, sp);
                if let Some(m) = msg {
                    self.expr(m);
                    self.emit(Op::Call(1), sp);
                }
                self.emit(Op::Raise(1), sp);
                self.patch(ok);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.name(&a.name.name);
                    self.emit(Op::ImportName(i), a.name.span);
                    match &a.asname {
                        // `import a.b as c` binds the submodule itself, which
                        // is what the import leaves.
                        Some(n) => self.store_name(&n.name, n.span),
                        None => {
                            let top = a.name.name.split('.').next().unwrap_or("").to_string();
                            if top != a.name.name {
                                self.emit(Op::Pop, sp);
                                let i = self.name(&top);
                                self.emit(Op::ImportName(i), a.name.span);
                            }
                            self.store_name(&top, a.name.span)
                        }
                    }
                }
            }
            StmtKind::ImportFrom { .. } if super::future::is_future_import(s) => {
                self.future_import(s)
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                // The importer reads the level from the leading dots.
                let dots = ".".repeat(*level as usize);
                let (text, at) = match module {
                    Some(m) => (format!("{dots}{}", m.name), m.span),
                    None => (dots, sp),
                };
                let i = self.name(&text);
                self.emit(Op::ImportName(i), at);
                if let [a] = names.as_slice()
                    && a.name.name == "*"
                {
                    if self.unit.kind != CodeKind::Module {
                        return self.error(
                            a.name.span,
                            "import * only allowed at module level",
                            "not at module level",
                        );
                    }
                    self.emit(Op::ImportStar, a.name.span);
                    return;
                }
                for a in names {
                    let i = self.name(&a.name.name);
                    self.emit(Op::ImportFrom(i), a.name.span);
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.store_name(&bound.name, bound.span);
                }
                self.emit(Op::Pop, sp);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, sp),
            StmtKind::Error => {}
        }
    }

    pub(super) fn push_block(&mut self, b: Block) {
        self.unit.blocks.push(b);
    }

    pub(super) fn pop_block(&mut self) {
        self.unit.blocks.pop();
    }

    pub(super) fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit.blocks.pop() {
            Some(Block::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    /// Emits what leaving the blocks above `depth` needs (all of them for a
    /// `return`, whose value is on the stack when `keep_top`).
    fn unwind(&mut self, depth: Option<usize>, keep_top: bool, sp: Span) {
        let stop = depth.map_or(0, |d| d + 1);
        let mut i = self.unit.blocks.len();
        while i > stop {
            i -= 1;
            match &self.unit.blocks[i] {
                Block::Loop { has_iter: true, .. } => {
                    if keep_top {
                        self.emit(Op::Rot2, sp);
                    }
                    self.emit(Op::Pop, sp);
                }
                Block::Loop { .. } => {}
                Block::Try => {
                    self.emit(Op::PopBlock, sp);
                }
                Block::Except => {
                    self.emit(Op::PopExcept, sp);
                }
                Block::FinallyExcept => {
                    self.emit(Op::PopExcept, sp);
                    if keep_top {
                        self.emit(Op::Rot2, sp);
                    }
                    self.emit(Op::Pop, sp);
                }
                Block::With => {
                    self.emit(Op::PopBlock, sp);
                    if keep_top {
                        self.emit(Op::Rot2, sp);
                    }
                    self.exit_call(sp);
                }
                Block::AsyncWith => {
                    self.emit(Op::PopBlock, sp);
                    if keep_top {
                        self.emit(Op::Rot2, sp);
                    }
                    self.async_exit_call(sp);
                }
                Block::Finally(body) => {
                    let body = body.clone();
                    self.emit(Op::PopBlock, sp);
                    // The finally body runs outside its own block.
                    let saved: Vec<Block> = self.unit.blocks.drain(i..).collect();
                    self.stmts(&body);
                    self.unit.blocks.extend(saved);
                }
            }
        }
    }

    /// `class Name(bases, **kw): body`.
    fn class_def(&mut self, c: &ClassDef, sp: Span) {
        for d in &c.decorators {
            self.expr(d);
        }
        let shape = Shape {
            argcount: 1,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
        };
        let name = c.name.name.clone();
        self.classes.push(name.clone());
        self.nested_code(&name, sp, CodeKind::Class, shape, 0, |b| {
            // `__module__ = __name__`, as CPython's class bodies begin.
            let module = b.name("__name__");
            b.emit(Op::LoadName(module), sp);
            let i = b.name("__module__");
            b.emit(Op::StoreName(i), sp);
            let qualname = b.constant(Const::Str(b.unit.qualname.as_str().into()));
            b.emit(Op::LoadConst(qualname), sp);
            let i = b.name("__qualname__");
            b.emit(Op::StoreName(i), sp);
            if let Some(Stmt {
                kind:
                    StmtKind::Expr(
                        doc @ Expr {
                            kind: ExprKind::Str(_),
                            ..
                        },
                    ),
                ..
            }) = c.body.first()
            {
                b.expr(doc);
                let i = b.name("__doc__");
                b.emit(Op::StoreName(i), sp);
            }
            b.class_annotations_prologue(&c.body, sp);
            b.stmts(&c.body);
            match b.unit.scope.lookup("__class__") {
                NameLoc::Deref(i) if b.unit.scope.cells.contains("__class__") => {
                    b.emit(Op::LoadCell(i), sp);
                }
                _ => {
                    b.emit(Op::LoadNone, sp);
                }
            }
            b.emit(Op::Return, sp);
        });
        self.classes.pop();
        let ci = self.constant(Const::Str(name.as_str().into()));
        self.emit(Op::LoadConst(ci), sp);
        let mut nbases = 0;
        let mut keywords = Vec::new();
        for a in &c.bases {
            match a {
                Arg::Positional(e) => {
                    self.expr(e);
                    nbases += 1;
                }
                Arg::Keyword(k, v) => keywords.push((k, v)),
                Arg::Starred(e) | Arg::DoubleStarred(e) => {
                    return self.unsupported(e.span, "unpacked class bases");
                }
            }
        }
        let mut spec = nbases;
        if !keywords.is_empty() {
            for (k, v) in &keywords {
                let ki = self.constant(Const::Str(k.name.as_str().into()));
                self.emit(Op::LoadConst(ki), sp);
                self.expr(v);
            }
            self.emit(Op::BuildMap(keywords.len() as u32), sp);
            spec |= 1 << 16;
        }
        self.emit(Op::BuildClass(spec), sp);
        for d in c.decorators.iter().rev() {
            self.emit(Op::Call(1), d.span);
        }
        self.store_name(&c.name.name, c.name.span);
    }

    /// `[async] with a as x, b as y: body`, as nested single-item
    /// statements; `async with` awaits what `__aenter__` and `__aexit__` return.
    pub(super) fn with_stmt(
        &mut self,
        items: &[WithItem],
        body: &[Stmt],
        sp: Span,
        is_async: bool,
    ) {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context);
        if is_async {
            self.emit(Op::BeforeAsyncWith, first.context.span);
            self.emit(Op::CheckAsync(async_check::AENTER), first.context.span);
            self.emit(Op::Await, first.context.span);
        } else {
            self.emit(Op::BeforeWith, first.context.span);
        }
        // Binding the target is inside the statement: `__exit__` sees its errors.
        let setup = self.emit(Op::SetupWith(0), sp);
        self.push_block(if is_async {
            Block::AsyncWith
        } else {
            Block::With
        });
        match &first.target {
            Some(t) => self.store(t),
            None => {
                self.emit(Op::Pop, sp);
            }
        }
        if rest.is_empty() {
            self.stmts(body);
        } else {
            self.with_stmt(rest, body, sp, is_async);
        }
        self.pop_block();
        self.emit(Op::PopBlock, sp);
        if is_async {
            self.async_exit_call(sp);
        } else {
            self.exit_call(sp);
        }
        let end = self.emit(Op::Jump(0), sp);
        // An exception: `__exit__(type, exc, tb)` (awaited, for `async with`)
        // decides whether it goes on.
        self.patch(setup);
        self.emit(Op::PushExcInfo, sp);
        self.emit(Op::WithExceptStart, sp);
        if is_async {
            self.emit(Op::CheckAsync(async_check::AEXIT), sp);
            self.emit(Op::Await, sp);
        }
        let suppress = self.emit(Op::PopJumpIfTrue(0), sp);
        self.emit(Op::Reraise, sp);
        self.patch(suppress);
        self.emit(Op::PopExcept, sp);
        self.emit(Op::Pop, sp);
        self.emit(Op::Pop, sp);
        self.patch(end);
    }

    /// `super()` in a method is `super(__class__, first_argument)`; false
    /// when that does not apply (then it is an ordinary call).
    pub(super) fn zero_arg_super(&mut self, sp: Span) -> bool {
        let scope = self.unit.scope.clone();
        let (NameLoc::Global, NameLoc::Deref(cell), Some(first)) = (
            scope.lookup("super"),
            scope.lookup("__class__"),
            scope.first_param.as_deref(),
        ) else {
            return false;
        };
        self.load_name("super", sp);
        self.emit(Op::LoadDeref(cell), sp);
        self.load_name(first, sp);
        self.emit(Op::Call(2), sp);
        true
    }

    /// `exit -> `: calls a `with` statement's `__exit__(None, None, None)`.
    fn exit_call(&mut self, sp: Span) {
        for _ in 0..3 {
            self.emit(Op::LoadNone, sp);
        }
        self.emit(Op::Call(3), sp);
        self.emit(Op::Pop, sp);
    }

    fn try_stmt(&mut self, t: &Try, sp: Span) {
        if t.finalbody.is_empty() {
            return self.try_except(t, sp);
        }
        let setup = self.emit(Op::SetupExcept(0), sp);
        self.unit.blocks.push(Block::Finally(t.finalbody.clone()));
        if t.handlers.is_empty() {
            self.stmts(&t.body);
            self.stmts(&t.orelse);
        } else {
            self.try_except(t, sp);
        }
        self.unit.blocks.pop();
        self.emit(Op::PopBlock, sp);
        self.stmts(&t.finalbody);
        let end = self.emit(Op::Jump(0), sp);
        self.patch(setup);
        self.emit(Op::PushExcInfo, sp);
        self.unit.blocks.push(Block::FinallyExcept);
        self.stmts(&t.finalbody);
        self.unit.blocks.pop();
        self.emit(Op::Reraise, sp);
        self.patch(end);
    }

    fn try_except(&mut self, t: &Try, sp: Span) {
        let setup = self.emit(Op::SetupExcept(0), sp);
        self.unit.blocks.push(Block::Try);
        self.stmts(&t.body);
        self.unit.blocks.pop();
        self.emit(Op::PopBlock, sp);
        self.stmts(&t.orelse);
        let mut ends = vec![self.emit(Op::Jump(0), sp)];
        self.patch(setup);
        self.emit(Op::PushExcInfo, sp);
        for (i, h) in t.handlers.iter().enumerate() {
            if h.type_.is_none() && i + 1 < t.handlers.len() {
                self.error(h.span, "default 'except:' must be last", "bare except");
            }
            let next = h.type_.as_ref().map(|ty| {
                self.emit(Op::Dup, h.span);
                self.expr(ty);
                self.emit(Op::CheckExcMatch, h.span);
                self.emit(Op::PopJumpIfFalse(0), h.span)
            });
            match &h.name {
                Some(n) => self.store_name(&n.name, n.span),
                None => {
                    self.emit(Op::Pop, h.span);
                }
            }
            self.unit.blocks.push(Block::Except);
            self.stmts(&h.body);
            self.unit.blocks.pop();
            self.emit(Op::PopExcept, h.span);
            if let Some(n) = &h.name {
                self.emit(Op::LoadNone, n.span);
                self.store_name(&n.name, n.span);
                self.delete_name(&n.name, n.span);
            }
            ends.push(self.emit(Op::Jump(0), h.span));
            if let Some(next) = next {
                self.patch(next);
            }
        }
        self.emit(Op::Reraise, sp);
        for e in ends {
            self.patch(e);
        }
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr, sp: Span) {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n, target.span);
                self.expr(value);
                self.emit(Op::InPlace(op), sp);
                self.store_name(n, target.span);
            }
            ExprKind::Attribute(obj, attr) if self.local_kept(obj, value) => {
                // `local.a op= v`: the local is read again for the store
                // rather than duplicated and rotated (two fused instructions
                // fewer); `local_kept` makes sure it still holds the object.
                let i = self.attr_name(&attr.name);
                self.expr(obj);
                self.emit(Op::LoadAttr(i), target.span);
                self.expr(value);
                self.emit(Op::InPlace(op), sp);
                self.expr(obj);
                self.emit(Op::StoreAttr(i), target.span);
            }
            ExprKind::Attribute(obj, attr) => {
                self.expr(obj);
                self.emit(Op::Dup, sp);
                let i = self.attr_name(&attr.name);
                self.emit(Op::LoadAttr(i), target.span);
                self.expr(value);
                self.emit(Op::InPlace(op), sp);
                self.emit(Op::Rot2, sp);
                self.emit(Op::StoreAttr(i), target.span);
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj);
                self.expr(key);
                self.emit(Op::DupTwo, sp);
                self.emit(Op::Subscript, target.span);
                self.expr(value);
                self.emit(Op::InPlace(op), sp);
                self.emit(Op::Rot3, sp);
                self.emit(Op::StoreSubscript, target.span);
            }
            _ => self.error(
                target.span,
                "illegal expression for augmented assignment",
                "cannot assign to this",
            ),
        }
    }

    fn function_def(&mut self, f: &FunctionDef, sp: Span) {
        for d in &f.decorators {
            self.expr(d);
        }
        let generator = self.scopes.by_node.get(&sp).is_some_and(|s| s.has_yield);
        let kind = match (f.is_async, generator) {
            (true, true) => return self.unsupported(sp, "asynchronous generators"),
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let body = FunctionBody::Stmts(&f.body);
        let returns = f.returns.as_ref();
        self.make_function(&f.name.name, &f.params, returns, body, kind, sp);
        for d in f.decorators.iter().rev() {
            self.emit(Op::Call(1), d.span);
        }
        self.store_name(&f.name.name, f.name.span);
    }

    /// Compiles a function body into a new code object and emits the
    /// instructions that make the function at run time.
    pub(super) fn make_function(
        &mut self,
        name: &str,
        params: &Params,
        returns: Option<&Expr>,
        body: FunctionBody,
        kind: CodeKind,
        sp: Span,
    ) {
        let mut fl = 0;
        let positional: Vec<&Param> = params.posonly.iter().chain(&params.args).collect();
        let defaults: Vec<&Expr> = positional
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d);
            }
            self.emit(Op::BuildTuple(defaults.len() as u32), sp);
            fl |= flags::DEFAULTS;
        }
        if params.kwonly.iter().any(|p| p.default.is_some()) {
            for p in &params.kwonly {
                match &p.default {
                    Some(d) => self.expr(d),
                    None => {
                        let i = self.constant(Const::NoDefault);
                        self.emit(Op::LoadConst(i), sp);
                    }
                }
            }
            self.emit(Op::BuildTuple(params.kwonly.len() as u32), sp);
            fl |= flags::KWDEFAULTS;
        }
        if self.function_annotations(params, returns, sp) {
            fl |= flags::ANNOTATIONS;
        }
        let shape = Shape {
            argcount: positional.len() as u32,
            posonly: params.posonly.len() as u32,
            kwonly: params.kwonly.len() as u32,
            varargs: params.vararg.is_some(),
            varkw: params.kwarg.is_some(),
        };
        self.nested_code(name, sp, kind, shape, fl, |c| match body {
            FunctionBody::Stmts(stmts) => {
                c.unit.doc = super::future::docstring(stmts).map(Into::into);
                c.stmts(stmts);
                c.emit(Op::LoadNone, sp);
                c.emit(Op::Return, sp);
            }
            FunctionBody::Expr(e) => {
                c.expr(e);
                c.emit(Op::Return, e.span);
            }
        });
    }

    /// A comprehension's implicit function, taking its first iterator as `.0`.
    pub(super) fn comprehension_function(
        &mut self,
        name: &str,
        sp: Span,
        kind: CodeKind,
        body: impl FnOnce(&mut Self),
    ) {
        let shape = Shape {
            argcount: 1,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
        };
        self.nested_code(name, sp, kind, shape, 0, body);
    }

    pub(super) fn comprehension_is_async(&self, sp: Span) -> bool {
        self.scopes.by_node.get(&sp).is_some_and(|s| s.has_await)
    }

    /// Whether the function-like node at `sp` contains `yield` (a generator lambda).
    pub(super) fn scope_has_yield(&self, sp: Span) -> bool {
        self.scopes.by_node.get(&sp).is_some_and(|s| s.has_yield)
    }

    pub(super) fn at_module_level(&self) -> bool {
        self.unit.kind == CodeKind::Module
    }

    /// Whether `from __future__ import annotations` is in force.
    pub(super) fn future_annotations(&self) -> bool {
        self.future.annotations
    }

    /// Whether `s`, a `__future__` import, stands at the start of the module.
    pub(super) fn future_is_leading(&self, s: &Stmt) -> bool {
        self.future.is_leading(s)
    }

    pub(super) fn unit_kind(&self) -> CodeKind {
        self.unit.kind
    }

    /// Whether the code being compiled is a REPL input's top level.
    pub(super) fn interactive_top(&self) -> bool {
        self.interactive && self.unit.kind == CodeKind::Module
    }

    pub(super) fn unit_qualname(&self) -> &str {
        &self.unit.qualname
    }

    /// Compiles a nested code object with `body` and emits MakeFunction for it
    /// (the defaults named by `fl` are already on the stack).
    fn nested_code(
        &mut self,
        name: &str,
        sp: Span,
        kind: CodeKind,
        shape: Shape,
        mut fl: u32,
        body: impl FnOnce(&mut Self),
    ) {
        let scope = Rc::new(self.scopes.by_node.remove(&sp).unwrap_or_default());
        let qualname = match self.unit.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{name}", self.unit.qualname),
            _ => format!("{}.<locals>.{name}", self.unit.qualname),
        };
        let inner = Unit::new(scope.clone(), kind, qualname, sp);
        let outer = std::mem::replace(&mut self.unit, inner);
        // Captured variables live in cells, made before the body runs.
        for cell in &scope.cells {
            if let Some(i) = scope.slots.get_index_of(cell) {
                self.emit(Op::MakeCell(i as u32), sp);
            }
        }
        body(self);
        let unit = std::mem::replace(&mut self.unit, outer);
        if !scope.free.is_empty() {
            for f in &scope.free {
                match self.unit.scope.lookup(f) {
                    NameLoc::Deref(i) => {
                        self.emit(Op::LoadCell(i), sp);
                    }
                    _ => self.error(sp, format!("internal error: '{f}' is not a cell"), "here"),
                }
            }
            self.emit(Op::BuildTuple(scope.free.len() as u32), sp);
            fl |= flags::CLOSURE;
        }
        let code = self.finish(unit, name, shape, fl);
        let ci = self.constant(Const::Code(code));
        self.emit(Op::MakeFunction(ci), sp);
    }

    // ---- names and targets ------------------------------------------------

    /// Whether `obj` is a function's local that evaluating `value` cannot
    /// rebind: only a named expression (`:=`) could, so any `:=` in the
    /// source text of `value` (even inside a string) answers no.
    fn local_kept(&self, obj: &Expr, value: &Expr) -> bool {
        let ExprKind::Name(n) = &obj.kind else {
            return false;
        };
        let text = self
            .source
            .get(value.span.start as usize..value.span.end as usize)
            .unwrap_or(":=");
        matches!(self.unit.scope.lookup(n), NameLoc::Fast(_)) && !text.contains(":=")
    }

    pub(super) fn load_name(&mut self, n: &str, sp: Span) {
        match self.unit.scope.lookup(n) {
            NameLoc::Fast(i) => self.emit(Op::LoadFast(i), sp),
            NameLoc::Deref(i) => self.emit(Op::LoadDeref(i), sp),
            NameLoc::Global => {
                let i = self.name(n);
                self.emit(Op::LoadGlobal(i), sp)
            }
            NameLoc::Name => {
                let i = self.attr_name(n);
                self.emit(Op::LoadName(i), sp)
            }
        };
    }

    pub(super) fn store_name(&mut self, n: &str, sp: Span) {
        match self.unit.scope.lookup(n) {
            NameLoc::Fast(i) => self.emit(Op::StoreFast(i), sp),
            NameLoc::Deref(i) => self.emit(Op::StoreDeref(i), sp),
            NameLoc::Global => {
                let i = self.name(n);
                self.emit(Op::StoreGlobal(i), sp)
            }
            NameLoc::Name => {
                let i = self.attr_name(n);
                self.emit(Op::StoreName(i), sp)
            }
        };
    }

    pub(super) fn delete_name(&mut self, n: &str, sp: Span) {
        match self.unit.scope.lookup(n) {
            NameLoc::Fast(i) => self.emit(Op::DeleteFast(i), sp),
            NameLoc::Deref(_) => {
                self.unsupported(sp, "`del` of captured variables");
                0
            }
            NameLoc::Global => {
                let i = self.name(n);
                self.emit(Op::DeleteGlobal(i), sp)
            }
            NameLoc::Name => {
                let i = self.attr_name(n);
                self.emit(Op::DeleteName(i), sp)
            }
        };
    }

    pub(super) fn store(&mut self, t: &Expr) {
        let sp = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n, sp),
            ExprKind::Attribute(obj, attr) => {
                self.expr(obj);
                let i = self.attr_name(&attr.name);
                self.emit(Op::StoreAttr(i), sp);
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj);
                self.expr(key);
                self.emit(Op::StoreSubscript, sp);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match stars.as_slice() {
                    [] => {
                        self.emit(Op::UnpackSequence(items.len() as u32), sp);
                    }
                    [s] => {
                        let after = items.len() - s - 1;
                        self.emit(Op::UnpackEx(((*s as u32) << 16) | after as u32), sp);
                    }
                    _ => {
                        return self.error(
                            sp,
                            "multiple starred expressions in assignment",
                            "two starred targets",
                        );
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store(inner),
                        _ => self.store(i),
                    }
                }
            }
            ExprKind::Starred(_) => self.error(
                sp,
                "starred assignment target must be in a list or tuple",
                "starred",
            ),
            _ => self.error(
                sp,
                format!("cannot assign to {}", describe(t)),
                "not assignable",
            ),
        }
    }

    fn delete(&mut self, t: &Expr) {
        let sp = t.span;
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n, sp),
            ExprKind::Attribute(obj, attr) => {
                self.expr(obj);
                let i = self.attr_name(&attr.name);
                self.emit(Op::DeleteAttr(i), sp);
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj);
                self.expr(key);
                self.emit(Op::DeleteSubscript, sp);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i);
                }
            }
            _ => self.error(
                sp,
                format!("cannot delete {}", describe(t)),
                "not deletable",
            ),
        }
    }
}

/// The parameter counts of a code object.
#[derive(Clone, Copy)]
struct Shape {
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
}

pub(super) enum FunctionBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

/// How Python names an expression in "cannot assign to ..." messages.
pub(super) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call(..) => "function call",
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::True | ExprKind::False | ExprKind::None | ExprKind::Ellipsis => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Binary(..) | ExprKind::Unary(..) => "expression",
        ExprKind::BoolOp(..) => "expression",
        ExprKind::Compare(..) => "comparison",
        ExprKind::Lambda(..) => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp(..) => "list comprehension",
        ExprKind::SetComp(..) => "set comprehension",
        ExprKind::DictComp(..) => "dict comprehension",
        ExprKind::GeneratorExp(..) => "generator expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}
