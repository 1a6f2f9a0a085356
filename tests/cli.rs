//! The `coro` command end to end: exit statuses, `coro test` with its diff,
//! summary line and `--bless`.

use std::path::Path;
use std::process::Command;

fn coro(args: &[&str], dir: &Path) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("coro runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("coro-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn test_command_reports_diff_then_bless_fixes_it() {
    let dir = scratch("bless");
    std::fs::write(dir.join("good.py"), "print('hi')\n").unwrap();
    std::fs::write(dir.join("good.out"), "hi\n").unwrap();
    std::fs::write(dir.join("bad.py"), "print('actual')\n").unwrap();
    std::fs::write(dir.join("bad.out"), "expected\n").unwrap();
    let (out, _, status) = coro(&["test", "."], &dir);
    assert_eq!(status, 1);
    assert!(out.contains("FAIL bad"), "{out}");
    assert!(out.contains("-expected\n+actual\n"), "{out}");
    assert!(out.ends_with("1 passed, 1 failed\n"), "{out}");
    let (out, _, status) = coro(&["test", ".", "--bless"], &dir);
    assert_eq!(status, 0, "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.join("bad.out")).unwrap(),
        "actual\n"
    );
    let (out, _, status) = coro(&["test", ".", "-k", "bad"], &dir);
    assert_eq!((out.as_str(), status), ("1 passed, 0 failed\n", 0));
}

#[test]
fn exit_statuses_follow_python() {
    let dir = scratch("status");
    std::fs::write(dir.join("ok.py"), "print(1)\n").unwrap();
    std::fs::write(
        dir.join("raises.py"),
        "print('before')\nraise ValueError('boom')\n",
    )
    .unwrap();
    std::fs::write(dir.join("syntax.py"), "x = = 1\n").unwrap();
    assert_eq!(
        coro(&["run", "ok.py"], &dir),
        ("1\n".into(), String::new(), 0)
    );
    let (out, err, status) = coro(&["raises.py"], &dir);
    assert_eq!((out.as_str(), status), ("before\n", 1));
    assert!(err.ends_with("ValueError: boom\n"), "{err}");
    let (_, err, status) = coro(&["check", "syntax.py"], &dir);
    assert_eq!(status, 1);
    assert!(err.contains("SyntaxError"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "no colour when stderr is not a terminal"
    );
    assert_eq!(coro(&["missing.py"], &dir).2, 2);
    assert_eq!(coro(&["--no-such-flag"], &dir).2, 2);
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_and_keeps_output() {
    let dir = scratch("sigint");
    std::fs::write(
        dir.join("spin.py"),
        "print('started')\nwhile True:\n    pass\n",
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg("spin.py")
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("coro starts");
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    let out = child.wait_with_output().expect("coro ends");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "started\n");
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("KeyboardInterrupt\n"));
    assert_eq!(out.status.code(), Some(130));
}

#[test]
fn never_awaited_coroutine_warns_once_per_line() {
    let dir = scratch("never-awaited");
    let src = "import asyncio\n\nasync def work():\n    print('never')\n\nasync def main():\n    for i in range(3):\n        work()\n    print('done')\n\nasyncio.run(main())\n";
    std::fs::write(dir.join("w.py"), src).unwrap();
    let (out, err, status) = coro(&["w.py"], &dir);
    assert_eq!((out.as_str(), status), ("done\n", 0));
    assert_eq!(
        err,
        "w.py:8: RuntimeWarning: coroutine 'work' was never awaited\n  work()\n\
         RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    );
}

/// Runs coro with `input` on stdin.
fn coro_stdin(args: &[&str], dir: &Path, input: &str) -> (String, String, i32) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(args)
        .current_dir(dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("coro starts");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes()).expect("stdin written");
    }
    let out = child.wait_with_output().expect("coro ends");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn script_arguments_code_and_stdin_set_argv_as_python() {
    let dir = scratch("argv");
    std::fs::write(dir.join("args.py"), "import sys\nprint(sys.argv)\n").unwrap();
    let expect = "['args.py', 'a', '-b', '--c']\n";
    assert_eq!(coro(&["run", "args.py", "a", "-b", "--c"], &dir).0, expect);
    assert_eq!(coro(&["args.py", "a", "-b", "--c"], &dir).0, expect);
    let (out, _, status) = coro(&["-c", "import sys; print(sys.argv, 6 * 7)", "x"], &dir);
    assert_eq!((out.as_str(), status), ("['-c', 'x'] 42\n", 0));
    let src = "import sys\nprint(sys.argv)\n";
    assert_eq!(coro_stdin(&[], &dir, src).0, "['']\n");
    assert_eq!(coro_stdin(&["-"], &dir, src).0, "['-']\n");
    let (_, err, status) = coro(&["-c", "1/0"], &dir);
    assert_eq!(status, 1);
    assert!(err.contains("File \"<string>\", line 1"), "{err}");
}

#[test]
fn system_exit_codes_follow_python() {
    let dir = scratch("exit");
    let cases: &[(&str, &str, i32)] = &[
        ("raise SystemExit('msg')", "msg\n", 1),
        ("raise SystemExit(3)", "", 3),
        ("raise SystemExit(256)", "", 0),
        ("raise SystemExit(-1)", "", 255),
        ("raise SystemExit(2**64)", "", 255),
        ("raise SystemExit(None)", "", 0),
        ("import sys; sys.exit(4)", "", 4),
        ("exit()", "", 0),
        ("quit(5)", "", 5),
        ("raise SystemExit(1, 2)", "(1, 2)\n", 1),
    ];
    for (code, err, status) in cases {
        let got = coro(&["-c", code], &dir);
        assert_eq!((got.1.as_str(), got.2), (*err, *status), "{code}");
    }
}

#[test]
fn a_mistyped_subcommand_suggests_the_right_one() {
    let dir = scratch("typo");
    let (_, err, status) = coro(&["rn", "x.py"], &dir);
    assert_eq!(status, 2);
    assert!(err.contains("did you mean `coro run`?"), "{err}");
    let (_, err, status) = coro(&["tset"], &dir);
    assert_eq!(status, 2);
    assert!(err.contains("`coro test`"), "{err}");
}

#[test]
fn bless_with_a_filter_writes_only_the_selected_cases() {
    let dir = scratch("bless-k");
    std::fs::write(dir.join("wanted.py"), "print('yes')\n").unwrap();
    std::fs::write(dir.join("other.py"), "print('no')\n").unwrap();
    let (out, _, status) = coro(&["test", "--bless", "-k", "want", "."], &dir);
    assert_eq!(status, 0, "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.join("wanted.out")).unwrap(),
        "yes\n"
    );
    assert!(!dir.join("other.out").exists(), "other.py is not selected");
}

#[test]
fn deep_recursion_traceback_collapses_repeated_lines() {
    let dir = scratch("recursion");
    std::fs::write(dir.join("r.py"), "def f(n):\n    return f(n + 1)\n\nf(0)\n").unwrap();
    let (_, err, status) = coro(&["r.py"], &dir);
    assert_eq!(status, 1);
    assert!(
        err.contains("  [Previous line repeated 996 more times]\n"),
        "{err}"
    );
    assert!(err.lines().count() < 20, "{err}");
}

#[test]
fn piped_input_with_inspect_runs_the_script_then_each_input() {
    let dir = scratch("inspect");
    std::fs::write(dir.join("s.py"), "x = 20\n").unwrap();
    let (out, _, status) = coro_stdin(&["-i", "s.py"], &dir, "x + 1\nprint(x * 2)\n");
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("21\n40\n"), "{out}");
}

#[test]
fn a_closed_pipe_stops_the_program_with_broken_pipe_error() {
    use std::io::{BufRead, BufReader, Read};
    let dir = scratch("pipe");
    std::fs::write(
        dir.join("forever.py"),
        "i = 0\nwhile True:\n    print(i)\n    i += 1\n",
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg("forever.py")
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("coro starts");
    // As `coro forever.py | head -1`: one line read, then the pipe closed.
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout"))
        .read_line(&mut first)
        .expect("a line");
    assert_eq!(first, "0\n");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let status = loop {
        if let Some(status) = child.try_wait().expect("coro runs") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("coro kept running after its reader went away");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("piped stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    assert_eq!(status.code(), Some(1), "{err}");
    assert!(
        err.ends_with("    print(i)\nBrokenPipeError: [Errno 32] Broken pipe\n"),
        "{err}"
    );
}

#[test]
fn output_left_for_a_closed_pipe_at_exit_is_reported_as_cpython_does() {
    let dir = scratch("pipe-exit");
    std::fs::write(
        dir.join("late.py"),
        "import time\ntime.sleep(0.3)\nprint('nobody reads this')\n",
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg("late.py")
        .current_dir(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("coro starts");
    // As `coro late.py | true`: the reader is gone before anything is written.
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("coro ends");
    assert_eq!(out.status.code(), Some(120));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
         BrokenPipeError: [Errno 32] Broken pipe\n"
    );
}

#[test]
fn imports_search_the_scripts_folder_then_the_current_one_for_code() {
    let dir = scratch("imports");
    std::fs::create_dir_all(dir.join("app")).unwrap();
    std::fs::write(dir.join("helpers.py"), "WHO = 'the current folder'\n").unwrap();
    std::fs::write(dir.join("app/helpers.py"), "WHO = 'the script folder'\n").unwrap();
    std::fs::write(
        dir.join("app/main.py"),
        "import helpers, sys\nprint(helpers.WHO, sys.path[0].endswith('app'))\n",
    )
    .unwrap();
    let (out, err, status) = coro(&["run", "app/main.py"], &dir);
    assert_eq!(
        (out.as_str(), status),
        ("the script folder True\n", 0),
        "{err}"
    );
    // `-c`, like the REPL and a piped script, starts sys.path with ''.
    let (out, _, _) = coro(
        &[
            "-c",
            "import helpers, sys; print(helpers.WHO, sys.path[0] == '')",
        ],
        &dir,
    );
    assert_eq!(out, "the current folder True\n");
    let (out, _, _) = coro_stdin(&[], &dir, "import helpers\nprint(helpers.WHO)\n");
    assert_eq!(out, "the current folder\n");
}

#[test]
fn a_script_reads_piped_input_with_input_and_sys_stdin() {
    let dir = scratch("stdin");
    std::fs::write(
        dir.join("read.py"),
        "import sys\nname = input('name: ')\nrest = sys.stdin.read()\nprint(name, rest.split())\ntry:\n    input()\nexcept EOFError as e:\n    print(e)\n",
    )
    .unwrap();
    let (out, _, status) = coro_stdin(&["run", "read.py"], &dir, "Ada\n1 2\n3\n");
    assert_eq!(
        (out.as_str(), status),
        ("name: Ada ['1', '2', '3']\nEOF when reading a line\n", 0)
    );
}

#[test]
fn check_reports_the_errors_of_imported_modules_with_their_paths() {
    let dir = scratch("check");
    std::fs::create_dir_all(dir.join("app/pkg")).unwrap();
    std::fs::write(dir.join("app/pkg/__init__.py"), "from .util import f\n").unwrap();
    std::fs::write(dir.join("app/pkg/util.py"), "def f(:\n    pass\n").unwrap();
    std::fs::write(dir.join("app/other.py"), "x = 1\n").unwrap();
    std::fs::write(
        dir.join("app/main.py"),
        "import other\ntry:\n    import not_there\nexcept ImportError:\n    pass\nfrom pkg import f\n",
    )
    .unwrap();
    let (_, err, status) = coro(&["check", "app/main.py"], &dir);
    assert_eq!(status, 1);
    assert!(err.contains("app/pkg/util.py:1:6"), "{err}");
    assert!(!err.contains("main.py"), "{err}");
    std::fs::write(dir.join("app/pkg/util.py"), "def f():\n    pass\n").unwrap();
    assert_eq!(
        coro(&["check", "app/main.py"], &dir),
        (String::new(), String::new(), 0)
    );
}

#[test]
fn system_exit_from_an_imported_module_ends_the_program() {
    let dir = scratch("exit-import");
    std::fs::write(
        dir.join("quits.py"),
        "import sys\nsys.exit('stopped in quits')\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("main.py"),
        "print('start')\nimport quits\nprint('never')\n",
    )
    .unwrap();
    assert_eq!(
        coro(&["main.py"], &dir),
        ("start\n".to_string(), "stopped in quits\n".to_string(), 1)
    );
}
