//! `marginalia reanchor PROJECT --doc ID [--text NEW.txt] --out PROJECT2`: re-attach
//! a document's annotations to a new version of its text (or, without `--text`, to
//! its current text, repairing hand-edited offsets), and write the result to a new
//! file. The input project is never modified.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use super::out::{out, outln};
use anyhow::{Context as _, bail};
use clap::Args;
use marginalia::anchor::{Anchoring, ReanchorReport, reanchor_document};
use marginalia::model::{FORMAT_VERSION, printable_line, printable_lines};
use marginalia::store::{
    StoreError, check_project, load_project_unchecked, read_text_file, save_project,
};

/// Arguments of `marginalia reanchor`.
#[derive(Debug, Args)]
pub struct ReanchorArgs {
    /// The project file (.ron); read only.
    pub project: PathBuf,
    /// The id of the document whose text changed (optional when the project has
    /// one document).
    #[arg(long)]
    pub doc: Option<String>,
    /// The new text of the document (any common encoding). Without it the
    /// annotations are re-attached to the document's current text.
    #[arg(long)]
    pub text: Option<PathBuf>,
    /// Where to write the re-anchored project (a new file, not PROJECT).
    #[arg(long)]
    pub out: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Replace --out when it already exists.
    #[arg(long)]
    pub force: bool,
}

/// Runs `marginalia reanchor`.
pub fn run(args: &ReanchorArgs) -> anyhow::Result<ExitCode> {
    if same_file(&args.project, &args.out)
        || args.text.as_ref().is_some_and(|t| same_file(t, &args.out))
    {
        bail!(
            "--out {} would overwrite an input; name a new file",
            args.out.display()
        );
    }
    // Read without the loader's checks (re-anchoring repairs offsets and quotes),
    // but never a newer format: writing it back as ours would drop what we do not
    // know.
    let mut project = load_project_unchecked(&args.project)?;
    if project.format > FORMAT_VERSION {
        return Err(StoreError::NewerFormat {
            path: args.project.clone(),
            found: project.format,
            supported: FORMAT_VERSION,
        }
        .into());
    }
    let doc_id = match &args.doc {
        Some(d) => d.clone(),
        None => match project.documents.as_slice() {
            [only] => only.id.clone(),
            docs => bail!(
                "{} has {} documents; say which with --doc ({})",
                args.project.display(),
                docs.len(),
                docs.iter()
                    .map(|d| d.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        },
    };
    let new_text = match &args.text {
        Some(path) => {
            let decoded = read_text_file(path)?;
            for note in &decoded.notes {
                eprintln!(
                    "note: {}",
                    printable_line(&format!("{}: {note}", path.display()))
                );
            }
            decoded.text
        }
        None => project
            .document(&doc_id)
            .map(|d| d.text.clone())
            .unwrap_or_default(),
    };
    let _lock = super::claim_new_output(&args.out, args.force)?;
    let report = reanchor_document(&mut project, &doc_id, new_text)?;
    save_project(&args.out, &project)
        .with_context(|| format!("nothing written to {}", args.out.display()))?;
    let remaining = check_project(&project);
    if args.json {
        outln!(
            "{}",
            marginalia::model::json_for_terminal(&json(&doc_id, &report, &args.out)?)
        );
    } else {
        // Ids come from the file: control characters escaped.
        out!("{}", printable_lines(&text(&doc_id, &report, &args.out)));
    }
    for p in &remaining {
        eprintln!(
            "warning: {}",
            printable_line(&format!("{}: {p}", args.out.display()))
        );
    }
    Ok(if remaining.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn same_file(a: &std::path::Path, b: &std::path::Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => a == b,
    }
}

fn text(doc: &str, report: &ReanchorReport, out: &std::path::Path) -> String {
    let c = report.counts();
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Re-anchored {} of '{doc}': kept {}, moved {}, fuzzy {}, orphaned {}",
        marginalia::model::text::plural(report.items.len(), "annotation"),
        c.kept,
        c.moved,
        c.fuzzy,
        c.orphaned
    );
    for item in &report.items {
        match item.how {
            Anchoring::Fuzzy { score } => {
                let _ = writeln!(
                    s,
                    "  fuzzy     {}  {}..{} -> {}..{}  {:?} -> {:?}  (score {score:.2})",
                    item.id,
                    item.old.0,
                    item.old.1,
                    item.new.0,
                    item.new.1,
                    item.old_quote,
                    item.new_quote
                );
            }
            Anchoring::Orphaned => {
                let _ = writeln!(
                    s,
                    "  orphaned  {}  {}..{}  {:?}",
                    item.id, item.old.0, item.old.1, item.old_quote
                );
            }
            Anchoring::Kept | Anchoring::Moved => {}
        }
    }
    let _ = writeln!(s, "Written to {}", out.display());
    s
}

fn json(doc: &str, report: &ReanchorReport, out: &std::path::Path) -> anyhow::Result<String> {
    let items: Vec<serde_json::Value> = report
        .items
        .iter()
        .map(|i| {
            serde_json::json!({
                "id": i.id,
                "how": i.how.name(),
                "old": [i.old.0, i.old.1],
                "new": [i.new.0, i.new.1],
                "old_quote": i.old_quote,
                "new_quote": i.new_quote,
            })
        })
        .collect();
    Ok(serde_json::to_string_pretty(&serde_json::json!({
        "document": doc,
        "counts": report.counts(),
        "items": items,
        "out": out.display().to_string(),
    }))?)
}
