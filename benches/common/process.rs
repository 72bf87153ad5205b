//! A whole `marginalia` process run to its end with its peak resident memory
//! (the import benches: memory is measured on the command a user runs).

use std::time::Duration;

/// `VmHWM` of process `pid` in bytes (0 once it has exited, or not Linux).
pub fn peak_of(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// Runs `command` to its end, watching its peak resident memory (`VmHWM` only
/// grows, so the last reading before it exits is its peak, give or take the last
/// 5 ms). Not `getrusage(RUSAGE_CHILDREN)`: a child started with `posix_spawn`
/// inherits this process's peak there.
pub fn run_watching_peak(command: &mut std::process::Command) -> (std::process::ExitStatus, u64) {
    let mut child = command.spawn().expect("marginalia runs");
    let mut peak = 0;
    loop {
        peak = peak.max(peak_of(child.id()));
        if let Ok(Some(status)) = child.try_wait() {
            return (status, peak);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}
