//! `marginalia import INPUT... --out PROJECT [--format auto|txt|md|html|jsonl|brat|qdpx|w3c|csv]
//! [--author NAME] [--offsets chars|utf16|bytes]`. An INPUT folder is a brat
//! folder when it holds brat files, otherwise a folder of articles, all imported;
//! a long import shows its progress on stderr.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;
use clap::Args;
use marginalia::export::{
    ImportFormat, ImportOptions, ImportReport, can_stream_import, import_paths_with_progress,
    stage_jsonl_import,
};
use marginalia::model::{OffsetUnit, Project, printable_line};
use marginalia::store::{ProjectLock, load_project_with_state, save_project_checked};
use marginalia::task::Progress;

/// Arguments of `marginalia import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Articles (.txt, .md, .html), JSONL files, brat folders, REFI-QDA files, W3C
    /// (.jsonld) or CSV exports (onto documents the project has).
    pub inputs: Vec<PathBuf>,
    /// The project to create, or to add to when it exists.
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
    /// auto (default: from each input's name), txt, md, html, jsonl, brat, qdpx, w3c
    /// or csv.
    #[arg(long, short = 'f', default_value = "auto")]
    pub format: String,
    /// Author of imported annotations that name none.
    #[arg(long)]
    pub author: Option<String>,
    /// Offset unit of JSONL lines that do not say (chars by default).
    #[arg(long, default_value = "chars")]
    pub offsets: String,
}

/// Runs `marginalia import`.
pub fn run(args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let Some(out) = &args.out else {
        bail!("say which project to create or extend with --out PROJECT.ron");
    };
    if args.inputs.is_empty() {
        bail!("nothing to import: give one or more articles, JSONL files or brat folders");
    }
    let format: ImportFormat = args.format.parse().map_err(anyhow::Error::msg)?;
    let unit: OffsetUnit = args.offsets.parse().map_err(anyhow::Error::msg)?;
    for input in &args.inputs {
        if !input.exists() {
            bail!("{}: no such file or folder", input.display());
        }
        if let (Ok(a), Ok(b)) = (input.canonicalize(), out.canonicalize())
            && a == b
        {
            bail!(
                "{} is both an input and the project to write; inputs are never modified",
                out.display()
            );
        }
    }
    // Locked from reading the project to writing it back: a second import into the
    // same project waits for this one, then reads what it wrote.
    let _lock = ProjectLock::acquire_noting(out, |_| {
        eprintln!(
            "marginalia: note: waiting for another Marginalia that is writing {}",
            out.display()
        );
    })?;
    let existed = out.exists();
    let options = ImportOptions {
        author: args.author.clone(),
        unit,
    };
    if !existed && can_stream_import(&args.inputs, format, out) {
        return run_streamed(args, out, new_project(out), &options);
    }
    let (mut project, read_state) = if existed {
        let (project, state) = load_project_with_state(out)?;
        (project, Some(state))
    } else {
        (new_project(out), None)
    };
    let progress = Progress::new();
    let report = std::thread::scope(|scope| {
        let work = scope.spawn(|| {
            import_paths_with_progress(&mut project, &args.inputs, format, &options, &progress)
        });
        show_progress(&progress, || work.is_finished());
        work.join()
            .map_err(|_| anyhow::anyhow!("the import stopped on an internal error"))
    });
    let report = report??;
    print_notes(&report);
    // Refused when another program (one that takes no lock) changed it meanwhile.
    save_project_checked(out, &project, read_state.as_ref())?;
    eprintln!(
        "marginalia: imported {} into {} ({})",
        report.summary(),
        out.display(),
        if existed {
            "existing project"
        } else {
            "new project"
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// The project an import into the new file `out` starts from, named after it.
fn new_project(out: &Path) -> Project {
    let name = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "Imported".into());
    Project::new(name)
}

/// An import of JSONL files into a new project, streamed: the documents and
/// annotations go to spill files beside `out` as they are read (never the whole
/// project in memory), then the file is assembled. Same output and messages.
fn run_streamed(
    args: &ImportArgs,
    out: &Path,
    project: Project,
    options: &ImportOptions,
) -> anyhow::Result<ExitCode> {
    let progress = Progress::new();
    let staged = std::thread::scope(|scope| {
        let work =
            scope.spawn(|| stage_jsonl_import(out, project, &args.inputs, options, &progress));
        show_progress(&progress, || work.is_finished());
        work.join()
            .map_err(|_| anyhow::anyhow!("the import stopped on an internal error"))
    });
    let staged = staged??;
    print_notes(staged.report());
    let summary = staged.summary();
    staged.write(&progress)?;
    eprintln!(
        "marginalia: imported {summary} into {} (new project)",
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Lines of a list printed before "… and N more".
const LIST_MAX: usize = 50;

/// The import's warnings, the files skipped and the articles already there.
fn print_notes(report: &ImportReport) {
    for w in &report.warnings {
        eprintln!("marginalia: note: {}", printable_line(w));
    }
    for (_, line) in report.skipped_files.iter().take(LIST_MAX) {
        eprintln!("marginalia: skipped: {}", printable_line(line));
    }
    if report.skipped_files.len() > LIST_MAX {
        eprintln!(
            "marginalia: … and {} more files skipped",
            report.skipped_files.len() - LIST_MAX
        );
    }
    for (file, id) in report.duplicates.iter().take(LIST_MAX) {
        eprintln!(
            "marginalia: note: {}",
            printable_line(&format!(
                "{file}: same text as document '{id}' already in the project; not added again"
            ))
        );
    }
    if report.duplicates.len() > LIST_MAX {
        eprintln!(
            "marginalia: … and {} more articles already in the project",
            report.duplicates.len() - LIST_MAX
        );
    }
}

/// Shows the import's progress on stderr until `finished`: one line updated in
/// place on a terminal; otherwise, for an import that lasts over a second, a line
/// every two seconds.
fn show_progress(progress: &Progress, finished: impl Fn() -> bool) {
    use std::io::{IsTerminal as _, Write as _};
    use std::time::{Duration, Instant};
    let terminal = std::io::stderr().is_terminal();
    let start = Instant::now();
    let mut last_line = start;
    let mut shown = false;
    while !finished() {
        std::thread::sleep(Duration::from_millis(100));
        let s = progress.state();
        if s.total == 0 {
            continue;
        }
        let line = format!("{}: {} of {}", s.phase.to_lowercase(), s.done, s.total);
        if terminal {
            eprint!("\rmarginalia: {line}\x1b[K");
            let _ = std::io::stderr().flush();
            shown = true;
        } else if start.elapsed() > Duration::from_secs(1)
            && last_line.elapsed() >= Duration::from_secs(2)
        {
            eprintln!("marginalia: {line}");
            last_line = Instant::now();
        }
    }
    if shown {
        eprint!("\r\x1b[K");
    }
}
