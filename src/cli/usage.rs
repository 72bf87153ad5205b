//! Usage errors in one line: clap's own report is four lines (the error, a tip, the
//! usage, a pointer to `--help`); the project's rule for bad input on the command
//! line is one line naming what is wrong.

use clap::error::ErrorKind;

/// The one-line form of a clap error: its message lines joined, the usage named.
///
/// Help and version requests are not errors and are left to clap (see
/// [`is_request_for_help`]).
pub fn one_line(error: &clap::Error) -> String {
    let rendered = error.render().to_string();
    let mut message = Vec::new();
    let mut usage = None;
    for line in rendered.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("Usage:") {
            usage = Some(rest.trim().to_string());
            break;
        }
        if line.is_empty() || line.starts_with("tip:") {
            continue;
        }
        message.push(line.strip_prefix("error:").unwrap_or(line).trim());
    }
    let mut out = message.join(" ");
    if let Some(usage) = usage {
        out.push_str(&format!(" (usage: {usage}; see --help)"));
    }
    out
}

/// True for `--help`, `--version` and a bare command that prints its help: clap
/// prints those itself, in full.
pub fn is_request_for_help(error: &clap::Error) -> bool {
    matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    #[command(name = "tool")]
    struct Args {
        project: String,
        #[arg(long)]
        eval: bool,
        #[arg(long, conflicts_with = "eval")]
        effort: bool,
    }

    fn error_of(args: &[&str]) -> clap::Error {
        match Args::try_parse_from(args) {
            Ok(parsed) => panic!("parsed: {parsed:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn a_conflict_is_one_line_with_the_usage() {
        let line = one_line(&error_of(&["tool", "p", "--eval", "--effort"]));
        assert!(!line.contains('\n'), "{line}");
        assert!(line.starts_with("the argument '--eval' cannot be used with '--effort'"));
        assert!(line.contains("(usage: tool"), "{line}");
    }

    #[test]
    fn a_missing_argument_names_it_on_the_same_line() {
        let line = one_line(&error_of(&["tool"]));
        assert!(!line.contains('\n'), "{line}");
        assert!(
            line.contains("required arguments were not provided"),
            "{line}"
        );
        assert!(line.contains("<PROJECT>"), "{line}");
    }

    #[test]
    fn an_unknown_flag_drops_the_tip() {
        let line = one_line(&error_of(&["tool", "p", "--bogus"]));
        assert!(
            line.starts_with("unexpected argument '--bogus' found"),
            "{line}"
        );
        assert!(!line.contains("tip"), "{line}");
    }

    #[test]
    fn help_is_left_to_clap() {
        assert!(is_request_for_help(&error_of(&["tool", "--help"])));
        assert!(!is_request_for_help(&error_of(&["tool"])));
    }
}
