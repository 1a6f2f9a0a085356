//! Annotations, docstrings and `__future__` imports: what a module or
//! function records about itself, compiled as CPython 3.11 does.
//!
//! - A module-level `name: ann [= value]` stores `ann` (evaluated, or its
//!   source text under `from __future__ import annotations`) in the module's
//!   `__annotations__`, which the runner creates before the module runs. A
//!   function's variable annotations are never evaluated.
//! - Parameter and return annotations become the function's `__annotations__`,
//!   evaluated when the `def` runs, after the defaults.

use super::code::{Const, Op};
use super::codegen::Compiler;
use super::future::docstring;
use super::unparse::unparse;
use crate::span::Span;
use crate::syntax::ast::*;

impl Compiler<'_> {
    /// What a module does before its first statement: bind `__doc__`.
    pub(super) fn module_prologue(&mut self, body: &[Stmt]) {
        match docstring(body) {
            Some(doc) => {
                let i = self.constant(Const::Str(doc.into()));
                self.emit(Op::LoadConst(i), Span::default());
            }
            None => {
                self.emit(Op::LoadNone, Span::default());
            }
        }
        self.store_name("__doc__", Span::default());
    }

    /// `target: annotation [= value]`.
    pub(super) fn ann_assign(
        &mut self,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        sp: Span,
    ) {
        match value {
            Some(v) => {
                self.expr(v);
                self.store(target);
            }
            // Without a value, an attribute or subscript target is still
            // evaluated, all but the final store.
            None => match &target.kind {
                ExprKind::Attribute(obj, _) => {
                    self.expr(obj);
                    self.emit(Op::Pop, sp);
                }
                ExprKind::Subscript(obj, key) => {
                    self.expr(obj);
                    self.emit(Op::Pop, sp);
                    self.expr(key);
                    self.emit(Op::Pop, sp);
                }
                _ => {}
            },
        }
        if !self.at_module_level() && self.unit_kind() != super::code::CodeKind::Class {
            if self.future_annotations() {
                self.check_annotation(annotation);
            }
            return;
        }
        // `(x): int` is not "simple": CPython evaluates its annotation but keeps none.
        let simple = target.span.start == sp.start;
        match &target.kind {
            ExprKind::Name(n) if simple => {
                self.annotation_value(annotation);
                self.load_name("__annotations__", sp);
                let i = self.constant(Const::Str(n.as_str().into()));
                self.emit(Op::LoadConst(i), target.span);
                self.emit(Op::StoreSubscript, sp);
            }
            _ if !self.future_annotations() => {
                self.expr(annotation);
                self.emit(Op::Pop, sp);
            }
            _ => {}
        }
    }

    /// A class body with variable annotations starts with `__annotations__ = {}`
    /// in its namespace (CPython's SETUP_ANNOTATIONS).
    pub(super) fn class_annotations_prologue(&mut self, body: &[Stmt], sp: Span) {
        if has_annotations(body) {
            self.emit(Op::BuildMap(0), sp);
            self.store_name("__annotations__", sp);
        }
    }

    /// Pushes an annotation's value: the evaluated expression, or its text.
    fn annotation_value(&mut self, a: &Expr) {
        if self.future_annotations() {
            if !self.check_annotation(a) {
                return;
            }
            let i = self.constant(Const::Str(unparse(a).into()));
            self.emit(Op::LoadConst(i), a.span);
        } else {
            self.expr(a);
        }
    }

    /// Reports a `yield`, `await` or `:=` in an annotation kept as a string
    /// (CPython refuses them: they could never run); true when there is none.
    fn check_annotation(&mut self, a: &Expr) -> bool {
        let Some((what, at)) = forbidden_in_annotation(a) else {
            return true;
        };
        let msg = format!("'{what}' can not be used within an annotation");
        self.error(at, msg, "in an annotation");
        false
    }

    /// Pushes the dict of a function's parameter and return annotations, in
    /// CPython's order; false (and nothing pushed) when it has none.
    pub(super) fn function_annotations(
        &mut self,
        params: &Params,
        returns: Option<&Expr>,
        sp: Span,
    ) -> bool {
        let mut items: Vec<(&str, &Expr)> = params
            .args
            .iter()
            .chain(&params.posonly)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.name.as_str(), a)))
            .collect();
        if let Some(r) = returns {
            items.push(("return", r));
        }
        if items.is_empty() {
            return false;
        }
        for (name, a) in &items {
            let i = self.constant(Const::Str((*name).into()));
            self.emit(Op::LoadConst(i), a.span);
            self.annotation_value(a);
        }
        self.emit(Op::BuildMap(items.len() as u32), sp);
        true
    }

    /// `from __future__ import ...`: checked when the module was scanned; it
    /// runs no code (the feature names are not bound, unlike CPython's).
    pub(super) fn future_import(&mut self, s: &Stmt) {
        if !self.future_is_leading(s) {
            self.error(
                s.span,
                "from __future__ imports must occur at the beginning of the file",
                "not at the beginning",
            );
        }
    }
}

