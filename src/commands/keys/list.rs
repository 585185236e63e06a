use clap::Args;
use serde::Serialize;

use crate::context::Ctx;
use crate::error::Result;
use crate::keystore;

/// List key versions (from crypto_keys), optionally of one basename.
///
/// The table shows KEY, STATUS, ALGORITHM, a short FINGERPRINT and AGE; `-o wide` and `-o json`
/// show every field (the full fingerprint, creator, activation and retirement times).
#[derive(Debug, Args)]
#[command(after_long_help = "Examples:\n  idctl keys list\n  idctl keys list profile -o wide")]
pub struct ListArgs {
    /// Only this basename.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::basenames))]
    pub basename: Option<String>,
}

pub async fn run(args: ListArgs, ctx: &Ctx) -> Result<()> {
    let db = ctx.connect().await?;
    let client = db.client().await?;
    if let Some(basename) = &args.basename {
        super::require_existing_basename(ctx, &ctx.registry()?, &**client, basename).await?;
    }
    let keys = keystore::list(&**client, args.basename.as_deref()).await?;
    ctx.ui.emit_narrow(&keys, || {
        keys.iter()
            .map(|k| KeyLine {
                key: &k.key_id,
                status: k.status.as_str(),
                algorithm: &k.algorithm,
                fingerprint: short_fingerprint(&k.fingerprint),
                age: crate::cli::age(k.created_at),
            })
            .collect::<Vec<_>>()
    })
}

#[derive(Debug, Serialize)]
struct KeyLine<'a> {
    key: &'a str,
    status: &'a str,
    algorithm: &'a str,
    fingerprint: String,
    age: String,
}

/// The first 12 hex digits and an ellipsis: enough to tell versions apart and to match `keys show`,
/// short enough for a table (git's short hashes).
pub fn short_fingerprint(f: &str) -> String {
    if f.chars().count() > 12 {
        format!("{}…", f.chars().take(12).collect::<String>())
    } else {
        f.to_string()
    }
}
