//! Speaker labels of a transcript: a line that opens with a surname in
//! capitals and a colon ("LINDGREN: I doubt it.") is what that person says,
//! an attribution of the label to the source the text gave them earlier.
//! A label whose person was never quoted before (an interviewer, "Q:") is
//! left alone. The long form ("CHAIR (Ana Ruiz, Lisbon Forum): …") is read
//! by [`super::speaker_label`]: its bracket names the source, for it and for
//! the later short labels that repeat one of its words; a turn that asks a
//! question is no attribution.

use super::chat_label;
use super::label_tail;
use super::roll_call::{self, Member};
use super::speaker_label::{self, Label};
use super::turn_voice;
use super::{ATTRIBUTION, Found, Suggester};

/// The rule a speaker label's attribution is reported under.
pub(super) const RULE: &str = "transcript-speaker";

/// How sure a speaker label is.
const SCORE: f32 = 0.8;

/// How many attributions before a label are read for its person.
const REACH: usize = 64;

/// The longest label read, in bytes.
const LONGEST: usize = 24;

/// The label at the start of `line`: two to [`LONGEST`] capital letters
/// (and hyphens) before ": " ("REYES: …"), and that surname as a name is
/// written ("Reyes").
fn label(line: &str) -> Option<(usize, String)> {
    let len = line
        .bytes()
        .take(LONGEST + 1)
        .take_while(|b| b.is_ascii_uppercase() || *b == b'-')
        .count();
    if !(2..=LONGEST).contains(&len) || !line[len..].starts_with(": ") {
        return None;
    }
    let upper = &line[..len];
    let mut name = String::with_capacity(len);
    let mut start_of_part = true;
    for c in upper.chars() {
        if start_of_part {
            name.push(c);
        } else {
            name.extend(c.to_lowercase());
        }
        start_of_part = c == '-';
    }
    Some((len, name))
}

/// The source of the latest attribution of `earlier` (at most [`REACH`]
/// of them) whose span of `text` holds `name` as a word and whose source
/// does not.
fn quoted_before(text: &str, earlier: &[Found], name: &str) -> Option<String> {
    let holds = |t: &str| {
        t.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .any(|w| w == name)
    };
    (earlier.iter().rev())
        .filter(|e| e.label == ATTRIBUTION)
        .take(REACH)
        .find_map(|e| {
            let source = e.source.as_deref()?;
            let span = text.get(e.start..e.end)?;
            (holds(span) && !holds(source) && !source.is_empty()).then(|| source.to_string())
        })
}

/// A speaker a bracketed label introduced: its words and its bracket's
/// name in capitals, and the source the bracket gave.
struct Intro {
    words: Vec<String>,
    source: String,
    /// Whether the label gave a post or firm after a comma.
    from_tail: bool,
}

impl Suggester {
    /// The length and source of the long label `l`: a bracket's source
    /// (which the label's words and bracket's name are kept under in
    /// `intros` for the short labels after it), else the source of the
    /// latest intro that names the label's first word.
    fn introduced(
        &self,
        l: &Label<'_>,
        intros: &mut Vec<Intro>,
        roll: &[Member],
        text: &str,
    ) -> Option<(usize, String)> {
        let first = l.words.split(' ').next()?;
        let on_roll = || roll_call::source_of(roll, first).map(|s| self.index.normalise(s));
        // "…, Chief Executive:" → the body the document is by; "…, Mirae
        // Securities:" → that firm.
        let tail_source = l.tail.and_then(|t| {
            if label_tail::is_post(t) {
                super::document_body::document_body(text)
            } else {
                let run = speaker_label::capitalised_run(t);
                (!run.is_empty()).then(|| run.to_string())
            }
        });
        if l.bracket.is_some() || tail_source.is_some() {
            let source = match tail_source.as_deref().or_else(|| l.bracket_source()) {
                Some(s) => self.index.normalise(s),
                None if l.bracket.is_some_and(chat_label::names_relative) => {
                    self.index.normalise("family members")
                }
                None => on_roll()?,
            };
            let name = l.bracket_name().unwrap_or("").split(' ');
            let words = (l.words.split(' ').chain(name))
                .filter(|w| !w.is_empty())
                .map(str::to_uppercase)
                .collect();
            intros.push(Intro {
                words,
                source: source.clone(),
                from_tail: l.tail.is_some(),
            });
            return Some((l.len, source));
        }
        let intro = intros
            .iter()
            .rev()
            .find(|i| i.words.iter().any(|w| w.eq_ignore_ascii_case(first)));
        match intro {
            Some(i) => Some((l.len, i.source.clone())),
            None => Some((l.len, on_roll()?)),
        }
    }

