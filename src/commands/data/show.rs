use clap::Args;
use serde::Serialize;

use crate::authz::{self, Permission};
use crate::context::Ctx;
use crate::engine::codec::ColumnCodec;
use crate::engine::scan::ColumnTable;
use crate::error::{Error, Result, quoted_short};
use crate::registry::ProtectedKind;

/// Show one row's protected columns: the key each value is under and, with --decrypt, the value.
///
/// --decrypt needs permission data.decrypt and writes an audit_log row (who, which table, row and
/// columns; never the values). Secret columns (credentials, hashes) are never shown.
#[derive(Debug, Args)]
#[command(
    after_long_help = "Examples:\n  idctl data show user_profiles 42\n  idctl data show user_profiles 42 --decrypt   # audited; needs data.decrypt"
)]
pub struct ShowArgs {
    /// The table, e.g. user_profiles.
    #[arg(add = clap_complete::engine::ArgValueCandidates::new(crate::completion::tables))]
    pub table: String,
    /// The row's primary key (comma-separated for composite keys), e.g. 42.
    pub primary_key: String,
    /// Decrypt the values.
    #[arg(long)]
    pub decrypt: bool,
}

#[derive(Debug, Serialize)]
struct ColumnView {
    column: String,
    kind: &'static str,
    key_id: Option<String>,
    bytes: Option<usize>,
    status: String,
    value: Option<String>,
}

#[derive(Debug, Serialize)]
struct RowView {
    table: String,
    primary_key: String,
    decrypted: bool,
    columns: Vec<ColumnView>,
}

pub async fn run(args: ShowArgs, ctx: &Ctx) -> Result<()> {
    let registry = ctx.registry()?;
    let columns = registry.protected_columns_in(&args.table);
    if columns.is_empty() {
        return Err(Error::usage(format!(
            "{} has no protected columns in the registry",
            quoted_short(&args.table, 64)
        ))
        .with_hint("`idctl registry show` lists the protected columns"));
    }
    let pk: Vec<String> = args
        .primary_key
        .split(',')
        .map(|s| s.trim().to_string())
        .collect();
    let keyring = ctx.keyring()?;
    let db = ctx.connect().await?;
    let client = db.client().await?;
    let actor = if args.decrypt {
        Some(ctx.actor(&**client, Permission::DataDecrypt).await?)
    } else {
        None
    };
    let mut views = Vec::new();
    let mut shown = Vec::new();
    let mut checked = false;
    for col in columns {
        let table = ColumnTable::load(&**client, col).await?;
        if table.pk.len() != pk.len() {
            return Err(Error::usage(format!(
                "{} has a {}-column primary key ({}); got {} value(s) in {}",
                args.table,
                table.pk.len(),
                table
                    .pk
                    .iter()
                    .map(|(n, _)| n.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                pk.len(),
                quoted_short(&args.primary_key, 64)
            )));
        }
        if !checked {
            check_primary_key(&**client, &args.table, &table, &pk).await?;
            checked = true;
        }
        let Some(row) = table.read_one(&**client, &pk).await? else {
            return Err(Error::data(format!(
                "no row {} in {}",
                quoted_short(&args.primary_key, 64),
                args.table
            )));
        };
        let mut view = ColumnView {
            column: col.column.clone(),
            kind: col.kind.as_str(),
            key_id: row.key_id.clone(),
            bytes: row.value.as_ref().map(Vec::len),
            status: "ok".into(),
            value: None,
        };
        if row.value.is_none() {
            view.status = "null".into();
        } else if args.decrypt && col.kind == ProtectedKind::Aead && !col.is_secret() {
            let codec = ColumnCodec::load(&**client, &keyring, &registry, col).await?;
            match codec.decrypt_for_display(&row) {
                Ok(text) => {
                    view.value = Some(text);
                    shown.push(col.column.clone());
                }
                Err(e) => view.status = e.class.to_string(),
            }
        } else if args.decrypt {
            view.status = "secret: not shown".into();
        }
        views.push(view);
    }
    if let Some(actor) = &actor {
        let record_id = pk
            .first()
            .and_then(|p| p.parse::<i64>().ok())
            .filter(|_| pk.len() == 1);
        authz::audit(
            &**client,
            actor.id,
            &args.table,
            record_id,
            "data_decrypted",
            serde_json::json!({"primary_key": args.primary_key, "columns": shown}),
        )
        .await?;
    }
    ctx.ui.emit(&RowView {
        table: args.table,
        primary_key: args.primary_key,
        decrypted: args.decrypt,
        columns: views,
    })
}

/// Each primary-key value must be a valid value of its column's type (`42` for a bigint): otherwise
/// a usage error (64) that names the column and type and quotes the value cut short, rather than the
/// server's error echoing the whole value.
async fn check_primary_key(
    client: &impl tokio_postgres::GenericClient,
    table_name: &str,
    table: &ColumnTable,
    pk: &[String],
) -> Result<()> {
    for (value, (name, ty)) in pk.iter().zip(&table.pk) {
        if !crate::store::server::casts_to(client, value, ty).await? {
            return Err(Error::usage(format!(
                "primary key {} is not a valid {ty} for {table_name}.{name}",
                quoted_short(value, 64)
            ))
            .with_hint(format!(
                "give the row's {name} (comma-separated values for a composite key)"
            )));
        }
    }
    Ok(())
}
