//! `marginalia suggest PROJECT [--doc ID]... [--label L]... [--rules FILE]
//! [--sources FILE] [--all]` writes suggestions as JSONL (the shape of `export
//! --format jsonl` plus `rule`, `score` and `why` per span);
//! `--eval [--json]` compares them with the project's own annotations instead;
//! `--effort [--json]` counts the actions to finish the annotated documents from
//! them, beside the count with suggestions off.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;
use marginalia::model::{SourceRegistry, printable, text::plural};
use marginalia::suggest::effort::{Effort, EffortReport, replay_project};
use marginalia::suggest::eval::{Evaluation, Scores, Strictness, evaluate};
use marginalia::suggest::project_rules::{Origin, rules_for_project};
use marginalia::suggest::{RuleSet, SuggestScope, Suggester, jsonl};

use super::suggest_learn::suggestions;

/// Arguments of `marginalia suggest`.
#[derive(Debug, Args)]
pub struct SuggestArgs {
    /// The project file (.ron).
    pub project: PathBuf,
    /// Only this document (repeatable).
    #[arg(long = "doc")]
    pub docs: Vec<String>,
    /// Only suggestions with this label (repeatable).
    #[arg(long = "label")]
    pub labels: Vec<String>,
    /// A rules file (RON) instead of the project's (`NAME.rules.ron` beside it)
    /// or the built-in rules.
    #[arg(long)]
    pub rules: Option<PathBuf>,
    /// A source registry (RON) instead of the project's own (or the built-in one).
    #[arg(long)]
    pub sources: Option<PathBuf>,
    /// Also suggest where the project already has an annotation of the same label.
    #[arg(long)]
    pub all: bool,
    /// Compare the suggestions with the project's annotations (precision, recall,
    /// F1 per label and per rule, at exact, IoU ≥ 0.8 and overlap match).
    #[arg(long)]
    pub eval: bool,
    /// Replay an analyst finishing each annotated document from the suggestions:
    /// actions per finished annotation, beside the figure with suggestions off.
    #[arg(long, conflicts_with = "eval")]
    pub effort: bool,
    /// With --eval or --effort: print JSON.
    #[arg(long)]
    pub json: bool,
    // --- learn (issue 20): --model / --no-rules / --no-learn, see cli/suggest_learn.rs ---
    /// The learned model's flags.
    #[command(flatten)]
    pub learn: super::suggest_learn::LearnFlags,
    // --- end learn ---
}

