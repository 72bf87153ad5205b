//! A sentence that only reports a source's silence: "The ministry *did not
//! respond to* written questions", "The shipowner *could not be reached for
//! comment*", "*There was no immediate comment* from Pyongyang", "A
//! spokesperson *declined to say* whether …", "The agency *does not confirm or
//! deny* investigations". The reporter's unanswered request is no fact of the
//! story, and analysts leave it unmarked. Counted in all sets' gold (session
//! 26): such a sentence, its subject a noun phrase with no verb of its own,
//! is unmarked 35 times and a claim 11 (tune 2, fresh2, fresh4 2, fresh5 3,
//! fresh7 2, fresh9 — none since); the
//! READMEs of fresh7 onwards name "did not reply", "declined to comment",
//! "could not be reached", "does not confirm or deny" as unmarked.
//!
//! Kept as claims: a refusal of something other than saying ("refused to
//! renew the visa"), a document that "gave no figure" or "gave no reason"
//! (a claim 7 times, unmarked 2), a response to events rather than to a
//! request ("did not respond to the fire for three hours"), and "could not
//! be reached by radio".

use super::clause_edges::has_finite_verb;

/// The most words a subject before the silence may have.
const SUBJECT_WORDS: usize = 12;

/// Requests a reply is owed to ("did not respond to *written questions*").
const REQUESTS: &[&str] = &[
    "request",
    "requests",
    "question",
    "questions",
    "email",
    "emails",
    "e-mail",
    "e-mails",
    "emailed",
    "message",
    "messages",
    "call",
    "calls",
    "inquiry",
    "inquiries",
    "enquiry",
    "enquiries",
    "queries",
    "query",
    "comment",
    "letter",
    "letters",
    "list",
];

/// Negated auxiliaries before "respond", "reply", "return".
/// "had not answered", "has not replied to a single message": a perfect
/// tells of a party's silence over time (North Korea to Seoul's letters), a
/// fact gold marks 5 times of 5; only the simple past and present stay.
const AUXILIARIES: &[&str] = &["did", "does", "do"];

/// Written things whose silence is a fact of their content ("The report does
/// not say how …", "The bulletin gave no figure").
const WRITTEN: &[&str] = &[
    "report",
    "statement",
    "notice",
    "bulletin",
    "broadcast",
    "document",
    "documents",
    "study",
    "survey",
    "audit",
    "review",
    "assessment",
    "minutes",
    "footage",
    "letter",
    "release",
    "readout",
    "article",
    "decree",
    "summary",
    "filing",
    "indictment",
    "ruling",
    "order",
    "law",
    "data",
    "figures",
];

/// Words that make what precedes the silence more than a subject ("figures
/// from agencies *that* it does not disclose").
const RELATIVES: &[&str] = &["that", "which", "who", "whom", "whose", "where"];

/// What a silence leaves ("no immediate *comment*").
const NO_ANSWER: &[&str] = &["comment", "response", "reply", "answer"];

/// True when `clause` (a whole sentence or clause) is a subject of at most
/// twelve words with no verb of its own, then a silence towards a request
/// for comment.
pub(super) fn non_response(clause: &str) -> bool {
    let base = clause.as_ptr() as usize;
    for (i, word) in super::ascii_words::words(clause).enumerate() {
        if i > SUBJECT_WORDS {
            return false;
        }
        if i == 0 || !may_open_silence(word) {
            continue;
        }
        let at = word.as_ptr() as usize - base;
        let subject = &clause[..at];
        if silence(subject, &clause[at..]) {
            return plain_subject(subject);
        }
    }
    false
}

/// False for a word no silence opens with (every branch of [`silence`] needs
/// one of these first, or a contracted negation): most words of most
/// clauses, passed over without reading the rest of the clause again.
fn may_open_silence(word: &str) -> bool {
    // Cheap first: a word with an ASCII letter or digit at both ends is
    // trimmed of nothing.
    let bytes = word.as_bytes();
    let w = if bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        word
    } else {
        word.trim_matches(|c: char| {
            !super::ascii_words::is_alphanumeric(c) && c != '\'' && c != '’'
        })
    };
    matches!(
        w,
        "was"
            | "were"
            | "is"
            | "has"
            | "have"
            | "had"
            | "did"
            | "does"
            | "do"
            | "could"
            | "would"
            | "will"
            | "declined"
            | "refused"
            | "referred"
    ) || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// True when `subject` is a noun phrase of someone asked: no verb, no
/// relative pronoun, not a written thing.
fn plain_subject(subject: &str) -> bool {
    fn trim(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric())
    }
    // "The report *also* does not say": the noun before the adverb.
    let last = (subject.split_whitespace().rev().map(trim))
        .find(|w| !matches!(*w, "also" | "still" | "again" | "yet" | "even"))
        .unwrap_or("");
    !has_finite_verb(subject)
        && !WRITTEN.iter().any(|w| w.eq_ignore_ascii_case(last))
        && !subject
            .split_whitespace()
            .any(|w| RELATIVES.iter().any(|r| r.eq_ignore_ascii_case(trim(w))))
}

