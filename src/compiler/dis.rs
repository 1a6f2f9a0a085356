//! `coro dis`: a readable listing of code objects.

use super::code::{Code, Const, Op};
use std::fmt::Write;

/// Lists a code object and, after it, every code object it contains.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    let mut pending = vec![code];
    while let Some(c) = pending.pop() {
        let _ = writeln!(out, "Disassembly of {} ({}):", c.qualname, c.kind_name());
        let mut last_line = 0;
        for (i, op) in c.ops.iter().enumerate() {
            let line = c.line_of(c.spans[i]);
            let col = if line != last_line {
                format!("{line:>4}")
            } else {
                "    ".to_string()
            };
            last_line = line;
            let _ = writeln!(out, "{col} {i:>6} {}", describe(c, op));
        }
        out.push('\n');
        for k in c.consts.iter().rev() {
            if let Const::Code(inner) = k {
                pending.push(inner);
            }
        }
    }
    out
}

fn describe(c: &Code, op: &Op) -> String {
    let name = |i: &u32| {
        c.names
            .get(*i as usize)
            .map_or("?".to_string(), |n| n.to_string())
    };
    let slot = |i: &u32| {
        c.slot_names
            .get(*i as usize)
            .map_or("?".to_string(), |n| n.to_string())
    };
    let konst = |i: &u32| {
        c.consts
            .get(*i as usize)
            .map_or("?".to_string(), Const::repr)
    };
    let text = format!("{op:?}");
    let mnemonic = text.split('(').next().unwrap_or(&text).to_string();
    let operand = match op {
        Op::LoadConst(i) | Op::MakeFunction(i) => format!("{i} ({})", konst(i)),
        Op::LoadFast(i)
        | Op::StoreFast(i)
        | Op::DeleteFast(i)
        | Op::LoadDeref(i)
        | Op::StoreDeref(i)
        | Op::MakeCell(i)
        | Op::LoadCell(i)
        | Op::LoadFastAttr(i)
        | Op::StoreFastAttr(i)
        | Op::LoadFastMethod(i)
        | Op::FastIntBinary(i)
        | Op::FastIntCompareJump(i)
        | Op::FastFastBinary(i)
        | Op::FastFastCompareJump(i) => format!("{i} ({})", slot(i)),
        Op::LoadGlobal(i)
        | Op::StoreGlobal(i)
        | Op::DeleteGlobal(i)
        | Op::LoadAttr(i)
        | Op::StoreAttr(i)
        | Op::DeleteAttr(i)
        | Op::LoadMethod(i)
        | Op::ImportName(i)
        | Op::ImportFrom(i)
        | Op::LoadName(i)
        | Op::StoreName(i)
        | Op::DeleteName(i) => format!("{i} ({})", name(i)),
        Op::CallKw(x) => format!("{} kw={}", x & 0xffff, konst(&(x >> 16))),
        Op::Binary(b) | Op::InPlace(b) => b.symbol().to_string(),
        Op::Compare(cmp) | Op::CompareJump(cmp) => format!("{cmp:?}"),
        _ => text.split_once('(').map_or(String::new(), |(_, rest)| {
            rest.trim_end_matches(')').to_string()
        }),
    };
    if operand.is_empty() {
        mnemonic
    } else {
        format!("{mnemonic:<18} {operand}")
    }
}

impl Code {
    fn kind_name(&self) -> &'static str {
        match self.kind {
            super::code::CodeKind::Module => "module",
            super::code::CodeKind::Function => "function",
            super::code::CodeKind::Coroutine => "coroutine function",
            super::code::CodeKind::Generator => "generator function",
            super::code::CodeKind::Comprehension => "comprehension",
            super::code::CodeKind::Lambda => "lambda",
            super::code::CodeKind::Class => "class body",
        }
    }
}
