//! The protocols of `async with` and `async for`: finding `__aenter__`,
//! `__aexit__`, `__aiter__` and `__anext__`, and checking what they return,
//! with CPython's messages.

use super::Vm;
use super::exception::*;
use super::fiber::Fiber;
use super::heap::alloc;
use super::protocol::{Step, Then, user_method};
use super::types::type_name;
use super::value::*;
use crate::compiler::code::{Op, async_check};

/// Whether `await v` can take v.
fn awaitable(v: &Value) -> bool {
    matches!(v, Value::Coroutine(_) | Value::Future(_))
}

impl Vm {
    /// Runs one of the instructions of `async with` and `async for` (kept
    /// out of the dispatch loop, whose hot paths they would otherwise
    /// crowd). True when it pushed a frame the interpreter must reload.
    #[inline(never)]
    pub(super) fn async_op(&mut self, fiber: &mut Fiber, op: Op) -> PyResult<bool> {
        match op {
            Op::BeforeAsyncWith => {
                let ctx = fiber.stack.pop().unwrap_or_default();
                let (exit, step) = self.before_async_with(ctx)?;
                fiber.stack.push(exit);
                self.push_step(fiber, step)
            }
            Op::GetAIter => {
                let v = fiber.stack.pop().unwrap_or_default();
                let step = self.aiter_step(v)?;
                self.push_step(fiber, step)
            }
            Op::GetANext => {
                let it = fiber.stack.last().cloned().unwrap_or_default();
                let step = self.anext_step(it)?;
                self.push_step(fiber, step)
            }
            Op::CheckAsync(kind) => {
                check(kind, fiber.stack.last().unwrap_or(&Value::None))?;
                Ok(false)
            }
            Op::EndAsyncFor => match fiber.stack.pop().unwrap_or_default() {
                Value::Exception(e) if !e.is(super::types::Builtin::StopAsyncIteration) => {
                    self.reraising = true;
                    Err(e)
                }
                _ => {
                    fiber.stack.pop();
                    Ok(false)
                }
            },
            _ => Ok(false),
        }
    }

    /// `async with ctx`: the bound `__aexit__`, and the call of `__aenter__`.
    fn before_async_with(&mut self, ctx: Value) -> PyResult<(Value, Step)> {
        let enter = user_method(&ctx, "__aenter__");
        let exit = user_method(&ctx, "__aexit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if user_method(&ctx, "__aenter__").is_none() {
                ""
            } else {
                " (missed __aexit__ method)"
            };
            return type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missing}",
                type_name(&ctx)
            ));
        };
        let exit = Value::BoundMethod(alloc(BoundMethod {
            receiver: ctx.clone(),
            func: exit,
        }));
        Ok((exit, Step::call(enter, vec![ctx], Then::Value)))
    }

    /// `async for x in v`: the call of `v.__aiter__()`.
    fn aiter_step(&mut self, v: Value) -> PyResult<Step> {
        match user_method(&v, "__aiter__") {
            Some(m) => Ok(Step::call(m, vec![v], Then::Value)),
            None => type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                type_name(&v)
            )),
        }
    }

    /// The next item of an `async for`: the call of `it.__anext__()`.
    fn anext_step(&mut self, it: Value) -> PyResult<Step> {
        match user_method(&it, "__anext__") {
            Some(m) => Ok(Step::call(m, vec![it], Then::Value)),
            None => aiter_error(&it),
        }
    }
}

fn aiter_error<T>(v: &Value) -> PyResult<T> {
    type_error(format!(
        "'async for' received an object from __aiter__ that does not implement __anext__: {}",
        type_name(v)
    ))
}

/// `CheckAsync(kind)`: the value a step of an `async` statement got.
fn check(kind: u32, v: &Value) -> PyResult<()> {
    let what = match kind {
        async_check::AITER if user_method(v, "__anext__").is_some() => return Ok(()),
        async_check::AITER => return aiter_error(v),
        _ if awaitable(v) => return Ok(()),
        async_check::AENTER => "'async with' received an object from __aenter__",
        async_check::AEXIT => "'async with' received an object from __aexit__",
        _ => {
            return type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                type_name(v)
            ));
        }
    };
    type_error(format!(
        "{what} that does not implement __await__: {}",
        type_name(v)
    ))
}
