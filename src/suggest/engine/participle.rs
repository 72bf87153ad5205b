//! A reporting participle after a comma, whose source is the sentence's
//! subject: "Civic groups marched on Sunday, *arguing* that …", "The senator
//! agreed, *adding* that …". The span is the participle alone.

use super::Suggester;
use super::clause_words::dateline_end;

/// The most words of an appositive after the subject ("Park, *the panel's
/// chair*, agreed").
const MAX_APPOSITIVE_WORDS: usize = 12;

/// The most bytes of an appositive read after the subject.
const MAX_APPOSITIVE_BYTES: usize = 200;

/// Who a participle cue speaks for.
pub(super) enum Speaker {
    /// The sentence opens with this name (and perhaps an appositive after it).
    Named {
        name: String,
        appositive: Option<String>,
    },
    /// A pronoun or no name: the source of the attribution before.
    Before(String),
}

impl Suggester {
    /// For the participle cue at `start..end`: who speaks, when the cue
    /// follows a comma and a reported clause follows it ("that", a quote or
    /// a colon). `None` otherwise ("the crowd left, *saying* nothing").
    pub(super) fn participle_speaker(
        &self,
        sentence: &str,
        start: usize,
        end: usize,
    ) -> Option<Speaker> {
        if !sentence[..start].trim_end().ends_with(',') {
            return None;
        }
        let rest = sentence[end..].trim_start_matches(' ');
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if !(word.eq_ignore_ascii_case("that")
            || rest.starts_with(['“', '"', ':'])
            || is_bare_clause(&sentence[start..end], rest))
        {
            return None;
        }
        let opening = dateline_end(sentence);
        let lead = sentence[opening..start].trim_start();
        let subject_start = start - lead.len();
        let first = lead.split_whitespace().next().unwrap_or("");
        if super::PRONOUNS.contains(&first.to_lowercase().as_str()) {
            return Some(Speaker::Before(first.to_string()));
        }
        let Some(name_end) = self.names.after(sentence, subject_start) else {
            return Some(Speaker::Before(String::new()));
        };
        let name = sentence[subject_start..name_end].trim().to_string();
        if !name.contains(char::is_alphabetic) || name_end > start {
            return Some(Speaker::Before(String::new()));
        }
        Some(Speaker::Named {
            appositive: appositive_after(sentence, name_end, start),
            name,
        })
    }
}

/// Finite verbs that show a clause after "saying" with no "that" ("saying
/// most of the money *went* to hotels").
const FINITE_VERBS: &[&str] = &[
    "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "went", "did",
];

/// Words after "saying" that make it no report ("saying *nothing*").
const NOT_REPORTS: &[&str] = &["nothing", "little", "goodbye", "so", "yes", "no", "sorry"];

/// True when the participle `cue` is "saying" and `rest` (what follows it)
/// is a clause without "that": a finite verb of [`FINITE_VERBS`] within its
/// first eight words, before any punctuation ("saying most of the fees
/// went to hotels"; not "saying nothing").
fn is_bare_clause(cue: &str, rest: &str) -> bool {
    if !cue.eq_ignore_ascii_case("saying") {
        return false;
    }
    let first = rest.split(' ').next().unwrap_or("");
    if NOT_REPORTS.contains(&first.to_lowercase().as_str()) {
        return false;
    }
    for word in rest.split(' ').take(8) {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if FINITE_VERBS.contains(&bare) {
            return true;
        }
        if bare.len() < word.len() || !bare.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return false;
        }
    }
    false
}

/// After a subject ending at byte `name_end`: the words of an appositive
/// between commas before byte `limit` ("Park*, the panel's chair,* agreed").
fn appositive_after(sentence: &str, name_end: usize, limit: usize) -> Option<String> {
    let rest = sentence[name_end..limit].strip_prefix(',')?;
    // An appositive is a few words: read a bounded stretch only.
    let mut to = rest.len().min(MAX_APPOSITIVE_BYTES);
    while !rest.is_char_boundary(to) {
        to -= 1;
    }
    let rest = &rest[..to];
    let close = rest.find(',')?;
    let appositive = rest[..close].trim();
    let words = appositive.split_whitespace().count();
    (words > 0 && words <= MAX_APPOSITIVE_WORDS && !appositive.contains(['“', '”', '"']))
        .then(|| appositive.to_string())
}

impl Suggester {
    /// The attribution of the participle cue of `rule` at `start..end`, unless
    /// it reports nothing here or overlaps one of `out`.
    pub(super) fn participle_found(
        &self,
        rule: &crate::suggest::rules::AttributionRule,
        sentence: &str,
        start: usize,
        end: usize,
        out: &[super::Found],
    ) -> Option<super::Found> {
        if out.iter().any(|f| start < f.end && f.start < end) {
            return None;
        }
        if let Some(f) = pointing_to(rule, sentence, start, end, out) {
            return Some(f);
        }
        let (source, back_reference, who) = match self.participle_speaker(sentence, start, end)? {
            Speaker::Named { name, appositive } => {
                let source = match &appositive {
                    Some(a) => self.appositive_source(&name, a),
                    None => self.source_of(&name),
                };
                (source, false, name)
            }
            Speaker::Before(pronoun) => (pronoun.clone(), true, pronoun),
        };
        Some(super::Found {
            start,
            end,
            label: crate::suggest::ATTRIBUTION,
            why: format!(
                "participle “{}” with the sentence's subject “{}”",
                &sentence[start..end],
                who
            ),
            source: Some(source),
            rule: rule.id.clone(),
            score: rule.score,
            back_reference,
        })
    }
}

/// ", *pointing to* …" (evidence named as a noun phrase, no clause) after
/// an attribution earlier in `sentence` in `out`: that attribution's source
/// ("A judge told the court the fee was late, pointing to the receipts").
/// Without a speaker before, it is a gesture ("The guide stopped, pointing
/// to the peak") and gives nothing.
fn pointing_to(
    rule: &crate::suggest::rules::AttributionRule,
    sentence: &str,
    start: usize,
    end: usize,
    out: &[super::Found],
) -> Option<super::Found> {
    let cue = &sentence[start..end];
    if !cue.eq_ignore_ascii_case("pointing to") || !sentence[..start].trim_end().ends_with(',') {
        return None;
    }
    let speaker =
        (out.iter().rev()).find(|f| f.label == crate::suggest::ATTRIBUTION && f.end <= start)?;
    Some(super::Found {
        start,
        end,
        label: crate::suggest::ATTRIBUTION,
        why: format!("“{cue}” after “{}”", &sentence[speaker.start..speaker.end]),
        source: speaker.source.clone(),
        rule: rule.id.clone(),
        score: rule.score,
        back_reference: speaker.back_reference,
    })
}
