//! What the window's combination learned from the rules, kept until the
//! annotations it learned from change (issue 20).
//!
//! [`Combiner::learn_rules`] runs the rules on up to `max_docs` annotated
//! documents and replays each: on a large project that is seconds, too much to
//! repeat for every suggestion request (every accept, reject or edit).
//! [`LearnedRules::current`] does it only when its key changes: the first
//! `max_docs` annotated documents (ids, text lengths), their annotations (span,
//! label, source), the rules (and those switched off) and the source registry. An accept in
//! a document outside those, or a rejection, leaves it as it is.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use super::Combiner;
use crate::model::Project;
use crate::suggest::Suggester;

/// A [`Combiner`] learned from the rules, with the key of what it learned from.
#[derive(Debug, Clone)]
pub struct LearnedRules {
    /// [`rules_learning_key`] of what it learned from.
    pub key: u64,
    /// What it learned.
    pub combiner: Arc<Combiner>,
}

/// The key of what [`Combiner::learn_rules`]`(project, suggester, max_docs)`
/// learns from; `disabled` are the rules switched off in `suggester`.
pub fn rules_learning_key(
    project: &Project,
    suggester: &Suggester,
    disabled: &[String],
    max_docs: usize,
) -> u64 {
    let mut h = DefaultHasher::new();
    max_docs.hash(&mut h);
    disabled.hash(&mut h);
    format!("{:?}", suggester.registry()).hash(&mut h);
    // The rules themselves: a project's rules file edited in the window.
    format!("{:?}", suggester.rules()).hash(&mut h);
    let annotated: std::collections::HashSet<&str> = (project.annotations.iter())
        .filter(|a| !a.orphaned)
        .map(|a| a.doc.as_str())
        .collect();
    let docs: std::collections::HashSet<&str> = (project.documents.iter())
        .filter(|d| annotated.contains(d.id.as_str()))
        .take(max_docs)
        .map(|d| {
            (d.id.as_str(), d.text.len()).hash(&mut h);
            d.id.as_str()
        })
        .collect();
    for a in (project.annotations.iter()).filter(|a| !a.orphaned && docs.contains(a.doc.as_str())) {
        (&a.doc, a.start, a.end, &a.label, &a.source).hash(&mut h);
    }
    h.finish()
}

impl LearnedRules {
    /// `held` when it was learned from what `project` holds now, else learned
    /// again ([`Combiner::learn_rules`]).
    pub fn current(
        held: Option<&LearnedRules>,
        project: &Project,
        suggester: &Suggester,
        disabled: &[String],
        max_docs: usize,
    ) -> LearnedRules {
        let key = rules_learning_key(project, suggester, disabled, max_docs);
        match held {
            Some(h) if h.key == key => h.clone(),
            _ => LearnedRules {
                key,
                combiner: Arc::new(Combiner::learn_rules(project, suggester, max_docs)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document, RejectedSpan};
    use crate::suggest::RuleSet;

    #[test]
    fn the_learned_rules_are_kept_until_the_annotations_they_learned_from_change() {
        let mut p = Project::new("p");
        for id in ["a", "b", "c"] {
            let text = "Pyongyang fired a missile, KCNA said.";
            p.documents.push(Document::new(id, id, text));
        }
        p.annotations
            .push(Annotation::new("a", 0, 9, "Pyongyang", "claim", "x"));
        let suggester = Suggester::new(RuleSet::builtin(), p.source_registry().into_owned())
            .expect("rules compile");
        let first = LearnedRules::current(None, &p, &suggester, &[], 1);
        let again = LearnedRules::current(Some(&first), &p, &suggester, &[], 1);
        assert!(Arc::ptr_eq(&first.combiner, &again.combiner), "reused");
        // A rejection, or an annotation beyond the documents learned from, keeps it.
        p.rejected.push(RejectedSpan {
            doc: "a".into(),
            start: 0,
            end: 9,
            label: Some("claim".into()),
            rule: None,
        });
        p.annotations
            .push(Annotation::new("b", 0, 9, "Pyongyang", "claim", "x"));
        let kept = LearnedRules::current(Some(&first), &p, &suggester, &[], 1);
        assert!(Arc::ptr_eq(&first.combiner, &kept.combiner));
        // An annotation in a document learned from, or a rule switched off, does not.
        p.annotations
            .push(Annotation::new("a", 10, 15, "fired", "claim", "x"));
        let changed = LearnedRules::current(Some(&first), &p, &suggester, &[], 1);
        assert_ne!(changed.key, first.key);
        let off = LearnedRules::current(Some(&changed), &p, &suggester, &["x".into()], 1);
        assert_ne!(off.key, changed.key);
        // Other rules (the project's rules file edited) do not either.
        let mut other = RuleSet::builtin();
        other.claim.min_words += 1;
        let other = Suggester::new(other, p.source_registry().into_owned()).expect("rules compile");
        let edited = LearnedRules::current(Some(&off), &p, &other, &["x".into()], 1);
        assert_ne!(edited.key, off.key);
    }
}
