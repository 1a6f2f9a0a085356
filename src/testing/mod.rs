//! The golden-output runner: a case is `NAME.py` with its expected stdout in
//! `NAME.out` (and, for a case that fails on purpose, its expected stderr in
//! `NAME.err`). The cargo test harness and `coro test` both use it.

mod suite;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;
pub use suite::{SuiteOptions, run_suite};

/// One golden case.
#[derive(Clone, Debug)]
pub struct Case {
    /// Path relative to the suite root, without `.py` (`asyncio/gather_order`).
    pub name: String,
    pub script: PathBuf,
    pub expected_out: PathBuf,
    pub expected_err: Option<PathBuf>,
    /// The first line says `# coro-only: why`: python3 cannot check it.
    pub coro_only: bool,
}

impl Case {
    /// How the case runs: on the virtual clock, unless one of its first lines
    /// is `# coro-test: real-time`; with the arguments of a first line
    /// `# coro-test: args A B` after its name in `sys.argv`; with `NAME.in`
    /// (if there is one) as its stdin; with its folder first on `sys.path`.
    pub fn options(&self) -> crate::Options {
        // python3 runs the case as `python3 NAME.py ARGS...` in its folder.
        let name = self
            .script
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        crate::Options {
            virtual_time: self.header("real-time").is_none(),
            argv: std::iter::once(name.unwrap_or_default())
                .chain(self.args())
                .collect(),
            script_dir: self.folder(),
            stdin: Some(self.stdin().into()),
            ..Default::default()
        }
    }

    /// The rest of a `# coro-test: WORD rest` line among the first three.
    fn header(&self, word: &str) -> Option<String> {
        let src = std::fs::read_to_string(&self.script).unwrap_or_default();
        src.lines().take(3).find_map(|l| {
            let rest = l.trim().strip_prefix("# coro-test:")?.trim();
            let after = rest.strip_prefix(word)?;
            (after.is_empty() || after.starts_with(' ')).then(|| after.trim().to_string())
        })
    }

    /// The arguments the case is run with, split on spaces.
    pub fn args(&self) -> Vec<String> {
        self.header("args")
            .map(|a| a.split_whitespace().map(String::from).collect())
            .unwrap_or_default()
    }

    /// What the case reads on stdin: `NAME.in`, or nothing.
    pub fn stdin(&self) -> Vec<u8> {
        std::fs::read(self.script.with_extension("in")).unwrap_or_default()
    }

    /// The case's folder, absolute (`sys.path[0]`).
    pub fn folder(&self) -> Option<PathBuf> {
        std::fs::canonicalize(&self.script)
            .ok()
            .and_then(|p| p.parent().map(Path::to_path_buf))
    }
}

/// What a run printed and how it ended.
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: i32,
}

/// Whether a script is a module that cases import, never a case itself: a
/// file of a package (its folder has an `__init__.py`), or one whose first
/// line is `# coro-test: module`.
pub fn is_module(script: &Path) -> bool {
    if script
        .parent()
        .is_some_and(|d| d.join("__init__.py").is_file())
    {
        return true;
    }
    std::fs::read_to_string(script).is_ok_and(|s| {
        s.lines()
            .next()
            .is_some_and(|l| l.trim() == "# coro-test: module")
    })
}

