//! Files: reading and writing RON projects (versioned, atomic, with a backup), and
//! reading article files of any common encoding.

mod article;
mod atomic;
mod error;
mod fast_ron;
mod open;
mod project_file;
mod ron_writer;
mod validate;

pub use article::{
    DecodedText, MAX_ARTICLE_BYTES, decode_text, document_from_text, guess_title, read_limited,
    read_text_file,
};
pub use atomic::{backup_path, write_atomic};
pub use error::StoreError;
pub use open::{Opened, open_path};
pub use project_file::{
    MAX_PROJECT_BYTES, load_project, parse_project, project_to_ron, save_project,
};
pub use validate::{Problem, check_project};
