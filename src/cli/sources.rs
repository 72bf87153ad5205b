//! `marginalia sources PROJECT [--json] [--by outlet|month|document] [--csv]`:
//! per source, the claims and speculation linked to it (issue 13).

use std::fmt::Write as _;
use std::path::PathBuf;

use super::out::out;
use clap::{Args, ValueEnum};
use marginalia::analytics::{Grouping, SourceReport, source_report};
use marginalia::model::printable;

/// Arguments of `marginalia sources`.
#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// The project file (.ron).
    pub project: PathBuf,
    /// Print JSON for machines instead of a table.
    #[arg(long, conflicts_with = "csv")]
    pub json: bool,
    /// Print CSV (one row per source, or per group and source).
    #[arg(long)]
    pub csv: bool,
    /// Also split by the documents' outlet, publication month or id.
    #[arg(long, value_enum)]
    pub by: Option<By>,
}

/// What `--by` accepts.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum By {
    /// The document's outlet.
    Outlet,
    /// The document's publication month.
    Month,
    /// The document.
    Document,
}

/// Runs `marginalia sources`.
pub fn run(args: &SourcesArgs) -> anyhow::Result<std::process::ExitCode> {
    let project = super::load(&args.project)?;
    let by = args.by.map(|b| match b {
        By::Outlet => Grouping::Outlet,
        By::Month => Grouping::Month,
        By::Document => Grouping::Document,
    });
    let report = source_report(&project, by);
    let out = if args.json {
        marginalia::model::json_for_terminal(&serde_json::to_string_pretty(&report)?) + "\n"
    } else if args.csv {
        report.to_csv()
    } else {
        table(&report)
    };
    out!("{out}");
    Ok(std::process::ExitCode::SUCCESS)
}

/// The report as a terminal table.
fn table(r: &SourceReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<28} {:>6} {:>8} {:>6} {:>6} {:>6}",
        "source", "attrib", "unlinked", "claims", "specul", "spec%"
    );
    let mut group = None;
    for row in &r.sources {
        if row.group != group {
            group.clone_from(&row.group);
            if let Some(g) = &row.group {
                let _ = writeln!(out, "{}:", printable(g));
            }
        }
        let name: String = printable(&row.source)
            .to_string()
            .chars()
            .take(28)
            .collect();
        let share = row
            .speculation_share
            .map(|s| format!("{:.0}%", s * 100.0))
            .unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "{name:<28} {:>6} {:>8} {:>6} {:>6} {share:>6}",
            row.attributions, row.unlinked_attributions, row.claims, row.speculation
        );
    }
    let _ = writeln!(
        out,
        "not attributed: {} claims, {} speculation",
        r.unattributed_claims, r.unattributed_speculation
    );
    out
}
