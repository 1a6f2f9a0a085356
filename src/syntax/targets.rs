//! Which expressions may be assigned to, deleted or augmented, with
//! CPython 3.11's messages for the ones that may not.

use super::ast::{Expr, ExprKind};
use crate::span::Span;

/// Where a target appears; Python words its errors differently for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// `target = value`
    Assign,
    /// `for target in`, `with ... as target`, comprehensions.
    Bind,
    /// `target += value`
    Aug,
    /// `target: annotation`
    Ann,
    Del,
}

/// The first problem with `e` as a target, as (span, message).
pub fn check(e: &Expr, ctx: Ctx) -> Result<(), (Span, String)> {
    check_in(e, ctx, false)
}

fn check_in(e: &Expr, ctx: Ctx, in_seq: bool) -> Result<(), (Span, String)> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let what = if matches!(e.kind, ExprKind::Tuple(_)) {
                "tuple"
            } else {
                "list"
            };
            match ctx {
                Ctx::Aug => Err((
                    e.span,
                    format!("'{what}' is an illegal expression for augmented assignment"),
                )),
                Ctx::Ann => Err((
                    e.span,
                    format!("only single target (not {what}) can be annotated"),
                )),
                _ => {
                    let stars = items
                        .iter()
                        .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
                        .count();
                    if stars > 1 && ctx != Ctx::Del {
                        return Err((e.span, "multiple starred expressions in assignment".into()));
                    }
                    items.iter().try_for_each(|x| check_in(x, ctx, true))
                }
            }
        }
        ExprKind::Starred(inner) => match ctx {
            Ctx::Del => Err((e.span, "cannot delete starred".into())),
            Ctx::Assign | Ctx::Bind if in_seq => check_in(inner, ctx, false),
            Ctx::Assign | Ctx::Bind => Err((
                e.span,
                "starred assignment target must be in a list or tuple".into(),
            )),
            _ => Err((e.span, "invalid syntax".into())),
        },
        kind => {
            let what = describe(kind);
            Err((
                e.span,
                match ctx {
                    Ctx::Assign
                        if !in_seq
                            && !matches!(
                                kind,
                                ExprKind::None | ExprKind::True | ExprKind::False
                            ) =>
                    {
                        format!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        )
                    }
                    Ctx::Assign | Ctx::Bind => format!("cannot assign to {what}"),
                    Ctx::Aug => {
                        format!("'{what}' is an illegal expression for augmented assignment")
                    }
                    Ctx::Ann => "illegal target for annotation".to_string(),
                    Ctx::Del => format!("cannot delete {what}"),
                },
            ))
        }
    }
}

/// The error of `target := value` when `target` is not a plain name.
pub fn check_walrus(e: &Expr) -> Result<(), (Span, String)> {
    let what = match &e.kind {
        ExprKind::Name(n) if n == "__debug__" => {
            return Err((e.span, "cannot assign to __debug__".into()));
        }
        ExprKind::Name(_) => return Ok(()),
        ExprKind::Attribute(..) => "attribute",
        ExprKind::Subscript(..) => "subscript",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        kind => describe(kind),
    };
    Err((
        e.span,
        format!("cannot use assignment expressions with {what}"),
    ))
}

/// How Python names an expression kind in a target error.
fn describe(kind: &ExprKind) -> &'static str {
    match kind {
        ExprKind::Call(..) => "function call",
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Compare(..) => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda(..) => "lambda",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp(..) => "list comprehension",
        ExprKind::SetComp(..) => "set comprehension",
        ExprKind::DictComp(..) => "dict comprehension",
        ExprKind::GeneratorExp(..) => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        _ => "expression",
    }
}
