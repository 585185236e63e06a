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

#[cfg(test)]
mod tests {
    use super::*;
    use rcgen::{
        BasicConstraints, CertificateParams, CertificateRevocationListParams, CertifiedIssuer,
        DnType, ExtendedKeyUsagePurpose, IsCa, KeyIdMethod, KeyPair, KeyUsagePurpose,
        RevokedCertParams, SerialNumber, date_time_ymd,
    };
    use rustls::server::WebPkiClientVerifier;
    use rustls::{ClientConnection, ServerConfig, ServerConnection};

    type Ca = CertifiedIssuer<'static, KeyPair>;

    fn new_ca(name: &str) -> Ca {
        let mut p = CertificateParams::new(Vec::<String>::new()).unwrap();
        p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        p.distinguished_name.push(DnType::CommonName, name);
        p.key_usages = vec![
            KeyUsagePurpose::KeyCertSign,
            KeyUsagePurpose::CrlSign,
            KeyUsagePurpose::DigitalSignature,
        ];
        CertifiedIssuer::self_signed(p, KeyPair::generate().unwrap()).unwrap()
    }

    struct Leaf {
        cert: CertificateDer<'static>,
        cert_pem: String,
        key: KeyPair,
    }

    impl Leaf {
        fn key_der(&self) -> PrivateKeyDer<'static> {
            PrivateKeyDer::try_from(self.key.serialize_der()).unwrap()
        }
    }

    fn leaf(names: &[&str], issuer: &Ca, serial: u64, eku: ExtendedKeyUsagePurpose) -> Leaf {
        let mut p =
            CertificateParams::new(names.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
                .unwrap();
        p.serial_number = Some(SerialNumber::from(serial));
        p.extended_key_usages = vec![eku];
        p.distinguished_name.push(DnType::CommonName, names[0]);
        let key = KeyPair::generate().unwrap();
        let cert = p.signed_by(&key, issuer).unwrap();
        Leaf {
            cert: cert.der().clone(),
            cert_pem: cert.pem(),
            key,
        }
    }

    fn server(names: &[&str], issuer: &Ca, serial: u64) -> Leaf {
        leaf(names, issuer, serial, ExtendedKeyUsagePurpose::ServerAuth)
    }

    fn self_signed(name: &str) -> Leaf {
        let ck = rcgen::generate_simple_self_signed(vec![name.to_owned()]).unwrap();
        Leaf {
            cert: ck.cert.der().clone(),
            cert_pem: ck.cert.pem(),
            key: ck.signing_key,
        }
    }

    /// A CA, its PEM in a temp dir, and server certificates.
    struct Fixture {
        dir: tempfile::TempDir,
        ca: Ca,
        ca_file: PathBuf,
        good: Leaf,
        wrong_name: Leaf,
        ip: Leaf,
        unknown_ca: Leaf,
        self_signed: Leaf,
    }

    fn fixture() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let ca = new_ca("idctl test CA");
        let ca_file = dir.path().join("root.crt");
        fs::write(&ca_file, ca.pem()).unwrap();
        let other = new_ca("some other CA");
        Fixture {
            good: server(&["localhost"], &ca, 10),
            wrong_name: server(&["db.other.example"], &ca, 11),
            ip: server(&["127.0.0.1"], &ca, 12),
            unknown_ca: server(&["localhost"], &other, 13),
            self_signed: self_signed("localhost"),
            dir,
            ca,
            ca_file,
        }
    }

    fn opts(mode: SslMode, f: &Fixture) -> TlsOptions {
        TlsOptions::new(
            mode,
            RootCertSource::File {
                path: f.ca_file.clone(),
                explicit: true,
            },
        )
    }

    fn check(v: &dyn ServerCertVerifier, cert: &Leaf, name: &str) -> Result<(), TlsError> {
        v.verify_server_cert(
            &cert.cert,
            &[],
            &ServerName::try_from(name.to_owned()).unwrap(),
            &[],
            UnixTime::now(),
        )
        .map(|_| ())
    }

    fn full_verifier(o: &TlsOptions) -> Arc<WebPkiServerVerifier> {
        webpki_verifier(o, &provider()).unwrap()
    }

    fn is_cert_error(r: &Result<(), TlsError>, want: fn(&CertificateError) -> bool) -> bool {
        matches!(r, Err(TlsError::InvalidCertificate(e)) if want(e))
    }

    /// A TLS handshake in memory between `client` and a rustls server presenting `leaf`.
    fn handshake(
        client: ClientConfig,
        name: &str,
        leaf: &Leaf,
        client_roots: Option<RootCertStore>,
    ) -> Result<(), TlsError> {
        let builder = ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .unwrap();
        let builder = match client_roots {
            Some(roots) => builder.with_client_cert_verifier(
                WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider())
                    .build()
                    .unwrap(),
            ),
            None => builder.with_no_client_auth(),
        };
        let server_cfg = builder
            .with_single_cert(vec![leaf.cert.clone()], leaf.key_der())
            .unwrap();
        let mut c = ClientConnection::new(
            Arc::new(client),
            ServerName::try_from(name.to_owned()).unwrap(),
        )?;
        let mut s = ServerConnection::new(Arc::new(server_cfg)).unwrap();
        for _ in 0..20 {
            let mut buf = Vec::new();
            while c.wants_write() {
                c.write_tls(&mut buf).unwrap();
            }
            let mut slice = &buf[..];
            while !slice.is_empty() {
                s.read_tls(&mut slice).unwrap();
            }
            s.process_new_packets()?;
            let mut buf = Vec::new();
            while s.wants_write() {
                s.write_tls(&mut buf).unwrap();
            }
            let mut slice = &buf[..];
            while !slice.is_empty() {
                c.read_tls(&mut slice).unwrap();
            }
            c.process_new_packets()?;
            if !c.is_handshaking() && !s.is_handshaking() {
                return Ok(());
            }
        }
        panic!("handshake did not finish");
    }

    #[test]
    fn verify_full_checks_chain_and_name() {
        let f = fixture();
        let v = full_verifier(&opts(SslMode::VerifyFull, &f));
        assert!(check(&*v, &f.good, "localhost").is_ok());
        assert!(check(&*v, &f.ip, "127.0.0.1").is_ok());
        let r = check(&*v, &f.wrong_name, "localhost");
        assert!(
            is_cert_error(&r, |e| matches!(
                e,
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. }
            )),
            "{r:?}"
        );
        let r = check(&*v, &f.unknown_ca, "localhost");
        assert!(
            is_cert_error(&r, |e| matches!(e, CertificateError::UnknownIssuer)),
            "{r:?}"
        );
        let r = check(&*v, &f.self_signed, "localhost");
        assert!(r.is_err(), "{r:?}");
        // the CA's own certificate is not a server certificate
        assert!(
            check(
                &*v,
                &Leaf {
                    cert: f.ca.der().clone(),
                    cert_pem: String::new(),
                    key: KeyPair::generate().unwrap()
                },
                "localhost"
            )
            .is_err()
        );
    }

    #[test]
    fn verify_ca_ignores_only_the_name() {
        let f = fixture();
        let v = ChainOnlyVerifier::new(full_verifier(&opts(SslMode::VerifyCa, &f)));
        assert!(check(&v, &f.good, "localhost").is_ok());
        assert!(check(&v, &f.wrong_name, "localhost").is_ok());
        assert!(check(&v, &f.good, "198.51.100.1").is_ok());
        let r = check(&v, &f.unknown_ca, "localhost");
        assert!(
            is_cert_error(&r, |e| matches!(e, CertificateError::UnknownIssuer)),
            "{r:?}"
        );
        assert!(check(&v, &f.self_signed, "localhost").is_err());
        // wrong name *and* unknown CA is still rejected
        let stranger = server(&["db.other.example"], &new_ca("x"), 1);
        assert!(check(&v, &stranger, "localhost").is_err());
    }

    #[test]
    fn handshakes_per_sslmode() {
        let f = fixture();
        let cfg = |mode| client_config(&opts(mode, &f)).unwrap();
        // verify-full
        assert!(handshake(cfg(SslMode::VerifyFull), "localhost", &f.good, None).is_ok());
        assert!(handshake(cfg(SslMode::VerifyFull), "localhost", &f.wrong_name, None).is_err());
        assert!(handshake(cfg(SslMode::VerifyFull), "localhost", &f.unknown_ca, None).is_err());
        assert!(handshake(cfg(SslMode::VerifyFull), "localhost", &f.self_signed, None).is_err());
        assert!(handshake(cfg(SslMode::VerifyFull), "127.0.0.1", &f.ip, None).is_ok());
        // verify-ca
        assert!(handshake(cfg(SslMode::VerifyCa), "localhost", &f.wrong_name, None).is_ok());
        assert!(handshake(cfg(SslMode::VerifyCa), "localhost", &f.unknown_ca, None).is_err());
        // require with an (explicit, existing) root file behaves like verify-ca
        assert!(handshake(cfg(SslMode::Require), "localhost", &f.wrong_name, None).is_ok());
        assert!(handshake(cfg(SslMode::Require), "localhost", &f.unknown_ca, None).is_err());
        // prefer/allow never verify
        assert!(handshake(cfg(SslMode::Prefer), "localhost", &f.self_signed, None).is_ok());
        assert!(handshake(cfg(SslMode::Allow), "localhost", &f.unknown_ca, None).is_ok());
        // require without any root file: encryption only
        let o = TlsOptions::new(
            SslMode::Require,
            RootCertSource::File {
                path: f.dir.path().join("nope.crt"),
                explicit: false,
            },
        );
        assert!(
            handshake(
                client_config(&o).unwrap(),
                "localhost",
                &f.self_signed,
                None
            )
            .is_ok()
        );
    }

    #[test]
    fn verification_levels() {
        let f = fixture();
        let missing = RootCertSource::File {
            path: f.dir.path().join("missing/root.crt"),
            explicit: false,
        };
        let v = |mode, root: &RootCertSource| verification(&TlsOptions::new(mode, root.clone()));
        let present = RootCertSource::File {
            path: f.ca_file.clone(),
            explicit: false,
        };
        assert_eq!(v(SslMode::Disable, &present).unwrap(), Verification::None);
        assert_eq!(v(SslMode::Allow, &present).unwrap(), Verification::None);
        assert_eq!(v(SslMode::Prefer, &present).unwrap(), Verification::None);
        assert_eq!(v(SslMode::Require, &present).unwrap(), Verification::Chain);
        assert_eq!(v(SslMode::Require, &missing).unwrap(), Verification::None);
        assert_eq!(
            v(SslMode::Require, &RootCertSource::NoHome).unwrap(),
            Verification::None
        );
        assert_eq!(v(SslMode::VerifyCa, &present).unwrap(), Verification::Chain);
        assert_eq!(
            v(SslMode::VerifyFull, &present).unwrap(),
            Verification::ChainAndHostName
        );
        assert_eq!(
            v(SslMode::VerifyFull, &RootCertSource::System).unwrap(),
            Verification::ChainAndHostName
        );
        for mode in [SslMode::VerifyCa, SslMode::VerifyFull] {
            let e = v(mode, &missing).unwrap_err().to_string();
            assert!(
                e.contains("root certificate file")
                    && e.contains("does not exist")
                    && e.contains("missing/root.crt"),
                "{e}"
            );
            assert!(e.contains("change sslmode"), "{e}");
            let e = v(mode, &RootCertSource::NoHome).unwrap_err().to_string();
            assert!(e.contains("home directory"), "{e}");
            assert!(client_config(&TlsOptions::new(mode, missing.clone())).is_err());
        }
    }

    #[test]
    fn bad_root_file_is_an_error() {
        let f = fixture();
        let bad = f.dir.path().join("bad.crt");
        fs::write(&bad, "not a certificate\n").unwrap();
        let o = TlsOptions::new(
            SslMode::VerifyFull,
            RootCertSource::File {
                path: bad,
                explicit: true,
            },
        );
        let e = client_config(&o).unwrap_err().to_string();
        assert!(e.contains("no PEM certificates"), "{e}");
    }

    #[test]
    fn revoked_certificates_are_rejected() {
        let f = fixture();
        let crl = CertificateRevocationListParams {
            this_update: date_time_ymd(2024, 1, 1),
            next_update: date_time_ymd(4000, 1, 1),
            crl_number: SerialNumber::from(1u64),
            issuing_distribution_point: None,
            revoked_certs: vec![RevokedCertParams {
                serial_number: SerialNumber::from(11u64), // wrong_name
                revocation_time: date_time_ymd(2024, 1, 1),
                reason_code: None,
                invalidity_date: None,
            }],
            key_identifier_method: KeyIdMethod::Sha256,
        }
        .signed_by(&f.ca)
        .unwrap();
        let crl_file = f.dir.path().join("root.crl");
        fs::write(&crl_file, crl.pem().unwrap()).unwrap();
        let mut o = opts(SslMode::VerifyCa, &f);
        o.crl = Some(crl_file.clone());
        let v = ChainOnlyVerifier::new(full_verifier(&o));
        assert!(check(&v, &f.good, "localhost").is_ok());
        let r = check(&v, &f.wrong_name, "localhost");
        assert!(
            is_cert_error(&r, |e| matches!(e, CertificateError::Revoked)),
            "{r:?}"
        );

        // the same through sslcrldir
        let crl_dir = f.dir.path().join("crls");
        fs::create_dir(&crl_dir).unwrap();
        fs::copy(&crl_file, crl_dir.join("abcd.r0")).unwrap();
        let mut o = opts(SslMode::VerifyCa, &f);
        o.crl_dir = Some(crl_dir);
        o.crl_explicit = true;
        let v = ChainOnlyVerifier::new(full_verifier(&o));
        assert!(check(&v, &f.wrong_name, "localhost").is_err());

        // a default CRL file that does not exist is fine; an explicit one is not
        let mut o = opts(SslMode::VerifyFull, &f);
        o.crl = Some(f.dir.path().join("none.crl"));
        assert!(client_config(&o).is_ok());
        o.crl_explicit = true;
        assert!(
            client_config(&o)
                .unwrap_err()
                .to_string()
                .contains("none.crl")
        );
    }

    #[cfg(unix)]
    #[test]
    fn client_certificates() {
        use std::os::unix::fs::PermissionsExt;
        let f = fixture();
        let client_ca = new_ca("client CA");
        let client = leaf(
            &["alice"],
            &client_ca,
            20,
            ExtendedKeyUsagePurpose::ClientAuth,
        );
        let cert_file = f.dir.path().join("postgresql.crt");
        let key_file = f.dir.path().join("postgresql.key");
        fs::write(&cert_file, &client.cert_pem).unwrap();
        fs::write(&key_file, client.key.serialize_pem()).unwrap();
        fs::set_permissions(&key_file, fs::Permissions::from_mode(0o600)).unwrap();
        let mut client_roots = RootCertStore::empty();
        client_roots.add(client_ca.der().clone()).unwrap();

        let mut o = opts(SslMode::VerifyFull, &f);
        // without a client certificate the server refuses
        let r = handshake(
            client_config(&o).unwrap(),
            "localhost",
            &f.good,
            Some(client_roots.clone()),
        );
        assert!(r.is_err(), "{r:?}");
        o.cert = Some(cert_file.clone());
        o.key = Some(key_file.clone());
        let r = handshake(
            client_config(&o).unwrap(),
            "localhost",
            &f.good,
            Some(client_roots.clone()),
        );
        assert!(r.is_ok(), "{r:?}");

        // a missing certificate file just means no client certificate
        let mut o2 = o.clone();
        o2.cert = Some(f.dir.path().join("absent.crt"));
        assert!(client_config(&o2).is_ok());
        // certificate without key
        let mut o3 = o.clone();
        o3.key = Some(f.dir.path().join("absent.key"));
        let e = client_config(&o3).unwrap_err().to_string();
        assert!(
            e.contains("certificate present, but not private key file"),
            "{e}"
        );
        // key readable by others
        fs::set_permissions(&key_file, fs::Permissions::from_mode(0o644)).unwrap();
        let e = client_config(&o).unwrap_err().to_string();
        assert!(e.contains("group or world access"), "{e}");
        // but sslmode=disable never looks at it
        let mut o4 = o.clone();
        o4.sslmode = SslMode::Disable;
        assert!(client_config(&o4).is_ok());
        fs::set_permissions(&key_file, fs::Permissions::from_mode(0o600)).unwrap();
        // a key that is not PEM
        fs::write(&key_file, "garbage").unwrap();
        let e = client_config(&o).unwrap_err().to_string();
        assert!(e.contains("could not load private key file"), "{e}");
    }

    #[test]
    fn protocol_versions_and_sni() {
        let f = fixture();
        let mut o = opts(SslMode::VerifyFull, &f);
        o.tls12 = false;
        o.sni = false;
        let c = client_config(&o).unwrap();
        assert!(!c.enable_sni);
        assert!(handshake(c, "localhost", &f.good, None).is_ok());
        o.tls12 = true;
        o.tls13 = false;
        assert!(handshake(client_config(&o).unwrap(), "localhost", &f.good, None).is_ok());
    }

    #[test]
    fn unused_config_rejects_every_server() {
        let f = fixture();
        let c = unused_client_config().unwrap();
        assert!(handshake(c, "localhost", &f.good, None).is_err());
    }

    #[test]
    fn connector_from_settings_needs_no_process_provider() {
        use crate::db::conninfo::{ConnectionSettings, MapEnv};
        let f = fixture();
        let url = format!(
            "postgres://u@localhost/db?sslmode=verify-full&sslrootcert={}",
            f.ca_file.display()
        );
        let s = ConnectionSettings::resolve(Some(&url), &MapEnv::new()).unwrap();
        assert!(s.tls_connector().is_ok());
        assert_eq!(
            s.server_verification().unwrap(),
            Verification::ChainAndHostName
        );
        let s =
            ConnectionSettings::resolve(Some("host=localhost sslmode=verify-ca"), &MapEnv::new())
                .unwrap();
        assert!(s.tls_connector().is_err());
        let s = ConnectionSettings::resolve(
            Some("host=localhost sslmode=disable sslrootcert=/nope"),
            &MapEnv::new(),
        )
        .unwrap();
        assert!(s.tls_connector().is_ok());
    }

    /// End-to-end against a real server with TLS. Run by hand:
    /// `IDCTL_TLS_E2E_URL='postgres://postgres@localhost:PORT/postgres?sslmode=verify-full&sslrootcert=CA.pem'
    ///  cargo test --lib db::tls::tests::e2e -- --ignored --nocapture`
    /// Optional `IDCTL_TLS_E2E_EXPECT=fail` when the connection must be refused.
    #[test]
    #[ignore = "needs a PostgreSQL server with ssl=on; see the doc comment"]
    fn e2e() {
        use crate::db::conninfo::{ConnectionSettings, ProcessEnv};
        let url = std::env::var("IDCTL_TLS_E2E_URL").expect("IDCTL_TLS_E2E_URL");
        let expect_fail = std::env::var("IDCTL_TLS_E2E_EXPECT").as_deref() == Ok("fail");
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let s = ConnectionSettings::resolve(Some(&url), &ProcessEnv).unwrap();
            println!(
                "connecting to {} (verification {:?})",
                s.redacted(),
                s.server_verification()
            );
            let cfg = s.pg_config("idctl/e2e", std::time::Duration::from_secs(5), "");
            let tls = match s.tls_connector() {
                Ok(tls) => tls,
                Err(e) => {
                    println!("configuration error: {e}");
                    assert!(expect_fail, "configuration should have been accepted: {e}");
                    return;
                }
            };
            match cfg.connect(tls).await {
                Ok((client, conn)) => {
                    tokio::spawn(conn);
                    let row = client
                        .query_one(
                            "select ssl, version from pg_stat_ssl where pid = pg_backend_pid()",
                            &[],
                        )
                        .await
                        .unwrap();
                    let ssl: bool = row.try_get(0).unwrap();
                    let version: Option<String> = row.try_get(1).unwrap();
                    println!("connected: ssl={ssl} version={version:?}");
                    assert!(!expect_fail, "connection should have failed");
                }
                Err(e) => {
                    println!(
                        "connection failed: {e} ({:?})",
                        std::error::Error::source(&e)
                    );
                    assert!(expect_fail, "connection should have succeeded: {e}");
                }
            }
        });
    }
}
