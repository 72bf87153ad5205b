//! Cues the rules did not see (session 15): a speaker named by a plain noun
//! phrase ("Several visiting cyclists said", "A clerk at a Lima bank told me
//! by phone", "A cook, who …, said"), two relative clauses before the cue ("A
//! nurse who …, and who …, told"), an acronym that is also a pronoun ("WHO
//! says"), a firm in a headline, the survey named before ("the survey also
//! found"), a source word's data ("customs data showed"), a news agency that
//! carried a text, a firm that attributed an attack. Each on sentences
//! written for the test, with look-alikes that must not change.

mod common;

use common::suggested::{attribution_quotes, attribution_sources, expect, no_attribution_holds};
use marginalia::suggest::ATTRIBUTION;

#[test]
fn a_plain_speaker_opens_the_clause() {
    expect(
        "Several visiting cyclists said they were told to stay in the hotel.",
        ATTRIBUTION,
        "Several visiting cyclists said",
    );
    expect(
        "Fares rose again in May, a clerk at a Lima bank said.",
        ATTRIBUTION,
        "a clerk at a Lima bank said",
    );
    expect(
        "A nurse at a Quito clinic told me by phone that beds were short.",
        ATTRIBUTION,
        "A nurse at a Quito clinic told me by phone",
    );
    expect(
        "A popular Bolivian fishing blogger wrote on Facebook that the lake was dry.",
        ATTRIBUTION,
        "A popular Bolivian fishing blogger wrote on Facebook",
    );
    // A clause with a verb of its own, a pronoun or a thing is no speaker.
    no_attribution_holds("The price rose and the buyers said nothing.", "said");
    no_attribution_holds("In the end the crowd said nothing at all.", "said");
    no_attribution_holds("The tests showed no trace of lead.", "showed");
    no_attribution_holds("The more he said, the less we knew.", "said");
    no_attribution_holds("A year ago the film was banned.", "banned");
}

#[test]
fn a_plain_speaker_before_an_appositive() {
    expect(
        "A cook, who did not want her name used, said the kitchen was closed.",
        ATTRIBUTION,
        "A cook, who did not want her name used, said",
    );
    expect(
        "A waiter, asked where he was from, said he had come from Cusco.",
        ATTRIBUTION,
        "A waiter, asked where he was from, said",
    );
    // The appositive of a thing before a deed is no attribution.
    no_attribution_holds("The bridge, built in 1990, carried trucks.", "carried");
}

#[test]
fn one_of_a_group_named_before() {
    let text = "Two people familiar with the talks said they failed. \
                One of them, who has worked there for years, said the deal was dead.";
    let q = attribution_quotes(text);
    assert!(
        q.iter()
            .any(|q| q == "One of them, who has worked there for years, said"),
        "{q:?}"
    );
    let s = attribution_sources(text);
    assert!(s.iter().all(|s| !s.contains("them")), "{s:?}");
}

#[test]
fn two_relative_clauses_before_the_cue() {
    expect(
        "A nurse who said she had worked in Tacna until 2020, and who now lives in Lima, told this newspaper that the ward was full.",
        ATTRIBUTION,
        "A nurse who said she had worked in Tacna until 2020, and who now lives in Lima, told this newspaper",
    );
    expect(
        "A porter who loads the trucks, and who gave only his first name, Luis, told me the gate was shut.",
        ATTRIBUTION,
        "A porter who loads the trucks, and who gave only his first name, Luis, told me",
    );
    // A relative clause of a thing, then a plain verb: no attribution.
    no_attribution_holds(
        "The dam that burst in May, and which flooded the valley, said nothing of its builders.",
        "dam",
    );
}

#[test]
fn an_acronym_that_is_also_a_pronoun() {
    expect(
        "Vaccines reach the island for the first time in a year, WHO says",
        ATTRIBUTION,
        "WHO says",
    );
    expect(
        "Stocks are low, the WHO warned on Monday.",
        ATTRIBUTION,
        "the WHO warned on Monday",
    );
    // The pronoun itself names no one.
    no_attribution_holds("Those who said so were wrong.", "who said");
}

#[test]
fn a_firm_in_a_headline() {
    expect(
        "Fake invoices carried a virus, security firm says",
        ATTRIBUTION,
        "security firm says",
    );
    expect(
        "The firm attributed the theft to a group in Minsk.",
        ATTRIBUTION,
        "The firm attributed",
    );
    no_attribution_holds("The rise was attributed to the weather.", "attributed");
}

