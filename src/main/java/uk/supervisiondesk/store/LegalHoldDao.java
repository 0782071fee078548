package uk.supervisiondesk.store;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Legal holds on supervisees' files, which stop deletion at the end of retention. Callers go through Retention. */
@RegisterConstructorMapper(LegalHoldDao.HoldRow.class)
public interface LegalHoldDao {

    /** One supervisee's hold. */
    record HoldRow(long id, String legalHoldReason, LocalDate legalHoldSince) {
    }

    @SqlQuery("SELECT id, legal_hold_reason, legal_hold_since FROM supervisee WHERE legal_hold ORDER BY id")
    List<HoldRow> holds();

    @SqlUpdate("UPDATE supervisee SET legal_hold = TRUE, legal_hold_reason = :reason, legal_hold_since = :since"
            + " WHERE id = :id")
    int place(long id, String reason, LocalDate since);

    @SqlUpdate("UPDATE supervisee SET legal_hold = FALSE, legal_hold_reason = '', legal_hold_since = NULL"
            + " WHERE id = :id")
    int release(long id);

    @SqlQuery("SELECT COUNT(*) FROM supervision_record WHERE supervisee_id = :id")
    int recordsOf(long id);

    @SqlQuery("SELECT COUNT(*) FROM supervision_session WHERE supervisee_id = :id")
    int sessionsOf(long id);

    /** Everything about the supervisee goes with this row: every table that refers to it deletes in cascade. */
    @SqlUpdate("DELETE FROM supervisee WHERE id = :id AND NOT legal_hold")
    int deleteUnlessHeld(long id);
}
