package uk.supervisiondesk.store;

import java.time.OffsetDateTime;

/**
 * One row of signing_identity: a signing identity as PKCS#12 bytes, protected by the database's
 * signing secret (docs/decisions/0008-signing-identities.md).
 *
 * @param source GENERATED or ORGANISATION
 */
public record SigningIdentityRow(Long id, String source, String personName, String certificateSha256,
                                 OffsetDateTime validUntil, byte[] pkcs12, boolean inUse, OffsetDateTime createdAt) {
}
