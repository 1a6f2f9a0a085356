//! Expressions, following Python 3.11's grammar and precedence:
//! lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts
//! < + - < * / // % @ < unary + - ~ < ** < await < primary.
//!
//! Two Pratt tables mirror Python's grammar split: `bitor` (Python's
//! `bitwise_or`, what targets and comparison operands are made of) and
//! `disjunction` over it (`not`, comparisons, `and`, `or`).

use super::params::params;
use super::{Ex, In, P, custom, mk};
use crate::syntax::ast::*;
use crate::syntax::targets::check_walrus;
use crate::syntax::token::Token;
use chumsky::pratt::*;
use chumsky::prelude::*;
use chumsky::recursive::{Indirect, Recursive};

/// The expression parsers statements are built from.
#[derive(Clone)]
pub struct Exprs<'a> {
    /// Python's `expression`: lambda, conditional or a disjunction.
    pub expr: P<'a, Expr>,
    /// Python's `named_expression`: an expression where `:=` is allowed.
    pub named: P<'a, Expr>,
    /// Python's `bitwise_or`: no comparison, `not`, `and`, `or`.
    pub bitor: P<'a, Expr>,
    /// `a, *b, c` (a tuple when there is a comma).
    pub star_exprs: P<'a, Expr>,
    /// `for` targets: `a, (b, *c)`.
    pub star_targets: P<'a, Expr>,
    /// `yield [exprs]` / `yield from expr`.
    pub yield_expr: P<'a, Expr>,
    /// `(args)`, parentheses included.
    pub call_args: P<'a, Vec<Arg>>,
    pub name: P<'a, Ident>,
}

enum Tail {
    One,
    More(Vec<Expr>),
    Comp(Vec<Comprehension>),
}

enum Item {
    Elem(Expr),
    Pair(Expr, Expr),
    Splat(Expr),
}

/// The inside of `{...}`: the first item, then the rest or a comprehension.
type DisplayBody = (Item, (Vec<Item>, Option<Vec<Comprehension>>));

type Rec<'a> = Recursive<Indirect<'a, 'a, In<'a>, Expr, Ex<'a>>>;

fn bin(l: Expr, op: BinOp, r: Expr, s: SimpleSpan) -> Expr {
    mk(ExprKind::Binary(Box::new(l), op, Box::new(r)), s)
}

fn tuple_or_single(first: Expr, rest: Vec<Expr>, trailing: bool, s: SimpleSpan) -> Expr {
    if rest.is_empty() && !trailing {
        return first;
    }
    let mut items = vec![first];
    items.extend(rest);
    mk(ExprKind::Tuple(items), s)
}

