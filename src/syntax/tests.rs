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
                format!(
                    "({}for {} {}{ifs})",
                    if c.is_async { "async " } else { "" },
                    sx(&c.target),
                    sx(&c.iter)
                )
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
                            s += &format!(
                                " :{}",
                                sx(&Expr {
                                    kind: FString(spec.clone()),
                                    span: e.span
                                })
                            );
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
            format!(
                "(call {}{})",
                sx(f),
                a.iter().map(|s| format!(" {s}")).collect::<String>()
            )
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
        BoolOp(op, l, r) => format!(
            "({} {} {})",
            if *op == super::ast::BoolOp::And {
                "and"
            } else {
                "or"
            },
            sx(l),
            sx(r)
        ),
        Compare(first, ops) => {
            let rest: String = ops
                .iter()
                .map(|(op, x)| format!(" {op:?} {}", sx(x)))
                .collect();
            format!("(cmp {}{rest})", sx(first))
        }
        IfExp { test, body, orelse } => format!("(if {} {} {})", sx(test), sx(body), sx(orelse)),
        Lambda(p, body) => format!("(lambda {} {})", params(p), sx(body)),
        Await(x) => format!("(await {})", sx(x)),
        Yield(x) => format!("(yield {})", opt(x)),
        YieldFrom(x) => format!("(yield-from {})", sx(x)),
        Starred(x) => format!("*{}", sx(x)),
        NamedExpr(n, x) => format!("(:= {} {})", n.name, sx(x)),
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
            format!(
                "(= {} {})",
                targets.iter().map(sx).collect::<Vec<_>>().join(" "),
                sx(value)
            )
        }
        AugAssign { target, op, value } => {
            format!("({}= {} {})", op.symbol(), sx(target), sx(value))
        }
        AnnAssign {
            target,
            annotation,
            value,
        } => format!("(: {} {} {})", sx(target), sx(annotation), opt(value)),
        If { test, body, orelse } => {
            format!("(if {} [{}] [{}])", sx(test), block(body), block(orelse))
        }
        While { test, body, orelse } => {
            format!("(while {} [{}] [{}])", sx(test), block(body), block(orelse))
        }
        For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => format!(
            "({}for {} {} [{}] [{}])",
            if *is_async { "async " } else { "" },
            sx(target),
            sx(iter),
            block(body),
            block(orelse)
        ),
        FunctionDef(f) => {
            let decs: String = f
                .decorators
                .iter()
                .map(|d| format!("@{} ", sx(d)))
                .collect();
            format!(
                "({decs}{}def {} {}{} [{}])",
                if f.is_async { "async " } else { "" },
                f.name.name,
                params(&f.params),
                f.returns
                    .as_ref()
                    .map_or(String::new(), |r| format!(" -> {}", sx(r))),
                block(&f.body)
            )
        }
        ClassDef(c) => {
            let decs: String = c
                .decorators
                .iter()
                .map(|d| format!("@{} ", sx(d)))
                .collect();
            let call = sx(&super::ast::Expr {
                kind: ExprKind::Call(
                    Box::new(super::ast::Expr {
                        kind: ExprKind::Name(c.name.name.clone()),
                        span: s.span,
                    }),
                    c.bases.clone(),
                ),
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
            format!(
                "(try [{}] {} [{}] [{}])",
                block(&t.body),
                hs.join(" "),
                block(&t.orelse),
                block(&t.finalbody)
            )
        }
        With {
            items,
            body,
            is_async,
        } => {
            let it: Vec<String> = items
                .iter()
                .map(|i| format!("({} {})", sx(&i.context), opt(&i.target)))
                .collect();
            format!(
                "({}with {} [{}])",
                if *is_async { "async " } else { "" },
                it.join(" "),
                block(body)
            )
        }
        Global(ns) => format!(
            "(global {})",
            ns.iter()
                .map(|n| n.name.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        Nonlocal(ns) => format!(
            "(nonlocal {})",
            ns.iter()
                .map(|n| n.name.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        ),
        Assert { test, msg } => format!("(assert {} {})", sx(test), opt(msg)),
        Del(xs) => format!("(del {})", xs.iter().map(sx).collect::<Vec<_>>().join(" ")),
        Import(a) => format!("(import {})", aliases(a)),
        ImportFrom {
            module,
            names,
            level,
        } => format!(
            "(from {}{} {})",
            ".".repeat(*level as usize),
            module.as_ref().map_or("", |m| m.name.as_str()),
            aliases(names)
        ),
        Match { subject, cases } => {
            let cs: Vec<String> = cases
                .iter()
                .map(|c| {
                    format!(
                        "(case {} {} [{}])",
                        pattern(&c.pattern),
                        opt(&c.guard),
                        block(&c.body)
                    )
                })
                .collect();
            format!("(match {} {})", sx(subject), cs.join(" "))
        }
        Error => "ERROR".into(),
    }
}

fn pattern(p: &Pattern) -> String {
    let all = |ps: &[Pattern]| ps.iter().map(pattern).collect::<Vec<_>>().join(" ");
    let name = |n: &Option<Ident>| n.as_ref().map_or("_".to_string(), |n| n.name.clone());
    match &p.kind {
        PatternKind::Value(x) => format!("(== {})", sx(x)),
        PatternKind::Singleton(x) => format!("(is {})", sx(x)),
        PatternKind::Sequence(ps) => format!("[{}]", all(ps)),
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            let mut items: Vec<String> = keys
                .iter()
                .zip(patterns)
                .map(|(k, p)| format!("{}: {}", sx(k), pattern(p)))
                .collect();
            if let Some(r) = rest {
                items.push(format!("**{}", r.name));
            }
            format!("{{{}}}", items.join(", "))
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            let mut items: Vec<String> = patterns.iter().map(pattern).collect();
            for (a, p) in kwd_attrs.iter().zip(kwd_patterns) {
                items.push(format!("{}={}", a.name, pattern(p)));
            }
            format!("({} {})", sx(cls), items.join(" "))
        }
        PatternKind::Star(n) => format!("*{}", name(n)),
        PatternKind::As {
            pattern: None,
            name: n,
        } => name(n),
        PatternKind::As {
            pattern: Some(inner),
            name: n,
        } => format!("(as {} {})", pattern(inner), name(n)),
        PatternKind::Or(ps) => format!("(| {})", all(ps)),
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
    assert_eq!(
        ok("x = 1\nif x:\n    y = 2\nelse:\n    pass\n"),
        "(= x 1) (if x [(= y 2)] [pass])"
    );
}

#[test]
fn precedence() {
    assert_eq!(ex("-2 ** 2"), "(- (** 2 2))");
    assert_eq!(ex("2 ** -1"), "(** 2 (- 1))");
    assert_eq!(ex("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    assert_eq!(
        ex("a | b ^ c & d << e + f * g"),
        "(| a (^ b (& c (<< d (+ e (* f g))))))"
    );
    assert_eq!(ex("a - b - c"), "(- (- a b) c)");
    assert_eq!(ex("a @ b // c % d / e"), "(/ (% (// (@ a b) c) d) e)");
    assert_eq!(ex("~a + -b"), "(+ (~ a) (- b))");
    assert_eq!(
        ex("not a == b and c or d"),
        "(or (and (not (cmp a Eq b)) c) d)"
    );
    assert_eq!(ex("a or b or c"), "(or (or a b) c)");
    assert_eq!(ex("a and b and c"), "(and (and a b) c)");
    assert_eq!(ex("not not a"), "(not (not a))");
    assert_eq!(ex("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(ex("lambda x: a if x else b"), "(lambda [x] (if x a b))");
    assert_eq!(ex("await f(x) ** 2"), "(** (await (call f x)) 2)");
    assert_eq!(ex("await a.b(1)[0]"), "(await ([] (call (. a b) 1) 0))");
    assert_eq!(ex("-a.b"), "(- (. a b))");
    assert_eq!(ex("(a + b) * c"), "(* (+ a b) c)");
}

#[test]
fn comparisons_chain() {
    assert_eq!(ex("a < b < c"), "(cmp a Lt b Lt c)");
    assert_eq!(ex("a == b != c >= d"), "(cmp a Eq b NotEq c GtE d)");
    assert_eq!(ex("(a < b) < c"), "(cmp (cmp a Lt b) Lt c)");
    assert_eq!(ex("a < (b < c)"), "(cmp a Lt (cmp b Lt c))");
    assert_eq!(
        ex("a not in b is not c in d is e"),
        "(cmp a NotIn b IsNot c In d Is e)"
    );
    assert_eq!(ex("a | b < c"), "(cmp (| a b) Lt c)");
}

#[test]
fn atoms_and_displays() {
    assert_eq!(ex("()"), "(tuple )");
    assert_eq!(ex("(x,)"), "(tuple x)");
    assert_eq!(ex("(x)"), "x");
    assert_eq!(ex("a, b"), "(tuple a b)");
    assert_eq!(ex("a,"), "(tuple a)");
    assert_eq!(ex("[1, *x, 2,]"), "[1 *x 2]");
    assert_eq!(ex("[]"), "[]");
    assert_eq!(ex("{}"), "(dict )");
    assert_eq!(ex("{1: 2, **d, 3: 4}"), "(dict 1:2 **d 3:4)");
    assert_eq!(ex("{1, *s}"), "{1 *s}");
    assert_eq!(
        ex("[x for x in y if x if z for w in x]"),
        "(listcomp x (for x y (if x) (if z)) (for w x))"
    );
    assert_eq!(
        ex("{k: v for k, v in d}"),
        "(dictcomp k:v (for (tuple k v) d))"
    );
    assert_eq!(ex("{x async for x in y}"), "(setcomp x (async for x y))");
    assert_eq!(ex("(x for x in y)"), "(genexp x (for x y))");
    assert_eq!(ex("f(x for x in y)"), "(call f (genexp x (for x y)))");
    assert_eq!(ex("f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
    assert_eq!(ex("f()()"), "(call (call f))");
    assert_eq!(
        ex("a[1:2, ::3]"),
        "([] a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(ex("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(ex("a[1:]"), "([] a (slice 1 _ _))");
    assert_eq!(ex("a[i, j]"), "([] a (tuple i j))");
    assert_eq!(ex("a[i]"), "([] a i)");
    assert_eq!(ex("None, True, False, ..."), "(tuple None True False ...)");
    assert_eq!(ex("lambda: 0"), "(lambda [] 0)");
    assert_eq!(
        ex("lambda a, b=1, *c, d, **e: a"),
        "(lambda [a b=1 *c d **e] a)"
    );
    assert_eq!(ex("lambda *, k: k"), "(lambda [* k] k)");
    assert_eq!(ex("f(lambda x: x)"), "(call f (lambda [x] x))");
}

#[test]
fn assignment_expressions() {
    assert_eq!(
        ok("if (n := 10) > 5: pass\n"),
        "(if (cmp (:= n 10) Gt 5) [pass] [])"
    );
    assert_eq!(
        ok("while x := f(): pass\n"),
        "(while (:= x (call f)) [pass] [])"
    );
    assert_eq!(ex("[y := 1, y]"), "[(:= y 1) y]");
    assert_eq!(ex("f(x := 1)"), "(call f (:= x 1))");
    assert_eq!(ex("a[i := 0]"), "([] a (:= i 0))");
    assert_eq!(ex("[x := v for v in w]"), "(listcomp (:= x v) (for v w))");
    assert_eq!(errs("x := 1\n"), vec!["invalid syntax"]);
    assert_eq!(errs("y = x := 1\n"), vec!["invalid syntax"]);
    assert_eq!(errs("f(a=b := 1)\n"), vec!["invalid syntax"]);
    assert_eq!(errs("[x for x in y if x := 1]\n"), vec!["invalid syntax"]);
    assert_eq!(errs("{x := 1: 2}\n"), vec!["invalid syntax"]);
    assert_eq!(errs("a[x := 1:2]\n"), vec!["invalid syntax"]);
    assert_eq!(ex("a[(x := 1):]"), "([] a (slice (:= x 1) _ _))");
    assert_eq!(ex("{(k := 1): k}"), "(dict (:= k 1):k)");
    assert_eq!(
        errs("(a.b := 1)\n"),
        vec!["cannot use assignment expressions with attribute"]
    );
    assert_eq!(
        errs("(a[0] := 1)\n"),
        vec!["cannot use assignment expressions with subscript"]
    );
    assert_eq!(
        errs("((a, b) := 1)\n"),
        vec!["cannot use assignment expressions with tuple"]
    );
    assert_eq!(
        errs("(True := 1)\n"),
        vec!["cannot use assignment expressions with True"]
    );
    assert_eq!(
        errs("(__debug__ := 1)\n"),
        vec!["cannot assign to __debug__"]
    );
}

#[test]
fn yields_and_awaits() {
    assert_eq!(
        ok("def f():\n    yield\n    yield 1, 2\n    x = yield y\n    yield from z\n"),
        "(def f [] [(yield _) (yield (tuple 1 2)) (= x (yield y)) (yield-from z)])"
    );
    assert_eq!(ex("await x"), "(await x)");
    assert_eq!(ex("f((yield))"), "(call f (yield _))");
}

#[test]
fn numbers() {
    assert_eq!(
        ex("0x_FF, 0o17, 0b1010, 1_000, 0, 00"),
        "(tuple 255 15 10 1000 0 0)"
    );
    assert_eq!(ex("99999999999999999999"), "99999999999999999999");
    assert_eq!(ex("9223372036854775807"), "9223372036854775807");
    assert_eq!(ex("9223372036854775808"), "9223372036854775808");
    assert_eq!(ex("0xFFFFFFFFFFFFFFFFFF"), "4722366482869645213695");
    assert_eq!(
        ex("1., .5, 1e10, 1_000.5e-3, 1.e2"),
        "(tuple 1.0 0.5 10000000000.0 1.0005 100.0)"
    );
    assert_eq!(
        errs("x = 012\n"),
        vec![
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
        ]
    );
    assert_eq!(
        errs("x = 1j\n"),
        vec!["Coro does not support complex numbers"]
    );
    assert_eq!(errs("x = 1abc\n"), vec!["invalid decimal literal"]);
    assert_eq!(errs("x = 0x\n"), vec!["invalid hexadecimal literal"]);
}

#[test]
fn strings() {
    assert_eq!(ex(r#"'a' "b" '''c''' """d""""#), r#""abcd""#);
    assert_eq!(
        ex(r#""\n\t\\\'\"\r\0\a\b\f\v""#),
        r#""\n\t\\'\"\r\0\u{7}\u{8}\u{c}\u{b}""#
    );
    assert_eq!(ex(r#""\101\x41\u0041\U00000041""#), r#""AAAA""#);
    assert_eq!(ex(r#""\q\d""#), r#""\\q\\d""#);
    assert_eq!(ex(r#"r"\n\"" R'\d'"#), r#""\\n\\\"\\d""#);
    assert_eq!(ex("'a\\\nb'"), r#""ab""#);
    assert_eq!(ex("(\"a\"\n  'b')"), r#""ab""#);
    assert_eq!(ex(r#"b'a\x00' rb"\d" Br'x'"#), r#"b"a\0\\dx""#);
    assert_eq!(ex(r#"u"é""#), r#""é""#);
    assert_eq!(ex("'''a\r\nb'''"), r#""a\nb""#);
    assert_eq!(
        errs("x = b'a' 'b'\n"),
        vec!["cannot mix bytes and nonbytes literals"]
    );
    assert_eq!(
        errs("x = b'é'\n"),
        vec!["bytes can only contain ASCII literal characters"]
    );
    assert_eq!(
        errs("x = 'abc\ny = 1\n"),
        vec!["unterminated string literal (detected at line 1)"]
    );
    assert_eq!(
        errs("x = '''abc\ny = 1\n"),
        vec!["unterminated triple-quoted string literal (detected at line 3)"]
    );
    assert_eq!(errs(r#"x = "\N{DASH}""#).len(), 1);
}

#[test]
fn fstrings() {
    assert_eq!(ex(r#"f"a{x}b""#), r#"(f "a" {x} "b")"#);
    assert_eq!(ex(r#"f"{x=}""#), r#"(f {x ="x=" !r})"#);
    assert_eq!(ex(r#"f"{x = }""#), r#"(f {x ="x = " !r})"#);
    assert_eq!(ex(r#"f"{x=:>5}""#), r#"(f {x ="x=" :(f ">5")})"#);
    assert_eq!(ex(r#"f"{x=!s}""#), r#"(f {x ="x=" !s})"#);
    assert_eq!(ex(r#"f"{x!r}{y!a:^3}""#), r#"(f {x !r} {y !a :(f "^3")})"#);
    assert_eq!(ex(r#"f"{{x}} {{""#), r#"(f "{x} {")"#);
    assert_eq!(ex(r#"f"{x:{w}.{p}f}""#), r#"(f {x :(f {w} "." {p} "f")})"#);
    assert_eq!(ex(r#"f"{d['k']}" 'z'"#), r#"(f {([] d "k")} "z")"#);
    assert_eq!(
        ex(r#"f"{(lambda y: y)(1)}""#),
        r#"(f {(call (lambda [y] y) 1)})"#
    );
    assert_eq!(
        ex(r#"f"{ {'a': 1}['a'] }""#),
        r#"(f {([] (dict "a":1) "a")})"#
    );
    assert_eq!(
        ex(r#"f"{a == b}{a != b}{a >= b}""#),
        r#"(f {(cmp a Eq b)} {(cmp a NotEq b)} {(cmp a GtE b)})"#
    );
    assert_eq!(ex(r#"f'{f"{x}"}'"#), r#"(f {(f {x})})"#);
    assert_eq!(ex("f'''{\nx\n}'''"), r#"(f {x})"#);
    assert_eq!(ex(r#"f"\n{x}\t""#), r#"(f "\n" {x} "\t")"#);
    assert_eq!(ex(r#"rf"\n{x}""#), r#"(f "\\n" {x})"#);
    assert_eq!(
        errs(r#"f"{}""#),
        vec!["f-string: empty expression not allowed"]
    );
    assert_eq!(errs(r#"f"}""#), vec!["f-string: single '}' is not allowed"]);
    assert_eq!(errs(r#"f"{x""#), vec!["f-string: expecting '}'"]);
    assert_eq!(
        errs(r#"f"{a\n}""#),
        vec!["f-string expression part cannot include a backslash"]
    );
    assert_eq!(
        errs(r#"f"{x!z}""#),
        vec!["f-string: invalid conversion character: expected 's', 'r', or 'a'"]
    );
}

#[test]
fn fstring_spans_are_absolute() {
    let src = "s = f\"ab{x + yy}\"\n";
    let (m, _) = parse(src);
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::FString(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Field(f) = &parts[1] else {
        panic!()
    };
    assert_eq!(&src[f.expr.span.range()], "x + yy");
    let (_, d) = parse("s = f\"ab{x +}\"\n");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].span.start, 12);
}

#[test]
fn spans() {
    let src = "x = foo(1) + 2\n";
    let (m, _) = parse(src);
    let StmtKind::Assign { targets, value } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(&src[targets[0].span.range()], "x");
    assert_eq!(&src[value.span.range()], "foo(1) + 2");
    let ExprKind::Binary(l, _, _) = &value.kind else {
        panic!()
    };
    assert_eq!(&src[l.span.range()], "foo(1)");
    assert_eq!(&src[m.body[0].span.range()], "x = foo(1) + 2");
    let src = "if a < b < c:\n    pass\n";
    let (m, _) = parse(src);
    let StmtKind::If { test, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(&src[test.span.range()], "a < b < c");
}

#[test]
fn simple_statements() {
    assert_eq!(ok("a = b = c\n"), "(= a b c)");
    assert_eq!(ok("a, *b = [c, d] = x\n"), "(= (tuple a *b) [c d] x)");
    assert_eq!(
        ok("x.y[0] += 1; z -= 2;\n"),
        "(+= ([] (. x y) 0) 1) (-= z 2)"
    );
    let ops = [
        "+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>",
    ];
    for op in ops {
        assert_eq!(ok(&format!("a {op}= b\n")), format!("({op}= a b)"));
    }
    assert_eq!(
        ok("x: int\ny: list[int] = []\n"),
        "(: x int _) (: y ([] list int) [])"
    );
    assert_eq!(
        ok("return\nreturn 1, 2\n"),
        "(return _) (return (tuple 1 2))"
    );
    assert_eq!(
        ok("raise\nraise E\nraise E from e\n"),
        "(raise _ _) (raise E _) (raise E e)"
    );
    assert_eq!(ok("global a, b\nnonlocal c\n"), "(global a b) (nonlocal c)");
    assert_eq!(
        ok("assert x\nassert x, 'm'\n"),
        "(assert x _) (assert x \"m\")"
    );
    assert_eq!(ok("del a, b[0], c.d\n"), "(del a ([] b 0) (. c d))");
    assert_eq!(ok("import a.b as c, d\n"), "(import a.b as c, d)");
    assert_eq!(ok("from x.y import a as b, c\n"), "(from x.y a as b, c)");
    assert_eq!(ok("from . import (a,\n b,)\n"), "(from . a, b)");
    assert_eq!(ok("from ...pkg import m\n"), "(from ...pkg m)");
    assert_eq!(ok("pass; break; continue\n"), "pass break continue");
    assert_eq!(
        ok("match = 1\ntype = 2\nprint(match, type)\n_ = 3\n"),
        "(= match 1) (= type 2) (call print match type) (= _ 3)"
    );
}

#[test]
fn compound_statements() {
    assert_eq!(
        ok("if a:\n    x\nelif b:\n    y\nelif c:\n    z\nelse:\n    w\n"),
        "(if a [x] [(if b [y] [(if c [z] [w])])])"
    );
    assert_eq!(ok("if x: y = 1; z = 2\n"), "(if x [(= y 1) (= z 2)] [])");
    assert_eq!(
        ok("while x:\n    break\nelse:\n    pass\n"),
        "(while x [break] [pass])"
    );
    assert_eq!(
        ok("for a, b in x, y:\n    pass\nelse: pass\n"),
        "(for (tuple a b) (tuple x y) [pass] [pass])"
    );
    assert_eq!(
        ok("async def f():\n    async for x in y: pass\n    async with a as b, c: pass\n"),
        "(async def f [] [(async for x y [pass] []) (async with (a b) (c _) [pass])])"
    );
    assert_eq!(
        ok("with (a as b, c as d,):\n    pass\n"),
        "(with (a b) (c d) [pass])"
    );
    assert_eq!(
        ok("with (a, b) as c: pass\n"),
        "(with ((tuple a b) c) [pass])"
    );
    assert_eq!(
        ok("def f(a, b: int = 1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n"),
        "(def f [a b:int=1 / c=2 *args d e=3 **kw] -> int [(return a)])"
    );
    assert_eq!(
        ok("@dec\n@a.b(1)\ndef f(): pass\n"),
        "(@dec @(call (. a b) 1) def f [] [pass])"
    );
    assert_eq!(
        ok("@dataclass\nclass C(B, metaclass=M):\n    x: int\n"),
        "(@dataclass class (call C B metaclass=M) [(: x int _)])"
    );
    assert_eq!(ok("class C: pass\n"), "(class (call C) [pass])");
    assert_eq!(
        ok(
            "try:\n    a\nexcept (E, F) as e:\n    b\nexcept G:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n"
        ),
        "(try [a] (except (tuple E F) e [b]) (except G _ [c]) (except _ _ [d]) [e] [f])"
    );
    assert_eq!(ok("try:\n    a\nfinally:\n    f\n"), "(try [a]  [] [f])");
    assert_eq!(ok("def f(*, a): pass\n"), "(def f [* a] [pass])");
    assert_eq!(
        ok("if x:\n    if y:\n        pass\n\n# c\n    z\n"),
        "(if x [(if y [pass] []) z] [])"
    );
}

#[test]
fn invalid_targets() {
    assert_eq!(
        errs("f() = 1\n"),
        vec!["cannot assign to function call here. Maybe you meant '==' instead of '='?"]
    );
    assert_eq!(
        errs("1 = x\n"),
        vec!["cannot assign to literal here. Maybe you meant '==' instead of '='?"]
    );
    assert_eq!(
        errs("a + b += 1\n"),
        vec!["'expression' is an illegal expression for augmented assignment"]
    );
    assert_eq!(
        errs("f() += 1\n"),
        vec!["'function call' is an illegal expression for augmented assignment"]
    );
    assert_eq!(errs("del f()\n"), vec!["cannot delete function call"]);
    assert_eq!(
        errs("for f() in x: pass\n"),
        vec!["cannot assign to function call"]
    );
    assert_eq!(errs("a, f() = x\n"), vec!["cannot assign to function call"]);
    assert_eq!(errs("None = 1\n"), vec!["cannot assign to None"]);
    assert_eq!(
        errs("*a = x\n"),
        vec!["starred assignment target must be in a list or tuple"]
    );
    assert_eq!(
        errs("a, b: int\n"),
        vec!["only single target (not tuple) can be annotated"]
    );
}

#[test]
fn match_statements() {
    assert_eq!(
        ok("match x:\n    case 1 | -2 | 'a' | None:\n        pass\n"),
        "(match x (case (| (== 1) (== -2) (== \"a\") (is None)) _ [pass]))"
    );
    assert_eq!(
        ok("match x, y:\n    case a, *_, [b, *c]:\n        pass\n    case _ if a:\n        pass\n"),
        "(match (tuple x y) (case [a *_ [b *c]] _ [pass]) (case _ a [pass]))"
    );
    assert_eq!(
        ok("match p:\n    case P(0, y=(1 as z)) | C.D(): pass\n"),
        "(match p (case (| (P (== 0) y=(as (== 1) z)) ((. C D) )) _ [pass]))"
    );
    assert_eq!(
        ok("match m:\n    case {'k': v, K.k: (w), **rest}: pass\n"),
        "(match m (case {\"k\": v, (. K k): w, **rest} _ [pass]))"
    );
    assert_eq!(ok("match(x)\nmatch [1]\n"), "(call match x) ([] match 1)");
    assert_eq!(
        errs("match x:\n    case P(a=1, 2): pass\n"),
        vec!["positional patterns follow keyword patterns"]
    );
    assert_eq!(
        errs("match x:\n    case 1 + 2: pass\n"),
        vec!["imaginary number required in complex literal"]
    );
    assert_eq!(
        errs("match x:\n    case f'{x}': pass\n"),
        vec!["patterns may only match literals and attribute lookups"]
    );
    assert_eq!(
        errs("match x:\n    case y as _: pass\n"),
        vec!["cannot use '_' as a target"]
    );
    assert_eq!(
        errs("match x:\n    case 1 +: pass\n    case -y: pass\n"),
        vec!["invalid syntax", "invalid syntax"]
    );
    assert_eq!(
        errs("match x:\ny = 1\n"),
        vec!["expected an indented block after 'match' statement on line 1"]
    );
}

#[test]
fn unsupported_features() {
    assert_eq!(
        errs("try:\n    pass\nexcept* E:\n    pass\n"),
        vec!["Coro does not support `except*`"]
    );
    assert_eq!(errs("from x import *\n"), Vec::<String>::new());
    assert_eq!(
        errs("print 'hi'\n"),
        vec!["Missing parentheses in call to 'print'. Did you mean print(...)?"]
    );
    assert_eq!(
        errs("type X = int\n"),
        vec!["Coro does not support `type` statements"]
    );
    assert_eq!(
        errs("x = 1 + 2j\n"),
        vec!["Coro does not support complex numbers"]
    );
}

#[test]
fn error_messages() {
    assert_eq!(errs("if x\n    pass\n"), vec!["expected ':'"]);
    assert_eq!(errs("x = (1,\ny = 2\n"), vec!["'(' was never closed"]);
    // Errors after a bracket that is never closed are still found.
    assert_eq!(
        errs("def f():\n    x = [1,\n    return x\nprint(f()\ndef g():\n    return = 1\n"),
        vec![
            "'[' was never closed",
            "'(' was never closed",
            "invalid syntax"
        ]
    );
    assert_eq!(errs("x = 1)\n"), vec!["unmatched ')'"]);
    assert_eq!(errs("x = = 1\n"), vec!["invalid syntax"]);
    assert_eq!(errs("  x = 1\n"), vec!["unexpected indent"]);
    assert_eq!(errs("x = 1\n    y = 2\n"), vec!["unexpected indent"]);
    assert_eq!(
        errs("if x:\npass\n"),
        vec!["expected an indented block after 'if' statement on line 1"]
    );
    assert_eq!(
        errs("x = 1\n\ndef f():\n\nx = 2\n"),
        vec!["expected an indented block after function definition on line 3"]
    );
    assert_eq!(
        errs("for x in y:\n"),
        vec!["expected an indented block after 'for' statement on line 1"]
    );
    assert_eq!(
        errs("def f(a=1, b): pass\n"),
        vec!["non-default argument follows default argument"]
    );
    assert_eq!(
        errs("f(a=1, b)\n"),
        vec!["positional argument follows keyword argument"]
    );
    assert_eq!(
        errs("f(x for x in y, 1)\n"),
        vec!["Generator expression must be parenthesized"]
    );
    assert_eq!(
        errs("try:\n    pass\nx = 1\n"),
        vec!["expected 'except' or 'finally' block"]
    );
    assert_eq!(errs("x = $\n"), vec!["invalid syntax"]);
    assert_eq!(errs("x = €\n"), vec!["invalid character '€' (U+20AC)"]);
    let d = parse("if x:\n  a\n b\n").1;
    assert_eq!(
        d[0].kind,
        crate::diagnostics::DiagnosticKind::IndentationError
    );
    assert_eq!(
        d[0].message,
        "unindent does not match any outer indentation level"
    );
}

#[test]
fn several_errors_in_one_file() {
    let src = "x = = 1\ny = 2\ndef f(x y):\n    pass\nz = (1 2)\nclass C:\n    w = ]\nok = 1\n";
    let (m, d) = parse(src);
    let lines: Vec<usize> = d
        .iter()
        .map(|d| crate::span::line_of(src, d.span.start as usize).0)
        .collect();
    assert_eq!(lines, vec![1, 3, 5, 7], "{d:#?} {:#?}", m.body);
    assert!(matches!(
        m.body.last().map(|s| &s.kind),
        Some(StmtKind::Assign { .. })
    ));
}

#[test]
fn deep_nesting_does_not_overflow() {
    let n = 10_000;
    for (open, close) in [
        ("(", ")"),
        ("[", "]"),
        ("-", ""),
        ("not ", ""),
        ("{", "}"),
        ("a[", "]"),
    ] {
        let src = format!("x = {}1{}\n", open.repeat(n), close.repeat(n));
        let (_, d) = parse(&src);
        assert!(d.is_empty(), "{open}: {:?}", d.first());
    }
    let (_, d) = parse(&"(".repeat(n));
    assert_eq!(d.len(), 1);
}

/// A deterministic xorshift generator (no extra crate).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn fuzz_never_panics() {
    let corpus = [
        "def f(a, *b, c=1, **d) -> int:\n    return [x for x in a if x]\n",
        "async def main():\n    async with a as b:\n        await f(x)\n",
        "x = f\"{a!r:>{w}} {b=} {{}}\" 'y' b'z'\n",
        "class C(B):\n    @property\n    def p(self): return self._p\n",
        "try:\n    x = {1: 2, **d}\nexcept (E, F) as e:\n    raise G from e\nfinally:\n    pass\n",
        "for i in range(10):\n\tif i % 2 == 0 and not i in s: continue\n\telse: break\n",
        "lambda x, /, y=2: x if y else -x ** 2\n",
        "a[1:2, ::3] = b, *c = 0x_ff, 1_0.5e-3, '''t\nq'''\n",
        "from .. import (a as b,\n c)\nimport x.y as z\nglobal q; del q\n",
    ];
    let alphabet: Vec<char> = "()[]{}:;,.=+-*/%@&|^~<>!\\'\"#\n\r\t \0fbrx0123456789_aé€{}:=!"
        .chars()
        .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..3000 {
        let src: String = if round % 10 == 0 {
            // Arbitrary bytes, made into text the way a file reader would.
            let bytes: Vec<u8> = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            let mut chars: Vec<char> = corpus[rng.below(corpus.len())].chars().collect();
            for _ in 0..1 + rng.below(6) {
                let at = rng.below(chars.len() + 1);
                match rng.below(3) {
                    0 => chars.insert(at, alphabet[rng.below(alphabet.len())]),
                    1 if at < chars.len() => {
                        chars.remove(at);
                    }
                    _ if at < chars.len() => chars[at] = alphabet[rng.below(alphabet.len())],
                    _ => {}
                }
            }
            chars.into_iter().collect()
        };
        let (_, diags) = parse(&src);
        for d in &diags {
            assert!(
                d.span.start <= d.span.end && d.span.end as usize <= src.len(),
                "bad span for {src:?}: {d:?}"
            );
        }
    }
}

#[test]
fn odd_inputs() {
    for src in [
        "", "\r", "\n\n", "\0", "\\", "x\\", "'", "'''", "f'{", "f'{x", "(", ")", "\t x", "if",
        "def", "@", "é = 1\n",
    ] {
        let _ = parse(src);
    }
    assert!(parse("é = 1\n").1.is_empty());
    assert!(parse("x = 1").1.is_empty());
}

/// A 50k-line file; run with `cargo test --release --lib parse_speed -- --ignored --nocapture`.
#[test]
#[ignore]
fn parse_speed() {
    let chunk = "def f(a, b=1, *c, **d):\n    x = [i * 2 for i in range(a) if i % 3]\n    if x and not b:\n        return f\"{a!r} {b:>4}\" + 'z'\n    for k, v in d.items():\n        x.append((k, v ** 2 - -1))\n    return x[1:2, ::3]\n\n\nclass C(B):\n    async def m(self):\n        await asyncio.sleep(0.1)\n";
    let src = chunk.repeat(50_000 / chunk.lines().count());
    let t = std::time::Instant::now();
    let (m, d) = parse(&src);
    let el = t.elapsed();
    assert!(d.is_empty());
    eprintln!(
        "{} lines, {} statements: {el:?}",
        src.lines().count(),
        m.body.len()
    );
}
