//! `match` statements, compiled as CPython 3.11 compiles them.
//!
//! Each case's pattern works on a copy of the subject on top of the stack.
//! A capture does not store its name at once: its value is moved down the
//! stack, under whatever the pattern still works on, and all names are
//! stored together once the whole pattern has matched (so a failed case
//! binds nothing, as in CPython). A test that fails jumps to a label that
//! pops what that point of the pattern has pushed: `fail_pop[n]` collects
//! the jumps that must pop `n` values.

use super::code::{Const, Op};
use super::codegen::Compiler;
use super::unparse::unparse;
use crate::span::Span;
use crate::syntax::ast::*;
use crate::syntax::ast::{CmpOp, PatternKind as K};
use num_bigint::BigInt;

/// What compiling one case's pattern keeps track of.
#[derive(Default)]
struct Ctx {
    /// The names captured so far, in order; their values wait on the stack,
    /// the first nearest the top (under `on_top` values).
    stores: Vec<(String, Span)>,
    /// Whether an irrefutable pattern (a capture, `_`) may stand here.
    allow_irrefutable: bool,
    /// The jumps taken when a test fails, by how many values they must pop.
    fail_pop: Vec<Vec<usize>>,
    /// How many values above the captured ones the pattern still needs.
    on_top: usize,
}

/// A compile error has been reported; the rest of the `match` is skipped,
/// as CPython stops at its first.
struct Reported;

type Res = Result<(), Reported>;

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(p.kind, K::Star(None))
}

/// A mapping key as a constant, to find keys written twice.
#[derive(PartialEq)]
enum ConstKey {
    Int(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

impl ConstKey {
    fn of(e: &Expr) -> Option<ConstKey> {
        Some(match &e.kind {
            ExprKind::Int(n) => ConstKey::Int(BigInt::from(*n)),
            ExprKind::BigInt(n) => ConstKey::Int((**n).clone()),
            ExprKind::True => ConstKey::Int(BigInt::from(1)),
            ExprKind::False => ConstKey::Int(BigInt::from(0)),
            ExprKind::Float(f) => ConstKey::Float(*f),
            ExprKind::Str(s) => ConstKey::Str(s.clone()),
            ExprKind::Bytes(b) => ConstKey::Bytes(b.clone()),
            ExprKind::None => ConstKey::None,
            _ => return None,
        })
    }

    /// Python's `==` between two keys (1 == 1.0 == True).
    fn same(&self, other: &ConstKey) -> bool {
        match (self, other) {
            (ConstKey::Int(a), ConstKey::Float(f)) | (ConstKey::Float(f), ConstKey::Int(a)) => {
                f.is_finite()
                    && f.fract() == 0.0
                    && f.abs() < 1e38
                    && BigInt::from(*f as i128) == *a
            }
            _ => self == other,
        }
    }
}

impl Compiler<'_> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, subject: &Expr, cases: &[MatchCase], sp: Span) {
        self.expr(subject);
        let n = cases.len();
        if n == 0 {
            self.emit(Op::Pop, sp);
            return;
        }
        // A trailing `case _:` needs no copy of the subject.
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let looped = n - usize::from(has_default);
        let mut ends = Vec::new();
        for (i, m) in cases[..looped].iter().enumerate() {
            let psp = m.pattern.span;
            let last = i + 1 == looped;
            if !last {
                self.emit(Op::Dup, psp);
            }
            let mut pc = Ctx {
                allow_irrefutable: m.guard.is_some() || i + 1 == n,
                ..Ctx::default()
            };
            if self.pattern(&m.pattern, &mut pc).is_err() {
                return;
            }
            // Stored now, the captures are off the stack: a failing guard pops nothing.
            for (name, s) in std::mem::take(&mut pc.stores) {
                self.store_name(&name, s);
            }
            if let Some(g) = &m.guard {
                self.expr(g);
                self.jump_to_fail_pop(&mut pc, Op::PopJumpIfFalse(0), g.span);
            }
            if !last {
                self.emit(Op::Pop, psp);
            }
            self.stmts(&m.body);
            ends.push(self.emit(Op::Jump(0), psp));
            self.emit_fail_pop(&mut pc, psp);
        }
        if has_default {
            let m = &cases[n - 1];
            if let Some(g) = &m.guard {
                self.expr(g);
                ends.push(self.emit(Op::PopJumpIfFalse(0), g.span));
            }
            self.stmts(&m.body);
        }
        for e in ends {
            self.patch(e);
        }
    }

