//! A REFI-QDA codebook file (`.qdc`, namespace `urn:QDA-XML:codebook:1.0`,
//! `Codebook.xsd`): the `CodeBook` alone — one `Code` per label with its colour and
//! its guideline as `Description`, and a labelled source's sub-codes — for a QDA
//! tool to import as its code system (codebook, issue 19).

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};

use super::qde::{Codes, write_codes};
use crate::export::{ExportError, Selection};

/// The REFI codebook namespace.
pub const CODEBOOK_NAMESPACE: &str = "urn:QDA-XML:codebook:1.0";

/// The `.qdc` text of `selection`'s codes, and how many codes it holds.
pub fn to_qdc(selection: &Selection<'_>) -> Result<(String, usize), ExportError> {
    let encode = |e: std::io::Error| ExportError::Encode(format!("qdc: {e}"));
    let codes = Codes::of(selection);
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))
        .map_err(encode)?;
    let origin = concat!("Marginalia ", env!("CARGO_PKG_VERSION"));
    w.create_element("CodeBook")
        .with_attributes([("xmlns", CODEBOOK_NAMESPACE), ("origin", origin)])
        .write_inner_content(|w| write_codes(w, &codes))
        .map_err(encode)?;
    let mut out = w.into_inner();
    out.push(b'\n');
    let text = String::from_utf8(out).map_err(|e| ExportError::Encode(format!("qdc: {e}")))?;
    Ok((text, codes.count()))
}
