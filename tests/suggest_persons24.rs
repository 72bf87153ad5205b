//! People as sources (session 24, the seventeenth fresh set seen): a person
//! referred back to as "the <noun>" takes the source of the person a
//! sentence before introduced with that noun ("A … agent … told us" … "The
//! agent said"); a contact or informant introduced unnamed is an unnamed
//! source; a place of base ("Dalian-based") does not name a person who asks
//! not to be named; an unnamed former diplomat or official is one of the
//! former officials. Each construction on sentences written for the test,
//! with look-alikes that keep their source.

mod common;

use common::suggested::source_of;

/// The source of the `nth` attribution of `text` whose quote holds `needle`.
fn source(text: &str, needle: &str, nth: usize) -> String {
    source_of(text, needle, nth)
}

#[test]
fn the_noun_follows_the_person_it_introduced() {
    // A place of base before the trade, curly apostrophe in the reason.
    let text = "Border police in Dalian held two tourists on Monday.\n\nA \
                Dalian-based tour agent who sold them the trip, and who asked not \
                to be named because the case isn’t closed, told us the men had \
                been released. The agent said both had flown home.";
    assert_eq!(
        source(text, "Dalian-based tour agent", 0),
        "unnamed sources"
    );
    assert_eq!(source(text, "The agent said", 0), "unnamed sources");
    // The woman introduced two sentences before, an emoji between.
    let text = "Three defectors watched the film in Seoul on Friday.\n\nA woman \
                who left the North in 2015 told us the scenes looked real 🎬. The \
                film was shown twice. The woman said she had cried.";
    let first = source(text, "A woman who left", 0);
    assert_eq!(source(text, "The woman said", 0), first);
}

#[test]
fn the_noun_with_no_introduction_stays() {
    // Nobody introduced as "a … captain": the back-reference is left alone.
    let text = "A cargo jet landed at Incheon after an engine fault on Sunday.\n\n\
                The captain told investigators the warning came on at 9,000 feet.";
    assert_ne!(source(text, "The captain told", 0), "unnamed sources");
    // "The agency" is a body, read by the body passes, not by a person.
    let text = "A Dalian-based travel agent who asked not to be named said tours \
                had stopped. The agency said no refunds were due.";
    assert_ne!(source(text, "The agency said", 0), "unnamed sources");
}

#[test]
fn a_contact_introduced_unnamed_is_an_unnamed_source() {
    let text = "Fuel prices in Pyongyang rose again in October.\n\nA local contact \
                who works for a state trading firm said the firm’s allowance had \
                been cut. The contact said diesel was scarce.";
    assert_eq!(source(text, "A local contact", 0), "unnamed sources");
    assert_eq!(source(text, "The contact said", 0), "unnamed sources");
    // A body's own contacts are not introduced unnamed: left to the body passes.
    let text = "Open Rivers Korea tracks prices in the North.\n\nOur contacts say \
                rice prices rose in Hyesan last week.";
    assert_ne!(source(text, "Our contacts say", 0), "unnamed sources");
}

#[test]
fn an_unnamed_former_diplomat_is_a_former_official() {
    let text = "Poland’s embassy in Pyongyang sent the cable in October.\n\nA former \
                European diplomat who served in Pyongyang until 2019 said the cable \
                matched what he had seen. He said fuel was always short.";
    assert_eq!(
        source(text, "A former European diplomat", 0),
        "former officials"
    );
    assert_eq!(source(text, "He said", 0), "former officials");
    // A retired teacher held no office.
    let text = "Buses in Busan ran late on Monday.\n\nA retired teacher who rides \
                the route daily said the buses were an hour late.";
    assert_ne!(source(text, "A retired teacher", 0), "former officials");
    // A former North Korean diplomat is a defector, not a former official.
    let text = "The embassy closed in 2017.\n\nA former North Korean diplomat who \
                lives in Seoul said the embassy had been short of money.";
    assert_ne!(
        source(text, "A former North Korean diplomat", 0),
        "former officials"
    );
}
