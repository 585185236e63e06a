//! TLS for PostgreSQL connections with libpq's `sslmode` semantics, on rustls with the
//! `ring` provider (explicitly; no process-wide default provider is needed).
//!
//! | sslmode       | TLS                         | server certificate check                     |
//! |---------------|-----------------------------|----------------------------------------------|
//! | `disable`     | never                       | —                                            |
//! | `allow`       | tried first (like `prefer`) | none                                         |
//! | `prefer`      | tried, plain text fallback  | none                                         |
//! | `require`     | required                    | none; chain (like `verify-ca`) if a root certificate file exists |
//! | `verify-ca`   | required                    | chain against the root certificates          |
//! | `verify-full` | required                    | chain and host name                          |
//!
//! Root certificates come from `sslrootcert` (a PEM file; default
//! `~/.postgresql/root.crt`; `system` = the operating system's store, which requires
//! `verify-full`). `verify-ca`/`verify-full` without a root certificate file is a
//! configuration error. CRLs come from `sslcrl`/`sslcrldir` (default
//! `~/.postgresql/root.crl` if it exists); an explicitly configured CRL file that does not
//! exist is an error (libpq silently ignores it; we fail closed). A client certificate
//! (`sslcert`, default `~/.postgresql/postgresql.crt`) is sent if the file exists, with its
//! key (`sslkey`, default `~/.postgresql/postgresql.key`), which must not be group/world
//! accessible, as libpq checks. Encrypted keys (`sslpassword`) are not supported.
//!
//! Deviation from libpq: `allow`/`prefer` never verify, even when `root.crt` exists
//! (libpq would verify and, for `prefer`, retry without TLS on failure; tokio-postgres
//! cannot retry).

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{
    CertificateDer, CertificateRevocationListDer, PrivateKeyDer, ServerName, UnixTime,
};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, Error as TlsError, RootCertStore,
    SignatureScheme,
};

use super::conninfo::{ConnectionConfigError, SslMode};

/// Where trusted root certificates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCertSource {
    /// A PEM file; `explicit` when given by `sslrootcert`/`PGSSLROOTCERT` rather than the
    /// `~/.postgresql/root.crt` default.
    File { path: PathBuf, explicit: bool },
    /// `sslrootcert=system`: the operating system's trust store.
    System,
    /// No `sslrootcert` and no home directory to look for the default file in.
    NoHome,
}

/// The TLS-related settings, resolved (see `ConnectionSettings::tls_options`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsOptions {
    pub sslmode: SslMode,
    pub root: RootCertSource,
    /// CRL file (`sslcrl`, or the `~/.postgresql/root.crl` default).
    pub crl: Option<PathBuf>,
    /// Whether `crl`/`crl_dir` were configured explicitly (then they must exist).
    pub crl_explicit: bool,
    /// Directory of CRL files (`sslcrldir`): every file in it is read as PEM CRLs.
    pub crl_dir: Option<PathBuf>,
    /// Client certificate (chain) PEM file; used if it exists.
    pub cert: Option<PathBuf>,
    /// Client private key PEM file.
    pub key: Option<PathBuf>,
    /// Send SNI (`sslsni`).
    pub sni: bool,
    /// Allow TLS 1.2 / TLS 1.3 (from `ssl_min_protocol_version`/`ssl_max_protocol_version`).
    pub tls12: bool,
    pub tls13: bool,
}

impl TlsOptions {
    /// Options for `sslmode` with nothing configured (no root certificate, no client
    /// certificate). Mostly for tests.
    pub fn new(sslmode: SslMode, root: RootCertSource) -> Self {
        TlsOptions {
            sslmode,
            root,
            crl: None,
            crl_explicit: false,
            crl_dir: None,
            cert: None,
            key: None,
            sni: true,
            tls12: true,
            tls13: true,
        }
    }
}

