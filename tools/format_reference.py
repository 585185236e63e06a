#!/usr/bin/env python3
"""Independent reference implementation of docs/FORMAT.md (idctl data formats v1).

Written from the specification alone, without the Rust sources, to keep
tests/data/envelope_vectors.json honest:

    python3 tools/format_reference.py            # recompute every vector, exit 1 on any mismatch
    python3 tools/format_reference.py --write    # (re)generate the JSON from the inputs below

Needs the `cryptography` package (AES-GCM-SIV, OpenSSL >= 3.2; X25519): pip install cryptography.
HKDF, HMAC, the context encoding, the envelope, the normalisation and the key file format are
implemented here directly from the document (HKDF on top of Python's hmac module).

Sealed values (§12, tests/data/sealed_vectors.json) also need ML-KEM-768 (FIPS 203): the pure-Python
`kyber-py` package (pip install kyber-py==1.2.0; its `_keygen_internal(d, z)` and
`_encaps_internal(ek, m)` are FIPS 203's deterministic ML-KEM.KeyGen_internal and
ML-KEM.Encaps_internal). X-Wing (draft-connolly-cfrg-xwing-kem-06) is implemented here on top of it
with hashlib's SHAKE256 and SHA3-256 and `cryptography`'s X25519, and is first checked against the
draft's own vectors (tests/data/vectors/xwing/test-vectors.json). Without kyber-py, only the sealed
values whose layers are all x25519 are checked and the others are reported as skipped (exit 1).
This script is not run by CI; src/crypto/tests.rs and src/crypto/pq_tests.rs check the same files.
"""

import base64
import hashlib
import hmac
import json
import os
import re
import struct
import sys
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCMSIV

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VECTORS = os.path.join(ROOT, "tests", "data", "envelope_vectors.json")
SEALED_VECTORS = os.path.join(ROOT, "tests", "data", "sealed_vectors.json")
XWING_DRAFT_VECTORS = os.path.join(ROOT, "tests", "data", "vectors", "xwing", "test-vectors.json")

# --- §1 key ids ---------------------------------------------------------------------------

KEY_ID_RE = re.compile(r"\A([a-z][a-z0-9_]{0,47}):v([1-9][0-9]{0,5})\Z")


def valid_key_id(s):
    return KEY_ID_RE.match(s) is not None


def key_file_name(key_id):
    m = KEY_ID_RE.match(key_id)
    assert m, key_id
    return f"{m.group(1)}.v{m.group(2)}.key"


# --- primitives -----------------------------------------------------------------------------


def hmac_sha256(key, msg):
    return hmac.new(key, msg, hashlib.sha256).digest()


def hkdf(salt, ikm, info, length):
    """RFC 5869 with SHA-256."""
    assert 0 < length <= 255 * 32
    prk = hmac_sha256(salt, ikm)
    out, t, i = b"", b"", 1
    while len(out) < length:
        t = hmac_sha256(prk, t + info + bytes([i]))
        out += t
        i += 1
    return out[:length]


# --- §3 derivation, §4 fingerprint ----------------------------------------------------------

SALT = b"idctl/v1"


def derive(root, info):
    return hkdf(SALT, root, info, 32)


def column_info(purpose, table, column):
    t, c = table.encode(), column.encode()
    assert 1 <= len(t) <= 255 and 1 <= len(c) <= 255 and b"\0" not in t + c
    return purpose + b"\0" + t + b"\0" + c


def fingerprint(root):
    return hmac_sha256(derive(root, b"key-check-value"), b"idctl key check value v1").hex()


# --- §5 context -----------------------------------------------------------------------------


class InvalidContext(Exception):
    pass


def context_encoding(table, column, pk):
    if not 1 <= len(pk) <= 255:
        raise InvalidContext()
    out = b"idctl/context/v1"
    for name in (table, column):
        b = name.encode()
        out += len(b).to_bytes(2, "big") + b
    out += bytes([len(pk)])
    for part in pk:
        b = part.encode()
        out += len(b).to_bytes(4, "big") + b
    return out


def context_tag(root, enc):
    return hmac_sha256(derive(root, b"context-tag"), enc)[:8]


# --- §6 envelope ----------------------------------------------------------------------------


def encrypt(root, key_id, table, column, pk, nonce, plaintext):
    key = derive(root, column_info(b"aead", table, column))
    enc = context_encoding(table, column, pk)
    kid = key_id.encode("ascii")
    assert len(nonce) == 12
    header = b"\x69\x64\x01\x01" + bytes([len(kid)]) + kid + context_tag(root, enc) + nonce
    return header + AESGCMSIV(key).encrypt(nonce, plaintext, header + enc)


class DecryptFailure(Exception):
    def __init__(self, cls):
        super().__init__(cls)
        self.cls = cls


def decrypt(keys, unusable, table, column, pk, env):
    """keys: {key_id: root bytes}; unusable: {key_id: status}. Returns plaintext or raises
    DecryptFailure(error class), following the order of checks in §6."""
    magic = b"\x69\x64"
    for i in range(2):
        if i < len(env) and env[i] != magic[i]:
            raise DecryptFailure("not_an_envelope")
    if len(env) < 2:
        raise DecryptFailure("truncated")
    if len(env) < 3:
        raise DecryptFailure("truncated")
    if env[2] != 1:
        raise DecryptFailure("unsupported_format_version")
    if len(env) < 4:
        raise DecryptFailure("truncated")
    if env[3] != 1:
        raise DecryptFailure("unknown_algorithm")
    if len(env) < 5:
        raise DecryptFailure("truncated")
    L = env[4]
    if L == 0 or L > 64:
        raise DecryptFailure("malformed")
    if len(env) < 5 + L:
        raise DecryptFailure("truncated")
    try:
        kid = env[5 : 5 + L].decode("ascii")
    except UnicodeDecodeError:
        raise DecryptFailure("malformed")
    if not valid_key_id(kid):
        raise DecryptFailure("malformed")
    if len(env) < 25 + L + 16:
        raise DecryptFailure("truncated")
    if kid not in keys:
        if kid in unusable:
            raise DecryptFailure("key_not_usable")
        raise DecryptFailure("unknown_key_id")
    root = keys[kid]
    try:
        enc = context_encoding(table, column, pk)
    except InvalidContext:
        raise DecryptFailure("invalid_context")
    header = env[: 25 + L]
    if not hmac.compare_digest(context_tag(root, enc), env[5 + L : 13 + L]):
        raise DecryptFailure("wrong_context")
    key = derive(root, column_info(b"aead", table, column))
    try:
        return AESGCMSIV(key).decrypt(env[13 + L : 25 + L], env[25 + L :], header + enc)
    except InvalidTag:
        raise DecryptFailure("tampered")


