package uk.supervisiondesk.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.JdbiException;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.policy.pack.RetentionRule;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.LegalHoldDao;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Leavers' files through to their deletion. A leaver's file is archived from the leaving date
 * (read-only, out of the daily lists); when the policy's retention after leaving has run (Sefton
 * 10: seven years) it is listed for deletion; a legal hold keeps it off that list. Deleting is
 * confirmed by typing the employee number, removes everything about the person in one
 * transaction, leaves an audit entry without personal data, and has the file rewritten without
 * the deleted pages when the database closes.
 */
public final class Retention {
    private final DeskDatabase database;
    private final Clock clock;
    private final Optional<RetentionRule> rule;

    /** @param rule the policy's retention after leaving ({@code PolicyInUse.pack().retention()}); empty if it sets none */
    public Retention(DeskDatabase database, Clock clock, Optional<RetentionRule> rule) {
        this.database = database;
        this.clock = clock;
        this.rule = rule;
    }

    /** Why a file may not be deleted yet. */
    public record LegalHold(String reason, LocalDate since) {
    }

    /**
     * A leaver's archived file.
     *
     * @param deletableFrom when retention ends; empty when the policy sets no period
     */
    public record LeaverFile(Supervisee supervisee, LocalDate leftOn, Optional<LocalDate> deletableFrom,
                             Optional<LegalHold> hold) {

        public boolean retentionEndedBy(LocalDate day) {
            return deletableFrom.map(d -> !d.isAfter(day)).orElse(false);
        }

        public boolean dueForDeletionOn(LocalDate day) {
            return retentionEndedBy(day) && hold.isEmpty();
        }
    }

    /** What a deletion removed, in counts: the person's details are gone. */
    public record Deletion(long superviseeId, int records, int sessions) {
    }

    /** Whether the file is archived (read-only, out of daily lists): the person has left. */
    public static boolean isArchived(Supervisee supervisee, LocalDate on) {
        return supervisee.isLeaverOn(on);
    }

