//! Code generation for expressions.

use super::code::{CodeKind, Const, Op};
use super::codegen::{Compiler, FunctionBody};
use crate::span::Span;
use crate::syntax::ast::*;

impl Compiler<'_> {
    pub(super) fn expr(&mut self, e: &Expr) {
        let sp = e.span;
        match &e.kind {
            ExprKind::None => {
                self.emit(Op::LoadNone, sp);
            }
            ExprKind::True => self.load_const(Const::Bool(true), sp),
            ExprKind::False => self.load_const(Const::Bool(false), sp),
            ExprKind::Ellipsis => self.load_const(Const::Ellipsis, sp),
            ExprKind::Int(n) => match i32::try_from(*n) {
                Ok(small) => {
                    self.emit(Op::LoadInt(small), sp);
                }
                Err(_) => self.load_const(Const::Int(*n), sp),
            },
            ExprKind::BigInt(n) => self.load_const(Const::BigInt(n.clone()), sp),
            ExprKind::Float(x) => self.load_const(Const::Float(*x), sp),
            ExprKind::Str(s) => self.load_const(Const::Str(s.as_str().into()), sp),
            ExprKind::Bytes(b) => self.load_const(Const::Bytes(b.as_slice().into()), sp),
            ExprKind::FString(parts) => {
                let n = self.fstring(parts, sp);
                if n != 1 {
                    self.emit(Op::BuildString(n), sp);
                }
            }
            ExprKind::Name(n) => self.load_name(n, sp),
            ExprKind::List(items) => self.sequence(items, sp, Seq::List),
            ExprKind::Tuple(items) => self.sequence(items, sp, Seq::Tuple),
            ExprKind::Set(items) => self.sequence(items, sp, Seq::Set),
            ExprKind::Dict(items) => self.dict(items, sp),
            ExprKind::ListComp(elt, gens) => self.comprehension(sp, Comp::List(elt), gens),
            ExprKind::SetComp(elt, gens) => self.comprehension(sp, Comp::Set(elt), gens),
            ExprKind::DictComp(k, v, gens) => self.comprehension(sp, Comp::Dict(k, v), gens),
            ExprKind::GeneratorExp(elt, gens) => self.generator_expression(sp, elt, gens),
            ExprKind::Attribute(obj, attr) => {
                self.expr(obj);
                let i = self.attr_name(&attr.name);
                self.emit(Op::LoadAttr(i), sp);
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj);
                self.subscript_key(key);
                self.emit(Op::Subscript, sp);
            }
            ExprKind::Slice(..) => self.slice(e),
            ExprKind::Call(f, args) => self.call(f, args, sp),
            ExprKind::Unary(op, x) => {
                self.expr(x);
                let op = match op {
                    UnaryOp::Neg => Op::Neg,
                    UnaryOp::Pos => Op::Pos,
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                };
                self.emit(op, sp);
            }
            ExprKind::Binary(a, op, b) => {
                self.expr(a);
                self.expr(b);
                self.emit(Op::Binary(*op), sp);
            }
            ExprKind::BoolOp(op, a, b) => {
                self.expr(a);
                let j = match op {
                    BoolOp::And => self.emit(Op::JumpIfFalseOrPop(0), sp),
                    BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(0), sp),
                };
                self.expr(b);
                self.patch(j);
            }
            ExprKind::Compare(first, rest) => self.compare(first, rest, sp),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                let jf = self.emit(Op::PopJumpIfFalse(0), test.span);
                self.expr(body);
                let j = self.emit(Op::Jump(0), sp);
                self.patch(jf);
                self.expr(orelse);
                self.patch(j);
            }
            ExprKind::Lambda(params, body) => {
                let kind = if self.scope_has_yield(sp) {
                    CodeKind::Generator
                } else {
                    CodeKind::Lambda
                };
                self.make_function("<lambda>", params, None, FunctionBody::Expr(body), kind, sp)
            }
            ExprKind::Await(x) => {
                if !self.in_async() {
                    let msg = if self.unit_kind() == CodeKind::Module {
                        "'await' outside function"
                    } else {
                        "'await' outside async function"
                    };
                    return self.error(sp, msg, "await here");
                }
                self.expr(x);
                self.emit(Op::Await, sp);
            }
            ExprKind::Yield(x) => {
                if !self.yield_allowed(sp) {
                    return;
                }
                match x {
                    Some(x) => self.expr(x),
                    None => self.emit_none(sp),
                }
                self.emit(Op::YieldValue, sp);
            }
            ExprKind::YieldFrom(x) => {
                if !self.yield_allowed(sp) {
                    return;
                }
                self.expr(x);
                self.emit(Op::GetIter, x.span);
                self.emit_none(sp);
                self.emit(Op::YieldFrom, sp);
            }
            ExprKind::NamedExpr(target, value) => {
                self.expr(value);
                self.emit(Op::Dup, sp);
                self.store_name(&target.name, target.span);
            }
            ExprKind::Starred(_) => self.error(sp, "can't use starred expression here", "starred"),
            ExprKind::Error => {}
        }
    }

    fn load_const(&mut self, v: Const, sp: Span) {
        let i = self.constant(v);
        self.emit(Op::LoadConst(i), sp);
    }

    /// Whether `await` is allowed here: an `async def`, or a comprehension inside one.
    pub(super) fn in_async(&self) -> bool {
        self.unit_kind() == CodeKind::Coroutine || self.interactive_top()
    }

    /// Compiles f-string parts, returning how many values it pushed.
    fn fstring(&mut self, parts: &[FStringPart], sp: Span) -> u32 {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => self.load_const(Const::Str(s.as_str().into()), sp),
                FStringPart::Field(f) => {
                    if let Some(text) = &f.debug_text {
                        self.load_const(Const::Str(text.as_str().into()), f.expr.span);
                        n += 1;
                    }
                    self.expr(&f.expr);
                    let mut flag = match f.conversion {
                        None => 0,
                        Some('s') => 1,
                        Some('r') => 2,
                        Some(_) => 3,
                    };
                    if let Some(spec) = &f.spec {
                        let k = self.fstring(spec, sp);
                        if k != 1 {
                            self.emit(Op::BuildString(k), sp);
                        }
                        flag |= 4;
                    }
                    self.emit(Op::FormatValue(flag), f.expr.span);
                }
            }
            n += 1;
        }
        if n == 0 {
            self.load_const(Const::Str("".into()), sp);
            n = 1;
        }
        n
    }

    fn sequence(&mut self, items: &[Expr], sp: Span, kind: Seq) {
        let starred = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !starred {
            for i in items {
                self.expr(i);
            }
            let n = items.len() as u32;
            let op = match kind {
                Seq::List => Op::BuildList(n),
                Seq::Tuple => Op::BuildTuple(n),
                Seq::Set => Op::BuildSet(n),
            };
            self.emit(op, sp);
            return;
        }
        let is_set = matches!(kind, Seq::Set);
        self.emit(
            if is_set {
                Op::BuildSet(0)
            } else {
                Op::BuildList(0)
            },
            sp,
        );
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner);
                    self.emit(
                        if is_set {
                            Op::SetUpdate
                        } else {
                            Op::ListExtend
                        },
                        i.span,
                    );
                }
                _ => {
                    self.expr(i);
                    self.emit(
                        if is_set {
                            Op::SetAdd(0)
                        } else {
                            Op::ListAppend(0)
                        },
                        i.span,
                    );
                }
            }
        }
        if matches!(kind, Seq::Tuple) {
            self.emit(Op::ListToTuple, sp);
        }
    }

    fn dict(&mut self, items: &[DictItem], sp: Span) {
        if items.iter().all(|i| matches!(i, DictItem::Pair(..))) {
            for i in items {
                if let DictItem::Pair(k, v) = i {
                    self.expr(k);
                    self.expr(v);
                }
            }
            self.emit(Op::BuildMap(items.len() as u32), sp);
            return;
        }
        self.emit(Op::BuildMap(0), sp);
        for i in items {
            match i {
                DictItem::Pair(k, v) => {
                    self.expr(k);
                    self.expr(v);
                    self.emit(Op::MapAdd(0), k.span.to(v.span));
                }
                DictItem::Splat(m) => {
                    self.expr(m);
                    self.emit(Op::DictMerge(0), m.span);
                }
            }
        }
    }

    fn subscript_key(&mut self, key: &Expr) {
        match &key.kind {
            ExprKind::Tuple(items)
                if items.iter().any(|i| matches!(i.kind, ExprKind::Slice(..))) =>
            {
                for i in items {
                    self.subscript_key(i);
                }
                self.emit(Op::BuildTuple(items.len() as u32), key.span);
            }
            _ => self.expr(key),
        }
    }

    fn slice(&mut self, e: &Expr) {
        let ExprKind::Slice(lower, upper, step) = &e.kind else {
            return;
        };
        for part in [lower, upper] {
            match part {
                Some(x) => self.expr(x),
                None => {
                    self.emit(Op::LoadNone, e.span);
                }
            }
        }
        match step {
            Some(s) => {
                self.expr(s);
                self.emit(Op::BuildSlice(3), e.span);
            }
            None => {
                self.emit(Op::BuildSlice(2), e.span);
            }
        }
    }

    fn compare(&mut self, first: &Expr, rest: &[(CmpOp, Expr)], sp: Span) {
        self.expr(first);
        if let [(op, right)] = rest {
            self.expr(right);
            self.emit(Op::Compare(*op), sp);
            return;
        }
        let mut cleanups = Vec::new();
        for (i, (op, right)) in rest.iter().enumerate() {
            self.expr(right);
            if i + 1 < rest.len() {
                self.emit(Op::Dup, sp);
                self.emit(Op::Rot3, sp);
                self.emit(Op::Compare(*op), sp);
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0), sp));
            } else {
                self.emit(Op::Compare(*op), sp);
            }
        }
        let end = self.emit(Op::Jump(0), sp);
        for c in cleanups {
            self.patch(c);
        }
        self.emit(Op::Rot2, sp);
        self.emit(Op::Pop, sp);
        self.patch(end);
    }

    fn call(&mut self, f: &Expr, args: &[Arg], sp: Span) {
        if let ExprKind::Name(n) = &f.kind
            && n == "super"
            && args.is_empty()
            && self.zero_arg_super(sp)
        {
            return;
        }
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_)));
        if let (ExprKind::Attribute(obj, attr), true) = (&f.kind, simple) {
            self.expr(obj);
            let i = self.attr_name(&attr.name);
            self.emit(Op::LoadMethod(i), f.span);
            for a in args {
                if let Arg::Positional(e) = a {
                    self.expr(e);
                }
            }
            self.emit(Op::CallMethod(args.len() as u32), sp);
            return;
        }
        self.expr(f);
        if simple {
            for a in args {
                if let Arg::Positional(e) = a {
                    self.expr(e);
                }
            }
            self.emit(Op::Call(args.len() as u32), sp);
            return;
        }
        let star = args
            .iter()
            .any(|a| matches!(a, Arg::Starred(_) | Arg::DoubleStarred(_)));
        if !star {
            let mut names = Vec::new();
            let mut npos = 0;
            for a in args {
                match a {
                    Arg::Positional(e) => {
                        self.expr(e);
                        npos += 1;
                    }
                    Arg::Keyword(..) => {}
                    _ => unreachable!("no star arguments on this path"),
                }
            }
            for a in args {
                if let Arg::Keyword(name, e) = a {
                    if names
                        .iter()
                        .any(|n: &Const| matches!(n, Const::Str(s) if **s == *name.name))
                    {
                        return self.error(
                            name.span,
                            format!("keyword argument repeated: {}", name.name),
                            "repeated",
                        );
                    }
                    names.push(Const::Str(name.name.as_str().into()));
                    self.expr(e);
                }
            }
            let argc = npos + names.len() as u32;
            let ci = self.constant(Const::Tuple(names.into()));
            if argc >= 1 << 16 || ci >= 1 << 16 {
                return self.error(sp, "too many arguments in one call", "call");
            }
            self.emit(Op::CallKw((ci << 16) | argc), sp);
            return;
        }
        // The general form: a tuple of positionals and a dict of keywords.
        self.emit(Op::BuildList(0), sp);
        for a in args {
            match a {
                Arg::Positional(e) => {
                    self.expr(e);
                    self.emit(Op::ListAppend(0), e.span);
                }
                Arg::Starred(e) => {
                    self.expr(e);
                    self.emit(Op::ListExtend, e.span);
                }
                _ => {}
            }
        }
        self.emit(Op::ListToTuple, sp);
        let has_kw = args
            .iter()
            .any(|a| matches!(a, Arg::Keyword(..) | Arg::DoubleStarred(_)));
        if has_kw {
            self.emit(Op::BuildMap(0), sp);
            for a in args {
                match a {
                    Arg::Keyword(name, e) => {
                        self.load_const(Const::Str(name.name.as_str().into()), name.span);
                        self.expr(e);
                        let op = Op::MapAdd(super::code::CALL_KEYWORD);
                        self.emit(op, name.span.to(e.span));
                    }
                    Arg::DoubleStarred(e) => {
                        self.expr(e);
                        self.emit(Op::DictMerge(1), e.span);
                    }
                    _ => {}
                }
            }
        } else {
            self.emit(Op::LoadNone, sp);
        }
        self.emit(Op::CallEx, sp);
    }

    /// A comprehension is an implicit function called at once with the
    /// iterator of its first `for`.
    fn comprehension(&mut self, sp: Span, comp: Comp, gens: &[Comprehension]) {
        let Some(first) = gens.first() else { return };
        let is_async = self.comprehension_is_async(sp);
        if is_async && !self.in_async() {
            return self.error(
                sp,
                "asynchronous comprehension outside of an asynchronous function",
                "here",
            );
        }
        if gens.iter().any(|g| g.is_async) {
            return self.unsupported(sp, "`async for` comprehensions");
        }
        let kind = if is_async {
            CodeKind::Coroutine
        } else {
            CodeKind::Comprehension
        };
        let (name, build) = match comp {
            Comp::List(_) => ("<listcomp>", Op::BuildList(0)),
            Comp::Set(_) => ("<setcomp>", Op::BuildSet(0)),
            Comp::Dict(..) => ("<dictcomp>", Op::BuildMap(0)),
            Comp::Generator(e) => return self.generator_expression(sp, e, gens),
        };
        self.comprehension_function(name, sp, kind, |c| {
            c.emit(build, sp);
            c.comprehension_loops(gens, 0, &comp, sp);
            c.emit(Op::Return, sp);
        });
        self.expr(&first.iter);
        self.emit(Op::GetIter, first.iter.span);
        self.emit(Op::Call(1), sp);
        if is_async {
            self.emit(Op::Await, sp);
        }
    }

    /// Whether a `yield` may stand here; reports the error when not.
    fn yield_allowed(&mut self, sp: Span) -> bool {
        let msg = match self.unit_kind() {
            CodeKind::Generator if self.unit_qualname().ends_with("<genexpr>") => {
                "'yield' inside generator expression"
            }
            CodeKind::Generator => return true,
            CodeKind::Module => "'yield' outside function",
            CodeKind::Comprehension => match self.unit_qualname().rsplit('.').next() {
                Some("<setcomp>") => "'yield' inside set comprehension",
                Some("<dictcomp>") => "'yield' inside dict comprehension",
                _ => "'yield' inside list comprehension",
            },
            CodeKind::Coroutine => {
                self.unsupported(sp, "asynchronous generators");
                return false;
            }
            CodeKind::Class => "'yield' outside function",
            // Scope analysis makes any function or lambda with `yield` a generator.
            CodeKind::Lambda | CodeKind::Function => {
                self.error(
                    sp,
                    "internal error: `yield` outside a generator",
                    "yield here",
                );
                return false;
            }
        };
        self.error(sp, msg, "yield here");
        false
    }

    fn emit_none(&mut self, sp: Span) {
        self.emit(Op::LoadNone, sp);
    }

    /// `(elt for ... in ...)`: an implicit generator function called with
    /// the first iterable, as comprehensions are.
    fn generator_expression(&mut self, sp: Span, elt: &Expr, gens: &[Comprehension]) {
        let Some(first) = gens.first() else { return };
        if self.comprehension_is_async(sp) || gens.iter().any(|g| g.is_async) {
            return self.unsupported(sp, "asynchronous generator expressions");
        }
        self.comprehension_function("<genexpr>", sp, CodeKind::Generator, |c| {
            c.comprehension_loops(gens, 0, &Comp::Generator(elt), sp);
            c.emit(Op::LoadNone, sp);
            c.emit(Op::Return, sp);
        });
        self.expr(&first.iter);
        self.emit(Op::GetIter, first.iter.span);
        self.emit(Op::Call(1), sp);
    }

    fn comprehension_loops(&mut self, gens: &[Comprehension], i: usize, comp: &Comp, sp: Span) {
        let g = &gens[i];
        if i == 0 {
            self.emit(Op::LoadFast(0), g.iter.span);
        } else {
            self.expr(&g.iter);
            self.emit(Op::GetIter, g.iter.span);
        }
        let start = self.here();
        let fi = self.emit(Op::ForIter(0), g.iter.span);
        self.store(&g.target);
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(cond);
            skips.push(self.emit(Op::PopJumpIfFalse(0), cond.span));
        }
        if i + 1 < gens.len() {
            self.comprehension_loops(gens, i + 1, comp, sp);
        } else {
            // The result sits below one iterator per `for`.
            let depth = (i + 1) as u32;
            match comp {
                Comp::List(e) => {
                    self.expr(e);
                    self.emit(Op::ListAppend(depth), e.span);
                }
                Comp::Set(e) => {
                    self.expr(e);
                    self.emit(Op::SetAdd(depth), e.span);
                }
                Comp::Dict(k, v) => {
                    self.expr(k);
                    self.expr(v);
                    self.emit(Op::MapAdd(depth), k.span.to(v.span));
                }
                Comp::Generator(e) => {
                    self.expr(e);
                    self.emit(Op::YieldValue, e.span);
                    self.emit(Op::Pop, e.span);
                }
            }
        }
        for s in skips {
            self.patch_to(s, start);
        }
        self.emit(Op::Jump(start), sp);
        self.patch(fi);
    }
}

enum Seq {
    List,
    Tuple,
    Set,
}

pub(super) enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Generator(&'a Expr),
}
