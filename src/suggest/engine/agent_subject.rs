//! A subject that a participle and its agent describe before the cue:
//! "*Economists polled by* the Korea Markets Daily said", "*defectors
//! interviewed by* this desk said", "*A source in Ryanggang Province quoted
//! by* Asia Press said", "*Satellite imagery reviewed by* 38 North showed".
//! The span starts at the subject, not at the agent (before, the agent was
//! read as the one who spoke, or nothing was found); the source is the
//! subject's, or the agent's when the subject is a document or data that
//! the agent examined. Over the 25 sets: fresh10 ×2 (imagery reviewed by 38
//! North), fresh22 ×3 (receipts obtained by, messages seen by, images
//! published by), fresh23 ×4 (economists, a source, defectors, records seen
//! by the Herald); no gold span starts at such an agent. A source's
//! participle with "in"/"for" and the piece it spoke in reads the same
//! ("*Analysts quoted in the piece* said", see `cited_in`).

use super::Suggester;

/// The most bytes from the clause's opening to the cue.
const MAX_LOOK_BACK: usize = 120;

/// The most words of the agent between "by" and the cue ("by *the Korea
/// Markets Daily*", "by *38 North on Friday*").
const MAX_AGENT_WORDS: usize = 6;

/// The most words of the subject ("*A source in Ryanggang Province*").
const MAX_SUBJECT_WORDS: usize = 6;

/// Determiners that cannot end an agent before its cue.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "its", "their", "his", "her",
];

/// Reporting verbs that show the agent's words run into a clause.
const VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "wrote", "writes", "is", "was",
];

/// Participles without "-ed" that take an agent.
/// ("Photographs *sent* by the committee show").
const IRREGULAR: &[&str] = &[
    "seen", "shown", "taken", "given", "drawn", "written", "sent", "shot", "made", "kept", "held",
    "brought", "caught", "found", "bought", "known",
];

/// Subject heads that are things the agent examined: the agent speaks.
const EXAMINED: &[&str] = &[
    "imagery",
    "images",
    "photographs",
    "photos",
    "pictures",
    "footage",
    "video",
    "videos",
    "records",
    "documents",
    "files",
    "papers",
    "data",
    "figures",
    "receipts",
    "invoices",
    "messages",
    "emails",
    "letters",
    "logs",
    "contracts",
    "manifests",
    "minutes",
    "maps",
];

/// Subordinators that open a clause before its subject ("*After* officials
/// questioned by …"): no subject of a cue.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "since", "as", "while", "if", "although", "though", "because",
    "until", "once", "unless", "whether",
];

/// Participles of an agent that examined a thing, who then speaks for it.
const EXAMINING: &[&str] = &[
    "reviewed", "analysed", "analyzed", "obtained", "seen", "examined", "studied", "verified",
];

/// Participles of an agent that handed over a thing as its own evidence
/// ("Photographs *sent* by the committee show", "images *published* by").
const PROVIDING: &[&str] = &[
    "sent",
    "provided",
    "supplied",
    "shared",
    "released",
    "published",
    "posted",
    "handed",
];

/// Words that may join a subject's head to a place ("a source *in*
/// Ryanggang Province").
const LINKS: &[&str] = &["in", "at", "from", "near", "on"];

/// What [`Suggester::agent_subject_before`] reads.
pub(super) struct AgentSubject {
    /// Where the subject starts.
    pub start: usize,
    /// The source: the subject's, or the agent's for an examined thing.
    pub source: String,
    /// Whether the subject is a thing the agent examined ("receipts"): a
    /// document, which a finding verb ("show") may take.
    pub examined: bool,
}