/// What the server certificate is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verification {
    /// Nothing is verified (encryption only).
    None,
    /// The chain must lead to a trusted root; the host name is not checked.
    Chain,
    /// Chain and host name (`verify-full`).
    ChainAndHostName,
}

fn tls_err(msg: impl Into<String>) -> ConnectionConfigError {
    ConnectionConfigError::Tls(msg.into())
}

fn root_file_exists(root: &RootCertSource) -> bool {
    match root {
        RootCertSource::File { path, .. } => fs::metadata(path).is_ok(),
        RootCertSource::System => true,
        RootCertSource::NoHome => false,
    }
}

fn missing_root_error(root: &RootCertSource) -> ConnectionConfigError {
    match root {
        RootCertSource::File { path, .. } => tls_err(format!(
            "root certificate file \"{}\" does not exist; either provide the file, use the system's trusted roots with sslrootcert=system, or change sslmode to disable server certificate verification",
            path.display()
        )),
        _ => tls_err(
            "could not get home directory to locate root certificate file; either provide the file (sslrootcert), use the system's trusted roots with sslrootcert=system, or change sslmode to disable server certificate verification",
        ),
    }
}

/// The verification `opts` asks for; errors when `verify-ca`/`verify-full` have no root
/// certificates to verify against.
pub fn verification(opts: &TlsOptions) -> Result<Verification, ConnectionConfigError> {
    Ok(match opts.sslmode {
        SslMode::Disable | SslMode::Allow | SslMode::Prefer => Verification::None,
        // libpq: "if a root CA file exists, require behaves like verify-ca".
        SslMode::Require if root_file_exists(&opts.root) => Verification::Chain,
        SslMode::Require => Verification::None,
        SslMode::VerifyCa | SslMode::VerifyFull if !root_file_exists(&opts.root) => {
            return Err(missing_root_error(&opts.root));
        }
        SslMode::VerifyCa => Verification::Chain,
        SslMode::VerifyFull => Verification::ChainAndHostName,
    })
}

/// The `ring` crypto provider (explicit, so no process default is needed).
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Loads the trusted roots.
pub fn load_roots(root: &RootCertSource) -> Result<RootCertStore, ConnectionConfigError> {
    let mut store = RootCertStore::empty();
    match root {
        RootCertSource::System => {
            let loaded = rustls_native_certs::load_native_certs();
            for e in &loaded.errors {
                tracing::warn!("while loading the system's trusted root certificates: {e}");
            }
            let (added, _ignored) = store.add_parsable_certificates(loaded.certs);
            if added == 0 {
                return Err(tls_err(
                    "sslrootcert=system: no trusted root certificates could be loaded from the operating system's store",
                ));
            }
        }
        RootCertSource::File { path, .. } => {
            let certs = read_certs(path, "root certificate file")?;
            for c in certs {
                store.add(c).map_err(|e| {
                    tls_err(format!(
                        "could not use a certificate of root certificate file \"{}\": {e}",
                        path.display()
                    ))
                })?;
            }
        }
        RootCertSource::NoHome => return Err(missing_root_error(root)),
    }
    Ok(store)
}

fn read_certs(
    path: &Path,
    what: &str,
) -> Result<Vec<CertificateDer<'static>>, ConnectionConfigError> {
    let certs = CertificateDer::pem_file_iter(path)
        .and_then(|it| it.collect::<Result<Vec<_>, _>>())
        .map_err(|e| tls_err(format!("could not read {what} \"{}\": {e}", path.display())))?;
    if certs.is_empty() {
        return Err(tls_err(format!(
            "{what} \"{}\" contains no PEM certificates",
            path.display()
        )));
    }
    Ok(certs)
}

