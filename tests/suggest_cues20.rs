//! Attribution cues of session 20: the long form of a transcript's speaker
//! label (a name or role in capitals, a bracket saying who the speaker
//! is, a colon), and the short labels after it. Sentences written for the
//! test, with look-alikes (questions, headings) that must stay unmarked.

mod common;

use common::suggested::{attribution_quotes, source_of};

#[test]
fn a_bracketed_label_speaks_for_the_body_in_its_bracket() {
    let text = "Rowing federation briefing\n\nThe federation met the press on Sunday.\n\n\
                CHAIR (Ines Varga, Danube Regatta media officer): The course is ready.\n\n\
                JOURNALIST (Nova TV): Will the final be moved?\n\n\
                TOTH GABOR (HRF head coach): Our crew trained here for a week.\n\n\
                VARGA: The final stays on Saturday.\n\n\
                TOTH: The water was calm this morning.\n";
    let quotes = attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .any(|q| q == "CHAIR (Ines Varga, Danube Regatta media officer)"),
        "{quotes:?}"
    );
    assert_eq!(source_of(text, "CHAIR (", 0), "Danube Regatta");
    assert_eq!(source_of(text, "TOTH GABOR (", 0), "HRF");
    // The short labels repeat a word of the intro: its name or its label.
    assert_eq!(source_of(text, "VARGA", 0), "Danube Regatta");
    assert_eq!(source_of(text, "TOTH", 1), "HRF");
    // A journalist's question is not an attribution.
    assert!(
        !quotes.iter().any(|q| q.starts_with("JOURNALIST")),
        "{quotes:?}"
    );
}

#[test]
fn a_host_with_a_bracket_of_a_name_alone_speaks_for_that_name() {
    let text = "Evening panel, lightly edited.\n\n\
                HOST (Mette Holm): Tonight we look at the ferry strike.\n\n\
                GUEST (Tallinn Port Authority, spokesman): Ships are waiting outside.\n\n\
                HOLM: How long will they wait?\n\n\
                GUEST: Two days at least.\n";
    assert_eq!(source_of(text, "HOST (", 0), "Mette Holm");
    // A bracket whose last part is a role: its first part is the body.
    assert_eq!(source_of(text, "GUEST (", 0), "Tallinn Port Authority");
    assert_eq!(source_of(text, "GUEST", 1), "Tallinn Port Authority");
    // The host's question is no attribution.
    let quotes = attribution_quotes(text);
    assert!(!quotes.iter().any(|q| q == "HOLM"), "{quotes:?}");
}

#[test]
fn headings_and_unknown_short_labels_are_not_speakers() {
    let text = "Shipping log, annotated.\n\n\
                PORT LOG (all times CET, Mar. 4): two ferries stayed in harbour.\n\n\
                VERDICT: Mostly false.\n\n\
                RATING: Half true.\n";
    let quotes = attribution_quotes(text);
    assert!(
        !quotes.iter().any(|q| q.starts_with("PORT LOG")),
        "{quotes:?}"
    );
    assert!(
        !quotes.iter().any(|q| q == "VERDICT" || q == "RATING"),
        "{quotes:?}"
    );
}

#[test]
fn an_auxiliary_after_an_inserted_phrase_keeps_the_subject() {
    let text = "VIENNA, Mar. 2 — Fraud rose. Interpol, in a notice to its members last \
                year, had cautioned that card fraud was spreading. The league, in its \
                yearly report, has long argued that the rules are weak. Europol, in a \
                briefing with Dutch police in May, had also warned that the ring was \
                large.";
    let quotes = attribution_quotes(text);
    for q in [
        "Interpol, in a notice to its members last year, had cautioned",
        "The league, in its yearly report, has long argued",
        "Europol, in a briefing with Dutch police in May, had also warned",
    ] {
        assert!(quotes.iter().any(|x| x == q), "{q}: {quotes:?}");
    }
    // No inserted phrase before the comma: "had" opens a clause of its own.
    let text = "VIENNA, Mar. 2 — When the checks ended, had anyone warned the banks? \
                Nobody knows.";
    let quotes = attribution_quotes(text);
    assert!(
        !quotes.iter().any(|q| q.contains("had anyone")),
        "{quotes:?}"
    );
}

#[test]
fn a_reporters_question_before_the_speaker_joins_the_span() {
    let text = "LIMA, Jun. 8 — The port reopened. Asked where the cargo had gone, Ruiz \
                said it was in a bonded warehouse. Pressed on why the cranes stopped, \
                the harbour master said the power failed. Questioned about the delay, \
                a customs officer said nothing was missing.";
    let quotes = attribution_quotes(text);
    for q in [
        "Asked where the cargo had gone, Ruiz said",
        "the harbour master said",
        "Questioned about the delay, a customs officer said",
    ] {
        assert!(
            quotes.iter().any(|x| x.ends_with(q) || x == q),
            "{q}: {quotes:?}"
        );
    }
    // A question word after another participle is no reporter's question.
    let text = "LIMA, Jun. 8 — The port reopened. Knowing how the cranes worked, Ruiz \
                said the power failed.";
    let quotes = attribution_quotes(text);
    assert!(
        !quotes.iter().any(|q| q.starts_with("Knowing")),
        "{quotes:?}"
    );
}

#[test]
fn a_plain_speaker_may_note_stress_or_concede() {
    let text = "OSLO, Sep. 1 — The budget passed. The treasurer noted that the reserve \
                was thin. A fisherman stressed that the quota had fallen. The mayor's \
                deputy conceded that the count was late.";
    let quotes = attribution_quotes(text);
    for q in [
        "The treasurer noted",
        "A fisherman stressed",
        "The mayor's deputy conceded",
    ] {
        assert!(quotes.iter().any(|x| x == q), "{q}: {quotes:?}");
    }
    // A thing that is noted: no speaker.
    let text = "OSLO, Sep. 1 — The budget passed. The change, as noted above, was small.";
    let quotes = attribution_quotes(text);
    assert!(quotes.is_empty(), "{quotes:?}");
}

#[test]
fn a_subject_of_two_plain_groups_joined_by_and_is_one_span() {
    let text = "NAIROBI, May 3 — The rains failed. Farm workers and economists said the \
                harvest would be poor. Three traders in Mombasa and one in Kisumu told us \
                maize prices had doubled.";
    let quotes = attribution_quotes(text);
    for q in [
        "Farm workers and economists said",
        "Three traders in Mombasa and one in Kisumu told us",
    ] {
        assert!(quotes.iter().any(|x| x == q), "{q}: {quotes:?}");
    }
    // A clause of its own before "and": the speaker alone.
    let text = "NAIROBI, May 3 — Maize prices rose and economists said the rains had \
                failed.";
    let quotes = attribution_quotes(text);
    assert!(quotes.iter().any(|x| x == "economists said"), "{quotes:?}");
}
