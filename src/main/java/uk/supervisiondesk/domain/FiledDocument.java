package uk.supervisiondesk.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A copy of a record version kept in the database: the PDF (and, for paper, the scan of the
 * signed printout), how it was signed and when. The bytes themselves are fetched separately.
 *
 * @param pdfSha256   the PDF's SHA-256 in hex; null when only a scan is kept
 * @param scanName    the scan's file name as it was attached; null when there is none
 * @param signedOn    the day it carried both signatures; null until then
 * @param recordDigest a digest of the record's version and values when it was filed, to tell
 *                    whether an unsigned copy still shows the record as it is
 */
public record FiledDocument(long id, long recordId, int version, SigningMode signing, String pdfSha256,
                            long pdfSize, String scanName, String scanMime, String scanSha256, long scanSize,
                            LocalDate signedOn, String recordDigest, Instant filedAt) {

    public boolean hasPdf() {
        return pdfSha256 != null;
    }

    public boolean hasScan() {
        return scanName != null;
    }

    public Optional<LocalDate> signedOnDate() {
        return Optional.ofNullable(signedOn);
    }
}
