package uk.supervisiondesk.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Records and their personal notes and disagreements. Callers go through {@link RecordBook}. */
@RegisterConstructorMapper(RecordRow.class)
@RegisterConstructorMapper(DisagreementRow.class)
public interface RecordDao {
    String COLUMNS = "id, supervisee_id, session_id, template_key, record_type, record_date, status, version,"
            + " field_values, updated_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM supervision_record WHERE id = :id")
    Optional<RecordRow> byId(long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM supervision_record WHERE supervisee_id = :superviseeId"
            + " ORDER BY record_date DESC, id DESC")
    List<RecordRow> forSupervisee(long superviseeId);

    @SqlQuery("SELECT " + COLUMNS + " FROM supervision_record WHERE record_type = :recordType"
            + " ORDER BY supervisee_id, record_date, id")
    List<RecordRow> ofType(String recordType);

    @SqlQuery("SELECT " + COLUMNS + " FROM supervision_record WHERE status = 'DRAFT' ORDER BY updated_at DESC")
    List<RecordRow> drafts();

    @SqlUpdate("INSERT INTO supervision_record (supervisee_id, session_id, template_key, record_type, record_date,"
            + " status, version, field_values) VALUES (:superviseeId, :sessionId, :templateKey, :recordType,"
            + " :recordDate, :status, :version, :fieldValues)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods RecordRow row);

    @SqlUpdate("UPDATE supervision_record SET session_id = :sessionId, record_date = :recordDate, status = :status,"
            + " version = :version, field_values = :fieldValues, updated_at = CURRENT_TIMESTAMP WHERE id = :id")
    int update(@BindMethods RecordRow row);

    @SqlUpdate("DELETE FROM supervision_record WHERE id = :id")
    int delete(long id);

    @SqlQuery("SELECT note FROM personal_note WHERE record_id = :recordId")
    Optional<String> personalNote(long recordId);

    @SqlUpdate("MERGE INTO personal_note (record_id, note, updated_at) KEY (record_id)"
            + " VALUES (:recordId, :note, CURRENT_TIMESTAMP)")
    void putPersonalNote(long recordId, String note);

    @SqlUpdate("DELETE FROM personal_note WHERE record_id = :recordId")
    void deletePersonalNote(long recordId);

    @SqlQuery("SELECT id, record_id, party, note, recorded_on FROM record_disagreement WHERE record_id = :recordId"
            + " ORDER BY id")
    List<DisagreementRow> disagreements(long recordId);

    @SqlUpdate("INSERT INTO record_disagreement (record_id, party, note, recorded_on)"
            + " VALUES (:recordId, :party, :note, :recordedOn)")
    void addDisagreement(@BindMethods DisagreementRow row);

    @SqlQuery("SELECT COUNT(*) FROM supervision_record")
    int count();
}
