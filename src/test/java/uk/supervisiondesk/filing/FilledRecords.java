package uk.supervisiondesk.filing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateField;

/**
 * Records with every field of a template filled, in the shapes the record form stores
 * (see the field models' value() in ui/records and EveryFormRoundTripTest).
 */
final class FilledRecords {
    static final LocalDate RECORD_DATE = LocalDate.of(2026, 11, 20);

    private FilledRecords() {
    }

    static SupervisionRecord complete(RecordTemplate template, long superviseeId) {
        return new SupervisionRecord(null, superviseeId, template.key(), template.recordType(), RECORD_DATE, null,
                RecordStatus.COMPLETE, 1, values(template), null);
    }

    static Map<String, Object> values(RecordTemplate template) {
        Map<String, Object> values = new LinkedHashMap<>();
        template.fields().forEach(f -> values.put(f.key(), value(f)));
        return values;
    }

    static Object value(TemplateField f) {
        String key = f.key();
        return switch (f.type()) {
            case SHORT_TEXT, LONG_TEXT, GAP_REASON -> "Notes for " + key + ": \u0175, \u00e9 and a second line\nhere.";
            case TIME -> "14:30";
            case NUMBER -> "90";
            case CASE_REFERENCE -> "LCS 204518";
            case DATE -> "2026-12-04";
            case LAST_SESSION_DATE -> "2026-10-30";
            case YES_NO -> Boolean.TRUE;
            case CHOICE -> f.options().get(0);
            case FREQUENCY -> "2 weeks";
            case QUESTION_PAIR -> Map.of("answer", "Answer to " + key, "comment", "Comment on " + key);
            case PERSON -> Map.of("name", "Sam Okonjo", "role", "Service Manager");
            case CASES -> List.of(Map.of("reference", "LCS 1", "discussion", "Discussion text for " + key,
                    "decisions", "Decisions text for " + key));
            case ATTENDEES -> List.of(Map.of("name", "Jo Bloggs", "role", "Social Worker"),
                    Map.of("name", "Kim Lee", "role", "Senior Social Worker"));
            case CHECKLIST -> checklist(f);
            case SCHEDULE -> List.of("2026-12-18", "2027-01-15");
            case ACTIONS -> List.of(Map.of("what", "Book the training", "who", "Jo", "dueBy", "2026-12-18"));
            case ACTION_REVIEW -> Map.of("1", reviewLine());
        };
    }

    static List<ActionItem> actions(long superviseeId, Long recordId) {
        return List.of(ActionItem.open(superviseeId, recordId, "Book the training", "Jo", LocalDate.of(2026, 12, 18)));
    }

    private static Map<String, Object> checklist(TemplateField f) {
        Map<String, Object> answers = new LinkedHashMap<>();
        f.items().forEach(item -> answers.put(item, Map.of("answer", "Yes", "comment", "Checked")));
        return answers;
    }

    private static Map<String, Object> reviewLine() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("what", "Earlier action");
        line.put("who", "Jo");
        line.put("dueBy", "2026-10-30");
        line.put("outcome", "CARRIED_FORWARD");
        line.put("note", "Waiting for a place on the course");
        line.put("newDueBy", "2027-01-15");
        return line;
    }
}
