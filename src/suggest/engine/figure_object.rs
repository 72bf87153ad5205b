//! Whether a verb that can give a number gives one here: "put *the figure
//! at* more than 200", "lists *the peak, which Koreans call 백두산, at* 2,744
//! metres", "give *2,750*". Elsewhere "put", "list" and "give" report
//! nothing ("put the blame on", "gave no details", "listed five firms").

/// Words that open a figure besides a digit ("*about* 90", "*more than*
/// 200"), lower case.
const FIGURE_LEADS: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "more",
    "less",
    "fewer",
    "at",
    "up",
    "just",
    "only",
    "between",
    "approximately",
];

/// The most bytes between the verb and "at" (the object, perhaps with a
/// short relative clause in commas).
const MAX_OBJECT_BYTES: usize = 80;

/// True when `text` opens with a figure: a digit, or a lead word of
/// [`FIGURE_LEADS`] before a digit within three words, perhaps inside a
/// quote ("“nearly 100”").
fn opens_figure(text: &str) -> bool {
    let text = text.trim_start_matches(['“', '"', '‘', '\'', ' ']);
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let mut words = text.split(' ').take(4);
    let first = words.next().unwrap_or("");
    crate::suggest::lower::lower_in(first, FIGURE_LEADS)
        && words.any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Verbs whose figure may follow them directly ("give *2,750*"); "lists
/// 12 firms" counts things, it gives no figure of one; lower case.
const DIRECT: &[&str] = &["give", "gives"];

/// True when the verb `start..end` of `sentence` gives a figure: a figure
/// right after "give(s)" ("give *2,750*"), or an object and "at" before one
/// ("put *the number at* “nearly 100”") within [`MAX_OBJECT_BYTES`] and no
/// full stop, dash or quote before "at".
pub(super) fn gives_figure(sentence: &str, start: usize, end: usize) -> bool {
    let Some(rest) = sentence.get(end..).and_then(|r| r.strip_prefix(' ')) else {
        return false;
    };
    let verb = sentence.get(start..end).unwrap_or("");
    if crate::suggest::lower::lower_in(verb, DIRECT) && opens_figure(rest) {
        return true;
    }
    let reach = rest.floor_char_boundary(MAX_OBJECT_BYTES);
    let Some(at) = rest[..reach].find(" at ") else {
        return false;
    };
    let object = &rest[..at];
    !object.is_empty()
        && !object.contains(['.', ';', '—', '“', '”', '"'])
        && opens_figure(&rest[at + 4..])
}

#[cfg(test)]
mod tests {
    use super::gives_figure;

    fn gives(sentence: &str, verb: &str) -> bool {
        let start = sentence.find(verb).expect("verb");
        gives_figure(sentence, start, start + verb.len())
    }

    #[test]
    fn a_figure_as_the_object() {
        assert!(gives("The agency put the toll at 31 on Friday.", "put"));
        assert!(gives("The paper put the number at “nearly 100”.", "put"));
        assert!(gives(
            "The survey office lists the peak, which locals call 백두산, at 2,744 metres.",
            "lists"
        ));
        assert!(gives("Old maps give 2,750.", "give"));
        assert!(gives("The board put it at about 40 percent.", "put"));
    }

    #[test]
    fn no_figure_no_report() {
        assert!(!gives("The ministry put the blame on the weather.", "put"));
        assert!(!gives("The agency gave no details.", "gave"));
        assert!(!gives(
            "The notice listed five firms at the port.",
            "listed"
        ));
        assert!(!gives("He put the box at the door.", "put"));
        assert!(!gives("The notice lists 12 firms.", "lists"));
    }
}
