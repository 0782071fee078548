package uk.supervisiondesk.pdf;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Any record, mapped into what its PDF shows: layout-neutral, so each record type only says what
 * goes where and the renderer decides how it looks.
 *
 * @param header what identifies the record
 * @param parties the people the record is between, printed near the top
 * @param sections the form's sections in the policy's order
 * @param signatures one block per party who signs, in the order they sign
 * @param recordFields every field of the record by a stable machine name, for record.json; values
 *     are text, numbers, booleans, {@link java.time.LocalDate}s (written as ISO dates), lists and
 *     maps of these
 */
public record RecordDocument(
        RecordHeader header,
        List<Party> parties,
        List<DocumentSection> sections,
        List<SignatureBlock> signatures,
        Map<String, Object> recordFields) {

    public RecordDocument {
        Objects.requireNonNull(header, "header");
        parties = List.copyOf(parties);
        sections = List.copyOf(sections);
        signatures = List.copyOf(signatures);
        // Keeps the caller's order, which becomes the order in record.json; nulls are allowed.
        recordFields = Collections.unmodifiableMap(new LinkedHashMap<>(recordFields));
        Set<String> fieldNames = new HashSet<>();
        for (SignatureBlock block : signatures) {
            if (block.mark() instanceof DigitalSignatureField field && !fieldNames.add(field.fieldName())) {
                throw new IllegalArgumentException("two signature blocks use the field " + field.fieldName());
            }
        }
    }
}
