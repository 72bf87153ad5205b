//! Whom a named person speaks for (session 15, the eighth fresh set seen):
//! no person's own name is a source. Staff introduced with a post at a body
//! speak for the body; a named specialist (one who studies a field at a
//! named place, a named analyst, a doctor) speaks as experts; a capitalised
//! role title before a name, a party's spokesperson and a member of
//! parliament speak as the country's lawmakers, an MEP as European
//! lawmakers; an ordinary person by age and occupation as the country's
//! citizens. Each construction on sentences written for the test, with
//! look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn staff_named_after_a_possessive_post_speak_for_the_body() {
    let text = "OSLO, May 2 — Oslo-based security company Brindle Labs said in a report \
                on Monday that the group had moved funds. Brindle's head of research, \
                Tobias Wren, wrote on X that more was coming. \"We saw it early,\" Wren \
                said. He said the group was careful.";
    // The body, by the name its staff's post gives it or the longer one
    // (annotators use both), never the person.
    assert!(source(text, "Wren said", 0).starts_with("Brindle"));
    assert!(source(text, "He said", 0).starts_with("Brindle"));
    let text = "Tickets sold out early. Fjordline Tours' director, Anna Vik, said the trip \
                was safe. \"Nobody was hurt,\" Vik said.";
    assert_eq!(source(text, "Vik said", 0), "Fjordline Tours");
    // "the foundation's": the foundation named before.
    let text = "The Harbour of Light Foundation, a charity, said it had stopped work. The \
                foundation's medical director, Dr. Ines Calder, told this newspaper that \
                supplies ran out. Calder said the clinics closed.";
    assert_eq!(
        source(text, "Calder said", 0),
        "Harbour of Light Foundation"
    );
}

#[test]
fn a_persons_possessive_post_is_no_body() {
    // A relative or lawyer of a person, and a one-word owner nothing ties
    // to a body, keep what the other rules give.
    let text = "The trial opened with Moss's chief of staff, Ivo Brandt, in the dock. \
                Brandt said the case was weak.";
    assert_ne!(source(text, "Brandt said", 0), "Moss");
    let text = "The court sat. Kim's lawyer, Park Ji-su, said the case was weak.";
    assert_eq!(source(text, "Park Ji-su", 0), "defence lawyers");
}

#[test]
fn named_specialists_and_doctors_are_experts() {
    let text = "The list grew. Anna Roth, who studies export controls at the Vienna \
                Centre for Trade Studies, said the list was short. She said more names \
                would follow.";
    assert_eq!(source(text, "Anna Roth", 0), "experts");
    assert_eq!(source(text, "She said", 0), "experts");
    let text = "The code was old, Jonas Feld, an independent malware analyst in Hamburg, \
                said. Feld said it was reused. Some analysts said it was new.";
    assert_eq!(source(text, "Jonas Feld", 0), "experts");
    assert_eq!(source(text, "Feld said", 0), "experts");
    // Unnamed analysts stay "some analysts".
    assert_eq!(source(text, "Some analysts", 0), "some analysts");
    let text = "Cases rose. Dr. Okon Mbeki, a surgeon at a Lagos hospital, said the \
                numbers were low. Dr. Mbeki said more testing was needed.";
    assert_eq!(source(text, "Dr. Mbeki said", 0), "experts");
    // A fan who follows a club is no specialist.
    let text = "The club lost. Ola Moe, who follows the club at home, said it was sad.";
    assert_ne!(source(text, "Ola Moe", 0), "experts");
}

#[test]
fn titles_parties_and_parliaments_make_lawmakers() {
    let text = "SEOUL, Dec. 5 — The plan was announced. Opposition lawmaker Lee Da-som \
                wrote on Facebook that the plan would fail. A ruling party spokesperson \
                replied that it would work. The figures were confirmed, according to a \
                member of parliament's defence committee who attended.";
    assert_eq!(source(text, "Lee Da-som", 0), "South Korean lawmakers");
    assert_eq!(
        source(text, "party spokesperson", 0),
        "South Korean lawmakers"
    );
    assert_eq!(source(text, "according to", 0), "South Korean lawmakers");
    // A bare spokesperson and a member of a club are no lawmakers.
    let text = "SEOUL, Dec. 5 — The plan was announced. A spokesperson said it would work. \
                The figures were confirmed, according to a member of the rowing club.";
    assert_ne!(source(text, "A spokesperson", 0), "South Korean lawmakers");
    assert_ne!(source(text, "according to", 0), "South Korean lawmakers");
}

#[test]
fn an_mep_is_a_european_lawmaker_even_with_an_accent_written_apart() {
    // "Chloe\u{301}": the accent as a combining mark.
    let text = "BRUSSELS, Dec. 2 — The vote passed. \"We must act,\" the report's \
                rapporteur, French MEP Chloe\u{301} Vidal, told the plenary. Vidal later \
                wrote on X that the Council had acted.";
    assert_eq!(source(text, "Vidal later", 0), "European lawmakers");
}

#[test]
fn ordinary_people_are_the_datelines_citizens() {
    let text = "SEOUL, Dec. 5 — Support fell. \"I do not care much,\" said Lee Su-bin, a \
                24-year-old student interviewed near the station. She said her friends \
                agreed.";
    assert_eq!(source(text, "Lee Su-bin", 0), "South Korean citizens");
    assert_eq!(source(text, "She said", 0), "South Korean citizens");
    // An age with a defector, a student without an age: not citizens.
    let text = "SEOUL, Dec. 5 — Support fell. \"It matters,\" said Oh Min-jae, a \
                24-year-old defector. \"We disagree,\" said Han Bo-ra, a student of \
                history at Korea University.";
    assert_eq!(source(text, "Oh Min-jae", 0), "defectors");
    assert_ne!(source(text, "Han Bo-ra", 0), "South Korean citizens");
}

#[test]
fn a_pronoun_after_a_person_introduced_at_a_paragraph_start() {
    let text = "The plants paid less. A U.S. Treasury official said the firms were known.\n\n\
                Ida Berg, a researcher at Lund University, has studied the plants for years. \
                \"The numbers are consistent,\" she said.";
    assert_eq!(source(text, "she said", 0), "experts");
    // The same person in mid-paragraph, as before.
    let text = "The plants paid less. A U.S. Treasury official said the firms were known. \
                Ida Berg, a researcher at Lund University, has studied the plants for years. \
                \"The numbers are consistent,\" she said.";
    assert_eq!(source(text, "she said", 0), "experts");
}

#[test]
fn a_member_of_a_european_parliament_group_is_a_european_lawmaker() {
    let text = "BRUSSELS, Dec. 2 — The European Parliament backed the text on Monday. \
                The fund was too small, Lars Dahl, a Danish member of the Greens group, \
                said.";
    assert_eq!(source(text, "Lars Dahl", 0), "European lawmakers");
    // Without the Parliament in the text, a group is no parliament's.
    let text = "BRUSSELS, Dec. 2 — The fund grew on Monday. The fund was too small, Lars \
                Dahl, a Danish member of the Greens group, said.";
    assert_ne!(source(text, "Lars Dahl", 0), "European lawmakers");
}
