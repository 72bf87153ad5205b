//! The long form of a transcript's speaker label: a name or role in
//! capitals at a line's start, perhaps a bracket saying who the speaker is,
//! then a colon ("CHAIR (Ana Ruiz, Lisbon Forum): …"). The bracket names the
//! speaker's body (its last part's capitalised words, "Lisbon Forum") or
//! the speaker (a bracket of a name alone); a later short label ("RUIZ: …")
//! that repeats a word of the label or of the bracket's name speaks for the
//! same source. A turn that ends with a question mark is a question, not
//! an attribution.

/// The longest run of capitals read as a label, in bytes.
const LONGEST_WORDS: usize = 40;

/// The longest bracket read, in bytes.
const LONGEST_BRACKET: usize = 120;

/// Small words a body's name may hold between capitalised words ("Bank
/// of Chile", "Friends of the Earth").
const JOINERS: &[&str] = &["of", "for", "and", "the", "&", "de", "du", "la"];

/// A speaker label at the start of a line.
#[derive(Debug, PartialEq)]
pub(super) struct Label<'a> {
    /// Bytes of the label from the line's start, without the colon.
    pub len: usize,
    /// The words in capitals, separated by single spaces ("PARK SANG-WOO").
    pub words: &'a str,
    /// The inside of the bracket after the words, if there is one.
    pub bracket: Option<&'a str>,
    /// The words after a comma before the colon, if any: the speaker's
    /// post or firm ("HAN JUNG-WOO (한정우), *Chief Executive*:", "OH SE-RA,
    /// *Mirae Securities*:"; [`super::label_tail`]).
    pub tail: Option<&'a str>,
    /// What follows the colon on that line.
    pub turn: &'a str,
}

impl Label<'_> {
    /// Whether the turn asks rather than says: it ends with "?" (a closing
    /// quotation mark after it allowed).
    pub fn is_question(&self) -> bool {
        let t = self.turn.trim_end();
        let t = t.trim_end_matches(['"', '”', '’', '\'', ')']);
        t.ends_with('?')
    }

    /// The source the bracket gives: the capitalised words that open its
    /// last comma-separated part ("Lisbon Forum press officer" → "Lisbon
    /// Forum"); else, a bracket of one part that is a name alone ("(Ana
    /// Ruiz)") gives that name, and so does a first part when the last has
    /// none ("Port Authority, spokesman"). None for a bracket of other
    /// words.
    pub fn bracket_source(&self) -> Option<&str> {
        let bracket = self.bracket?;
        let last = bracket.rsplit(',').next()?.trim();
        let first = bracket.split(',').next()?.trim();
        [last, first]
            .into_iter()
            .map(capitalised_run)
            .find(|run| !run.is_empty())
    }

    /// The capitalised words of the bracket's first part when another part
    /// follows it ("Ana Ruiz, Lisbon Forum" → "Ana Ruiz"): the speaker's
    /// name, whose words a short label may repeat.
    pub fn bracket_name(&self) -> Option<&str> {
        let bracket = self.bracket?;
        let (first, _) = bracket.split_once(',')?;
        let first = first.trim();
        let run = capitalised_run(first);
        (run.len() == first.len()).then_some(run)
    }
}

/// The words that open `part` while each starts with a capital letter (a
/// [`JOINERS`] word between two of them allowed), with no word that ends
/// in a full stop or holds a digit ("Nov. 22" gives nothing).
pub(super) fn capitalised_run(part: &str) -> &str {
    let mut end = 0;
    let mut at = 0;
    for word in part.split(' ') {
        let word_end = at + word.len();
        let first = word.chars().next();
        let capital = first.is_some_and(char::is_uppercase);
        if capital {
            if word.ends_with('.') || word.bytes().any(|b| b.is_ascii_digit()) {
                return "";
            }
            end = word_end;
        } else if end == 0 || !JOINERS.contains(&word) {
            break;
        }
        at = word_end + 1;
    }
    &part[..end]
}

