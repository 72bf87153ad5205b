//! A body's judgement in the first person: "*We believe* a conflict remains
//! unlikely", "*We assess* that the ships were insured", "… , but *we
//! forecast* that debt will rise". The writer speaks for the source named
//! before ("we" is read like "it").

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

/// Verbs of a judgement a body makes and reports as its own. Not "found"
/// or "expect": gold leaves "we found …" and "we expect …" unmarked.
const JUDGING: &[&str] = &[
    "assess", "believe", "forecast", "estimate", "judge", "think", "reckon", "conclude",
];

/// Adverbs allowed between "we" and the verb ("we *still* believe").
const BETWEEN: &[&str] = &["also", "still", "now", "continue", "therefore"];

/// Words after the verb that make it no report of a judgement ("we believe
/// *in* …", "we think *about* …").
const NOT_A_CLAUSE: &[&str] = &["in", "about", "of", "so", "not", "we", "to"];

/// Words that may stand before "we" in its clause ("*But* we believe").
const LEADS: &[&str] = &["but", "and", "yet", "so", "still", "overall"];

/// The rule id of these attributions.
const RULE: &str = "first-person";

/// The score of these attributions.
const SCORE: f32 = 0.7;

impl Suggester {
    /// Adds to `out` each "we <judging verb>" of `sentence` that opens its
    /// clause, outside quotes, and overlaps none of its attributions.
    pub(super) fn push_first_person(&self, sentence: &str, out: &mut Vec<Found>) {
        // Each "we " by its rarer first byte (a "w" is far rarer than the
        // "e " ending so many words).
        let bytes = sentence.as_bytes();
        for start in memchr::memchr2_iter(b'w', b'W', bytes) {
            if bytes.get(start + 1..start + 3) != Some(b"e ".as_slice()) {
                continue;
            }
            let Some(end) = judgement_at(sentence, start) else {
                continue;
            };
            if out.iter().any(|f| start < f.end && f.start < end) {
                continue;
            }
            out.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!("judgement “{}” in the first person", &sentence[start..end]),
                source: Some(self.source_of("we")),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: true,
            });
        }
    }
}

/// At byte `start` ("we"): the end of "we (still) <verb>" when it opens its
/// clause outside a quotation and a clause follows the verb.
fn judgement_at(sentence: &str, start: usize) -> Option<usize> {
    // The words first, the cheapest look: most "we"s judge nothing.
    let mut words = sentence[start..].split(' ');
    if !words.next()?.eq_ignore_ascii_case("we") {
        return None;
    }
    let mut end = start + 3;
    let mut verb = words.next()?;
    if lower_in(verb, BETWEEN) {
        end += verb.len() + 1;
        verb = words.next()?;
    }
    if !JUDGING.contains(&verb) {
        return None;
    }
    let next = words.next()?;
    let bare = next.trim_end_matches(|c: char| !c.is_alphanumeric());
    if bare.len() != next.len() || bare.is_empty() || lower_in(bare, NOT_A_CLAUSE) {
        return None;
    }
    let before = sentence[..start].trim_end();
    // Inside a quotation, the quoted speaker's "we".
    if before.contains(['"', '“', '”']) {
        return None;
    }
    let lead = before.rsplit(' ').next().unwrap_or("");
    let rest = before[..before.len() - lead.len()].trim_end();
    let opens = before.is_empty()
        || before.ends_with([',', ';', ':'])
        || (lower_in(lead, LEADS) && (rest.is_empty() || rest.ends_with(',')));
    opens.then_some(end + verb.len())
}

#[cfg(test)]
mod tests {
    use super::judgement_at;

    #[test]
    fn a_judgement_opening_its_clause() {
        assert_eq!(judgement_at("We believe a war is unlikely.", 0), Some(10));
        assert_eq!(judgement_at("We assess that the ship sank.", 0), Some(9));
        let s = "Debt rose, but we still forecast that it will fall.";
        assert_eq!(judgement_at(s, 15), Some(32));
    }

    #[test]
    fn look_alikes_are_left() {
        assert_eq!(judgement_at("We believe in free trade.", 0), None);
        assert_eq!(judgement_at("We found no sign of work.", 0), None);
        assert_eq!(judgement_at("He said “we believe it is over.”", 11), None);
        assert_eq!(judgement_at("Sales fell as we forecast.", 14), None);
        assert_eq!(judgement_at("We think so.", 0), None);
    }
}
