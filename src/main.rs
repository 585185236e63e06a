//! The idctl binary: everything lives in the library (see `idctl::app`).

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(idctl::app::main())
}
