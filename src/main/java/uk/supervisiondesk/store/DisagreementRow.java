package uk.supervisiondesk.store;

import java.time.LocalDate;

/** A recorded disagreement with a record: who disagrees (supervisor or supervisee), why, and when. */
public record DisagreementRow(Long id, long recordId, String party, String note, LocalDate recordedOn) {
}
