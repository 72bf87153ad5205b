//! Reading articles: whole files within a size limit, text of any common encoding,
//! and the readable text of HTML pages and Markdown files.
//!
//! `store` (opening a file) and `export` (imports) both read articles through this
//! module; it depends only on [`model`](crate::model), never on `store` or `export`.

mod article;
mod encoding;
mod error;
mod folder;
mod front_matter;
pub mod html;
mod html_depth;
pub mod markdown;
mod page_meta;
mod readable;
mod walk;

pub use article::{
    MAX_ARTICLE_BYTES, document_from_text, guess_title, read_limited, read_text_file,
    read_utf8_file,
};
pub use encoding::{DecodedText, LossyUtf8, decode_text, decode_utf8_strict, mostly_utf8};
pub use error::{ReadError, TooDeep};
pub use folder::FolderEntry;
pub use front_matter::front_matter_meta;
pub use html_depth::MAX_HTML_DEPTH;
pub use page_meta::{PageMeta, page_meta};
pub use walk::{ListedFile, Listing, list_files};
