//! "reported" with a plain object and no reported clause: "*Gangwon province
//! reported* GPS outages to …", "*A shopkeeper reported* a counterfeit note",
//! "*North Korea reported* 2,150 malaria cases to the WHO". The body
//! reported an event or a figure to someone; the sentence is a claim about
//! it, not an attribution. Over the 27 sets released before fresh26, "X
//! reported" + a noun phrase (no "that", comma or quote after) was suggested
//! 16 times: 11 wrong, 5 right, and 2 of the 5 right ones a news outlet's
//! ("KCNA reported a “bumper harvest”", "It reported the firing"). An outlet
//! or a pronoun standing for one keeps the cue.

use crate::suggest::rules::SourceSide;

/// Cue words read here, lower case.
const CUES: &[&str] = &["reported", "reports"];

/// Words after the cue that open no object: a time or place phrase, a clause,
/// a citation, lower case.
const NOT_OBJECTS: &[&str] = &[
    "that",
    "on",
    "in",
    "at",
    "last",
    "this",
    "earlier",
    "late",
    "early",
    "yesterday",
    "today",
    "tonight",
    "overnight",
    "citing",
    "quoting",
    "from",
    "to",
    "as",
    "after",
    "before",
    "when",
    "while",
    "shortly",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "separately",
    "again",
    "also",
    "without",
    "via",
    "by",
    "for",
    "with",
];

/// Registry kinds of the news outlets that keep the cue.
const OUTLET_KINDS: &[&str] = &[
    "news agency",
    "state media",
    "specialist outlet",
    "broadcaster",
];

/// True when the cue `cue` ends at byte `end` of `sentence` and a plain
/// object follows it: a word that opens no time, place or clause.
pub(super) fn takes_plain_object(cue: &str, sentence: &str, end: usize) -> bool {
    if !CUES.iter().any(|c| c.eq_ignore_ascii_case(cue)) {
        return false;
    }
    let Some(rest) = sentence.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let word = &rest[..rest
        .find(|c: char| !c.is_alphanumeric() && c != ',' && c != '-')
        .unwrap_or(rest.len())];
    let word = word.trim_end_matches(',');
    !word.is_empty()
        && !rest[word.len()..].starts_with(',')
        && !NOT_OBJECTS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

impl super::Suggester {
    /// True when the cue at `cue` (its start and end bytes), with its source
    /// before it (`side`) named `name`, reports an event rather than words:
    /// a plain object after it, no reported clause, and no news outlet.
    pub(super) fn reports_event(
        &self,
        side: SourceSide,
        sentence: &str,
        cue: (usize, usize),
        name: &str,
    ) -> bool {
        let (start, end) = cue;
        side == SourceSide::Before
            && takes_plain_object(&sentence[start..end], sentence, end)
            && !self.has_reported_clause(sentence, start, end)
            && !self.is_outlet(name)
    }

    /// True when `name` is a news outlet in the registry.
    fn is_outlet(&self, name: &str) -> bool {
        let kinds: Vec<String> = OUTLET_KINDS.iter().map(|k| k.to_string()).collect();
        self.is_source_of_kinds(name, &kinds)
    }
}

#[cfg(test)]
mod tests {
    use super::takes_plain_object;

    fn object(sentence: &str) -> bool {
        let end = sentence.find("reported").unwrap_or(0) + 8;
        takes_plain_object("reported", sentence, end)
    }

    #[test]
    fn a_plain_object_after_reported() {
        assert!(object("The port reported 300 cases to the agency."));
        assert!(object("A clerk reported a forged note."));
        assert!(!object("The port reported that 300 ships came."));
        assert!(!object("The port reported on Monday that 300 ships came."));
        assert!(!object("Pay fell, the port reported."));
        assert!(!object(
            "The paper reported, citing a clerk, that pay fell."
        ));
        assert!(!object("The paper reported “a bumper harvest”."));
    }
}
