//! `--watch` (`jobs show`, `jobs list`, `keys status`), as `kubectl get -w` and `gh run watch`:
//! on a terminal the output is redrawn in place every `--interval` under a header line; otherwise
//! (a log, a pipe) it is printed again only when it changed, so that a log holds one entry per
//! change. Ctrl-C ends it quietly (exit 0); `jobs show --watch` also ends when the job does.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use clap::Args;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Clone, Args)]
pub struct WatchArgs {
    /// Show it again every --interval until Ctrl-C: redrawn in place on a terminal, printed again
    /// only when it changed otherwise.
    #[arg(short = 'w', long)]
    pub watch: bool,
    /// How often --watch looks again (1s to 1h).
    #[arg(long, default_value = "2s", value_parser = parse_interval, requires = "watch", value_name = "DURATION")]
    pub interval: Duration,
}

fn parse_interval(s: &str) -> std::result::Result<Duration, String> {
    crate::cli::parse_duration_in(s, Duration::from_secs(1), Duration::from_secs(3600))
}

/// Runs `once` (which renders through `ctx.ui` and says whether what it shows is over), once, or
/// with `--watch` until Ctrl-C or until it is over.
pub async fn run(
    ctx: &Ctx,
    args: &WatchArgs,
    title: &str,
    mut once: impl AsyncFnMut() -> Result<bool>,
) -> Result<()> {
    if !args.watch {
        once().await?;
        return Ok(());
    }
    let terminal = std::io::stdout().is_terminal();
    let mut last: Option<Vec<u8>> = None;
    loop {
        ctx.ui.start_capture();
        let result = once().await;
        let frame = ctx.ui.take_capture();
        let over = result?;
        let mut out = std::io::stdout().lock();
        if terminal {
            // Home and clear, then the header: what, how often, when.
            write!(out, "\x1b[H\x1b[2J")?;
            writeln!(
                out,
                "Every {}s: idctl {title}    {}\n",
                args.interval.as_secs(),
                chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC")
            )?;
            out.write_all(&frame)?;
        } else if last.as_deref() != Some(frame.as_slice()) {
            out.write_all(&frame)?;
        }
        out.flush()?;
        drop(out);
        last = Some(frame);
        if over {
            return Ok(());
        }
        tokio::select! {
            _ = tokio::time::sleep(args.interval) => {}
            _ = tokio::signal::ctrl_c() => return Ok(()),
        }
    }
}