fn read_crls(
    opts: &TlsOptions,
) -> Result<Vec<CertificateRevocationListDer<'static>>, ConnectionConfigError> {
    let mut files = Vec::new();
    if let Some(f) = &opts.crl {
        match fs::metadata(f) {
            Ok(_) => files.push(f.clone()),
            Err(e) if e.kind() == ErrorKind::NotFound && !opts.crl_explicit => {}
            Err(e) => {
                return Err(tls_err(format!(
                    "SSL certificate revocation list file \"{}\" cannot be used: {e}",
                    f.display()
                )));
            }
        }
    }
    if let Some(d) = &opts.crl_dir {
        let entries = fs::read_dir(d).map_err(|e| {
            tls_err(format!(
                "SSL certificate revocation list directory \"{}\" cannot be read: {e}",
                d.display()
            ))
        })?;
        let mut in_dir: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        in_dir.sort();
        files.extend(in_dir);
    }
    let mut crls = Vec::new();
    for f in files {
        let found = CertificateRevocationListDer::pem_file_iter(&f)
            .and_then(|it| it.collect::<Result<Vec<_>, _>>())
            .map_err(|e| {
                tls_err(format!(
                    "could not read SSL certificate revocation list file \"{}\": {e}",
                    f.display()
                ))
            })?;
        crls.extend(found);
    }
    Ok(crls)
}

fn check_key_permissions(path: &Path, meta: &fs::Metadata) -> Result<(), ConnectionConfigError> {
    if !meta.is_file() {
        return Err(tls_err(format!(
            "private key file \"{}\" is not a regular file",
            path.display()
        )));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // SAFETY: geteuid has no preconditions.
        let euid = unsafe { libc::geteuid() };
        let mode = meta.mode();
        if (meta.uid() == euid && mode & 0o077 != 0) || (meta.uid() == 0 && mode & 0o037 != 0) {
            return Err(tls_err(format!(
                "private key file \"{}\" has group or world access; file must have permissions u=rw (0600) or less if owned by the current user, or permissions u=rw,g=r (0640) or less if owned by root",
                path.display()
            )));
        }
    }
    Ok(())
}

type ClientAuth = Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>;

fn client_auth(opts: &TlsOptions) -> Result<ClientAuth, ConnectionConfigError> {
    let Some(cert_path) = &opts.cert else {
        return Ok(None);
    };
    match fs::metadata(cert_path) {
        Ok(_) => {}
        Err(e) if matches!(e.kind(), ErrorKind::NotFound | ErrorKind::NotADirectory) => {
            return Ok(None);
        }
        Err(e) => {
            return Err(tls_err(format!(
                "could not open certificate file \"{}\": {e}",
                cert_path.display()
            )));
        }
    }
    let certs = read_certs(cert_path, "client certificate file")?;
    let Some(key_path) = &opts.key else {
        return Err(tls_err(format!(
            "certificate present, but no private key file (sslkey) for \"{}\"",
            cert_path.display()
        )));
    };
    let meta = fs::metadata(key_path).map_err(|_| {
        tls_err(format!(
            "certificate present, but not private key file \"{}\"",
            key_path.display()
        ))
    })?;
    check_key_permissions(key_path, &meta)?;
    let key = PrivateKeyDer::from_pem_file(key_path).map_err(|e| {
        tls_err(format!(
            "could not load private key file \"{}\": {e} (encrypted keys/sslpassword are not supported)",
            key_path.display()
        ))
    })?;
    Ok(Some((certs, key)))
}

/// The rustls client configuration for `opts`.
pub fn client_config(opts: &TlsOptions) -> Result<ClientConfig, ConnectionConfigError> {
    let provider = provider();
    let verifier: Arc<dyn ServerCertVerifier> = match verification(opts)? {
        Verification::None => Arc::new(NoServerVerification::new(provider.clone())),
        Verification::Chain => Arc::new(ChainOnlyVerifier::new(webpki_verifier(opts, &provider)?)),
        Verification::ChainAndHostName => webpki_verifier(opts, &provider)?,
    };
    let auth = if opts.sslmode == SslMode::Disable {
        None
    } else {
        client_auth(opts)?
    };
    build_config(provider, verifier, auth, opts)
}

