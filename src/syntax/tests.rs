//! Parser tests: an s-expression printer of the AST, and cases by area.

use super::ast::*;
use super::parse;

/// A compact, precedence-revealing rendering of an expression.
fn sx(e: &Expr) -> String {
    use ExprKind::*;
    let all = |xs: &[Expr]| xs.iter().map(sx).collect::<Vec<_>>().join(" ");
    let opt = |x: &Option<Box<Expr>>| x.as_ref().map_or("_".to_string(), |x| sx(x));
    let comps = |cs: &[Comprehension]| {
        cs.iter()
            .map(|c| {
                let ifs: String = c.ifs.iter().map(|i| format!(" (if {})", sx(i))).collect();
                format!("({}for {} {}{ifs})", if c.is_async { "async " } else { "" }, sx(&c.target), sx(&c.iter))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    match &e.kind {
        None => "None".into(),
        True => "True".into(),
        False => "False".into(),
        Ellipsis => "...".into(),
        Int(n) => n.to_string(),
        BigInt(b) => b.to_string(),
        Float(f) => format!("{f:?}"),
        Str(s) => format!("{s:?}"),
        Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        FString(parts) => {
            let ps: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    FStringPart::Literal(s) => format!("{s:?}"),
                    FStringPart::Field(f) => {
                        let mut s = format!("{{{}", sx(&f.expr));
                        if let Some(d) = &f.debug_text {
                            s += &format!(" ={d:?}");
                        }
                        if let Some(c) = f.conversion {
                            s += &format!(" !{c}");
                        }
                        if let Some(spec) = &f.spec {
                            s += &format!(" :{}", sx(&Expr { kind: FString(spec.clone()), span: e.span }));
                        }
                        s + "}"
                    }
                })
                .collect();
            format!("(f {})", ps.join(" "))
        }
        Name(n) => n.clone(),
        List(xs) => format!("[{}]", all(xs)),
        Tuple(xs) => format!("(tuple {})", all(xs)),
        Set(xs) => format!("{{{}}}", all(xs)),
        Dict(items) => {
            let s: Vec<String> = items
                .iter()
                .map(|i| match i {
                    DictItem::Pair(k, v) => format!("{}:{}", sx(k), sx(v)),
                    DictItem::Splat(x) => format!("**{}", sx(x)),
                })
                .collect();
            format!("(dict {})", s.join(" "))
        }
        ListComp(x, c) => format!("(listcomp {} {})", sx(x), comps(c)),
        SetComp(x, c) => format!("(setcomp {} {})", sx(x), comps(c)),
        GeneratorExp(x, c) => format!("(genexp {} {})", sx(x), comps(c)),
        DictComp(k, v, c) => format!("(dictcomp {}:{} {})", sx(k), sx(v), comps(c)),
        Attribute(x, n) => format!("(. {} {})", sx(x), n.name),
        Subscript(x, i) => format!("([] {} {})", sx(x), sx(i)),
        Slice(a, b, c) => format!("(slice {} {} {})", opt(a), opt(b), opt(c)),
        Call(f, args) => {
            let a: Vec<String> = args
                .iter()
                .map(|a| match a {
                    Arg::Positional(x) => sx(x),
                    Arg::Starred(x) => format!("*{}", sx(x)),
                    Arg::Keyword(n, x) => format!("{}={}", n.name, sx(x)),
                    Arg::DoubleStarred(x) => format!("**{}", sx(x)),
                })
                .collect();
            format!("(call {}{})", sx(f), a.iter().map(|s| format!(" {s}")).collect::<String>())
        }
        Unary(op, x) => {
            let o = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not",
            };
            format!("({o} {})", sx(x))
        }
        Binary(l, op, r) => format!("({} {} {})", op.symbol(), sx(l), sx(r)),
        BoolOp(op, l, r) => format!("({} {} {})", if *op == super::ast::BoolOp::And { "and" } else { "or" }, sx(l), sx(r)),
        Compare(first, ops) => {
            let rest: String = ops.iter().map(|(op, x)| format!(" {op:?} {}", sx(x))).collect();
            format!("(cmp {}{rest})", sx(first))
        }
        IfExp { test, body, orelse } => format!("(if {} {} {})", sx(test), sx(body), sx(orelse)),
        Lambda(p, body) => format!("(lambda {} {})", params(p), sx(body)),
        Await(x) => format!("(await {})", sx(x)),
        Yield(x) => format!("(yield {})", opt(x)),
        YieldFrom(x) => format!("(yield-from {})", sx(x)),
        Starred(x) => format!("*{}", sx(x)),
        Error => "ERROR".into(),
    }
}

fn params(p: &Params) -> String {
    let one = |p: &Param| {
        let mut s = p.name.name.clone();
        if let Some(a) = &p.annotation {
            s += &format!(":{}", sx(a));
        }
        if let Some(d) = &p.default {
            s += &format!("={}", sx(d));
        }
        s
    };
    let mut out = Vec::new();
    for x in &p.posonly {
        out.push(one(x));
    }
    if !p.posonly.is_empty() {
        out.push("/".into());
    }
    out.extend(p.args.iter().map(one));
    if let Some(v) = &p.vararg {
        out.push(format!("*{}", one(v)));
    } else if !p.kwonly.is_empty() {
        out.push("*".into());
    }
    out.extend(p.kwonly.iter().map(one));
    if let Some(k) = &p.kwarg {
        out.push(format!("**{}", one(k)));
    }
    format!("[{}]", out.join(" "))
}