# --- §7 blind index -------------------------------------------------------------------------

WHITE_SPACE = set(
    [chr(c) for c in range(0x09, 0x0E)]
    + ["\u0020", "\u0085", "\u00a0", "\u1680"]
    + [chr(c) for c in range(0x2000, 0x200B)]
    + ["\u2028", "\u2029", "\u202f", "\u205f", "\u3000"]
)


def normalize_email(s):
    # str.strip() would also strip U+001C..U+001F, which are not White_Space: trim explicitly.
    start, end = 0, len(s)
    while start < end and s[start] in WHITE_SPACE:
        start += 1
    while end > start and s[end - 1] in WHITE_SPACE:
        end -= 1
    return unicodedata.normalize("NFC", s[start:end].lower())


def normalize(kind, s):
    if kind == "email":
        return normalize_email(s)
    assert kind == "exact"
    return s


def blind_index(root, table, column, normalized):
    return hmac_sha256(derive(root, column_info(b"blind-index", table, column)), normalized.encode())


# --- §8 key files ---------------------------------------------------------------------------


def key_file_content(key_id, algorithm, root):
    return (
        "idctl-key v1\n"
        f"id: {key_id}\n"
        f"algorithm: {algorithm}\n"
        f"fingerprint: {fingerprint(root)}\n"
        f"material: {base64.b64encode(root).decode()}\n"
    )


def parse_key_file(content):
    lines = content.split("\n")
    assert lines[-1] == "" and len(lines) == 6, "five LF-terminated lines"
    assert lines[0] == "idctl-key v1"
    fields = {}
    for line, name in zip(lines[1:5], ["id", "algorithm", "fingerprint", "material"]):
        assert line.startswith(name + ": "), line
        fields[name] = line[len(name) + 2 :]
    assert valid_key_id(fields["id"])
    assert fields["algorithm"] in ("aes-256-gcm-siv", "hmac-sha256")
    root = base64.b64decode(fields["material"], validate=True)
    assert len(root) == 32 and base64.b64encode(root).decode() == fields["material"]
    assert fields["fingerprint"] == fingerprint(root)
    return fields["id"], fields["algorithm"], root


# --- inputs (used by --write) ---------------------------------------------------------------

LONG_BASENAME = "abcdefghijklmnopqrstuvwxyz_0123456789_abcdefghij"  # 48 bytes, the maximum

ROOT_KEYS = [
    ("profile:v3", "aes-256-gcm-siv", bytes(range(0x00, 0x20))),
    ("profile:v4", "aes-256-gcm-siv", bytes(range(0x20, 0x40))),
    ("email_idx:v1", "hmac-sha256", bytes(range(0x40, 0x60))),
    (LONG_BASENAME + ":v999999", "aes-256-gcm-siv", bytes([0xFF - i for i in range(32)])),
]

COLUMN_KEYS = [
    ("profile:v3", "aead", "user_profiles", "profile_enc"),
    ("profile:v3", "aead", "user_profiles", "encryption_meta"),
    ("profile:v4", "aead", "user_profiles", "profile_enc"),
    ("email_idx:v1", "blind-index", "users", "email_hash"),
    ("email_idx:v1", "blind-index", "users", "last_login_ip_hash"),
]

CONTEXTS = [
    ("user_profiles", "profile_enc", ["42"]),
    ("orders", "shipping_address_enc", ["7", "2024-01-01"]),
    ("t", "c", [""]),
    ("public.users", "name_enc", ["\u00fc-\u00df", "\u20ac"]),
]

ENVELOPES = [
    # name, key id, table, column, pk, nonce hex, plaintext (utf-8 text)
    ("profile_v3_pk42", "profile:v3", "user_profiles", "profile_enc", ["42"],
     "0102030405060708090a0b0c", '{"name":"Ada"}'),
    ("profile_v3_empty_plaintext", "profile:v3", "user_profiles", "profile_enc", ["42"],
     "000000000000000000000000", ""),
    ("profile_v4_pk42_rewrapped", "profile:v4", "user_profiles", "profile_enc", ["42"],
     "ffeeddccbbaa998877665544", '{"name":"Ada"}'),
    ("profile_v3_composite_pk", "profile:v3", "orders", "shipping_address_enc", ["7", "2024-01-01"],
     "a1a2a3a4a5a6a7a8a9aaabac", "1 Infinite Loop, Cupertino"),
    ("long_key_id_empty_pk_part", LONG_BASENAME + ":v999999", "t", "c", [""],
     "5c5c5c5c5c5c5c5c5c5c5c5c", "x" * 100),
    ("unicode_pk_and_plaintext", "profile:v3", "public.users", "name_enc", ["\u00fc-\u00df", "\u20ac"],
     "0f0e0d0c0b0a090807060504", "Zo\u00eb \u6771\u4eac \U0001f600"),
]

BLIND_INDEXES = [
    # table, column, normalization, input
    ("users", "email_hash", "email", "alice@example.com"),
    ("users", "email_hash", "email", "  Alice@Example.COM\n"),
    ("users", "email_hash", "email", "\u00a0BOB@EXAMPLE.ORG\u3000"),
    ("users", "email_hash", "email", "E\u0301MILE@exemple.fr"),
    ("users", "email_hash", "email", "\u00c9mile@EXEMPLE.fr"),
    ("users", "email_hash", "email", "Stra\u00dfe@Beispiel.DE"),
    ("users", "email_hash", "email", "\u039f\u0394\u039f\u03a3@example.gr"),
    ("users", "email_hash", "email", "\u03a3\u0391\u03a3.\u03a3\u0391\u03a3@example.gr"),
    ("users", "email_hash", "email", "\u0130stanbul@example.tr"),
    ("users", "email_hash", "email", "\t a b@example.com \u2003"),
    ("users", "email_hash", "email", "\u200balice@example.com"),
    ("users", "email_hash", "email", "\u001falice@example.com"),
    ("users", "email_hash", "exact", "Alice@Example.COM"),
    # Final_Sigma: a cased letter before (case-ignorables such as "." or "'" skipped), none after.
    ("users", "email_hash", "email", "\u03a3@example.gr"),
    ("users", "email_hash", "email", "\u0391.\u03a3@example.gr"),
    ("users", "email_hash", "email", "\u0391\u03a3'\u0391@example.gr"),
    ("users", "email_hash", "email", "\u0391\u03a31@example.gr"),
    ("users", "last_login_ip_hash", "exact", "192.0.2.1"),
    # IP addresses are hashed in their canonical text form (§7): RFC 5952 for IPv6.
    ("users", "last_login_ip_hash", "exact", "2001:db8::1"),
    ("users", "last_login_ip_hash", "exact", "::ffff:192.0.2.1"),
    ("users", "last_login_ip_hash", "exact", ""),
]

