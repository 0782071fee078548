package uk.supervisiondesk.templates;

import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.SessionKind;

/**
 * The record types a template may be (the names record.json uses), and which of them are
 * session records: the six kinds of session the monitoring sheet counts ({@link SessionKind}).
 */
public final class RecordTypes {
    public static final String AGREEMENT = "agreement";
    public static final String INDIVIDUAL = "individual";
    public static final String MANAGER = "manager";
    public static final String WELFARE = "welfare";
    public static final String REFLECTIVE_CASE = "reflective-case";
    public static final String CASEWORK = "casework";
    public static final String GROUP = "group";
    public static final String CASE_PRESENTATION = "case-presentation";
    public static final String OBSERVATION = "observation";
    public static final String ASYE_TRACKER = "asye-tracker";
    public static final String AUDIT = "audit";

    /** Every record type, in the order the README lists them. */
    public static final List<String> ALL = List.of(AGREEMENT, INDIVIDUAL, MANAGER, WELFARE, REFLECTIVE_CASE,
            CASEWORK, GROUP, CASE_PRESENTATION, OBSERVATION, ASYE_TRACKER, AUDIT);

    private RecordTypes() {
    }

    /**
     * The session kind a record type is a record of; empty for records that are not sessions
     * (an agreement, a case presentation, an observation...). The session record types are named
     * exactly as the kinds are.
     */
    public static Optional<SessionKind> sessionKindOf(String recordType) {
        return ALL.contains(recordType) ? SessionKind.fromKey(recordType) : Optional.empty();
    }

    public static boolean isSessionRecord(String recordType) {
        return sessionKindOf(recordType).isPresent();
    }
}