fn block(b: &[Stmt]) -> String {
    b.iter().map(stmt).collect::<Vec<_>>().join(" ")
}

fn stmt(s: &Stmt) -> String {
    use StmtKind::*;
    let opt = |x: &Option<super::ast::Expr>| x.as_ref().map_or("_".to_string(), sx);
    match &s.kind {
        Expr(e) => sx(e),
        Assign { targets, value } => {
            format!("(= {} {})", targets.iter().map(sx).collect::<Vec<_>>().join(" "), sx(value))
        }
        AugAssign { target, op, value } => format!("({}= {} {})", op.symbol(), sx(target), sx(value)),
        AnnAssign { target, annotation, value } => format!("(: {} {} {})", sx(target), sx(annotation), opt(value)),
        If { test, body, orelse } => format!("(if {} [{}] [{}])", sx(test), block(body), block(orelse)),
        While { test, body, orelse } => format!("(while {} [{}] [{}])", sx(test), block(body), block(orelse)),
        For { target, iter, body, orelse, is_async } => format!(
            "({}for {} {} [{}] [{}])",
            if *is_async { "async " } else { "" },
            sx(target),
            sx(iter),
            block(body),
            block(orelse)
        ),
        FunctionDef(f) => {
            let decs: String = f.decorators.iter().map(|d| format!("@{} ", sx(d))).collect();
            format!(
                "({decs}{}def {} {}{} [{}])",
                if f.is_async { "async " } else { "" },
                f.name.name,
                params(&f.params),
                f.returns.as_ref().map_or(String::new(), |r| format!(" -> {}", sx(r))),
                block(&f.body)
            )
        }
        ClassDef(c) => {
            let decs: String = c.decorators.iter().map(|d| format!("@{} ", sx(d))).collect();
            let call = sx(&super::ast::Expr {
                kind: ExprKind::Call(Box::new(super::ast::Expr { kind: ExprKind::Name(c.name.name.clone()), span: s.span }), c.bases.clone()),
                span: s.span,
            });
            format!("({decs}class {call} [{}])", block(&c.body))
        }
        Return(x) => format!("(return {})", opt(x)),
        Pass => "pass".into(),
        Break => "break".into(),
        Continue => "continue".into(),
        Raise { exc, cause } => format!("(raise {} {})", opt(exc), opt(cause)),
        Try(t) => {
            let hs: Vec<String> = t
                .handlers
                .iter()
                .map(|h| {
                    format!(
                        "(except {} {} [{}])",
                        opt(&h.type_),
                        h.name.as_ref().map_or("_", |n| n.name.as_str()),
                        block(&h.body)
                    )
                })
                .collect();
            format!("(try [{}] {} [{}] [{}])", block(&t.body), hs.join(" "), block(&t.orelse), block(&t.finalbody))
        }
        With { items, body, is_async } => {
            let it: Vec<String> = items.iter().map(|i| format!("({} {})", sx(&i.context), opt(&i.target))).collect();
            format!("({}with {} [{}])", if *is_async { "async " } else { "" }, it.join(" "), block(body))
        }
        Global(ns) => format!("(global {})", ns.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(" ")),
        Nonlocal(ns) => format!("(nonlocal {})", ns.iter().map(|n| n.name.as_str()).collect::<Vec<_>>().join(" ")),
        Assert { test, msg } => format!("(assert {} {})", sx(test), opt(msg)),
        Del(xs) => format!("(del {})", xs.iter().map(sx).collect::<Vec<_>>().join(" ")),
        Import(a) => format!("(import {})", aliases(a)),
        ImportFrom { module, names, level } => format!(
            "(from {}{} {})",
            ".".repeat(*level as usize),
            module.as_ref().map_or("", |m| m.name.as_str()),
            aliases(names)
        ),
        Error => "ERROR".into(),
    }
}

fn aliases(a: &[Alias]) -> String {
    a.iter()
        .map(|a| match &a.asname {
            Some(n) => format!("{} as {}", a.name.name, n.name),
            None => a.name.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses `src`, which must be error-free, and renders its statements.
fn ok(src: &str) -> String {
    let (m, d) = parse(src);
    assert!(d.is_empty(), "unexpected errors for {src:?}: {d:#?}");
    block(&m.body)
}

/// The first expression statement of `src`, rendered.
fn ex(src: &str) -> String {
    ok(&format!("{src}\n"))
}

/// The error messages for `src`.
fn errs(src: &str) -> Vec<String> {
    parse(src).1.into_iter().map(|d| d.message).collect()
}

#[test]
fn smoke() {
    assert_eq!(ex("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(ok("x = 1\nif x:\n    y = 2\nelse:\n    pass\n"), "(= x 1) (if x [(= y 2)] [pass])");
}
