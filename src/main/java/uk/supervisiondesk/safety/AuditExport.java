package uk.supervisiondesk.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.monitoring.Csv;
import uk.supervisiondesk.pdf.TabularReport;
import uk.supervisiondesk.pdf.TabularReportRenderer;
import uk.supervisiondesk.store.AtomicFiles;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.AuditEntryRow;
import uk.supervisiondesk.store.AuditTrailCheck;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.StaffRegister;

/**
 * The audit trail for one supervisee (or all of it) as CSV or as a printable PDF, for a senior
 * manager or an auditor. Entries name records and fields, never their content, so the export
 * adds only the supervisee's name and employee number from the register.
 */
public final class AuditExport {
    /** The file formats offered. */
    public enum Format {
        CSV("csv"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    static final List<String> CSV_HEADER = List.of("entry", "date_time", "action", "record_type", "record_id",
            "employee_number", "supervisee", "detail", "previous_hash", "entry_hash");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final DeskDatabase database;
    private final Clock clock;

    public AuditExport(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Writes one supervisee's entries to {@code target} (written whole or not at all) and records
     * the export in the trail.
     *
     * @param authorityName printed at the top of the PDF, e.g. "Sefton Council"
     */
    public Path exportForSupervisee(long superviseeId, Format format, Path target, String authorityName)
            throws IOException {
        StaffRegister register = new StaffRegister(database, clock);
        Supervisee subject = register.findById(superviseeId).orElseThrow(() -> new IllegalArgumentException(
                "There is no supervisee " + superviseeId + " on the register."));
        AuditDao audit = database.dao(AuditDao.class);
        List<AuditEntryRow> entries = audit.forSupervisee(superviseeId);
        List<Supervisee> staff = register.findAll();
        byte[] content = switch (format) {
            case CSV -> csv(entries, staff).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(entries, staff, authorityName, subject.fullName() + " (" + subject.employeeNumber() + ")",
                    AuditTrailCheck.firstBrokenLink(audit.all()), LocalDate.now(clock));
        };
        AtomicFiles.write(target, content);
        audit.append(new AuditEvent(AuditAction.EXPORT, "audit trail", null, superviseeId,
                "audit trail as " + format.extension().toUpperCase(Locale.ROOT)), clock);
        return target;
    }

    /** RFC 4180 CSV, one line per entry, with the hashes so the chain can be checked outside the app. */
    public static String csv(List<AuditEntryRow> entries, List<Supervisee> staff) {
        Map<Long, Supervisee> byId = byId(staff);
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADER)).append("\r\n");
        for (AuditEntryRow e : entries) {
            Optional<Supervisee> who = Optional.ofNullable(e.superviseeId()).map(byId::get);
            out.append(String.join(",", Long.toString(e.seq()), when(e), Csv.field(e.action()),
                    Csv.field(e.recordType()), e.recordId() == null ? "" : e.recordId().toString(),
                    Csv.field(who.map(Supervisee::employeeNumber).orElse("")),
                    Csv.field(personName(e, who)), Csv.field(e.detail()), e.previousHash(), e.entryHash()))
                    .append("\r\n");
        }
        return out.toString();
    }

    /**
     * A landscape PDF/A of the entries with the result of checking the whole trail beneath.
     *
     * @param subject     who the entries are about, e.g. "Jo Bloggs (E1)"
     * @param wholeTrail  the first broken link in the whole trail, if any
     */
    public static byte[] pdf(List<AuditEntryRow> entries, List<Supervisee> staff, String authorityName,
                             String subject, Optional<AuditTrailCheck.BrokenLink> wholeTrail, LocalDate on) {
        Map<Long, Supervisee> byId = byId(staff);
        List<List<String>> rows = new ArrayList<>();
        for (AuditEntryRow e : entries) {
            Optional<Supervisee> who = Optional.ofNullable(e.superviseeId()).map(byId::get);
            rows.add(List.of(Long.toString(e.seq()), when(e), actionName(e.action()),
                    e.recordType() + (e.recordId() == null ? "" : " " + e.recordId()), personName(e, who),
                    e.detail()));
        }
        List<String> notes = List.of(
                wholeTrail.map(b -> "Checked on " + UkDates.format(on) + ": the audit trail is broken at entry "
                        + b.seq() + " (" + b.problem() + "); entries from there on cannot be relied on.")
                        .orElse("Checked on " + UkDates.format(on) + ": the whole audit trail is intact (each entry "
                                + "carries the hash of the one before it, and none has been altered or removed)."),
                "Entries say which record and which fields changed, never what they hold. Times are UK time.");
        return new TabularReportRenderer().render(new TabularReport(authorityName, "Audit trail",
                subject + " \u00b7 " + entries.size() + (entries.size() == 1 ? " entry" : " entries") + " \u00b7 "
                        + UkDates.format(on),
                List.of("Entry", "When", "Action", "Record", "Supervisee", "Detail"), rows, List.of(), notes));
    }

    private static Map<Long, Supervisee> byId(List<Supervisee> staff) {
        return staff.stream().filter(s -> s.id() != null)
                .collect(Collectors.toMap(Supervisee::id, Function.identity(), (a, b) -> a));
    }

    private static String personName(AuditEntryRow e, Optional<Supervisee> who) {
        if (e.superviseeId() == null) {
            return "";
        }
        // A supervisee deleted for good leaves only their number in the trail.
        return who.map(Supervisee::fullName).orElse("(deleted, no. " + e.superviseeId() + ")");
    }

    private static String when(AuditEntryRow e) {
        return WHEN.format(e.at().atZoneSameInstant(UK));
    }

    private static String actionName(String key) {
        return AuditAction.fromKey(key).map(a -> switch (a) {
            case CREATE -> "Created";
            case CHANGE -> "Changed";
            case SIGN -> "Signed";
            case EXPORT -> "Exported";
            case PRINT -> "Printed";
            case DELETE -> "Deleted";
            case UNLOCK -> "Unlocked";
            case FAILED_UNLOCK -> "Failed unlock";
            case BACKUP -> "Backed up";
            case RESTORE -> "Restored";
            case REFUSED -> "Refused";
        }).orElse(key);
    }
}