/// The label at the start of `line` ([`Label`]): words of capital letters,
/// hyphens and apostrophes (two capitals at least, [`LONGEST_WORDS`] bytes
/// at most) separated by single spaces, then perhaps " (…)" on the same
/// line, then ": " and some text.
pub(super) fn parse(line: &str) -> Option<Label<'_>> {
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut capitals = 0;
    while i < bytes.len() && i <= LONGEST_WORDS {
        match bytes[i] {
            b'A'..=b'Z' => capitals += 1,
            b'-' | b'\'' if i > 0 && bytes[i - 1] != b' ' => {}
            b' ' if i > 0 && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase) => {}
            _ => break,
        }
        i += 1;
    }
    if capitals < 2 || i > LONGEST_WORDS || !bytes[0].is_ascii_uppercase() {
        return None;
    }
    label_from(line, i)
}

/// The label of `line` whose name is its first `name_len` bytes: the name,
/// an optional "(…)" bracket, then ": " and a turn that is not blank.
pub(super) fn label_from(line: &str, name_len: usize) -> Option<Label<'_>> {
    let words = &line[..name_len];
    let mut len = name_len;
    let mut bracket = None;
    if let Some(rest) = line[name_len..].strip_prefix(" (") {
        let close = rest.find([')', '\n', '('])?;
        if close > LONGEST_BRACKET || !rest[close..].starts_with(')') {
            return None;
        }
        bracket = Some(&rest[..close]);
        len = name_len + 2 + close + 1;
    }
    let tail = super::label_tail::tail_at(&line[len..]);
    if let Some(t) = tail {
        len += 2 + t.len();
    }
    let after = line[len..].strip_prefix(": ")?;
    let turn = &after[..after.find('\n').unwrap_or(after.len())];
    if turn.trim().is_empty() {
        return None;
    }
    Some(Label {
        len,
        words,
        bracket,
        tail,
        turn,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bracketed_label_gives_the_body_of_its_last_part() {
        let l =
            parse("CHAIR (Ana Ruiz, Lisbon Forum press officer): Welcome.\nnext").expect("a label");
        assert_eq!(l.words, "CHAIR");
        assert_eq!(l.len, "CHAIR (Ana Ruiz, Lisbon Forum press officer)".len());
        assert_eq!(l.turn, "Welcome.");
        assert_eq!(l.bracket_source(), Some("Lisbon Forum"));
        assert_eq!(l.bracket_name(), Some("Ana Ruiz"));
        assert!(!l.is_question());
    }

    #[test]
    fn a_name_label_with_a_role_bracket() {
        let l = parse("OKAFOR BELLO-NWOSU (NFF media officer): We lost.").expect("a label");
        assert_eq!(l.words, "OKAFOR BELLO-NWOSU");
        assert_eq!(l.bracket_source(), Some("NFF"));
        let l = parse("CHAIR (Bank of Chile board): Yes.").expect("a label");
        assert_eq!(l.bracket_source(), Some("Bank of Chile"));
        let l = parse("HOST (Mette Holm): Good evening.").expect("a label");
        assert_eq!(l.bracket_source(), Some("Mette Holm"));
        let l = parse("GUEST (Port of Tallinn, spokesman): Yes.").expect("a label");
        assert_eq!(l.bracket_source(), Some("Port of Tallinn"));
    }

    #[test]
    fn questions_headings_and_prose_are_not_turns() {
        let q = parse("REPORTER (El País): Did the minister resign?").expect("a label");
        assert!(q.is_question());
        assert!(parse("Q: What now?").is_none());
        assert!(parse("A: Nothing.").is_none());
        assert!(parse("Lisbon: the talks went on").is_none());
        assert!(parse("CUSTOMS LOG (all times CET, Mar. 4–5)").is_none());
        let h = parse("CUSTOMS LOG (all times CET, Mar. 4): see below").expect("a label");
        assert_eq!(h.bracket_source(), None);
        assert!(parse("ANALYSIS:").is_none());
        assert!(parse("NATO said on Monday").is_none());
    }
}
