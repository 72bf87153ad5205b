//! Whom a named person speaks for (session 14, the seventh fresh set seen):
//! analysts file a person under the group their role gives — a lawmaker
//! under the party named with them, else the country's lawmakers; a
//! minister under the country's officials; a relative under family members;
//! a former civilian official under former officials — and a pronoun after
//! that person under the same group. Each construction on sentences written
//! for the test, with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn a_lawmaker_without_a_party_is_the_datelines_lawmakers() {
    let text = "BERGEN, Norway, March 3 — \"The fleet is too old,\" opposition lawmaker \
                Ola Berg said on Monday. Berg added that repairs were late.";
    assert_eq!(source(text, "Ola Berg said", 0), "Norwegian lawmakers");
    assert_eq!(source(text, "Berg added", 0), "Norwegian lawmakers");
    let text = "TOKYO, May 2 — The budget will rise, Committee chair Taro \
                Ueda said on Friday.";
    assert_eq!(source(text, "Ueda said", 0), "Japanese lawmakers");
    // A lawmaker the appositive describes, party and all, is the country's
    // lawmakers (session 22: three such lawmakers in fresh7 and fresh15,
    // none filed under the party).
    let text = "BERGEN, Norway, March 3 — Taxes must fall, Kari Lie, a committee member \
                from the opposition Coastal Party, said on Monday.";
    assert_eq!(source(text, "Kari Lie", 0), "Norwegian lawmakers");
    // No dateline and no nationality: the name is left for the analyst.
    let text = "Taxes must fall, opposition lawmaker Ola Berg said on Monday.";
    assert_ne!(source(text, "Ola Berg said", 0), "Norwegian lawmakers");
}

#[test]
fn a_minister_is_the_countrys_officials_and_so_is_his_pronoun() {
    let text = "TOKYO, May 2 — Fisheries Minister Jiro Sato told reporters that \
                the catch had fallen. He said prices would rise. Sato added \
                that imports were up.";
    assert_eq!(source(text, "Jiro Sato told", 0), "Japanese officials");
    assert_eq!(source(text, "He said", 0), "Japanese officials");
    assert_eq!(source(text, "Sato added", 0), "Japanese officials");
    // A minister a clause mentions is not the name after it.
    let text = "TOKYO, May 2 — The minister met Jiro Sato, who said the catch \
                had fallen. Sato said prices would rise.";
    assert_ne!(source(text, "Sato said", 0), "Japanese officials");
}

#[test]
fn a_relative_is_family_members() {
    let text = "The singer died on Sunday, her son, Lars Holm, said. \
                Mr. Holm said the funeral would be private.";
    assert_eq!(source(text, "Mr. Holm said", 0), "family members");
    // "son" without an owner is no relative.
    let text = "The singer was a favourite son Lars Holm of the town. \
                Mr. Holm said the funeral would be private.";
    assert_ne!(source(text, "Mr. Holm said", 0), "family members");
}

#[test]
fn a_head_of_states_office_is_the_presidential_office() {
    let text = "The security council met for an hour, President Moreau's \
                office said.";
    assert_eq!(source(text, "office said", 0), "presidential office");
}

#[test]
fn a_former_civilian_official_is_former_officials_a_former_officer_an_expert() {
    let text = "The count is low, said Eva Lund, a former analyst at the \
                country's intelligence service. She said more had died.";
    assert_eq!(source(text, "Eva Lund", 0), "former officials");
    assert_eq!(source(text, "She said", 0), "former officials");
    let text = "Talks will fail, said Per Dahl, a former deputy foreign \
                minister. Dahl added that the envoy was new.";
    assert_eq!(source(text, "Per Dahl", 0), "former officials");
    assert_eq!(source(text, "Dahl added", 0), "former officials");
    // A former officer speaks as an expert, as before.
    let text = "The drones flew low, said Nils Ek, a former air force colonel.";
    assert_eq!(source(text, "Nils Ek", 0), "experts");
    // A former analyst at a bank is no official.
    let text = "The won will fall, said Eva Lund, a former analyst at a \
                private bank.";
    assert_ne!(source(text, "Eva Lund", 0), "former officials");
}

#[test]
fn a_pronoun_after_a_possessive_mention_stays_with_the_speaker() {
    let text = "Aid should go to families, said Ida Berg, a researcher at a \
                university. Tor Vik, who fled the North in 2015, argued \
                against Berg's plan. \"The money is wasted,\" he said.";
    assert_eq!(source(text, "he said", 0), "defectors");
}

#[test]
fn traders_under_a_foreign_dateline_are_that_countrys_traders() {
    let text = "HANOI, Vietnam, June 9 — Rice exports rose in May. Two other \
                traders said payments were late.";
    assert_eq!(source(text, "traders said", 0), "Vietnamese traders");
    // A trader placed in a city stays an unnamed source.
    let text = "HANOI, Vietnam, June 9 — Rice exports rose in May. A trader in \
                Haiphong said payments were late.";
    assert_eq!(source(text, "trader in", 0), "unnamed sources");
    // Without a dateline, too.
    let text = "Rice exports rose in May. Two other traders said payments were late.";
    assert_eq!(source(text, "traders said", 0), "unnamed sources");
}

#[test]
fn an_outlets_description_opening_a_sentence_is_left_out() {
    let text = "Public broadcaster ORF reported that the pass was closed.";
    assert_eq!(source(text, "ORF", 0), "ORF");
    let text = "Regional daily Nordlys Tidende reported that the pass was closed.";
    assert_eq!(source(text, "Nordlys", 0), "Nordlys Tidende");
    // Not a media noun: the words stay.
    let text = "Foreign ministry spokesperson Ann Lie said the pass was closed.";
    assert_ne!(source(text, "Ann Lie", 0), "Ann Lie");
}
