//! The dispatch loop. It runs one fiber until the fiber finishes, fails, or
//! parks; it knows nothing of scheduling (see `Halt`).

use super::code::{CodeObject, GlobalCache};
use super::exception::*;
use super::fiber::{Fiber, Handler, Resume};
use super::heap::{Ref, alloc};
use super::types::{Builtin, builtin, type_name};
use super::value::*;
use super::{Halt, Vm};
use crate::compiler::code::{CALL_KEYWORD, Op, flags};
use crate::runtime::future::FutureState;
use std::cell::RefCell;
use std::io::Write;

impl Vm {
    /// Runs `fiber` from its top frame until it returns from its last frame,
    /// raises out of it, or parks at an `await`.
    pub fn run(&mut self, fiber: &mut Fiber) -> Halt {
        loop {
            match self.execute(fiber) {
                Ok(halt) => return halt,
                Err(exc) => {
                    if let Some(halt) = self.unwind(fiber, exc) {
                        return halt;
                    }
                }
            }
        }
    }

    /// Raises `exc` at the fiber's current instruction (a task resumed with an exception).
    pub fn throw_into(&mut self, fiber: &mut Fiber, exc: Ref<Exception>) -> Halt {
        self.raised_here(fiber, &exc);
        match self.unwind(fiber, exc) {
            Some(halt) => halt,
            None => self.run(fiber),
        }
    }

    /// Finds the innermost handler for `exc`, recording traceback lines on the
    /// way; `None` when execution can go on at a handler.
    fn unwind(&mut self, fiber: &mut Fiber, exc: Ref<Exception>) -> Option<Halt> {
        loop {
            let Some(frame) = fiber.frames.last() else {
                return Some(Halt::Raised(exc));
            };
            if fiber.handlers.len() > frame.handler_base {
                let h = fiber.handlers.pop().expect("handler present");
                fiber.stack.truncate(h.stack);
                fiber.handled.truncate(h.handled);
                fiber.stack.push(Value::Exception(exc));
                let frame = fiber.frames.last_mut().expect("frame present");
                frame.ip = h.target;
                return None;
            }
            let frame = fiber.frames.pop().expect("frame present");
            fiber.handled.truncate(frame.handled_base);
            fiber.stack.truncate(frame.caller_height());
            // A `for` loop over an instance ends when its `__next__` raises StopIteration.
            if let Resume::Protocol(then) = &frame.then
                && let super::protocol::Then::ForIter(target) = **then
                && exc.is(Builtin::StopIteration)
                && let Some(caller) = fiber.frames.last_mut()
            {
                fiber.stack.pop();
                caller.ip = target as usize;
                return None;
            }
            if let Some(caller) = fiber.frames.last() {
                let ip = caller.ip.saturating_sub(1);
                exc.traceback.borrow_mut().push(TraceEntry {
                    code: caller.func.code.clone(),
                    span: caller.func.code.spans.get(ip).copied().unwrap_or_default(),
                });
            }
        }
    }

    /// Records where `exc` was raised, and the exception it interrupted.
    fn raised_here(&self, fiber: &Fiber, exc: &Ref<Exception>) {
        if let Some(frame) = fiber.frames.last() {
            let ip = frame.ip.saturating_sub(1);
            exc.traceback.borrow_mut().push(TraceEntry {
                code: frame.func.code.clone(),
                span: frame.func.code.spans.get(ip).copied().unwrap_or_default(),
            });
        }
        if let Some(ctx) = fiber.handled.last()
            && !super::heap::same(ctx, exc)
            && exc.context.borrow().is_none()
        {
            *exc.context.borrow_mut() = Some(ctx.clone());
        }
    }

    fn execute(&mut self, fiber: &mut Fiber) -> PyResult<Halt> {
        match self.dispatch(fiber) {
            Err(e) => {
                // A fresh exception gets this frame's line; a re-raise keeps its traceback.
                if !self.reraising {
                    self.raised_here(fiber, &e);
                }
                self.reraising = false;
                Err(e)
            }
            ok => ok,
        }
    }

