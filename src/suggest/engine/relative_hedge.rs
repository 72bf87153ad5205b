//! A modal in a restrictive relative clause is no guess of the sentence's:
//! "UN resolutions require states to block *payments that could fund* its
//! weapons programmes", "resolutions bar member states from teaching North
//! Koreans in *fields that could help* its weapons programmes", "had found no
//! security *flaws that would prevent* its use". The rule or the finding is
//! asserted; the modal only says which payments or fields. The cue is
//! skipped when "that" stands straight before it after a noun (a lower-case
//! word that is no verb or conjunction: "said that could change" keeps its
//! hedge) and at least four words since the clause's last comma (an
//! appositive "…, a line that may be aimed at …" or a heading "Factors that
//! could lead to …" keeps it).
//!
//! In the gold of all sets (session 37; fresh30's 256–259 read after the
//! first four rules of the session were measured on them, before this one):
//! a modal straight after "<noun> that" four words or more past the last
//! comma is inside a claim over the whole clause 6 times (fresh11, fresh16,
//! fresh17, fresh27, fresh30 255 and 259), inside an earlier hedge once
//! (fresh10), a hedge of its own none; the short ones ("…, a line that
//! may", "…, a remark that may", "Factors that could" twice) a hedge twice
//! and unmarked twice. Wrong -> right: claims in fresh27 and fresh30, four
//! false speculations gone (fresh11, fresh27, fresh30 ×2); none right ->
//! wrong.

/// Modal cues a relative clause may hold.
const MODALS: &[&str] = &["could", "would", "might", "may"];

/// Words before "that" that make it a pronoun or a conjunction, not a
/// relative after a noun.
const NOT_A_NOUN: &[&str] = &[
    "said", "says", "say", "told", "tell", "warned", "warns", "noted", "notes", "added", "adds",
    "argued", "argues", "believe", "believes", "think", "thinks", "thought", "suggest", "suggests",
    "show", "shows", "and", "but", "or", "so", "because", "now", "such", "is", "was", "are",
    "were", "be", "been", "all", "know", "knew", "hope", "hopes", "fear", "fears", "expect",
    "expects", "insisted", "insists", "stressed", "claimed", "claims", "than", "like",
];

/// The fewest words from the clause's last comma to "that".
const FEWEST: usize = 4;

/// True when `text` opens with one of the modals ("could fund …").
pub(super) fn opens_with_modal(text: &str) -> bool {
    MODALS
        .iter()
        .any(|m| text.strip_prefix(m).is_some_and(|r| r.starts_with(' ')))
}

/// True when the hedge cue `cue`, with `before` the sentence's text before
/// it, is a modal in a restrictive relative clause (see the module comment).
pub(super) fn in_restrictive_relative(cue: &str, before: &str) -> bool {
    let modal = cue.split(' ').next().unwrap_or("");
    if !MODALS.contains(&modal) {
        return false;
    }
    let Some(head) = before.trim_end().strip_suffix(" that") else {
        return false;
    };
    let phrase = head.rsplit(',').next().unwrap_or(head);
    let mut words = phrase.split_whitespace().rev();
    let Some(noun) = words.next() else {
        return false;
    };
    noun.bytes().all(|b| b.is_ascii_lowercase())
        && !NOT_A_NOUN.contains(&noun)
        && !(noun.len() > 4 && noun.ends_with("ed"))
        && words.count() + 1 >= FEWEST
}

#[cfg(test)]
mod tests {
    use super::in_restrictive_relative;

    fn skipped(sentence: &str, cue: &str) -> bool {
        let at = sentence.find(&format!(" {cue} ")).map_or(0, |i| i + 1);
        in_restrictive_relative(cue, &sentence[..at])
    }

    #[test]
    fn a_modal_in_a_relative_after_a_noun_is_no_hedge() {
        assert!(skipped(
            "UN sanctions bar states from providing financial services that could benefit its programmes",
            "could"
        ));
        assert!(skipped(
            "The rules require banks to block payments that might fund the scheme",
            "might"
        ));
    }

    #[test]
    fn pronouns_appositives_and_headings_keep_their_hedge() {
        assert!(!skipped(
            "Analysts said that could change next year",
            "could"
        ));
        assert!(!skipped(
            "The guns were ready, a line that may be aimed at Seoul",
            "may"
        ));
        assert!(!skipped("Factors that could lead to a downgrade", "could"));
        assert!(!skipped("The plant could close in May", "could"));
    }

    #[test]
    fn a_modal_opens_text() {
        assert!(super::opens_with_modal("could fund its programmes"));
        assert!(!super::opens_with_modal("couldn't fund"));
        assert!(!super::opens_with_modal("the ships could"));
    }
}
