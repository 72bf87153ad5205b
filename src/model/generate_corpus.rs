//! A generated corpus: many short articles with outlets, dates, URLs and bylines,
//! for the corpus-scale case (issue 12: 10,000 articles, about 50 MB of text,
//! 200,000 annotations). Deterministic like [`super::generate`].

use super::generate::{PLACES, annotate, article, pick};
use super::{Document, DocumentMeta, Project};

/// What to generate: `articles` articles of about `article_bytes` bytes, each with
/// `annotations_per_article` annotations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CorpusSpec {
    /// Number of articles.
    pub articles: usize,
    /// Approximate size of each article's text in UTF-8 bytes.
    pub article_bytes: usize,
    /// Annotations on each article.
    pub annotations_per_article: usize,
    /// Seed of the pseudo-random choices.
    pub seed: u64,
}

impl CorpusSpec {
    /// The corpus case: 10,000 articles of about 5 kB with 20 annotations each
    /// (about 50 MB of text, 200,000 annotations).
    pub const CORPUS: CorpusSpec = CorpusSpec {
        articles: 10_000,
        article_bytes: 5_000,
        annotations_per_article: 20,
        seed: 12,
    };
}

const OUTLETS: &[&str] = &[
    "KCNA",
    "Yonhap",
    "NK News",
    "Rodong Sinmun",
    "38 North",
    "Daily NK",
];
const BYLINES: &[&str] = &[
    "Kim Min-ji",
    "Lee Joon",
    "Hannah Reyes",
    "Daniel Okafor",
    "박지우",
];

/// The metadata of generated article `k`: an outlet, a date in 2025–2026 (with a
/// time and offset for one article in three), a URL, a byline, a language.
pub fn corpus_meta(rng: &mut fastrand::Rng, k: usize) -> DocumentMeta {
    let outlet = pick(rng, OUTLETS);
    let (year, month, day) = (2025 + (k / 336) % 2, 1 + (k / 28) % 12, 1 + k % 28);
    let mut meta = DocumentMeta {
        outlet: Some(outlet.to_string()),
        url: Some(format!(
            "https://{}.example.org/{year}/{month:02}/article-{k}",
            outlet.to_lowercase().replace(' ', "-")
        )),
        byline: Some(pick(rng, BYLINES).to_string()),
        language: Some("en".into()),
        ..Default::default()
    };
    if k.is_multiple_of(3) {
        meta.set_date(&format!(
            "{day} {} {year} 09:{:02} KST",
            month_abbr(month),
            k % 60
        ));
    } else {
        meta.set_date(&format!("{year}-{month:02}-{day:02}"));
    }
    meta
}

fn month_abbr(month: usize) -> &'static str {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES.get(month.saturating_sub(1)).copied().unwrap_or("Jan")
}

/// Generates the corpus described by `spec`, deterministically.
pub fn generate_corpus(spec: &CorpusSpec) -> Project {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let mut project = Project::new(format!("Generated corpus: {} articles", spec.articles));
    project.documents.reserve(spec.articles);
    let mut annotations = Vec::with_capacity(spec.articles * spec.annotations_per_article);
    for k in 0..spec.articles {
        let headline = format!("Dispatch {k} from {}", pick(&mut rng, PLACES));
        let built = article(&mut rng, spec.article_bytes, &headline);
        let meta = corpus_meta(&mut rng, k);
        let doc =
            Document::new(format!("article-{k:05}"), headline, built.text.clone()).with_meta(meta);
        annotations.extend(annotate(
            &mut rng,
            &doc,
            &built,
            spec.annotations_per_article,
            &format!("c{k:05}-"),
        ));
        project.documents.push(doc);
    }
    project.annotations = annotations;
    project.sort_annotations();
    project
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_corpus_is_valid_deterministic_and_has_metadata() {
        let spec = CorpusSpec {
            articles: 30,
            article_bytes: 1_000,
            annotations_per_article: 5,
            seed: 1,
        };
        let p = generate_corpus(&spec);
        assert_eq!(p, generate_corpus(&spec));
        assert_eq!(p.documents.len(), 30);
        assert_eq!(p.annotations.len(), 150);
        assert!(crate::store::check_project(&p).is_empty());
        assert!(crate::store::metadata_notes(&p).is_empty());
        assert_eq!(
            p.documents[3].meta.date.as_deref(),
            Some("2025-01-04T09:03:00+09:00")
        );
        assert!(p.documents.iter().all(|d| d.meta.outlet.is_some()));
    }
}
