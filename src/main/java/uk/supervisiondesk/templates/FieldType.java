package uk.supervisiondesk.templates;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of field a record template can hold. Templates name them by {@link #key()}; the
 * form, the stored values and the PDF all follow the type.
 */
public enum FieldType {
    /** One line of text. Value: String. */
    SHORT_TEXT("shortText"),
    /** Paragraphs. Value: String. */
    LONG_TEXT("longText"),
    /** A day. Value: ISO date String. */
    DATE("date"),
    /** A time of day, HH:mm. Value: String. */
    TIME("time"),
    /** Yes or no. Value: Boolean, or absent when not answered. */
    YES_NO("yesNo"),
    /** One of the template's options. Value: String (the option as written). */
    CHOICE("choice"),
    /** A whole number (minutes, counts). Value: Integer. */
    NUMBER("number"),
    /**
     * A child's case reference number (LCS, Mosaic). Never a name or date of birth: the form
     * warns when the text looks like one. Value: String.
     */
    CASE_REFERENCE("caseReference"),
    /** A question, the supervisee's answer and the supervisor's comment (Sefton App. 3). Value: {answer, comment}. */
    QUESTION_PAIR("questionPair"),
    /** SMART actions agreed: what, who, by when, status. Values live in the actions store. */
    ACTIONS("actions"),
    /** The open actions from earlier records, each marked done, carried forward or dropped with a reason. */
    ACTION_REVIEW("actionReview"),
    /** Case discussions: one or more cases by reference, with discussion and decisions. Value: list of maps. */
    CASES("cases"),
    /** People present (group supervision). Value: list of {name, role}. */
    ATTENDEES("attendees"),
    /** A checklist of the template's items, each yes / no / not applicable, with a comment. Value: map item -> {answer, comment}. */
    CHECKLIST("checklist"),
    /** The agreed dates for the year (agreements). Value: list of ISO dates. */
    SCHEDULE("schedule"),
    /** How often supervision will take place, as agreed; may be stricter than the policy. Value: e.g. "1 month". */
    FREQUENCY("frequency"),
    /** A person and their role (the parties, a named intermediary). Value: {name, role}. */
    PERSON("person"),
    /** Why the gap since the last session was longer than the policy or agreement allows. Value: String. */
    GAP_REASON("gapReason"),
    /** The date of the previous session, filled in from the monitoring sheet. Value: ISO date String. */
    LAST_SESSION_DATE("lastSessionDate");

    private final String key;

    FieldType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<FieldType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