/// A configuration for connections that never use TLS (`sslmode=disable`, unix sockets):
/// if it is used anyway, every server certificate is rejected.
pub fn unused_client_config() -> Result<ClientConfig, ConnectionConfigError> {
    let provider = provider();
    let mut opts = TlsOptions::new(SslMode::Disable, RootCertSource::NoHome);
    opts.sni = false;
    build_config(
        provider.clone(),
        Arc::new(RejectAll::new(provider)),
        None,
        &opts,
    )
}

fn build_config(
    provider: Arc<CryptoProvider>,
    verifier: Arc<dyn ServerCertVerifier>,
    auth: ClientAuth,
    opts: &TlsOptions,
) -> Result<ClientConfig, ConnectionConfigError> {
    let mut versions: Vec<&'static rustls::SupportedProtocolVersion> = Vec::new();
    if opts.tls13 {
        versions.push(&rustls::version::TLS13);
    }
    if opts.tls12 {
        versions.push(&rustls::version::TLS12);
    }
    let builder = ClientConfig::builder_with_provider(provider)
        .with_protocol_versions(&versions)
        .map_err(|e| tls_err(format!("TLS protocol versions: {e}")))?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let mut config = match auth {
        Some((certs, key)) => builder.with_client_auth_cert(certs, key).map_err(|e| {
            tls_err(format!(
                "client certificate and key do not fit together: {e}"
            ))
        })?,
        None => builder.with_no_client_auth(),
    };
    config.enable_sni = opts.sni;
    Ok(config)
}

/// rustls' WebPKI verifier (chain, validity, revocation, host name) over the configured
/// roots and CRLs.
pub fn webpki_verifier(
    opts: &TlsOptions,
    provider: &Arc<CryptoProvider>,
) -> Result<Arc<WebPkiServerVerifier>, ConnectionConfigError> {
    let roots = load_roots(&opts.root)?;
    let crls = read_crls(opts)?;
    WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider.clone())
        .with_crls(crls)
        .build()
        .map_err(|e| tls_err(format!("cannot build the certificate verifier: {e}")))
}

/// `verify-ca`: the WebPKI checks except the host name.
#[derive(Debug)]
pub struct ChainOnlyVerifier {
    inner: Arc<WebPkiServerVerifier>,
}

impl ChainOnlyVerifier {
    pub fn new(inner: Arc<WebPkiServerVerifier>) -> Self {
        ChainOnlyVerifier { inner }
    }
}

impl ServerCertVerifier for ChainOnlyVerifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        // WebPkiServerVerifier checks the chain (and revocation) first and the name last,
        // so a name error means everything else passed.
        match self.inner.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        ) {
            Err(TlsError::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// `prefer`/`allow`/`require` (without root certificate): any server certificate is
/// accepted; the handshake signatures are still checked.
#[derive(Debug)]
pub struct NoServerVerification {
    provider: Arc<CryptoProvider>,
}

impl NoServerVerification {
    pub fn new(provider: Arc<CryptoProvider>) -> Self {
        NoServerVerification { provider }
    }
}

impl ServerCertVerifier for NoServerVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

/// Rejects every server: for connectors that must never be used.
#[derive(Debug)]
struct RejectAll {
    provider: Arc<CryptoProvider>,
}

impl RejectAll {
    fn new(provider: Arc<CryptoProvider>) -> Self {
        RejectAll { provider }
    }
}

impl ServerCertVerifier for RejectAll {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        Err(TlsError::General(
            "TLS is not configured for this connection (sslmode=disable or unix socket)".into(),
        ))
    }

    fn verify_tls12_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        Err(TlsError::General(
            "TLS is not configured for this connection".into(),
        ))
    }

    fn verify_tls13_signature(
        &self,
        _message: &[u8],
        _cert: &CertificateDer<'_>,
        _dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        Err(TlsError::General(
            "TLS is not configured for this connection".into(),
        ))
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}