/// Builds the expression parsers. `src` is unused today but kept so every
/// parser family has the same shape.
pub fn parsers<'a>(_src: &'a str) -> Exprs<'a> {
    let mut expr: Rec<'a> = Recursive::declare();
    let mut bitor: Rec<'a> = Recursive::declare();
    let mut disj: Rec<'a> = Recursive::declare();
    let expr_b = expr.clone().boxed();
    let bitor_b = bitor.clone().boxed();
    let disj_b = disj.clone().boxed();

    let name = select! { Token::Name(n) = e => Ident { name: n.to_string(), span: super::span(e.span()) } }
        .labelled("name")
        .boxed();

    let named = expr_b
        .clone()
        .then(just(Token::ColonEq).ignore_then(expr_b.clone()).or_not())
        .map_with(|(x, value), e| match value {
            None => x,
            Some(value) => match (check_walrus(&x), x.kind) {
                (Ok(()), ExprKind::Name(name)) => {
                    let target = Ident { name, span: x.span };
                    mk(ExprKind::NamedExpr(target, Box::new(value)), e.span())
                }
                (Err((at, msg)), _) => {
                    e.emit(custom(at.range().into(), &msg, "not a name"));
                    mk(ExprKind::Error, e.span())
                }
                (Ok(()), _) => mk(ExprKind::Error, e.span()),
            },
        })
        .boxed();

    let starred = just(Token::Star)
        .ignore_then(bitor_b.clone())
        .map_with(|x, e| mk(ExprKind::Starred(Box::new(x)), e.span()))
        .boxed();
    let star_named = choice((starred.clone(), named.clone())).boxed();

    let target_item = choice((starred.clone(), bitor_b.clone())).boxed();
    let star_targets = target_item
        .clone()
        .then(
            just(Token::Comma)
                .ignore_then(target_item.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(just(Token::Comma).or_not())
        .map_with(|((first, rest), comma), e| {
            tuple_or_single(first, rest, comma.is_some(), e.span())
        })
        .boxed();

    let comp_for = just(Token::Async)
        .or_not()
        .then_ignore(just(Token::For))
        .then(star_targets.clone())
        .then_ignore(just(Token::In))
        .then(disj_b.clone())
        .then(
            just(Token::If)
                .ignore_then(disj_b.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(((is_async, target), iter), ifs)| Comprehension {
            target,
            iter,
            ifs,
            is_async: is_async.is_some(),
        })
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();

    let star_expr = choice((starred.clone(), expr_b.clone())).boxed();
    let star_exprs = star_expr
        .clone()
        .then(
            just(Token::Comma)
                .ignore_then(star_expr.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(just(Token::Comma).or_not())
        .map_with(|((first, rest), comma), e| {
            tuple_or_single(first, rest, comma.is_some(), e.span())
        })
        .boxed();

    let yield_expr = just(Token::Yield)
        .ignore_then(choice((
            just(Token::From)
                .ignore_then(expr_b.clone())
                .map(|x| (true, Some(x))),
            star_exprs.clone().or_not().map(|x| (false, x)),
        )))
        .map_with(|(from, x), e| match (from, x) {
            (true, Some(x)) => mk(ExprKind::YieldFrom(Box::new(x)), e.span()),
            (_, x) => mk(ExprKind::Yield(x.map(Box::new)), e.span()),
        })
        .boxed();

    // `x`, `x, y, ...` or `x for ...`: the inside of `( )` and `[ ]`.
    let seq_body = star_named
        .clone()
        .then(choice((
            comp_for.clone().map(Tail::Comp),
            just(Token::Comma)
                .ignore_then(
                    star_named
                        .clone()
                        .separated_by(just(Token::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .map(Tail::More),
            empty().map(|()| Tail::One),
        )))
        .boxed();

    let paren = just(Token::LParen)
        .ignore_then(
            choice((
                yield_expr.clone().map(|y| (y, None)),
                seq_body.clone().map(|(x, t)| (x, Some(t))),
            ))
            .or_not(),
        )
        .then_ignore(just(Token::RParen))
        .map_with(|body, e| match body {
            None => mk(ExprKind::Tuple(Vec::new()), e.span()),
            Some((y, None)) => y,
            Some((x, Some(Tail::One))) => {
                if matches!(x.kind, ExprKind::Starred(_)) {
                    e.emit(custom(
                        x.span.range().into(),
                        "cannot use starred expression here",
                        "starred",
                    ));
                }
                x
            }
            Some((x, Some(Tail::More(rest)))) => tuple_or_single(x, rest, true, e.span()),
            Some((x, Some(Tail::Comp(c)))) => mk(ExprKind::GeneratorExp(Box::new(x), c), e.span()),
        })
        .boxed();

    let list = seq_body
        .clone()
        .or_not()
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .map_with(|body, e| match body {
            None => mk(ExprKind::List(Vec::new()), e.span()),
            Some((x, Tail::One)) => mk(ExprKind::List(vec![x]), e.span()),
            Some((x, Tail::More(mut rest))) => {
                rest.insert(0, x);
                mk(ExprKind::List(rest), e.span())
            }
            Some((x, Tail::Comp(c))) => mk(ExprKind::ListComp(Box::new(x), c), e.span()),
        })
        .boxed();

    let item = choice((
        just(Token::DoubleStar)
            .ignore_then(bitor_b.clone())
            .map(Item::Splat),
        starred.clone().map(Item::Elem),
        named
            .clone()
            .then(just(Token::Colon).ignore_then(expr_b.clone()).or_not())
            .validate(|(k, v), e, emitter| match v {
                Some(v) => {
                    if bare_walrus(&k, e.span()) {
                        emitter.emit(custom(e.span(), "invalid syntax", "parenthesize the key"));
                    }
                    Item::Pair(k, v)
                }
                None => Item::Elem(k),
            }),
    ))
    .boxed();
    let braces = item
        .clone()
        .then(choice((
            comp_for.clone().map(|c| (Vec::new(), Some(c))),
            just(Token::Comma)
                .ignore_then(
                    item.clone()
                        .separated_by(just(Token::Comma))
                        .allow_trailing()
                        .collect::<Vec<_>>(),
                )
                .map(|rest| (rest, None)),
            empty().map(|()| (Vec::new(), None)),
        )))
        .or_not()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(|body, e| display(body, e.span(), &mut |err| e.emit(err)))
        .boxed();

    let literal = select! {
        Token::Name(n) = e => mk(ExprKind::Name(n.to_string()), e.span()),
        Token::Int(n) = e => mk(ExprKind::Int(n), e.span()),
        Token::BigInt(b) = e => mk(ExprKind::BigInt(Box::new((*b).clone())), e.span()),
        Token::Float(f) = e => mk(ExprKind::Float(f), e.span()),
        Token::Str(s) => (*s).clone(),
        Token::None = e => mk(ExprKind::None, e.span()),
        Token::True = e => mk(ExprKind::True, e.span()),
        Token::False = e => mk(ExprKind::False, e.span()),
        Token::Ellipsis = e => mk(ExprKind::Ellipsis, e.span()),
    }
    .boxed();
    let atom = choice((literal, paren, list, braces))
        .labelled("expression")
        .boxed();

    let call_args = call_args(
        expr_b.clone(),
        named.clone(),
        name.clone(),
        comp_for.clone(),
    );

    let slice_item = named
        .clone()
        .or_not()
        .then(
            just(Token::Colon)
                .ignore_then(expr_b.clone().or_not())
                .then(
                    just(Token::Colon)
                        .ignore_then(expr_b.clone().or_not())
                        .or_not(),
                )
                .or_not(),
        )
        .try_map(|(lo, rest), s| match (lo, rest) {
            (Some(x), None) => Ok(x),
            (None, None) => Err(custom(s, "invalid syntax", "expected an index or a slice")),
            (Some(x), Some(_)) if bare_walrus(&x, s) => Err(custom(
                s,
                "invalid syntax",
                "a slice bound cannot be an assignment expression",
            )),
            (lo, Some((hi, step))) => Ok(mk(
                ExprKind::Slice(
                    lo.map(Box::new),
                    hi.map(Box::new),
                    step.flatten().map(Box::new),
                ),
                s,
            )),
        })
        .boxed();
    let index = slice_item
        .clone()
        .then(
            just(Token::Comma)
                .ignore_then(slice_item.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(just(Token::Comma).or_not())
        .map_with(|((first, rest), comma), e| {
            tuple_or_single(first, rest, comma.is_some(), e.span())
        })
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .boxed();

    let unary = choice((
        just(Token::Minus).to(UnaryOp::Neg),
        just(Token::Plus).to(UnaryOp::Pos),
        just(Token::Tilde).to(UnaryOp::Invert),
    ));
    let mul = choice((
        just(Token::Star).to(BinOp::Mul),
        just(Token::Slash).to(BinOp::Div),
        just(Token::DoubleSlash).to(BinOp::FloorDiv),
        just(Token::Percent).to(BinOp::Mod),
        just(Token::At).to(BinOp::MatMul),
    ));
    let add = choice((
        just(Token::Plus).to(BinOp::Add),
        just(Token::Minus).to(BinOp::Sub),
    ));
    let shift = choice((
        just(Token::LShift).to(BinOp::LShift),
        just(Token::RShift).to(BinOp::RShift),
    ));
    bitor.define(
        atom.pratt((
            postfix(30, call_args.clone(), |f: Expr, args, e| {
                mk(ExprKind::Call(Box::new(f), args), e.span())
            }),
            postfix(
                30,
                just(Token::Dot).ignore_then(name.clone()),
                |x: Expr, n, e| mk(ExprKind::Attribute(Box::new(x), n), e.span()),
            ),
            postfix(30, index, |x: Expr, i, e| {
                mk(ExprKind::Subscript(Box::new(x), Box::new(i)), e.span())
            }),
            prefix(25, just(Token::Await), |_, x, e| {
                mk(ExprKind::Await(Box::new(x)), e.span())
            }),
            infix(right(20), just(Token::DoubleStar), |l, _, r, e| {
                bin(l, BinOp::Pow, r, e.span())
            }),
            prefix(15, unary, |op, x, e| {
                mk(ExprKind::Unary(op, Box::new(x)), e.span())
            }),
            infix(left(12), mul, |l, op, r, e| bin(l, op, r, e.span())),
            infix(left(11), add, |l, op, r, e| bin(l, op, r, e.span())),
            infix(left(10), shift, |l, op, r, e| bin(l, op, r, e.span())),
            infix(left(9), just(Token::Amp), |l, _, r, e| {
                bin(l, BinOp::BitAnd, r, e.span())
            }),
            infix(left(8), just(Token::Caret), |l, _, r, e| {
                bin(l, BinOp::BitXor, r, e.span())
            }),
            infix(left(7), just(Token::Pipe), |l, _, r, e| {
                bin(l, BinOp::BitOr, r, e.span())
            }),
        ))
        .boxed(),
    );

    let cmp = choice((
        just(Token::EqEq).to(CmpOp::Eq),
        just(Token::NotEq).to(CmpOp::NotEq),
        just(Token::LtE).to(CmpOp::LtE),
        just(Token::GtE).to(CmpOp::GtE),
        just(Token::Lt).to(CmpOp::Lt),
        just(Token::Gt).to(CmpOp::Gt),
        just(Token::Is).then(just(Token::Not)).to(CmpOp::IsNot),
        just(Token::Is).to(CmpOp::Is),
        just(Token::In).to(CmpOp::In),
        just(Token::Not).then(just(Token::In)).to(CmpOp::NotIn),
    ))
    .boxed();
    disj.define(
        bitor_b
            .clone()
            .pratt((
                infix(left(6), cmp, |l: Expr, op, r, e| {
                    let whole: SimpleSpan = e.span();
                    // `a < b < c` extends one Compare; `(a < b) < c` starts a new one:
                    // a parenthesized left operand starts after the whole expression does.
                    match l.kind {
                        ExprKind::Compare(first, mut ops)
                            if l.span.start as usize == whole.start =>
                        {
                            ops.push((op, r));
                            mk(ExprKind::Compare(first, ops), whole)
                        }
                        kind => {
                            let l = Expr { kind, span: l.span };
                            mk(ExprKind::Compare(Box::new(l), vec![(op, r)]), whole)
                        }
                    }
                }),
                prefix(5, just(Token::Not), |_, x, e| {
                    mk(ExprKind::Unary(UnaryOp::Not, Box::new(x)), e.span())
                }),
                infix(left(4), just(Token::And), |l, _, r, e| {
                    mk(
                        ExprKind::BoolOp(BoolOp::And, Box::new(l), Box::new(r)),
                        e.span(),
                    )
                }),
                infix(left(3), just(Token::Or), |l, _, r, e| {
                    mk(
                        ExprKind::BoolOp(BoolOp::Or, Box::new(l), Box::new(r)),
                        e.span(),
                    )
                }),
            ))
            .boxed(),
    );

    let lambda = just(Token::Lambda)
        .ignore_then(params(expr_b.clone(), name.clone(), false))
        .then_ignore(just(Token::Colon))
        .then(expr_b.clone())
        .map_with(|(p, body), e| mk(ExprKind::Lambda(Box::new(p), Box::new(body)), e.span()))
        .boxed();
    let conditional = disj_b
        .clone()
        .then(
            just(Token::If)
                .ignore_then(disj_b.clone())
                .then_ignore(just(Token::Else))
                .then(expr_b.clone())
                .or_not(),
        )
        .map_with(|(body, rest), e| match rest {
            None => body,
            Some((test, orelse)) => mk(
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                e.span(),
            ),
        })
        .boxed();
    expr.define(choice((lambda, conditional)).boxed());

    Exprs {
        expr: expr_b,
        named,
        bitor: bitor_b,
        star_exprs,
        star_targets,
        yield_expr,
        call_args,
        name,
    }
}

/// Whether `x` is a `:=` without parentheses of its own at the start of `s`
/// (parentheses are not in the tree, but they shift where the node starts).
fn bare_walrus(x: &Expr, s: SimpleSpan) -> bool {
    matches!(x.kind, ExprKind::NamedExpr(..)) && x.span.start as usize == s.start
}

/// A `{...}` display: a dict or a set, by what its items are.
fn display<'a>(
    body: Option<DisplayBody>,
    s: SimpleSpan,
    emit: &mut dyn FnMut(chumsky::error::Rich<'a, Token<'a>, SimpleSpan>),
) -> Expr {
    let Some((first, (rest, comp))) = body else {
        return mk(ExprKind::Dict(Vec::new()), s);
    };
    let is_dict = !matches!(first, Item::Elem(_));
    if let Some(c) = comp {
        return match first {
            Item::Pair(k, v) => mk(ExprKind::DictComp(Box::new(k), Box::new(v), c), s),
            Item::Elem(x) => mk(ExprKind::SetComp(Box::new(x), c), s),
            Item::Splat(x) => {
                emit(custom(
                    x.span.range().into(),
                    "dict unpacking cannot be used in dict comprehension",
                    "`**` here",
                ));
                mk(ExprKind::Error, s)
            }
        };
    }
    let mut pairs = Vec::new();
    let mut elems = Vec::new();
    for item in std::iter::once(first).chain(rest) {
        match (item, is_dict) {
            (Item::Pair(k, v), true) => pairs.push(DictItem::Pair(k, v)),
            (Item::Splat(x), true) => pairs.push(DictItem::Splat(x)),
            (Item::Elem(x), false) => elems.push(x),
            (Item::Elem(x), true) | (Item::Pair(x, _), false) | (Item::Splat(x), false) => {
                emit(custom(
                    x.span.range().into(),
                    "invalid syntax",
                    "mixes set and dict items",
                ));
                return mk(ExprKind::Error, s);
            }
        }
    }
    if is_dict {
        mk(ExprKind::Dict(pairs), s)
    } else {
        mk(ExprKind::Set(elems), s)
    }
}

/// `(args)` of a call or a class header, with Python's ordering rules.
fn call_args<'a>(
    expr: P<'a, Expr>,
    named: P<'a, Expr>,
    name: P<'a, Ident>,
    comp_for: P<'a, Vec<Comprehension>>,
) -> P<'a, Vec<Arg>> {
    let arg = choice((
        just(Token::Star)
            .ignore_then(expr.clone())
            .map(|x| (Arg::Starred(x), false)),
        just(Token::DoubleStar)
            .ignore_then(expr.clone())
            .map(|x| (Arg::DoubleStarred(x), false)),
        name.then_ignore(just(Token::Eq))
            .then(expr.clone())
            .map(|(n, x)| (Arg::Keyword(n, x), false)),
        named
            .then(comp_for.or_not())
            .map_with(|(x, comp), e| match comp {
                None => (Arg::Positional(x), false),
                Some(c) => (
                    Arg::Positional(mk(ExprKind::GeneratorExp(Box::new(x), c), e.span())),
                    true,
                ),
            }),
    ))
    .map_with(|a, e| (a, e.span()));
    arg.separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .validate(|args, _, emitter| {
            let n = args.len();
            let (mut keyword, mut double) = (false, false);
            let mut out = Vec::with_capacity(n);
            for ((arg, genexp), s) in args {
                let problem = match &arg {
                    _ if genexp && n > 1 => Some("Generator expression must be parenthesized"),
                    Arg::Positional(_) if double => {
                        Some("positional argument follows keyword argument unpacking")
                    }
                    Arg::Positional(_) if keyword => {
                        Some("positional argument follows keyword argument")
                    }
                    Arg::Starred(_) if double => {
                        Some("iterable argument unpacking follows keyword argument unpacking")
                    }
                    _ => None,
                };
                if let Some(msg) = problem {
                    emitter.emit(custom(s, msg, "this argument"));
                }
                keyword |= matches!(arg, Arg::Keyword(..));
                double |= matches!(arg, Arg::DoubleStarred(_));
                out.push(arg);
            }
            out
        })
        .boxed()
}