# Loaded keys and unusable ids for the invalid-envelope cases.
LOADED = ["profile:v3", "profile:v4"]
UNUSABLE = {"profile:v2": "retired", "profile:v5": "pending"}


def invalid_inputs(valid_env):
    """(name, table, column, pk, envelope bytes, expected class) derived from profile_v3_pk42."""
    e = bytearray(valid_env)
    L = e[4]
    cases = [
        ("other_primary_key", "user_profiles", "profile_enc", ["43"], bytes(e), "wrong_context"),
        ("other_column", "user_profiles", "encryption_meta", ["42"], bytes(e), "wrong_context"),
        ("other_table", "user_profiles_archive", "profile_enc", ["42"], bytes(e), "wrong_context"),
        ("composite_vs_single_pk", "user_profiles", "profile_enc", ["4", "2"], bytes(e), "wrong_context"),
        ("empty_primary_key", "user_profiles", "profile_enc", [], bytes(e), "invalid_context"),
    ]

    def mod(name, f, cls):
        b = bytearray(e)
        f(b)
        cases.append((name, "user_profiles", "profile_enc", ["42"], bytes(b), cls))

    def flip(i):
        def f(b):
            b[i] ^= 0x01
        return f

    mod("flipped_last_byte", flip(len(e) - 1), "tampered")
    mod("flipped_first_ciphertext_byte", flip(25 + L), "tampered")
    mod("flipped_nonce_byte", flip(13 + L), "tampered")
    mod("flipped_context_tag_byte", flip(5 + L), "wrong_context")
    mod("bad_magic", lambda b: b.__setitem__(slice(0, 2), b"xx"), "not_an_envelope")
    mod("format_version_2", lambda b: b.__setitem__(2, 2), "unsupported_format_version")
    mod("format_version_0", lambda b: b.__setitem__(2, 0), "unsupported_format_version")
    mod("algorithm_2", lambda b: b.__setitem__(3, 2), "unknown_algorithm")
    mod("key_id_length_0", lambda b: b.__setitem__(4, 0), "malformed")
    mod("key_id_length_65", lambda b: b.__setitem__(4, 65), "malformed")
    mod("key_id_upper_case", lambda b: b.__setitem__(5, ord("P")), "malformed")
    mod("key_id_unknown_version", lambda b: b.__setitem__(5 + L - 1, ord("9")), "unknown_key_id")
    mod("key_id_retired", lambda b: b.__setitem__(5 + L - 1, ord("2")), "key_not_usable")
    mod("key_id_pending", lambda b: b.__setitem__(5 + L - 1, ord("5")), "key_not_usable")
    mod("key_id_not_utf8", lambda b: b.__setitem__(5, 0xFF), "malformed")

    def other_id(name, kid, cls):
        kid = kid.encode("ascii")
        cases.append((name, "user_profiles", "profile_enc", ["42"],
                      bytes(e[:4]) + bytes([len(kid)]) + kid + bytes(e[5 + L :]), cls))

    # Only the loaded versions of the column's own basename are tried (§6 step 7).
    other_id("key_id_of_another_basename", "customer:v3", "unknown_key_id")
    other_id("key_id_of_an_hmac_key", "email_idx:v1", "unknown_key_id")
    cases.append(("empty", "user_profiles", "profile_enc", ["42"], b"", "truncated"))
    cases.append(("header_only", "user_profiles", "profile_enc", ["42"], bytes(e[: 25 + L]), "truncated"))
    cases.append(("one_byte_short_of_minimum", "user_profiles", "profile_enc", ["42"],
                  bytes(e[: 25 + L + 15]), "truncated"))
    cases.append(("not_an_envelope_text", "user_profiles", "profile_enc", ["42"],
                  b'{"name":"Ada"}', "not_an_envelope"))
    return cases


# --- generation -----------------------------------------------------------------------------


def generate():
    roots = {kid: (alg, m) for kid, alg, m in ROOT_KEYS}
    out = {
        "description": "idctl format v1 vectors (docs/FORMAT.md). Generated by "
        "tools/format_reference.py --write; checked by src/crypto/tests.rs and by "
        "tools/format_reference.py. All byte strings are hex; text fields are JSON strings.",
        "root_keys": [],
        "column_keys": [],
        "contexts": [],
        "envelopes": [],
        "invalid_envelopes": [],
        "blind_indexes": [],
        "key_files": [],
    }
    for kid, alg, m in ROOT_KEYS:
        out["root_keys"].append({
            "id": kid,
            "algorithm": alg,
            "material": m.hex(),
            "fingerprint": fingerprint(m),
            "context_tag_key": derive(m, b"context-tag").hex(),
            "key_check_value_key": derive(m, b"key-check-value").hex(),
        })
        out["key_files"].append({
            "id": kid,
            "file_name": key_file_name(kid),
            "content": key_file_content(kid, alg, m),
        })
    for kid, purpose, table, column in COLUMN_KEYS:
        info = column_info(purpose.encode(), table, column)
        out["column_keys"].append({
            "key_id": kid, "purpose": purpose, "table": table, "column": column,
            "info": info.hex(), "key": derive(roots[kid][1], info).hex(),
        })
    for table, column, pk in CONTEXTS:
        out["contexts"].append({
            "table": table, "column": column, "primary_key": pk,
            "encoding": context_encoding(table, column, pk).hex(),
        })
    for name, kid, table, column, pk, nonce, pt in ENVELOPES:
        m = roots[kid][1]
        env = encrypt(m, kid, table, column, pk, bytes.fromhex(nonce), pt.encode())
        out["envelopes"].append({
            "name": name, "key_id": kid, "table": table, "column": column, "primary_key": pk,
            "nonce": nonce, "plaintext": pt.encode().hex(),
            "context_tag": context_tag(m, context_encoding(table, column, pk)).hex(),
            "envelope": env.hex(),
        })
    first = bytes.fromhex(out["envelopes"][0]["envelope"])
    for name, table, column, pk, env, cls in invalid_inputs(first):
        out["invalid_envelopes"].append({
            "name": name, "loaded_keys": LOADED,
            "unusable_keys": [{"id": k, "status": s} for k, s in UNUSABLE.items()],
            "table": table, "column": column, "primary_key": pk,
            "envelope": env.hex(), "error_class": cls,
        })
    for table, column, norm, inp in BLIND_INDEXES:
        m = roots["email_idx:v1"][1]
        n = normalize(norm, inp)
        out["blind_indexes"].append({
            "key_id": "email_idx:v1", "table": table, "column": column,
            "normalization": norm, "input": inp, "normalized": n,
            "index": blind_index(m, table, column, n).hex(),
        })
    return out


