//! `marginalia agree PROJECT PROJECT... [--json] [--document DOC]`: agreement figures
//! for each pair of annotators (the authors of the annotations).

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use marginalia::review::{Corpus, Figures, PairAgreement, pair_agreement};

/// Arguments of `marginalia agree`.
#[derive(Debug, Args)]
pub struct AgreeArgs {
    /// The projects (.ron) to compare; one project with several authors is enough.
    #[arg(required = true, value_name = "PROJECT")]
    pub inputs: Vec<PathBuf>,
    /// Print JSON for machines instead of a table: a list of pairs, each with `a`,
    /// `b`, `documents`, `labels` (per label) and `overall`.
    #[arg(long)]
    pub json: bool,
    /// Only this document (its id or title).
    #[arg(long, value_name = "DOC")]
    pub document: Option<String>,
}

/// Runs `marginalia agree`.
pub fn run(args: &AgreeArgs) -> anyhow::Result<ExitCode> {
    let projects = super::load_named(&args.inputs)?;
    let inputs = super::as_inputs(&projects);
    let corpus = Corpus::for_review(&inputs);
    for w in &corpus.warnings {
        eprintln!(
            "marginalia: warning: {}",
            marginalia::model::printable_line(w)
        );
    }
    let doc = match &args.document {
        None => None,
        Some(wanted) => Some(
            corpus
                .documents
                .iter()
                .find(|d| &d.document.id == wanted)
                .or_else(|| {
                    corpus
                        .documents
                        .iter()
                        .find(|d| &d.document.title == wanted)
                })
                .map(|d| d.document.id.clone())
                .ok_or_else(|| anyhow::anyhow!("no document '{wanted}' in the given projects"))?,
        ),
    };
    let annotators = corpus.annotators();
    if annotators.len() < 2 {
        anyhow::bail!(
            "agreement needs two annotators, but the given projects have {}",
            match annotators.first() {
                Some(one) => format!("only annotations by '{one}'"),
                None => "no annotations".to_string(),
            }
        );
    }
    let mut pairs = Vec::new();
    for (i, a) in annotators.iter().enumerate() {
        for b in annotators.iter().skip(i + 1) {
            match pair_agreement(&corpus, a, b, doc.as_deref()) {
                Some(p) => pairs.push(p),
                None => eprintln!(
                    "marginalia: warning: '{}' and '{}' share no document; not compared",
                    marginalia::model::quoted(a),
                    marginalia::model::quoted(b)
                ),
            }
        }
    }
    if pairs.is_empty() {
        anyhow::bail!("no two annotators have a document in common");
    }
    let out = if args.json {
        marginalia::model::json_for_terminal(&serde_json::to_string_pretty(&pairs)?) + "\n"
    } else {
        table(&pairs)
    };
    // Annotator and label names come from the files: control characters escaped.
    print!("{}", marginalia::model::printable_lines(&out));
    Ok(ExitCode::SUCCESS)
}

/// The figures as a text table, one block per pair.
fn table(pairs: &[PairAgreement]) -> String {
    let mut s = String::new();
    for (n, p) in pairs.iter().enumerate() {
        if n > 0 {
            s.push('\n');
        }
        let _ = writeln!(
            s,
            "{} vs {} ({} document{}, {} chars)",
            p.a,
            p.b,
            p.documents,
            if p.documents == 1 { "" } else { "s" },
            p.overall.chars
        );
        let _ = writeln!(
            s,
            "  {:<14} {:>7} {:>7} {:>6} {:>8} {:>9} {:>11} {:>7} {:>7}",
            "label",
            "A spans",
            "B spans",
            "exact",
            "overlap",
            "exact F1",
            "overlap F1",
            "kappa",
            "alpha"
        );
        for (label, f) in p
            .labels
            .iter()
            .map(|(l, f)| (l.as_str(), f))
            .chain([("overall", &p.overall)])
        {
            row(&mut s, label, f);
        }
    }
    s
}

fn row(s: &mut String, label: &str, f: &Figures) {
    let _ = writeln!(
        s,
        "  {:<14} {:>7} {:>7} {:>6} {:>8} {:>9.3} {:>11.3} {:>7.3} {:>7.3}",
        label,
        f.a_spans,
        f.b_spans,
        f.exact_matches,
        f.overlap_matches,
        f.exact_f1,
        f.overlap_f1,
        f.kappa,
        f.alpha
    );
}
