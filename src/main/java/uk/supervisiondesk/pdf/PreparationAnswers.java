package uk.supervisiondesk.pdf;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a supervisee wrote on a returned preparation form, ready to merge into the draft record.
 *
 * @param values         by field key, only the fields they filled in: a String for a text field, a
 *                       map with "answer" for a question, as the record's values hold them
 * @param droppedFields  form field names the template no longer has, whose text is not in values;
 *                       worth telling the user about
 */
public record PreparationAnswers(String templateKey, String employeeNumber, LocalDate sessionDate,
                                 Map<String, Object> values, List<String> droppedFields) {

    public PreparationAnswers {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        droppedFields = List.copyOf(droppedFields);
    }

    /** True when the form was made for this supervisee's session on this date. */
    public boolean belongsTo(String expectedEmployeeNumber, LocalDate expectedSessionDate) {
        return employeeNumber.equals(expectedEmployeeNumber) && sessionDate.equals(expectedSessionDate);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
