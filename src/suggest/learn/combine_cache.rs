//! What the window's combination learned from the rules, kept per document until
//! that document's annotations change (issues 11 and 20).
//!
//! [`Combiner::learn_rules`] runs the rules on up to `max_docs` annotated
//! documents and replays each: on a large project that is seconds, too much for
//! a first suggestion of a 10 MB article (issue 11 asks ≤ 1 s) and too much to
//! repeat after every accept, reject or edit. [`LearnedRules::current`] learns
//! the same thing by parts:
//! - **Not from the document suggested for.** A combination leaves a document's
//!   own figures out of its suggestions (leave one out), so learning from it is
//!   not needed for them: the article the analyst works through (its 100,000
//!   annotations) costs nothing to learn from, and its own accepts and rejects
//!   never make the others learned again.
//! - **Per document, kept.** What each annotated document showed is kept under a
//!   key of it (id, text length, its annotations' spans, labels and sources);
//!   only a document whose key changed is learned from again. The rules (and
//!   those switched off) and the source registry changing start afresh.
//! - **A bounded sample of a long document.** From a document with more than
//!   [`SAMPLE_ANNOTATIONS`] annotations, only the text up to the end of the line
//!   holding the end of its first [`SAMPLE_ANNOTATIONS`] (by start) and the
//!   annotations within it: the figures learned are counts of actions saved per
//!   rule and votes per boundary convention, for which thousands of the
//!   analyst's annotations are as telling as a hundred thousand, and the rules
//!   run on a 10 MB article would cost about a second.
//!
//! Documents with fewer annotations (every one on the project's sample) are
//! learned from whole: the suggestions are then exactly those of
//! [`Combiner::learn_rules`] less the document's own figures (tested).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use super::Combiner;
use super::tally::Tally;
use crate::model::{Annotation, Document, Project};
use crate::suggest::Suggester;
use crate::suggest::effort::GoldDocument;
use crate::task::Progress;

/// The annotations of one document learned from, at most (the first by start,
/// with the text up to the end of their last line).
pub const SAMPLE_ANNOTATIONS: usize = 2_000;

/// The phase a learning shows in the window's progress.
pub const LEARNING: &str = "Learning from the annotated documents";

/// A [`Combiner`] learned from the rules for one document's suggestions, with
/// what each document learned from showed (kept for the next request).
#[derive(Debug, Clone)]
pub struct LearnedRules {
    /// The key of what it learned from: the rules, the registry, the document
    /// left out and each document's key. Equal keys, equal combinations.
    pub key: u64,
    /// What it learned.
    pub combiner: Arc<Combiner>,
    /// The key of the rules, those switched off, the registry and `max_docs`.
    setup: u64,
    /// Per document learned from (and the one left out, when it was learned
    /// before): its key and what it showed (`None`: nothing to learn there).
    documents: HashMap<String, (u64, Option<Arc<Tally>>)>,
}

/// The key of the rules in `suggester`, those `disabled`, its registry and
/// `max_docs`: what every document's figures depend on.
fn setup_key(suggester: &Suggester, disabled: &[String], max_docs: usize) -> u64 {
    let mut h = DefaultHasher::new();
    max_docs.hash(&mut h);
    disabled.hash(&mut h);
    format!("{:?}", suggester.registry()).hash(&mut h);
    // The rules themselves: a project's rules file edited in the window.
    format!("{:?}", suggester.rules()).hash(&mut h);
    h.finish()
}

/// The first `max_docs` annotated documents of `project` (project order), each
/// with its annotations (not orphaned, in project order) and their key.
fn annotated_documents(
    project: &Project,
    max_docs: usize,
) -> Vec<(&Document, Vec<&Annotation>, u64)> {
    let mut by_doc: HashMap<&str, Vec<&Annotation>> = HashMap::new();
    for a in project.annotations.iter().filter(|a| !a.orphaned) {
        by_doc.entry(a.doc.as_str()).or_default().push(a);
    }
    (project.documents.iter())
        .filter_map(|d| {
            let gold = by_doc.remove(d.id.as_str())?;
            let mut h = DefaultHasher::new();
            (d.id.as_str(), d.text.len()).hash(&mut h);
            for a in &gold {
                (a.start, a.end, &a.label, &a.source).hash(&mut h);
            }
            Some((d, gold, h.finish()))
        })
        .take(max_docs)
        .collect()
}

/// What `doc` (with its annotations `gold`) shows of `suggester`'s
/// suggestions; from its sample when it is long ([`SAMPLE_ANNOTATIONS`]).
fn learn_document(doc: &Document, gold: &[&Annotation], suggester: &Suggester) -> Option<Tally> {
    let (text, gold) = sample(&doc.text, gold);
    let found = suggester.suggest_text(text);
    if found.is_empty() {
        return None;
    }
    let gold_doc = GoldDocument {
        id: &doc.id,
        text,
        gold: &gold,
    };
    Some(Tally::of_document(
        &gold_doc,
        &found,
        &[],
        suggester.registry(),
    ))
}

