//! A project: documents, their annotations and the tag schema, saved as one RON file.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Annotation, Document, Link, MergeNote, RejectedSpan, SourceRegistry, TagSchema};

/// The project file format this build writes and the newest it reads.
///
/// - 1: the first format.
/// - 2: annotations may carry `edited_by`, `modified` and `previous_label` (who
///   changed a colleague's annotation, when, and the label it had). A format 1
///   file is read as a format 2 file without them.
/// - 3: documents may carry `meta` (outlet, publication date in RFC 3339 with the
///   date as written, URL, byline, language), written only when one is set. A
///   format 1 or 2 file is read as a format 3 file without metadata.
///   Annotations may carry `conflict` (a [`super::MergeConflict`], left by
///   `marginalia merge-driver` when two analysts changed one annotation
///   differently); absent when there is none.
/// - 4: documents may carry `done_by` (corpus, issue 12: the analysts who marked the
///   document done) and a `memo` (issue 19: the analyst's note on the article); the
///   project may carry `links` (sources, issue 13: an attribution linked to the
///   claims and speculation it attributes, by annotation id), its own source
///   `registry` and `rejected` (issue 11: the spans the analyst refused as
///   suggestions, [`super::RejectedSpan`]). Each is written only when not empty. A
///   format 1–3 file is read as a format 4 file without them (the built-in registry
///   applies).
/// - 5 (conflicts, issue 14; codebook, issue 19): the project may carry
///   `merge_notes` (a [`super::MergeNote`] per document, label or name two analysts
///   changed differently: the other version, whole) and a `memo`; labels may carry a
///   `description` and an `example` (the tagging guideline). Each is written only
///   when not empty; a format 1–4 file is read as a format 5 file without them.
pub const FORMAT_VERSION: u32 = 5;

/// Everything an analyst saves: the articles, the annotations on them, the schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// File format version ([`FORMAT_VERSION`]).
    pub format: u32,
    /// The project's name, shown in the title bar.
    pub name: String,
    /// Labels, colours, keys and default sources.
    #[serde(default)]
    pub schema: TagSchema,
    /// The articles, text included.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// All annotations of all documents.
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    // --- sources (issue 13): links and the project's source registry ---
    /// Links between annotations (attribution → what it attributes), format 4.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// The project's own source registry, format 4; empty means the built-in one
    /// (see [`Project::source_registry`]).
    #[serde(default, skip_serializing_if = "SourceRegistry::is_empty")]
    pub registry: SourceRegistry,
    // --- end sources ---
    // --- suggestions (format 4) ---
    /// Spans refused as suggestions: never suggested again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<RejectedSpan>,
    // --- conflicts (issue 14, format 5): merge notes ---
    /// Documents, labels or the name two analysts changed differently: the
    /// version not kept in place, for the Review window to resolve.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merge_notes: Vec<MergeNote>,
    // --- end conflicts ---
    // --- codebook (issue 19, format 5): the project memo ---
    /// The analysts' note on the whole project (exported as a REFI project note);
    /// written only when set.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub memo: String,
    // --- end codebook ---
}

impl Default for Project {
    fn default() -> Self {
        Project::new("Untitled project")
    }
}

/// Counts of a project's annotations, as `marginalia info` prints them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ProjectSummary {
    /// Number of documents.
    pub documents: usize,
    /// Number of annotations.
    pub annotations: usize,
    /// Annotations per label id.
    pub by_label: BTreeMap<String, usize>,
    /// Annotations per source (attributions only).
    pub by_source: BTreeMap<String, usize>,
    /// Annotations per author.
    pub by_author: BTreeMap<String, usize>,
}

impl Project {
    /// An empty project with the default schema.
    pub fn new(name: impl Into<String>) -> Self {
        Project {
            format: FORMAT_VERSION,
            name: name.into(),
            schema: TagSchema::default(),
            documents: Vec::new(),
            annotations: Vec::new(),
            links: Vec::new(),
            registry: SourceRegistry::default(),
            rejected: Vec::new(),
            merge_notes: Vec::new(), // conflicts (issue 14)
            memo: String::new(),     // codebook (issue 19)
        }
    }

