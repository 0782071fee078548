package uk.supervisiondesk.ui.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.SessionOutcome;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.compliance.ComplianceEngine;
import uk.supervisiondesk.policy.compliance.GapCheck;
import uk.supervisiondesk.policy.compliance.SuperviseeFacts;
import uk.supervisiondesk.ui.Messages;

/**
 * One monitoring-sheet row being added or edited: when, what kind, what became of it, and when
 * its record was shared and signed. If the session came later than the rules allowed, the form
 * says so and asks why, as the Sefton welfare record does.
 */
public final class SessionFormViewModel {

    /** The fields that can carry a message. */
    public enum Field { DATE, KIND, OUTCOME, RESCHEDULED_TO, REASON, GAP_REASON, SHARED_ON, SIGNED_ON }

    private final Clock clock;
    private final StringProperty date = new SimpleStringProperty("");
    private final ObjectProperty<SessionKind> kind = new SimpleObjectProperty<>(SessionKind.INDIVIDUAL);
    private final ObjectProperty<SessionOutcome> outcome = new SimpleObjectProperty<>(SessionOutcome.HELD);
    private final StringProperty rescheduledTo = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty gapReason = new SimpleStringProperty("");
    private final StringProperty sharedOn = new SimpleStringProperty("");
    private final StringProperty signedOn = new SimpleStringProperty("");
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper gapNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");

    private Supervisee supervisee;
    private List<SupervisionSession> otherSessions = List.of();
    private ComplianceEngine engine;
    private SessionEntry original;
    private boolean attempted;

    public SessionFormViewModel(Clock clock) {
        this.clock = clock;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
        for (Observable o : List.of(date, kind, outcome, rescheduledTo, reason, gapReason, sharedOn, signedOn)) {
            o.addListener(x -> {
                if (editing.get()) {
                    check();
                }
            });
        }
    }

    /** Opens the form for a new row (entry null) or an existing one, against the rest of the sheet. */
    public void open(Supervisee who, SessionEntry entry, List<SessionEntry> sheet, ComplianceEngine rules,
                     SessionKind usualKind) {
        supervisee = who;
        engine = rules;
        original = entry;
        otherSessions = sheet.stream().filter(e -> entry == null || !e.id().equals(entry.id()))
                .map(SessionEntry::session).toList();
        attempted = false;
        SupervisionSession s = entry == null ? null : entry.session();
        date.set(s == null ? UkDates.format(LocalDate.now(clock)) : UkDates.format(s.date()));
        kind.set(s == null ? usualKind : s.kind());
        outcome.set(s == null ? SessionOutcome.HELD : s.outcome());
        rescheduledTo.set(s == null ? "" : UkDates.format(s.rescheduledTo()));
        reason.set(s == null ? "" : s.reason());
        gapReason.set(s == null ? "" : s.gapReason());
        sharedOn.set(s == null ? "" : UkDates.format(s.sharedOn()));
        signedOn.set(s == null ? "" : UkDates.format(s.signedOn()));
        heading.set(Messages.get(entry == null ? "sessions.form.newHeading" : "sessions.form.editHeading",
                who.fullName()));
        editing.set(true);
        check();
    }

    public void close() {
        editing.set(false);
        errors.values().forEach(e -> e.set(""));
        gapNotice.set("");
    }

