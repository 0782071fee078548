package uk.supervisiondesk.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.testing.TestData;

/** A small but complete database for the safety tests: staff, sessions, records with actions and notes. */
final class Filled {
    private Filled() {
    }

    /** Adds a supervisee with a held session, a completed record with actions and a personal note, and a draft. */
    static Supervisee person(DeskDatabase db, Clock clock, String employeeNumber, String forenames, String surname,
                             String noteText) {
        Supervisee s = new StaffRegister(db, clock).save(TestData.fullSupervisee(employeeNumber, forenames, surname));
        RecordBook book = new RecordBook(db, clock);
        SupervisionRecord record = book.create(new SupervisionRecord(null, s.id(), "individual", "individual",
                LocalDate.of(2026, 3, 4), null, RecordStatus.DRAFT, 1, Map.of(), null));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("wellbeing", noteText);
        values.put("workload", "Twelve cases; two in proceedings.");
        List<ActionItem> actions = List.of(ActionItem.open(s.id(), record.id(), "Book the " + surname + " review",
                forenames, LocalDate.of(2026, 4, 1)));
        book.complete(record.withValues(values, null), actions, List.of(),
                new SessionEntry(null, s.id(), SupervisionSession.held(LocalDate.of(2026, 3, 4), SessionKind.INDIVIDUAL)));
        book.savePersonalNote(record.id(), "Personal: " + noteText);
        SupervisionRecord draft = book.create(new SupervisionRecord(null, s.id(), "individual", "individual",
                LocalDate.of(2026, 4, 2), null, RecordStatus.DRAFT, 1, Map.of(), null));
        book.saveDraft(draft.withValues(Map.of("wellbeing", "Draft about " + forenames), null), List.of());
        new SessionLog(db, clock).save(new SessionEntry(null, s.id(),
                SupervisionSession.planned(LocalDate.of(2026, 5, 6), SessionKind.INDIVIDUAL)));
        return new StaffRegister(db, clock).findById(s.id()).orElseThrow();
    }
}
