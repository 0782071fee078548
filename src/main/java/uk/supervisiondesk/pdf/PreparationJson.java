package uk.supervisiondesk.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * preparation.json, attached to every preparation form: which template, whose and which session,
 * so an import can refuse a form that belongs to another record.
 *
 * @param fields the form's field names, for telling a field the template has since dropped
 */
record PreparationJson(String templateKey, String templateTitle, String employeeNumber, LocalDate sessionDate,
                       List<String> fields) {
    static final String FILE_NAME = "preparation.json";
    /** Names this layout of the JSON; a reader checks it before trusting the other keys. */
    static final String FORMAT = "supervision-desk-preparation/1";

    PreparationJson {
        fields = List.copyOf(fields);
    }

    String write() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("templateKey", templateKey);
        json.put("templateTitle", templateTitle);
        json.put("employeeNumber", employeeNumber);
        json.put("sessionDate", sessionDate);
        json.put("fields", fields);
        return JsonText.write(json);
    }

    /** Empty when the text is not a preparation.json this version can read. */
    static Optional<PreparationJson> read(String text) {
        try {
            Map<String, Object> json = RecordJson.parse(text);
            if (!FORMAT.equals(json.get("format"))) {
                return Optional.empty();
            }
            List<String> fields = json.get("fields") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of();
            return Optional.of(new PreparationJson(text(json, "templateKey"), text(json, "templateTitle"),
                    text(json, "employeeNumber"), LocalDate.parse(text(json, "sessionDate")), fields));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(key + " is missing");
        }
        return text;
    }
}
