//! Cues no rule read and a cue's extent (session 29): a pronoun subject
//! after ", though" / ", although" / ", and" ("…, though *he stressed*
//! that"); a forecast verb with an object, whose subject and verb are the
//! attribution and whose object is the speculation ("*She expects* the won
//! to fall"); an "according to" attribution that runs to its clause's close
//! through the source's description ("according to an association *the
//! buyers set up in May*"), and one opened by a document before a
//! participle cue ("according to *photographs* released by the navy").
//! Sentences written for this test, with near misses.

mod common;

use common::suggested::{builtin_on, expect, lacks};

#[test]
fn a_pronoun_after_a_concessive_comma_is_a_subject() {
    let text = "The crate came from the North, the customs officer said, though he \
                stressed that nobody had opened it.";
    expect(text, "attribution", "he stressed");
    let text = "Officers said the van was stolen, although they added that the keys were \
                inside.";
    expect(text, "attribution", "they added");
    let text = "The ferry 🚢 left late, the port said, and it added that the sea was calm.";
    expect(text, "attribution", "it added");
}

#[test]
fn a_leading_though_clause_is_left_alone() {
    // "Though" opening the sentence: no clause boundary before the pronoun.
    let text = "Though he said little, the mayor smiled at the crowd.";
    lacks(text, "attribution", "he said");
}

#[test]
fn a_forecast_verb_with_an_object_joins_its_subject() {
    let text = "Exports fell in May, said Park Ji-won, an economist at Hanul Bank. She \
                expects the won to weaken before the end of the year.";
    expect(text, "attribution", "She expects");
    expect(
        text,
        "speculation",
        "the won to weaken before the end of the year",
    );
    let text = "The board expects the “new line” to open in 2027.";
    expect(text, "attribution", "The board expects");
    expect(text, "speculation", "the “new line” to open in 2027");
}

#[test]
fn expects_to_stays_one_speculation() {
    // The subject's own plan: the verb stays in the speculation.
    let text = "The ministry said the pier was sound. It expects to publish a review in May.";
    expect(text, "speculation", "expects to publish a review in May");
    lacks(text, "attribution", "It expects");
}

#[test]
fn a_partitive_subject_speaks_for_its_group() {
    let text = "Two dock foremen said the crews lived in a warehouse. One of the foremen \
                added that the crews left in October.";
    expect(text, "attribution", "One of the foremen added");
    let text = "Fishermen said the nets were cut. One of the captains said the 🎣 nets were \
                cut.";
    expect(text, "attribution", "One of the captains said");
    // A partitive that is the sentence's object, not its subject.
    let text = "Police questioned one of the foremen about the fire on Tuesday.";
    lacks(text, "attribution", "one of the foremen");
}

#[test]
fn a_lead_subject_before_a_name_opens_the_span() {
    let text = "The tenants' group says 300 flats are late. Its chairwoman, Ana Pérez, a \
                teacher, told me that the windows still leak.";
    expect(
        text,
        "attribution",
        "Its chairwoman, Ana Pérez, a teacher, told me",
    );
    let text = "Defectors say the camps are full. One of them, Kim Su-a, who spent a year in \
                a camp near Hoeryong, told this newspaper that food ran out.";
    expect(
        text,
        "attribution",
        "One of them, Kim Su-a, who spent a year in a camp near Hoeryong, told this newspaper",
    );
}

#[test]
fn according_to_runs_through_the_source_description() {
    let text = "Some 300 families bought flats, according to a group the buyers set up in \
                March.";
    expect(
        text,
        "attribution",
        "according to a group the buyers set up in March",
    );
    let text = "Trade fell 5 percent last year, according to Choi Ha-na, an economist at a \
                bank in Busan.";
    expect(
        text,
        "attribution",
        "according to Choi Ha-na, an economist at a bank in Busan",
    );
    let text = "Trucks queued at the gate. The road was shut, according to two Chinese \
                drivers and a Mongolian guard who asked not to be named because they still \
                work at the crossing.";
    expect(
        text,
        "attribution",
        "according to two Chinese drivers and a Mongolian guard who asked not to be named \
         because they still work at the crossing",
    );
}

#[test]
fn according_to_does_not_take_the_main_clause() {
    // Sentence-initial with no comma: what follows is the claim.
    let text = "According to the ministry the ship sank in May.";
    let found = builtin_on(text);
    assert!(
        (found.iter()).all(|s| s.label != "attribution" || !s.quote.contains("sank")),
        "{found:#?}"
    );
    // A clause after the comma is not an appositive.
    let text = "In May, according to the ministry, the ship sank.";
    let found = builtin_on(text);
    assert!(
        (found.iter()).all(|s| s.label != "attribution" || !s.quote.contains("sank")),
        "{found:#?}"
    );
    // A contrasting clause of its own.
    let text = "The pier held, according to the ministry but the road was closed.";
    let found = builtin_on(text);
    assert!(
        (found.iter()).all(|s| s.label != "attribution" || !s.quote.contains("road")),
        "{found:#?}"
    );
}

#[test]
fn a_document_before_a_participle_cue_opens_at_according_to() {
    let text = "The buoy drifted south, according to photographs released by the Korea \
                Coast Guard.";
    expect(
        text,
        "attribution",
        "according to photographs released by the Korea Coast Guard",
    );
}