/// `text` and `gold` as they are, or for more than [`SAMPLE_ANNOTATIONS`]
/// annotations, the text up to the end of the line where the first
/// [`SAMPLE_ANNOTATIONS`] (by start) end and the annotations within it.
fn sample<'a>(text: &'a str, gold: &[&'a Annotation]) -> (&'a str, Vec<&'a Annotation>) {
    if gold.len() <= SAMPLE_ANNOTATIONS {
        return (text, gold.to_vec());
    }
    let mut by_start: Vec<&Annotation> = gold.to_vec();
    by_start.sort_by_key(|a| (a.start, a.end));
    let last_end = (by_start[..SAMPLE_ANNOTATIONS].iter())
        .map(|a| a.end)
        .max()
        .unwrap_or(0);
    // The byte of char `last_end`, then the end of its line.
    let byte = text
        .char_indices()
        .nth(last_end)
        .map_or(text.len(), |(b, _)| b);
    let cut = text[byte..].find('\n').map_or(text.len(), |n| byte + n + 1);
    let cut_chars = last_end + text[byte..cut].chars().count();
    let within: Vec<&Annotation> = (gold.iter())
        .filter(|a| a.end <= cut_chars)
        .copied()
        .collect();
    (&text[..cut], within)
}

impl LearnedRules {
    /// What the rules' suggestions (`suggester`, with `disabled` switched off)
    /// on the first `max_docs` annotated documents of `project` show, for the
    /// suggestions of document `for_doc` (not learned from: left out), reusing
    /// what `held` learned from each document whose annotations are as they
    /// were. `progress` shows the documents learned from anew.
    pub fn current(
        held: Option<&LearnedRules>,
        project: &Project,
        suggester: &Suggester,
        disabled: &[String],
        max_docs: usize,
        for_doc: &str,
        progress: &Progress,
    ) -> LearnedRules {
        let setup = setup_key(suggester, disabled, max_docs);
        let held = held.filter(|h| h.setup == setup);
        let docs = annotated_documents(project, max_docs);
        let mut key = DefaultHasher::new();
        (setup, for_doc).hash(&mut key);
        for (d, _, k) in docs.iter().filter(|(d, _, _)| d.id != for_doc) {
            (d.id.as_str(), k).hash(&mut key);
        }
        let key = key.finish();
        if let Some(h) = held.filter(|h| h.key == key) {
            return h.clone();
        }
        let kept = |d: &Document, k: u64| {
            let (was, tally) = held?.documents.get(&d.id)?;
            (*was == k).then(|| tally.clone())
        };
        let anew = (docs.iter())
            .filter(|(d, _, k)| d.id != for_doc && kept(d, *k).is_none())
            .count();
        if anew > 0 {
            progress.start_phase(LEARNING, anew as u64);
        }
        let mut documents = HashMap::new();
        let mut combiner = Combiner::empty(suggester.registry());
        for (d, gold, k) in &docs {
            let tally = match kept(d, *k) {
                Some(t) => t,
                None if d.id == for_doc => continue,
                None => {
                    let t = learn_document(d, gold, suggester).map(Arc::new);
                    progress.advance(1);
                    t
                }
            };
            if d.id != for_doc
                && let Some(t) = &tally
            {
                combiner.add_document(&d.id, Arc::clone(t));
            }
            documents.insert(d.id.clone(), (*k, tally));
        }
        if anew > 0 {
            progress.start_phase("", 0);
        }
        LearnedRules {
            key,
            combiner: Arc::new(combiner),
            setup,
            documents,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::model::RejectedSpan;
    use crate::suggest::{RuleSet, Suggestion};

    fn suggester(p: &Project, rules: RuleSet) -> Suggester {
        Suggester::new(rules, p.source_registry().into_owned()).expect("rules compile")
    }

    fn learned(
        held: Option<&LearnedRules>,
        p: &Project,
        s: &Suggester,
        off: &[String],
        doc: &str,
    ) -> LearnedRules {
        LearnedRules::current(held, p, s, off, 200, doc, &Progress::new())
    }

    #[test]
    fn what_each_document_showed_is_kept_until_its_annotations_change() {
        let mut p = Project::new("p");
        for id in ["a", "b", "c"] {
            let text = "Pyongyang fired a missile, KCNA said.";
            p.documents.push(Document::new(id, id, text));
        }
        for doc in ["a", "b"] {
            (p.annotations).push(Annotation::new(doc, 0, 9, "Pyongyang", "claim", "x"));
        }
        let s = suggester(&p, RuleSet::builtin());
        let first = learned(None, &p, &s, &[], "c");
        let again = learned(Some(&first), &p, &s, &[], "c");
        assert!(Arc::ptr_eq(&first.combiner, &again.combiner), "reused");
        // A rejection, or an annotation in the document suggested for (left out
        // of its own suggestions), keeps it.
        p.rejected.push(RejectedSpan {
            doc: "a".into(),
            start: 0,
            end: 9,
            label: Some("claim".into()),
            rule: None,
        });
        (p.annotations).push(Annotation::new("c", 0, 9, "Pyongyang", "claim", "x"));
        let kept = learned(Some(&first), &p, &s, &[], "c");
        assert!(Arc::ptr_eq(&first.combiner, &kept.combiner));
        // An annotation in a document learned from: that one is learned again,
        // the others are reused.
        (p.annotations).push(Annotation::new("a", 10, 15, "fired", "claim", "x"));
        let changed = learned(Some(&kept), &p, &s, &[], "c");
        assert_ne!(changed.key, kept.key);
        let tally = |l: &LearnedRules, d: &str| l.documents[d].1.clone().expect("learned");
        assert!(Arc::ptr_eq(&tally(&kept, "b"), &tally(&changed, "b")));
        assert!(!Arc::ptr_eq(&tally(&kept, "a"), &tally(&changed, "a")));
        // Another document suggested for: "c" is learned from now, "a" left out.
        let other = learned(Some(&changed), &p, &s, &[], "a");
        assert_ne!(other.key, changed.key);
        assert!(Arc::ptr_eq(&tally(&changed, "b"), &tally(&other, "b")));
        // A rule switched off, or the rules edited, start afresh.
        let off = learned(Some(&other), &p, &s, &["x".into()], "a");
        assert_ne!(off.key, other.key);
        assert!(!Arc::ptr_eq(&tally(&other, "b"), &tally(&off, "b")));
        let mut edited = RuleSet::builtin();
        edited.claim.min_words += 1;
        let edited = learned(Some(&off), &p, &suggester(&p, edited), &["x".into()], "a");
        assert_ne!(edited.key, off.key);
    }

    fn fixture(name: &str) -> Project {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suggest");
        let text = std::fs::read_to_string(dir.join(name)).expect("fixture reads");
        crate::store::parse_project(&text, Path::new(name)).expect("fixture parses")
    }

    /// Per document, the window's combined suggestions as learned whole
    /// (`Combiner::learn_rules`, each document's own figures left out).
    fn suggested(s: &Suggester, c: &Combiner, doc: &Document) -> Vec<Suggestion> {
        let mut found = s.suggest_text(&doc.text);
        found.iter_mut().for_each(|f| f.doc = doc.id.clone());
        c.combine(&doc.id, &doc.text, found, Vec::new())
    }

    #[test]
    fn the_window_suggests_on_the_fixtures_exactly_what_learning_from_every_document_gave() {
        let mut half = fixture("heldout.ron");
        let odd: Vec<String> = (half.documents.iter().skip(1).step_by(2))
            .map(|d| d.id.clone())
            .collect();
        half.annotations.retain(|a| !odd.contains(&a.doc));
        let mut together = fixture("tune.ron");
        together.documents.extend(fixture("fresh.ron").documents);
        for p in [
            fixture("tune.ron"),
            fixture("heldout.ron"),
            fixture("fresh.ron"),
            half,
            together,
        ] {
            let s = suggester(&p, RuleSet::builtin());
            let whole = Combiner::learn_rules(&p, &s, 200);
            let mut held: Option<LearnedRules> = None;
            for doc in &p.documents {
                let now = learned(held.as_ref(), &p, &s, &[], &doc.id);
                assert_eq!(
                    suggested(&s, &whole, doc),
                    suggested(&s, &now.combiner, doc),
                    "{} in {}",
                    doc.id,
                    p.name
                );
                held = Some(now);
            }
        }
    }

    #[test]
    fn a_long_document_is_learned_from_its_first_annotations_up_to_a_line_end() {
        let line = "조선중앙통신 said 😀 the e\u{301}vent happened.\r\n";
        let line = line.replace("\r\n", "\n");
        let n = line.chars().count();
        let text = line.repeat(SAMPLE_ANNOTATIONS + 50);
        let gold: Vec<Annotation> = (0..SAMPLE_ANNOTATIONS + 50)
            .rev()
            .map(|i| Annotation::new("d", i * n, i * n + 6, "조선중앙통신", "claim", "x"))
            .collect();
        let refs: Vec<&Annotation> = gold.iter().collect();
        let (cut, within) = sample(&text, &refs);
        assert!(cut.ends_with('\n'));
        assert_eq!(cut.chars().count(), SAMPLE_ANNOTATIONS * n);
        assert_eq!(within.len(), SAMPLE_ANNOTATIONS);
        let chars: Vec<char> = cut.chars().collect();
        for a in &within {
            assert_eq!(chars[a.start..a.end].iter().collect::<String>(), a.quote);
        }
        let few = &refs[..10];
        assert_eq!(sample(&text, few), (text.as_str(), few.to_vec()));
    }
}
