//! Statements and blocks, with recovery at the statement level: a bad line
//! is skipped (with the indented block hanging from it), so every
//! unrelated error of a file is reported in one run.

use super::expr::{Exprs, parsers};
use super::params::params;
use super::{Ex, In, P, custom, span};
use crate::span::line_of;
use crate::syntax::ast::*;
use crate::syntax::targets::{Ctx, check};
use crate::syntax::token::Token;
use chumsky::input::MapExtra;
use chumsky::prelude::*;

type Block = (Vec<Stmt>, Option<SimpleSpan>);
type Extra<'a, 'b> = MapExtra<'a, 'b, In<'a>, Ex<'a>>;

fn st(kind: StmtKind, s: SimpleSpan) -> Stmt {
    Stmt {
        kind,
        span: span(s),
    }
}

/// Reports a target that cannot be assigned to (or deleted...).
fn check_target(e: &mut Extra<'_, '_>, x: &Expr, ctx: Ctx) {
    if let Err((sp, msg)) = check(x, ctx) {
        e.emit(custom(sp.range().into(), &msg, "not a valid target"));
    }
}

/// The body of a compound statement; reports it missing, naming the header
/// (`'if' statement`) and the line it starts on, as Python does.
fn body(e: &mut Extra<'_, '_>, src: &str, block: Block, what: &str) -> Vec<Stmt> {
    let (stmts, missing) = block;
    if let Some(at) = missing {
        let (line, _) = line_of(src, e.span().start);
        let msg = format!("expected an indented block after {what} on line {line}");
        e.emit(custom(at, &msg, "expected an indented block"));
    }
    stmts
}

/// A whole file.
pub fn module<'a>(src: &'a str) -> P<'a, Module> {
    let ex = parsers(src);
    let skip_block = recursive(|bal| {
        just(Token::Indent)
            .then(
                choice((
                    bal.ignored(),
                    none_of([Token::Indent, Token::Dedent]).ignored(),
                ))
                .repeated(),
            )
            .then(just(Token::Dedent))
            .ignored()
            .boxed()
    })
    .boxed();
    let stmts = recursive(|stmts| {
        let block = choice((
            just(Token::Newline).ignore_then(choice((
                just(Token::Indent)
                    .ignore_then(stmts.clone())
                    .then_ignore(just(Token::Dedent))
                    .map(|b| (b, None)),
                any().map_with(|_, e| (Vec::new(), Some(e.span()))).rewind(),
                end().map_with(|_, e| (Vec::new(), Some(e.span()))),
            ))),
            simple_line(&ex).map(|b| (b, None)),
        ))
        .boxed();
        let recovery = none_of([Token::Newline, Token::Indent, Token::Dedent])
            .repeated()
            .then(just(Token::Newline))
            .then(skip_block.clone().or_not())
            .map_with(|_, e| vec![st(StmtKind::Error, e.span())]);
        let unexpected_indent = just(Token::Indent)
            .ignore_then(any().map_with(|_, e| e.span()).rewind())
            .then_ignore(
                choice((
                    skip_block.clone(),
                    none_of([Token::Indent, Token::Dedent]).ignored(),
                ))
                .repeated(),
            )
            .then_ignore(just(Token::Dedent))
            .map_with(|at, e| {
                e.emit(custom(at, "unexpected indent", "unexpected indent"));
                vec![st(StmtKind::Error, at)]
            });
        choice((
            compound(src, &ex, block, skip_block.clone()).map(|s| vec![s]),
            unexpected_indent,
            simple_line(&ex),
        ))
        .recover_with(via_parser(recovery))
        .repeated()
        .collect::<Vec<Vec<Stmt>>>()
        .map(|v| v.into_iter().flatten().collect::<Vec<Stmt>>())
        .boxed()
    });
    stmts.then_ignore(end()).map(|body| Module { body }).boxed()
}

/// `small; small; ...` up to the end of the line.
fn simple_line<'a>(ex: &Exprs<'a>) -> P<'a, Vec<Stmt>> {
    small(ex)
        .separated_by(just(Token::Semi))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .then_ignore(just(Token::Newline))
        .boxed()
}

enum Tail {
    None,
    Assign(Vec<Expr>),
    Aug(BinOp, Expr),
    Ann(Expr, Option<Expr>),
}

