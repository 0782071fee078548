package uk.supervisiondesk.filing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionStatus;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.pdf.ActionRow;
import uk.supervisiondesk.pdf.DateField;
import uk.supervisiondesk.pdf.LongTextField;
import uk.supervisiondesk.pdf.SectionItem;
import uk.supervisiondesk.pdf.ShortTextField;
import uk.supervisiondesk.pdf.TableBlock;
import uk.supervisiondesk.pdf.TableColumn;
import uk.supervisiondesk.pdf.YesNoField;
import uk.supervisiondesk.policy.pack.Span;
import uk.supervisiondesk.templates.TemplateField;

/**
 * How each kind of template field prints: from the stored value (see FieldType for each shape)
 * to label-and-answer pairs, paragraphs and tables. A value of an unexpected shape is printed
 * as text rather than dropped, so nothing recorded goes missing from the filed copy.
 */
final class FieldItems {
    static final String NOT_RECORDED = "Not recorded";

    private FieldItems() {
    }

    /** The items a field prints as; never empty. {@code actions} are the record's own, for an actions field. */
    static List<SectionItem> of(TemplateField field, Object value, List<ActionItem> actions) {
        String label = field.label();
        return switch (field.type()) {
            case SHORT_TEXT, TIME, CHOICE, CASE_REFERENCE, NUMBER -> List.of(new ShortTextField(label, text(value)));
            case LONG_TEXT, GAP_REASON -> List.of(new LongTextField(label, text(value)));
            case DATE, LAST_SESSION_DATE -> List.of(date(label, value));
            case YES_NO -> List.of(new YesNoField(label, yesNo(value)));
            case FREQUENCY -> List.of(new ShortTextField(label, frequency(value)));
            case PERSON -> List.of(new ShortTextField(label, person(value)));
            case QUESTION_PAIR -> questionPair(field, value);
            case CASES -> cases(label, value);
            case ATTENDEES -> List.of(attendees(label, value));
            case CHECKLIST -> List.of(checklist(field, value));
            case SCHEDULE -> List.of(schedule(label, value));
            case ACTIONS -> List.of(TableBlock.actions(label, actionRows(value, actions)));
            case ACTION_REVIEW -> List.of(actionReview(label, value));
        };
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return flatten(value);
        }
        return value.toString().strip();
    }

    private static SectionItem date(String label, Object value) {
        String text = text(value);
        if (text.isEmpty()) {
            return new DateField(label, null);
        }
        try {
            return new DateField(label, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return new ShortTextField(label, text);
        }
    }

    private static Boolean yesNo(Object value) {
        if (value instanceof Boolean yes) {
            return yes;
        }
        String text = text(value).toLowerCase(Locale.ROOT);
        return text.equals("true") || text.equals("yes") ? Boolean.TRUE
                : text.equals("false") || text.equals("no") ? Boolean.FALSE : null;
    }

    /** "1 month" as stored reads "Every month"; "2 weeks" reads "Every 2 weeks". */
    private static String frequency(Object value) {
        String text = text(value);
        return Span.parse(text).map(s -> "Every " + (s.amount() == 1 ? s.unit().singular() : s.toString()))
                .orElse(text);
    }

    private static String person(Object value) {
        if (value instanceof Map<?, ?> map) {
            String name = text(map.get("name"));
            String role = text(map.get("role"));
            return role.isEmpty() ? name : name.isEmpty() ? role : name + ", " + role;
        }
        return text(value);
    }

    /**
     * The question with the supervisee's answer under it, then the supervisor's comment beside its
     * own label (Sefton App. 3), so whose words are whose is plain on paper.
     */
    private static List<SectionItem> questionPair(TemplateField field, Object value) {
        Map<?, ?> pair = value instanceof Map<?, ?> m ? m : Map.of();
        String question = field.question().isBlank() ? field.label() : field.label() + ": " + field.question();
        return List.of(new LongTextField(question, text(pair.get("answer"))),
                new ShortTextField("Supervisor's comment", text(pair.get("comment"))));
    }

    /** The case numbers on one line, then each case's discussion and decisions under its number. */
    private static List<SectionItem> cases(String label, Object value) {
        List<Map<?, ?>> rows = rows(value);
        if (rows.isEmpty()) {
            return List.of(new ShortTextField(label, ""));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String reference = text(rows.get(i).get("reference"));
            names.add(reference.isEmpty() ? "case " + (i + 1) + " (no case number)" : reference);
        }
        List<SectionItem> items = new ArrayList<>();
        items.add(new ShortTextField(label, String.join(", ", names)));
        for (int i = 0; i < rows.size(); i++) {
            items.add(new LongTextField("Discussion of " + names.get(i), text(rows.get(i).get("discussion"))));
            items.add(new LongTextField("Decisions about " + names.get(i), text(rows.get(i).get("decisions"))));
        }
        return items;
    }

    private static TableBlock attendees(String label, Object value) {
        List<List<String>> rows = rows(value).stream()
                .map(r -> List.of(text(r.get("name")), text(r.get("role")))).toList();
        return new TableBlock(label, List.of(new TableColumn("Name", 1f), new TableColumn("Role", 1f)), rows,
                NOT_RECORDED);
    }

    /** Every item the template lists, answered or not, in the template's order. */
    private static SectionItem checklist(TemplateField field, Object value) {
        Map<?, ?> answers = value instanceof Map<?, ?> m ? m : Map.of();
        if (answers.isEmpty()) {
            return new ShortTextField(field.label(), "");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String item : field.items()) {
            Map<?, ?> entry = answers.get(item) instanceof Map<?, ?> e ? e : Map.of();
            String answer = text(entry.get("answer"));
            rows.add(List.of(item, answer.isEmpty() ? "Not answered" : answer, text(entry.get("comment"))));
        }
        return new TableBlock(field.label(), List.of(new TableColumn("Item", 5f), new TableColumn("Answer", 1.7f),
                new TableColumn("Comment", 3.3f)), rows, NOT_RECORDED);
    }

    /** The agreed dates, one a line with its weekday, so a clash with a team day shows. */
    private static SectionItem schedule(String label, Object value) {
        List<String> dates = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                dates.add(scheduleDate(text(o)));
            }
        }
        if (dates.isEmpty()) {
            return new ShortTextField(label, "");
        }
        return new LongTextField(label + " (" + dates.size() + (dates.size() == 1 ? " date)" : " dates)"),
                String.join("\n", dates));
    }

    private static String scheduleDate(String iso) {
        try {
            LocalDate day = LocalDate.parse(iso);
            String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.UK);
            return weekday + " " + UkDates.format(day);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** The record's own actions as stored, with where each stands; else the actions in the values. */
    static List<ActionRow> actionRows(Object value, List<ActionItem> actions) {
        if (!actions.isEmpty()) {
            return actions.stream().map(a -> new ActionRow(a.what(), a.who(), a.dueBy(), status(a))).toList();
        }
        return rows(value).stream().map(r -> new ActionRow(text(r.get("what")), text(r.get("who")),
                isoDate(text(r.get("dueBy"))), "Open")).toList();
    }

    static String status(ActionItem action) {
        String when = action.closedOn() == null ? "" : " " + UkDates.format(action.closedOn());
        if (action.status() == ActionStatus.DONE) {
            return "Done" + when;
        }
        return action.status() == ActionStatus.DROPPED ? "Dropped" + when : "Open";
    }

    /** The earlier actions, each with what was decided about it and why. */
    private static TableBlock actionReview(String label, Object value) {
        List<List<String>> rows = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            for (Object entry : map.values()) {
                if (entry instanceof Map<?, ?> line) {
                    rows.add(List.of(text(line.get("what")), text(line.get("who")),
                            UkDates.format(isoDate(text(line.get("dueBy")))),
                            outcome(text(line.get("outcome")), isoDate(text(line.get("newDueBy")))),
                            text(line.get("note"))));
                }
            }
        }
        return new TableBlock(label, List.of(new TableColumn("What", 4f), new TableColumn("Who", 1.7f),
                new TableColumn("Was due", 1.6f), new TableColumn("Outcome", 2f), new TableColumn("Note", 2.7f)),
                rows, "No earlier actions were open.");
    }

    private static String outcome(String stored, LocalDate newDue) {
        return switch (stored) {
            case "DONE" -> "Done";
            case "DROPPED" -> "Dropped";
            case "CARRIED_FORWARD" -> newDue == null ? "Carried forward" : "Carried forward to " + UkDates.format(newDue);
            default -> stored.isEmpty() ? "Not reviewed" : stored;
        };
    }

    private static LocalDate isoDate(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Map<?, ?>> rows(Object value) {
        List<Map<?, ?>> rows = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m) {
                    rows.add(m);
                }
            }
        }
        return rows;
    }

    /** Any other shape, as readable text: "key: value" lines. */
    private static String flatten(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> lines = new ArrayList<>();
            map.forEach((k, v) -> lines.add(k + ": " + text(v)));
            return String.join("\n", lines);
        }
        List<String> lines = new ArrayList<>();
        ((List<?>) value).forEach(v -> lines.add(text(v)));
        return String.join("\n", lines);
    }
}
