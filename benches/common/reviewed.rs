//! A generated case as an analyst working with the rules' suggestions leaves it:
//! the frames with suggestions shown need a project whose annotations the rules
//! agree with. On the generated cases' random annotations, the window's
//! combination (learned from the project's annotated documents, issue 20) rightly
//! drops the rules, and the large article shows almost no suggestion.
//!
//! The same generated text (main article and short articles), its random
//! annotations replaced by the analyst's decisions on the built-in rules'
//! suggestions: every short article reviewed, and every other paragraph of the
//! main article; each suggestion reviewed is accepted as it is (8 in 10),
//! accepted with its last word cut (1 in 10) or rejected (1 in 10, kept in the
//! project's rejected spans). The suggestions in the paragraphs not reviewed yet
//! are the ones the window shows.

use marginalia::model::{Annotation, Project};
use marginalia::suggest::accept::{note_of, rejected_span};
use marginalia::suggest::{SuggestScope, Suggester, Suggestion, suggest_project_raw};

/// The analyst the decisions are signed with.
const ANALYST: &str = "analyst";

/// `generated` with its annotations replaced by the analyst's decisions on the
/// built-in rules' suggestions (see the module's comment).
pub fn reviewed(generated: &Project) -> Project {
    let suggester = Suggester::builtin().expect("built-in rules");
    let found = suggest_project_raw(&suggester, generated, &SuggestScope::default());
    let mut project = generated.clone();
    project.name = format!("{} (reviewed with the rules)", generated.name);
    project.annotations.clear();
    project.rejected.clear();
    let mut rng = fastrand::Rng::with_seed(27);
    for (k, (doc, suggestions)) in found.iter().enumerate() {
        let text = &generated.documents[k].text;
        // The main article (the first) is half reviewed, paragraph by paragraph.
        let starts = (k == 0).then(|| paragraph_starts(text));
        for s in suggestions {
            let reviewed = starts.as_ref().is_none_or(|p| {
                let paragraph = p.partition_point(|&at| at <= s.start);
                paragraph % 2 == 1
            });
            if !reviewed {
                continue;
            }
            match rng.u8(..10) {
                0 => project.rejected.push(rejected_span(s)),
                1 => project.annotations.extend(accepted(doc, &cut_last_word(s))),
                _ => project.annotations.extend(accepted(doc, s)),
            }
        }
    }
    project.rejected.sort();
    project.rejected.dedup();
    project.sort_annotations();
    project
}

/// The annotation an accepted suggestion becomes (as the window's Enter makes
/// it: the analyst as author, the rule in the note).
fn accepted(doc: &str, s: &Suggestion) -> Option<Annotation> {
    (s.start < s.end).then(|| {
        let mut a = Annotation::new(doc, s.start, s.end, &s.quote, &s.label, ANALYST);
        a.source = s.source.clone();
        a.note = note_of(s);
        a
    })
}

/// `s` with its last word cut (the analyst moved its end back), or as it is
/// when it is one word.
fn cut_last_word(s: &Suggestion) -> Suggestion {
    let mut cut = s.clone();
    if let Some(at) = s.quote.trim_end().rfind(' ') {
        let quote = s.quote[..at].trim_end();
        if !quote.is_empty() {
            cut.end = s.start + quote.chars().count();
            cut.quote = quote.to_string();
        }
    }
    cut
}

/// The char offsets where each paragraph (after a blank line) starts, the
/// first excluded: paragraph `i` of a char `c` is the count of those `<= c`.
fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut newlines = 0;
    for (i, c) in text.chars().enumerate() {
        if c == '\n' {
            newlines += 1;
        } else {
            if newlines >= 2 {
                starts.push(i);
            }
            newlines = 0;
        }
    }
    starts
}