    #[allow(clippy::too_many_lines)]
    fn dispatch(&mut self, fiber: &mut Fiber) -> PyResult<Halt> {
        // The running frame's function and code, borrowed without touching
        // reference counts (a call and its return would otherwise cost four
        // increments and four decrements).
        //
        // SAFETY: `running` reads the function through the `Ref` that the top
        // frame of `fiber.frames` holds. That frame stays on the fiber, so the
        // function and its code stay alive, until an instruction pushes or
        // pops frames; every such instruction calls `reload!` before `func` or
        // `code` is read again, and the loop only leaves through `return`.
        fn running<'a>(fiber: &Fiber) -> &'a Function {
            let frame = fiber.frames.last().expect("a frame to run");
            unsafe { &*Ref::as_ptr(&frame.func) }
        }
        let frame = fiber.frames.last().expect("a frame to run");
        let mut ip = frame.ip;
        let mut base = frame.base;
        let mut func: &Function = running(fiber);
        let mut code: &CodeObject = &func.code;
        macro_rules! save {
            () => {
                fiber.frames.last_mut().expect("frame").ip = ip
            };
        }
        macro_rules! reload {
            () => {{
                let frame = fiber.frames.last().expect("frame");
                ip = frame.ip;
                base = frame.base;
                func = running(fiber);
                code = &func.code;
            }};
        }
        // After an instruction that lets go of a value: a suspended generator
        // dropped just now is closed before the program goes on.
        macro_rules! close_dropped {
            () => {
                if self.generator_drops.pending() {
                    self.close_dropped();
                }
            };
        }
        macro_rules! pop {
            () => {
                fiber.stack.pop().unwrap_or_default()
            };
        }
        macro_rules! top {
            () => {
                fiber.stack.last().expect("stack not empty")
            };
        }
        // The truth of a value for a jump: a bool at once, anything else
        // through the truth protocol (which may run `__bool__`).
        macro_rules! truth {
            ($v:expr) => {
                match $v {
                    Value::Bool(b) => *b,
                    other => {
                        let other = other.clone();
                        save!();
                        self.truthy(&other)?
                    }
                }
            };
        }
        // `LoadFast(i)`: pushes local `i`.
        macro_rules! load_fast {
            ($i:expr) => {{
                let i = $i;
                let v = match &fiber.stack[base + i as usize] {
                    // Ints are most locals in hot loops: copied without a call to clone.
                    Value::Int(n) => Value::Int(*n),
                    Value::Undef => {
                        save!();
                        return Err(unbound_local(&code.slot_names[i as usize]));
                    }
                    v => v.clone(),
                };
                fiber.stack.push(v);
            }};
        }
        loop {
            let op = code.ops[ip];
            ip += 1;
            match op {
                Op::LoadConst(i) => fiber.stack.push(code.consts[i as usize].clone()),
                Op::LoadNone => fiber.stack.push(Value::None),
                Op::LoadInt(i) => fiber.stack.push(Value::Int(i as i64)),
                Op::LoadFast(i) => load_fast!(i),
                Op::IntBinary(k) => {
                    if let Some(Value::Int(x)) = fiber.stack.last()
                        && let Op::Binary(bop) | Op::InPlace(bop) = code.ops[ip]
                        && let Some(r) = arith_int(bop, *x, k as i64)
                    {
                        *fiber.stack.last_mut().expect("an operand") = r;
                        ip += 1;
                        continue;
                    }
                    fiber.stack.push(Value::Int(k as i64));
                }
                Op::FastIntBinary(s) => {
                    if let Value::Int(x) = fiber.stack[base + s as usize]
                        && let Op::LoadInt(k) | Op::IntBinary(k) = code.ops[ip]
                        && let Op::Binary(bop) | Op::InPlace(bop) = code.ops[ip + 1]
                        && let Some(r) = arith_int(bop, x, k as i64)
                    {
                        fiber.stack.push(r);
                        ip += 2;
                        continue;
                    }
                    load_fast!(s)
                }
                Op::FastIntCompareJump(s) => {
                    if let Value::Int(x) = fiber.stack[base + s as usize]
                        && let Op::LoadInt(k) = code.ops[ip]
                        && let Op::CompareJump(cmp) = code.ops[ip + 1]
                        && let Op::PopJumpIfFalse(t) = code.ops[ip + 2]
                        && let Some(r) = compare_ordered(cmp, x, k as i64)
                    {
                        ip = if r { ip + 3 } else { t as usize };
                        continue;
                    }
                    load_fast!(s)
                }
                Op::FastFastBinary(s) => {
                    if let Op::LoadFast(s2) = code.ops[ip]
                        && let Op::Binary(bop) | Op::InPlace(bop) = code.ops[ip + 1]
                        && let Some(r) = match (
                            &fiber.stack[base + s as usize],
                            &fiber.stack[base + s2 as usize],
                        ) {
                            (Value::Int(x), Value::Int(y)) => arith_int(bop, *x, *y),
                            (Value::Float(x), Value::Float(y)) => arith_float(bop, *x, *y),
                            (Value::Float(x), Value::Int(y)) => arith_float(bop, *x, *y as f64),
                            (Value::Int(x), Value::Float(y)) => arith_float(bop, *x as f64, *y),
                            _ => None,
                        }
                    {
                        fiber.stack.push(r);
                        ip += 2;
                        continue;
                    }
                    load_fast!(s)
                }
                Op::FastFastCompareJump(s) => {
                    if let Op::LoadFast(s2) = code.ops[ip]
                        && let Op::CompareJump(cmp) = code.ops[ip + 1]
                        && let Op::PopJumpIfFalse(t) = code.ops[ip + 2]
                        && let a = &fiber.stack[base + s as usize]
                        && let b = &fiber.stack[base + s2 as usize]
                        && !matches!(a, Value::Undef)
                        && !matches!(b, Value::Undef)
                        && let Some(r) = quick_compare(cmp, a, b)
                    {
                        ip = if r { ip + 3 } else { t as usize };
                        continue;
                    }
                    load_fast!(s)
                }
                Op::StoreFast(i) => {
                    let v = pop!();
                    fiber.stack[base + i as usize] = v;
                    close_dropped!();
                }
                Op::DeleteFast(i) => {
                    if let Value::Undef = fiber.stack[base + i as usize] {
                        save!();
                        return Err(unbound_local(&code.slot_names[i as usize]));
                    }
                    fiber.stack[base + i as usize] = Value::Undef;
                    close_dropped!();
                }
                Op::LoadDeref(i) => {
                    let v = match &fiber.stack[base + i as usize] {
                        Value::Cell(c) => c.borrow().clone(),
                        other => other.clone(),
                    };
                    if let Value::Undef = v {
                        save!();
                        let name = &code.slot_names[i as usize];
                        return err(
                            Builtin::NameError,
                            format!(
                                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                            ),
                        );
                    }
                    fiber.stack.push(v);
                }
                Op::StoreDeref(i) => {
                    let v = pop!();
                    if let Value::Cell(c) = &fiber.stack[base + i as usize] {
                        *c.borrow_mut() = v;
                    }
                }
                Op::MakeCell(i) => {
                    let slot = &mut fiber.stack[base + i as usize];
                    let v = std::mem::take(slot);
                    *slot = Value::Cell(alloc(RefCell::new(v)));
                }
                Op::LoadCell(i) => {
                    let v = fiber.stack[base + i as usize].clone();
                    fiber.stack.push(v);
                }
                Op::LoadGlobal(i) => {
                    let cache = self.globals_of(code, &func.module);
                    let slot = cache.slots[i as usize] as usize;
                    let v = match &func.module.slots.borrow()[slot] {
                        Value::Undef => cache.builtins[i as usize].clone(),
                        v => v.clone(),
                    };
                    if let Value::Undef = v {
                        save!();
                        let name = &code.names[i as usize];
                        return err(
                            Builtin::NameError,
                            format!("name '{}' is not defined", name.text),
                        );
                    }
                    fiber.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = pop!();
                    let slot = self.globals_of(code, &func.module).slots[i as usize] as usize;
                    let old = std::mem::replace(&mut func.module.slots.borrow_mut()[slot], v);
                    drop(old);
                    close_dropped!();
                }
                Op::DeleteGlobal(i) => {
                    let slot = self.globals_of(code, &func.module).slots[i as usize] as usize;
                    let old =
                        std::mem::replace(&mut func.module.slots.borrow_mut()[slot], Value::Undef);
                    if let Value::Undef = old {
                        save!();
                        let name = &code.names[i as usize];
                        return err(
                            Builtin::NameError,
                            format!("name '{}' is not defined", name.text),
                        );
                    }
                    drop(old);
                    close_dropped!();
                }
                Op::LoadAttr(i) => {
                    let obj = pop!();
                    let name = &code.names[i as usize];
                    if let Some(v) = super::attr::instance_attr(&obj, name, &code.loads[i as usize])
                    {
                        fiber.stack.push(v);
                        continue;
                    }
                    save!();
                    let step = self.get_attr_step(obj, name)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::StoreAttr(i) => {
                    let obj = pop!();
                    let v = pop!();
                    let name = &code.names[i as usize];
                    let v = match super::attr::store_instance_attr(
                        &obj,
                        name,
                        v,
                        &code.stores[i as usize],
                    ) {
                        None => continue,
                        Some(v) => v,
                    };
                    save!();
                    let step = self.set_attr_step(obj, name, v)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::DeleteAttr(i) => {
                    let obj = pop!();
                    save!();
                    let step = self.del_attr_step(obj, &code.names[i as usize])?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::LoadMethod(i) => {
                    let obj = pop!();
                    save!();
                    self.load_method(fiber, code, i, obj)?;
                }
                Op::CallMethod(argc) => {
                    let argc = argc as usize;
                    let recv_at = fiber.stack.len() - argc - 1;
                    save!();
                    if let Value::Undef = fiber.stack[recv_at] {
                        fiber.stack.remove(recv_at);
                        if self.call(fiber, argc)? {
                            reload!();
                        }
                    } else if let Value::Function(f) = &fiber.stack[recv_at - 1]
                        && f.code.binds_exactly(argc + 1)
                    {
                        // A plain method given exactly its parameters, as `Call`.
                        self.check_depth(fiber)?;
                        let f = f.clone();
                        fiber.push_frame(f, recv_at);
                        reload!();
                    } else if self.call(fiber, argc + 1)? {
                        reload!();
                    }
                }
                Op::LoadFastAttr(s) => {
                    let Op::LoadAttr(i) = code.ops[ip] else {
                        unreachable!("LoadFastAttr is followed by its LoadAttr")
                    };
                    let obj = &fiber.stack[base + s as usize];
                    if let Value::Undef = obj {
                        save!();
                        return Err(unbound_local(&code.slot_names[s as usize]));
                    }
                    ip += 1;
                    let name = &code.names[i as usize];
                    if let Some(v) = super::attr::instance_attr(obj, name, &code.loads[i as usize])
                    {
                        fiber.stack.push(v);
                        continue;
                    }
                    let obj = obj.clone();
                    save!();
                    let step = self.get_attr_step(obj, name)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::StoreFastAttr(s) => {
                    let Op::StoreAttr(i) = code.ops[ip] else {
                        unreachable!("StoreFastAttr is followed by its StoreAttr")
                    };
                    if let Value::Undef = fiber.stack[base + s as usize] {
                        save!();
                        return Err(unbound_local(&code.slot_names[s as usize]));
                    }
                    ip += 1;
                    let v = pop!();
                    let obj = &fiber.stack[base + s as usize];
                    let name = &code.names[i as usize];
                    let cache = &code.stores[i as usize];
                    let v = match super::attr::store_instance_attr(obj, name, v, cache) {
                        None => continue,
                        Some(v) => v,
                    };
                    let obj = obj.clone();
                    save!();
                    let step = self.set_attr_step(obj, name, v)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::LoadFastMethod(s) => {
                    let Op::LoadMethod(i) = code.ops[ip] else {
                        unreachable!("LoadFastMethod is followed by its LoadMethod")
                    };
                    let obj = fiber.stack[base + s as usize].clone();
                    if let Value::Undef = obj {
                        save!();
                        return Err(unbound_local(&code.slot_names[s as usize]));
                    }
                    ip += 1;
                    save!();
                    self.load_method(fiber, code, i, obj)?;
                }
                Op::Subscript => {
                    let key = pop!();
                    let obj = pop!();
                    save!();
                    if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                        let l = l.borrow();
                        let n = l.len() as i64;
                        let j = if *i < 0 { i + n } else { *i };
                        if (0..n).contains(&j) {
                            let v = l[j as usize].clone();
                            drop(l);
                            fiber.stack.push(v);
                            continue;
                        }
                    }
                    let step = self.getitem_step(obj, key)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::StoreSubscript => {
                    let key = pop!();
                    let obj = pop!();
                    let v = pop!();
                    save!();
                    let step = self.setitem_step(obj, key, v)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::DeleteSubscript => {
                    let key = pop!();
                    let obj = pop!();
                    save!();
                    let step = self.delitem_step(obj, key)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    fiber
                        .stack
                        .push(Value::Slice(alloc(Slice { start, stop, step })));
                }
                Op::Binary(bop) | Op::InPlace(bop) => {
                    let b = pop!();
                    let a = pop!();
                    let r = match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => arith_int(bop, *x, *y),
                        (Value::Float(x), Value::Float(y)) => arith_float(bop, *x, *y),
                        (Value::Float(x), Value::Int(y)) => arith_float(bop, *x, *y as f64),
                        (Value::Int(x), Value::Float(y)) => arith_float(bop, *x as f64, *y),
                        _ => None,
                    };
                    match r {
                        Some(r) => fiber.stack.push(r),
                        None => {
                            save!();
                            let inplace = matches!(op, Op::InPlace(_));
                            let pushed = if is_user_value(&a) || is_user_value(&b) {
                                let op = super::protocol::Operator::Binary(bop);
                                self.push_operator(fiber, op, a, b, inplace)?
                            } else {
                                let step = self.binary_step(bop, a, b, inplace)?;
                                self.push_step(fiber, step)?
                            };
                            if pushed {
                                reload!();
                            }
                        }
                    }
                }
                Op::Neg | Op::Pos | Op::Invert => {
                    let a = pop!();
                    save!();
                    let name = match op {
                        Op::Neg => "__neg__",
                        Op::Pos => "__pos__",
                        _ => "__invert__",
                    };
                    let step = self.unary_step(name, a)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::Not => {
                    let a = pop!();
                    save!();
                    let t = self.truthy(&a)?;
                    fiber.stack.push(Value::Bool(!t));
                }
                Op::Compare(cmp) => {
                    let b = pop!();
                    let a = pop!();
                    match quick_compare(cmp, &a, &b) {
                        Some(r) => fiber.stack.push(Value::Bool(r)),
                        None => {
                            save!();
                            if self.compare_general(fiber, cmp, a, b)? {
                                reload!();
                            }
                        }
                    }
                }
                Op::CompareJump(cmp) => {
                    let Op::PopJumpIfFalse(t) = code.ops[ip] else {
                        unreachable!("CompareJump is followed by its PopJumpIfFalse")
                    };
                    let n = fiber.stack.len();
                    if let Some(r) = quick_compare(cmp, &fiber.stack[n - 2], &fiber.stack[n - 1]) {
                        fiber.stack.truncate(n - 2);
                        ip = if r { ip + 1 } else { t as usize };
                        continue;
                    }
                    // The comparison's result is pushed, and the jump after
                    // it runs on its own.
                    let b = pop!();
                    let a = pop!();
                    save!();
                    if self.compare_general(fiber, cmp, a, b)? {
                        reload!();
                    }
                }
                Op::Jump(t) => {
                    // Every loop jumps backwards: the place to notice Ctrl-C.
                    if (t as usize) < ip && self.interrupt.take() {
                        save!();
                        return Err(super::interrupt::keyboard_interrupt());
                    }
                    ip = t as usize;
                }
                Op::PopJumpIfFalse(t) => {
                    let v = pop!();
                    if !truth!(&v) {
                        ip = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = pop!();
                    if truth!(&v) {
                        ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    if truth!(top!()) {
                        fiber.stack.pop();
                    } else {
                        ip = t as usize;
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    if truth!(top!()) {
                        ip = t as usize;
                    } else {
                        fiber.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop!();
                    save!();
                    let step = self.iter_step(v)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::ForIter(t) => {
                    let quick = match top!() {
                        Value::Iterator(cell) => cell
                            .try_borrow_mut()
                            .ok()
                            .and_then(|mut it| it.next_simple()),
                        _ => None,
                    };
                    if let Some(item) = quick {
                        match item {
                            Some(v) => fiber.stack.push(v),
                            None => {
                                fiber.stack.pop();
                                ip = t as usize;
                            }
                        }
                        continue;
                    }
                    let it = top!().clone();
                    save!();
                    if let Value::Instance(_) = &it {
                        let Some(m) = super::protocol::user_method(&it, "__next__") else {
                            return type_error(format!(
                                "'{}' object is not an iterator",
                                type_name(&it)
                            ));
                        };
                        let step = super::protocol::Step::call(
                            m,
                            vec![it],
                            super::protocol::Then::ForIter(t),
                        );
                        if self.push_step(fiber, step)? {
                            reload!();
                        }
                        continue;
                    }
                    match self.next(&it)? {
                        Some(v) => fiber.stack.push(v),
                        None => {
                            fiber.stack.pop();
                            ip = t as usize;
                        }
                    }
                }
                Op::Pop => {
                    if let Some(Value::Coroutine(c)) = fiber.stack.pop() {
                        self.warn_if_never_awaited(&c, code, ip - 1);
                    }
                    close_dropped!();
                }
                Op::Dup => {
                    let v = top!().clone();
                    fiber.stack.push(v);
                }
                Op::DupTwo => {
                    let n = fiber.stack.len();
                    let (a, b) = (fiber.stack[n - 2].clone(), fiber.stack[n - 1].clone());
                    fiber.stack.push(a);
                    fiber.stack.push(b);
                }
                Op::Rot2 => {
                    let n = fiber.stack.len();
                    fiber.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let v = pop!();
                    let n = fiber.stack.len();
                    fiber.stack.insert(n - 2, v);
                }
                Op::BuildList(n) => {
                    let items = fiber.stack.split_off(fiber.stack.len() - n as usize);
                    fiber.stack.push(Value::list(items));
                }
                Op::BuildTuple(n) => {
                    let items = fiber.stack.split_off(fiber.stack.len() - n as usize);
                    fiber.stack.push(Value::tuple(items));
                }
                Op::BuildSet(n) => {
                    let items = fiber.stack.split_off(fiber.stack.len() - n as usize);
                    save!();
                    let set: Set = RefCell::new(KeySet::default());
                    for v in items {
                        self.set_add(&set, v)?;
                    }
                    fiber.stack.push(Value::Set(alloc(set)));
                }
                Op::BuildMap(n) => {
                    let items = fiber.stack.split_off(fiber.stack.len() - 2 * n as usize);
                    save!();
                    let map: Dict = RefCell::new(Map::with_capacity_and_hasher(
                        n as usize,
                        Default::default(),
                    ));
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&map, k, v)?;
                    }
                    fiber.stack.push(Value::Dict(alloc(map)));
                }
                Op::ListAppend(d) => {
                    let v = pop!();
                    let n = fiber.stack.len();
                    if let Value::List(l) = &fiber.stack[n - 1 - d as usize] {
                        l.borrow_mut().push(v);
                    }
                }
                Op::SetAdd(d) => {
                    let v = pop!();
                    let n = fiber.stack.len();
                    save!();
                    if let Value::Set(s) = &fiber.stack[n - 1 - d as usize] {
                        let s = s.clone();
                        self.set_add(&s, v)?;
                    }
                }
                Op::MapAdd(d) => {
                    let v = pop!();
                    let k = pop!();
                    let n = fiber.stack.len();
                    save!();
                    let (call, d) = (d & CALL_KEYWORD != 0, (d & !CALL_KEYWORD) as usize);
                    if let Value::Dict(m) = &fiber.stack[n - 1 - d] {
                        let m = m.clone();
                        if call && m.borrow().contains_key(&Key(k.clone())) {
                            let callee = &fiber.stack[n - 3];
                            return type_error(format!(
                                "{} got multiple values for keyword argument '{}'",
                                function_str(callee),
                                super::repr::str_plain(&k)
                            ));
                        }
                        self.dict_set(&m, k, v)?;
                    }
                }
                Op::ListExtend => {
                    let it = pop!();
                    save!();
                    let items = self.iterate(&it)?;
                    if let Value::List(l) = top!() {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::SetUpdate => {
                    let it = pop!();
                    save!();
                    let items = self.iterate(&it)?;
                    if let Value::Set(s) = top!() {
                        let s = s.clone();
                        for v in items {
                            self.set_add(&s, v)?;
                        }
                    }
                }
                Op::DictMerge(call) => {
                    let m = super::protocol::unwrap_payload(&pop!()).clone();
                    save!();
                    // Any mapping (`keys()` and `__getitem__`) unpacks as a dict.
                    let m = match &m {
                        Value::Instance(_)
                            if super::protocol::user_method(&m, "keys").is_some() =>
                        {
                            let d = Value::dict(Map::default());
                            crate::stdlib::methods::dict_update_from(self, &d, &m)?;
                            d
                        }
                        _ => m,
                    };
                    let Value::Dict(src) = &m else {
                        return type_error(if call == 1 {
                            format!("argument after ** must be a mapping, not {}", type_name(&m))
                        } else {
                            format!("'{}' object is not a mapping", type_name(&m))
                        });
                    };
                    if let Value::Dict(dst) = top!() {
                        let src = src.borrow().clone();
                        let mut dst = dst.borrow_mut();
                        for (k, v) in src {
                            if call == 1 && dst.contains_key(&k) {
                                let n = fiber.stack.len();
                                return type_error(format!(
                                    "{} got multiple values for keyword argument '{}'",
                                    function_str(&fiber.stack[n - 3]),
                                    super::repr::str_plain(&k.0)
                                ));
                            }
                            dst.insert(k, v);
                        }
                    }
                }
                Op::ListToTuple => {
                    if let Value::List(l) = pop!() {
                        let items = std::mem::take(&mut *l.borrow_mut());
                        fiber.stack.push(Value::tuple(items));
                    }
                }
                Op::UnpackSequence(n) => {
                    let seq = pop!();
                    save!();
                    let items = self.unpack(&seq, n as usize)?;
                    fiber.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx(spec) => {
                    let (before, after) = ((spec >> 16) as usize, (spec & 0xffff) as usize);
                    let seq = pop!();
                    save!();
                    let mut items = self.iterate(&seq)?;
                    if items.len() < before + after {
                        return value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        fiber.stack.push(v);
                    }
                    fiber.stack.push(Value::list(middle));
                    for v in items.into_iter().rev() {
                        fiber.stack.push(v);
                    }
                }
                Op::MakeFunction(ci) => {
                    let Value::Code(fcode) = &code.consts[ci as usize] else {
                        unreachable!("MakeFunction's constant is a code object")
                    };
                    let closure = if fcode.flags & flags::CLOSURE != 0 {
                        match pop!() {
                            Value::Tuple(t) => t
                                .iter()
                                .filter_map(|c| {
                                    if let Value::Cell(c) = c {
                                        Some(c.clone())
                                    } else {
                                        None
                                    }
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let annotations = if fcode.flags & flags::ANNOTATIONS != 0 {
                        pop!()
                    } else {
                        Value::None
                    };
                    let kwdefaults = if fcode.flags & flags::KWDEFAULTS != 0 {
                        match pop!() {
                            Value::Tuple(t) => t
                                .iter()
                                .map(|v| {
                                    if let Value::Undef = v {
                                        None
                                    } else {
                                        Some(v.clone())
                                    }
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let defaults = if fcode.flags & flags::DEFAULTS != 0 {
                        match pop!() {
                            // The tuple was built for this instruction alone.
                            Value::Tuple(t) => Ref::unwrap_or_clone(t).into_vec(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let func = Function {
                        code: fcode.clone(),
                        module: func.module.clone(),
                        defaults,
                        kwdefaults,
                        closure,
                        qualname: fcode.qualname_str.clone(),
                        annotations,
                        dict: Default::default(),
                    };
                    fiber.stack.push(Value::Function(alloc(func)));
                }
                Op::Call(argc) => {
                    save!();
                    // The common case, a plain function given exactly its
                    // parameters, without leaving the loop.
                    let at = fiber.stack.len() - argc as usize - 1;
                    if let Value::Function(f) = &fiber.stack[at]
                        && f.code.binds_exactly(argc as usize)
                    {
                        self.check_depth(fiber)?;
                        let f = f.clone();
                        fiber.push_frame(f, at + 1);
                        reload!();
                    } else if self.call(fiber, argc as usize)? {
                        reload!();
                    }
                }
                Op::CallKw(spec) => {
                    let argc = (spec & 0xffff) as usize;
                    let Value::Tuple(names) = &code.consts[(spec >> 16) as usize] else {
                        unreachable!("CallKw's constant is a tuple of names")
                    };
                    let n = fiber.stack.len();
                    if let Value::Function(f) = &fiber.stack[n - argc - 1] {
                        let f = f.clone();
                        save!();
                        self.check_depth(fiber)?;
                        if super::call::bind_in_place(&f, &mut fiber.stack, n - argc, names) {
                            fiber.push_frame(f, n - argc);
                            reload!();
                            continue;
                        }
                    }
                    let kwvals = fiber.stack.split_off(n - names.len());
                    let kw: Vec<(Ref<Str>, Value)> = names
                        .iter()
                        .zip(kwvals)
                        .filter_map(|(k, v)| {
                            if let Value::Str(s) = k {
                                Some((s.clone(), v))
                            } else {
                                None
                            }
                        })
                        .collect();
                    let npos = argc - kw.len();
                    let pos = fiber.stack.split_off(fiber.stack.len() - npos);
                    let callee = pop!();
                    save!();
                    if self.call_general(fiber, callee, pos, kw)? {
                        reload!();
                    }
                }
                Op::CallEx => {
                    let kwargs = pop!();
                    let args = pop!();
                    let callee = pop!();
                    let pos = match args {
                        Value::Tuple(t) => t.to_vec(),
                        _ => Vec::new(),
                    };
                    let kw: Vec<(Ref<Str>, Value)> = match kwargs {
                        Value::Dict(d) => d
                            .borrow()
                            .iter()
                            .map(|(k, v)| match &k.0 {
                                Value::Str(s) => Ok((s.clone(), v.clone())),
                                _ => type_error("keywords must be strings"),
                            })
                            .collect::<PyResult<_>>()?,
                        _ => Vec::new(),
                    };
                    save!();
                    if self.call_general(fiber, callee, pos, kw)? {
                        reload!();
                    }
                }
                Op::Return => {
                    let v = pop!();
                    let done = fiber.frames.pop().expect("frame");
                    fiber.handlers.truncate(done.handler_base);
                    fiber.handled.truncate(done.handled_base);
                    fiber.stack.truncate(done.return_height());
                    close_dropped!();
                    if fiber.frames.is_empty() {
                        return Ok(Halt::Returned(v));
                    }
                    match done.then {
                        Resume::Push => fiber.stack.push(v),
                        Resume::Init => {
                            if !v.is_none() {
                                return Err(super::protocol::init_returned(&v));
                            }
                        }
                        Resume::Operator { op, inplace } => {
                            let step = self.operator_returned(fiber, op, inplace, v)?;
                            self.push_step(fiber, step)?;
                        }
                        Resume::Protocol(then) => {
                            let step = self.resume(*then, v)?;
                            self.push_step(fiber, step)?;
                        }
                    }
                    reload!();
                }
                Op::YieldValue => {
                    let v = pop!();
                    save!();
                    return Ok(Halt::Yield(v));
                }
                Op::YieldFrom => {
                    let sent = pop!();
                    let it = top!().clone();
                    save!();
                    let step = match &it {
                        Value::Generator(g) => {
                            self.resume_generator(g, super::generator::Resume::Send(sent))?
                        }
                        _ if !sent.is_none() => {
                            return attribute_error(format!(
                                "'{}' object has no attribute 'send'",
                                type_name(&it)
                            ));
                        }
                        _ => match self.next(&it)? {
                            Some(v) => super::generator::Step::Yielded(v),
                            None => super::generator::Step::Returned(Value::None),
                        },
                    };
                    match step {
                        super::generator::Step::Yielded(v) => {
                            // Resumed, this instruction runs again with the sent value.
                            ip -= 1;
                            save!();
                            return Ok(Halt::Yield(v));
                        }
                        super::generator::Step::Returned(r) => {
                            fiber.stack.pop();
                            fiber.stack.push(r);
                        }
                    }
                }
                Op::Await => {
                    let aw = pop!();
                    save!();
                    if let Some(halt) = self.await_value(fiber, aw)? {
                        return Ok(halt);
                    }
                    reload!();
                }
                Op::Raise(n) => {
                    save!();
                    return Err(self.make_raise(fiber, n)?);
                }
                Op::SetupExcept(t) => fiber.handlers.push(Handler {
                    target: t as usize,
                    stack: fiber.stack.len(),
                    handled: fiber.handled.len(),
                }),
                Op::SetupWith(t) => fiber.handlers.push(Handler {
                    target: t as usize,
                    stack: fiber.stack.len() - 1,
                    handled: fiber.handled.len(),
                }),
                Op::PopBlock => {
                    fiber.handlers.pop();
                }
                Op::PushExcInfo => {
                    if let Value::Exception(e) = top!() {
                        fiber.handled.push(e.clone());
                    }
                }
                Op::PopExcept => {
                    fiber.handled.pop();
                }
                Op::Reraise => {
                    let e = pop!();
                    save!();
                    if let Value::Exception(e) = e {
                        self.reraising = true;
                        return Err(e);
                    }
                }
                Op::CheckExcMatch => {
                    let class = pop!();
                    save!();
                    let Value::Exception(e) = pop!() else {
                        unreachable!("an exception is being matched")
                    };
                    let m = exception_matches(&e, &class)?;
                    fiber.stack.push(Value::Bool(m));
                }
                Op::FormatValue(fl) => {
                    let spec = if fl & 4 != 0 { Some(pop!()) } else { None };
                    let v = pop!();
                    save!();
                    let v = match fl & 3 {
                        1 => Value::str(self.to_str(&v)?),
                        2 => Value::str(self.repr(&v)?),
                        3 => Value::str(ascii(&self.repr(&v)?)),
                        _ => v,
                    };
                    let spec = spec.as_ref().and_then(|s| s.as_str()).unwrap_or("");
                    fiber.stack.push(Value::str(self.format(&v, spec)?));
                }
                Op::BuildString(n) => {
                    let parts = fiber.stack.split_off(fiber.stack.len() - n as usize);
                    let mut s = String::new();
                    for p in &parts {
                        if let Value::Str(p) = p {
                            s.push_str(&p.text);
                        }
                    }
                    fiber.stack.push(Value::str(s));
                }
                Op::ImportName(i) => {
                    save!();
                    let name = &code.names[i as usize].text;
                    let m = crate::importer::import_name(self, name, &func.module)?;
                    fiber.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let m = top!().clone();
                    save!();
                    let v = crate::importer::import_from(self, &m, &code.names[i as usize])?;
                    fiber.stack.push(v);
                }
                Op::ImportStar => {
                    let m = pop!();
                    save!();
                    crate::importer::import_star(self, &m, &func.module)?;
                }
                Op::LoadAssertionError => fiber
                    .stack
                    .push(Value::Type(builtin(Builtin::AssertionError))),
                Op::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let found = match &fiber.stack[base] {
                        Value::Dict(ns) => ns.borrow().get(&StrKey(name.as_str())).cloned(),
                        _ => None,
                    };
                    let v = match found {
                        Some(v) => v,
                        None => {
                            let cache = self.globals_of(code, &func.module);
                            let slot = cache.slots[i as usize] as usize;
                            match &func.module.slots.borrow()[slot] {
                                Value::Undef => cache.builtins[i as usize].clone(),
                                v => v.clone(),
                            }
                        }
                    };
                    if let Value::Undef = v {
                        save!();
                        return err(
                            Builtin::NameError,
                            format!("name '{}' is not defined", name.text),
                        );
                    }
                    fiber.stack.push(v);
                }
                Op::StoreName(i) => {
                    let v = pop!();
                    if let Value::Dict(ns) = &fiber.stack[base] {
                        let key = Key(Value::Str(code.names[i as usize].clone()));
                        ns.borrow_mut().insert(key, v);
                    }
                }
                Op::DeleteName(i) => {
                    let name = &code.names[i as usize];
                    let removed = match &fiber.stack[base] {
                        Value::Dict(ns) => ns.borrow_mut().shift_remove(&StrKey(name.as_str())),
                        _ => None,
                    };
                    if removed.is_none() {
                        save!();
                        return err(
                            Builtin::NameError,
                            format!("name '{}' is not defined", name.text),
                        );
                    }
                }
                Op::BuildClass(spec) => {
                    let kw = if spec & (1 << 16) != 0 {
                        match pop!() {
                            Value::Dict(d) => d
                                .borrow()
                                .iter()
                                .filter_map(|(k, v)| match &k.0 {
                                    Value::Str(s) => Some((s.clone(), v.clone())),
                                    _ => None,
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let n = (spec & 0xffff) as usize;
                    let bases = fiber.stack.split_off(fiber.stack.len() - n);
                    let name = pop!();
                    let body = pop!();
                    save!();
                    let step = self.build_class_step(body, name, bases, kw)?;
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::BeforeWith => {
                    let ctx = pop!();
                    save!();
                    let enter = super::protocol::user_method(&ctx, "__enter__");
                    let exit = super::protocol::user_method(&ctx, "__exit__");
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        let missing = if super::protocol::user_method(&ctx, "__enter__").is_none() {
                            ""
                        } else {
                            " (missed __exit__ method)"
                        };
                        return type_error(format!(
                            "'{}' object does not support the context manager protocol{missing}",
                            type_name(&ctx)
                        ));
                    };
                    fiber.stack.push(Value::BoundMethod(alloc(BoundMethod {
                        receiver: ctx.clone(),
                        func: exit,
                    })));
                    let step =
                        super::protocol::Step::call(enter, vec![ctx], super::protocol::Then::Value);
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
                Op::Rotate(_)
                | Op::MatchSequence
                | Op::MatchMapping
                | Op::GetLen
                | Op::MatchKeys
                | Op::MatchRest
                | Op::MatchClass(_) => {
                    save!();
                    self.match_op(fiber, op)?;
                }
                Op::BeforeAsyncWith
                | Op::GetAIter
                | Op::GetANext
                | Op::CheckAsync(_)
                | Op::EndAsyncFor => {
                    save!();
                    if self.async_op(fiber, op)? {
                        reload!();
                    }
                }
                Op::WithExceptStart => {
                    let n = fiber.stack.len();
                    let exit = fiber.stack[n - 2].clone();
                    let exc = fiber.stack[n - 1].clone();
                    save!();
                    let class = Value::Type(super::types::type_of(&exc));
                    let tb = crate::stdlib::attributes::traceback_of(&exc);
                    let step = super::protocol::Step::call(
                        exit,
                        vec![class, exc, tb],
                        super::protocol::Then::Value,
                    );
                    if self.push_step(fiber, step)? {
                        reload!();
                    }
                }
            }
        }
    }

    /// Python's RuntimeWarning for a coroutine dropped before it ever ran
    /// (`work()` without `await`), once per line as Python's warnings filter does.
    fn warn_if_never_awaited(&mut self, c: &Ref<Coroutine>, code: &CodeObject, ip: usize) {
        if c.started.get() || std::rc::Rc::strong_count(c) > 1 || c.body.borrow().is_none() {
            return;
        }
        let span = code.spans.get(ip).copied().unwrap_or_default();
        let (line, range) = crate::span::line_of(&code.source, span.start as usize);
        let text = format!(
            "{}:{line}: RuntimeWarning: coroutine '{}' was never awaited",
            code.filename,
            c.qualname.as_str()
        );
        if !self.warned.insert(text.clone()) {
            return;
        }
        self.flush();
        let source = code.source[range].trim();
        let _ = writeln!(
            self.err,
            "{text}\n  {source}\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback"
        );
    }

    /// The code object's global names resolved in its module (made on first use).
    fn globals_of<'c>(&self, code: &'c CodeObject, module: &Module) -> &'c GlobalCache {
        code.globals.get_or_init(|| GlobalCache {
            slots: code.names.iter().map(|n| module.slot(n.as_str())).collect(),
            builtins: code
                .names
                .iter()
                .map(|n| {
                    self.builtins
                        .get(n.as_str())
                        .cloned()
                        .unwrap_or(Value::Undef)
                })
                .collect(),
        })
    }

    /// Builds the exception a `raise` statement raises.
    fn make_raise(&mut self, fiber: &mut Fiber, n: u32) -> PyResult<Ref<Exception>> {
        if n == 0 {
            return match fiber.handled.last() {
                Some(e) => {
                    self.reraising = true;
                    Ok(e.clone())
                }
                None => runtime_error("No active exception to reraise"),
            };
        }
        let cause = if n == 2 {
            Some(fiber.stack.pop().unwrap_or_default())
        } else {
            None
        };
        let exc = fiber.stack.pop().unwrap_or_default();
        let exc = self.exception_from(exc)?;
        if let Some(cause) = cause {
            let cause = match cause {
                Value::None => None,
                c => Some(self.exception_from(c).map_err(|_| {
                    new_error(
                        Builtin::TypeError,
                        "exception causes must derive from BaseException",
                    )
                })?),
            };
            *exc.cause.borrow_mut() = cause;
            exc.suppress_context.set(true);
        }
        Ok(exc)
    }

    /// An exception instance from a `raise` operand: an instance, or a class to call.
    fn exception_from(&mut self, v: Value) -> PyResult<Ref<Exception>> {
        match v {
            Value::Exception(e) => Ok(e),
            Value::Type(t) if t.is_exception() => match self.call_value(&Value::Type(t), vec![])? {
                Value::Exception(e) => Ok(e),
                _ => type_error("exceptions must derive from BaseException"),
            },
            _ => type_error("exceptions must derive from BaseException"),
        }
    }

    /// `await aw`: runs a coroutine inline on this fiber, or parks on a future.
    /// Returns `Some(halt)` when the fiber must stop.
    pub fn await_value(&mut self, fiber: &mut Fiber, aw: Value) -> PyResult<Option<Halt>> {
        match aw {
            Value::Coroutine(c) => {
                if c.started.replace(true) {
                    return runtime_error("cannot reuse already awaited coroutine");
                }
                match c.body.borrow_mut().take() {
                    Some(CoroBody::Script { func, slots }) => {
                        self.check_depth(fiber)?;
                        fiber.stack.push(Value::Coroutine(c.clone()));
                        let base = fiber.stack.len();
                        fiber.stack.extend(slots);
                        fiber.push_frame(func, base);
                        Ok(None)
                    }
                    Some(CoroBody::Sleep { delay, result }) => {
                        if delay <= 0.0 || delay.is_nan() {
                            return Ok(Some(Halt::Yield(result)));
                        }
                        let fut = alloc(crate::runtime::future::Future::new(None));
                        let timer = self.event_loop.call_later(
                            delay,
                            crate::runtime::event_loop::Callback::SetResultUnlessCancelled {
                                future: fut.clone(),
                                value: result,
                            },
                        );
                        Ok(Some(Halt::Await {
                            future: fut,
                            timer: Some(timer),
                        }))
                    }
                    None => runtime_error("cannot reuse already awaited coroutine"),
                }
            }
            Value::Future(f) => {
                if let Some(cur) = &self.current_task
                    && super::heap::same(cur, &f)
                {
                    return runtime_error("Task cannot await on itself");
                }
                let state = match &*f.state.borrow() {
                    FutureState::Pending => None,
                    FutureState::Done(v) => Some(Ok(v.clone())),
                    FutureState::Failed(e) => Some(Err(e.clone())),
                    FutureState::Cancelled(msg) => Some(Err(f.cancelled_error(msg))),
                };
                match state {
                    None => Ok(Some(Halt::Await {
                        future: f,
                        timer: None,
                    })),
                    Some(Ok(v)) => {
                        fiber.stack.push(v);
                        Ok(None)
                    }
                    Some(Err(e)) => {
                        f.log_traceback.set(false);
                        Err(e)
                    }
                }
            }
            other => type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name(&other)
            )),
        }
    }

    /// Pushes a frame for a script function whose slots are on the stack from `base`.
    #[inline]
    pub(super) fn check_depth(&self, fiber: &Fiber) -> PyResult<()> {
        if self.interrupt.take() {
            return Err(super::interrupt::keyboard_interrupt());
        }
        // However high the limit is set, frames stop at MAX_FRAMES (CPython
        // would have crashed long before; this ends with a RecursionError).
        let limit = self.recursion_limit.min(MAX_FRAMES);
        if self.outer_frames + fiber.frames.len() + 1 > limit {
            return err(Builtin::RecursionError, "maximum recursion depth exceeded");
        }
        Ok(())
    }
}

/// How CPython names a callable in argument errors: `__main__.f()`, `print()`.
fn function_str(f: &Value) -> String {
    match f {
        Value::Function(f) if &*f.module.name.text != "builtins" => {
            format!("{}.{}()", f.module.name.text, f.qualname.text)
        }
        Value::Function(f) => format!("{}()", f.qualname.text),
        Value::BoundMethod(b) => function_str(&b.func),
        Value::Native(n) => format!("{}()", n.name),
        Value::Type(t) => format!("{}()", t.name),
        other => format!("{}()", type_name(other)),
    }
}

/// `a op b` when it is quick and cannot fail or run script code: identity,
/// and the order of two ints, two floats (IEEE order is Python's, NaN
/// included) or two strs; else `None`.
#[inline(always)]
fn quick_compare(op: crate::syntax::ast::CmpOp, a: &Value, b: &Value) -> Option<bool> {
    use crate::syntax::ast::CmpOp;
    match op {
        CmpOp::Is => return Some(a.is(b)),
        CmpOp::IsNot => return Some(!a.is(b)),
        _ => {}
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => compare_ordered(op, x, y),
        (Value::Float(x), Value::Float(y)) => compare_ordered(op, x, y),
        // UTF-8's byte order is the order of code points, Python's.
        (Value::Str(x), Value::Str(y)) => compare_ordered(op, x.as_str(), y.as_str()),
        _ => None,
    }
}

fn compare_ordered<T: PartialOrd>(op: crate::syntax::ast::CmpOp, x: T, y: T) -> Option<bool> {
    use crate::syntax::ast::CmpOp;
    Some(match op {
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        _ => return None,
    })
}

/// The deepest a program's calls may nest, whatever `sys.setrecursionlimit` says.
pub(super) const MAX_FRAMES: usize = 1_000_000;

/// `x op y` for two ints when it is quick and cannot fail (else `None`:
/// the general path decides, overflow and errors included).
#[inline]
fn arith_int(op: crate::syntax::ast::BinOp, x: i64, y: i64) -> Option<Value> {
    use crate::syntax::ast::BinOp;
    match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mul => x.checked_mul(y).map(Value::Int),
        _ => None,
    }
}

/// `x op y` for floats (ints already converted) when IEEE arithmetic is
/// Python's answer: `+`, `-`, `*`, and `/` by a non-zero divisor.
#[inline]
fn arith_float(op: crate::syntax::ast::BinOp, x: f64, y: f64) -> Option<Value> {
    use crate::syntax::ast::BinOp;
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::Div if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

fn unbound_local(name: &str) -> Ref<Exception> {
    new_error(
        Builtin::UnboundLocalError,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// Whether an exception matches an `except` clause's class (or tuple of classes).
pub fn exception_matches(e: &Exception, class: &Value) -> PyResult<bool> {
    match class {
        Value::Type(t) if t.is_exception() => Ok(e.class.is_subclass(t)),
        Value::Tuple(items) => {
            for c in items.iter() {
                if exception_matches(e, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error("catching classes that do not inherit from BaseException is not allowed"),
    }
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// Whether an operand may have operator methods a program wrote: an
/// instance, a user exception or a class (whose metaclass may).
fn is_user_value(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Exception(e) => e.class.is_user,
        Value::Type(t) => t.metaclass().is_some(),
        _ => false,
    }
}

impl Vm {
    /// `LoadMethod`: pushes `method obj` when `obj.name` is a plain method
    /// (called without a bound method), else `attr Undef`.
    #[inline]
    fn load_method(
        &mut self,
        fiber: &mut Fiber,
        code: &CodeObject,
        i: u32,
        obj: Value,
    ) -> PyResult<()> {
        let name = &code.names[i as usize];
        let method = match &obj {
            Value::Instance(_) => self.method_of(&obj, &name.text, &code.methods[i as usize]),
            _ => crate::stdlib::methods::lookup(&obj, &name.text).map(Value::Native),
        };
        match method {
            Some(m) => {
                fiber.stack.push(m);
                fiber.stack.push(obj);
            }
            None => {
                let step = self.get_attr_step(obj, name)?;
                let v = self.drive(step)?;
                fiber.stack.push(v);
                fiber.stack.push(Value::Undef);
            }
        }
        Ok(())
    }
}

impl Vm {
    /// A comparison `quick_compare` could not answer: through operator
    /// methods (a frame is pushed when one is a plain function: true) or the
    /// built-in rules (the result is pushed).
    fn compare_general(
        &mut self,
        fiber: &mut Fiber,
        cmp: crate::syntax::ast::CmpOp,
        a: Value,
        b: Value,
    ) -> PyResult<bool> {
        use crate::syntax::ast::CmpOp;
        let operator = !matches!(cmp, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn);
        if operator && (is_user_value(&a) || is_user_value(&b)) {
            let op = super::protocol::Operator::Compare(cmp);
            return self.push_operator(fiber, op, a, b, false);
        }
        let step = self.compare_step(cmp, a, b)?;
        self.push_step(fiber, step)
    }
}