fn small<'a>(ex: &Exprs<'a>) -> P<'a, Stmt> {
    let rhs = choice((ex.yield_expr.clone(), ex.star_exprs.clone())).boxed();
    let aug = choice((
        just(Token::PlusEq).to(BinOp::Add),
        just(Token::MinusEq).to(BinOp::Sub),
        just(Token::StarEq).to(BinOp::Mul),
        just(Token::SlashEq).to(BinOp::Div),
        just(Token::DoubleSlashEq).to(BinOp::FloorDiv),
        just(Token::PercentEq).to(BinOp::Mod),
        just(Token::DoubleStarEq).to(BinOp::Pow),
        just(Token::AtEq).to(BinOp::MatMul),
        just(Token::AmpEq).to(BinOp::BitAnd),
        just(Token::PipeEq).to(BinOp::BitOr),
        just(Token::CaretEq).to(BinOp::BitXor),
        just(Token::LShiftEq).to(BinOp::LShift),
        just(Token::RShiftEq).to(BinOp::RShift),
    ));
    let expr_stmt = rhs
        .clone()
        .then(choice((
            just(Token::Eq)
                .ignore_then(rhs.clone())
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .map(Tail::Assign),
            aug.then(rhs.clone()).map(|(op, v)| Tail::Aug(op, v)),
            just(Token::Colon)
                .ignore_then(ex.expr.clone())
                .then(just(Token::Eq).ignore_then(rhs.clone()).or_not())
                .map(|(a, v)| Tail::Ann(a, v)),
            empty().map(|()| Tail::None),
        )))
        .map_with(|(first, tail), e| {
            let kind = match tail {
                Tail::None => {
                    if matches!(first.kind, ExprKind::Starred(_)) {
                        e.emit(custom(
                            first.span.range().into(),
                            "can't use starred expression here",
                            "starred",
                        ));
                    }
                    StmtKind::Expr(first)
                }
                Tail::Assign(mut rest) => {
                    let value = rest.pop().unwrap_or_else(|| first.clone());
                    rest.insert(0, first);
                    for t in &rest {
                        check_target(e, t, Ctx::Assign);
                    }
                    StmtKind::Assign {
                        targets: rest,
                        value,
                    }
                }
                Tail::Aug(op, value) => {
                    check_target(e, &first, Ctx::Aug);
                    StmtKind::AugAssign {
                        target: first,
                        op,
                        value,
                    }
                }
                Tail::Ann(annotation, value) => {
                    check_target(e, &first, Ctx::Ann);
                    StmtKind::AnnAssign {
                        target: first,
                        annotation,
                        value,
                    }
                }
            };
            st(kind, e.span())
        })
        .boxed();

    let name = ex.name.clone();
    let names = name
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    let dotted = name
        .clone()
        .separated_by(just(Token::Dot))
        .at_least(1)
        .collect::<Vec<Ident>>()
        .map(|parts| {
            let span = parts[0].span.to(parts[parts.len() - 1].span);
            let name = parts
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(".");
            Ident { name, span }
        })
        .boxed();
    let alias = |n: P<'a, Ident>| {
        n.then(just(Token::As).ignore_then(name.clone()).or_not())
            .map(|(name, asname)| Alias { name, asname })
    };
    let import = just(Token::Import)
        .ignore_then(
            alias(dotted.clone())
                .separated_by(just(Token::Comma))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map_with(|names, e| st(StmtKind::Import(names), e.span()))
        .boxed();
    let aliases = alias(name.clone())
        .separated_by(just(Token::Comma))
        .at_least(1);
    let from_names = choice((
        // CPython's AST spells `import *` as one alias named `*`.
        just(Token::Star).map_with(|_, e| {
            vec![Alias {
                name: Ident {
                    name: "*".into(),
                    span: span(e.span()),
                },
                asname: None,
            }]
        }),
        aliases
            .clone()
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen)),
        aliases.collect::<Vec<_>>(),
    ));
    let level = choice((just(Token::Dot).to(1u32), just(Token::Ellipsis).to(3u32)))
        .repeated()
        .fold(0u32, |a, b| a + b);
    let from = just(Token::From)
        .ignore_then(level)
        .then(dotted.clone().or_not())
        .then_ignore(just(Token::Import))
        .then(from_names)
        .validate(|((level, module), names), e, emitter| {
            if level == 0 && module.is_none() {
                emitter.emit(custom(e.span(), "invalid syntax", "expected a module name"));
            }
            st(
                StmtKind::ImportFrom {
                    module,
                    names,
                    level,
                },
                e.span(),
            )
        })
        .boxed();

    let keyword = select! {
        Token::Pass = e => st(StmtKind::Pass, e.span()),
        Token::Break = e => st(StmtKind::Break, e.span()),
        Token::Continue = e => st(StmtKind::Continue, e.span()),
    };
    let ret = just(Token::Return)
        .ignore_then(ex.star_exprs.clone().or_not())
        .map_with(|x, e| st(StmtKind::Return(x), e.span()));
    let raise = just(Token::Raise)
        .ignore_then(
            ex.expr
                .clone()
                .then(just(Token::From).ignore_then(ex.expr.clone()).or_not())
                .or_not(),
        )
        .map_with(|x, e| {
            let (exc, cause) = match x {
                Some((exc, cause)) => (Some(exc), cause),
                None => (None, None),
            };
            st(StmtKind::Raise { exc, cause }, e.span())
        });
    let global = just(Token::Global)
        .ignore_then(names.clone())
        .map_with(|n, e| st(StmtKind::Global(n), e.span()));
    let nonlocal = just(Token::Nonlocal)
        .ignore_then(names)
        .map_with(|n, e| st(StmtKind::Nonlocal(n), e.span()));
    let del = just(Token::Del)
        .ignore_then(
            ex.bitor
                .clone()
                .separated_by(just(Token::Comma))
                .at_least(1)
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .map_with(|targets, e| {
            for t in &targets {
                check_target(e, t, Ctx::Del);
            }
            st(StmtKind::Del(targets), e.span())
        });
    let assert = just(Token::Assert)
        .ignore_then(ex.expr.clone())
        .then(just(Token::Comma).ignore_then(ex.expr.clone()).or_not())
        .map_with(|(test, msg), e| st(StmtKind::Assert { test, msg }, e.span()));

    // Python 2's `print x` and 3.12's `type X = ...`: named errors, not a misparse.
    let starts_operand = any().filter(|t: &Token| {
        matches!(
            t,
            Token::Name(_)
                | Token::Int(_)
                | Token::BigInt(_)
                | Token::Float(_)
                | Token::Str(_)
                | Token::None
                | Token::True
                | Token::False
                | Token::LBrace
                | Token::Lambda
                | Token::Not
                | Token::Ellipsis
        )
    });
    let rest_of_line = none_of([Token::Newline, Token::Semi]).repeated();
    let legacy = select! { Token::Name(n) if n == "print" || n == "exec" => n }
        .then_ignore(starts_operand.rewind())
        .then_ignore(rest_of_line.clone())
        .map_with(|n, e| {
            let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
            let at = e.span();
            e.emit(custom(at, &msg, "Python 2 statement"));
            st(StmtKind::Error, e.span())
        });
    let type_stmt = select! { Token::Name("type") => () }
        .then(name.clone())
        .then(choice((just(Token::Eq), just(Token::LBracket))))
        .then_ignore(rest_of_line)
        .map_with(|_, e| {
            let at = e.span();
            e.emit(custom(
                at,
                "Coro does not support `type` statements",
                "type alias",
            ));
            st(StmtKind::Error, e.span())
        });

    choice((
        keyword, ret, raise, global, nonlocal, del, assert, import, from, legacy, type_stmt,
        expr_stmt,
    ))
    .labelled("statement")
    .boxed()
}

