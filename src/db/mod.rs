pub mod conninfo;
pub mod pgpass;
pub mod service_file;
pub mod tls;
