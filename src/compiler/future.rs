//! `from __future__ import ...`: which features a module turns on, and
//! CPython's errors for unknown features and misplaced imports.

use crate::diagnostics::Diagnostic;
use crate::span::Span;
use crate::syntax::ast::*;

/// Features CPython 3.11 knows, all of them mandatory by now except
/// `annotations` (and `barry_as_FLUFL`, a joke Coro does not implement).
const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
    "annotations",
];

/// What the `__future__` imports at the top of a module asked for.
#[derive(Default)]
pub struct Futures {
    /// `annotations`: annotations are kept as strings and never evaluated.
    pub annotations: bool,
    /// The spans of the imports in the allowed place (the start of the file,
    /// after the docstring); any other `__future__` import is an error.
    leading: Vec<Span>,
}

impl Futures {
    /// Reads the leading `__future__` imports of a module, reporting unknown features.
    pub fn scan(body: &[Stmt], errors: &mut Vec<Diagnostic>) -> Futures {
        let mut f = Futures::default();
        let skip = usize::from(docstring(body).is_some());
        for s in &body[skip..] {
            let StmtKind::ImportFrom { names, .. } = &s.kind else {
                break;
            };
            if !is_future_import(s) {
                break;
            }
            f.leading.push(s.span);
            for a in names {
                match a.name.name.as_str() {
                    "annotations" => f.annotations = true,
                    "braces" => errors.push(Diagnostic::syntax(a.name.span, "not a chance", "{}")),
                    "barry_as_FLUFL" => errors.push(Diagnostic::syntax(
                        a.name.span,
                        "Coro does not support the `barry_as_FLUFL` future",
                        "<> for !=",
                    )),
                    n if KNOWN.contains(&n) => {}
                    n => errors.push(Diagnostic::syntax(
                        a.name.span,
                        format!("future feature {n} is not defined"),
                        "unknown feature",
                    )),
                }
            }
        }
        f
    }

    /// Whether `s`, a `__future__` import, stands where one may.
    pub fn is_leading(&self, s: &Stmt) -> bool {
        self.leading.contains(&s.span)
    }
}

/// `from __future__ import ...` (never a relative import).
pub fn is_future_import(s: &Stmt) -> bool {
    matches!(
        &s.kind,
        StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m.name == "__future__"
    )
}

/// The docstring of a module or function body: a leading string literal statement.
pub fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Str(s),
            ..
        }) => Some(s),
        _ => None,
    }
}
