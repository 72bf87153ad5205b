//! The document a text is built around and the body that issued it: "RECALL
//! NOTICE — Ministry of Food and Drug Safety, 2 December" heads a notice;
//! "Nordfjord Hardware Research (NHR), a Bergen-based firm, published its
//! teardown …. We follow its report" opens on one. "The notice says",
//! "According to the report" later in that text are that body's, though
//! another source was quoted "in a report" since ("KCTV said in a report at
//! the time"). A lead that describes the body ("South Korea's state auditor
//! published the results of its inspection") names it in the sentence that
//! introduces it by an acronym next ("The Board of Audit and Inspection
//! (BAI) examined …").

use super::Suggester;
use crate::suggest::char_end::past_char;

/// Nouns of the documents a body issues that a lead can set up, lower case.
const LEAD_DOCUMENTS: &[&str] = &[
    "report",
    "notice",
    "study",
    "survey",
    "audit",
    "teardown",
    "commentary",
    "statement",
];

/// Staff who write a body's document ("the auditors say", "the engineers
/// found"), lower case: read as the lead document's body.
const STAFF_NOUNS: &[&str] = &["auditors", "inspectors", "engineers", "authors"];

/// How far back, in bytes, another source's definite mention of the
/// document is looked for.
const DEFINITE_LOOK_BACK: usize = 6_000;

/// Verbs by which a lead's subject issues its document.
const ISSUES: &[&str] = &[" published ", " issued ", " released "];

/// How many bytes of a text (after its headline) the header or the lead
/// paragraph is looked for in.
const LEAD_BYTES: usize = 1_200;

impl Suggester {
    /// The body that issued the text's lead document when `noun` ("report",
    /// "notice") names it: a header line "<DOCUMENT IN CAPITALS> — <Body>,
    /// …" whose last capital word is the noun, or a lead paragraph (the
    /// first after the headline) that holds the noun and opens with "<Body>
    /// published|issued|released …". `None` otherwise.
    pub(super) fn lead_document_author(&self, noun: &str, text: &str) -> Option<String> {
        let noun = noun.to_lowercase();
        if !LEAD_DOCUMENTS.contains(&noun.as_str()) {
            return None;
        }
        let body = &text[text.find("\n\n")? + 2..];
        let lead = body.get(..body.floor_char_boundary(body.len().min(LEAD_BYTES)))?;
        let header = header_author(lead, &noun);
        let paragraph = lead.split("\n\n").next()?.trim();
        let holds_noun = paragraph
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case(&noun));
        if !holds_noun {
            return header.map(|author| self.source_of(author));
        }
        // The first sentence's subject: after a dateline ("SEOUL — "), up to
        // the verb, without an appositive (", a Bergen-based firm …,").
        let first = paragraph.split(". ").next()?;
        let (subject, _) = ISSUES
            .iter()
            .filter_map(|v| first.find(v).map(|at| (at, v)))
            .min_by_key(|(at, _)| *at)
            .map(|(at, v)| (&first[..at], v))
            .or_else(|| header.map(|h| (h, &"")))?;
        let subject = subject
            .rsplit_once(" — ")
            .map_or(subject, |(_, after)| after);
        let subject = subject.split(',').next()?.trim();
        if subject.is_empty() || subject.split_whitespace().count() > 8 {
            return None;
        }
        // A named subject ("Nordfjord Hardware Research (NHR)"): its last
        // word, before an acronym, capitalised.
        // "Seonam General Hospital in Gwangju": the body, not its city.
        let name = subject.split(" (").next().unwrap_or(subject);
        let name = name.split(" in ").next().unwrap_or(name);
        if name
            .split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            let name = name
                .strip_prefix("The ")
                .or_else(|| name.strip_prefix("the "))
                .unwrap_or(name);
            return Some(self.source_of(name));
        }
        // A described subject ("South Korea's state auditor"): the body
        // introduced by an acronym at the start of the next paragraph.
        let next = lead.split("\n\n").nth(1)?.trim_start();
        next_paragraph_acronym(next)
    }
}

