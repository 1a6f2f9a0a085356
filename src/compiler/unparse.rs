//! Expressions back to source text, as CPython's `ast.unparse` writes them:
//! the strings that annotations become under `from __future__ import annotations`.
//!
//! CPython prints the tree, not the source: spacing is normalised
//! (`List[ int ]` becomes `List[int]`), parentheses appear only where
//! precedence needs them, and constants are printed by `repr`.

use crate::fmt::{bytes_repr, str_repr};
use crate::syntax::ast::*;

/// Binding strengths, loosest first, as in CPython's `Python/ast_unparse.c`.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The text of `e` as an annotation string.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    write(&mut out, e, TEST);
    out
}

fn binop_level(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => BOR,
        BinOp::BitXor => BXOR,
        BinOp::BitAnd => BAND,
        BinOp::LShift | BinOp::RShift => SHIFT,
        BinOp::Add | BinOp::Sub => ARITH,
        BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMul => TERM,
        BinOp::Pow => POWER,
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

/// Writes `e`, in parentheses when it binds more loosely than `level`.
fn write(out: &mut String, e: &Expr, level: u8) {
    let paren = |out: &mut String, own: u8, body: &mut dyn FnMut(&mut String)| {
        if level > own {
            out.push('(');
            body(out);
            out.push(')');
        } else {
            body(out);
        }
    };
    match &e.kind {
        ExprKind::None => out.push_str("None"),
        ExprKind::True => out.push_str("True"),
        ExprKind::False => out.push_str("False"),
        ExprKind::Ellipsis => out.push_str("..."),
        ExprKind::Int(n) => out.push_str(&n.to_string()),
        ExprKind::BigInt(n) => out.push_str(&n.to_string()),
        ExprKind::Float(x) if x.is_infinite() => out.push_str("1e309"),
        ExprKind::Float(x) => out.push_str(&crate::fmt::float_repr(*x)),
        ExprKind::Str(s) => out.push_str(&str_repr(s)),
        ExprKind::Bytes(b) => out.push_str(&bytes_repr(b)),
        ExprKind::FString(parts) => {
            let mut body = String::new();
            fstring_body(&mut body, parts);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::List(items) => {
            out.push('[');
            items_list(out, items);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                return out.push_str("()");
            }
            paren(out, TUPLE, &mut |out| {
                items_list(out, items);
                if items.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::Set(items) => {
            if items.is_empty() {
                return out.push_str("{*()}");
            }
            out.push('{');
            items_list(out, items);
            out.push('}');
        }
        ExprKind::Dict(items) => {
            out.push('{');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match item {
                    DictItem::Pair(k, v) => {
                        write(out, k, TEST);
                        out.push_str(": ");
                        write(out, v, TEST);
                    }
                    DictItem::Splat(m) => {
                        out.push_str("**");
                        write(out, m, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::ListComp(elt, gens) => comprehension(out, "[", "]", &[elt], gens),
        ExprKind::SetComp(elt, gens) => comprehension(out, "{", "}", &[elt], gens),
        ExprKind::GeneratorExp(elt, gens) => comprehension(out, "(", ")", &[elt], gens),
        ExprKind::DictComp(k, v, gens) => comprehension(out, "{", "}", &[k, v], gens),
        ExprKind::Attribute(obj, attr) => {
            write(out, obj, ATOM);
            // `1.real` would lex as a float; CPython writes `1 .real`.
            if matches!(obj.kind, ExprKind::Int(_) | ExprKind::BigInt(_)) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(&attr.name);
        }
        ExprKind::Subscript(obj, key) => {
            write(out, obj, ATOM);
            out.push('[');
            match &key.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    items_list(out, items);
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write(out, key, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Slice(lo, hi, step) => {
            if let Some(lo) = lo {
                write(out, lo, TEST);
            }
            out.push(':');
            if let Some(hi) = hi {
                write(out, hi, TEST);
            }
            if let Some(step) = step {
                out.push(':');
                write(out, step, TEST);
            }
        }
        ExprKind::Call(f, args) => {
            write(out, f, ATOM);
            out.push('(');
            if let [Arg::Positional(g)] = args.as_slice()
                && let ExprKind::GeneratorExp(elt, gens) = &g.kind
            {
                // A sole generator argument keeps only the call's parentheses.
                let mut inner = String::new();
                comprehension(&mut inner, "", "", &[elt], gens);
                out.push_str(&inner);
            } else {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match a {
                        Arg::Positional(x) => write(out, x, TEST),
                        Arg::Starred(x) => {
                            out.push('*');
                            write(out, x, BOR);
                        }
                        Arg::Keyword(n, x) => {
                            out.push_str(&n.name);
                            out.push('=');
                            write(out, x, TEST);
                        }
                        Arg::DoubleStarred(x) => {
                            out.push_str("**");
                            write(out, x, BOR);
                        }
                    }
                }
            }
            out.push(')');
        }
        ExprKind::Unary(op, x) => {
            let (sym, own) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Neg => ("-", FACTOR),
                UnaryOp::Pos => ("+", FACTOR),
                UnaryOp::Invert => ("~", FACTOR),
            };
            paren(out, own, &mut |out| {
                out.push_str(sym);
                write(out, x, own);
            });
        }
        ExprKind::Binary(l, op, r) => {
            let own = binop_level(*op);
            // `**` groups to the right, every other operator to the left.
            let (left, right) = if *op == BinOp::Pow {
                (own + 1, own)
            } else {
                (own, own + 1)
            };
            paren(out, own, &mut |out| {
                write(out, l, left);
                out.push(' ');
                out.push_str(op.symbol());
                out.push(' ');
                write(out, r, right);
            });
        }
        ExprKind::BoolOp(op, l, r) => {
            let (sym, own) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            paren(out, own, &mut |out| {
                // The parser nests `a or b or c` to the left; CPython has one node.
                write(out, l, own);
                out.push_str(sym);
                write(out, r, own + 1);
            });
        }
        ExprKind::Compare(first, rest) => paren(out, CMP, &mut |out| {
            write(out, first, CMP + 1);
            for (op, x) in rest {
                out.push(' ');
                out.push_str(cmp_symbol(*op));
                out.push(' ');
                write(out, x, CMP + 1);
            }
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, TEST, &mut |out| {
            write(out, body, TEST + 1);
            out.push_str(" if ");
            write(out, test, TEST + 1);
            out.push_str(" else ");
            write(out, orelse, TEST);
        }),
        ExprKind::Lambda(params, body) => paren(out, TEST, &mut |out| {
            out.push_str("lambda");
            let p = parameters(params);
            if !p.is_empty() {
                out.push(' ');
                out.push_str(&p);
            }
            out.push_str(": ");
            write(out, body, TEST);
        }),
        ExprKind::Await(x) => paren(out, AWAIT, &mut |out| {
            out.push_str("await ");
            write(out, x, ATOM);
        }),
        ExprKind::Yield(x) => {
            out.push_str("(yield");
            if let Some(x) = x {
                out.push(' ');
                write(out, x, TUPLE);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(x) => {
            out.push_str("(yield from ");
            write(out, x, TEST);
            out.push(')');
        }
        ExprKind::Starred(x) => {
            out.push('*');
            write(out, x, BOR);
        }
        ExprKind::NamedExpr(n, x) => paren(out, TUPLE, &mut |out| {
            out.push_str(&n.name);
            out.push_str(" := ");
            write(out, x, ATOM);
        }),
        ExprKind::Error => {}
    }
}

fn items_list(out: &mut String, items: &[Expr]) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(out, x, TEST);
    }
}

fn comprehension(
    out: &mut String,
    open: &str,
    close: &str,
    elts: &[&Expr],
    gens: &[Comprehension],
) {
    out.push_str(open);
    write(out, elts[0], TEST);
    if let Some(v) = elts.get(1) {
        out.push_str(": ");
        write(out, v, TEST);
    }
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        write(out, &g.target, TUPLE);
        out.push_str(" in ");
        write(out, &g.iter, TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            write(out, cond, TEST + 1);
        }
    }
    out.push_str(close);
}

fn parameters(p: &Params) -> String {
    let one = |x: &Param| {
        let mut s = x.name.name.clone();
        if let Some(d) = &x.default {
            s.push('=');
            write(&mut s, d, TEST);
        }
        s
    };
    let mut parts: Vec<String> = p.posonly.iter().map(one).collect();
    if !p.posonly.is_empty() {
        parts.push("/".into());
    }
    parts.extend(p.args.iter().map(one));
    match &p.vararg {
        Some(v) => parts.push(format!("*{}", v.name.name)),
        None if !p.kwonly.is_empty() => parts.push("*".into()),
        None => {}
    }
    parts.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", k.name.name));
    }
    parts.join(", ")
}

/// The inside of an f-string, fields written back as `{expr!r:spec}`.
fn fstring_body(out: &mut String, parts: &[FStringPart]) {
    for part in parts {
        match part {
            FStringPart::Literal(s) => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
            FStringPart::Field(f) => {
                out.push('{');
                let mut inner = String::new();
                write(&mut inner, &f.expr, TEST + 1);
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if let Some(c) = f.conversion {
                    out.push('!');
                    out.push(c);
                }
                if let Some(spec) = &f.spec {
                    out.push(':');
                    fstring_body(out, spec);
                }
                out.push('}');
            }
        }
    }
}