# --- verification ---------------------------------------------------------------------------


def verify(data):
    failures = []
    counts = {}

    def check(section, name, got, want):
        counts[section] = counts.get(section, 0) + 1
        if got != want:
            failures.append(f"{section} {name}: got {got!r}, want {want!r}")

    roots = {}
    for r in data["root_keys"]:
        m = bytes.fromhex(r["material"])
        roots[r["id"]] = m
        assert valid_key_id(r["id"]), r["id"]
        check("root_keys", r["id"], (fingerprint(m), derive(m, b"context-tag").hex(),
                                     derive(m, b"key-check-value").hex()),
              (r["fingerprint"], r["context_tag_key"], r["key_check_value_key"]))
    for c in data["column_keys"]:
        info = column_info(c["purpose"].encode(), c["table"], c["column"])
        check("column_keys", c["key_id"] + "/" + c["column"],
              (info.hex(), derive(roots[c["key_id"]], info).hex()), (c["info"], c["key"]))
    for c in data["contexts"]:
        check("contexts", c["table"], context_encoding(c["table"], c["column"], c["primary_key"]).hex(),
              c["encoding"])
    for v in data["envelopes"]:
        m = roots[v["key_id"]]
        env = encrypt(m, v["key_id"], v["table"], v["column"], v["primary_key"],
                      bytes.fromhex(v["nonce"]), bytes.fromhex(v["plaintext"]))
        tag = context_tag(m, context_encoding(v["table"], v["column"], v["primary_key"])).hex()
        check("envelopes", v["name"], (env.hex(), tag), (v["envelope"], v["context_tag"]))
        try:
            pt = decrypt({v["key_id"]: m}, {}, v["table"], v["column"], v["primary_key"],
                         bytes.fromhex(v["envelope"])).hex()
        except DecryptFailure as e:
            pt = "error: " + e.cls
        check("envelopes_decrypt", v["name"], pt, v["plaintext"])
    for v in data["invalid_envelopes"]:
        keys = {k: roots[k] for k in v["loaded_keys"]}
        unusable = {u["id"]: u["status"] for u in v["unusable_keys"]}
        try:
            decrypt(keys, unusable, v["table"], v["column"], v["primary_key"],
                    bytes.fromhex(v["envelope"]))
            got = "ok"
        except DecryptFailure as e:
            got = e.cls
        check("invalid_envelopes", v["name"], got, v["error_class"])
    for b in data["blind_indexes"]:
        n = normalize(b["normalization"], b["input"])
        check("blind_indexes", repr(b["input"]),
              (n, blind_index(roots[b["key_id"]], b["table"], b["column"], n).hex()),
              (b["normalized"], b["index"]))
    for k in data["key_files"]:
        try:
            kid, alg, m = parse_key_file(k["content"])
            got = (kid, m.hex(), key_file_name(kid), key_file_content(kid, alg, m))
        except AssertionError as e:
            got = ("parse error", str(e))
        check("key_files", k["id"], got,
              (k["id"], roots[k["id"]].hex(), k["file_name"], k["content"]))
    return counts, failures


# --- §12 sealed values ----------------------------------------------------------------------

try:
    from kyber_py.ml_kem import ML_KEM_768
except ImportError:  # see the module docstring
    ML_KEM_768 = None

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

SEALED_SALT = b"idctl/sealed/v1"
KEM_BYTES = {"x25519": 0x01, "x-wing": 0x02, "ml-kem-768": 0x03}
KEM_NAMES = {v: k for k, v in KEM_BYTES.items()}
CT_LEN = {"x25519": 32, "x-wing": 1120, "ml-kem-768": 1088}
RAND_LEN = {"x25519": 32, "x-wing": 64, "ml-kem-768": 32}
XWING_LABEL = b"\\.//^\\"  # the 6 bytes 5c 2e 2f 2f 5e 5c
POLICY_RE = re.compile(r"\A[a-z0-9][a-z0-9_.-]{0,99}\Z")


class NeedsMlKem(Exception):
    pass


def need_mlkem():
    if ML_KEM_768 is None:
        raise NeedsMlKem()


def x25519(k, u):
    """RFC 7748 X25519(k, u); None for the all-zero output (a low-order point)."""
    try:
        return X25519PrivateKey.from_private_bytes(k).exchange(X25519PublicKey.from_public_bytes(u))
    except ValueError:
        return None


def x25519_base(k):
    return X25519PrivateKey.from_private_bytes(k).public_key().public_bytes_raw()


def canonical_aad(template):
    """§12: the canonical bytes of a policy's aad_template."""
    if not template:
        return b""
    assert isinstance(template, dict)
    for k, v in template.items():
        assert isinstance(v, str)
        for t in (k, v):
            assert all(0x20 <= ord(c) < 0x7F and c not in '"\\' for c in t), t
    return ("{" + ",".join(f'"{k}":"{template[k]}"' for k in sorted(template)) + "}").encode()


def mlkem_seed(material):
    return hkdf(SALT, material, b"ml-kem-768 seed", 64)


def xwing_expand(sk):
    e = hashlib.shake_256(sk).digest(96)
    need_mlkem()
    pk_m, dk_m = ML_KEM_768._keygen_internal(e[0:32], e[32:64])
    return pk_m, dk_m, e[64:96]


def xwing_combiner(ss_m, ss_x, ct_x, pk_x):
    return hashlib.sha3_256(ss_m + ss_x + ct_x + pk_x + XWING_LABEL).digest()


def recipient_public(alg, material):
    if alg == "x25519":
        return x25519_base(material)
    if alg == "x-wing":
        pk_m, _, sk_x = xwing_expand(material)
        return pk_m + x25519_base(sk_x)
    assert alg == "ml-kem-768"
    need_mlkem()
    seed = mlkem_seed(material)
    return ML_KEM_768._keygen_internal(seed[:32], seed[32:])[0]


