//! Local sandbox commands. They touch only a cluster that idctl itself created, so they need no
//! actor and no confirmation.

pub mod bench;
pub mod bench_kem;
pub mod bench_sign;
pub mod down;
pub mod seed;
pub mod up;

use std::path::PathBuf;

use clap::Subcommand;

use crate::context::Ctx;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    Up(up::UpArgs),
    Down(down::DownArgs),
    Seed(seed::SeedArgs),
    Bench(bench::BenchArgs),
    BenchKem(bench_kem::BenchKemArgs),
    BenchSign(bench_sign::BenchSignArgs),
}

pub async fn run(cmd: DevCommand, ctx: &Ctx) -> Result<()> {
    match cmd {
        DevCommand::Up(args) => up::run(args, ctx).await,
        DevCommand::Down(args) => down::run(args, ctx),
        DevCommand::Seed(args) => seed::run(args, ctx).await,
        DevCommand::Bench(args) => bench::run(args, ctx).await,
        DevCommand::BenchKem(args) => bench_kem::run(args, ctx).await,
        DevCommand::BenchSign(args) => bench_sign::run(args, ctx).await,
    }
}

/// Where `dev up` keeps its cluster unless told otherwise.
pub fn default_dir() -> PathBuf {
    PathBuf::from(".idctl-dev")
}