/// Compound statements: their header and their block.
fn compound<'a>(
    src: &'a str,
    ex: &Exprs<'a>,
    block: P<'a, Block>,
    skip_block: P<'a, ()>,
) -> P<'a, Stmt> {
    let colon = || just(Token::Colon);
    let else_block = just(Token::Else)
        .ignore_then(colon())
        .ignore_then(block.clone())
        .map_with(move |b, e| body(e, src, b, "'else' statement"))
        .or_not()
        .map(Option::unwrap_or_default)
        .boxed();

    let clause = |kw: Token<'a>, what: &'static str| {
        just(kw)
            .ignore_then(ex.named.clone())
            .then_ignore(colon())
            .then(block.clone())
            .map_with(move |(test, b), e| (test, body(e, src, b, what), e.span()))
    };
    let if_stmt = clause(Token::If, "'if' statement")
        .then(
            clause(Token::Elif, "'elif' statement")
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(else_block.clone())
        .map_with(|(((test, body, _), elifs), mut orelse), e| {
            let whole = e.span();
            for (test, body, s) in elifs.into_iter().rev() {
                let s = SimpleSpan::from(s.start..whole.end);
                orelse = vec![st(StmtKind::If { test, body, orelse }, s)];
            }
            st(StmtKind::If { test, body, orelse }, whole)
        })
        .boxed();
    let while_stmt = clause(Token::While, "'while' statement")
        .then(else_block.clone())
        .map_with(|((test, body, _), orelse), e| {
            st(StmtKind::While { test, body, orelse }, e.span())
        })
        .boxed();
    let for_stmt = just(Token::Async)
        .or_not()
        .then_ignore(just(Token::For))
        .then(ex.star_targets.clone())
        .then_ignore(just(Token::In))
        .then(ex.star_exprs.clone())
        .then_ignore(colon())
        .then(block.clone())
        .map_with(move |(((a, target), iter), b), e| {
            check_target(e, &target, Ctx::Bind);
            (
                a.is_some(),
                target,
                iter,
                body(e, src, b, "'for' statement"),
            )
        })
        .then(else_block.clone())
        .map_with(|((is_async, target, iter, body), orelse), e| {
            st(
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                    is_async,
                },
                e.span(),
            )
        })
        .boxed();

    let with_item = ex
        .expr
        .clone()
        .then(just(Token::As).ignore_then(ex.bitor.clone()).or_not())
        .map_with(|(context, target), e| {
            if let Some(t) = &target {
                check_target(e, t, Ctx::Bind);
            }
            WithItem { context, target }
        })
        .boxed();
    let with_items = choice((
        with_item
            .clone()
            .separated_by(just(Token::Comma))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen))
            .then_ignore(colon().rewind()),
        with_item
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    let with_stmt = just(Token::Async)
        .or_not()
        .then_ignore(just(Token::With))
        .then(with_items)
        .then_ignore(colon())
        .then(block.clone())
        .map_with(move |((a, items), b), e| {
            let body = body(e, src, b, "'with' statement");
            st(
                StmtKind::With {
                    items,
                    body,
                    is_async: a.is_some(),
                },
                e.span(),
            )
        })
        .boxed();

    let handler = just(Token::Except)
        .ignore_then(just(Token::Star).map_with(|_, e| e.span()).or_not())
        .then(
            ex.expr
                .clone()
                .then(choice((
                    just(Token::As).ignore_then(ex.name.clone()).map(Some),
                    just(Token::Comma)
                        .ignore_then(ex.star_exprs.clone())
                        .map_with(|_, e| {
                            let at = e.span();
                            e.emit(custom(
                                at,
                                "multiple exception types must be parenthesized",
                                "add parentheses",
                            ));
                            None
                        }),
                    empty().map(|()| None),
                )))
                .or_not(),
        )
        .then_ignore(colon())
        .then(block.clone())
        .map_with(move |((star, t), b), e| {
            if let Some(s) = star {
                e.emit(custom(
                    s,
                    "Coro does not support `except*`",
                    "exception groups",
                ));
            }
            let (type_, name) = match t {
                Some((ty, name)) => (Some(ty), name),
                None => (None, None),
            };
            let body = body(e, src, b, "'except' statement");
            ExceptHandler {
                type_,
                name,
                body,
                span: span(e.span()),
            }
        })
        .boxed();
    let try_stmt = just(Token::Try)
        .ignore_then(colon())
        .ignore_then(block.clone())
        .map_with(move |b, e| body(e, src, b, "'try' statement"))
        .then(handler.repeated().collect::<Vec<_>>())
        .then(else_block)
        .then(
            just(Token::Finally)
                .ignore_then(colon())
                .ignore_then(block.clone())
                .map_with(move |b, e| body(e, src, b, "'finally' statement"))
                .or_not(),
        )
        .validate(|(((body, handlers), orelse), fin), e, emitter| {
            if handlers.is_empty() && fin.is_none() {
                emitter.emit(custom(
                    e.span(),
                    "expected 'except' or 'finally' block",
                    "incomplete try",
                ));
            }
            let finalbody = fin.unwrap_or_default();
            st(
                StmtKind::Try(Box::new(Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                })),
                e.span(),
            )
        })
        .boxed();

    let def = just(Token::Async)
        .or_not()
        .then_ignore(just(Token::Def))
        .then(ex.name.clone())
        .then(
            params(ex.expr.clone(), ex.name.clone(), true)
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .then(just(Token::Arrow).ignore_then(ex.expr.clone()).or_not())
        .then_ignore(colon())
        .then(block.clone())
        .map_with(move |((((a, name), params), returns), b), e| {
            let body = body(e, src, b, "function definition");
            let f = FunctionDef {
                name,
                params,
                body,
                decorators: Vec::new(),
                returns,
                is_async: a.is_some(),
            };
            st(StmtKind::FunctionDef(Box::new(f)), e.span())
        })
        .boxed();
    let class = just(Token::Class)
        .ignore_then(ex.name.clone())
        .then(ex.call_args.clone().or_not())
        .then_ignore(colon())
        .then(block.clone())
        .map_with(move |((name, bases), b), e| {
            let body = body(e, src, b, "class definition");
            let c = ClassDef {
                name,
                bases: bases.unwrap_or_default(),
                body,
                decorators: Vec::new(),
            };
            st(StmtKind::ClassDef(Box::new(c)), e.span())
        })
        .boxed();
    let decorated = just(Token::At)
        .ignore_then(ex.named.clone())
        .then_ignore(just(Token::Newline))
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .then(choice((def.clone(), class.clone())))
        .map(|(decorators, mut s)| {
            match &mut s.kind {
                StmtKind::FunctionDef(f) => f.decorators = decorators,
                StmtKind::ClassDef(c) => c.decorators = decorators,
                _ => {}
            }
            s
        })
        .boxed();

    let case = select! { Token::Name("case") => () }
        .ignore_then(super::pattern::patterns())
        .then(just(Token::If).ignore_then(ex.named.clone()).or_not())
        .then_ignore(colon())
        .then(block.clone())
        .map_with(move |((pattern, guard), b), e| MatchCase {
            pattern,
            guard,
            body: body(e, src, b, "'case' statement"),
        })
        .boxed();
    // A bad case is skipped with its block, so the other cases are still read.
    let case_recovery = select! { Token::Name("case") => () }
        .then(none_of([Token::Newline, Token::Indent, Token::Dedent]).repeated())
        .then(just(Token::Newline))
        .then(skip_block.clone().or_not())
        .map(|_| None);
    let cases = choice((
        just(Token::Indent)
            .ignore_then(
                case.map(Some)
                    .recover_with(via_parser(case_recovery.clone()))
                    .repeated()
                    .at_least(1)
                    .collect::<Vec<Option<MatchCase>>>(),
            )
            .then_ignore(just(Token::Dedent))
            .map(|cases| Ok(cases.into_iter().flatten().collect::<Vec<_>>())),
        // No block: report it once, and skip the `case` lines that follow.
        any()
            .filter(|t: &Token| *t != Token::Indent)
            .map_with(|_, e| Err(e.span()))
            .rewind()
            .then_ignore(case_recovery.clone().repeated()),
        end().map_with(|_, e| Err(e.span())),
    ));
    // `match` is a soft keyword: `match(x)` and `match = 1` stay expressions,
    // read by the simple statements when this fails.
    let subject = choice((
        ex.named.clone().then_ignore(colon().rewind()),
        ex.star_exprs.clone().validate(|x: Expr, _, emitter| {
            if matches!(x.kind, ExprKind::Starred(_)) {
                emitter.emit(custom(
                    x.span.range().into(),
                    "can't use starred expression here",
                    "starred",
                ));
            }
            x
        }),
    ));
    let match_stmt = select! { Token::Name("match") => () }
        .ignore_then(subject)
        .then_ignore(colon())
        .then_ignore(just(Token::Newline))
        .then(cases)
        .map_with(move |(subject, cases), e| {
            let cases = cases.unwrap_or_else(|at| {
                let (line, _) = line_of(src, e.span().start);
                let msg =
                    format!("expected an indented block after 'match' statement on line {line}");
                e.emit(custom(at, &msg, "expected an indented block"));
                Vec::new()
            });
            st(StmtKind::Match { subject, cases }, e.span())
        })
        .boxed();

    choice((
        if_stmt, while_stmt, for_stmt, with_stmt, try_stmt, def, class, decorated, match_stmt,
    ))
    .boxed()
}
