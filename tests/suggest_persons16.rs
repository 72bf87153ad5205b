//! Whom a person speaks for (session 16, the ninth fresh set released): an
//! official who left a government body speaks as one of the former
//! officials, a member of a parliament by its name as the country's
//! lawmakers, a visitor by nationality as that country's tourists. Each
//! construction on sentences written for the test, with look-alikes that
//! keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn an_official_who_left_a_government_body_is_a_former_official() {
    let text = "WASHINGTON, Feb. 3 — Talks stalled. Maria Lindgren, a former U.S. deputy \
                envoy for North Korea, joined the panel. Lindgren, who left the Treasury \
                Department in 2021, said the sanctions still bit. She added that the \
                channel was open. Lindgren said the envoys met twice.";
    assert_eq!(source(text, "who left", 0), "former officials");
    assert_eq!(source(text, "She added", 0), "former officials");
    assert_eq!(source(text, "Lindgren said", 0), "former officials");
    // Left a city, not a post: a defector; a serving official keeps the body.
    let text = "SEOUL, Feb. 3 — Prices rose. A defector who left the city in 2019 said \
                rice was scarce.";
    assert_eq!(source(text, "who left the city", 0), "defectors");
    let text = "WASHINGTON, Feb. 3 — Talks stalled. A State Department spokesperson said \
                the channel was open.";
    assert_eq!(source(text, "spokesperson said", 0), "US officials");
}

#[test]
fn a_member_of_a_parliament_by_its_name_is_a_lawmaker() {
    let text = "SEOUL, Apr. 9 — The memo leaked. Choi Yu-ri, an opposition member of the \
                National Assembly's defence committee, said the ministry had known.";
    assert_eq!(source(text, "Choi Yu-ri", 0), "South Korean lawmakers");
    // A member of another body is no lawmaker.
    let text = "SEOUL, Apr. 9 — The memo leaked. Choi Yu-ri, a member of the hacking \
                group's support team, said the ministry had known.";
    assert_ne!(source(text, "Choi Yu-ri", 0), "South Korean lawmakers");
}

#[test]
fn a_visitor_speaks_as_the_countrys_tourists() {
    let text = "BEIJING, Jul. 1 — The resort reopened. A German visitor who stayed two \
                nights told us the beach was empty. A German official said the advice \
                had not changed.";
    assert_eq!(source(text, "German visitor", 0), "German tourists");
    assert_eq!(source(text, "German official", 0), "German officials");
}

#[test]
fn a_director_introduced_after_its_speaks_for_the_body_later() {
    let text = "OSLO, Mar. 2 — Prices rose. The Nordic Grain Monitoring Network said in \
                its survey that wheat cost more. Its director, Siri Dahl, told reporters \
                that stocks were low. \"We have never seen this,\" Dahl said.";
    let body = source(text, "Its director", 0);
    assert_eq!(source(text, "Dahl said", 0), body);
    assert_ne!(body, "Dahl");
    // A surname no earlier attribution introduced stays as it is.
    let text = "OSLO, Mar. 2 — Prices rose. \"We have never seen this,\" Dahl said.";
    assert_eq!(source(text, "Dahl said", 0), "Dahl");
}

#[test]
fn a_head_by_title_speaks_for_the_body_just_quoted() {
    let text = "BERGEN, Jun. 4 — A trawler fled. The NCG said in a statement that the \
                crew refused to stop. Commissioner Ola Berg told reporters that the \
                video was clear. \"Nobody fired,\" Berg said.";
    assert_eq!(source(text, "Commissioner Ola Berg", 0), "NCG");
    assert_eq!(source(text, "Berg said", 0), "NCG");
    // After experts, no body: the head keeps a name of their own.
    let text = "BERGEN, Jun. 4 — A trawler fled. Some experts said the crew refused to \
                stop. Commissioner Ola Berg told reporters that the video was clear.";
    assert_ne!(source(text, "Commissioner Ola Berg", 0), "experts");
}

#[test]
fn a_transcripts_speaker_label_is_the_person_quoted_before() {
    let text = "Summary of Monday's show. Host Ana Silva spoke with Piet Maas.\n\n\
                Maas, who left the Foreign Ministry in 2020, said the talks were \
                stuck.\n\nSILVA: Will they resume?\n\nMAAS: I doubt it. The envoys \
                have not met since May.\n";
    let found = common::suggested::attribution_quotes(text);
    assert!(found.iter().any(|q| q == "MAAS"), "{found:?}");
    assert_eq!(source(text, "MAAS", 0), "former officials");
    // The host was never quoted: no attribution.
    assert!(!found.iter().any(|q| q == "SILVA"), "{found:?}");
}

#[test]
fn a_described_person_who_disagrees_or_offers_a_view_is_a_source() {
    let text = "LUND, Oct. 8 — The panel split. Mara Holt, a historian at Lund \
                University, disagreed. She said the slogans had changed before. A former \
                deputy foreign minister, Ivo Lind, offered a cautious view. He said the \
                talks would resume.";
    let quotes = common::suggested::attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .any(|q| q == "Mara Holt, a historian at Lund University, disagreed"),
        "{quotes:?}"
    );
    assert_eq!(source(text, "Mara Holt", 0), "experts");
    assert_eq!(
        source(text, "offered a cautious view", 0),
        "former officials"
    );
    assert_eq!(source(text, "He said", 0), "former officials");
    // A deed, not a view; a body, not a described person.
    let text = "LUND, Oct. 8 — The panel split. Ivo Lind, a former deputy foreign \
                minister, offered to resign. The ministry, a small office, offered a \
                cautious view.";
    let quotes = common::suggested::attribution_quotes(text);
    assert!(!quotes.iter().any(|q| q.contains("offered")), "{quotes:?}");
}
