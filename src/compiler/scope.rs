//! Scope analysis: decides, before code generation, where every name lives.
//!
//! A function's names are locals (slots), cells (locals captured by an inner
//! function), free variables (cells captured from an enclosing function) or
//! globals. Comprehensions and lambdas are functions too. The module's names
//! are all globals.

use crate::diagnostics::Diagnostic;
use crate::span::Span;
use crate::syntax::ast::*;
use indexmap::{IndexMap, IndexSet};
use std::collections::HashMap;

/// Where a name is read and written from inside one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameLoc {
    /// A plain local slot.
    Fast(u32),
    /// A slot holding a cell (own or captured).
    Deref(u32),
    Global,
    /// In a class body: the class namespace, then the globals.
    Name,
}

/// The resolved names of one function-like scope.
#[derive(Debug, Default)]
pub struct Scope {
    pub is_module: bool,
    /// A class body: its own names live in the class namespace.
    pub is_class: bool,
    /// The names a class body binds.
    pub class_names: IndexSet<String>,
    /// The first parameter of a function (`self` in a method).
    pub first_param: Option<String>,
    /// Every slot name: parameters first, then other locals, then free variables.
    pub slots: IndexSet<String>,
    /// Slots that are cells this scope owns (captured by inner scopes).
    pub cells: IndexSet<String>,
    /// Free variables, captured from the enclosing scope, in closure order.
    pub free: IndexSet<String>,
    pub globals: IndexSet<String>,
    /// Whether `await` appears directly in this scope (for comprehensions).
    pub has_await: bool,
    /// Whether `yield` appears directly in this scope: a `def` that makes generators.
    pub has_yield: bool,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> NameLoc {
        if self.is_module || self.globals.contains(name) {
            return NameLoc::Global;
        }
        if self.is_class {
            return match self.slots.get_index_of(name) {
                Some(i)
                    if !self.class_names.contains(name)
                        && (self.cells.contains(name) || self.free.contains(name)) =>
                {
                    NameLoc::Deref(i as u32)
                }
                _ => NameLoc::Name,
            };
        }
        match self.slots.get_index_of(name) {
            Some(i) if self.cells.contains(name) || self.free.contains(name) => {
                NameLoc::Deref(i as u32)
            }
            Some(i) => NameLoc::Fast(i as u32),
            None => NameLoc::Global,
        }
    }
}

/// Raw facts about one scope, gathered in the first pass.
#[derive(Default)]
struct Facts {
    parent: Option<usize>,
    is_module: bool,
    is_class: bool,
    params: Vec<String>,
    assigned: IndexSet<String>,
    used: IndexSet<String>,
    globals: IndexMap<String, Span>,
    nonlocals: IndexMap<String, Span>,
    has_await: bool,
    has_yield: bool,
    /// A comprehension's implicit function: `:=` inside binds in the scope around it.
    is_comprehension: bool,
    /// The names a comprehension's `for` clauses bind, which `:=` may not rebind.
    iter_vars: IndexSet<String>,
}

/// The scopes of a module, keyed by the span of the node that opens each one
/// (the module itself is `Span::default()`).
pub struct Scopes {
    pub by_node: HashMap<Span, Scope>,
}

pub fn analyze(module: &Module) -> Result<Scopes, Vec<Diagnostic>> {
    let mut a = Analyzer {
        facts: Vec::new(),
        spans: Vec::new(),
        errors: Vec::new(),
        depth: 0,
        too_deep: false,
        current: 0,
        comp_iter: 0,
        eval_annotations: !super::future::Futures::scan(&module.body, &mut Vec::new()).annotations,
    };
    a.open(None, Span::default(), true, Vec::new());
    a.current = 0;
    a.stmts(&module.body);
    if !a.errors.is_empty() {
        return Err(a.errors);
    }
    a.resolve()
}

struct Analyzer {
    facts: Vec<Facts>,
    spans: Vec<Span>,
    errors: Vec<Diagnostic>,
    current: usize,
    /// How deeply the expression being walked is nested.
    depth: usize,
    /// Whether the outermost expression being walked was reported too deep.
    too_deep: bool,
    /// How many comprehension iterables the expression being walked is inside.
    comp_iter: usize,
    /// Whether annotations are evaluated (no `from __future__ import annotations`).
    eval_annotations: bool,
}

/// Expressions nested deeper than this are refused: the compiler's passes
/// recurse on the Rust stack, and no real program comes near it.
const MAX_NESTING: usize = 3000;

impl Analyzer {
    fn open(
        &mut self,
        parent: Option<usize>,
        span: Span,
        is_module: bool,
        params: Vec<String>,
    ) -> usize {
        let mut f = Facts {
            parent,
            is_module,
            ..Default::default()
        };
        for p in &params {
            f.assigned.insert(p.clone());
        }
        f.params = params;
        self.facts.push(f);
        self.spans.push(span);
        self.facts.len() - 1
    }