    /** The row to save, or empty with every problem shown beside its field. */
    public Optional<SessionEntry> validated() {
        attempted = true;
        Map<Field, String> problems = check();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SessionEntry(original == null ? null : original.id(), supervisee.id(), build(problems)));
    }

    private Map<Field, String> check() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        SupervisionSession s = build(problems);
        gapNotice.set("");
        if (s != null) {
            rules(s, problems);
        }
        if (!attempted) {
            // Missing answers wait for a save; impossible dates and contradictions show at once.
            problems.entrySet().removeIf(e -> isBlank(e.getKey()));
        }
        errors.forEach((field, message) -> message.set(problems.getOrDefault(field, "")));
        return problems;
    }

    private boolean isBlank(Field field) {
        return switch (field) {
            case DATE -> date.get().isBlank();
            case REASON -> reason.get().isBlank();
            case GAP_REASON -> gapReason.get().isBlank();
            default -> false;
        };
    }

    private SupervisionSession build(Map<Field, String> problems) {
        LocalDate day = parse(date, Field.DATE, problems);
        LocalDate newDate = parse(rescheduledTo, Field.RESCHEDULED_TO, problems);
        LocalDate shared = parse(sharedOn, Field.SHARED_ON, problems);
        LocalDate signed = parse(signedOn, Field.SIGNED_ON, problems);
        if (day == null) {
            problems.putIfAbsent(Field.DATE, Messages.get("sessions.form.dateRequired"));
            return null;
        }
        return new SupervisionSession(day, kind.get(), outcome.get(), newDate, reason.get(), gapReason.get(), shared,
                signed);
    }

    private void rules(SupervisionSession s, Map<Field, String> problems) {
        LocalDate today = LocalDate.now(clock);
        boolean held = s.outcome() == SessionOutcome.HELD;
        if (held && s.date().isAfter(today)) {
            problems.putIfAbsent(Field.OUTCOME, Messages.get("sessions.form.heldInFuture"));
        }
        if (s.wasMissed() && s.reason().isBlank()) {
            problems.putIfAbsent(Field.REASON, Messages.get("sessions.form.reasonRequired"));
        }
        if (s.rescheduledTo() != null) {
            if (s.outcome() != SessionOutcome.POSTPONED) {
                problems.putIfAbsent(Field.RESCHEDULED_TO, Messages.get("sessions.form.rescheduleOnlyPostponed"));
            } else if (!s.rescheduledTo().isAfter(s.date())) {
                problems.putIfAbsent(Field.RESCHEDULED_TO, Messages.get("sessions.form.rescheduleAfter"));
            }
        }
        recordDate(s, s.sharedOn(), Field.SHARED_ON, held, today, problems);
        recordDate(s, s.signedOn(), Field.SIGNED_ON, held, today, problems);
        if (s.sharedOn() != null && s.signedOn() != null && s.signedOn().isBefore(s.sharedOn())) {
            problems.putIfAbsent(Field.SIGNED_ON, Messages.get("sessions.form.signedBeforeShared"));
        }
        if (held && engine != null && !s.date().isAfter(today)) {
            Optional<GapCheck> gap = engine.gapBefore(SuperviseeFacts.of(supervisee, otherSessions), s.date(),
                    s.gapReason());
            gap.filter(GapCheck::exceeded).ifPresent(g -> {
                gapNotice.set(Messages.get("sessions.form.gapNotice", UkDates.format(g.previousSession()),
                        g.daysOver(), UkDates.format(g.latestPermitted()), g.rule()));
                if (s.gapReason().isBlank()) {
                    problems.putIfAbsent(Field.GAP_REASON, Messages.get("sessions.form.gapReasonRequired"));
                }
            });
        }
    }

    private static void recordDate(SupervisionSession s, LocalDate day, Field field, boolean held, LocalDate today,
                                   Map<Field, String> problems) {
        if (day == null) {
            return;
        }
        if (!held) {
            problems.putIfAbsent(field, Messages.get("sessions.form.recordOnlyHeld"));
        } else if (day.isBefore(s.date())) {
            problems.putIfAbsent(field, Messages.get("sessions.form.recordBeforeSession"));
        } else if (day.isAfter(today)) {
            problems.putIfAbsent(field, Messages.get("sessions.form.recordInFuture"));
        }
    }

    private static LocalDate parse(StringProperty text, Field field, Map<Field, String> problems) {
        try {
            return UkDates.parse(text.get()).orElse(null);
        } catch (DateTimeParseException e) {
            problems.put(field, Messages.get("form.badDate", text.get().strip()));
            return null;
        }
    }

    public StringProperty dateProperty() {
        return date;
    }

    public ObjectProperty<SessionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<SessionOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty rescheduledToProperty() {
        return rescheduledTo;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty gapReasonProperty() {
        return gapReason;
    }

    public StringProperty sharedOnProperty() {
        return sharedOn;
    }

    public StringProperty signedOnProperty() {
        return signedOn;
    }

    public ReadOnlyStringProperty error(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gapNoticeProperty() {
        return gapNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The row being edited, or null for a new one. */
    public SessionEntry original() {
        return original;
    }
}