/// True when `rest` opens with a silence, given the `subject` before it.
fn silence(subject: &str, rest: &str) -> bool {
    let mut words = rest.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !super::ascii_words::is_alphanumeric(c) && c != '\'' && c != '’')
    });
    let mut next = || words.next().unwrap_or("");
    let first = next();
    let mut second = next();
    // "There *was* no immediate comment from Pyongyang."
    if subject.trim().eq_ignore_ascii_case("there") {
        if !matches!(first, "was" | "is" | "has") {
            return false;
        }
        if second == "been" {
            second = next();
        }
        let mut what = next();
        if second != "no" {
            return false;
        }
        if what == "immediate" {
            what = next();
        }
        return NO_ANSWER.contains(&what);
    }
    let (aux, not) = match first.strip_suffix("n't").or(first.strip_suffix("n’t")) {
        Some(aux) => (aux, true),
        None => (first, second == "not"),
    };
    if not {
        let mut verb = if first.len() > aux.len() {
            second
        } else {
            next()
        };
        if matches!(verb, "immediately" | "yet") {
            verb = next();
        }
        if verb == "answer" {
            return false;
        }
        if AUXILIARIES.contains(&aux) && answers(verb) {
            return owed(&mut next);
        }
        if aux == "could" && verb == "be" {
            // "could not be reached", then nothing or "for comment".
            let how = next();
            return how == "reached" && matches!(next(), "" | "for");
        }
        if matches!(aux, "does" | "did" | "do" | "would" | "will") && verb == "confirm" {
            return matches!(next(), "or" | "nor") && next().starts_with("den");
        }
    }
    if matches!(first, "has" | "have" | "had") && second == "neither" {
        return next() == "confirmed";
    }
    if matches!(first, "was" | "were") && matches!(second, "unavailable" | "not") {
        let what = if second == "not" { next() } else { "available" };
        return what == "available" && next() == "for" && next() == "comment";
    }
    // A refusal to say more ("declined to comment", "would not say
    // whether"), but not "gave no reason": a document's silence is a fact.
    matches!(
        first,
        "declined" | "refused" | "would" | "will" | "did" | "does" | "had" | "has" | "referred"
    ) && super::refusal_tail::refuses(rest)
}

/// True for a verb that answers a request ("did not *reply*"). "did not
/// answer" is left out: "Seoul proposed talks twice, but the North did not
/// answer" is a party's silence, a claim (heldout).
fn answers(verb: &str) -> bool {
    matches!(verb, "respond" | "reply" | "return")
        || matches!(verb, "responded" | "replied" | "returned")
}

/// True when the words after the answering verb are none, or name a request
/// within four words ("to *requests* for comment", "phone *calls*").
fn owed<'a>(next: &mut impl FnMut() -> &'a str) -> bool {
    for i in 0..5 {
        let w = next();
        if w.is_empty() {
            return i == 0;
        }
        if REQUESTS.iter().any(|r| r.eq_ignore_ascii_case(w)) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::non_response;

    #[test]
    fn a_silence_towards_a_request_is_no_claim() {
        for s in [
            "The harbour authority did not respond to written questions",
            "Its embassy in Oslo did not immediately reply to emails",
            "The shipowner could not be reached for comment",
            "The ferry operator could not be reached",
            "There was no immediate comment from the ministry",
            "A spokesperson for the mill declined to comment",
            "The club declined to say whether the coach had resigned",
            "The agency does not confirm or deny investigations",
            "The palace has neither confirmed nor denied",
            "The firm doesn't respond to requests for comment",
            "Officials didn’t return phone calls",
            "The mayor was unavailable for comment",
            "The ministry had no comment",
            "The port authority referred questions to the police",
        ] {
            assert!(non_response(s), "{s}");
        }
    }

    #[test]
    fn other_silences_and_refusals_stay_claims() {
        for s in [
            "The fire brigade did not respond to the blaze for three hours",
            "The pilot could not be reached by radio",
            "The court refused to renew her visa",
            "The bulletin gave no figure for the dead",
            "The notice gave no reason for the closure",
            "Police who stopped the driver did not respond to the crash",
            "There was no damage to the pier",
            "Seoul proposed talks, but the North did not answer",
            "The report also does not say how the fire started",
            "Pyongyang had not answered the letter",
            "The port has not replied to a single message since May",
            "It uses data from agencies that it does not disclose",
            "The ministry reported that the envoy did not respond to the letter",
        ] {
            assert!(!non_response(s), "{s}");
        }
    }
}
