//! People as sources (session 22, the fifteenth fresh set seen): a named
//! person whose appositive makes them staff of a body the text named by its
//! kind speaks for that body ("X, the association's director of welfare",
//! "the company's chief executive, X,"), and a lawmaker an appositive
//! describes is the country's lawmakers whatever the party. Each
//! construction on sentences written for the test, with look-alikes that
//! keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn staff_of_a_body_named_by_its_head_noun_speak_for_it() {
    let text = "OSLO, May 2 — The Nordic Zoo Association (NZA) said on Monday that it \
                had opened a review of the transfer.\n\n\"The wolves were healthy,\" said \
                Dr Ana Holm, the association's director of animal welfare. She added \
                that the pens were small.\n\nThe association said it would decide in June.";
    assert_eq!(source(text, "Dr Ana Holm", 0), "NZA");
    assert_eq!(source(text, "She added", 0), "NZA");
    assert_eq!(source(text, "The association said", 0), "NZA");
    // Curly apostrophe, an accented name, the post before the verb.
    let text = "Eleven prints were withdrawn on Friday, the auction house, Maison \
                Verlaine, said.\n\nÉlodie Brun, the house’s head of Asian art, said \
                the prints had come from a private estate. Brun said the sale would \
                resume in spring.";
    assert_eq!(source(text, "Élodie Brun", 0), "Maison Verlaine");
    assert_eq!(source(text, "Brun said", 0), "Maison Verlaine");
}

#[test]
fn staff_of_a_body_described_by_its_noun_speak_for_it() {
    let text = "The freighter was sold for scrap, according to Harbour Watch, a \
                Hamburg-based group that tracks ships sent for demolition.\n\n\"It \
                should never have sailed,\" said Lena Ruiz, the group's policy officer. \
                Ruiz said the buyer had paid cash.";
    assert_eq!(source(text, "Lena Ruiz", 0), "Harbour Watch");
    assert_eq!(source(text, "Ruiz said", 0), "Harbour Watch");
}

#[test]
fn a_post_of_a_bureau_of_the_body_is_the_bodys() {
    let text = "The Coastal Customs Service (CCS) seized 40 crates on Monday. Ola Berg, \
                director of the service's investigation bureau, told a briefing that the \
                crates held machine parts.";
    assert_eq!(source(text, "Ola Berg", 0), "CCS");
}

#[test]
fn the_companys_staff_speak_for_the_latest_company() {
    let text = "The film was cut by forty seconds. The distributor, Pine Lake Pictures, \
                said it had appealed.\n\nAsked why, the company's chief executive, Mina \
                Cho, said the date had been sold. \"We kept the story,\" she said.";
    assert_eq!(source(text, "Mina Cho", 0), "Pine Lake Pictures");
    assert_eq!(source(text, "she said", 0), "Pine Lake Pictures");
}

#[test]
fn look_alikes_keep_their_source() {
    // No staff post: a member of a group is not its voice.
    let text = "The freighter was sold, according to Harbour Watch, a Hamburg-based \
                group that tracks ships.\n\nLena Ruiz, the group's youngest member, \
                said the buyer had paid cash.";
    assert_ne!(source(text, "Lena Ruiz", 0), "Harbour Watch");
    // A post held before is not the body's voice now.
    let text = "The Nordic Zoo Association (NZA) opened a review on Monday. Ana Holm, \
                the association's former director, said the pens were small.";
    assert_ne!(source(text, "Ana Holm", 0), "NZA");
}

#[test]
fn a_lawmaker_an_appositive_describes_is_the_countrys_lawmakers() {
    let text = "BERGEN, Norway, March 3 — The ferry will stop on Sunday. Kari Lie, a \
                Coastal Party lawmaker for Bergen, wrote on Facebook that the decision \
                was rushed.";
    assert_eq!(source(text, "Kari Lie", 0), "Norwegian lawmakers");
    let text = "TOKYO, May 2 — The boats were old. Jiro Ueda, a lawmaker of the ruling \
                Harbour Party, asked whether they had been used for smuggling. Ueda said \
                the coast guard had been slow.";
    assert_eq!(source(text, "Jiro Ueda", 0), "Japanese lawmakers");
    assert_eq!(source(text, "Ueda said", 0), "Japanese lawmakers");
    // An unnamed lawmaker of a named party keeps the party reading.
    let text = "TOKYO, May 2 — The budget passed. A Harbour Party lawmaker said the vote \
                was close.";
    assert_ne!(source(text, "lawmaker", 0), "Japanese lawmakers");
}
