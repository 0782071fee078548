package uk.supervisiondesk.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The monitoring sheet's rows. Callers go through {@link SessionLog}, which also writes the audit trail. */
@RegisterConstructorMapper(SessionRow.class)
public interface SessionDao {
    String COLUMNS = "supervisee_id, session_date, kind, outcome, rescheduled_to, reason, gap_reason, shared_on,"
            + " signed_on";

    @SqlQuery("SELECT id, " + COLUMNS + " FROM supervision_session ORDER BY supervisee_id, session_date, id")
    List<SessionRow> all();

    @SqlQuery("SELECT id, " + COLUMNS + " FROM supervision_session WHERE supervisee_id = :superviseeId"
            + " ORDER BY session_date, id")
    List<SessionRow> forSupervisee(long superviseeId);

    @SqlQuery("SELECT id, " + COLUMNS + " FROM supervision_session WHERE id = :id")
    Optional<SessionRow> byId(long id);

    @SqlQuery("SELECT id, " + COLUMNS + " FROM supervision_session WHERE supervisee_id = :superviseeId"
            + " AND session_date = :date AND kind = :kind")
    Optional<SessionRow> onDay(long superviseeId, LocalDate date, String kind);

    @SqlUpdate("INSERT INTO supervision_session (" + COLUMNS + ") VALUES (:superviseeId, :sessionDate, :kind,"
            + " :outcome, :rescheduledTo, :reason, :gapReason, :sharedOn, :signedOn)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods SessionRow row);

    @SqlUpdate("UPDATE supervision_session SET session_date = :sessionDate, kind = :kind, outcome = :outcome,"
            + " rescheduled_to = :rescheduledTo, reason = :reason, gap_reason = :gapReason, shared_on = :sharedOn,"
            + " signed_on = :signedOn, updated_at = CURRENT_TIMESTAMP WHERE id = :id")
    int update(@BindMethods SessionRow row);

    @SqlUpdate("DELETE FROM supervision_session WHERE id = :id")
    int delete(long id);

    @SqlQuery("SELECT COUNT(*) FROM supervision_session")
    int count();
}
