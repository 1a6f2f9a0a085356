//! Source text to syntax tree: tokens, lexer, layout pass, AST and parser.
//!
//! The pipeline: `lexer` (logos) → `layout` (NEWLINE/INDENT/DEDENT) →
//! `strings` (literals decoded, f-strings split) → `parser` (chumsky).

pub mod ast;
mod fstring;
pub mod layout;
pub mod lexer;
mod parser;
pub mod source;
mod strings;
mod targets;
pub mod token;

use crate::diagnostics::Diagnostic;
use crate::span::Span;

/// Parses a whole file. Always returns a module (with Error placeholders
/// where recovery happened) and every error found, in source order.
pub fn parse(src: &str) -> (ast::Module, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let tokens = lexer::lex(src, 0..src.len(), &mut diags);
    let laid = layout::layout(src, tokens, &mut diags);
    let tokens = strings::cook(src, laid.tokens, &mut diags, &parse_field);
    let before = diags.len();
    let module = parser::parse_module(src, &tokens, &mut diags);
    let (early, mut late) = (diags[..before].to_vec(), diags.split_off(before));
    // What a bracket that is never closed swallowed gives only noise:
    // Python reports only the bracket (errors at the very end included).
    let swallowed = |at: usize| {
        laid.swallowed.iter().any(|s| {
            let (start, end) = (s.start as usize, s.end as usize);
            start <= at && (at < end || end == src.len())
        })
    };
    late.retain(|d| !swallowed(d.span.start as usize));
    diags = early;
    diags.extend(late);
    (module, tidy(diags))
}

/// Parses the expression of an f-string field, `src[range]`.
fn parse_field(src: &str, range: std::ops::Range<usize>, diags: &mut Vec<Diagnostic>) -> ast::Expr {
    let tokens = lexer::lex(src, range.clone(), diags);
    // Inside a field, as inside brackets, newlines mean nothing.
    let tokens: Vec<_> = tokens
        .into_iter()
        .filter(|(t, _)| *t != token::Token::Newline)
        .collect();
    let tokens = strings::cook(src, tokens, diags, &parse_field);
    parser::parse_fragment(src, range, &tokens, diags)
}

/// Sorts diagnostics by position and drops any that starts inside an
/// earlier one's span (the same mistake seen twice).
fn tidy(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.sort_by_key(|d| (d.span.start, d.span.end));
    let mut out: Vec<Diagnostic> = Vec::with_capacity(diags.len());
    let mut covered = Span::default();
    for d in diags {
        let dup = !out.is_empty()
            && (d.span.start < covered.end
                || (d.span.start == covered.start && d.span.end == covered.end));
        if dup {
            continue;
        }
        covered = d.span;
        out.push(d);
    }
    out
}
#[cfg(test)]
mod tests;
