//! Sources of attributions (session 26): an unnamed person out of office
//! whose country is given ("A former Danish naval officer said") speaks as
//! one of the former officials; a body that did work for a client ("Published
//! by Mirae Polling for the Busan Herald") is named without the client; a
//! year read as a name ("according to its 1972 catalogue") is no source.
//! Each on sentences written for the test, with look-alikes that keep their
//! reading.

mod common;

use common::suggested::{attribution_quotes, source_of};

#[test]
fn an_unnamed_former_officer_of_a_country_is_a_former_official() {
    let text = "Tensions rose near the islands on Monday.\n\nA former Japanese naval \
                intelligence officer said the patrol boats had been refitted. He said \
                the refit took a year.";
    assert_eq!(source_of(text, "A former Japanese", 0), "former officials");
    assert_eq!(source_of(text, "He said", 0), "former officials");
    // "retired", a curly apostrophe and Korean around it.
    let text = "The drills (훈련) began on Tuesday.\n\nA retired Chinese army colonel \
                said the drills were routine and the navy’s ships were old.";
    assert_eq!(source_of(text, "A retired Chinese", 0), "former officials");
}

#[test]
fn a_serving_or_defected_officer_keeps_the_reading() {
    // Serving: the country's officials.
    let text = "Tensions rose on Monday.\n\nA Japanese naval officer said the boats \
                had been refitted.";
    assert_eq!(source_of(text, "A Japanese naval", 0), "Japanese officials");
    // A former North Korean diplomat is no former official of a country.
    let text = "Tensions rose on Monday 🚢.\n\nA former North Korean diplomat said \
                the boats had been refitted.";
    assert_ne!(
        source_of(text, "A former North Korean", 0),
        "former officials"
    );
}

#[test]
fn the_client_after_for_is_no_part_of_the_pollsters_name() {
    let text = "Results of the survey\n\nPublished by Mirae Polling for the Busan \
                Herald, 5 May. The report is reproduced with permission.\n\nAccording \
                to the methodology statement, 800 adults were interviewed. Mirae’s \
                research director, Kang Min-ji, said the fall was large. She cautioned \
                that the sample was small.";
    assert_eq!(
        source_of(text, "According to the methodology", 0),
        "Mirae Polling"
    );
    assert_eq!(source_of(text, "She cautioned", 0), "Mirae Polling");
    // A "for" inside a body's own name stays.
    let text = "Prices rose.\n\nThe Korea Institute for National Unification said \
                prices would rise again.";
    assert_eq!(
        source_of(text, "The Korea Institute", 0),
        "Korea Institute for National Unification"
    );
}

#[test]
fn a_year_is_never_a_source() {
    let text = "The vase is old. The other is held by a gallery in Tokyo, according to \
                its 1972 catalogue.";
    let quotes = attribution_quotes(text);
    assert!(quotes.iter().all(|q| !q.contains("1972")), "{quotes:?}");
    // A name with a figure in it is still a name.
    let text = "Prices rose. The site 38 North said the tests would go on.";
    assert_eq!(source_of(text, "38 North", 0), "38 North");
}

#[test]
fn quoting_a_speaker_is_the_speakers_attribution() {
    let text = "A blast shook the port on Monday.\n\nThe Kyodo news agency reported, \
                quoting a Japanese government official, that the fire had been put \
                out. The official said no one was hurt, adding that the port would \
                reopen.";
    assert_eq!(
        source_of(text, "quoting a Japanese", 0),
        "Japanese officials"
    );
    assert_eq!(
        source_of(text, "The official said", 0),
        "Japanese officials"
    );
    assert_eq!(source_of(text, "adding", 0), "Japanese officials");
    assert_eq!(source_of(text, "Kyodo news agency reported", 0), "Kyodo");
}

#[test]
fn a_participle_goes_on_with_the_speaker_of_its_sentence_only() {
    // Curly quotes and an emoji in the sentence.
    let text = "Rates rose 📈.\n\nThe official said the bank was “ready”, adding that \
                rates would rise again.";
    assert_eq!(
        source_of(text, "adding", 0),
        source_of(text, "The official said", 0)
    );
    // A participle opening its own sentence, or a clause with a subject of
    // its own, keeps its own reading.
    let text = "Kim Soo-ah, an economist at Hanmi Securities, said rates would rise. \
                Adding to the pressure, the Bank of Korea said inflation was high.";
    assert_eq!(source_of(text, "Adding to", 0), "Bank of Korea");
    let text = "Kim Soo-ah, an economist at Hanmi Securities, said rates would rise, \
                adding to the pressure, and the Bank of Korea said inflation was high.";
    let quotes = attribution_quotes(text);
    assert!(
        quotes
            .iter()
            .all(|q| !q.starts_with("adding to the pressure,")),
        "{quotes:?}"
    );
}

#[test]
fn the_government_of_a_city_is_its_countrys_officials() {
    let text = "A blast shook the plant on Monday.\n\nThe government of Vladivostok, \
                the Russian port city, said that the fire was out.";
    assert_eq!(
        source_of(text, "The government of Vladivostok", 0),
        "Russian officials"
    );
    // A country's government, and a body "of" a city that is no government.
    let text = "Talks stalled.\n\nThe government of Japan said the talks were over.";
    assert_eq!(
        source_of(text, "The government of Japan", 0),
        "Japanese officials"
    );
    let text = "Talks stalled.\n\nThe University of Tokyo said the talks were over.";
    assert_ne!(
        source_of(text, "The University of Tokyo", 0),
        "Japanese officials"
    );
}
