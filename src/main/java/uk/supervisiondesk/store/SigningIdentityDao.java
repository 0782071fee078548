package uk.supervisiondesk.store;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The user's signing identities and the secret protecting them. */
@RegisterConstructorMapper(SigningIdentityRow.class)
public interface SigningIdentityDao {

    @SqlQuery("SELECT secret FROM signing_secret WHERE id = 1")
    Optional<byte[]> secret();

    @SqlUpdate("INSERT INTO signing_secret (id, secret, created_at) VALUES (1, :secret, :createdAt)")
    void insertSecret(byte[] secret, OffsetDateTime createdAt);

    @SqlQuery("SELECT * FROM signing_identity WHERE in_use ORDER BY id DESC LIMIT 1")
    Optional<SigningIdentityRow> inUse();

    @SqlUpdate("UPDATE signing_identity SET in_use = FALSE WHERE in_use")
    void retireAll();

    @SqlUpdate("INSERT INTO signing_identity (source, person_name, certificate_sha256, valid_until, pkcs12, in_use,"
            + " created_at) VALUES (:source, :personName, :certificateSha256, :validUntil, :pkcs12, :inUse, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods SigningIdentityRow row);

    @SqlQuery("SELECT COUNT(*) FROM signing_identity")
    int count();
}
