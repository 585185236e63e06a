//! Dev tools, apart from the product: throwaway local PostgreSQL clusters (`localpg`, used by
//! `idctl dev up` and by the test harness) and the demo-data generators (`seed` for the full schema,
//! `seed_compact` for seed 003's compact UUID-keyed one; `idctl dev seed`).
//!
//! Nothing in the product uses them: only `commands/dev` (the `idctl dev` group) and the tests do,
//! and `layers::tests::the_product_does_not_use_the_dev_tools` fails otherwise. They hold their own
//! SQL (a generator fills tables the registry describes; a cluster is created with initdb), which
//! is why they are not in the store layer.

pub mod localpg;
pub mod seed;
pub mod seed_compact;
