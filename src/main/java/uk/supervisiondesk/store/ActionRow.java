package uk.supervisiondesk.store;

import java.time.LocalDate;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.ActionStatus;

/** One row of the action_item table; {@code position} keeps a record's actions in the order agreed. */
public record ActionRow(Long id, long superviseeId, Long recordId, int position, String what, String who,
                        LocalDate dueBy, String status, String note, LocalDate closedOn, Long closedInRecordId) {

    static ActionRow of(ActionItem a, int position) {
        return new ActionRow(a.id(), a.superviseeId(), a.recordId(), position, a.what(), a.who(), a.dueBy(),
                a.status().name(), a.note(), a.closedOn(), a.closedInRecordId());
    }

    ActionItem toItem() {
        return new ActionItem(id, superviseeId, recordId, what, who, dueBy, ActionStatus.valueOf(status), note,
                closedOn, closedInRecordId);
    }
}
