//! `async with` and `async for`: the `with` and `for` statements over
//! `__aenter__`/`__aexit__` and `__aiter__`/`__anext__`, each step's result
//! awaited in the running coroutine.

use super::code::{Op, async_check};
use super::codegen::{Block, Compiler};
use crate::span::Span;
use crate::syntax::ast::*;

impl Compiler<'_> {
    /// `async with a as x, b as y: body`, as nested single-item statements.
    pub(super) fn async_with_stmt(&mut self, items: &[WithItem], body: &[Stmt], sp: Span) {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context);
        self.emit(Op::BeforeAsyncWith, first.context.span);
        self.emit(Op::CheckAsync(async_check::AENTER), first.context.span);
        self.emit(Op::Await, first.context.span);
        let setup = self.emit(Op::SetupWith(0), sp);
        self.push_block(Block::AsyncWith);
        match &first.target {
            Some(t) => self.store(t),
            None => {
                self.emit(Op::Pop, sp);
            }
        }
        if rest.is_empty() {
            self.stmts(body);
        } else {
            self.async_with_stmt(rest, body, sp);
        }
        self.pop_block();
        self.emit(Op::PopBlock, sp);
        self.async_exit_call(sp);
        let end = self.emit(Op::Jump(0), sp);
        // An exception: the awaited `__aexit__(type, exc, tb)` decides whether it goes on.
        self.patch(setup);
        self.emit(Op::PushExcInfo, sp);
        self.emit(Op::WithExceptStart, sp);
        self.emit(Op::CheckAsync(async_check::AEXIT), sp);
        self.emit(Op::Await, sp);
        let suppress = self.emit(Op::PopJumpIfTrue(0), sp);
        self.emit(Op::Reraise, sp);
        self.patch(suppress);
        self.emit(Op::PopExcept, sp);
        self.emit(Op::Pop, sp);
        self.emit(Op::Pop, sp);
        self.patch(end);
    }

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
