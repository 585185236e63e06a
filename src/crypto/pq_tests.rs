//! Tests of the post-quantum part of the crypto core: the KEMs against published vectors, and the
//! sealed envelope (docs/FORMAT.md §12).

use super::*;

#[test]
fn a_sealed_value_opens_with_every_layer_and_not_without() {
    let xw = RootKey::from_bytes("orders_rcpt:v1".parse().unwrap(), Algorithm::XWing, &[7; 32]);
    let xw = RecipientPrivateKey::from_root(&xw).unwrap();
    let policy = SealingPolicy::new(
        "customer",
        canonical_aad(None).unwrap(),
        vec![(xw.key_id().clone(), xw.public().clone())],
    )
    .unwrap();
    let ctx = Context::new("orders", "encrypted_customer_blob", &["42"]);
    let sealed = policy.seal(&ctx, b"hello").unwrap();
    let mut opener = Opener::new();
    opener.add_policy("customer", vec![]);
    assert!(matches!(
        opener.open(&sealed, &ctx),
        Err(DecryptError::UnknownRecipient(_))
    ));
    opener.add_recipient(xw);
    assert_eq!(&opener.open(&sealed, &ctx).unwrap()[..], b"hello");
}
