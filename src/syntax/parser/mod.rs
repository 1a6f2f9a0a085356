//! Tokens to AST, with chumsky. Only the files under `parser/` know chumsky.
//!
//! Every rule-sized parser is `.boxed()`: without it the grammar takes about
//! a minute to type-check (see the crate notes). Parsers are built per call
//! (cheap) because boxed parsers are `Rc`-based.

mod expr;
mod params;
mod pattern;
mod stmt;

use super::ast::{Expr, ExprKind, Module};
use super::token::Token;
use crate::diagnostics::{Diagnostic, DiagnosticKind};
use crate::span::Span;
use chumsky::error::{RichPattern, RichReason};
use chumsky::input::MappedInput;
use chumsky::prelude::*;

type In<'a> = MappedInput<'a, Token<'a>, SimpleSpan, &'a [(Token<'a>, SimpleSpan)]>;
type Ex<'a> = extra::Err<Rich<'a, Token<'a>, SimpleSpan>>;
type P<'a, O> = Boxed<'a, 'a, In<'a>, O, Ex<'a>>;

/// Chumsky gives an empty parse an inverted span (end before start).
fn span(s: SimpleSpan) -> Span {
    Span::new(s.start.min(s.end), s.start.max(s.end))
}

fn mk(kind: ExprKind, s: SimpleSpan) -> Expr {
    Expr {
        kind,
        span: span(s),
    }
}

fn to_chumsky<'a>(tokens: &[(Token<'a>, Span)]) -> Vec<(Token<'a>, SimpleSpan)> {
    tokens
        .iter()
        .map(|(t, s)| (t.clone(), SimpleSpan::from(s.range())))
        .collect()
}

/// Parses a whole file's laid-out tokens.
pub fn parse_module<'s>(
    src: &'s str,
    tokens: &[(Token<'s>, Span)],
    diags: &mut Vec<Diagnostic>,
) -> Module {
    let toks = to_chumsky(tokens);
    let eoi = SimpleSpan::from(src.len()..src.len());
    let input = toks.as_slice().split_token_span(eoi);
    let (out, errs) = stmt::module(src).parse(input).into_output_errors();
    convert_errors(errs, diags);
    out.unwrap_or(Module { body: Vec::new() })
}

/// Parses the expression of an f-string field (`tokens` come from
/// `src[range]`, with no layout tokens).
pub fn parse_fragment<'s>(
    src: &'s str,
    range: std::ops::Range<usize>,
    tokens: &[(Token<'s>, Span)],
    diags: &mut Vec<Diagnostic>,
) -> Expr {
    let toks = to_chumsky(tokens);
    let eoi = SimpleSpan::from(range.end..range.end);
    let input = toks.as_slice().split_token_span(eoi);
    let parsers = expr::parsers(src);
    let p = choice((parsers.yield_expr.clone(), parsers.star_exprs.clone())).then_ignore(end());
    let (out, errs) = p.parse(input).into_output_errors();
    convert_errors(errs, diags);
    out.unwrap_or(Expr {
        kind: ExprKind::Error,
        span: Span::new(range.start, range.end),
    })
}

fn convert_errors(errs: Vec<Rich<'_, Token<'_>, SimpleSpan>>, diags: &mut Vec<Diagnostic>) {
    for e in errs {
        let sp = span(*e.span());
        let d = match e.reason() {
            RichReason::Custom(msg) => {
                let kind = if msg.starts_with("unexpected indent")
                    || msg.starts_with("expected an indented block")
                {
                    DiagnosticKind::IndentationError
                } else {
                    DiagnosticKind::SyntaxError
                };
                let (message, label) = msg.split_once('\u{1}').unwrap_or((msg.as_str(), ""));
                Diagnostic {
                    kind,
                    ..Diagnostic::syntax(sp, message, label)
                }
            }
            RichReason::ExpectedFound { found, expected } => {
                let found = found.as_deref();
                if found == Some(&Token::Error) {
                    continue;
                }
                let wants_colon = expected
                    .iter()
                    .any(|p| matches!(p, RichPattern::Token(t) if **t == Token::Colon));
                match found {
                    Some(Token::Indent) => Diagnostic {
                        kind: DiagnosticKind::IndentationError,
                        ..Diagnostic::syntax(sp, "unexpected indent", "unexpected indent")
                    },
                    Some(Token::Newline) if wants_colon => {
                        Diagnostic::syntax(sp, "expected ':'", "expected ':'")
                    }
                    Some(t) => Diagnostic::syntax(sp, "invalid syntax", format!("unexpected {t}")),
                    None => Diagnostic::syntax(sp, "invalid syntax", "unexpected end of file"),
                }
            }
        };
        diags.push(d);
    }
}

/// A custom error whose message and label are both given.
fn custom<'a>(s: SimpleSpan, message: &str, label: &str) -> Rich<'a, Token<'a>, SimpleSpan> {
    Rich::custom(s, format!("{message}\u{1}{label}"))
}
