//! `marginalia merge PROJECT PROJECT... --out PROJECT`: combine projects, keeping
//! every annotation with its author.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::out::outln;
use clap::Args;
use marginalia::review::merge_projects_owned;

/// Arguments of `marginalia merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The projects (.ron) to combine.
    #[arg(required = true, value_name = "PROJECT")]
    pub inputs: Vec<PathBuf>,
    /// The project file to write (a new file; never one of the inputs).
    #[arg(long, short, value_name = "PROJECT")]
    pub out: PathBuf,
    /// Name of the merged project (default: the first input's name).
    #[arg(long)]
    pub name: Option<String>,
    /// Replace --out when it already exists.
    #[arg(long)]
    pub force: bool,
}

/// Runs `marginalia merge`.
pub fn run(args: &MergeArgs) -> anyhow::Result<ExitCode> {
    for input in &args.inputs {
        if same_file(input, &args.out) {
            anyhow::bail!(
                "--out {} is one of the inputs; write the merge to a new file",
                args.out.display()
            );
        }
    }
    let projects = super::load_named(&args.inputs)?;
    let _lock = super::claim_new_output(&args.out, args.force)?;
    let name = args
        .name
        .clone()
        .or_else(|| projects.first().map(|(_, p)| p.name.clone()))
        .unwrap_or_else(|| "Merged project".into());
    let count = projects.len();
    // The projects move into the merge (no copy of every annotation).
    let (merged, corpus) = merge_projects_owned(projects, &name);
    for w in &corpus.warnings {
        eprintln!(
            "marginalia: warning: {}",
            marginalia::model::printable_line(w)
        );
    }
    marginalia::store::save_project(&args.out, &merged)?;
    outln!(
        "merged {} project{} into {}: {} document{}, {} annotation{} ({} identical duplicate{} dropped)",
        count,
        plural(count),
        args.out.display(),
        merged.documents.len(),
        plural(merged.documents.len()),
        merged.annotations.len(),
        plural(merged.annotations.len()),
        corpus.duplicates,
        plural(corpus.duplicates),
    );
    // The process ends here: the system takes the memory back at once, where
    // freeing the inputs, the corpus and the merge piece by piece takes a while.
    std::mem::forget((merged, corpus));
    Ok(ExitCode::SUCCESS)
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// True when `a` and `b` name the same file (or the same path, if `b` does not exist).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}
