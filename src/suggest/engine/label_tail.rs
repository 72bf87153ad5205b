//! A transcript's long speaker label with the speaker's post or firm after
//! a comma ("HAN JUNG-WOO (한정우), Chief Executive: …", "OH SE-RA (오세라),
//! Mirae Securities: …", "PARK JOON-HO, Kiwoom Securities: …"): the firm
//! names the source; a post (a word of [`POST_WORDS`]) speaks for the body
//! the document is by ([`super::document_body`]). The bracket may hold a
//! name in another script, which names no source. Over the 32 sets such
//! labels stand only in fresh30's earnings call (254): three labelled, two
//! of a question alone left unmarked (a turn that also states something is
//! no question: [`states_something`]).

/// The longest tail read, in bytes.
const LONGEST_TAIL: usize = 60;

/// Words of a post, not a firm ("Chief Executive", "Head of Investor
/// Relations"), as written capitalised in a label.
const POST_WORDS: &[&str] = &[
    "Chief",
    "Executive",
    "Officer",
    "President",
    "Vice",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Head",
    "Manager",
    "Treasurer",
    "Secretary",
    "Founder",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Controller",
    "CEO",
    "CFO",
    "COO",
];

/// The tail at the start of `rest` (what follows a label's words or
/// bracket): ", " then up to [`LONGEST_TAIL`] bytes opening with a capital,
/// with no colon, bracket or line break, before ": ". `None` else.
pub(super) fn tail_at(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(", ")?;
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let head = rest.get(..rest.floor_char_boundary(LONGEST_TAIL.min(rest.len())))?;
    let colon = head.find(": ")?;
    let tail = &head[..colon];
    (!tail.contains(['(', ')', '\n', ':', '?', '.'])).then_some(tail)
}

/// True when `tail` is a post ("Chief Financial Officer"), not a firm.
pub(super) fn is_post(tail: &str) -> bool {
    tail.split([' ', ',']).any(|w| POST_WORDS.contains(&w))
}

/// True when `turn` holds a statement besides its question: a sentence that
/// ends with a full stop and has at least five words ("NK Pro reported last
/// week that …."; not "Thank you.").
pub(super) fn states_something(turn: &str) -> bool {
    turn.split_inclusive(['.', '?', '!'])
        .any(|s| s.trim_end().ends_with('.') && s.split_whitespace().count() >= 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tails_of_labels() {
        assert_eq!(
            tail_at(", Chief Executive: Good afternoon."),
            Some("Chief Executive")
        );
        assert_eq!(
            tail_at(", Mirae Securities: Thank you."),
            Some("Mirae Securities")
        );
        assert_eq!(tail_at(": Good afternoon."), None);
        assert_eq!(tail_at(", and then: yes"), None);
        assert!(is_post("Chief Financial Officer"));
        assert!(!is_post("Korea Investment & Securities"));
        assert!(states_something(
            "Thank you. NK Pro reported last week that the plant runs. Does it?"
        ));
        assert!(!states_something(
            "Thank you. Could there be a claim against you?"
        ));
    }
}
