//! The patterns of `match` statements (PEP 634), after CPython 3.11's
//! grammar: literals, captures, `_`, dotted values, sequences, mappings,
//! class patterns, `|` and `as`. What the grammar allows but CPython's
//! compiler refuses (unreachable cases, names bound twice...) is checked by
//! the compiler (`compiler/pattern.rs`).

use super::{P, custom, mk, span};
use crate::syntax::ast::*;
use crate::syntax::token::Token;
use chumsky::prelude::*;
use chumsky::recursive::{Indirect, Recursive};
use num_bigint::BigInt;

fn pat(kind: PatternKind, s: SimpleSpan) -> Pattern {
    Pattern {
        kind,
        span: span(s),
    }
}

/// `-literal`, folded into the literal so that keys compare as constants.
fn negate(x: Expr, s: SimpleSpan) -> Expr {
    let kind = match x.kind {
        ExprKind::Int(n) => ExprKind::Int(-n),
        ExprKind::BigInt(b) => {
            let n: BigInt = -*b;
            match i64::try_from(&n) {
                Ok(n) => ExprKind::Int(n),
                Err(_) => ExprKind::BigInt(Box::new(n)),
            }
        }
        ExprKind::Float(f) => ExprKind::Float(-f),
        other => ExprKind::Unary(
            UnaryOp::Neg,
            Box::new(Expr {
                kind: other,
                span: x.span,
            }),
        ),
    };
    mk(kind, s)
}

/// `a.b.c` as the expression that loads it.
fn dotted_expr(parts: Vec<Ident>) -> Expr {
    let mut it = parts.into_iter();
    let first = it.next().expect("at least one name");
    let start = first.span;
    let mut x = Expr {
        kind: ExprKind::Name(first.name),
        span: first.span,
    };
    for p in it {
        let s = start.to(p.span);
        x = Expr {
            kind: ExprKind::Attribute(Box::new(x), p),
            span: s,
        };
    }
    x
}

enum ClassArg {
    Pos(Pattern),
    Kw(Ident, Pattern),
}

enum MapItem {
    Pair(Expr, Pattern),
    Rest(Ident),
}

type Rec<'a> = Recursive<Indirect<'a, 'a, super::In<'a>, Pattern, super::Ex<'a>>>;

