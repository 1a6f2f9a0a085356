//! The session API as an embedder uses it: one VM and one live event loop
//! across inputs, output in buffers the host chooses.

use coro::session::{Outcome, Session, input_is_complete};
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// A writer whose text the test can read.
#[derive(Clone, Default)]
struct Buf(Rc<RefCell<Vec<u8>>>);

impl Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Buf {
    fn take(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.0.borrow_mut())).into_owned()
    }
}

fn session() -> (Session, Buf, Buf) {
    let (out, err) = (Buf::default(), Buf::default());
    let options = coro::Options {
        virtual_time: true,
        argv: vec![String::new()],
        ..Default::default()
    };
    let s = Session::new(
        &options,
        Box::new(out.clone()),
        Box::new(err.clone()),
        false,
    );
    (s, out, err)
}

#[test]
fn globals_persist_and_expressions_echo() {
    let (mut s, out, _) = session();
    assert_eq!(s.run_input("x = 6\n"), Outcome::Ok);
    assert_eq!(s.run_input("x * 7\n"), Outcome::Ok);
    assert_eq!(s.run_input("_ + 1\n"), Outcome::Ok);
    assert_eq!(s.run_input("None\n"), Outcome::Ok);
    assert_eq!(s.run_input("for i in range(2): i\n\n"), Outcome::Ok);
    assert_eq!(out.take(), "42\n43\n0\n1\n");
}

#[test]
fn a_task_from_one_input_runs_while_a_later_input_awaits() {
    let (mut s, out, _) = session();
    let src = "import asyncio\nasync def tick(n):\n    for i in range(n):\n        await asyncio.sleep(1)\n        print('tick', i)\n    return 'ticked'\n\n";
    assert_eq!(s.run_input(src), Outcome::Ok);
    assert_eq!(
        s.run_input("t = asyncio.create_task(tick(3))\n"),
        Outcome::Ok
    );
    assert_eq!(out.take(), "");
    assert_eq!(s.run_input("await asyncio.sleep(2.5)\n"), Outcome::Ok);
    assert_eq!(out.take(), "tick 0\ntick 1\n");
    assert_eq!(s.run_input("await t\n"), Outcome::Ok);
    assert_eq!(out.take(), "tick 2\n'ticked'\n");
}

#[test]
fn ready_tasks_run_between_inputs_through_run_ready() {
    let (mut s, out, _) = session();
    s.run_input("import asyncio\nasync def hi():\n    print('hi')\n\n");
    s.run_input("t = asyncio.create_task(hi())\n");
    assert_eq!(out.take(), "");
    assert_eq!(s.next_wakeup(), Some(std::time::Duration::ZERO));
    s.run_ready();
    assert_eq!(out.take(), "hi\n");
    assert_eq!(s.next_wakeup(), None);
}

#[test]
fn errors_never_end_the_session() {
    let (mut s, out, err) = session();
    assert_eq!(s.run_input("1/0\n"), Outcome::Failed);
    assert!(
        err.take()
            .ends_with("ZeroDivisionError: division by zero\n")
    );
    assert_eq!(s.run_input("x = = 1\n"), Outcome::Failed);
    assert!(err.take().contains("invalid syntax"));
    assert_eq!(
        s.run_input("import asyncio\nasyncio.run(asyncio.sleep(0))\n"),
        Outcome::Failed
    );
    assert!(
        err.take()
            .contains("cannot be called from a running event loop")
    );
    assert_eq!(s.run_input("print('fine')\n"), Outcome::Ok);
    assert_eq!(out.take(), "fine\n");
    assert_eq!(s.run_input("exit(3)\n"), Outcome::Exit(3));
}

#[test]
fn an_await_that_nothing_can_wake_is_reported_not_hung() {
    let (mut s, _, err) = session();
    s.run_input("import asyncio\n");
    let outcome = s.run_input("await asyncio.get_running_loop().create_future()\n");
    assert_eq!(outcome, Outcome::Failed);
    assert!(err.take().contains("deadlock"));
}

