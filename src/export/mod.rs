//! Exports of labeled spans for other tools, and imports of prior work. One file per
//! format.

pub mod html;
