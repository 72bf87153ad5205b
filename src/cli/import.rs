//! `marginalia import INPUT... --out PROJECT [--format auto|txt|md|html|jsonl|brat]
//! [--author NAME] [--offsets chars|utf16|bytes]`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;
use clap::Args;
use marginalia::export::{ImportFormat, ImportOptions, import_paths};
use marginalia::model::{OffsetUnit, Project, printable_line};
use marginalia::store::{ProjectLock, load_project_with_state, save_project_checked};

/// Arguments of `marginalia import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Articles (.txt, .md, .html), JSONL files, or brat folders.
    pub inputs: Vec<PathBuf>,
    /// The project to create, or to add to when it exists.
    #[arg(long, short = 'o')]
    pub out: Option<PathBuf>,
    /// auto (default: from each input's name), txt, md, html, jsonl or brat.
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
    let (mut project, read_state) = if existed {
        let (project, state) = load_project_with_state(out)?;
        (project, Some(state))
    } else {
        let name = out
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Imported".into());
        (Project::new(name), None)
    };
    let options = ImportOptions {
        author: args.author.clone(),
        unit,
    };
    let report = import_paths(&mut project, &args.inputs, format, &options)?;
    for w in &report.warnings {
        eprintln!("marginalia: note: {}", printable_line(w));
    }
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