/// Python's `patterns`: an open sequence (`case a, *rest:`) or one pattern.
pub fn patterns<'a>() -> P<'a, Pattern> {
    let mut pattern: Rec<'a> = Recursive::declare();
    let pattern_b = pattern.clone().boxed();

    let name =
        select! { Token::Name(n) = e => Ident { name: n.to_string(), span: span(e.span()) } }
            .labelled("name")
            .boxed();
    let number = select! {
        Token::Int(n) = e => mk(ExprKind::Int(n), e.span()),
        Token::BigInt(b) = e => mk(ExprKind::BigInt(Box::new((*b).clone())), e.span()),
        Token::Float(f) = e => mk(ExprKind::Float(f), e.span()),
    }
    .boxed();
    let signed = just(Token::Minus)
        .or_not()
        .then(number.clone())
        .map_with(|(neg, x), e| match neg {
            Some(_) => negate(x, e.span()),
            None => x,
        })
        .then(
            choice((just(Token::Plus), just(Token::Minus)))
                .ignore_then(number.map_with(|_, e| e.span()))
                .or_not(),
        )
        .map_with(|(x, complex), e| {
            if let Some(at) = complex {
                e.emit(custom(
                    at,
                    "imaginary number required in complex literal",
                    "not an imaginary number",
                ));
            }
            x
        })
        .boxed();
    let string = select! { Token::Str(x) => (*x).clone() }
        .validate(|x: Expr, e, emitter| {
            if !matches!(x.kind, ExprKind::Str(_) | ExprKind::Bytes(_)) {
                emitter.emit(custom(
                    e.span(),
                    "patterns may only match literals and attribute lookups",
                    "not a literal",
                ));
            }
            x
        })
        .boxed();
    let singleton = select! {
        Token::None = e => mk(ExprKind::None, e.span()),
        Token::True = e => mk(ExprKind::True, e.span()),
        Token::False = e => mk(ExprKind::False, e.span()),
    }
    .boxed();
    let dotted = name
        .clone()
        .separated_by(just(Token::Dot))
        .at_least(1)
        .collect::<Vec<Ident>>()
        .boxed();
    let attr = dotted
        .clone()
        .try_map(|parts, s| {
            if parts.len() < 2 {
                return Err(custom(
                    s,
                    "invalid syntax",
                    "expected a literal or a dotted name",
                ));
            }
            Ok(dotted_expr(parts))
        })
        .boxed();

    let literal = choice((
        signed
            .clone()
            .map_with(|x, e| pat(PatternKind::Value(x), e.span())),
        string
            .clone()
            .map_with(|x, e| pat(PatternKind::Value(x), e.span())),
        singleton
            .clone()
            .map_with(|x, e| pat(PatternKind::Singleton(x), e.span())),
    ))
    .boxed();

    let class_arg = choice((
        name.clone()
            .then_ignore(just(Token::Eq))
            .then(pattern_b.clone())
            .map(|(n, p)| ClassArg::Kw(n, p)),
        pattern_b.clone().map(ClassArg::Pos),
    ))
    .boxed();
    let class_args = class_arg
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .boxed();
    let by_name = dotted
        .then(class_args.or_not())
        .map_with(|(parts, args), e| match args {
            Some(args) => {
                let cls = dotted_expr(parts);
                let (mut patterns, mut kwd_attrs, mut kwd_patterns) =
                    (Vec::new(), Vec::new(), Vec::new());
                for a in args {
                    match a {
                        ClassArg::Pos(p) => {
                            if !kwd_attrs.is_empty() {
                                e.emit(custom(
                                    p.span.range().into(),
                                    "positional patterns follow keyword patterns",
                                    "positional pattern",
                                ));
                            }
                            patterns.push(p);
                        }
                        ClassArg::Kw(n, p) => {
                            kwd_attrs.push(n);
                            kwd_patterns.push(p);
                        }
                    }
                }
                let kind = PatternKind::Class {
                    cls,
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                };
                pat(kind, e.span())
            }
            None if parts.len() > 1 => pat(PatternKind::Value(dotted_expr(parts)), e.span()),
            None => {
                let n = parts.into_iter().next().expect("one name");
                let name = (n.name != "_").then_some(n);
                pat(
                    PatternKind::As {
                        pattern: None,
                        name,
                    },
                    e.span(),
                )
            }
        })
        .boxed();

    let star = just(Token::Star)
        .ignore_then(name.clone())
        .map_with(|n, e| {
            let n = (n.name != "_").then_some(n);
            pat(PatternKind::Star(n), e.span())
        })
        .boxed();
    let maybe_star = choice((star, pattern_b.clone())).boxed();
    let items = maybe_star
        .clone()
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .boxed();

    let bracket = items
        .clone()
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .map_with(|items, e| pat(PatternKind::Sequence(items), e.span()))
        .boxed();
    let paren = maybe_star
        .clone()
        .then(just(Token::Comma).ignore_then(items.clone()).or_not())
        .or_not()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|body, e| match body {
            None => pat(PatternKind::Sequence(Vec::new()), e.span()),
            Some((first, None)) => {
                if matches!(first.kind, PatternKind::Star(_)) {
                    e.emit(custom(
                        first.span.range().into(),
                        "invalid syntax",
                        "a starred pattern needs a sequence",
                    ));
                }
                first
            }
            Some((first, Some(mut rest))) => {
                rest.insert(0, first);
                pat(PatternKind::Sequence(rest), e.span())
            }
        })
        .boxed();

    let key = choice((signed, string, singleton, attr)).boxed();
    let map_item = choice((
        just(Token::DoubleStar)
            .ignore_then(name.clone())
            .validate(|n: Ident, _, emitter| {
                if n.name == "_" {
                    emitter.emit(custom(
                        n.span.range().into(),
                        "invalid syntax",
                        "`**_` is not allowed",
                    ));
                }
                MapItem::Rest(n)
            }),
        key.then_ignore(just(Token::Colon))
            .then(pattern_b.clone())
            .map(|(k, p)| MapItem::Pair(k, p)),
    ))
    .map_with(|item, e| (item, e.span()))
    .boxed();
    let mapping = map_item
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(|entries, e| {
            let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
            for (item, s) in entries {
                if rest.is_some() {
                    e.emit(custom(s, "invalid syntax", "after `**rest`"));
                }
                match item {
                    MapItem::Pair(k, p) => {
                        keys.push(k);
                        patterns.push(p);
                    }
                    MapItem::Rest(n) => rest = Some(n),
                }
            }
            let kind = PatternKind::Mapping {
                keys,
                patterns,
                rest,
            };
            pat(kind, e.span())
        })
        .boxed();

    let closed = choice((literal, by_name, paren, bracket, mapping))
        .labelled("pattern")
        .boxed();
    let or_pattern = closed
        .separated_by(just(Token::Pipe))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|mut alts, e| {
            if alts.len() == 1 {
                alts.pop().expect("one alternative")
            } else {
                pat(PatternKind::Or(alts), e.span())
            }
        })
        .boxed();
    pattern.define(
        or_pattern
            .then(just(Token::As).ignore_then(name).or_not())
            .map_with(|(p, target), e| match target {
                None => p,
                Some(n) => {
                    if n.name == "_" {
                        e.emit(custom(
                            n.span.range().into(),
                            "cannot use '_' as a target",
                            "not a name to bind",
                        ));
                    }
                    let kind = PatternKind::As {
                        pattern: Some(Box::new(p)),
                        name: Some(n),
                    };
                    pat(kind, e.span())
                }
            })
            .boxed(),
    );

    maybe_star
        .clone()
        .then(just(Token::Comma).ignore_then(items).or_not())
        .map_with(|(first, rest), e| match rest {
            None => {
                if matches!(first.kind, PatternKind::Star(_)) {
                    e.emit(custom(
                        first.span.range().into(),
                        "invalid syntax",
                        "a starred pattern needs a sequence",
                    ));
                }
                first
            }
            Some(mut rest) => {
                rest.insert(0, first);
                pat(PatternKind::Sequence(rest), e.span())
            }
        })
        .boxed()
}
