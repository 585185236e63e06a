#!/usr/bin/env python3
"""Independent reference implementation of docs/FORMAT.md (idctl data formats v1).

Written from the specification alone, without the Rust sources, to keep
tests/data/envelope_vectors.json honest:

    python3 tools/format_reference.py            # recompute every vector, exit 1 on any mismatch
    python3 tools/format_reference.py --write    # (re)generate the JSON from the inputs below

Needs the `cryptography` package (AES-GCM-SIV, OpenSSL >= 3.2): pip install cryptography.
HKDF, HMAC, the context encoding, the envelope, the normalisation and the key file format are
implemented here directly from the document (HKDF on top of Python's hmac module).
"""

import base64
import hashlib
import hmac
import json
import os
import re
import sys
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCMSIV

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VECTORS = os.path.join(ROOT, "tests", "data", "envelope_vectors.json")

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


def main():
    if "--write" in sys.argv[1:]:
        data = generate()
        with open(VECTORS, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {VECTORS}")
    with open(VECTORS, encoding="utf-8") as f:
        data = json.load(f)
    counts, failures = verify(data)
    for section, n in counts.items():
        print(f"{section}: {n} checked")
    for f in failures:
        print("MISMATCH", f)
    total = sum(counts.values())
    print(f"{total - len(failures)} passed, {len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