def kem_encaps(alg, pk, rnd):
    """(ciphertext, shared secret) of one layer; None if refused (x25519 low-order point)."""
    assert len(rnd) == RAND_LEN[alg]
    if alg == "x25519":
        eph = x25519_base(rnd)
        dh = x25519(rnd, pk)
        if dh is None:
            return None
        return eph, hkdf(SEALED_SALT, dh, b"x25519" + eph + pk, 32)
    need_mlkem()
    if alg == "ml-kem-768":
        ss, ct = ML_KEM_768._encaps_internal(pk, rnd)
        return ct, ss
    pk_m, pk_x = pk[:1184], pk[1184:]
    ss_m, ct_m = ML_KEM_768._encaps_internal(pk_m, rnd[:32])
    ct_x = x25519_base(rnd[32:])
    ss_x = x25519(rnd[32:], pk_x)
    assert ss_x is not None
    return ct_m + ct_x, xwing_combiner(ss_m, ss_x, ct_x, pk_x)


def kem_decaps(alg, material, ct):
    """The shared secret, or None when the KEM refuses (x25519 low-order point)."""
    if alg == "x25519":
        dh = x25519(material, ct)
        if dh is None:
            return None
        return hkdf(SEALED_SALT, dh, b"x25519" + ct + x25519_base(material), 32)
    need_mlkem()
    if alg == "ml-kem-768":
        seed = mlkem_seed(material)
        _, dk = ML_KEM_768._keygen_internal(seed[:32], seed[32:])
        return ML_KEM_768.decaps(dk, ct)
    pk_m, dk_m, sk_x = xwing_expand(material)
    ct_m, ct_x = ct[:1088], ct[1088:]
    ss_x = x25519(sk_x, ct_x)
    if ss_x is None:  # draft-06 X25519 accepts it; cryptography refuses the all-zero output
        ss_x = bytes(32)
    return xwing_combiner(ML_KEM_768.decaps(dk_m, ct_m), ss_x, ct_x, x25519_base(sk_x))


def layer_key(ss):
    return hkdf(SEALED_SALT, ss, b"layer", 32)


def seal(policy_name, aad, recipients, ctx, nonce, data_key, kem_rnd, plaintext, trace=None):
    """recipients: [(key id, alg, public key)] in layer order. Returns the sealed bytes."""
    n = len(recipients)
    assert 1 <= n <= 4 and POLICY_RE.match(policy_name) and len(nonce) == 12
    out = b"\x69\x64\x01\x02" + nonce + bytes([len(policy_name)]) + policy_name.encode() + bytes([n])
    secrets = []
    for i, ((kid, alg, pk), rnd) in enumerate(zip(recipients, kem_rnd)):
        ct, ss = kem_encaps(alg, pk, rnd)
        rid = kid.encode()
        body = bytes([KEM_BYTES[alg], len(rid)]) + rid + bytes([i, n]) + ct
        lk = layer_key(ss)
        st = hmac_sha256(lk, b"self" + body)[:16]
        bt = hmac_sha256(lk, b"bind" + nonce + ctx)[:16]
        out += body + st + bt
        secrets.append(ss)
        if trace is not None:
            trace.setdefault("layers", []).append({
                "kem_ciphertext": ct.hex(), "shared_secret": ss.hex(), "layer_key": lk.hex(),
                "self_tag": st.hex(), "bind_tag": bt.hex()})
    kek = hkdf(SEALED_SALT, b"".join(secrets), b"kek", 32)
    w = out + ctx + len(aad).to_bytes(4, "big") + aad
    wrapped = AESGCMSIV(kek).encrypt(bytes(12), data_key, w)
    data = AESGCMSIV(data_key).encrypt(nonce, plaintext, out[:16] + ctx)
    if trace is not None:
        trace.update({"kek": kek.hex(), "wrap_aad": w.hex(), "wrapped_key": wrapped.hex()})
    return out + wrapped + data


def parse_sealed(b):
    """§12 decryption steps 1-7: (policy, nonce, layers, wrap_start) or DecryptFailure."""
    for i, m in enumerate(b"\x69\x64"):
        if i < len(b) and b[i] != m:
            raise DecryptFailure("not_an_envelope")
    if len(b) < 3:
        raise DecryptFailure("truncated")
    if b[2] != 1:
        raise DecryptFailure("unsupported_format_version")
    if len(b) < 4:
        raise DecryptFailure("truncated")
    if b[3] != 2:
        raise DecryptFailure("unknown_algorithm")
    if len(b) < 17:
        raise DecryptFailure("truncated")
    lp = b[16]
    if not 1 <= lp <= 100:
        raise DecryptFailure("malformed")
    if len(b) < 17 + lp:
        raise DecryptFailure("truncated")
    try:
        policy = b[17 : 17 + lp].decode("ascii")
    except UnicodeDecodeError:
        raise DecryptFailure("malformed")
    if not POLICY_RE.match(policy):
        raise DecryptFailure("malformed")
    at = 17 + lp
    if len(b) <= at:
        raise DecryptFailure("truncated")
    n = b[at]
    if not 1 <= n <= 4:
        raise DecryptFailure("malformed")
    at += 1
    layers = []
    for _ in range(n):
        start = at
        if len(b) <= at:
            raise DecryptFailure("truncated")
        if b[at] not in KEM_NAMES:
            raise DecryptFailure("unknown_algorithm")
        alg = KEM_NAMES[b[at]]
        if len(b) <= at + 1:
            raise DecryptFailure("truncated")
        lr = b[at + 1]
        if not 1 <= lr <= 64:
            raise DecryptFailure("malformed")
        at += 2
        if len(b) < at + lr:
            raise DecryptFailure("truncated")
        try:
            rid = b[at : at + lr].decode("ascii")
        except UnicodeDecodeError:
            raise DecryptFailure("malformed")
        if not valid_key_id(rid):
            raise DecryptFailure("malformed")
        at += lr
        end = at + 2 + CT_LEN[alg] + 32
        if len(b) < end:
            raise DecryptFailure("truncated")
        layers.append({"kem": alg, "recipient": rid, "position": b[at], "count": b[at + 1],
                       "ct": b[at + 2 : end - 32], "body": b[start : end - 32],
                       "self": b[end - 32 : end - 16], "bind": b[end - 16 : end]})
        at = end
    if len(b) < at + 48 + 16:
        raise DecryptFailure("truncated")
    return policy, b[4:16], layers, at


