//! `marginalia agree PROJECT PROJECT... [--json] [--document DOC] [--pairs|--summary]`:
//! agreement figures for each pair of annotators (the authors of the annotations), or
//! for each annotator against all the others when there are many.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use super::out::out;
use clap::Args;
use marginalia::review::{AnnotatorSummary, Corpus, Figures, PairAgreement, agreement, summaries};

/// Up to this many annotators, `agree` shows every pair by default; above it, one
/// summary per annotator (`--pairs` asks for the pairs anyway).
pub const PAIRS_UP_TO: usize = 10;

/// Arguments of `marginalia agree`.
#[derive(Debug, Args)]
pub struct AgreeArgs {
    /// The projects (.ron) to compare; one project with several authors is enough.
    #[arg(required = true, value_name = "PROJECT")]
    pub inputs: Vec<PathBuf>,
    /// Print JSON for machines instead of a table: a list of pairs, each with `a`,
    /// `b`, `documents`, `orphaned`, `labels` (per label), `overall` and `sources`
    /// (`paired`: attributions both drew, `same_source`: of those, naming the
    /// same source) (or of annotator summaries, see `--summary`).
    #[arg(long)]
    pub json: bool,
    /// Only this document (its id or title).
    #[arg(long, value_name = "DOC")]
    pub document: Option<String>,
    /// Every pair of annotators, however many there are (the default up to 10
    /// annotators).
    #[arg(long, conflicts_with = "summary")]
    pub pairs: bool,
    /// Each annotator against all the others, pooled, instead of every pair (the
    /// default above 10 annotators).
    #[arg(long)]
    pub summary: bool,
}

/// Runs `marginalia agree`.
pub fn run(args: &AgreeArgs) -> anyhow::Result<ExitCode> {
    let projects = super::load_named(&args.inputs)?;
    // Issue 13: link agreement, from the inputs before they move into the corpus.
    let links = marginalia::review::link_agreement(&super::as_inputs(&projects));
    // The projects move into the corpus (no copy of every annotation).
    let corpus = Corpus::for_review_owned(projects);
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
                .document(wanted)
                .or_else(|| {
                    corpus
                        .documents
                        .iter()
                        .find(|d| &d.document.title == wanted)
                })
                .map(|d| d.document.id.clone())
                .ok_or_else(|| {
                    anyhow::anyhow!(
                        "no document '{}' in the given projects",
                        marginalia::model::quoted(wanted)
                    )
                })?,
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
    let summary = args.summary || (!args.pairs && annotators.len() > PAIRS_UP_TO);
    let out = if summary {
        if !args.summary {
            eprintln!(
                "marginalia: {} annotators: each against all the others (--pairs for every pair)",
                annotators.len()
            );
        }
        let rows = summaries(&corpus, doc.as_deref());
        if rows.is_empty() {
            anyhow::bail!("no two annotators have a document in common");
        }
        if args.json {
            marginalia::model::json_for_terminal(&serde_json::to_string_pretty(&rows)?) + "\n"
        } else {
            summary_table(&rows)
        }
    } else {
        let pairs = agreement(&corpus, doc.as_deref());
        warn_unshared(&annotators, &pairs);
        if pairs.is_empty() {
            anyhow::bail!("no two annotators have a document in common");
        }
        if args.json {
            // Issue 13: each pair gets its link agreement (`links`), when either linked.
            let mut value = serde_json::to_value(&pairs)?;
            with_link_agreement(&mut value, &links);
            marginalia::model::json_for_terminal(&serde_json::to_string_pretty(&value)?) + "\n"
        } else {
            table(&pairs)
        }
    };
    // Annotator and label names come from the files: control characters escaped.
    out!("{}", marginalia::model::printable_lines(&out));
    // Issue 13: link agreement, printed (as text) only when someone linked.
    if !args.json && !links.is_empty() {
        let mut text = String::from("\nlinks (F1 over links whose spans match):\n");
        for l in &links {
            let f1 = l.f1.map_or("-".to_string(), |f| format!("{f:.3}"));
            text.push_str(&format!(
                "{} × {}: {} and {} links, {} matched, F1 {f1}\n",
                l.a, l.b, l.links_a, l.links_b, l.matched
            ));
        }
        out!("{}", marginalia::model::printable_lines(&text));
    }
    // The process ends here: the system takes the memory back at once, where
    // freeing a corpus of 100,000 documents piece by piece takes a tenth of the run.
    std::mem::forget(corpus);
    Ok(ExitCode::SUCCESS)
}

/// Issue 13: adds `links: {links_a, links_b, matched, f1}` to each pair of the
/// JSON array `pairs` whose annotators made links (pairs are objects with `a`, `b`).
fn with_link_agreement(pairs: &mut serde_json::Value, links: &[marginalia::review::LinkAgreement]) {
    let Some(pairs) = pairs.as_array_mut() else {
        return;
    };
    for pair in pairs {
        let name = |key: &str| pair.get(key).and_then(|v| v.as_str()).map(str::to_string);
        let (Some(a), Some(b)) = (name("a"), name("b")) else {
            continue;
        };
        let found = links
            .iter()
            .find(|l| (l.a == a && l.b == b) || (l.a == b && l.b == a));
        if let (Some(l), Some(object)) = (found, pair.as_object_mut()) {
            let (links_a, links_b) = if l.a == a {
                (l.links_a, l.links_b)
            } else {
                (l.links_b, l.links_a)
            };
            object.insert(
                "links".into(),
                serde_json::json!({
                    "links_a": links_a,
                    "links_b": links_b,
                    "matched": l.matched,
                    "f1": l.f1,
                }),
            );
        }
    }
}

/// Names each pair of annotators that share no document (so were not compared).
fn warn_unshared(annotators: &[String], pairs: &[PairAgreement]) {
    let compared: std::collections::HashSet<(&str, &str)> =
        pairs.iter().map(|p| (p.a.as_str(), p.b.as_str())).collect();
    for (i, a) in annotators.iter().enumerate() {
        for b in annotators.iter().skip(i + 1) {
            if !compared.contains(&(a.as_str(), b.as_str())) {
                eprintln!(
                    "marginalia: warning: '{}' and '{}' share no document; not compared",
                    marginalia::model::quoted(a),
                    marginalia::model::quoted(b)
                );
            }
        }
    }
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
            plural(p.documents),
            p.overall.chars
        );
        block(&mut s, p.orphaned, &p.labels, &p.overall);
        if let Some(line) = p.sources.line() {
            let _ = writeln!(s, "  {line}");
        }
    }
    s
}

/// The summaries as a text table, one block per annotator.
fn summary_table(rows: &[AnnotatorSummary]) -> String {
    let mut s = String::new();
    for (n, r) in rows.iter().enumerate() {
        if n > 0 {
            s.push('\n');
        }
        let _ = writeln!(
            s,
            "{} vs {} other{}, pooled ({} document{}, {} chars)",
            r.annotator,
            r.others,
            plural(r.others),
            r.documents,
            plural(r.documents),
            r.overall.chars
        );
        block(&mut s, r.orphaned, &r.labels, &r.overall);
    }
    s
}

/// The orphans line (when there are any), the header and a row per label and overall.
fn block(
    s: &mut String,
    orphaned: usize,
    labels: &std::collections::BTreeMap<String, Figures>,
    overall: &Figures,
) {
    if orphaned > 0 {
        let _ = writeln!(s, "  {}", marginalia::review::orphans_line(orphaned));
    }
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
    for (label, f) in labels
        .iter()
        .map(|(l, f)| (l.as_str(), f))
        .chain([("overall", overall)])
    {
        row(s, label, f);
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
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
