package uk.supervisiondesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Agreed actions. Callers go through {@link RecordBook} or {@link ActionLog}. */
@RegisterConstructorMapper(ActionRow.class)
public interface ActionDao {
    String COLUMNS = "id, supervisee_id, record_id, position, what, who, due_by, status, note, closed_on,"
            + " closed_in_record_id";

    @SqlQuery("SELECT " + COLUMNS + " FROM action_item WHERE record_id = :recordId ORDER BY position")
    List<ActionRow> ofRecord(long recordId);

    @SqlQuery("SELECT " + COLUMNS + " FROM action_item WHERE supervisee_id = :superviseeId AND status = 'OPEN'"
            + " ORDER BY due_by, id")
    List<ActionRow> openFor(long superviseeId);

    @SqlQuery("SELECT " + COLUMNS + " FROM action_item WHERE supervisee_id = :superviseeId ORDER BY due_by, id")
    List<ActionRow> allFor(long superviseeId);

    @SqlQuery("SELECT " + COLUMNS + " FROM action_item WHERE status = 'OPEN' ORDER BY due_by, id")
    List<ActionRow> allOpen();

    @SqlQuery("SELECT " + COLUMNS + " FROM action_item ORDER BY supervisee_id, due_by, id")
    List<ActionRow> all();

    @SqlUpdate("INSERT INTO action_item (supervisee_id, record_id, position, what, who, due_by, status, note,"
            + " closed_on, closed_in_record_id) VALUES (:superviseeId, :recordId, :position, :what, :who, :dueBy,"
            + " :status, :note, :closedOn, :closedInRecordId)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods ActionRow row);

    @SqlUpdate("UPDATE action_item SET position = :position, what = :what, who = :who, due_by = :dueBy,"
            + " status = :status, note = :note, closed_on = :closedOn, closed_in_record_id = :closedInRecordId"
            + " WHERE id = :id")
    int update(@BindMethods ActionRow row);

    @SqlUpdate("DELETE FROM action_item WHERE id = :id")
    int delete(long id);
}
