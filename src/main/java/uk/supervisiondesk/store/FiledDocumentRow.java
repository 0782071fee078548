package uk.supervisiondesk.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.supervisiondesk.domain.FiledDocument;
import uk.supervisiondesk.domain.SigningMode;

/** One row of filed_document without its bytes, which are fetched only when wanted. */
public record FiledDocumentRow(long id, long recordId, int version, String signing, String pdfSha256, long pdfSize,
                               String scanName, String scanMime, String scanSha256, long scanSize,
                               LocalDate signedOn, String valuesSha256, OffsetDateTime createdAt) {

    FiledDocument toDocument() {
        return new FiledDocument(id, recordId, version, SigningMode.valueOf(signing), pdfSha256, pdfSize, scanName,
                scanMime, scanSha256, scanSize, signedOn, valuesSha256, createdAt.toInstant());
    }
}