#[test]
fn the_survey_named_before() {
    let text = "The Lima Polling Institute said on Friday that support fell to 40%. \
                Among people under thirty, the survey found that few cared. \
                The survey also found that older voters were split.";
    let q = attribution_quotes(text);
    assert!(q.iter().any(|q| q == "the survey found"), "{q:?}");
    assert!(q.iter().any(|q| q == "The survey also found"), "{q:?}");
    let s = attribution_sources(text);
    assert!(s.iter().all(|s| s != "survey"), "{s:?}");
    // A survey's plain deed is no finding.
    no_attribution_holds("The survey ran for two weeks in May.", "survey");
}

#[test]
fn a_source_word_s_data_and_a_carried_text() {
    expect(
        "Exports of copper fell by half, Peruvian customs data showed.",
        ATTRIBUTION,
        "Peruvian customs data showed",
    );
    expect(
        "AFP carried a long commentary on the floods.",
        ATTRIBUTION,
        "AFP carried",
    );
    no_attribution_holds("The truck carried 20 tonnes of rice.", "carried");
    no_attribution_holds("The old data showed nothing.", "data");
}

#[test]
fn a_long_appositive_with_a_relative_clause() {
    expect(
        "Ana Berg, a historian who studies Andean river trade in the colonial era at the University of Lima, said the maps were fakes.",
        ATTRIBUTION,
        "Ana Berg, a historian who studies Andean river trade in the colonial era at the University of Lima, said",
    );
    expect(
        "The Clear Water Trust, a Chile-registered charity that ran 14 wells in Bolivian villages until 2021, said it had left.",
        ATTRIBUTION,
        "The Clear Water Trust, a Chile-registered charity that ran 14 wells in Bolivian villages until 2021, said",
    );
}

#[test]
fn a_possessive_before_the_speaker() {
    let text = "The Andes Institute said prices rose. \
                Its director, Rosa Lema, said in a radio interview that few cared.";
    let q = attribution_quotes(text);
    assert!(
        q.iter()
            .any(|q| q == "Its director, Rosa Lema, said in a radio interview"),
        "{q:?}"
    );
    expect(
        "Lima Tours' manager, Carlos Soto, said the trips were safe.",
        ATTRIBUTION,
        "Lima Tours' manager, Carlos Soto, said",
    );
    // The body whose manager speaks is the source.
    let s = attribution_sources("Lima Tours' manager, Carlos Soto, said the trips were safe.");
    assert!(s.iter().any(|s| s == "Lima Tours"), "{s:?}");
    let text = "The Clear Water Trust said it had left. \
                The trust's medical director, Ana Vega, told this newspaper the wells were dry.";
    let s = attribution_sources(text);
    assert!(s.iter().all(|s| !s.contains("director")), "{s:?}");
    // A clause before the speaker is no part of it.
    expect(
        "Its shares fell by half, the firm said.",
        ATTRIBUTION,
        "the firm said",
    );
    no_attribution_holds("Its shares fell by half, the firm said.", "shares");
}

#[test]
fn a_post_a_blog_and_a_titled_report() {
    let text = "Kestrel Labs said in a blog post on Monday that the code was stolen. \
                Per the post, the files held a virus. According to the blog, two banks were hit.";
    let q = attribution_quotes(text);
    assert!(q.iter().any(|q| q == "Per the post"), "{q:?}");
    assert!(q.iter().any(|q| q == "According to the blog"), "{q:?}");
    expect(
        "Wells were dry, according to the agency's latest Andean Water Report.",
        ATTRIBUTION,
        "according to the agency's latest Andean Water Report",
    );
}

#[test]
fn saying_with_a_bare_clause() {
    let text = "Soto rejected the charge, saying most of the fees went to hotels.";
    let q = attribution_quotes(text);
    assert!(q.iter().any(|q| q.contains("saying")), "{q:?}");
    no_attribution_holds("The crowd left the square, saying nothing.", "saying");
    no_attribution_holds("The band played on, saying goodbye was hard.", "saying");
}

#[test]
fn a_relative_and_a_second_post() {
    let text = "The Lima police said the woman died on Monday. Her son said she had been ill.";
    let s = attribution_sources(text);
    assert!(s.iter().any(|s| s == "family members"), "{s:?}");
    let text = "The Andes Observatory says on X that it saw the flash. \
                A second post says the object may be a satellite.";
    let q = attribution_quotes(text);
    assert!(q.iter().any(|q| q == "A second post says"), "{q:?}");
    let s = attribution_sources(text);
    assert!(s.iter().all(|s| s != "post"), "{s:?}");
}