impl Suggester {
    /// Before a cue starting at byte `cue`: a plain subject that opens the
    /// clause, a participle, "by" and an agent of a few words.
    pub(super) fn agent_subject_before(&self, sentence: &str, cue: usize) -> Option<AgentSubject> {
        let before = sentence.get(..cue)?.trim_end();
        let from = before.len().saturating_sub(MAX_LOOK_BACK);
        // Cheap first: " by " close before the cue; else a source's
        // participle and "in"/"for" ("Analysts *quoted in* the piece said").
        let near = before.get(from..)?;
        let (by, joiner) = match crate::suggest::finders::last_by(near) {
            Some(i) => (i + from, 4),
            None => super::cited_in::cited_in_at(near).map(|(i, n)| (i + from, n))?,
        };
        let agent = &before[by + joiner..];
        let agent_words = agent.split(' ').count();
        if agent_words > MAX_AGENT_WORDS || agent.contains([',', ';', ':', '"', '“', '”', '('])
        {
            return None;
        }
        // A noun phrase: no verb ("by the Daily *said the* report") nor a
        // determiner before the cue.
        let last = agent.rsplit(' ').next().unwrap_or_default();
        if DETERMINERS.contains(&last.to_ascii_lowercase().as_str())
            || agent.split(' ').any(|w| {
                w.starts_with(char::is_lowercase)
                    && (VERBS.contains(&w) || (w.len() > 4 && w.ends_with("ed")))
            })
        {
            return None;
        }
        let head = before[..by].trim_end();
        let participle = head.rsplit(' ').next()?;
        let participial =
            (participle.len() > 4 && participle.ends_with("ed")) || IRREGULAR.contains(&participle);
        if !participial || !participle.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let subject_end = head.len() - participle.len();
        let subject = head[..subject_end].trim_end();
        // The subject: back to the clause's opening.
        let open = subject
            .rfind([',', ':', ';', '“', '"', '—'])
            .map_or(0, |i| {
                i + subject[i..].chars().next().map_or(1, char::len_utf8)
            });
        let phrase = subject[open..].trim_start();
        let start = subject.len() - phrase.len();
        let words: Vec<&str> = phrase.split(' ').collect();
        if phrase.is_empty() || words.len() > MAX_SUBJECT_WORDS {
            return None;
        }
        // A lower-case head before any link to a place.
        let head_at = words
            .iter()
            .position(|w| LINKS.contains(w))
            .unwrap_or(words.len());
        let noun = words.get(head_at.checked_sub(1)?)?.to_lowercase();
        let plain_head = words[..head_at].iter().enumerate().all(|(n, w)| {
            let alpha = !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-');
            alpha && (n == 0 || w.chars().all(|c| c.is_lowercase() || c == '-'))
        });
        let place_tail = words[head_at..]
            .iter()
            .skip(1)
            .all(|w| w.starts_with(char::is_uppercase));
        let subordinate = SUBORDINATORS.contains(&words[0].to_lowercase().as_str());
        if !plain_head || !place_tail || subordinate || !noun.chars().all(|c| c.is_lowercase()) {
            return None;
        }
        // No pronoun ("they") for a subject.
        let rules = &self.rules.attribution;
        if words
            .iter()
            .any(|w| rules.not_sources.iter().any(|p| p.eq_ignore_ascii_case(w)))
        {
            return None;
        }
        let thing = EXAMINED.contains(&noun.as_str());
        // "imagery *reviewed* by 38 North": examined, not made ("Imagery
        // *collected* by Maxar …": fresh6 leaves it a claim).
        // "Photographs *sent* by the committee show": the agent's own,
        // handed over.
        let examined =
            thing && (EXAMINING.contains(&participle) || PROVIDING.contains(&participle));
        let source = if thing {
            // "38 North on Friday": the agent without the time after it.
            let agent = agent
                .split(" on ")
                .next()
                .unwrap_or(agent)
                .trim_start_matches("the ");
            self.source_of(agent)
        } else if noun == "source" || noun == "sources" {
            self.anonymous_source()
        } else {
            self.source_of(words[..head_at].join(" ").as_str())
        };
        Some(AgentSubject {
            start,
            source,
            examined,
        })
    }
}
