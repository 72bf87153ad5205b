//! How a person's source follows from how a text describes them (session
//! 21, the fourteenth fresh set released): a named person with an age aside
//! before a small business they run speaks as a resident, a person whose
//! relative clause says they buy or sell speaks as the traders of the
//! country they trade in, traders placed in a large foreign city speak as
//! that country's traders, a named person of a research body the registry
//! lacks speaks as an expert, and unnamed specialists placed in a city as
//! analysts. Each on sentences written for the test, with look-alikes that
//! keep their source.

mod common;

use common::suggested::source_of;

#[test]
fn an_age_aside_before_a_small_business_is_a_resident() {
    let text = "Water was cut off for a day. Sofia Marek, 58, who runs a pharmacy by \
                the old bridge, said customers queued at dawn. She said the taps ran \
                again by noon.";
    assert_eq!(source_of(text, "Sofia Marek", 0), "residents");
    assert_eq!(source_of(text, "She said", 0), "residents");
    let text = "The ferry was cancelled. Diego Lopes, 31, who owns a cafe on the \
                pier, told reporters he had lost a week of trade.";
    assert_eq!(source_of(text, "Diego Lopes", 0), "residents");
    // An age before a body he runs is no small business.
    let text = "The port reopened. Arjun Rao, 63, who runs a shipping line, said the \
                delay cost millions.";
    assert_ne!(source_of(text, "Arjun Rao", 0), "residents");
}

#[test]
fn a_clause_of_trading_files_the_person_with_the_traders() {
    let text = "Squid catches fell this autumn. \"Prices are up by half,\" said Oleg \
                Petrov, who sells frozen fish to hotels in Osaka and has traded \
                there since 2011. Petrov said supplies would stay short.";
    assert_eq!(source_of(text, "said Oleg", 0), "Japanese traders");
    assert_eq!(source_of(text, "Petrov said", 0), "Japanese traders");
    let text = "DALIAN, China — Timber imports slowed. Wang Lei, who buys pine logs \
                for a furniture maker, said the customs checks took a week.";
    assert_eq!(source_of(text, "Wang Lei", 0), "Chinese traders");
    // Look-alike: a clause of teaching.
    let text = "Exports rose. Anna Holm, who teaches economics in Osaka, said the yen \
                helped.";
    assert_ne!(source_of(text, "Anna Holm", 0), "Japanese traders");
    // A South Korean market's trader is one of the South Korean traders
    // (fresh20 and fresh23 file them so; session 30).
    let text = "Rice prices rose. Han Ji-su, who sells rice in Busan, said the harvest \
                was poor.";
    assert_eq!(source_of(text, "Han Ji-su", 0), "South Korean traders");
}

#[test]
fn traders_placed_in_a_foreign_city_are_that_countrys() {
    let text = "Scrap steel prices doubled, traders in Shenzhen say. The price of copper \
                followed.";
    assert_eq!(source_of(text, "traders in Shenzhen", 0), "Chinese traders");
    let text = "The yen fell again. Two merchants in Kobe said buyers had vanished.";
    assert_eq!(source_of(text, "merchants in Kobe", 0), "Japanese traders");
    // A town the table lacks keeps the traders unnamed.
    let text = "Rice prices rose. A trader in Hyesan told the site that grain was short.";
    assert!(!source_of(text, "A trader in Hyesan", 0).ends_with("traders"));
}

#[test]
fn a_named_scholar_of_an_unlisted_research_body_is_an_expert() {
    let text = "Salmon stocks fell. Ingrid Sol of the Nordic Institute for Ocean Studies \
                estimated the loss at a fifth. She said quotas would be cut.";
    assert_eq!(source_of(text, "Ingrid Sol", 0), "experts");
    assert_eq!(source_of(text, "She said", 0), "experts");
    let text = "The bridge cracked. Pavel Dvorak of the Brno Technical University said \
                the steel was old.";
    assert_eq!(source_of(text, "Pavel Dvorak", 0), "experts");
    // A body's name with "of the" is no scholar.
    let text = "The Ministry of the Interior said the roads were closed.";
    assert_ne!(source_of(text, "Ministry of the Interior", 0), "experts");
}

#[test]
fn unnamed_specialists_placed_in_a_city_are_analysts() {
    let text = "The dam held. Flood specialists in Lyon said the river would crest on \
                Friday.";
    assert_eq!(source_of(text, "Flood specialists", 0), "some analysts");
    let text = "The dam held. Flood specialists said the river would crest on Friday.";
    assert_ne!(source_of(text, "Flood specialists", 0), "some analysts");
}

#[test]
fn a_described_person_who_teaches_or_trains_is_an_expert() {
    let text = "Two kayakers drowned. Marta Kowal, a former coast guard diver who trains \
                lifeguards for the Baltic Rescue League, said the currents were strong. \
                She said the beach had no flags.";
    assert_eq!(source_of(text, "Marta Kowal", 0), "experts");
    assert_eq!(source_of(text, "She said", 0), "experts");
    // A defector who studies is still a defector; a clause of a past deed
    // tells no field.
    let text = "The border stayed shut. Ri Song-ho, a defector who studies law in \
                Seoul, said his family had stopped calling.";
    assert_ne!(source_of(text, "Ri Song-ho", 0), "experts");
    let text = "The runway closed. Jonas Berg, a pilot who flew the route for years, \
                said the fog was unusual.";
    assert_ne!(source_of(text, "Jonas Berg", 0), "experts");
}