impl Suggester {
    /// [`Suggester::lead_document_author`] for the document `description`
    /// ("the report", "the 40-page report") names at `start` of `text`,
    /// unless an attribution of `history` (span start, end, source) since
    /// named another source's document of that noun definitely ("*The
    /// agency's report* said"): an indefinite one ("said *in a report*")
    /// is not the lead document.
    pub(super) fn lead_author_of(
        &self,
        description: &str,
        text: &str,
        history: &[(usize, usize, String)],
        start: usize,
    ) -> Option<String> {
        let head = description.split_whitespace().last()?;
        // "The auditors say": the staff who wrote the lead document.
        let author = match STAFF_NOUNS.contains(&head.to_lowercase().as_str()) {
            true => (LEAD_DOCUMENTS.iter()).find_map(|d| self.lead_document_author(d, text))?,
            false => self.lead_document_author(head, text)?,
        };
        let head = head.to_lowercase();
        // The headline's own attribution ("regulator says in recall
        // notice") names the lead document, not another.
        let headline_end = text.find("\n\n").unwrap_or(0);
        // Within the look-back only: no scan of a long text's whole history
        // per span.
        let from = headline_end.max(start.saturating_sub(DEFINITE_LOOK_BACK));
        let definite_since = (history.iter().rev())
            .skip_while(|(s, _, _)| *s >= start)
            .take_while(|(s, _, _)| *s > from)
            .filter(|(_, _, source)| *source != author)
            .filter_map(|(s, e, _)| text.get(*s..*e))
            .any(|span| names_definitely(span, &head));
        (!definite_since).then_some(author)
    }
}

/// True when `span` holds the document noun `head` (lower case) after a
/// word other than "a" or "an" within the two words before it.
fn names_definitely(span: &str, head: &str) -> bool {
    let words: Vec<&str> = span.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        bare.eq_ignore_ascii_case(head)
            && !words[i.saturating_sub(2)..i]
                .iter()
                .any(|p| p.eq_ignore_ascii_case("a") || p.eq_ignore_ascii_case("an"))
    })
}

/// The body a header line of `lead` names after its document ("RECALL
/// NOTICE — Ministry of Food and Drug Safety, 2 December" → "Ministry of
/// Food and Drug Safety" for "notice"): a line whose part before " — " is
/// in capitals and ends in the noun, the part after up to a comma.
fn header_author<'a>(lead: &'a str, noun: &str) -> Option<&'a str> {
    lead.lines().find_map(|line| {
        let (head, rest) = line.split_once(" — ")?;
        let capitals = head.chars().any(char::is_alphabetic)
            && !head.chars().any(char::is_lowercase)
            && head.len() <= 60;
        let last = head.split_whitespace().last()?;
        if !capitals || !last.eq_ignore_ascii_case(noun) {
            return None;
        }
        let name = rest.split(',').next()?.trim();
        // A name, not more capitals ("REPORT — SUMMARY TIMELINE").
        (name.starts_with(char::is_uppercase)
            && name.chars().any(char::is_lowercase)
            && name.split_whitespace().count() <= 10)
            .then_some(name)
    })
}

/// The acronym of a body `paragraph` opens with ("The Board of Audit and
/// Inspection (BAI) examined …" → "BAI"): capitals in parentheses within
/// its first sentence's first 120 bytes, after a capitalised name.
fn next_paragraph_acronym(paragraph: &str) -> Option<String> {
    let head = paragraph.get(..paragraph.floor_char_boundary(paragraph.len().min(120)))?;
    let open = head.find(" (")?;
    let before = &head[..open];
    if before.contains(['.', ',', ';']) || !before.starts_with(char::is_uppercase) {
        return None;
    }
    let inner = &head[past_char(head, open + 1)..];
    let acronym = inner.split(')').next()?;
    let fits = (2..=8).contains(&acronym.len())
        && acronym.chars().all(|c| c.is_ascii_uppercase() || c == '&');
    fits.then(|| acronym.to_string())
}

#[cfg(test)]
mod tests {
    use super::{header_author, next_paragraph_acronym};

    #[test]
    fn a_header_names_its_documents_issuer() {
        let lead = "SAFETY NOTICE — Office of Road Safety, 4 May\n\nText.";
        assert_eq!(header_author(lead, "notice"), Some("Office of Road Safety"));
        assert_eq!(header_author(lead, "report"), None);
        assert_eq!(
            header_author("INCIDENT REPORT — SUMMARY TIMELINE", "report"),
            None
        );
        // Not a sentence with a dash.
        let lead = "The notice came late — Office staff said, on Monday.";
        assert_eq!(header_author(lead, "notice"), None);
    }

    #[test]
    fn a_paragraph_opening_on_an_acronym() {
        assert_eq!(
            next_paragraph_acronym("The Fisheries Inspection Board (FIB) visited 12 ports."),
            Some("FIB".to_string())
        );
        assert_eq!(
            next_paragraph_acronym("Inspectors, led by the FIB (a board), said."),
            None
        );
    }
}
