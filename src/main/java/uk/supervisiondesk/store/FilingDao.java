package uk.supervisiondesk.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Filed copies of records and their earlier versions. Callers go through {@link RecordFiles}. */
@RegisterConstructorMapper(FiledDocumentRow.class)
@RegisterConstructorMapper(RecordVersionRow.class)
public interface FilingDao {
    String DOCUMENT_COLUMNS = "id, record_id, version, signing, pdf_sha256, pdf_size, scan_name, scan_mime,"
            + " scan_sha256, scan_size, signed_on, values_sha256, created_at";

    @SqlUpdate("INSERT INTO filed_document (record_id, version, signing, pdf, pdf_sha256, pdf_size, scan, scan_name,"
            + " scan_mime, scan_sha256, scan_size, signed_on, values_sha256, created_at) VALUES (:recordId, :version,"
            + " :signing, :pdf, :pdfSha256, :pdfSize, :scan, :scanName, :scanMime, :scanSha256, :scanSize, :signedOn,"
            + " :valuesSha256, :createdAt)")
    @GetGeneratedKeys("id")
    long insert(long recordId, int version, String signing, byte[] pdf, String pdfSha256, long pdfSize, byte[] scan,
                String scanName, String scanMime, String scanSha256, long scanSize, LocalDate signedOn,
                String valuesSha256, OffsetDateTime createdAt);

    @SqlQuery("SELECT " + DOCUMENT_COLUMNS + " FROM filed_document WHERE id = :id")
    Optional<FiledDocumentRow> byId(long id);

    @SqlQuery("SELECT " + DOCUMENT_COLUMNS + " FROM filed_document WHERE record_id = :recordId ORDER BY version, id")
    List<FiledDocumentRow> ofRecord(long recordId);

    @SqlQuery("SELECT " + DOCUMENT_COLUMNS + " FROM filed_document WHERE record_id = :recordId AND version = :version"
            + " ORDER BY id")
    List<FiledDocumentRow> ofVersion(long recordId, int version);

    /** Copies of each record's current version that someone has signed, for locking and listing. */
    @SqlQuery("SELECT f.id, f.record_id, f.version, f.signing, f.pdf_sha256, f.pdf_size, f.scan_name, f.scan_mime,"
            + " f.scan_sha256, f.scan_size, f.signed_on, f.values_sha256, f.created_at FROM filed_document f"
            + " JOIN supervision_record r"
            + " ON r.id = f.record_id AND r.version = f.version ORDER BY f.record_id, f.id")
    List<FiledDocumentRow> ofCurrentVersions();

    @SqlQuery("SELECT pdf FROM filed_document WHERE id = :id AND pdf IS NOT NULL")
    Optional<byte[]> pdf(long id);

    @SqlQuery("SELECT scan FROM filed_document WHERE id = :id AND scan IS NOT NULL")
    Optional<byte[]> scan(long id);

    @SqlUpdate("INSERT INTO record_version (record_id, version, status, record_date, field_values, replaced_because,"
            + " replaced_at) VALUES (:recordId, :version, :status, :recordDate, :fieldValues, :replacedBecause,"
            + " :replacedAt)")
    void insertVersion(@BindMethods RecordVersionRow row);

    @SqlQuery("SELECT record_id, version, status, record_date, field_values, replaced_because, replaced_at"
            + " FROM record_version WHERE record_id = :recordId ORDER BY version")
    List<RecordVersionRow> versions(long recordId);

    @SqlQuery("SELECT COUNT(*) FROM record_version WHERE record_id = :recordId")
    int earlierVersionCount(long recordId);
}
