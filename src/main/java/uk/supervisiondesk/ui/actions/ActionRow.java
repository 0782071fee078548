package uk.supervisiondesk.ui.actions;

import java.time.LocalDate;
import java.util.Locale;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.Supervisee;

/** One open action on the team's list, with whose it is. */
public record ActionRow(ActionItem action, Supervisee supervisee, boolean overdue, String searchText) {

    static ActionRow of(ActionItem action, Supervisee supervisee, LocalDate today) {
        String search = String.join(" ", action.what(), action.who(), supervisee.fullName(),
                supervisee.employment().team()).toLowerCase(Locale.UK);
        return new ActionRow(action, supervisee, action.isOverdueOn(today), search);
    }
}
