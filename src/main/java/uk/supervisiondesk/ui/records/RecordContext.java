package uk.supervisiondesk.ui.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.store.DisagreementRow;
import uk.supervisiondesk.templates.RecordTemplate;

/**
 * Everything a record form needs, loaded in the background before the form opens.
 *
 * @param ownActions  the actions agreed in this record so far
 * @param openBefore  the supervisee's actions still open from other records
 * @param sheet       the supervisee's monitoring sheet, for the gap since the last session
 */
public record RecordContext(Supervisee supervisee, RecordTemplate template, SupervisionRecord record,
                            List<ActionItem> ownActions, List<ActionItem> openBefore, String personalNote,
                            List<SessionEntry> sheet, PolicyInUse policy, String authorityName,
                            List<DisagreementRow> disagreements) {

    public RecordContext {
        disagreements = List.copyOf(disagreements);
        ownActions = List.copyOf(ownActions);
        openBefore = List.copyOf(openBefore);
        sheet = List.copyOf(sheet);
    }

    /** The last formal session held before this record's date. */
    public Optional<LocalDate> lastSessionBefore(LocalDate day) {
        return sheet.stream().map(SessionEntry::session)
                .filter(s -> s.wasHeld() && s.date().isBefore(day)
                        && policy.pack().supervision().countsAs().contains(s.kind()))
                .map(s -> s.date()).max(LocalDate::compareTo);
    }
}
