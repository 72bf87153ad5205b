//! What must survive an export and re-import, shared by the round-trip tests.

use marginalia::model::Project;

/// Document, start, end, label, source, note, author, quote.
pub type Essence = (
    String,
    usize,
    usize,
    String,
    Option<String>,
    String,
    String,
    String,
);

/// Every annotation's document, offsets, label, source, note, author and quote,
/// sorted, so two projects can be compared whatever their ids and order.
pub fn essence(p: &Project) -> Vec<Essence> {
    let mut v: Vec<_> = p
        .annotations
        .iter()
        .map(|a| {
            (
                a.doc.clone(),
                a.start,
                a.end,
                a.label.clone(),
                a.source.clone(),
                a.note.clone(),
                a.author.clone(),
                a.quote.clone(),
            )
        })
        .collect();
    v.sort();
    v
}