/// The first `yield`, `await` or `:=` in an annotation, outside lambdas.
fn forbidden_in_annotation(e: &Expr) -> Option<(&'static str, Span)> {
    let what = match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => Some("yield expression"),
        ExprKind::Await(_) => Some("await expression"),
        ExprKind::NamedExpr(..) => Some("named expression"),
        _ => None,
    };
    if let Some(what) = what {
        return Some((what, e.span));
    }
    let mut found = None;
    let mut visit = |x: &Expr| {
        if found.is_none() {
            found = forbidden_in_annotation(x);
        }
    };
    match &e.kind {
        ExprKind::List(xs) | ExprKind::Tuple(xs) | ExprKind::Set(xs) => xs.iter().for_each(visit),
        ExprKind::Dict(items) => {
            for item in items {
                match item {
                    DictItem::Pair(k, v) => {
                        visit(k);
                        visit(v);
                    }
                    DictItem::Splat(m) => visit(m),
                }
            }
        }
        ExprKind::ListComp(x, gens)
        | ExprKind::SetComp(x, gens)
        | ExprKind::GeneratorExp(x, gens) => {
            visit(x);
            for g in gens {
                visit(&g.iter);
                g.ifs.iter().for_each(&mut visit);
            }
        }
        ExprKind::DictComp(k, v, gens) => {
            visit(k);
            visit(v);
            for g in gens {
                visit(&g.iter);
                g.ifs.iter().for_each(&mut visit);
            }
        }
        ExprKind::Attribute(x, _) | ExprKind::Unary(_, x) | ExprKind::Starred(x) => visit(x),
        ExprKind::Subscript(a, b) | ExprKind::Binary(a, _, b) | ExprKind::BoolOp(_, a, b) => {
            visit(a);
            visit(b);
        }
        ExprKind::Slice(a, b, c) => [a, b, c].into_iter().flatten().for_each(|x| visit(x)),
        ExprKind::Call(f, args) => {
            visit(f);
            for a in args {
                match a {
                    Arg::Positional(x)
                    | Arg::Starred(x)
                    | Arg::Keyword(_, x)
                    | Arg::DoubleStarred(x) => visit(x),
                }
            }
        }
        ExprKind::Compare(first, rest) => {
            visit(first);
            rest.iter().for_each(|(_, x)| visit(x));
        }
        ExprKind::IfExp { test, body, orelse } => {
            visit(test);
            visit(body);
            visit(orelse);
        }
        // A lambda is a scope of its own, where `yield` is fine.
        _ => {}
    }
    found
}

/// Whether a body holds an annotated assignment outside nested functions and classes.
fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        StmtKind::Try(t) => {
            has_annotations(&t.body)
                || t.handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
        }
        _ => false,
    })
}
