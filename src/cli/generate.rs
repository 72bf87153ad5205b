//! `marginalia generate SIZE OUT.ron` (hidden, for benchmarks and scale tests): writes
//! a deterministic generated project.

use std::path::PathBuf;

use anyhow::anyhow;
use clap::Args;
use marginalia::model::generate::{GenerateSpec, generate_project, two_analysts};

/// Arguments of `marginalia generate`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// The size: `small` (10 kB / 100), `117k` (1,000), `1m` (10,000) or `large`
    /// (10 MB / 100,000 plus 100 short articles); or a review case at scale:
    /// `agree-docs` (COUNT small documents, default 100,000, with `--colleague`),
    /// `agree-annotators` (COUNT annotators, default 1,000, on 3 documents),
    /// `corpus` (COUNT articles of about 5 kB with outlets, dates, URLs and bylines,
    /// 20 annotations each; default 10,000: about 50 MB, 200,000 annotations) or
    /// `agree-labels` (a schema of COUNT labels, default 20,000, on 1,000 documents,
    /// with `--colleague`).
    pub size: String,
    /// Where to write the project (.ron).
    pub out: PathBuf,
    /// Seed of the pseudo-random choices (default: the preset's).
    #[arg(long)]
    pub seed: Option<u64>,
    /// Also write a colleague's version (for `marginalia agree`): OUT then holds
    /// alice's annotations and this file bob's, which differ in places.
    #[arg(long, value_name = "FILE")]
    pub colleague: Option<PathBuf>,
    /// The count of a review case (documents, annotators or labels).
    #[arg(long)]
    pub count: Option<usize>,
}

/// Writes a review case at scale (`agree-…`); `None` when `size` names none.
fn review_case(args: &GenerateArgs) -> Option<anyhow::Result<()>> {
    use marginalia::review::scale_cases::{many_annotators, many_documents, many_labels};
    let (main, colleague) = match args.size.as_str() {
        "agree-docs" => many_documents(args.count.unwrap_or(100_000)),
        "agree-labels" => many_labels(args.count.unwrap_or(20_000), 1_000),
        "agree-annotators" => (
            many_annotators(args.count.unwrap_or(1_000), 3),
            Default::default(),
        ),
        "corpus" => {
            use marginalia::model::generate_corpus::{CorpusSpec, generate_corpus};
            let mut spec = CorpusSpec::CORPUS;
            spec.articles = args.count.unwrap_or(spec.articles);
            if let Some(seed) = args.seed {
                spec.seed = seed;
            }
            (generate_corpus(&spec), Default::default())
        }
        _ => return None,
    };
    let save = || -> anyhow::Result<()> {
        if let Some(path) = &args.colleague {
            marginalia::store::save_project(path, &colleague)?;
        }
        marginalia::store::save_project(&args.out, &main)?;
        eprintln!(
            "wrote {} ({} documents, {} annotations)",
            args.out.display(),
            main.documents.len(),
            main.annotations.len()
        );
        Ok(())
    };
    Some(save())
}

/// Runs `marginalia generate`.
pub fn run(args: &GenerateArgs) -> anyhow::Result<std::process::ExitCode> {
    if let Some(done) = review_case(args) {
        return done.map(|()| std::process::ExitCode::SUCCESS);
    }
    let mut spec = GenerateSpec::preset(&args.size).ok_or_else(|| {
        anyhow!(
            "unknown size '{}' (expected small, 117k, 1m or large)",
            args.size
        )
    })?;
    if let Some(seed) = args.seed {
        spec.seed = seed;
    }
    let mut project = generate_project(&spec);
    if let Some(colleague) = &args.colleague {
        let (alice, bob) = two_analysts(&project);
        marginalia::store::save_project(colleague, &bob)?;
        project = alice;
    }
    marginalia::store::save_project(&args.out, &project)?;
    eprintln!(
        "wrote {} ({}, {})",
        args.out.display(),
        marginalia::model::text::plural(project.documents.len(), "document"),
        marginalia::model::text::plural(project.annotations.len(), "annotation")
    );
    Ok(std::process::ExitCode::SUCCESS)
}
