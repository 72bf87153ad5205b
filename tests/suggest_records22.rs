//! Structured records (session 22): a verbatim record's roll ("Present:
//! Member Ana Ruiz (chair); for the Dock Union, Secretary Piet Smit") gives
//! each speaker label the body it speaks for, the host body of the record's
//! title for members listed without one, questions by members included; the
//! first person inside a labelled turn ("We dispute that", "Our divers
//! found", "In our view") is the turn's body; a Markdown table's "Source"
//! column is an attribution per row, its other cells sentences of their
//! own. Each on text written for this test, with near misses.

mod common;

use common::suggested::{attribution_quotes, builtin_on, has, source_of};
use marginalia::suggest::ATTRIBUTION;

const RECORD: &str = "Harbour Safety Board — verbatim record (extract)\n\n\
Present: Member Ana Ruiz (chair); Member Piet Smit; for the Dock Workers Union (DWU), Secretary Lena Vogt; for Nordhavn Shipping, Director Omar Diallo.\n\n\
RUIZ (chair): We open the hearing on the crane collapse of 3 March.\n\n\
VOGT (DWU): Thank you. Our divers found that the crane's base had cracked. We say the inspections were skipped. In our view the company knew.\n\n\
SMIT: Were the inspections skipped?\n\n\
DIALLO (Nordhavn Shipping): We dispute that any inspection was skipped. We do not say that.\n\n\
RUIZ: The board will rule on 9 March.\n";

#[test]
fn roll_members_speak_for_the_host_body_and_ask_for_it() {
    assert_eq!(source_of(RECORD, "RUIZ (chair)", 0), "Harbour Safety Board");
    assert_eq!(source_of(RECORD, "SMIT", 0), "Harbour Safety Board");
    assert_eq!(source_of(RECORD, "RUIZ", 1), "Harbour Safety Board");
    assert_eq!(source_of(RECORD, "DIALLO", 0), "Nordhavn Shipping");
}

#[test]
fn the_first_person_in_a_turn_is_the_turns_body() {
    assert_eq!(source_of(RECORD, "Our divers found", 0), "DWU");
    assert_eq!(source_of(RECORD, "We say", 0), "DWU");
    assert_eq!(source_of(RECORD, "In our view", 0), "DWU");
    assert_eq!(source_of(RECORD, "We dispute", 0), "Nordhavn Shipping");
    let quotes = attribution_quotes(RECORD);
    assert!(
        !quotes.iter().any(|q| q.contains("We do not say")),
        "{quotes:?}"
    );
    assert!(!quotes.iter().any(|q| q.contains("We open")), "{quotes:?}");
}

#[test]
fn without_a_roll_questions_and_bare_labels_stay_as_before() {
    let text = "Interview, 4 May\n\n\
HOST (Radio Nord): Will the port reopen?\n\n\
BERG (Port of Tromsø): We say it will reopen in June.\n\n\
LARS: Is that certain?\n";
    let quotes = attribution_quotes(text);
    assert!(!quotes.iter().any(|q| q.starts_with("HOST")), "{quotes:?}");
    assert!(!quotes.iter().any(|q| q.starts_with("LARS")), "{quotes:?}");
    assert_eq!(source_of(text, "We say", 0), "Port of Tromsø");
}

const TABLE: &str = "Storm day, source by source\n\n\
The storm reached the coast on Monday, the weather office said.\n\n\
| Time | Source | What was said |\n\
|---|---|---|\n\
| 05:10 | Norwegian Coastal Office (NCO), morning bulletin | Waves of 9 metres recorded off Bergen; ferries likely to stop by noon |\n\
| 06:30 | NCO pilot Kari Nygård, on NRK radio | \u{201c}We expect the worst in the afternoon\u{201d} |\n\
| 09:20 | Ålesund Harbour, on X | Twelve sailings cancelled |\n\n\
After the table, the office said the storm would pass.\n";

#[test]
fn a_tables_source_column_attributes_each_row() {
    let found = builtin_on(TABLE);
    let atts: Vec<(&str, &str)> = found
        .iter()
        .filter(|s| s.label == ATTRIBUTION)
        .map(|s| (s.quote.as_str(), s.source.as_deref().unwrap_or("")))
        .collect();
    assert!(
        atts.contains(&("Norwegian Coastal Office (NCO), morning bulletin", "NCO")),
        "{atts:?}"
    );
    assert!(
        atts.contains(&("NCO pilot Kari Nygård, on NRK radio", "NCO")),
        "{atts:?}"
    );
    assert!(
        atts.iter().any(|(q, _)| *q == "Ålesund Harbour, on X"),
        "{atts:?}"
    );
    // The header and the time cells are no one's words.
    assert!(
        !atts
            .iter()
            .any(|(q, _)| q.contains("Source") || q.contains("05:10"))
    );
    // The statement cell is a sentence of its own: no span runs across a bar.
    assert!(found.iter().all(|s| !s.quote.contains('|')), "{found:#?}");
    assert!(
        has(&found, "claim", "Twelve sailings cancelled"),
        "{found:#?}"
    );
}

#[test]
fn a_table_without_a_source_column_attributes_nothing() {
    let text = "Prices\n\n| Day | Port | Price |\n|---|---|---|\n| Monday | Bergen Harbour, quay 3 | 40 kroner |\n";
    let quotes = attribution_quotes(text);
    assert!(quotes.is_empty(), "{quotes:?}");
}
