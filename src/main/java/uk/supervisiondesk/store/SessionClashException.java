package uk.supervisiondesk.store;

import java.time.LocalDate;
import uk.supervisiondesk.domain.SessionKind;
import uk.supervisiondesk.domain.UkDates;

/** There is already a session of this kind for this supervisee on this day. Nothing was saved. */
public final class SessionClashException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SessionClashException(LocalDate date, SessionKind kind) {
        super("There is already " + article(kind) + " " + kind.displayName().toLowerCase(java.util.Locale.UK)
                + " session on " + UkDates.format(date) + ". Open that one instead, or choose another date.");
    }

    private static String article(SessionKind kind) {
        return kind == SessionKind.INDIVIDUAL ? "an" : "a";
    }
}
