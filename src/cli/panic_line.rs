//! A panic (a bug: input never should cause one) reported as one line on
//! standard error, like every other failure, instead of Rust's multi-line
//! message and backtrace hint. Files are written atomically, so a panic
//! leaves none half-written.

/// Replaces the panic hook with one that prints
/// `marginalia: internal error (please report it): MESSAGE (at FILE:LINE)`.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let message = (payload.downcast_ref::<&str>().copied())
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("no message");
        let place = info
            .location()
            .map(|l| format!(" (at {}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "marginalia: internal error (please report it): {}{place}",
            marginalia::model::printable_line(message)
        );
    }));
}
