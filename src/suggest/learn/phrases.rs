//! Phrases the analyst annotated, suggested again where they recur (issue 20):
//! INCEpTION's "string matcher" recommender. News repeats its formulas — "the
//! Korean Central News Agency reported", "a spokesperson for the Unification
//! Ministry said", "according to Yonhap" — so a span the analyst tagged in one
//! article is a good suggestion wherever the same words stand in another, with
//! the analyst's own boundaries and source.
//!
//! A phrase is suggested in a document when, over the *other* annotated
//! documents (leave one out, so `--eval` and `--effort` stay fair), it was
//! annotated with that label at least once and at least [`MIN_PRECISION`] of the
//! times it occurs there. Its score is that share. Only whole words match (the
//! chars either side are not letters or digits), case and all.

use std::collections::HashMap;

use aho_corasick::AhoCorasick;

use crate::model::Project;
use crate::suggest::Suggestion;

/// The rule name the learned phrases' suggestions carry.
pub const PHRASE_RULE: &str = "learned-phrase";

/// The share of a phrase's occurrences in the other annotated documents that
/// must have been annotated with the label for it to be suggested.
pub const MIN_PRECISION: f32 = 0.6;

/// The share from which a phrase replaces a rule's overlapping suggestion of the
/// same label (its boundaries are the analyst's); below it, the rule's stays.
pub const REPLACE_PRECISION: f32 = 0.75;

/// The longest phrase learned, in chars (claims, whole clauses, seldom recur).
const MAX_CHARS: usize = 120;

/// How often one document annotated a phrase with a label, and saw the phrase.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    annotated: u32,
    seen: u32,
}

/// One (phrase, label) learned: counts per annotated document and summed, and
/// the attribution sources given to it per document.
#[derive(Debug, Clone)]
struct Entry {
    label: String,
    total: Counts,
    per_doc: HashMap<u32, Counts>,
    sources: Vec<(u32, String)>,
}

/// A phrase found in a text: byte range, what was learned of it, its share
/// tagged, and (times tagged, times seen) in the other documents.
type Found<'m> = (usize, usize, &'m Entry, f32, (u32, u32));

/// The phrases of a project's annotations, with how reliably each was tagged.
#[derive(Debug, Clone, Default)]
pub struct PhraseMemory {
    /// The distinct phrase texts (the automaton's patterns, by index).
    texts: Vec<String>,
    /// Per pattern: its (label) entries.
    entries: Vec<Vec<Entry>>,
    automaton: Option<AhoCorasick>,
    /// Annotated documents' ids → their index in the counts.
    docs: HashMap<String, u32>,
}