    /// Adds an attribution for each speaker label of `text` ([`label`])
    /// whose person an earlier attribution quoted, with that
    /// attribution's source; `found` stays in text order and no span
    /// overlaps another.
    pub(super) fn transcript_speakers(&self, text: &str, found: &mut Vec<Found>) {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut added = Vec::new();
        let mut intros: Vec<Intro> = Vec::new();
        let roll = roll_call::roll(text);
        for start in starts {
            let Some(line) = text.get(start..) else {
                continue;
            };
            let (offset, long) = match speaker_label::parse(line) {
                Some(l) => (0, Some(l)),
                None => chat_label::parse(line).map_or((0, None), |(at, l)| (at, Some(l))),
            };
            // A chat line is drawn whatever it asks (its turns mix news and
            // questions); a transcript's question is the interviewer's, unless
            // the record's roll lists the speaker (a member asking at a
            // hearing speaks for the body that holds it).
            let asks = offset == 0 && long.as_ref().is_some_and(Label::is_question);
            // A question after a statement of the speaker's own ("NK Pro
            // reported …. Does the company …?"), from a speaker whose label
            // gave a post or firm: the statement is attributed.
            let states = || {
                long.as_ref().is_some_and(|l| {
                    let first = l.words.split(' ').next().unwrap_or_default();
                    let with_firm = l.tail.is_some()
                        || intros.iter().any(|i| {
                            i.from_tail && i.words.iter().any(|w| w.eq_ignore_ascii_case(first))
                        });
                    with_firm && label_tail::states_something(l.turn)
                })
            };
            if asks && !long.as_ref().is_some_and(|l| self.on_roll(l, &roll)) && !states() {
                continue;
            }
            let turn = long.as_ref().map(|l| l.turn);
            let introduced = long.and_then(|l| self.introduced(&l, &mut intros, &roll, text));
            let (len, name, known) = match (introduced, label(line)) {
                (Some((len, source)), _) => (len, String::new(), Some(source)),
                (None, Some((len, name))) => (len, name, None),
                (None, None) => continue,
            };
            let start = start + offset;
            let end = start + len;
            let at = found.partition_point(|f| f.start < start);
            let overlaps = found[..at].last().is_some_and(|f| f.end > start)
                || found.get(at).is_some_and(|f| f.start < end);
            if overlaps {
                continue;
            }
            let Some(source) = known.or_else(|| quoted_before(text, &found[..at], &name)) else {
                continue;
            };
            if let Some(turn) = turn {
                let turn_start = end + 2;
                self.turn_cues(text, turn, turn_start, &source, found, &mut added);
            }
            added.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: if name.is_empty() {
                    format!(
                        "speaker label “{}” read as {source} (its bracket)",
                        &text[start..end]
                    )
                } else {
                    format!(
                        "speaker label “{}” read as {source} ({name}, quoted before)",
                        &text[start..end]
                    )
                },
                source: Some(source),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: false,
            });
        }
        for f in added {
            let at = found.partition_point(|g| g.start < f.start);
            found.insert(at, f);
        }
    }

    /// Whether the roll lists the speaker of the label `l` and no bracket of
    /// it names another source.
    fn on_roll(&self, l: &Label<'_>, roll: &[Member]) -> bool {
        let first = l.words.split(' ').next().unwrap_or("");
        l.bracket_source().is_none() && roll_call::source_of(roll, first).is_some()
    }

    /// Adds to `added` an attribution to `source` for each first-person cue
    /// of `turn` ([`turn_voice::cues`]), which starts at byte `turn_start`
    /// of `text`. A claim of `found` that opens with the cue starts after
    /// it (and its "that") instead; a cue over any other span is left out.
    fn turn_cues(
        &self,
        text: &str,
        turn: &str,
        turn_start: usize,
        source: &str,
        found: &mut [Found],
        added: &mut Vec<Found>,
    ) {
        for (s, e) in turn_voice::cues(turn) {
            let (start, end) = (turn_start + s, turn_start + e);
            let at = found.partition_point(|f| f.end <= start);
            let mut clash = false;
            for f in found[at..].iter_mut().take_while(|f| f.start < end) {
                let after = end + text[end..].len() - text[end..].trim_start().len();
                let after = if text[after..].starts_with("that ") {
                    after + 5
                } else {
                    after
                };
                if f.label != ATTRIBUTION && f.start == start && f.end > after {
                    f.start = after;
                } else {
                    clash = true;
                }
            }
            if clash {
                continue;
            }
            added.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!(
                    "“{}” in the first person, in a turn of {source}",
                    &text[start..end]
                ),
                source: Some(source.to_string()),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: false,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speaker_labels() {
        assert_eq!(label("REYES: I doubt it."), Some((5, "Reyes".to_string())));
        assert_eq!(label("PARK-LEE: Yes."), Some((8, "Park-Lee".to_string())));
        assert_eq!(label("Q: Why?"), None);
        assert_eq!(label("RATING: False"), Some((6, "Rating".to_string())));
        assert_eq!(label("NATO said"), None);
        assert_eq!(label("Reyes: yes"), None);
    }
}