/// Every case under `root`, sorted by name.
pub fn discover(root: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    walk(root, root, &mut cases);
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

fn walk(root: &Path, dir: &Path, cases: &mut Vec<Case>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, cases);
        } else if path.extension().is_some_and(|e| e == "py") {
            let out = path.with_extension("out");
            if !out.exists() || is_module(&path) {
                continue;
            }
            let err = path.with_extension("err");
            let rel = path.strip_prefix(root).unwrap_or(&path).with_extension("");
            let first = std::fs::read_to_string(&path).unwrap_or_default();
            cases.push(Case {
                name: rel.to_string_lossy().replace('\\', "/"),
                coro_only: first.starts_with("# coro-only"),
                script: path.clone(),
                expected_out: out,
                expected_err: err.exists().then_some(err),
            });
        }
    }
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs a case in this process, as `coro run` would from the case's folder
/// (the traceback shows the file name only). `None` when it exceeds `limit`.
pub fn run_case(case: &Case, options: &crate::Options, limit: Duration) -> Option<Outcome> {
    let file = case
        .script
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let src = match crate::source_text(
        &file,
        &std::fs::read(&case.script).unwrap_or_default(),
        false,
    ) {
        Ok(src) => src,
        Err(report) => {
            return Some(Outcome {
                stdout: Vec::new(),
                stderr: report.into_bytes(),
                status: 1,
            });
        }
    };
    let (out, err) = (Capture::default(), Capture::default());
    let (o, e) = (out.clone(), err.clone());
    let options = options.clone();
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let status = crate::run(&file, &src, &options, Box::new(o), Box::new(e), false);
            let _ = tx.send(status);
        });
    if spawned.is_err() {
        return None;
    }
    let status = match rx.recv_timeout(limit) {
        Ok(s) => s,
        Err(mpsc::RecvTimeoutError::Timeout) => return None,
        Err(mpsc::RecvTimeoutError::Disconnected) => 101,
    };
    let take = |c: Capture| c.0.lock().map(|v| v.clone()).unwrap_or_default();
    Some(Outcome {
        stdout: take(out),
        stderr: relative_paths(take(err), case.folder()),
        status,
    })
}

/// Diagnostics with the paths of the case's own modules made relative to its
/// folder, so that a `.err` reads the same on every machine (`File
/// "helpers.py"` where Coro printed the absolute path).
fn relative_paths(stderr: Vec<u8>, folder: Option<PathBuf>) -> Vec<u8> {
    let Some(folder) = folder else { return stderr };
    let prefix = format!("{}/", folder.display());
    let text = String::from_utf8_lossy(&stderr);
    if !text.contains(&prefix) {
        return stderr;
    }
    text.replace(&prefix, "").into_bytes()
}

/// Compares an outcome with the case's expectations; the error is a readable report.
pub fn check(case: &Case, got: &Outcome) -> Result<(), String> {
    let mut report = String::new();
    let expected = std::fs::read(&case.expected_out).unwrap_or_default();
    if expected != got.stdout {
        report.push_str(&diff("stdout", &expected, &got.stdout));
    }
    match &case.expected_err {
        Some(err_path) => {
            let expected = std::fs::read(err_path).unwrap_or_default();
            if expected != got.stderr {
                report.push_str(&diff("stderr", &expected, &got.stderr));
            }
            if got.status == 0 {
                report.push_str("exit status 0, but the case expects a failure\n");
            }
        }
        None => {
            if got.status != 0 {
                report.push_str(&format!(
                    "exit status {}\nstderr:\n{}",
                    got.status,
                    String::from_utf8_lossy(&got.stderr)
                ));
            }
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

/// A unified diff, `-` expected and `+` actual, with line numbers.
pub fn diff(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let (e, a) = (
        String::from_utf8_lossy(expected),
        String::from_utf8_lossy(actual),
    );
    let d = similar::TextDiff::from_lines(&*e, &*a);
    let mut out = format!("--- expected {what}\n+++ actual {what}\n");
    for hunk in d.unified_diff().context_radius(3).iter_hunks() {
        out.push_str(&hunk.to_string());
    }
    if !e.ends_with('\n') || !a.ends_with('\n') {
        out.push_str("\\ (the last line of one side has no newline)\n");
    }
    out
}

/// Runs the case's script under python3 in its folder, if python3 exists.
pub fn run_python(case: &Case) -> Option<std::io::Result<std::process::Output>> {
    let dir = case.script.parent()?;
    let file = case.script.file_name()?;
    let python = which_python()?;
    // The stdin of the case, and no `__pycache__` folders left beside
    // the cases' modules.
    let run = || -> std::io::Result<std::process::Output> {
        let mut child = std::process::Command::new(python)
            .arg(file)
            .args(case.args())
            .current_dir(dir)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()?;
        if let Some(mut input) = child.stdin.take() {
            // A case that stops reading early closes the pipe: not an error.
            let _ = input.write_all(&case.stdin());
        }
        child.wait_with_output()
    };
    Some(run())
}

fn which_python() -> Option<&'static str> {
    static FOUND: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    let ok = *FOUND.get_or_init(|| {
        std::process::Command::new("python3")
            .arg("-c")
            .arg("pass")
            .output()
            .is_ok_and(|o| o.status.success())
    });
    ok.then_some("python3")
}
