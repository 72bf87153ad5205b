//! The roll of a verbatim record or minutes: a line that opens "Present:",
//! "Attending:", "In attendance:" or "Participants:" and lists who took
//! part, one entry per semicolon ("Commissioner Yoon Ha-rim (chair); for the
//! Port Authority, Director Ana Ruiz"). An entry that opens "for BODY," speaks
//! for that body; an entry whose bracket names a body ("Ana Ruiz (Port
//! Authority)") speaks for it; any other entry is a member of the body that
//! holds the meeting, the one the record's first line names before its dash
//! ("Harbour Commission — verbatim record"). The speaker labels of the
//! record ("RUIZ:", "YOON (chair):") repeat a word of an entry's name.

use super::speaker_label::capitalised_run;

/// Words that open a roll line, lower case, before its colon.
const ROLL_HEADS: &[&str] = &[
    "present",
    "attending",
    "in attendance",
    "participants",
    "members present",
    "also present",
];

/// The longest first line read for the host body, in bytes.
const LONGEST_TITLE: usize = 160;

/// The most lines read for a roll from the text's start.
const ROLL_LINES: usize = 12;

/// One entry of a roll: the words of its name in capitals and the source it
/// speaks for.
#[derive(Debug, PartialEq)]
pub(super) struct Member {
    /// The capitalised words of the entry's name, upper case ("YOON",
    /// "HA-RIM"), titles among them.
    pub words: Vec<String>,
    /// The body the entry speaks for, as written ("Financial Services
    /// Commission").
    pub source: String,
}

/// The roll of `text` ([`Member`]s in order), read from the first
/// [`ROLL_LINES`] lines; empty when there is none.
pub(super) fn roll(text: &str) -> Vec<Member> {
    let mut lines = text.lines().take(ROLL_LINES);
    let host = lines.next().and_then(host_body);
    let Some(list) = lines.find_map(roll_list) else {
        return Vec::new();
    };
    list.split(';')
        .filter_map(|entry| member(entry.trim().trim_end_matches('.'), host))
        .collect()
}

/// The body the record's first line names before an em or en dash or a
/// colon ("Harbour Commission — verbatim record" → "Harbour Commission"):
/// two capitalised words at least, the whole of that part.
fn host_body(line: &str) -> Option<&str> {
    if line.len() > LONGEST_TITLE {
        return None;
    }
    let cut = line.find([':', '—', '–'])?;
    let head = line[..cut].trim();
    let run = capitalised_run(head);
    (run.len() == head.len() && run.split(' ').count() >= 2).then_some(run)
}

/// The list of a roll line: what follows a [`ROLL_HEADS`] word and its colon.
fn roll_list(line: &str) -> Option<&str> {
    let (head, rest) = line.split_once(':')?;
    let head = head.trim();
    ROLL_HEADS
        .iter()
        .any(|h| head.eq_ignore_ascii_case(h))
        .then_some(rest.trim())
}

/// One entry of a roll: "for BODY, NAME", "NAME (BODY)" or "NAME" (a member
/// of `host`).
fn member<'a>(entry: &'a str, host: Option<&'a str>) -> Option<Member> {
    let (body, name) = match entry.strip_prefix("for ") {
        Some(rest) => {
            let (body, name) = rest.split_once(',')?;
            let body = body.trim();
            let body = body.strip_prefix("the ").unwrap_or(body);
            let body = body.split(" (").next().unwrap_or(body);
            (Some(body), name.trim())
        }
        None => (None, entry),
    };
    let (name, bracket) = match name.split_once(" (") {
        Some((n, b)) => (n, b.split(')').next()),
        None => (name, None),
    };
    let from_bracket = bracket.map(capitalised_run).filter(|r| !r.is_empty());
    let source = body.or(from_bracket).or(host)?;
    let run = capitalised_run(name.trim());
    if run.is_empty() || source.is_empty() {
        return None;
    }
    Some(Member {
        words: run.split(' ').map(str::to_uppercase).collect(),
        source: source.to_string(),
    })
}

/// The source of the latest-listed member of `roll` whose name holds
/// `word` (a label's word, any case).
pub(super) fn source_of<'a>(roll: &'a [Member], word: &str) -> Option<&'a str> {
    roll.iter()
        .rev()
        .find(|m| m.words.iter().any(|w| w.eq_ignore_ascii_case(word)))
        .map(|m| m.source.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORD: &str = "Harbour Board — minutes (extract)\n\nPresent: Member Ana Ruiz (chair); Member Piet Smit; for the Port Workers' Union (PWU), Secretary Lena Vogt; Omar Diallo (Coastguard).\n\nRUIZ (chair): Welcome.";

    #[test]
    fn a_roll_gives_each_entry_its_body() {
        let r = roll(RECORD);
        assert_eq!(r.len(), 4);
        assert_eq!(source_of(&r, "RUIZ"), Some("Harbour Board"));
        assert_eq!(source_of(&r, "smit"), Some("Harbour Board"));
        assert_eq!(source_of(&r, "VOGT"), Some("Port Workers' Union"));
        assert_eq!(source_of(&r, "DIALLO"), Some("Coastguard"));
        assert_eq!(source_of(&r, "KIM"), None);
    }

    #[test]
    fn no_roll_without_its_head_and_no_host_without_a_title() {
        assert!(roll("Harbour Board — minutes\n\nThose present agreed: no vote.").is_empty());
        let r =
            roll("The board met on Monday: a report\nPresent: Ana Ruiz; for Oslo Port, Piet Smit");
        assert_eq!(source_of(&r, "RUIZ"), None);
        assert_eq!(source_of(&r, "SMIT"), Some("Oslo Port"));
    }
}