def open_sealed(held, unusable, policies, ctx, b):
    """held: {key id: (alg, material)}; unusable: {key id: status}; policies: {name: aad bytes};
    ctx: the context encoding (None when it cannot be encoded). Follows §12's order of checks."""
    policy, nonce, layers, ws = parse_sealed(b)
    if ctx is None:
        raise DecryptFailure("invalid_context")
    if policy not in policies:
        raise DecryptFailure("unknown_policy")
    n = len(layers)
    secrets = []
    for i, l in enumerate(layers):
        if l["recipient"] not in held:
            raise DecryptFailure("key_not_usable" if l["recipient"] in unusable else "unknown_recipient")
        alg, material = held[l["recipient"]]
        if alg != l["kem"]:
            raise DecryptFailure("layer_tampered")
        ss = kem_decaps(alg, material, l["ct"])
        if ss is None:
            raise DecryptFailure("layer_tampered")
        lk = layer_key(ss)
        if not hmac.compare_digest(hmac_sha256(lk, b"self" + l["body"])[:16], l["self"]):
            raise DecryptFailure("layer_tampered")
        if l["count"] > n:
            raise DecryptFailure("layer_missing")
        if l["position"] != i or l["count"] < n:
            raise DecryptFailure("layer_swapped")
        if not hmac.compare_digest(hmac_sha256(lk, b"bind" + nonce + ctx)[:16], l["bind"]):
            raise DecryptFailure("layer_swapped")
        secrets.append(ss)
    kek = hkdf(SEALED_SALT, b"".join(secrets), b"kek", 32)
    aad = policies[policy]
    w = b[:ws] + ctx + len(aad).to_bytes(4, "big") + aad
    try:
        dk = AESGCMSIV(kek).decrypt(bytes(12), b[ws : ws + 48], w)
        return AESGCMSIV(dk).decrypt(nonce, b[ws + 48 :], b[:16] + ctx)
    except InvalidTag:
        raise DecryptFailure("tampered")


RECIPIENT_KEYS = [
    ("legacy:v1", "x25519", bytes(range(0x60, 0x80))),
    ("legacy:v2", "x25519", bytes(range(0xC0, 0xE0))),
    ("orders_rcpt:v1", "x-wing", bytes(range(0x80, 0xA0))),
    ("pq:v1", "ml-kem-768", bytes(range(0xA0, 0xC0))),
]

POLICIES = [
    # name, aad_template, layer recipients
    ("legacy", None, ["legacy:v1"]),
    ("orders", {"tenant": "acme", "purpose": "orders"}, ["orders_rcpt:v1"]),
    ("pq-only", {}, ["pq:v1"]),
    ("hybrid", {"tenant": "acme", "region": "eu-1"}, ["legacy:v1", "pq:v1"]),
]

CTX = ("orders", "encrypted_customer_blob", ["42"])

SEALED = [
    # name, policy, (table, column, pk), data key, nonce hex, KEM randomness (one fill byte per
    # layer), plaintext
    ("x25519_single", "legacy", CTX, bytes(range(0x10, 0x30)), "0102030405060708090a0b0c", [0x31],
     '{"name":"Ada"}'),
    ("x25519_single_other", "legacy", CTX, bytes(range(0x30, 0x50)), "a0a1a2a3a4a5a6a7a8a9aaab",
     [0x32], '{"name":"Bob"}'),
    ("xwing_single", "orders", ("orders", "shipping_address_sealed", ["7", "2024-01-01"]),
     bytes(range(0x50, 0x70)), "b0b1b2b3b4b5b6b7b8b9babb", [0x33], "1 Infinite Loop, Cupertino"),
    ("mlkem_single", "pq-only", CTX, bytes(range(0x70, 0x90)), "c0c1c2c3c4c5c6c7c8c9cacb", [0x34],
     ""),
    ("hybrid_x25519_mlkem", "hybrid", CTX, bytes(range(0x90, 0xB0)), "d0d1d2d3d4d5d6d7d8d9dadb",
     [0x35, 0x36], "Zo\u00eb \u6771\u4eac \U0001f600"),
]


