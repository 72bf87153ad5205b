//! Bodies and places as sources (session 22): a province's or a city's
//! government, bureau or police speak for the country's officials or
//! police; a secretariat for the body it serves; a customs administration
//! for the country's customs; a ministry named earlier that the registry
//! lacks for the country's officials; "a commission official" for the
//! commission named before; state television the text never names as a
//! channel is state media. Each on sentences written for this test, with
//! look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the first attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str) -> String {
    source_of(text, needle, 0)
}

#[test]
fn a_regions_government_and_a_citys_bureau_are_the_countrys_officials() {
    let text = "Flights resumed on Monday. Primorye's regional government said in a \
                Telegram post that 300 tourists had left.";
    assert_eq!(
        source(text, "Primorye's regional government said"),
        "Russian officials"
    );
    let text = "Trade picked up. Dalian’s port bureau said by phone that 12 ships had \
                docked.";
    assert_eq!(
        source(text, "Dalian’s port bureau said"),
        "Chinese officials"
    );
    let text = "Seizures rose. The customs office in Dandong said on its WeChat \
                account that 40 crates had been held.";
    assert_eq!(
        source(text, "The customs office in Dandong said"),
        "Chinese officials"
    );
}

#[test]
fn a_place_the_tables_do_not_know_keeps_its_name() {
    let text = "Tarnwick's regional government said roads were shut.";
    assert_ne!(
        source(text, "Tarnwick's regional government said"),
        "Russian officials"
    );
    // A company's office in a known city is the company's.
    let text = "Harbour Lines' office in Dalian said the ferry was late.";
    assert_ne!(
        source(text, "Harbour Lines' office in Dalian said"),
        "Chinese officials"
    );
}

#[test]
fn a_regions_police_are_the_countrys_police() {
    let text = "Gyeonggi police said two men had been held. A police spokesperson, \
                Sergeant Oh Ji-ho, told reporters the van was found near 🚓 Paju.";
    assert_eq!(source(text, "Gyeonggi police said"), "South Korean police");
    assert_eq!(source(text, "A police spokesperson"), "South Korean police");
}

#[test]
fn a_secretariat_speaks_for_its_body() {
    let text = "The IWC Secretariat said in an email that the hunt was not licensed. \
                It said no permit had been filed.";
    assert_eq!(source(text, "The IWC Secretariat said"), "IWC");
    assert_eq!(source(text, "It said"), "IWC");
}

#[test]
fn a_customs_administration_is_the_countrys_customs() {
    let text = "Exports of coal fell, figures from China's General Administration of \
                Customs show.";
    assert_eq!(
        source(text, "figures from China's General Administration"),
        "Chinese customs"
    );
    // Another of the country's bodies stays its officials.
    let text = "Exports of coal fell, China's commerce ministry said.";
    assert_eq!(
        source(text, "China's commerce ministry said"),
        "Chinese officials"
    );
}

#[test]
fn a_ministry_named_earlier_that_the_registry_lacks_is_its_countrys_officials() {
    let text = "The sale was approved by Japan's Ministry of the Environment, the zoo \
                said. A ministry spokesperson told NHK that all permits had been issued.";
    assert_eq!(
        source(text, "A ministry spokesperson told"),
        "Japanese officials"
    );
}

#[test]
fn a_commission_official_speaks_for_the_commission_named_before() {
    let text = "The Harbour Broadcasting Commission (HBC) said it had 90 complaints. \
                A commission official said the case would be heard in May.";
    assert_eq!(source(text, "A commission official said"), "HBC");
}

#[test]
fn state_television_is_state_media_unless_the_text_names_the_channel() {
    let text = "State television showed the leader at the launch site.";
    assert_eq!(source(text, "State television showed"), "state media");
    let text = "KCTV aired the parade at 8 p.m. State television showed the leader \
                waving.";
    assert_eq!(source(text, "State television showed"), "KCTV");
}

#[test]
fn a_bare_local_government_is_the_country_of_the_place_named_before() {
    let text = "A choir from Russia's Khabarovsk region sang at the opening. The \
                regional government said on Telegram that 40 singers had travelled.";
    assert_eq!(
        source(text, "regional government said"),
        "Russian officials"
    );
    let text = "Cheorwon County said in a post that the river had risen. The county \
                wrote that campers should leave by 22:00 🏕️.";
    assert_eq!(
        source(text, "Cheorwon County said"),
        "South Korean officials"
    );
    assert_eq!(source(text, "The county wrote"), "South Korean officials");
}
