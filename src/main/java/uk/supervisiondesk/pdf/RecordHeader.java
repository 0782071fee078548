package uk.supervisiondesk.pdf;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What identifies a record: printed in the title block and the running header and footer, and
 * written at the top level of record.json.
 *
 * @param authorityName the council or trust whose form this is, e.g. "Sefton Council"
 * @param formTitle the form's own title, e.g. "Individual supervision record"
 * @param type which kind of record this is
 * @param superviseeName the member of staff the record is about
 * @param employeeNumber their employee number, the key that links the file to the register
 * @param recordDate the date of the session, observation or agreement
 * @param version 1 for the first issue; a correction after signing is a new version
 * @param status where the record stands, e.g. "Draft", "Awaiting signature", "Signed"
 * @param policyPackName the policy pack the record was written under
 * @param recordedBy who wrote the record, the PDF's author (usually the supervisor)
 */
public record RecordHeader(
        String authorityName,
        String formTitle,
        RecordType type,
        String superviseeName,
        String employeeNumber,
        LocalDate recordDate,
        int version,
        String status,
        String policyPackName,
        String recordedBy) {

    public RecordHeader {
        requireText(authorityName, "authorityName");
        requireText(formTitle, "formTitle");
        Objects.requireNonNull(type, "type");
        requireText(superviseeName, "superviseeName");
        requireText(employeeNumber, "employeeNumber");
        Objects.requireNonNull(recordDate, "recordDate");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1, was " + version);
        }
        requireText(status, "status");
        requireText(policyPackName, "policyPackName");
        requireText(recordedBy, "recordedBy");
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