/// The char just before byte `at` and the char at it are not both word chars.
fn boundary_before(text: &str, at: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

fn boundary_after(text: &str, at: usize) -> bool {
    !text[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// A span's text worth learning: short enough, with a letter, on word bounds.
fn learnable(text: &str, quote: &str, start_byte: usize) -> bool {
    let n = quote.chars().count();
    (2..=MAX_CHARS).contains(&n)
        && quote.chars().any(char::is_alphabetic)
        && quote.trim() == quote
        && boundary_before(text, start_byte)
        && boundary_after(text, start_byte + quote.len())
}

impl PhraseMemory {
    /// Learns from `project`'s annotated documents (those with an annotation
    /// still anchored): every annotation's text, and how often that text occurs
    /// there at all.
    pub fn learn(project: &Project) -> Self {
        let mut memory = PhraseMemory::default();
        let mut pattern_of: HashMap<&str, usize> = HashMap::new();
        let mut annotated_docs = Vec::new();
        let mut by_doc: HashMap<&str, Vec<&crate::model::Annotation>> = HashMap::new();
        for a in project.annotations.iter().filter(|a| !a.orphaned) {
            by_doc.entry(a.doc.as_str()).or_default().push(a);
        }
        for d in &project.documents {
            let mut found = false;
            for a in by_doc.get(d.id.as_str()).into_iter().flatten() {
                found = true;
                let quote = d.slice(a.start, a.end);
                let start_byte = d.byte_of(a.start);
                if !learnable(&d.text, quote, start_byte) {
                    continue;
                }
                let doc = memory.doc_index(&d.id);
                let p = *pattern_of.entry(quote).or_insert_with(|| {
                    memory.texts.push(quote.to_string());
                    memory.entries.push(Vec::new());
                    memory.texts.len() - 1
                });
                let list = &mut memory.entries[p];
                let e = match list.iter_mut().position(|e| e.label == a.label) {
                    Some(i) => &mut list[i],
                    None => {
                        list.push(Entry {
                            label: a.label.clone(),
                            total: Counts::default(),
                            per_doc: HashMap::new(),
                            sources: Vec::new(),
                        });
                        list.last_mut().expect("just pushed")
                    }
                };
                e.total.annotated += 1;
                e.per_doc.entry(doc).or_default().annotated += 1;
                if let Some(s) = a.source.as_deref().filter(|s| !s.trim().is_empty()) {
                    e.sources.push((doc, s.to_string()));
                }
            }
            if found {
                annotated_docs.push(d);
            }
        }
        if memory.texts.is_empty() {
            return memory;
        }
        let Ok(automaton) = AhoCorasick::new(&memory.texts) else {
            return PhraseMemory::default();
        };
        // How often each phrase occurs in the annotated documents, tagged or not.
        for d in annotated_docs {
            let doc = memory.doc_index(&d.id);
            for m in automaton.find_overlapping_iter(&d.text) {
                if !boundary_before(&d.text, m.start()) || !boundary_after(&d.text, m.end()) {
                    continue;
                }
                for e in &mut memory.entries[m.pattern().as_usize()] {
                    e.total.seen += 1;
                    e.per_doc.entry(doc).or_default().seen += 1;
                }
            }
        }
        memory.automaton = Some(automaton);
        memory
    }

    /// The index of annotated document `id` in the counts, given on first use.
    fn doc_index(&mut self, id: &str) -> u32 {
        let next = self.docs.len() as u32;
        *self.docs.entry(id.to_string()).or_insert(next)
    }

    /// True when nothing was learned.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    /// The learned phrases found in document `doc` (text `text`), each as a
    /// suggestion with the analyst's label and source, counted without `doc`'s
    /// own annotations. Of phrases of one label that overlap, the longest (then
    /// the more reliable) is kept.
    pub fn suggest(&self, doc: &str, text: &str) -> Vec<Suggestion> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let own = self.docs.get(doc).copied();
        let mut found: Vec<Found<'_>> = Vec::new();
        for m in automaton.find_overlapping_iter(text) {
            if !boundary_before(text, m.start()) || !boundary_after(text, m.end()) {
                continue;
            }
            for e in &self.entries[m.pattern().as_usize()] {
                let mine = own.and_then(|i| e.per_doc.get(&i)).copied();
                let mine = mine.unwrap_or_default();
                let annotated = e.total.annotated - mine.annotated;
                let seen = e.total.seen - mine.seen;
                if annotated == 0 || seen == 0 {
                    continue;
                }
                let share = annotated as f32 / seen as f32;
                // One word ("Observers") needs two tagged places to count.
                let one_word = !text[m.start()..m.end()].contains(char::is_whitespace);
                if share >= MIN_PRECISION && (annotated >= 2 || !one_word) {
                    found.push((m.start(), m.end(), e, share, (annotated, seen)));
                }
            }
        }
        // Longest first, then the more reliable; one per place and label.
        found.sort_by(|a, b| {
            (b.1 - b.0)
                .cmp(&(a.1 - a.0))
                .then(b.3.total_cmp(&a.3))
                .then(a.0.cmp(&b.0))
        });
        let mut kept: Vec<Found<'_>> = Vec::new();
        for f in found {
            let clash = kept
                .iter()
                .any(|k| k.2.label == f.2.label && k.0 < f.1 && f.0 < k.1);
            if !clash {
                kept.push(f);
            }
        }
        kept.sort_by_key(|k| (k.0, k.1));
        let mut chars_before = 0usize;
        let mut at = 0usize;
        let mut out = Vec::with_capacity(kept.len());
        for (s, e, entry, share, (annotated, seen)) in kept {
            chars_before += text[at..s].chars().count();
            at = s;
            let quote = &text[s..e];
            let start = chars_before;
            let source = (entry.label == crate::suggest::ATTRIBUTION)
                .then(|| agreed_source(entry, own, quote))
                .flatten();
            out.push(Suggestion {
                doc: doc.to_string(),
                start,
                end: start + quote.chars().count(),
                label: entry.label.clone(),
                source,
                rule: PHRASE_RULE.to_string(),
                score: share,
                why: format!("tagged so {annotated} of {seen} times in other documents"),
                quote: quote.to_string(),
            });
        }
        out
    }

    /// Adds the learned phrases of document `doc` to the rules' suggestions
    /// `rules`: a phrase no rule's suggestion of its label overlaps is added; one
    /// inside a rule's span of its label is left out (the longer span stands); one
    /// that otherwise overlaps replaces those when at least [`REPLACE_PRECISION`]
    /// reliable (the analyst's boundaries), and is left out otherwise. One-word
    /// phrases are suggested only when tagged at least twice elsewhere. A phrase on exactly
    /// a rule's span gives that suggestion its source when it has none.
    pub fn add_to(&self, rules: &mut Vec<Suggestion>, doc: &str, text: &str) {
        for p in self.suggest(doc, text) {
            let same_label_overlap =
                |r: &Suggestion| r.label == p.label && r.overlaps(p.start, p.end);
            if let Some(r) = rules
                .iter_mut()
                .find(|r| r.label == p.label && (r.start, r.end) == (p.start, p.end))
            {
                if r.source.is_none() {
                    r.source = p.source;
                }
                continue;
            }
            // Inside a rule's span of its label ("officials said" in "U.S.
            // officials said"): the rule's longer span stands.
            let inside =
                |r: &Suggestion| r.label == p.label && r.start <= p.start && p.end <= r.end;
            if rules.iter().any(inside) {
                continue;
            }
            if !rules.iter().any(same_label_overlap) {
                rules.push(p);
            } else if p.score >= REPLACE_PRECISION {
                // A phrase that does not carry its source ("and said") takes
                // the one the rules found there, from the sentence around it.
                let found_there = (rules.iter())
                    .find(|r| same_label_overlap(r))
                    .and_then(|r| r.source.clone());
                rules.retain(|r| !same_label_overlap(r));
                let mut p = p;
                if p.source.is_none() {
                    p.source = found_there;
                }
                rules.push(p);
            }
        }
        rules.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    }
}

/// The source the analyst gave phrase `quote` outside document `own`, when it
/// carries over to another document: every tagged place named the same
/// source, and either the phrase names someone (a capitalised word after its
/// first: "the Korean Central News Agency reported", "according to Yonhap")
/// or two documents or more agreed. A phrase that names no one ("he said",
/// "adding that", "the ministry said") points at whoever the sentences
/// around it introduced, which differs from one article to the next: its
/// source is not carried over.
fn agreed_source(entry: &Entry, own: Option<u32>, quote: &str) -> Option<String> {
    let mut sources = (entry.sources.iter()).filter(|(d, _)| Some(*d) != own);
    let (first_doc, source) = sources.next()?;
    let mut docs = vec![*first_doc];
    for (d, s) in sources {
        if s != source {
            return None;
        }
        if !docs.contains(d) {
            docs.push(*d);
        }
    }
    (docs.len() >= 2 || names_someone(quote)).then(|| source.clone())
}

/// Words whose capital only opens a sentence: pronouns, determiners,
/// conjunctions and the prepositions attributions open with.
const SENTENCE_OPENERS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "one",
    "another",
    "some",
    "and",
    "but",
    "as",
    "in",
    "according",
    "adding",
];

/// Whether `quote` holds a name: a capitalised word after its first, or a
/// first word whose capital does not only open a sentence ("Mori said",
/// "Pyongyang’s mouthpiece trumpeted", not "He said"). Scripts without case
/// (Hangul, Han) count as names: case cannot tell there.
fn names_someone(quote: &str) -> bool {
    let capital =
        |w: &str| (w.chars().next()).is_some_and(|c| c.is_alphabetic() && !c.is_lowercase());
    let mut words = (quote.split(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
    let first_is_name = (words.next())
        .is_some_and(|w| capital(w) && !SENTENCE_OPENERS.contains(&w.to_lowercase().as_str()));
    first_is_name || words.any(capital)
}

#[cfg(test)]
#[path = "phrases_tests.rs"]
mod tests;
