package uk.supervisiondesk.domain;

import java.util.Objects;

/** A monitoring-sheet row as stored: which supervisee it belongs to, and its id once saved. */
public record SessionEntry(Long id, long superviseeId, SupervisionSession session) {

    public SessionEntry {
        Objects.requireNonNull(session, "session");
    }

    public SessionEntry withId(long newId) {
        return new SessionEntry(newId, superviseeId, session);
    }
}
