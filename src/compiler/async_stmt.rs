//! `async with` and `async for`: the `with` and `for` statements over
//! `__aenter__`/`__aexit__` and `__aiter__`/`__anext__`, each step's result
//! awaited in the running coroutine.

use super::code::{Op, async_check};
use super::codegen::{Block, Compiler};
use crate::span::Span;
use crate::syntax::ast::*;

impl Compiler<'_> {
    /// `aexit -> `: awaits `__aexit__(None, None, None)` of an `async with`.
    pub(super) fn async_exit_call(&mut self, sp: Span) {
        for _ in 0..3 {
            self.emit(Op::LoadNone, sp);
        }
        self.emit(Op::Call(3), sp);
        self.emit(Op::CheckAsync(async_check::AEXIT), sp);
        self.emit(Op::Await, sp);
        self.emit(Op::Pop, sp);
    }

    /// `async for target in iter: body else: orelse`. Each item is the
    /// awaited result of `__anext__`; a StopAsyncIteration out of that
    /// await (and only there) ends the loop.
    pub(super) fn async_for(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        sp: Span,
    ) {
        if !self.in_async() {
            let head = self.header_span(sp);
            return self.error(
                head,
                "'async for' outside async function",
                "not inside an `async def`",
            );
        }
        self.expr(iter);
        self.emit(Op::GetAIter, iter.span);
        self.emit(Op::CheckAsync(async_check::AITER), iter.span);
        let start = self.here();
        let setup = self.emit(Op::SetupExcept(0), iter.span);
        self.emit(Op::GetANext, iter.span);
        self.emit(Op::CheckAsync(async_check::ANEXT), iter.span);
        self.emit(Op::Await, iter.span);
        self.emit(Op::PopBlock, iter.span);
        self.store(target);
        self.push_block(Block::Loop {
            start,
            breaks: Vec::new(),
            has_iter: true,
        });
        self.stmts(body);
        self.emit(Op::Jump(start), sp);
        let breaks = self.pop_loop();
        self.patch(setup);
        self.emit(Op::EndAsyncFor, iter.span);
        self.stmts(orelse);
        for b in breaks {
            self.patch(b);
        }
    }
}
