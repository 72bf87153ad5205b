//! Source constructions (session 36), each on sentences written for this
//! test: a state body named by its kind ("the provincial weather station",
//! "the county office", "immigration officials") is its country's
//! officials, and a bare head after it ("the station said") the same body;
//! a ministry of a country the text is about (Tanzania) is that country's
//! officials; "…, the ministry said" after a date or a place is no
//! apposition to it; a body's inspector speaks for the body, not for the
//! place he works in.

mod common;

use common::suggested::source_of;

#[test]
fn a_state_body_by_its_kind_is_its_countrys_officials() {
    let text = "Rain in the hills\n\nPYONGYANG, June 3 - Rain fell on the farms of North \
                Hwanghae on Tuesday. The provincial hydro-meteorological station said 140 mm \
                of rain fell in six hours. The station said more rain was expected.";
    assert_eq!(
        source_of(text, "hydro-meteorological", 0),
        "North Korean officials"
    );
    assert_eq!(
        source_of(text, "The station said", 0),
        "North Korean officials"
    );
    let seoul = "School notes\n\nOur school in Seoul has 60 students. Nurses from the district \
                 health centre gave flu shots on Monday. The health centre says flu cases doubled.";
    assert_eq!(
        source_of(seoul, "health centre says", 0),
        "South Korean officials"
    );
}

#[test]
fn a_ministry_of_the_country_the_text_is_about() {
    let text = "Tanzania closes clinics\n\nTanzania closed four clinics in Arusha, the health \
                ministry said on Monday. It said the doctors had left by 31 December. Later, \
                immigration officials said 12 doctors had left the country.";
    assert_eq!(source_of(text, "health ministry", 0), "Tanzanian officials");
    assert_eq!(source_of(text, "It said", 0), "Tanzanian officials");
    assert_eq!(
        source_of(text, "immigration officials", 0),
        "Tanzanian officials"
    );
}

#[test]
fn a_trailing_subject_is_no_apposition() {
    // "by 31 December, the ministry said": not December's ministry.
    let text = "Clinics shut\n\nTanzania ordered the doctors to leave by 31 December, the \
                ministry said. Inspectors found no licences, the ministry said in a statement.";
    assert_eq!(source_of(text, "in a statement", 0), "Tanzanian officials");
}

#[test]
fn a_bodys_inspector_is_the_body() {
    let text = "Crew unpaid\n\nThe International Transport Workers' Federation (ITF) said two \
                crew members had complained. An ITF inspector in Busan said the unpaid wages \
                totalled $41,000.";
    assert_eq!(source_of(text, "inspector", 0), "ITF");
}
