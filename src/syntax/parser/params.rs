//! Parameter lists of `def` (annotations allowed) and `lambda` (not), with
//! Python's rules on `/`, `*`, `**` and defaults.

use super::{P, custom};
use crate::syntax::ast::{Expr, Ident, Param, Params};
use crate::syntax::token::Token;
use chumsky::prelude::*;

#[derive(Clone)]
enum Item {
    Slash,
    Star(Option<Param>),
    DoubleStar(Param),
    Plain(Param),
}

/// A parameter list up to (not including) its closing `)` or `:`.
pub fn params<'a>(expr: P<'a, Expr>, name: P<'a, Ident>, annotated: bool) -> P<'a, Params> {
    let annotation = if annotated {
        just(Token::Colon)
            .ignore_then(expr.clone())
            .or_not()
            .boxed()
    } else {
        empty().map(|()| None).boxed()
    };
    let param = name
        .then(annotation)
        .map(|(name, annotation)| Param {
            name,
            default: None,
            annotation,
        })
        .boxed();
    let item = choice((
        just(Token::Slash).to(Item::Slash),
        just(Token::DoubleStar)
            .ignore_then(param.clone())
            .map(Item::DoubleStar),
        just(Token::Star)
            .ignore_then(param.clone().or_not())
            .map(Item::Star),
        param
            .then(just(Token::Eq).ignore_then(expr).or_not())
            .map(|(mut p, default)| {
                p.default = default;
                Item::Plain(p)
            }),
    ))
    .map_with(|item, e| (item, e.span()));
    item.separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .validate(|items, e, emitter| {
            let mut p = Params::default();
            let (mut star, mut slash, mut defaults) = (None::<SimpleSpan>, false, false);
            let mut after_kwarg = false;
            let mut err = |s: SimpleSpan, msg: &str| emitter.emit(custom(s, msg, "here"));
            for (item, s) in items {
                if after_kwarg {
                    err(s, "arguments cannot follow var-keyword argument");
                }
                match item {
                    Item::Slash if slash => err(s, "/ may appear only once"),
                    Item::Slash if star.is_some() => err(s, "/ must be ahead of *"),
                    Item::Slash if p.args.is_empty() => {
                        err(s, "at least one argument must precede /")
                    }
                    Item::Slash => {
                        slash = true;
                        p.posonly = std::mem::take(&mut p.args);
                    }
                    Item::Star(_) if star.is_some() => err(s, "* argument may appear only once"),
                    Item::Star(v) => {
                        star = Some(s);
                        p.vararg = v;
                    }
                    Item::DoubleStar(k) => {
                        p.kwarg = Some(k);
                        after_kwarg = true;
                    }
                    Item::Plain(param) if star.is_some() => p.kwonly.push(param),
                    Item::Plain(param) => {
                        if param.default.is_some() {
                            defaults = true;
                        } else if defaults {
                            err(s, "non-default argument follows default argument");
                        }
                        p.args.push(param);
                    }
                }
            }
            if let Some(s) = star
                && p.vararg.is_none()
                && p.kwonly.is_empty()
            {
                err(s, "named arguments must follow bare *");
            }
            let mut seen = std::collections::HashSet::new();
            let all = p
                .posonly
                .iter()
                .chain(&p.args)
                .chain(&p.vararg)
                .chain(&p.kwonly)
                .chain(&p.kwarg);
            for param in all {
                if !seen.insert(param.name.name.as_str()) {
                    let msg = format!(
                        "duplicate argument '{}' in function definition",
                        param.name.name
                    );
                    emitter.emit(custom(
                        param.name.span.range().into(),
                        &msg,
                        "defined twice",
                    ));
                }
            }
            let _ = e;
            p
        })
        .boxed()
}