    // --- sources (issue 13) ---
    /// The registry attributions are normalised through: the project's own, or the
    /// built-in one (`assets/sources.ron`) when the project has none.
    pub fn source_registry(&self) -> std::borrow::Cow<'_, SourceRegistry> {
        if self.registry.is_empty() {
            std::borrow::Cow::Borrowed(SourceRegistry::builtin_ref())
        } else {
            std::borrow::Cow::Borrowed(&self.registry)
        }
    }

    /// The links that start or end at annotation `id`, in project order.
    pub fn links_of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Link> + 'a {
        self.links.iter().filter(move |l| l.touches(id))
    }
    // --- end sources ---

    /// The document with id `id`.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The annotation with id `id`.
    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    /// The annotations of document `doc`, in file order.
    pub fn annotations_of<'a>(&'a self, doc: &'a str) -> impl Iterator<Item = &'a Annotation> + 'a {
        self.annotations.iter().filter(move |a| a.doc == doc)
    }

    /// Sorts annotations by (doc, start, end, id), the order files are written in.
    pub fn sort_annotations(&mut self) {
        self.annotations
            .sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    }

    /// A document id not yet used in the project, derived from `title`: its
    /// [`document_id_base`], then `BASE-2`, `BASE-3`… (a scan of the documents per
    /// try: bulk imports keep the ids in a hash table instead).
    pub fn unique_document_id(&self, title: &str) -> String {
        let base = document_id_base(title);
        if self.document(&base).is_none() {
            return base;
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| self.document(id).is_none())
            .unwrap_or(base)
    }

    /// Every source used by attributions, most used first, then the schema's list.
    pub fn known_sources(&self) -> Vec<String> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for a in &self.annotations {
            if let Some(s) = a.source.as_deref().filter(|s| !s.is_empty()) {
                *counts.entry(s).or_default() += 1;
            }
        }
        self.rank_sources(counts)
    }

    /// Sources with their number of uses, most used first (then by name), followed
    /// by the schema's sources not among them: the order completion offers them in.
    pub fn rank_sources<'s>(
        &self,
        uses: impl IntoIterator<Item = (&'s str, usize)>,
    ) -> Vec<String> {
        let mut used: Vec<(&str, usize)> = uses.into_iter().collect();
        used.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut out: Vec<String> = used.into_iter().map(|(s, _)| s.to_string()).collect();
        for s in &self.schema.sources {
            if !out.iter().any(|o| o.eq_ignore_ascii_case(s)) {
                out.push(s.clone());
            }
        }
        out
    }

    /// Annotation counts by label, source and author.
    pub fn summary(&self) -> ProjectSummary {
        let mut s = ProjectSummary {
            documents: self.documents.len(),
            annotations: self.annotations.len(),
            ..Default::default()
        };
        for a in &self.annotations {
            *s.by_label.entry(a.label.clone()).or_default() += 1;
            if let Some(src) = &a.source {
                *s.by_source.entry(src.clone()).or_default() += 1;
            }
            let author = if a.author.is_empty() {
                "(unknown)"
            } else {
                &a.author
            };
            *s.by_author.entry(author.to_string()).or_default() += 1;
        }
        s
    }
}

/// The id a document titled `title` gets when it is free: the title's slug, or
/// `doc` when that is empty.
pub fn document_id_base(title: &str) -> String {
    let base = slug(title);
    if base.is_empty() {
        "doc".to_string()
    } else {
        base
    }
}

/// A lowercase ASCII-and-letters slug of `title`, at most 40 chars, words joined by `-`.
pub fn slug(title: &str) -> String {
    const MAX: usize = 40;
    let mut out = String::new();
    let mut len = 0;
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word: String = word.chars().flat_map(char::to_lowercase).collect();
        let word_len = word.chars().count();
        if out.is_empty() {
            // A first word longer than the limit is cut; later ones are kept whole
            // or left out, so a slug never ends in a cut word or a dash.
            out = word.chars().take(MAX).collect();
            len = out.chars().count();
        } else if len + 1 + word_len <= MAX {
            out.push('-');
            out.push_str(&word);
            len += 1 + word_len;
        } else {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_whole_words_and_never_end_in_a_dash() {
        assert_eq!(
            slug("Pyongyang test-fires new cruise missile, state media says"),
            "pyongyang-test-fires-new-cruise-missile"
        );
        assert_eq!(
            slug("North Korea stages night parade as analysts weigh new missile display"),
            "north-korea-stages-night-parade-as"
        );
        assert_eq!(slug("조선중앙통신 “보도” 👋🏽"), "조선중앙통신-보도");
        assert_eq!(slug(&"a".repeat(50)), "a".repeat(40));
        assert_eq!(slug("— 👋🏽 —"), "");
    }

    fn sample() -> Project {
        let mut p = Project::new("t");
        p.documents
            .push(Document::new("doc", "Doc", "KCNA said the test succeeded."));
        p.annotations.push(
            Annotation::new("doc", 0, 9, "KCNA said", "attribution", "alice").with_source("KCNA"),
        );
        p.annotations.push(Annotation::new(
            "doc",
            10,
            28,
            "the test succeeded",
            "claim",
            "bob",
        ));
        p
    }

    #[test]
    fn summary_counts_by_label_source_and_author() {
        let s = sample().summary();
        assert_eq!(s.annotations, 2);
        assert_eq!(s.by_label["claim"], 1);
        assert_eq!(s.by_source["KCNA"], 1);
        assert_eq!(s.by_author["bob"], 1);
    }

    #[test]
    fn unique_ids_do_not_collide() {
        let p = sample();
        assert_eq!(p.unique_document_id("Doc"), "doc-2");
        assert_eq!(
            p.unique_document_id("Victory Day: 조선"),
            "victory-day-조선"
        );
        assert_eq!(p.unique_document_id("!!!"), "doc-2");
    }

    #[test]
    fn known_sources_put_used_ones_first_without_duplicates() {
        let s = sample().known_sources();
        assert_eq!(s[0], "KCNA");
        assert_eq!(s.iter().filter(|x| x.as_str() == "KCNA").count(), 1);
        assert!(s.iter().any(|x| x == "NK News"));
    }
}
