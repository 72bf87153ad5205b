//! Marginalia: tag claims, speculation and attributions in news articles.
//!
//! The library holds every capability; the binary is a thin command line around it
//! and the window lives in `ui`, the only module that uses egui (built with the
//! `gui` feature, on by default).
//!
//! Data flows one way: `ui` reads the project and emits commands, [`edit`] applies
//! them, [`store`] and [`export`] read the [`model`]; both read articles through
//! [`read`].

pub mod analytics;
pub mod anchor;
pub mod edit;
pub mod export;
pub mod model;
pub mod read;
pub mod review;
pub mod search;
pub mod store;
pub mod suggest;
pub mod task;
pub mod team;
#[cfg(feature = "gui")]
pub mod ui;
