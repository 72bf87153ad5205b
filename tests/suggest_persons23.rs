//! People as sources (session 23, the sixteenth fresh set seen): a person
//! whose appositive is a state post *of* a country speaks for that country's
//! officials; a state's formal name ("the Republic of Korea", "the
//! Democratic People's Republic of Korea") is its officials; and a body's
//! name read as a source ("a Council official") is no person a later "he"
//! or "she" stands for. Each construction on sentences written for the
//! test, with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn a_state_post_of_a_country_is_its_officials() {
    // Accented name, the post capitalised without a determiner.
    let text = "The council met on Tuesday to discuss the strike.\n\nÉlise Moreau, \
                Deputy Permanent Representative of Belgium, said the strike had \
                breached two resolutions. She said Brussels would table a statement.";
    assert_eq!(source(text, "Élise Moreau", 0), "Belgian officials");
    assert_eq!(source(text, "She said", 0), "Belgian officials");
    // The post with a determiner, the country with "the".
    let text = "Talks resumed in Geneva on Friday.\n\nLars Øberg, the ambassador of \
                the Netherlands, said the talks had stalled over inspections.";
    assert_eq!(source(text, "Lars Øberg", 0), "Dutch officials");
}

#[test]
fn an_envoy_to_a_country_or_a_former_one_is_not_its_officials() {
    // "to" names the host, not the state the envoy speaks for.
    let text = "Talks resumed in Geneva on Friday.\n\nLars Øberg, Ambassador to \
                Norway, said the talks had stalled over inspections.";
    assert_ne!(source(text, "Lars Øberg", 0), "Norwegian officials");
    let text = "Talks resumed in Geneva on Friday.\n\nLars Øberg, a former \
                Ambassador of Norway, said the talks had stalled over inspections.";
    assert_ne!(source(text, "Lars Øberg", 0), "Norwegian officials");
    // A post of no country: a subject, not a state.
    let text = "Talks resumed in Geneva on Friday.\n\nLars Øberg, Professor of \
                Nordic History, said the talks had stalled over inspections.";
    assert_ne!(source(text, "Lars Øberg", 0), "Norwegian officials");
}

#[test]
fn a_states_formal_name_is_its_officials() {
    let text = "The council met at the request of three members.\n\nThe \
                representative of the Republic of Korea said the launch had been \
                tracked from the start. He said radar had followed it for an hour.\n\n\
                The representative of the Democratic People’s Republic of Korea said \
                the test had been routine. The council, he said, had no say in it.";
    assert_eq!(
        source(text, "representative of the Republic", 0),
        "South Korean officials"
    );
    assert_eq!(source(text, "He said", 0), "South Korean officials");
    assert_eq!(
        source(text, "Democratic People’s Republic", 0),
        "North Korean officials"
    );
    assert_eq!(source(text, "he said", 0), "North Korean officials");
}

#[test]
fn a_pronoun_after_a_bodys_name_keeps_the_person_before() {
    // "the Council" read as a source elsewhere is no person "she" is.
    let text = "Diplomats and analysts who follow the Council said no statement was \
                likely, according to a Council official.\n\nThe representative of Japan said the boats had been close. \
                The Council had met twice. She said 🚀 tests were likely to go on.";
    assert_eq!(source(text, "She said", 0), "Japanese officials");
}

#[test]
fn a_person_seated_on_a_committee_is_the_countrys_lawmakers() {
    let text = "OTTAWA, Canada, May 2 — The ministry published its answer on Monday.\n\n\
                Marchetti, who sits on the Foreign Affairs Committee and has asked \
                about the ships twice, said on Thursday that the answer was thin. \
                She said she would ask again.";
    assert_eq!(source(text, "Marchetti, who sits", 0), "Canadian lawmakers");
    assert_eq!(source(text, "She said", 0), "Canadian lawmakers");
    // No dateline: the parliament the opening names gives the country.
    let text = "Written question\n\nThe House of Commons published the answer on \
                Monday.\n\nMarchetti, who sits on the Foreign Affairs Committee, said \
                the answer was thin. She added that she would ask again.";
    assert_eq!(source(text, "Marchetti, who sits", 0), "British lawmakers");
    assert_eq!(source(text, "She added", 0), "British lawmakers");
    // Korean name, curly quotes around the quote.
    let text = "SEOUL, May 2 — The bill passed its first reading.\n\n“It is too \
                late,” said Park Ji-won, who chairs the defence committee.";
    assert_eq!(source(text, "Park Ji-won", 0), "South Korean lawmakers");
}

#[test]
fn a_seat_on_a_board_or_a_clubs_committee_is_no_lawmaker() {
    let text = "OTTAWA, Canada, May 2 — The club published its accounts on Monday.\n\n\
                Marchetti, who sits on the club's board, said on Thursday that the \
                accounts were thin.";
    assert_ne!(source(text, "Marchetti", 0), "Canadian lawmakers");
    let text = "OTTAWA, Canada, May 2 — The games opened on Monday.\n\nMarchetti, who chairs \
                the organising committee, said on Thursday that tickets had sold out.";
    assert_ne!(source(text, "Marchetti", 0), "Canadian lawmakers");
}

#[test]
fn a_kind_of_people_where_they_are_is_the_kind() {
    let text = "The boat drifted ashore on Sunday.\n\nOther fishermen at the Sado harbour \
                said the hull had been empty for weeks.\n\nFreight brokers in Busan said \
                the route had been quiet.";
    assert_eq!(source(text, "Other fishermen", 0), "fishermen");
    assert_eq!(source(text, "Freight brokers", 0), "some analysts");
    // A nationality inside the kind is no plain kind.
    let text = "The boat drifted ashore on Sunday.\n\nThe ministry said it was \
                checking.\n\nJapanese diners in Osaka said the fish had tasted fine.";
    assert_ne!(source(text, "Osaka", 0), "diners");
}
