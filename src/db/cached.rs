//! Statements prepared once per connection and reused: the batch engine's reads and writes.
//!
//! `client.query(sql, ..)` with SQL text prepares an unnamed statement every time: a Parse/Describe
//! round trip, then Bind/Execute, and the server parses and plans the statement again for every
//! batch. The engine sends the same few statements thousands of times per column, so it prepares
//! each once per connection (deadpool's per-connection statement cache, which lives and dies with
//! the connection) and only binds and executes afterwards.

use tokio_postgres::Row;
use tokio_postgres::types::ToSql;

/// A connection (or a transaction on one) that can run a statement prepared once per connection.
pub trait QueryCached: Sync {
    fn query_cached(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> impl std::future::Future<Output = Result<Vec<Row>, tokio_postgres::Error>> + Send;
}

/// A pooled connection or a transaction on one: deadpool's client keeps the statement cache.
impl<C: deadpool_postgres::GenericClient> QueryCached for C {
    async fn query_cached(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<Row>, tokio_postgres::Error> {
        let statement = self.prepare_cached(sql).await?;
        self.query(&statement, params).await
    }
}
