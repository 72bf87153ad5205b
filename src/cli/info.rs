//! `marginalia info PROJECT [--json]`: documents and annotation counts.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use clap::Args;
use marginalia::model::text::plural;
use marginalia::model::{MetaSummary, Project, printable};
use serde::Serialize;

/// Arguments of `marginalia info`.
#[derive(Debug, Args)]
pub struct InfoArgs {
    /// The project file (.ron).
    pub project: PathBuf,
    /// Print JSON for machines instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct DocInfo<'a> {
    id: &'a str,
    title: &'a str,
    chars: usize,
    annotations: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    done_by: &'a [String],
}

/// The JSON object: `documents` is the list (its length is the document count);
/// the summary's own `documents` count is not repeated, so no key appears twice.
#[derive(Serialize)]
struct Info<'a> {
    name: &'a str,
    format: u32,
    documents: Vec<DocInfo<'a>>,
    annotations: usize,
    by_label: BTreeMap<String, usize>,
    by_source: BTreeMap<String, usize>,
    by_author: BTreeMap<String, usize>,
    /// Documents per outlet, the date range, documents done.
    metadata: MetaSummary,
}

/// Runs `marginalia info`.
pub fn run(args: &InfoArgs) -> anyhow::Result<std::process::ExitCode> {
    let project = super::load(&args.project)?;
    let out = if args.json {
        marginalia::model::json_for_terminal(&serde_json::to_string_pretty(&info(&project))?) + "\n"
    } else {
        text(&project)
    };
    super::out::print(&out)?;
    Ok(std::process::ExitCode::SUCCESS)
}

fn info(project: &Project) -> Info<'_> {
    let mut per_doc = std::collections::HashMap::<&str, usize>::new();
    for a in &project.annotations {
        *per_doc.entry(a.doc.as_str()).or_default() += 1;
    }
    let summary = project.summary();
    Info {
        name: &project.name,
        format: project.format,
        documents: project
            .documents
            .iter()
            .map(|d| DocInfo {
                id: &d.id,
                title: &d.title,
                chars: d.char_len(),
                annotations: per_doc.get(d.id.as_str()).copied().unwrap_or(0),
                outlet: d.meta.outlet.as_deref(),
                date: d.meta.date.as_deref(),
                done_by: &d.done_by,
            })
            .collect(),
        annotations: summary.annotations,
        by_label: summary.by_label,
        by_source: summary.by_source,
        by_author: summary.by_author,
        metadata: MetaSummary::of(&project.documents),
    }
}

fn text(project: &Project) -> String {
    let i = info(project);
    let mut s = String::new();
    // Names, ids and titles come from the file: printed with control characters
    // escaped (the JSON output is escaped by serde).
    let _ = writeln!(s, "Project: {} (format {})", printable(i.name), i.format);
    let _ = writeln!(s, "Documents: {}", i.documents.len());
    for d in &i.documents {
        let meta: String = [d.outlet, d.date.map(|x| x.get(..10).unwrap_or(x))]
            .into_iter()
            .flatten()
            .map(|v| format!(" · {}", printable(v)))
            .collect();
        let _ = writeln!(
            s,
            "  {}  \"{}\"  {}, {}{meta}",
            printable(d.id),
            printable(d.title),
            plural(d.chars, "char"),
            plural(d.annotations, "annotation")
        );
    }
    let _ = writeln!(s, "Annotations: {}", i.annotations);
    for (heading, map) in [
        ("By label", &i.by_label),
        ("By source", &i.by_source),
        ("By author", &i.by_author),
    ] {
        let _ = writeln!(s, "{heading}:");
        if map.is_empty() {
            let _ = writeln!(s, "  (none)");
        }
        for (k, v) in map {
            let _ = writeln!(s, "  {}: {v}", printable(k));
        }
    }
    metadata_text(&mut s, &i.metadata);
    s
}

/// The metadata part of the text: outlets, date range, documents done.
fn metadata_text(s: &mut String, m: &MetaSummary) {
    let _ = writeln!(s, "By outlet:");
    if m.by_outlet.is_empty() {
        let _ = writeln!(s, "  (none)");
    }
    for (outlet, n) in &m.by_outlet {
        let _ = writeln!(s, "  {}: {}", printable(outlet), plural(*n, "document"));
    }
    if m.without_outlet > 0 && !m.by_outlet.is_empty() {
        let _ = writeln!(s, "  (no outlet): {}", plural(m.without_outlet, "document"));
    }
    let undated = match m.undated {
        0 => String::new(),
        n => format!(" ({} undated)", plural(n, "document")),
    };
    match (&m.first_date, &m.last_date) {
        (Some(first), Some(last)) => {
            let _ = writeln!(
                s,
                "Dates: {} to {}{undated}",
                printable(first),
                printable(last)
            );
        }
        _ => {
            let _ = writeln!(s, "Dates: none{undated}");
        }
    }
    if m.done > 0 {
        let _ = writeln!(s, "Done: {}", plural(m.done, "document"));
    }
}
