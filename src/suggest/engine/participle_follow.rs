//! A participle that goes on with the speaker's words in the same sentence
//! ("The official said no one was hurt, *adding* that the port would
//! reopen"; "One participant disagreed, *saying* …") speaks for the
//! attribution before it: in every set's gold such a participle has that
//! attribution's source (8 of 8), whatever its own subject reading gave
//! ("official", a name read further back).

use super::{ATTRIBUTION, Found};

/// Participles that continue a speaker's words, lower case. "citing" is not
/// one: what it cites is often another source ("citing the NIS").
const GOING_ON: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "arguing",
    "warning",
    "insisting",
    "stressing",
    "explaining",
];

/// Gives each attribution of `found` (of `text`, in text order) that opens
/// on a participle of [`GOING_ON`] (and holds no comma) the source of the attribution right
/// before it when no sentence ends between the two.
pub(super) fn follow_participles(text: &str, found: &mut [Found]) {
    let mut before: Option<usize> = None;
    for i in 0..found.len() {
        if found[i].label != ATTRIBUTION {
            continue;
        }
        // "adding", "saying that": the participle alone, not a clause it
        // opens before a subject of its own ("Adding to that, the bank said").
        let going_on = text
            .get(found[i].start..found[i].end)
            .filter(|span| !span.contains(','))
            .and_then(|span| span.split_whitespace().next())
            .is_some_and(|w| GOING_ON.iter().any(|p| w.eq_ignore_ascii_case(p)));
        if going_on && let Some(b) = before {
            let gap = text.get(found[b].end..found[i].start).unwrap_or("\n");
            let same_sentence = found[b].end <= found[i].start
                && !gap.contains(['\n', '!', '?'])
                && !gap.contains(". ");
            if same_sentence && found[b].source.is_some() && found[b].source != found[i].source {
                let source = found[b].source.clone();
                let f = &mut found[i];
                f.why.push_str(", goes on with the speaker before");
                f.source = source;
            }
        }
        before = Some(i);
    }
}
