//! The `coro` command: a thin CLI over the library.

mod repl;

use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "coro",
    version,
    about = "Coro: a tiny scripting language with native async/await (a Python 3 subset)",
    after_help = "With no script and a terminal on stdin, coro starts the REPL; \
                  with input piped in, it runs that input as a script (`coro -` too).",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Run CODE as a script; the arguments after it go to sys.argv[1:].
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    code: Option<String>,
    /// After the script, open the REPL on its globals and live event loop.
    #[arg(short = 'i')]
    inspect: bool,
    /// A script to run (`-` for stdin; same as `coro run FILE`) and its arguments.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "FILE [ARG]..."
    )]
    args: Vec<String>,
    /// Use the virtual clock: sleeps take no real time.
    #[arg(long, global = true)]
    virtual_time: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script; the arguments after it go to sys.argv[1:].
    Run {
        file: String,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Parse and compile a script, reporting every error; run nothing.
    Check { file: String },
    /// Show the bytecode of a script.
    Dis { file: String },
    /// Run golden-output cases: every NAME.py with a NAME.out beside it.
    Test {
        /// Files or folders of cases (default: tests/).
        paths: Vec<String>,
        /// Only cases whose name contains this.
        #[arg(short = 'k')]
        filter: Option<String>,
        /// Write the actual output into the expectation files.
        #[arg(long)]
        bless: bool,
        /// Cases run at once (default: the number of cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Seconds a case may run before it is reported as TIMEOUT.
        #[arg(long, default_value_t = 30.0)]
        timeout: f64,
        /// Also check each expectation against this interpreter (python3).
        #[arg(long)]
        oracle: Option<String>,
    },
}

/// A script's text; a file that cannot be read is a usage error (2), one
/// that is not UTF-8 a SyntaxError (1).
fn read(path: &str, color: bool) -> Result<String, ExitCode> {
    let bytes = std::fs::read(path).map_err(|e| {
        eprintln!("coro: can't open file '{path}': {e}");
        ExitCode::from(2)
    })?;
    decode(path, &bytes, color)
}

fn decode(path: &str, bytes: &[u8], color: bool) -> Result<String, ExitCode> {
    coro::source_text(path, bytes, color).map_err(|report| {
        eprint!("{report}");
        ExitCode::from(1)
    })
}

/// The exit status of an internal error, BSD's `EX_SOFTWARE`: never 1, which
/// is a program's own uncaught exception.
const EX_SOFTWARE: u8 = 70;

/// The name of the thread every command runs on.
const COMMAND_THREAD: &str = "coro";

