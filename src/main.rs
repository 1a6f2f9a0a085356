//! The `coro` command: a thin CLI over the library.

use clap::{Parser, Subcommand};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "coro",
    version,
    about = "Coro: a tiny scripting language with native async/await (a Python 3 subset)"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A script to run (same as `coro run FILE`).
    file: Option<String>,
    /// Use the virtual clock: sleeps take no real time.
    #[arg(long, global = true)]
    virtual_time: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script.
    Run { file: String },
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

fn read(path: &str) -> Result<String, ExitCode> {
    std::fs::read(path)
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .map_err(|e| {
            eprintln!("coro: can't open file '{path}': {e}");
            ExitCode::from(2)
        })
}

fn main() -> ExitCode {
    // A panic is a bug in Coro: say so in one line instead of a Rust backtrace.
    std::panic::set_hook(Box::new(|info| {
        let _ = std::io::stdout().flush();
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "coro: internal error{place}: {info}\nThis is a bug in Coro; please report it with the script that caused it."
        );
    }));
    let cli = Cli::parse();
    // A second Ctrl-C while the first is being handled still ends the program.
    let _ = ctrlc::set_handler(|| {
        if coro::vm::interrupt::pending() {
            std::process::exit(130);
        }
        coro::vm::interrupt::request();
    });
    // Every command runs on a thread with a large stack: compiling deeply
    // nested code, and natives calling back into scripts, recurse on it.
    let worker = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || command(cli));
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => code,
        _ => ExitCode::from(1),
    }
}

fn command(cli: Cli) -> ExitCode {
    let color = coro::diagnostics::want_color();
    let options = coro::Options {
        virtual_time: cli.virtual_time,
    };
    let result = match (cli.command, cli.file) {
        (Some(Command::Run { file }), _) | (None, Some(file)) => run(&file, &options, color),
        (Some(Command::Check { file }), _) => check(&file, color),
        (Some(Command::Dis { file }), _) => dis(&file, color),
        (
            Some(Command::Test {
                paths,
                filter,
                bless,
                jobs,
                timeout,
                oracle,
            }),
            _,
        ) => test(paths, filter, bless, jobs, timeout, oracle),
        (None, None) => {
            use std::io::{IsTerminal, Read};
            if std::io::stdin().is_terminal() {
                eprintln!(
                    "coro: no script given (try `coro --help`); the interactive REPL is not built yet"
                );
                Err(ExitCode::from(2))
            } else {
                // Like python3: a script piped on stdin runs as `<stdin>`.
                let mut src = String::new();
                match std::io::stdin().read_to_string(&mut src) {
                    Ok(_) => run_source("<stdin>".to_string(), src, &options, color),
                    Err(e) => {
                        eprintln!("coro: can't read stdin: {e}");
                        Err(ExitCode::from(2))
                    }
                }
            }
        }
    };
    result.unwrap_or_else(|code| code)
}

fn run(file: &str, options: &coro::Options, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file)?;
    run_source(file.to_string(), src, options, color)
}

fn run_source(
    file: String,
    src: String,
    options: &coro::Options,
    color: bool,
) -> Result<ExitCode, ExitCode> {
    let out = Box::new(std::io::BufWriter::with_capacity(
        1 << 16,
        std::io::stdout(),
    ));
    let err = Box::new(std::io::stderr());
    let status = coro::run(&file, &src, options, out, err, color);
    let _ = std::io::stdout().flush();
    Ok(ExitCode::from(status as u8))
}

fn check(file: &str, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file)?;
    match coro::compile(file, &src) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(diags) => {
            eprint!("{}", coro::diagnostics::render(&diags, file, &src, color));
            Ok(ExitCode::from(1))
        }
    }
}

fn dis(file: &str, color: bool) -> Result<ExitCode, ExitCode> {
    let src = read(file)?;
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