#[test]
fn tasks_show_where_they_wait() {
    let (mut s, _, _) = session();
    s.run_input("import asyncio\nasync def w():\n    await asyncio.sleep(10)\n\n");
    s.run_input("t = asyncio.create_task(w(), name='sleeper')\n");
    s.run_ready();
    let tasks = s.tasks();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].name, "sleeper");
    assert_eq!(tasks[0].coro, "w");
    assert_eq!(tasks[0].state, "waiting");
    assert_eq!(tasks[0].place, Some(("<input-1>".to_string(), 3)));
    assert_eq!(tasks[0].waits_on, "sleep");
    s.run_input("async def on(x):\n    await x\n\n");
    s.run_input("u = asyncio.create_task(on(t), name='on-t')\n");
    s.run_input("g = asyncio.create_task(on(asyncio.gather(t, asyncio.sleep(1))))\n");
    s.run_ready();
    let waits: Vec<String> = s.tasks().into_iter().map(|t| t.waits_on).collect();
    assert_eq!(
        waits,
        [
            "sleep",
            "task 'sleeper'",
            "sleep",
            "gather of 2 (pending: 'sleeper', 'Task-3')"
        ]
    );
}

#[test]
fn completion_knows_names_keywords_and_module_members() {
    let (mut s, _, _) = session();
    s.run_input("import asyncio\nmy_value = 1\nwords = 'a b'\n");
    assert_eq!(
        s.completions("words.spl"),
        vec!["words.split", "words.splitlines"]
    );
    assert!(
        s.completions("asyncio.cre")
            .contains(&"asyncio.create_task".to_string())
    );
    assert_eq!(s.completions("my_v"), vec!["my_value"]);
    assert!(s.completions("whi").contains(&"while".to_string()));
    assert!(s.completions("pri").contains(&"print".to_string()));
    let class = "class Point:\n    def __init__(self):\n        self.xpos = 1\n    def xmove(self):\n        pass\n\n";
    s.run_input(class);
    s.run_input("pt = Point()\n");
    assert_eq!(s.completions("pt.x"), vec!["pt.xmove", "pt.xpos"]);
    assert_eq!(s.completions("Point.xm"), vec!["Point.xmove"]);
}

#[test]
fn completeness_of_typed_lines() {
    assert!(input_is_complete("x = 1\n", false));
    assert!(!input_is_complete("def f():\n", false));
    assert!(!input_is_complete("def f():\n    return 1\n", false));
    assert!(input_is_complete("def f():\n    return 1\n\n", false));
    assert!(!input_is_complete("x = [1,\n", false));
    assert!(input_is_complete("x = [1,\n 2]\n", false));
    assert!(!input_is_complete("s = '''abc\n", false));
    assert!(!input_is_complete("x = 1 + \\\n", false));
    assert!(!input_is_complete("if x: pass\n", false));
    assert!(input_is_complete(
        "def f():\n    return 1\nprint(f())\n",
        true
    ));
}

#[test]
fn a_coroutine_echoed_and_then_dropped_warns() {
    let (mut s, out, err) = session();
    s.run_input("async def f():\n    pass\n\n");
    s.run_input("f()\n");
    assert!(out.take().starts_with("<coroutine object f at 0x"));
    s.run_input("1\n");
    assert_eq!(out.take(), "1\n");
    assert_eq!(
        err.take(),
        "RuntimeWarning: coroutine 'f' was never awaited\n"
    );
}

#[test]
fn an_input_task_kept_by_the_program_ends_done() {
    let (mut s, out, _) = session();
    s.run_input("import asyncio\n");
    s.run_input("me = asyncio.current_task(); await asyncio.sleep(0)\n");
    s.run_input("me.done(), me.result()\n");
    assert_eq!(out.take(), "(True, None)\n");
    assert!(s.tasks().is_empty());
}

#[test]
fn async_with_and_async_for_run_at_the_top_level() {
    let (mut s, out, err) = session();
    assert_eq!(
        s.run_input("import asyncio\nlock = asyncio.Lock()\n"),
        Outcome::Ok
    );
    assert_eq!(
        s.run_input("async with lock:\n    print('held', lock.locked())\n\n"),
        Outcome::Ok
    );
    let src = "class Two:\n    def __init__(self): self.n = 0\n    def __aiter__(self): return self\n    async def __anext__(self):\n        self.n += 1\n        if self.n > 2: raise StopAsyncIteration\n        return self.n\n\n";
    assert_eq!(s.run_input(src), Outcome::Ok);
    assert_eq!(
        s.run_input("async for i in Two():\n    print('item', i)\n\n"),
        Outcome::Ok
    );
    assert_eq!(s.run_input("lock.locked()\n"), Outcome::Ok);
    assert_eq!(out.take(), "held True\nitem 1\nitem 2\nFalse\n");
    assert_eq!(err.take(), "");
}
