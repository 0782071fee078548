package uk.supervisiondesk.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A SMART action agreed in a record: what will be done, by whom, by when (Sefton App. 3 asks for
 * SMART actions with clear timescales). It stays open, and on the next session's agenda, until
 * it is marked done or dropped with a reason.
 *
 * @param recordId        the record it was agreed in
 * @param note            why it was dropped, or how it was completed; empty otherwise
 * @param closedInRecordId the record in which it was marked done or dropped
 */
public record ActionItem(Long id, long superviseeId, Long recordId, String what, String who, LocalDate dueBy,
                         ActionStatus status, String note, LocalDate closedOn, Long closedInRecordId) {

    public ActionItem {
        what = Text.orEmpty(what);
        who = Text.orEmpty(who);
        note = Text.orEmpty(note);
        Objects.requireNonNull(status, "status");
    }

    public static ActionItem open(long superviseeId, Long recordId, String what, String who, LocalDate dueBy) {
        return new ActionItem(null, superviseeId, recordId, what, who, dueBy, ActionStatus.OPEN, "", null, null);
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    public boolean isOverdueOn(LocalDate day) {
        return isOpen() && dueBy != null && dueBy.isBefore(day);
    }

    public ActionItem closed(ActionStatus how, String why, LocalDate on, Long inRecord) {
        return new ActionItem(id, superviseeId, recordId, what, who, dueBy, how, why, on, inRecord);
    }

    public ActionItem withDueBy(LocalDate newDue) {
        return new ActionItem(id, superviseeId, recordId, what, who, newDue, status, note, closedOn, closedInRecordId);
    }
}
