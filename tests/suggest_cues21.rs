//! Attribution cues of session 21: chat-log speaker labels after a time
//! stamp and a dash, a court's reasoning (verbs of judging, the bench's
//! view, "It" after the bench), a note's performative verbs, "is
//! reporting", ", pointing to …" after a speaker, and a long "Asked
//! whether …" lead. Sentences written for the test, with look-alikes that
//! must stay unmarked.

mod common;

use common::suggested::{attribution_quotes, expect, lacks, source_of};

const ATT: &str = "attribution";

#[test]
fn chat_labels_after_a_stamp_speak_for_their_bracket() {
    let text = "Ferry stranded off the cape: the passengers' group chat\n\n\
                Sat 07:12 — Marta Sousa (purser, Atlantic Lines): We are anchored two miles out.\n\n\
                Sat 07:30 — Rui (father of a passenger): Is the boat safe? My girl is on it.\n\n\
                Sat 07:41 — Sousa: The engines will be checked at eight.\n\n\
                Sat 08:05 — Ines (wife): Any news?\n\n\
                Sat 09:15 – Rui: The harbour master called us back.\n";
    let quotes = attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .any(|q| q == "Marta Sousa (purser, Atlantic Lines)"),
        "{quotes:?}"
    );
    assert_eq!(source_of(text, "Marta Sousa (", 0), "Atlantic Lines");
    // A later bare label takes the source of its full one.
    assert_eq!(source_of(text, "Sousa", 1), "Atlantic Lines");
    // A relation in the bracket: the family's voice.
    assert_eq!(
        source_of(text, "Rui (father of a passenger)", 0),
        "family members"
    );
    assert_eq!(source_of(text, "Ines (wife)", 0), "family members");
    // An en dash and a label introduced earlier.
    assert_eq!(source_of(text, "Rui", 1), "family members");
}

#[test]
fn stamps_and_dashes_in_prose_are_not_chat_labels() {
    let text = "Mayor quits after vote\n\n\
                The vote — held on 12 May — ended: the mayor lost.\n\n\
                In 2019 — Lindqvist: a memoir of the strike.\n\n\
                Tue 10:40 — the road reopened: good news for drivers.\n\n\
                Tue 11:00 — Lindqvist: The square is quiet now.\n";
    let quotes = attribution_quotes(text);
    assert!(
        quotes.iter().all(|q| !q.contains("Lindqvist")),
        "{quotes:?}"
    );
    assert!(quotes.iter().all(|q| !q.contains("the road")), "{quotes:?}");
}

#[test]
fn a_court_reasons_with_verbs_of_judging() {
    let text = "VALLETTA — The Valletta Civil Court on Friday ordered a builder to pay \
                damages. The court accepted the tenant's evidence that the roof had leaked \
                for two winters. In the court's view, the builder knew of the leak. It relied \
                on three surveys of the roof. The court rejected the builder's argument that \
                the rain was exceptional.";
    expect(text, ATT, "The court accepted the tenant's evidence");
    expect(text, ATT, "In the court's view");
    expect(text, ATT, "It relied on");
    expect(text, ATT, "The court rejected the builder's argument");
    assert!(source_of(text, "It relied on", 0).contains("Court"));
}

#[test]
fn judging_without_a_clause_or_a_bench_is_a_deed() {
    let text = "The appeals court rejected the appeal on Monday. The club accepted the \
                offer that the city made. Lawyers for the court rejected the claim that it \
                lied. The charity relied on donations from the town. It relied on volunteers.";
    lacks(text, ATT, "The appeals court rejected the appeal");
    lacks(text, ATT, "The club accepted the offer");
    lacks(text, ATT, "The charity relied on");
    lacks(text, ATT, "It relied on");
    let quotes = attribution_quotes(text);
    assert!(
        quotes.iter().all(|q| !q.contains("court rejected")),
        "{quotes:?}"
    );
}

#[test]
fn a_note_proposes_and_requests() {
    let text = "The Foreign Ministry of Ruritania informs the embassy that two sailors were \
                rescued on Monday. The Ministry proposes to return them by air on Friday. \
                The Ministry requests a reply by Thursday.";
    expect(text, ATT, "The Ministry proposes");
    expect(text, ATT, "The Ministry requests");
    let quotes = attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .any(|q| q.starts_with("The Foreign Ministry of Ruritania informs")),
        "{quotes:?}"
    );
}

#[test]
fn plural_nouns_are_not_performative_verbs() {
    let text = "Ministry requests for new boats rose by a third. The council proposes. \
                Embassy requests were refused in March.";
    let quotes = attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .all(|q| !q.contains("requests") && !q.contains("proposes")),
        "{quotes:?}"
    );
}

#[test]
fn pointing_to_evidence_after_a_speaker() {
    let text = "An auditor told the council the budget was short, pointing to unpaid \
                invoices from 2023.";
    expect(text, ATT, "pointing to");
    assert_eq!(
        source_of(text, "pointing to", 0),
        source_of(text, "An auditor told the council", 0)
    );
    // A gesture with no speaker before it.
    lacks(
        "The ranger stopped on the path, pointing to the glacier.",
        ATT,
        "pointing to",
    );
}

#[test]
fn an_outlet_is_reporting() {
    expect(
        "The regional broadcaster is reporting a second landslide near the pass.",
        ATT,
        "The regional broadcaster is reporting",
    );
}

#[test]
fn a_long_asked_whether_lead_joins_the_span() {
    let text = "Asked whether the festival should have gone ahead with storms forecast for \
                the evening, Nyberg told this newspaper that the forecast had been mild.";
    let quotes = attribution_quotes(text);
    assert!(
        quotes.iter().any(|q| q.starts_with("Asked whether")),
        "{quotes:?}"
    );
    // A lead that is no question stays out past the ten-word limit.
    let text = "Walking along the river with her two dogs on a cold and windy morning in \
                March, Nyberg told this newspaper that the forecast had been mild.";
    let quotes = attribution_quotes(text);
    assert!(
        quotes.iter().all(|q| !q.starts_with("Walking")),
        "{quotes:?}"
    );
}