    /** Every leaver's file, the longest gone first. */
    public List<LeaverFile> archived() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, LegalHold> holds = holds();
        List<LeaverFile> files = new ArrayList<>();
        for (Supervisee s : new StaffRegister(database, clock).findAll()) {
            if (isArchived(s, today)) {
                LocalDate left = s.employment().leavingDate();
                files.add(new LeaverFile(s, left, rule.map(r -> r.afterLeaving().after(left)),
                        Optional.ofNullable(holds.get(s.id()))));
            }
        }
        files.sort(Comparator.comparing(LeaverFile::leftOn).thenComparing(f -> f.supervisee().fullName()));
        return files;
    }

    /** The files whose retention has ended and that no hold keeps: to be offered for deletion. */
    public List<LeaverFile> dueForDeletion() {
        LocalDate today = LocalDate.now(clock);
        return archived().stream().filter(f -> f.dueForDeletionOn(today)).toList();
    }

    /** The files whose retention has ended but which a legal hold keeps. */
    public List<LeaverFile> heldPastRetention() {
        LocalDate today = LocalDate.now(clock);
        return archived().stream().filter(f -> f.retentionEndedBy(today) && f.hold().isPresent()).toList();
    }

    /** Keeps a file from deletion until released; recorded in the audit trail (without the reason). */
    public void placeLegalHold(long superviseeId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the file is held (for example, the claim or request it is "
                    + "needed for), so whoever releases it later knows.");
        }
        database.jdbi().useTransaction(h -> {
            if (h.attach(LegalHoldDao.class).place(superviseeId, reason.strip(), LocalDate.now(clock)) != 1) {
                throw new IllegalArgumentException("There is no supervisee " + superviseeId + " on the register.");
            }
            h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "supervisee", superviseeId,
                    superviseeId, "legal hold placed"), clock);
        });
    }

    public void releaseLegalHold(long superviseeId) {
        database.jdbi().useTransaction(h -> {
            if (h.attach(LegalHoldDao.class).release(superviseeId) == 1) {
                h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "supervisee", superviseeId,
                        superviseeId, "legal hold released"), clock);
            }
        });
    }

    public Optional<LegalHold> holdOn(long superviseeId) {
        return Optional.ofNullable(holds().get(superviseeId));
    }

    /**
     * Deletes a leaver's file for good: the front sheet, role history, sessions, records, actions,
     * personal notes and disagreements. Only when retention has ended and no hold applies, and
     * only with the employee number typed as confirmation. The audit trail keeps an entry saying
     * that supervisee number so-and-so was deleted, and how much went, never who they were.
     *
     * @param confirmation what the user typed; must be the supervisee's employee number
     * @throws RetentionRefusedException why not (yet); nothing was deleted
     */
    public Deletion deleteForGood(long superviseeId, String confirmation) throws RetentionRefusedException {
        LeaverFile file = archived().stream().filter(f -> f.supervisee().id() == superviseeId).findFirst()
                .orElseThrow(() -> new RetentionRefusedException(notALeaver(superviseeId)));
        LocalDate today = LocalDate.now(clock);
        String name = file.supervisee().fullName();
        if (file.deletableFrom().isEmpty()) {
            throw new RetentionRefusedException("The policy in use sets no retention period after leaving, so "
                    + name + "'s file is kept. Choose or vary the policy pack in Settings to set one.");
        }
        if (!file.retentionEndedBy(today)) {
            throw new RetentionRefusedException(name + "'s file must be kept until "
                    + UkDates.format(file.deletableFrom().get()) + " (" + rule.get().afterLeaving() + " after leaving, "
                    + rule.get().source() + "). It can be deleted from then.");
        }
        if (file.hold().isPresent()) {
            throw new RetentionRefusedException(name + "'s file is under a legal hold since "
                    + UkDates.format(file.hold().get().since()) + " (" + file.hold().get().reason() + "). Release "
                    + "the hold first if it is no longer needed.");
        }
        String employeeNumber = file.supervisee().employeeNumber();
        if (confirmation == null || !confirmation.strip().equalsIgnoreCase(employeeNumber)) {
            throw new RetentionRefusedException("The confirmation does not match. Type the employee number "
                    + employeeNumber + " to delete " + name + "'s file for good.");
        }
        Deletion deletion;
        try {
            deletion = database.jdbi().inTransaction(h -> {
                LegalHoldDao dao = h.attach(LegalHoldDao.class);
                Deletion counted = new Deletion(superviseeId, dao.recordsOf(superviseeId), dao.sessionsOf(superviseeId));
                if (dao.deleteUnlessHeld(superviseeId) != 1) {
                    throw new IllegalStateException("the file was changed or held while it was being deleted");
                }
                h.attach(AuditDao.class).append(new AuditEvent(AuditAction.DELETE, "supervisee", superviseeId,
                        superviseeId, "deleted for good at the end of retention (" + rule.get().source() + "): "
                                + "front sheet, " + counted.records() + " records, " + counted.sessions()
                                + " sessions"), clock);
                return counted;
            });
        } catch (JdbiException | IllegalStateException e) {
            throw new RetentionRefusedException(name + "'s file could not be deleted (" + firstLine(e)
                    + "). Nothing was deleted; try again, and if it happens again contact support.", e);
        }
        // Committed: now make sure the deleted rows reach the file, and have the file rewritten without
        // their old pages when the database closes.
        database.jdbi().useHandle(h -> h.execute("CHECKPOINT SYNC"));
        database.compactWhenClosed();
        return deletion;
    }

    private Map<Long, LegalHold> holds() {
        return database.dao(LegalHoldDao.class).holds().stream().collect(Collectors.toMap(LegalHoldDao.HoldRow::id,
                r -> new LegalHold(r.legalHoldReason(), r.legalHoldSince())));
    }

    private String notALeaver(long superviseeId) {
        return new StaffRegister(database, clock).findById(superviseeId)
                .map(s -> s.fullName() + " has not left (no leaving date has passed), so their file is not archived "
                        + "and cannot be deleted.")
                .orElse("There is no supervisee " + superviseeId + " on the register: the file may already have been "
                        + "deleted.");
    }

    private static String firstLine(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