/// What to tell the user about a panic: a bug in Coro, with the version to
/// report it against.
fn internal_error_report(info: &std::panic::PanicHookInfo) -> String {
    let place = info
        .location()
        .map(|l| format!(" at {}:{}", l.file(), l.line()))
        .unwrap_or_default();
    let what = info
        .payload()
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| info.payload().downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string());
    format!(
        "coro: internal error{place}: {what}\nThis is a bug in Coro {}; please report it with the script that caused it.\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// The status of the command's thread: its own, or, when it panicked, the
/// report kept by the panic hook, shown once the thread has unwound (which
/// dropped the program's buffered stdout, flushing it first, so that the
/// output before the bug is kept and comes first).
fn finish(
    outcome: std::thread::Result<ExitCode>,
    report: &std::sync::Mutex<Option<String>>,
) -> ExitCode {
    match outcome {
        Ok(code) => code,
        Err(_) => {
            let _ = std::io::stdout().flush();
            let text = report.lock().ok().and_then(|mut r| r.take());
            eprint!(
                "{}",
                text.unwrap_or_else(|| "coro: internal error\n".to_string())
            );
            ExitCode::from(EX_SOFTWARE)
        }
    }
}

fn main() -> ExitCode {
    // A panic is a bug in Coro: one report instead of a Rust backtrace,
    // written by `finish` after the output when the command's own thread
    // panicked (other threads, such as `coro test`'s cases, report at once).
    let report = std::sync::Arc::new(std::sync::Mutex::new(None));
    let kept = report.clone();
    std::panic::set_hook(Box::new(move |info| {
        let text = internal_error_report(info);
        if std::thread::current().name() != Some(COMMAND_THREAD) {
            eprint!("{text}");
        } else if let Ok(mut r) = kept.lock() {
            r.get_or_insert(text);
        }
    }));
    let cli = Cli::parse();
    let interactive = cli.inspect
        || (cli.command.is_none() && cli.code.is_none() && cli.args.is_empty() && {
            use std::io::IsTerminal;
            std::io::stdin().is_terminal()
        });
    // Ctrl-C interrupts the one VM the command runs.
    let interrupt = coro::vm::interrupt::Interrupt::default();
    let host = interrupt.clone();
    let _ = ctrlc::set_handler(move || {
        // A second Ctrl-C while the first is being handled still ends a
        // script; the REPL keeps its session instead.
        if !interactive && host.pending() {
            std::process::exit(130);
        }
        host.request();
    });
    // Every command runs on a thread with a large stack: compiling deeply
    // nested code, and natives calling back into scripts, recurse on it.
    let worker = std::thread::Builder::new()
        .name(COMMAND_THREAD.to_string())
        .stack_size(512 << 20)
        .spawn(move || command(cli, interrupt));
    match worker {
        Ok(w) => finish(w.join(), &report),
        Err(e) => {
            eprintln!("coro: can't start: {e}");
            ExitCode::from(EX_SOFTWARE)
        }
    }
}

fn command(cli: Cli, interrupt: coro::vm::interrupt::Interrupt) -> ExitCode {
    let color = coro::diagnostics::want_color();
    let mut options = coro::Options {
        virtual_time: cli.virtual_time,
        argv: Vec::new(),
        script_dir: None,
        stdin: None,
        interrupt,
    };
    let result = match cli.command {
        Some(Command::Run { file, args }) => run(file, args, options, color, false),
        Some(Command::Check { file }) => check(&file, color),
        Some(Command::Dis { file }) => dis(&file, color),
        Some(Command::Test {
            paths,
            filter,
            bless,
            jobs,
            timeout,
            oracle,
        }) => test(paths, filter, bless, jobs, timeout, oracle),
        None => match cli.code {
            Some(code) => {
                options.argv = std::iter::once("-c".to_string()).chain(cli.args).collect();
                let src = Source {
                    path: "<string>".to_string(),
                    text: code,
                };
                run_source(src, &options, color, cli.inspect)
            }
            None => {
                let mut args = cli.args.into_iter();
                match args.next() {
                    Some(file) => {
                        let rest: Vec<String> = args.collect();
                        if let Some(cmd) = mistyped_command(&file) {
                            eprintln!(
                                "coro: no command or file '{file}'; did you mean `coro {cmd}`? (try `coro --help`)"
                            );
                            return ExitCode::from(2);
                        }
                        run(file, rest, options, color, cli.inspect)
                    }
                    None if std::io::IsTerminal::is_terminal(&std::io::stdin()) => {
                        repl::main(None, &options, color)
                    }
                    // Like python3: a script piped on stdin runs as `<stdin>`.
                    None => run("-".to_string(), Vec::new(), options, color, false),
                }
            }
        },
    };
    result.unwrap_or_else(|code| code)
}

/// A script's name and text.
struct Source {
    path: String,
    text: String,
}

/// `coro rn x.py`: a first word that is no file but is one edit or so away
/// from a subcommand.
fn mistyped_command(word: &str) -> Option<&'static str> {
    const COMMANDS: &[&str] = &["run", "check", "dis", "test"];
    if std::path::Path::new(word).exists() || word.contains(['.', '/']) {
        return None;
    }
    let close = |c: &&str| edit_distance(word, c) <= 1 + (c.len() > 3) as usize;
    COMMANDS.iter().copied().find(|c| close(c))
}