    fn assign(&mut self, name: &str) {
        self.facts[self.current].assigned.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str) {
        self.facts[self.current].used.insert(name.to_string());
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                value,
                annotation,
            } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.target(target);
                // A function never evaluates its variable annotations, but as in
                // CPython a `yield` or `:=` in one still shapes its scope.
                if self.eval_annotations {
                    self.expr(annotation);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.params_defaults(&f.params);
                self.params_annotations(&f.params, f.returns.as_ref());
                self.assign(&f.name.name);
                let saved = self.current;
                self.current = self.open(Some(saved), s.span, false, param_names(&f.params));
                self.stmts(&f.body);
                // Zero-argument `super()` in a method reads the class from a cell.
                if self.facts[saved].is_class && self.facts[self.current].used.contains("super") {
                    self.use_name("__class__");
                }
                self.current = saved;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for b in &c.bases {
                    self.arg(b);
                }
                self.assign(&c.name.name);
                let saved = self.current;
                self.current = self.open(Some(saved), s.span, false, vec![CLASS_NAMESPACE.into()]);
                self.facts[self.current].is_class = true;
                self.stmts(&c.body);
                self.current = saved;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause) {
                    self.expr(e);
                }
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(n) = &h.name {
                        self.assign(&n.name);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    self.expr(&i.context);
                    if let Some(t) = &i.target {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(n, true);
                }
            }
            StmtKind::Nonlocal(names) => {
                for n in names {
                    self.declare(n, false);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.name.clone(),
                        None => a.name.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.assign(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names.iter().filter(|a| a.name.name != "*") {
                    self.assign(&a.asname.as_ref().unwrap_or(&a.name).name);
                }
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    if let Some(g) = &c.guard {
                        self.expr(g);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue | StmtKind::Error => {}
        }
    }

    /// A pattern binds its captures and reads its values and classes.
    fn pattern(&mut self, p: &Pattern) {
        // Nesting is bounded as for expressions, so that the compiler's
        // recursion over patterns is too.
        if self.depth >= MAX_NESTING {
            if !self.too_deep {
                self.too_deep = true;
                self.errors.push(Diagnostic::syntax(
                    p.span,
                    "too many nested patterns",
                    format!("nested more than {MAX_NESTING} levels deep"),
                ));
            }
            return;
        }
        self.depth += 1;
        self.pattern_inner(p);
        self.depth -= 1;
        if self.depth == 0 {
            self.too_deep = false;
        }
    }

    fn pattern_inner(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Value(x) | PatternKind::Singleton(x) => self.expr(x),
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                for i in items {
                    self.pattern(i);
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for k in keys {
                    self.expr(k);
                }
                for i in patterns {
                    self.pattern(i);
                }
                if let Some(n) = rest {
                    self.assign(&n.name);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for i in patterns.iter().chain(kwd_patterns) {
                    self.pattern(i);
                }
            }
            PatternKind::Star(name) => {
                if let Some(n) = name {
                    self.assign(&n.name);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(i) = pattern {
                    self.pattern(i);
                }
                if let Some(n) = name {
                    self.assign(&n.name);
                }
            }
        }
    }

    fn declare(&mut self, n: &Ident, global: bool) {
        let f = &mut self.facts[self.current];
        if f.is_module && !global {
            self.errors.push(Diagnostic::syntax(
                n.span,
                "nonlocal declaration not allowed at module level",
                "nonlocal at module level",
            ));
            return;
        }
        let (used, assigned) = (f.used.contains(&n.name), f.assigned.contains(&n.name));
        let kind = if global { "global" } else { "nonlocal" };
        if f.params.contains(&n.name) {
            self.errors.push(Diagnostic::syntax(
                n.span,
                format!("name '{}' is parameter and {kind}", n.name),
                "declared here",
            ));
        } else if used || assigned {
            let how = if assigned { "assigned to" } else { "used" };
            self.errors.push(Diagnostic::syntax(
                n.span,
                format!("name '{}' is {how} before {kind} declaration", n.name),
                "declared here",
            ));
        } else if global {
            f.globals.insert(n.name.clone(), n.span);
        } else {
            f.nonlocals.insert(n.name.clone(), n.span);
        }
    }

    fn params_defaults(&mut self, p: &Params) {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
        }
    }

    /// Parameter and return annotations, evaluated where the `def` runs.
    fn params_annotations(&mut self, p: &Params, returns: Option<&Expr>) {
        if !self.eval_annotations {
            return;
        }
        let all = p.posonly.iter().chain(&p.args).chain(&p.vararg);
        for param in all.chain(&p.kwonly).chain(&p.kwarg) {
            if let Some(a) = &param.annotation {
                self.expr(a);
            }
        }
        if let Some(r) = returns {
            self.expr(r);
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.assign(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Positional(e) | Arg::Starred(e) | Arg::Keyword(_, e) | Arg::DoubleStarred(e) => {
                self.expr(e)
            }
        }
    }

    fn comprehension(&mut self, span: Span, gens: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.comp_iterable(&first.iter);
        }
        let saved = self.current;
        self.current = self.open(Some(saved), span, false, vec![".0".to_string()]);
        let f = &mut self.facts[self.current];
        f.is_comprehension = true;
        for g in gens {
            bound_names(&g.target, &mut f.iter_vars);
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.comp_iterable(&g.iter);
            }
            self.target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
            if g.is_async {
                self.facts[self.current].has_await = true;
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.current = saved;
    }

    fn comp_iterable(&mut self, e: &Expr) {
        self.comp_iter += 1;
        self.expr(e);
        self.comp_iter -= 1;
    }

    /// `target := value`: binds in the innermost scope that is not a
    /// comprehension (PEP 572), which the comprehensions in between reach
    /// as a free variable, or as a global when that scope is the module.
    fn walrus(&mut self, target: &Ident, whole: Span) {
        let name = &target.name;
        if self.comp_iter > 0 {
            return self.errors.push(Diagnostic::syntax(
                whole,
                "assignment expression cannot be used in a comprehension iterable expression",
                "assignment expression",
            ));
        }
        let mut owner = self.current;
        let mut comps = Vec::new();
        while self.facts[owner].is_comprehension {
            if self.facts[owner].iter_vars.contains(name) {
                return self.errors.push(Diagnostic::syntax(
                    target.span,
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    "iteration variable",
                ));
            }
            comps.push(owner);
            let Some(parent) = self.facts[owner].parent else {
                break;
            };
            owner = parent;
        }
        if !comps.is_empty() && self.facts[owner].is_class {
            return self.errors.push(Diagnostic::syntax(
                target.span,
                "assignment expression within a comprehension cannot be used in a class body",
                "assignment expression",
            ));
        }
        let f = &mut self.facts[owner];
        let global = f.is_module || f.globals.contains_key(name);
        f.assigned.insert(name.clone());
        for c in comps {
            let f = &mut self.facts[c];
            if global {
                f.globals.insert(name.clone(), target.span);
            } else {
                f.nonlocals.insert(name.clone(), target.span);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        if self.depth >= MAX_NESTING {
            // Reported once per outermost expression, at the first part
            // that is too deep (not once for each of its thousands of
            // siblings, each echoing the whole line).
            if !self.too_deep {
                self.too_deep = true;
                self.errors.push(Diagnostic::syntax(
                    e.span,
                    "too many nested expressions",
                    format!("nested more than {MAX_NESTING} levels deep"),
                ));
            }
            return;
        }
        self.depth += 1;
        self.expr_inner(e);
        self.depth -= 1;
        if self.depth == 0 {
            self.too_deep = false;
        }
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(items) => {
                for item in items {
                    match item {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        DictItem::Splat(m) => self.expr(m),
                    }
                }
            }
            ExprKind::ListComp(elt, gens)
            | ExprKind::SetComp(elt, gens)
            | ExprKind::GeneratorExp(elt, gens) => self.comprehension(e.span, gens, &[elt]),
            ExprKind::DictComp(k, v, gens) => self.comprehension(e.span, gens, &[k, v]),
            ExprKind::Attribute(obj, _) => self.expr(obj),
            ExprKind::Subscript(obj, key) => {
                self.expr(obj);
                self.expr(key);
            }
            ExprKind::Slice(a, b, c) => {
                for part in [a, b, c].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                for a in args {
                    self.arg(a);
                }
            }
            ExprKind::Unary(_, x) | ExprKind::Starred(x) => self.expr(x),
            ExprKind::YieldFrom(x) => {
                self.facts[self.current].has_yield = true;
                self.expr(x)
            }
            ExprKind::Await(x) => {
                self.facts[self.current].has_await = true;
                self.expr(x)
            }
            ExprKind::Binary(a, _, b) | ExprKind::BoolOp(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Compare(first, rest) => {
                self.expr(first);
                for (_, x) in rest {
                    self.expr(x);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda(params, body) => {
                self.params_defaults(params);
                let saved = self.current;
                self.current = self.open(Some(saved), e.span, false, param_names(params));
                self.expr(body);
                self.current = saved;
            }
            ExprKind::Yield(x) => {
                self.facts[self.current].has_yield = true;
                if let Some(x) = x {
                    self.expr(x);
                }
            }
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::NamedExpr(target, value) => {
                self.expr(value);
                self.walrus(target, e.span);
            }
            ExprKind::None
            | ExprKind::True
            | ExprKind::False
            | ExprKind::Ellipsis
            | ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::Error => {}
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field(f) = p {
                self.expr(&f.expr);
                if let Some(spec) = &f.spec {
                    self.fstring(spec);
                }
            }
        }
    }

    /// Second pass: decide locals, cells and free variables.
    fn resolve(mut self) -> Result<Scopes, Vec<Diagnostic>> {
        let n = self.facts.len();
        let mut scopes: Vec<Scope> = (0..n)
            .map(|i| {
                let f = &self.facts[i];
                let mut s = Scope {
                    is_module: f.is_module,
                    is_class: f.is_class,
                    first_param: f.params.first().cloned(),
                    has_await: f.has_await,
                    has_yield: f.has_yield,
                    ..Default::default()
                };
                if f.is_class {
                    for p in &f.params {
                        s.slots.insert(p.clone());
                    }
                    s.class_names = f
                        .assigned
                        .iter()
                        .filter(|a| !f.globals.contains_key(*a) && !f.nonlocals.contains_key(*a))
                        .cloned()
                        .collect();
                    s.globals = f.globals.keys().cloned().collect();
                } else if !f.is_module {
                    for p in &f.params {
                        s.slots.insert(p.clone());
                    }
                    for a in &f.assigned {
                        if !f.globals.contains_key(a) && !f.nonlocals.contains_key(a) {
                            s.slots.insert(a.clone());
                        }
                    }
                    s.globals = f.globals.keys().cloned().collect();
                }
                s
            })
            .collect();
        // A name used or declared nonlocal in a scope, and bound in an enclosing
        // function scope, is free here and in every scope in between.
        for i in 0..n {
            if self.facts[i].is_module {
                continue;
            }
            let wanted: Vec<(String, Option<Span>)> = self.facts[i]
                .used
                .iter()
                .filter(|u| {
                    !scopes[i].slots.contains(*u)
                        && !scopes[i].globals.contains(*u)
                        && !scopes[i].class_names.contains(*u)
                })
                .map(|u| (u.clone(), self.facts[i].nonlocals.get(u).copied()))
                .chain(
                    self.facts[i]
                        .nonlocals
                        .iter()
                        .map(|(k, v)| (k.clone(), Some(*v))),
                )
                .collect();
            for (name, nonlocal_span) in wanted {
                let mut chain = vec![i];
                let mut owner = None;
                let mut p = self.facts[i].parent;
                while let Some(j) = p {
                    if self.facts[j].is_module {
                        break;
                    }
                    // A class body's names are not visible to its methods;
                    // it only owns the `__class__` cell that `super()` reads.
                    if self.facts[j].is_class {
                        if name == "__class__" {
                            scopes[j].slots.insert(name.clone());
                            owner = Some(j);
                            break;
                        }
                        chain.push(j);
                        p = self.facts[j].parent;
                        continue;
                    }
                    if scopes[j].slots.contains(&name) && !scopes[j].free.contains(&name) {
                        owner = Some(j);
                        break;
                    }
                    if scopes[j].globals.contains(&name) {
                        break;
                    }
                    chain.push(j);
                    p = self.facts[j].parent;
                }
                match owner {
                    Some(j) => {
                        scopes[j].cells.insert(name.clone());
                        for &k in &chain {
                            scopes[k].free.insert(name.clone());
                        }
                    }
                    None => {
                        if let Some(span) = nonlocal_span {
                            self.errors.push(Diagnostic::syntax(
                                span,
                                format!("no binding for nonlocal '{name}' found"),
                                "nonlocal declared here",
                            ));
                        }
                    }
                }
            }
        }
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        // Free variables take slots after the locals.
        for s in &mut scopes {
            let free: Vec<String> = s.free.iter().cloned().collect();
            for f in free {
                s.slots.shift_remove(&f);
            }
            for f in s.free.clone() {
                s.slots.insert(f);
            }
        }
        let by_node = self.spans.into_iter().zip(scopes).collect();
        Ok(Scopes { by_node })
    }
}

/// The names a binding target (`a, (b, *c)`) assigns.
fn bound_names(t: &Expr, out: &mut IndexSet<String>) {
    match &t.kind {
        ExprKind::Name(n) => {
            out.insert(n.clone());
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                bound_names(i, out);
            }
        }
        ExprKind::Starred(inner) => bound_names(inner, out),
        _ => {}
    }
}

/// The hidden parameter of a class body: the namespace its names go to.
pub const CLASS_NAMESPACE: &str = ".namespace";

/// Parameter names in slot order: positional, keyword-only, `*args`, `**kwargs`.
pub fn param_names(p: &Params) -> Vec<String> {
    let mut names: Vec<String> = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(&p.kwonly)
        .map(|x| x.name.name.clone())
        .collect();
    if let Some(v) = &p.vararg {
        names.push(v.name.name.clone());
    }
    if let Some(k) = &p.kwarg {
        names.push(k.name.name.clone());
    }
    names
}