def sealed_invalid_inputs(values):
    """(name, held, unusable, policies, (table, column, pk), bytes, class) from the valid values."""
    every = [k for k, _, _ in RECIPIENT_KEYS]
    allp = [p for p, _, _ in POLICIES]
    out = []

    def case(name, b, cls, held=every, unusable=None, policies=allp, ctx=CTX):
        out.append((name, held, unusable or {}, policies, ctx, bytes(b), cls))

    x, x2, xw, ml, hy = (bytes.fromhex(values[n]) for n in
                         ("x25519_single", "x25519_single_other", "xwing_single", "mlkem_single",
                          "hybrid_x25519_mlkem"))
    _, _, lx, wx = parse_sealed(x)
    _, _, lh, wh = parse_sealed(hy)

    def layer_span(b, layers, i):
        start = b.index(layers[i]["body"])
        return start, start + len(layers[i]["body"]) + 32

    def flipped(b, i, bit=0x01):
        b = bytearray(b)
        b[i] ^= bit
        return b

    def with_recipient(b, layers, i, new_id):
        s, e = layer_span(b, layers, i)
        body = b[s:e]
        lr = body[1]
        return b[:s] + body[:1] + bytes([len(new_id)]) + new_id.encode() + body[2 + lr :] + b[e:]

    ct_at = lambda b, layers, i: layer_span(b, layers, i)[0] + 2 + len(layers[i]["recipient"]) + 2
    case("x25519_kem_ciphertext_bit_flipped", flipped(x, ct_at(x, lx, 0)), "layer_tampered")
    case("x25519_kem_ciphertext_top_bit_flipped", flipped(x, ct_at(x, lx, 0) + 31, 0x80),
         "layer_tampered")
    _, _, lw, _ = parse_sealed(xw)
    case("xwing_kem_ciphertext_bit_flipped", flipped(xw, ct_at(xw, lw, 0) + 100), "layer_tampered",
         ctx=("orders", "shipping_address_sealed", ["7", "2024-01-01"]))
    _, _, lm, _ = parse_sealed(ml)
    case("mlkem_kem_ciphertext_bit_flipped", flipped(ml, ct_at(ml, lm, 0) + 1087), "layer_tampered")
    case("hybrid_second_layer_ciphertext_bit_flipped", flipped(hy, ct_at(hy, lh, 1)), "layer_tampered")
    case("self_tag_bit_flipped", flipped(x, layer_span(x, lx, 0)[1] - 32), "layer_tampered")
    case("count_byte_changed", flipped(x, ct_at(x, lx, 0) - 1, 0x02), "layer_tampered")
    case("recipient_rewritten_to_another_held_key", with_recipient(x, lx, 0, "legacy:v2"),
         "layer_tampered")
    case("recipient_rewritten_to_a_key_of_another_algorithm", with_recipient(x, lx, 0, "pq:v1"),
         "layer_tampered")
    case("recipient_not_held", with_recipient(x, lx, 0, "legacy:v9"), "unknown_recipient")
    case("recipient_not_loaded", x, "unknown_recipient", held=["pq:v1"])
    case("recipient_retired", x, "key_not_usable", held=["pq:v1"], unusable={"legacy:v1": "retired"})
    # A genuine layer of another value sealed to the same recipient (same position and count).
    s, e = layer_span(x, lx, 0)
    _, _, lx2, _ = parse_sealed(x2)
    s2, e2 = layer_span(x2, lx2, 0)
    case("layer_from_another_value", x[:s] + x2[s2:e2] + x[e:], "layer_swapped")
    s0, e0 = layer_span(hy, lh, 0)
    s1, e1 = layer_span(hy, lh, 1)
    case("layers_reordered", hy[:s0] + hy[s1:e1] + hy[s0:e0] + hy[e1:], "layer_swapped")
    n_at = s0 - 1
    case("second_layer_removed", hy[:n_at] + b"\x01" + hy[s0:e0] + hy[e1:], "layer_missing")
    case("first_layer_removed", hy[:n_at] + b"\x01" + hy[s1:e1] + hy[e1:], "layer_missing")
    case("nonce_bit_flipped", flipped(x, 4), "layer_swapped")
    case("other_primary_key", x, "layer_swapped", ctx=("orders", "encrypted_customer_blob", ["43"]))
    case("other_column", x, "layer_swapped", ctx=("orders", "encrypted_note", ["42"]))
    case("empty_primary_key", x, "invalid_context", ctx=("orders", "encrypted_customer_blob", []))
    case("unknown_policy", x, "unknown_policy", policies=["hybrid"])
    lp = x[16]
    case("policy_renamed_to_another_known_policy",
         x[:16] + bytes([6]) + b"orders" + x[17 + lp :], "tampered")
    case("wrapped_key_bit_flipped", flipped(x, wx), "tampered")
    case("data_bit_flipped", flipped(x, len(x) - 1), "tampered")
    case("hybrid_data_bit_flipped", flipped(hy, wh + 48), "tampered")
    case("bad_magic", b"xx" + x[2:], "not_an_envelope")
    case("format_version_2", x[:2] + b"\x02" + x[3:], "unsupported_format_version")
    case("algorithm_1", x[:3] + b"\x01" + x[4:], "unknown_algorithm")
    case("policy_name_length_0", x[:16] + b"\x00" + x[17:], "malformed")
    case("policy_name_length_101", x[:16] + b"\x65" + x[17:], "malformed")
    case("policy_name_upper_case", x[:17] + b"L" + x[18:], "malformed")
    case("layer_count_0", x[: 17 + lp] + b"\x00" + x[18 + lp :], "malformed")
    case("layer_count_5", x[: 17 + lp] + b"\x05" + x[18 + lp :], "malformed")
    case("unknown_kem_byte", x[: 18 + lp] + b"\x04" + x[19 + lp :], "unknown_algorithm")
    case("recipient_id_length_0", x[: 19 + lp] + b"\x00" + x[20 + lp :], "malformed")
    case("recipient_id_length_65", x[: 19 + lp] + b"\x41" + x[20 + lp :], "malformed")
    case("recipient_id_invalid", x[: 20 + lp] + b"L" + x[21 + lp :], "malformed")
    case("empty", b"", "truncated")
    case("header_only", x[:16], "truncated")
    case("layers_without_wrapped_key", x[:wx], "truncated")
    case("one_byte_short_of_minimum", x[: wx + 48 + 15], "truncated")
    case("data_truncated", x[:-1], "tampered")
    return out


def sealed_context(t):
    table, column, pk = t
    try:
        return context_encoding(table, column, pk)
    except InvalidContext:
        return None


def generate_sealed():
    keys = {kid: (alg, m) for kid, alg, m in RECIPIENT_KEYS}
    pubs = {kid: recipient_public(alg, m) for kid, alg, m in RECIPIENT_KEYS}
    pols = {name: (tpl, rcpts) for name, tpl, rcpts in POLICIES}
    out = {
        "description": "idctl sealed values (docs/FORMAT.md §12). Generated by "
        "tools/format_reference.py --write; checked by src/crypto/pq_tests.rs and by "
        "tools/format_reference.py. All byte strings are hex; text fields are JSON strings.",
        "recipient_keys": [],
        "policies": [],
        "sealed": [],
        "invalid_sealed": [],
    }
    for kid, alg, m in RECIPIENT_KEYS:
        entry = {"id": kid, "algorithm": alg, "material": m.hex(), "public_key": pubs[kid].hex()}
        if alg == "ml-kem-768":
            entry["ml_kem_seed"] = mlkem_seed(m).hex()
        out["recipient_keys"].append(entry)
    for name, tpl, rcpts in POLICIES:
        out["policies"].append({"name": name, "aad_template": tpl, "aad": canonical_aad(tpl).hex(),
                                "layers": rcpts})
    values = {}
    for name, pol, ctx, dk, nonce, fills, pt in SEALED:
        tpl, rcpts = pols[pol]
        recipients = [(k, keys[k][0], pubs[k]) for k in rcpts]
        rnd = [bytes([f]) * RAND_LEN[keys[k][0]] for k, f in zip(rcpts, fills)]
        trace = {}
        b = seal(pol, canonical_aad(tpl), recipients, context_encoding(*ctx), bytes.fromhex(nonce),
                 dk, rnd, pt.encode(), trace)
        values[name] = b.hex()
        out["sealed"].append({
            "name": name, "policy": pol, "table": ctx[0], "column": ctx[1], "primary_key": ctx[2],
            "data_key": dk.hex(), "nonce": nonce, "kem_randomness": [r.hex() for r in rnd],
            "plaintext": pt.encode().hex(), **trace, "sealed": b.hex(),
        })
    for name, held, unusable, policies, ctx, b, cls in sealed_invalid_inputs(values):
        out["invalid_sealed"].append({
            "name": name, "held_keys": held,
            "unusable_keys": [{"id": k, "status": s} for k, s in unusable.items()],
            "policies": policies, "table": ctx[0], "column": ctx[1], "primary_key": ctx[2],
            "sealed": b.hex(), "error_class": cls,
        })
    return out