/// Runs `marginalia suggest`.
pub fn run(args: &SuggestArgs) -> anyhow::Result<ExitCode> {
    if args.json && !args.eval && !args.effort {
        bail!("--json goes with --eval or --effort (suggestions are always JSONL)");
    }
    let rules = match &args.rules {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the rules file {}", path.display()))?;
            RuleSet::from_ron(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        }
        None => project_rules(&args.project)?,
    };
    let project = super::load(&args.project)?;
    // The project's own registry (Sources ▸ Sources…), as the window suggests with
    // it; the built-in one when the project has none; `--sources` wins over both.
    let registry = match &args.sources {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the source registry {}", path.display()))?;
            SourceRegistry::from_ron(&text)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        }
        None => project.source_registry().into_owned(),
    };
    let suggester = Suggester::new(rules, registry)?;
    for id in &args.docs {
        if project.document(id).is_none() {
            bail!(
                "no document {} in {}",
                printable(id),
                args.project.display()
            );
        }
    }
    let scope = SuggestScope {
        docs: (!args.docs.is_empty()).then(|| args.docs.clone()),
        labels: args.labels.clone(),
    };
    let out = if args.effort {
        // --- learn (issue 20): as the output, learned from the other documents ---
        let found = suggestions(&args.learn, &suggester, &project, &scope, false)?;
        // --- end learn ---
        let report = replay_project(&project, &found, suggester.registry(), &args.labels);
        if args.json {
            let mut s = serde_json::to_string_pretty(&report)?;
            s.push('\n');
            s
        } else {
            effort_table(&report)
        }
    } else if args.eval {
        // --- learn (issue 20) ---
        let found = suggestions(&args.learn, &suggester, &project, &scope, false)?;
        // --- end learn ---
        let evaluation = evaluate(&project, &found, suggester.registry(), &args.labels);
        if args.json {
            let mut s = serde_json::to_string_pretty(&evaluation)?;
            s.push('\n');
            s
        } else {
            table(&evaluation)
        }
    } else {
        // --- learn (issue 20) ---
        let found = suggestions(&args.learn, &suggester, &project, &scope, !args.all)?;
        // --- end learn ---
        let spans: usize = found.iter().map(|(_, f)| f.len()).sum();
        eprintln!(
            "marginalia: {} in {}",
            plural(spans, "suggestion"),
            plural(found.len(), "document")
        );
        jsonl::to_jsonl(&project, &found)?
    };
    super::out::print(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The project's own rules (`NAME.rules.ron` beside it) when it has them, said
/// on stderr in one line; else the built-in rules. A broken file is refused.
fn project_rules(project: &std::path::Path) -> anyhow::Result<RuleSet> {
    let (rules, origin) = rules_for_project(Some(project))?;
    if let Origin::File(path) = origin {
        let name = path.file_name().unwrap_or(path.as_os_str());
        eprintln!("marginalia: rules from {}", name.to_string_lossy());
    }
    Ok(rules)
}

/// The evaluation for people: one block per label, then one line per rule.
fn table(e: &Evaluation) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Suggestions against the project's annotations ({}; attributions need the same source)",
        plural(e.documents, "document")
    );
    let _ = writeln!(
        s,
        "{:<26} {:<8} {:>9} {:>5} {:>7} {:>9} {:>6} {:>5}",
        "label / rule", "match", "suggested", "gold", "matched", "precision", "recall", "F1"
    );
    let row = |s: &mut String, name: &str, scores: &Scores| {
        for strictness in Strictness::ALL {
            let c = scores.at(strictness);
            let _ = writeln!(
                s,
                "{:<26} {:<8} {:>9} {:>5} {:>7} {:>9.2} {:>6.2} {:>5.2}",
                printable(name).to_string(),
                strictness.name(),
                c.suggested,
                c.gold,
                c.matched,
                c.precision,
                c.recall,
                c.f1
            );
        }
    };
    for scores in &e.labels {
        row(&mut s, &scores.label, scores);
    }
    if !e.rules.is_empty() {
        let _ = writeln!(
            s,
            "\nPer rule (recall: the label's gold spans the rule found)"
        );
        for scores in &e.rules {
            let name = format!("{}/{}", scores.label, scores.rule.as_deref().unwrap_or(""));
            row(&mut s, &name, scores);
        }
    }
    s
}

/// The effort replay for people: one line per label and the total, then what
/// the actions were.
fn effort_table(r: &EffortReport) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Effort to finish {} from the suggestions ({}; actions per finished annotation)",
        plural(r.documents, "annotated document"),
        plural(r.total.gold, "gold annotation")
    );
    let _ = writeln!(
        s,
        "{:<14} {:>5} {:>16} {:>15}",
        "label", "gold", "with suggestions", "suggestions off"
    );
    let row = |s: &mut String, name: &str, e: &Effort| {
        let _ = writeln!(
            s,
            "{:<14} {:>5} {:>16.2} {:>15.2}",
            printable(name).to_string(),
            e.gold,
            e.per_annotation,
            e.baseline_per_annotation
        );
    };
    for e in &r.labels {
        row(&mut s, e.label.as_deref().unwrap_or(""), e);
    }
    row(&mut s, "all", &r.total);
    let c = &r.total.counts;
    let _ = writeln!(
        s,
        "\n{} actions (suggestions off: {}): {} accepted as they stood, {} fixed ({} moved), \
         {} rejected, {} created by hand, {} picked",
        r.total.actions,
        r.total.baseline_actions,
        c.accepted_as_is,
        c.fixed,
        plural(c.boundary_words, "boundary word"),
        c.rejected,
        c.created,
        plural(c.sources_picked, "source")
    );
    s
}
