//! What the integration tests share: the command-line runner ([`cli`]) and the
//! window harness with its wait helpers ([`window`], built with the `gui` feature).
//! A test file uses it with `mod common;`.

#![allow(dead_code)] // each test file uses its own part

pub mod cli;
pub mod suggested;
#[cfg(feature = "gui")]
pub mod window;
