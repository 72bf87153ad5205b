//! The writing body's own people in the first person: "*Our lawyers* say
//! …", "*Our auditors* have confirmed …", "and *our board* has said …",
//! "*Our treasurer*, Mr Kang, says …" speak for the body the document is by
//! ([`super::document_body`]), not for a group ("some analysts"), a place
//! ("Our sales head *in Frankfurt*") or the bare noun ("board"). Gold over
//! the 32 sets: "Our/our" + a staff word of [`OWN_STAFF`] is filed under
//! the writing body 9 times (FSS, Hanul Marine Logistics, Amur Regional
//! Zoo, Hanul Bridge School, KRM, Daehan Fastening ×4), never otherwise;
//! outside partners ("our insurers", "our brokers", "our guide") keep their
//! group words and are not read here.

use super::{ATTRIBUTION, Found, Suggester};

/// Staff and organs of the writing body after "our", lower case.
const OWN_STAFF: &[&str] = &[
    "board",
    "lawyers",
    "lawyer",
    "auditors",
    "auditor",
    "inspectors",
    "inspector",
    "engineers",
    "engineer",
    "staff",
    "treasurer",
    "head",
    "keepers",
    "keeper",
    "directors",
    "director",
    "managers",
    "manager",
    "officers",
    "officer",
    "accountants",
    "chairman",
    "chairwoman",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "records",
    "logs",
    // The body's own counts ("our own tally shows", "our count across 14
    // images found", "our sample of 400 items shows"): filed under the
    // writing body 5 times over the 33 sets (CSIS, Hanul Language Services
    // ×3 with "records"/"logs" KRM, Blue Crane Tours), never otherwise.
    "tally",
    "count",
    "sample",
];

/// The most lower-case words from "our" to the staff word ("our *sales*
/// head").
const MOST_WORDS: usize = 3;

impl Suggester {
    /// Files each attribution of `found` whose subject opens with "our" and
    /// a word of [`OWN_STAFF`] under the body `text` is by, and opens its
    /// span at "our" when it started after it ("our *board has said*").
    pub(super) fn name_own_staff(&self, text: &str, found: &mut [Found]) {
        // Cheap first: no "our " in the text, nothing to read.
        if memchr::memmem::find(text.as_bytes(), b"ur ").is_none() {
            return;
        }
        let mut body: Option<Option<String>> = None;
        // Where the span before each ends: "our" may join only a free byte.
        let mut free_from = 0;
        for f in found.iter_mut() {
            let before_end = free_from;
            free_from = free_from.max(f.end);
            // In a transcript's turn "our" is the speaker's body
            // ([`super::turn_voice`]), read there.
            if f.label != ATTRIBUTION || f.rule == super::transcript::RULE {
                continue;
            }
            let Some(span) = text.get(f.start..f.end) else {
                continue;
            };
            let lead = text.get(..f.start).unwrap_or_default();
            let (from, subject) = if let Some(rest) = span
                .strip_prefix("Our ")
                .or_else(|| span.strip_prefix("our "))
            {
                (f.start, rest)
            } else if (lead.ends_with(" our ") || lead.ends_with("Our "))
                && f.start >= before_end + 4
            {
                (f.start - 4, span)
            } else {
                continue;
            };
            let own = subject
                .split(' ')
                .take(MOST_WORDS)
                .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                .any(|w| OWN_STAFF.contains(&w));
            if !own {
                continue;
            }
            let Some(name) = body
                .get_or_insert_with(|| super::document_body::document_body(text))
                .as_deref()
            else {
                return;
            };
            let source = self.index.normalise(name);
            f.why.push_str(&format!(
                ", “our” staff read as {source} (the body the document is by)"
            ));
            f.start = from;
            f.source = Some(source);
            f.back_reference = false;
        }
    }
}
