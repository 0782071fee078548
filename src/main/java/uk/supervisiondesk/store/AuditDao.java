package uk.supervisiondesk.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import uk.supervisiondesk.domain.AuditEvent;

/**
 * The audit trail. Entries are appended in the same transaction as the change they describe,
 * so a change is never saved without its entry, nor an entry without its change.
 */
@RegisterConstructorMapper(AuditEntryRow.class)
public interface AuditDao {

    @SqlQuery("SELECT * FROM audit_entry ORDER BY seq DESC LIMIT 1")
    Optional<AuditEntryRow> last();

    @SqlQuery("SELECT * FROM audit_entry ORDER BY seq")
    List<AuditEntryRow> all();

    @SqlQuery("SELECT * FROM audit_entry WHERE supervisee_id = :superviseeId ORDER BY seq")
    List<AuditEntryRow> forSupervisee(long superviseeId);

    @SqlUpdate("INSERT INTO audit_entry (seq, at, action, record_type, record_id, supervisee_id, detail,"
            + " previous_hash, entry_hash) VALUES (:seq, :at, :action, :recordType, :recordId, :superviseeId,"
            + " :detail, :previousHash, :entryHash)")
    void insert(@BindMethods AuditEntryRow row);

    /** Adds an entry at the end of the chain. Joins the caller's transaction if there is one. */
    @Transaction
    default AuditEntryRow append(AuditEvent event, Clock clock) {
        Optional<AuditEntryRow> previous = last();
        long seq = previous.map(p -> p.seq() + 1).orElse(1L);
        String previousHash = previous.map(AuditEntryRow::entryHash).orElse(AuditEntryRow.GENESIS);
        // Microseconds are what the database keeps; truncating first keeps the hash reproducible.
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        AuditEntryRow unsigned = new AuditEntryRow(seq, at, event.action().key(), event.recordType(),
                event.recordId(), event.superviseeId(), event.detail(), previousHash, "");
        AuditEntryRow row = new AuditEntryRow(seq, at, unsigned.action(), unsigned.recordType(), unsigned.recordId(),
                unsigned.superviseeId(), unsigned.detail(), previousHash, unsigned.expectedHash());
        insert(row);
        return row;
    }
}