/// Levenshtein distance between two short words.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + (ca != *cb) as usize).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Runs a file (`-` is stdin) with its arguments in sys.argv.
fn run(
    file: String,
    args: Vec<String>,
    mut options: coro::Options,
    color: bool,
    inspect: bool,
) -> Result<ExitCode, ExitCode> {
    let (path, text, argv0) = if file == "-" {
        use std::io::Read;
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("coro: can't read stdin: {e}");
            return Err(ExitCode::from(2));
        }
        let src = decode("<stdin>", &bytes, color)?;
        // python3 names stdin `<stdin>`; its argv[0] is '' when piped, '-' when named.
        let piped = std::env::args().skip(1).all(|a| a != "-");
        (
            "<stdin>".to_string(),
            src,
            if piped { String::new() } else { file },
        )
    } else {
        // python3 puts the script's folder first on sys.path, the script's
        // symbolic links resolved.
        options.script_dir = std::fs::canonicalize(&file)
            .ok()
            .and_then(|p| p.parent().map(|d| d.to_path_buf()));
        (file.clone(), read(&file, color)?, file)
    };
    options.argv = std::iter::once(argv0).chain(args).collect();
    run_source(Source { path, text }, &options, color, inspect)
}

fn run_source(
    src: Source,
    options: &coro::Options,
    color: bool,
    inspect: bool,
) -> Result<ExitCode, ExitCode> {
    if inspect {
        return repl::main(Some((src.path, src.text)), options, color);
    }
    let out = Box::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ));
    let err = Box::new(std::io::stderr());
    let status = coro::run(&src.path, &src.text, options, out, err, color);
    let _ = std::io::stdout().flush();
    Ok(ExitCode::from(status as u8))
}

/// `coro check`: the script and the program's own modules it imports.
fn check(file: &str, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file, color)?;
    let reports = coro::importer::check::check_program(file, &src);
    for r in &reports {
        eprint!(
            "{}",
            coro::diagnostics::render(&r.diagnostics, &r.path, &r.src, color)
        );
    }
    Ok(if reports.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn dis(file: &str, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file, color)?;
    match coro::disassemble(file, &src) {
        Ok(text) => {
            print!("{text}");
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => {
            eprint!("{}", coro::diagnostics::render(&diags, file, &src, color));
            Ok(ExitCode::from(1))
        }
    }
}

fn test(
    paths: Vec<String>,
    filter: Option<String>,
    bless: bool,
    jobs: Option<usize>,
    timeout: f64,
    oracle: Option<String>,
) -> Result<ExitCode, ExitCode> {
    if let Some(o) = oracle.as_deref().filter(|o| *o != "python3") {
        eprintln!("coro test: the only oracle is python3, not '{o}'");
        return Err(ExitCode::from(2));
    }
    if !(timeout > 0.0 && timeout.is_finite()) {
        eprintln!("coro test: --timeout must be a positive number of seconds");
        return Err(ExitCode::from(2));
    }
    let paths: Vec<std::path::PathBuf> = if paths.is_empty() {
        vec!["tests".into()]
    } else {
        paths.into_iter().map(Into::into).collect()
    };
    for p in &paths {
        if !p.exists() {
            eprintln!("coro test: no such file or folder: {}", p.display());
            return Err(ExitCode::from(2));
        }
    }
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let opts = coro::testing::SuiteOptions {
        filter,
        bless,
        jobs,
        timeout: std::time::Duration::from_secs_f64(timeout),
        oracle,
    };
    let (report, ok) = coro::testing::run_suite(&paths, &opts);
    print!("{report}");
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A writer whose bytes the test can read once the thread is gone.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_panic_keeps_buffered_output_and_exits_70() {
        let sink = Shared::default();
        let out = sink.clone();
        let worker = std::thread::spawn(move || -> ExitCode {
            let mut buffered = std::io::BufWriter::new(out);
            let _ = buffered.write_all(b"printed before\n");
            panic!("a bug");
        });
        let report = Mutex::new(Some("the report\n".to_string()));
        let status = finish(worker.join(), &report);
        assert_eq!(status, ExitCode::from(EX_SOFTWARE));
        // Unwinding dropped the buffer, which flushed it.
        assert_eq!(&*sink.0.lock().unwrap(), b"printed before\n");
        assert_eq!(*report.lock().unwrap(), None, "the report is shown once");
    }
}