def verify_sealed(data):
    failures, counts, skipped = [], {}, []

    def check(section, name, got, want):
        counts[section] = counts.get(section, 0) + 1
        if got != want:
            failures.append(f"{section} {name}: got {got!r}, want {want!r}")

    if ML_KEM_768 is not None:
        with open(XWING_DRAFT_VECTORS, encoding="utf-8") as f:
            for i, v in enumerate(json.load(f)):
                seed, eseed = bytes.fromhex(v["seed"]), bytes.fromhex(v["eseed"])
                pk = recipient_public("x-wing", seed)
                ct, ss = kem_encaps("x-wing", pk, eseed)
                check("xwing_draft_vectors", i, (pk.hex(), ct.hex(), ss.hex(),
                                                 kem_decaps("x-wing", seed, ct).hex()),
                      (v["pk"], v["ct"], v["ss"], v["ss"]))
    keys, pubs = {}, {}
    for k in data["recipient_keys"]:
        m = bytes.fromhex(k["material"])
        keys[k["id"]] = (k["algorithm"], m)
        try:
            got = recipient_public(k["algorithm"], m).hex()
            if k["algorithm"] == "ml-kem-768":
                check("ml_kem_seeds", k["id"], mlkem_seed(m).hex(), k["ml_kem_seed"])
            check("recipient_keys", k["id"], got, k["public_key"])
        except NeedsMlKem:
            skipped.append("recipient_keys " + k["id"])
        pubs[k["id"]] = bytes.fromhex(k["public_key"])
    policies = {}
    for p in data["policies"]:
        policies[p["name"]] = (bytes.fromhex(p["aad"]), p["layers"])
        check("policies", p["name"], canonical_aad(p["aad_template"]).hex(), p["aad"])
    for v in data["sealed"]:
        aad, rcpts = policies[v["policy"]]
        ctx = context_encoding(v["table"], v["column"], v["primary_key"])
        try:
            trace = {}
            b = seal(v["policy"], aad, [(k, keys[k][0], pubs[k]) for k in rcpts], ctx,
                     bytes.fromhex(v["nonce"]), bytes.fromhex(v["data_key"]),
                     [bytes.fromhex(r) for r in v["kem_randomness"]],
                     bytes.fromhex(v["plaintext"]), trace)
            check("sealed", v["name"], (b.hex(), trace),
                  (v["sealed"], {k: v[k] for k in ("layers", "kek", "wrap_aad", "wrapped_key")}))
            pt = open_sealed(keys, {}, {k: a for k, (a, _) in policies.items()}, ctx,
                             bytes.fromhex(v["sealed"])).hex()
            check("sealed_open", v["name"], pt, v["plaintext"])
        except NeedsMlKem:
            skipped.append("sealed " + v["name"])
        except DecryptFailure as e:
            check("sealed_open", v["name"], "error: " + e.cls, v["plaintext"])
    for v in data["invalid_sealed"]:
        held = {k: keys[k] for k in v["held_keys"]}
        unusable = {u["id"]: u["status"] for u in v["unusable_keys"]}
        pols = {p: policies[p][0] for p in v["policies"]}
        try:
            open_sealed(held, unusable, pols,
                        sealed_context((v["table"], v["column"], v["primary_key"])),
                        bytes.fromhex(v["sealed"]))
            got = "ok"
        except DecryptFailure as e:
            got = e.cls
        except NeedsMlKem:
            skipped.append("invalid_sealed " + v["name"])
            continue
        check("invalid_sealed", v["name"], got, v["error_class"])
    return counts, failures, skipped


# ---- §13 the audit chain ------------------------------------------------------------------------

def _chain_field(b):
    return b"\x00" if b is None else b"\x01" + struct.pack(">I", len(b)) + b


def _chain_int(x):
    return b"\x00" if x is None else b"\x01" + struct.pack(">q", x)


def _chain_text(s):
    return _chain_field(None if s is None else s.encode("utf-8"))


def chain_hash(prev, row):
    m = (b"idctl/audit-chain/v1" + prev + struct.pack(">q", row["id"])
         + _chain_text(row.get("table_name")) + _chain_int(row.get("record_id"))
         + _chain_int(row.get("changed_by")) + _chain_text(row.get("change_type"))
         + _chain_text(row.get("old_value")) + _chain_text(row.get("new_value"))
         + _chain_int(row.get("changed_at_us")) + _chain_field(row.get("ip_bin"))
         + _chain_text(row.get("user_agent")) + _chain_text(row.get("request_id")))
    return hashlib.sha256(m).digest()


def checkpoint_digest(entry_id, audit_id, h):
    return hashlib.sha256(b"idctl/audit-checkpoint/v1" + struct.pack(">qq", entry_id, audit_id) + h).digest()


# FORMAT.md §13.4, as printed there.
CHAIN_VECTORS = (
    "7e7bf5bccc9790eb47d1a75f55993a1e8ad3128f5fbf5e9bddf128a0d47f266a",
    "d96b342a065b49952848943848ce6019b9a35f29b497ee2ce322302d5301af06",
    "17c4c44d155f24eef241abda181d6c1a57bb1f5c6dc94a1136c063a5e03f5b15",
)


def verify_chain():
    r1 = {"id": 1, "table_name": "users", "record_id": 42, "changed_by": 7, "change_type": "lock",
          "new_value": '{"reason": "test"}', "changed_at_us": 1764633600000000, "request_id": "idctl-1"}
    h1 = chain_hash(bytes(32), r1)
    h2 = chain_hash(h1, {"id": 2})
    got = (h1.hex(), h2.hex(), checkpoint_digest(2, 2, h2).hex())
    return [f"audit chain vector {i}: {g} != {w}" for i, (g, w) in enumerate(zip(got, CHAIN_VECTORS)) if g != w]


def main():
    if "--write" in sys.argv[1:]:
        for path, data in ((VECTORS, generate()), (SEALED_VECTORS, generate_sealed())):
            with open(path, "w", encoding="utf-8") as f:
                json.dump(data, f, indent=1, ensure_ascii=False)
                f.write("\n")
            print(f"wrote {path}")
    with open(VECTORS, encoding="utf-8") as f:
        data = json.load(f)
    counts, failures = verify(data)
    with open(SEALED_VECTORS, encoding="utf-8") as f:
        sealed_counts, sealed_failures, skipped = verify_sealed(json.load(f))
    counts.update(sealed_counts)
    failures += sealed_failures
    failures += verify_chain()
    counts["audit_chain"] = len(CHAIN_VECTORS)
    for section, n in counts.items():
        print(f"{section}: {n} checked")
    for f in failures:
        print("MISMATCH", f)
    for s in skipped:
        print("SKIPPED (needs kyber-py)", s)
    total = sum(counts.values())
    print(f"{total - len(failures)} passed, {len(failures)} failed"
          + (f", {len(skipped)} skipped" if skipped else ""))
    sys.exit(1 if failures or skipped else 0)


if __name__ == "__main__":
    main()