    fn pattern_error(&mut self, span: Span, msg: impl Into<String>, label: &str) -> Res {
        self.error(span, msg, label);
        Err(Reported)
    }

    /// Emits `jump`, recorded as one that pops everything the pattern has
    /// pushed so far when it is taken.
    fn jump_to_fail_pop(&mut self, pc: &mut Ctx, jump: Op, sp: Span) {
        let pops = pc.on_top + pc.stores.len();
        if pc.fail_pop.len() <= pops {
            pc.fail_pop.resize_with(pops + 1, Vec::new);
        }
        let at = self.emit(jump, sp);
        pc.fail_pop[pops].push(at);
    }

    /// The failure labels: each pops one value and falls into the next.
    fn emit_fail_pop(&mut self, pc: &mut Ctx, sp: Span) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (n, jumps) in labels.into_iter().enumerate().rev() {
            for j in jumps {
                self.patch(j);
            }
            if n > 0 {
                self.emit(Op::Pop, sp);
            }
        }
    }

    /// Moves the top value down under the `n - 1` below it.
    fn rotate(&mut self, n: usize, sp: Span) {
        match n {
            0 | 1 => {}
            2 => {
                self.emit(Op::Rot2, sp);
            }
            3 => {
                self.emit(Op::Rot3, sp);
            }
            _ => {
                self.emit(Op::Rotate(n as u32), sp);
            }
        }
    }

    /// Keeps the value on top for `name` (or drops it for `_`).
    fn capture(&mut self, name: Option<&Ident>, sp: Span, pc: &mut Ctx) -> Res {
        let Some(n) = name else {
            self.emit(Op::Pop, sp);
            return Ok(());
        };
        if n.name == "__debug__" {
            return self.pattern_error(n.span, "cannot assign to __debug__", "not assignable");
        }
        if pc.stores.iter().any(|(s, _)| *s == n.name) {
            let msg = format!("multiple assignments to name '{}' in pattern", n.name);
            return self.pattern_error(n.span, msg, "bound again");
        }
        self.rotate(pc.on_top + pc.stores.len() + 1, n.span);
        pc.stores.push((n.name.clone(), n.span));
        Ok(())
    }

    /// A sub-pattern of a sequence, mapping or class: irrefutable ones are fine there.
    fn subpattern(&mut self, p: &Pattern, pc: &mut Ctx) -> Res {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        r
    }

    /// Consumes the subject on top of the stack; on failure jumps to a
    /// `fail_pop` label.
    fn pattern(&mut self, p: &Pattern, pc: &mut Ctx) -> Res {
        let sp = p.span;
        match &p.kind {
            K::Value(x) => {
                self.expr(x);
                self.emit(Op::Compare(CmpOp::Eq), sp);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0), sp);
                Ok(())
            }
            K::Singleton(x) => {
                self.expr(x);
                self.emit(Op::Compare(CmpOp::Is), sp);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0), sp);
                Ok(())
            }
            K::As {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    return match name {
                        Some(n) => {
                            let msg = format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.name
                            );
                            self.pattern_error(sp, msg, "matches anything")
                        }
                        None => self.pattern_error(
                            sp,
                            "wildcard makes remaining patterns unreachable",
                            "matches anything",
                        ),
                    };
                }
                self.capture(name.as_ref(), sp, pc)
            }
            K::As {
                pattern: Some(inner),
                name,
            } => {
                pc.on_top += 1;
                self.emit(Op::Dup, sp);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.capture(name.as_ref(), sp, pc)
            }
            K::Star(name) => self.capture(name.as_ref(), sp, pc),
            K::Or(alts) => self.or_pattern(alts, sp, pc),
            K::Sequence(items) => self.sequence_pattern(items, sp, pc),
            K::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_ref(), sp, pc),
            K::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(cls, patterns, kwd_attrs, kwd_patterns, sp, pc),
        }
    }

    fn or_pattern(&mut self, alts: &[Pattern], sp: Span, pc: &mut Ctx) -> Res {
        let mut ends = Vec::new();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let (old_on_top, old_allow) = (pc.on_top, pc.allow_irrefutable);
        // The names the first alternative binds, in its order: the others
        // must bind the same ones, and are reordered to match.
        let mut control: Option<Vec<(String, Span)>> = None;
        for (i, alt) in alts.iter().enumerate() {
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alts.len() && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::Dup, alt.span);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) => {
                    let differ = ctl.len() != pc.stores.len()
                        || ctl
                            .iter()
                            .any(|(n, _)| !pc.stores.iter().any(|(s, _)| s == n));
                    if differ {
                        return self.pattern_error(
                            alt.span,
                            "alternative patterns bind different names",
                            "binds other names",
                        );
                    }
                    self.reorder_stores(ctl, pc, alt.span);
                }
            }
            ends.push(self.emit(Op::Jump(0), alt.span));
            self.emit_fail_pop(pc, alt.span);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        // No alternative matched: drop the subject and fail.
        self.emit(Op::Pop, sp);
        self.jump_to_fail_pop(pc, Op::Jump(0), sp);
        for e in ends {
            self.patch(e);
        }
        // The captures sit above the subject, the values this pattern's
        // caller still needs and the earlier captures: move each down.
        let control = control.unwrap_or_default();
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for (name, s) in control {
            self.rotate(nrots, sp);
            if pc.stores.iter().any(|(n, _)| *n == name) {
                let msg = format!("multiple assignments to name '{name}' in pattern");
                return self.pattern_error(s, msg, "bound again");
            }
            pc.stores.push((name, s));
        }
        self.emit(Op::Pop, sp);
        Ok(())
    }

    /// Puts an alternative's captured values in the order of the first
    /// alternative's (CPython's `compiler_pattern_or`).
    fn reorder_stores(&mut self, control: &[(String, Span)], pc: &mut Ctx, sp: Span) {
        for icontrol in (0..control.len()).rev() {
            let name = &control[icontrol].0;
            let Some(istores) = pc.stores.iter().position(|(n, _)| n == name) else {
                continue;
            };
            if icontrol == istores {
                continue;
            }
            let rotations = istores + 1;
            let rotated: Vec<_> = pc.stores.drain(..rotations).collect();
            let at = icontrol - istores;
            for (k, item) in rotated.into_iter().enumerate() {
                pc.stores.insert(at + k, item);
            }
            for _ in 0..rotations {
                self.rotate(icontrol + 1, sp);
            }
        }
    }

    fn sequence_pattern(&mut self, items: &[Pattern], sp: Span, pc: &mut Ctx) -> Res {
        let size = items.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in items.iter().enumerate() {
            if let K::Star(_) = p.kind {
                if star.is_some() {
                    return self.pattern_error(
                        sp,
                        "multiple starred names in sequence pattern",
                        "two starred names",
                    );
                }
                star_wildcard = is_wildcard_star(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= p.is_wildcard();
        }
        pc.on_top += 1;
        self.emit(Op::MatchSequence, sp);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0), sp);
        match star {
            None => self.length_check(size, CmpOp::Eq, sp, pc),
            Some(_) if size > 1 => self.length_check(size - 1, CmpOp::GtE, sp, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Op::Pop, sp);
            return Ok(());
        }
        if star_wildcard {
            // `[a, *_, b]`: index the subject instead of unpacking it all.
            let star = star.unwrap_or(0);
            pc.on_top += 1;
            for (i, p) in items.iter().enumerate() {
                if p.is_wildcard() || i == star {
                    continue;
                }
                self.emit(Op::Dup, p.span);
                if i < star {
                    self.emit(Op::LoadInt(i as i32), p.span);
                } else {
                    // The subject may not take negative indexes.
                    self.emit(Op::GetLen, p.span);
                    self.emit(Op::LoadInt((size - i) as i32), p.span);
                    self.emit(Op::Binary(BinOp::Sub), p.span);
                }
                self.emit(Op::Subscript, p.span);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.emit(Op::Pop, sp);
            return Ok(());
        }
        match star {
            None => self.emit(Op::UnpackSequence(size as u32), sp),
            Some(s) => {
                let after = size - s - 1;
                self.emit(Op::UnpackEx(((s as u32) << 16) | after as u32), sp)
            }
        };
        pc.on_top += size;
        for p in items {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `len(subject) op n`, failing when false.
    fn length_check(&mut self, n: usize, op: CmpOp, sp: Span, pc: &mut Ctx) {
        self.emit(Op::GetLen, sp);
        self.load_count(n, sp);
        self.emit(Op::Compare(op), sp);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0), sp);
    }

    fn load_count(&mut self, n: usize, sp: Span) {
        match i32::try_from(n) {
            Ok(n) => self.emit(Op::LoadInt(n), sp),
            Err(_) => {
                let c = self.constant(Const::Int(n as i64));
                self.emit(Op::LoadConst(c), sp)
            }
        };
    }

    fn mapping_pattern(
        &mut self,
        keys: &[Expr],
        patterns: &[Pattern],
        rest: Option<&Ident>,
        sp: Span,
        pc: &mut Ctx,
    ) -> Res {
        let size = keys.len();
        pc.on_top += 1;
        self.emit(Op::MatchMapping, sp);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0), sp);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Op::Pop, sp);
            return Ok(());
        }
        if size > 0 {
            self.length_check(size, CmpOp::GtE, sp, pc);
        }
        let mut seen: Vec<ConstKey> = Vec::new();
        for k in keys {
            if let Some(c) = ConstKey::of(k) {
                if seen.iter().any(|s| s.same(&c)) {
                    let msg = format!("mapping pattern checks duplicate key ({})", unparse(k));
                    return self.pattern_error(sp, msg, "key written twice");
                }
                seen.push(c);
            }
            self.expr(k);
        }
        self.emit(Op::BuildTuple(size as u32), sp);
        self.emit(Op::MatchKeys, sp);
        pc.on_top += 2;
        self.none_check(sp, pc);
        self.emit(Op::UnpackSequence(size as u32), sp);
        pc.on_top = pc.on_top + size - 1;
        for p in patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // What follows consumes the keys and the subject.
        pc.on_top -= 2;
        match rest {
            Some(n) => {
                self.emit(Op::MatchRest, sp);
                self.capture(Some(n), sp, pc)?;
            }
            None => {
                self.emit(Op::Pop, sp);
                self.emit(Op::Pop, sp);
            }
        }
        Ok(())
    }

    /// Fails when the value on top is None (it stays for the failure path).
    fn none_check(&mut self, sp: Span, pc: &mut Ctx) {
        self.emit(Op::Dup, sp);
        self.emit(Op::LoadNone, sp);
        self.emit(Op::Compare(CmpOp::IsNot), sp);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse(0), sp);
    }

    fn class_pattern(
        &mut self,
        cls: &Expr,
        patterns: &[Pattern],
        kwd_attrs: &[Ident],
        kwd_patterns: &[Pattern],
        sp: Span,
        pc: &mut Ctx,
    ) -> Res {
        for (i, a) in kwd_attrs.iter().enumerate() {
            if a.name == "__debug__" {
                return self.pattern_error(a.span, "cannot assign to __debug__", "not assignable");
            }
            if kwd_attrs[..i].iter().any(|b| b.name == a.name) {
                let msg = format!("attribute name repeated in class pattern: {}", a.name);
                return self.pattern_error(kwd_patterns[i].span, msg, "repeated");
            }
        }
        self.expr(cls);
        let names = kwd_attrs
            .iter()
            .map(|a| Const::Str(a.name.as_str().into()))
            .collect();
        let c = self.constant(Const::Tuple(names));
        self.emit(Op::LoadConst(c), sp);
        self.emit(Op::MatchClass(patterns.len() as u32), sp);
        pc.on_top += 1;
        self.none_check(sp, pc);
        let total = patterns.len() + kwd_patterns.len();
        self.emit(Op::UnpackSequence(total as u32), sp);
        pc.on_top = pc.on_top + total - 1;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if p.is_wildcard() {
                self.emit(Op::Pop, p.span);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }
}
