package uk.supervisiondesk.safety;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;
import uk.supervisiondesk.domain.RoleAssignment;
import uk.supervisiondesk.domain.SessionEntry;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.domain.SupervisionSession;
import uk.supervisiondesk.domain.UkDates;
import uk.supervisiondesk.monitoring.Csv;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.DisagreementRow;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;

/**
 * Everything held about one supervisee, for a subject access request (UK GDPR article 15), as a
 * folder of plain files: the front sheet, the monitoring sheet, every record with its actions and
 * disagreements, and the audit trail about them, with a README saying what is included and what
 * was withheld.
 *
 * <p>The personal notes a supervisor keeps beside records are other people's notes (the
 * supervisor's), kept apart for their higher confidentiality: they are withheld unless chosen,
 * and listed as withheld either way. Free text that names someone else on the register is listed
 * in {@code for-redaction.txt} so a person can decide, before the bundle goes out, what to redact.
 * Nothing is redacted automatically. The folder is written under a temporary name and renamed
 * when complete, so a half-written bundle is never mistaken for a finished one.
 */
public final class SubjectAccessBundle {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private final DeskDatabase database;
    private final Clock clock;

    public SubjectAccessBundle(DeskDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * A written bundle.
     *
     * @param withheldNotes  personal notes left out (zero when they were included)
     * @param forRedaction   mentions of other people listed for review
     */
    public record Written(Path folder, List<String> files, int withheldNotes, int forRedaction) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * @param includeOthersPersonalNotes include the supervisor's personal notes; by default they are withheld
     * @return the bundle folder, inside {@code outputFolder}
     */
    public Written export(long superviseeId, Path outputFolder, boolean includeOthersPersonalNotes) throws IOException {
        StaffRegister register = new StaffRegister(database, clock);
        Supervisee subject = register.findById(superviseeId).orElseThrow(() -> new IllegalArgumentException(
                "There is no supervisee " + superviseeId + " on the register."));
        RecordBook book = new RecordBook(database, clock);
        List<SupervisionRecord> records = new ArrayList<>(book.forSupervisee(superviseeId));
        records.sort(java.util.Comparator.comparing(SupervisionRecord::recordDate)
                .thenComparing(SupervisionRecord::id));
        List<SessionEntry> sessions = new SessionLog(database, clock).forSupervisee(superviseeId);
        ThirdPartyMentions mentions = new ThirdPartyMentions(register.findAll(), subject);
        List<String> withheld = new ArrayList<>();

        List<Object> recordJson = new ArrayList<>();
        List<ActionItem> actions = new ArrayList<>();
        for (SupervisionRecord r : records) {
            String where = "records.json, record " + r.id() + " (" + r.recordType() + ", "
                    + UkDates.format(r.recordDate()) + ")";
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", r.id());
            json.put("type", r.recordType());
            json.put("form", r.templateKey());
            json.put("date", r.recordDate().toString());
            json.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
            json.put("version", r.version());
            json.put("fields", r.values());
            r.values().forEach((field, value) -> mentions.scan(where + ", field \"" + field + "\"", value));
            List<Object> disagreements = new ArrayList<>();
            for (DisagreementRow d : book.disagreements(r.id())) {
                Map<String, Object> dj = new LinkedHashMap<>();
                dj.put("party", d.party());
                dj.put("recordedOn", d.recordedOn().toString());
                dj.put("note", d.note());
                disagreements.add(dj);
                mentions.scan(where + ", disagreement recorded " + UkDates.format(d.recordedOn()), d.note());
            }
            json.put("disagreements", disagreements);
            String note = book.personalNote(r.id());
            if (!note.isBlank()) {
                if (includeOthersPersonalNotes) {
                    json.put("supervisorsPersonalNote", note);
                    mentions.scan(where + ", supervisor's personal note", note);
                } else {
                    json.put("supervisorsPersonalNote", "withheld: see README.txt");
                    withheld.add("record " + r.id() + " (" + r.recordType() + ", " + UkDates.format(r.recordDate())
                            + "): the supervisor's personal note, " + note.length() + " characters");
                }
            }
            recordJson.add(json);
            for (ActionItem a : book.actionsOf(r.id())) {
                actions.add(a);
                String at = "actions.csv, record " + r.id() + " action \"" + shorten(a.what()) + "\"";
                mentions.scan(at, a.what());
                mentions.scan(at + " (who)", a.who());
                mentions.scan(at + " (note)", a.note());
            }
        }
        for (SessionEntry s : sessions) {
            String at = "sessions.csv, " + UkDates.format(s.session().date());
            mentions.scan(at + " (reason)", s.session().reason());
            mentions.scan(at + " (gap reason)", s.session().gapReason());
        }

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("front-sheet.json", json(frontSheet(subject)));
        files.put("sessions.csv", sessionsCsv(sessions));
        files.put("records.json", json(recordJson));
        files.put("actions.csv", actionsCsv(actions));
        files.put("audit-trail.csv", AuditExport.csv(database.dao(AuditDao.class).forSupervisee(superviseeId),
                register.findAll()).getBytes(StandardCharsets.UTF_8));
        files.put("for-redaction.txt", forRedaction(mentions).getBytes(StandardCharsets.UTF_8));
        files.put("README.txt", readme(subject, records.size(), sessions.size(), actions.size(), withheld,
                includeOthersPersonalNotes, mentions.found().size()).getBytes(StandardCharsets.UTF_8));

        Path folder = writeWhole(outputFolder, "subject-access-" + safeName(subject.employeeNumber()) + "-"
                + STAMP.format(LocalDate.now(clock)), files);
        database.dao(AuditDao.class).append(new AuditEvent(AuditAction.EXPORT, "supervisee", superviseeId,
                superviseeId, "subject access bundle, personal notes " + (includeOthersPersonalNotes ? "included"
                        : "withheld")), clock);
        return new Written(folder, List.copyOf(files.keySet()), withheld.size(), mentions.found().size());
    }

    private static Map<String, Object> frontSheet(Supervisee s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("employeeNumber", s.employeeNumber());
        var p = s.personal();
        out.put("title", p.title());
        out.put("forenames", p.forenames());
        out.put("surname", p.surname());
        out.put("previousNames", p.previousNames());
        out.put("dateOfBirth", iso(p.dateOfBirth()));
        out.put("homeAddress", p.homeAddress());
        out.put("homePhone", p.homePhone());
        out.put("mobilePhone", p.mobilePhone());
        var e = s.employment();
        out.put("jobTitle", e.jobTitle());
        out.put("team", e.team());
        out.put("workplaceAddress", e.workplaceAddress());
        out.put("workMobile", e.workMobile());
        out.put("hoursPerWeek", e.hoursPerWeek() == null ? "full time" : e.hoursPerWeek().toPlainString());
        out.put("employmentStart", iso(e.employmentStart()));
        out.put("currentPostStart", iso(e.currentPostStart()));
        out.put("supervisor", e.supervisorName());
        out.put("asyeStart", iso(e.asyeStart()));
        out.put("leavingDate", iso(e.leavingDate()));
        var c = s.emergencyContact();
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", c.name());
        contact.put("relationship", c.relationship());
        contact.put("daytimePhone", c.daytimePhone());
        contact.put("eveningPhone", c.eveningPhone());
        contact.put("mobilePhone", c.mobilePhone());
        contact.put("address", c.address());
        out.put("emergencyContact", contact);
        List<Object> roles = new ArrayList<>();
        for (RoleAssignment r : s.roleHistory()) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("role", r.role().toString());
            role.put("from", iso(r.from()));
            role.put("to", iso(r.to()));
            roles.add(role);
        }
        out.put("roleHistory", roles);
        return out;
    }

    private static byte[] sessionsCsv(List<SessionEntry> sessions) {
        StringBuilder out = new StringBuilder("date,kind,outcome,rescheduled_to,reason,gap_reason,record_shared_on,"
                + "record_signed_on\r\n");
        for (SessionEntry entry : sessions) {
            SupervisionSession s = entry.session();
            out.append(String.join(",", iso(s.date()), Csv.field(s.kind().toString()),
                    s.outcome().name().toLowerCase(java.util.Locale.ROOT), iso(s.rescheduledTo()), Csv.field(s.reason()),
                    Csv.field(s.gapReason()), iso(s.sharedOn()), iso(s.signedOn()))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] actionsCsv(List<ActionItem> actions) {
        StringBuilder out = new StringBuilder("record_id,what,who,due_by,status,note,closed_on\r\n");
        for (ActionItem a : actions) {
            out.append(String.join(",", String.valueOf(a.recordId()), Csv.field(a.what()), Csv.field(a.who()),
                    iso(a.dueBy()), a.status().name().toLowerCase(java.util.Locale.ROOT), Csv.field(a.note()),
                    iso(a.closedOn()))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String forRedaction(ThirdPartyMentions mentions) {
        StringBuilder out = new StringBuilder("""
                For the person preparing the response: remove this file before the bundle is sent.

                Places where this bundle's free text names someone else on the staff register.
                Nothing has been redacted. Review each one, and redact where the other person's
                information should not be disclosed (UK GDPR article 15(4); ICO guidance on requests
                involving other people's information).

                """);
        if (mentions.found().isEmpty()) {
            out.append("None found.\n");
        }
        for (ThirdPartyMentions.Mention m : mentions.found()) {
            out.append("- ").append(m.where()).append(": \"").append(m.text()).append("\" (possibly ")
                    .append(m.person()).append(")\n");
        }
        return out.toString();
    }

    private String readme(Supervisee subject, int records, int sessions, int actions, List<String> withheld,
                          boolean notesIncluded, int mentions) {
        StringBuilder out = new StringBuilder();
        out.append("Subject access bundle: ").append(subject.fullName()).append(" (employee number ")
                .append(subject.employeeNumber()).append(")\n");
        out.append("Prepared by Supervision Desk on ").append(UkDates.format(LocalDate.now(clock))).append(".\n\n");
        out.append("""
                WHAT IS INCLUDED
                - front-sheet.json: the front sheet of the supervision file (personal details, job,
                  emergency contact, role history).
                """);
        out.append("- sessions.csv: the monitoring sheet, ").append(plural(sessions, "session", "sessions"))
                .append(" booked, held, postponed\n  or cancelled, with reasons.\n");
        out.append("- records.json: ").append(plural(records, "record", "records")).append(" (agreements, supervision "
                + "records and other forms), every\n  field as written, with any disagreement recorded against them.\n");
        out.append("- actions.csv: ").append(plural(actions, "action", "actions")).append(" agreed in those records.\n");
        out.append("""
                - audit-trail.csv: the audit trail entries about this person's file (who did what and
                  when; entries name records and fields, never their content).
                - for-redaction.txt: places where the free text names other people on the register.

                """);
        out.append("WHAT WAS WITHHELD\n");
        if (notesIncluded) {
            out.append("- Nothing. The supervisor's personal notes were chosen to be included (in records.json, as "
                    + "\"supervisorsPersonalNote\").\n");
        } else if (withheld.isEmpty()) {
            out.append("- Nothing: there are no supervisor's personal notes on this file.\n");
        } else {
            out.append("""
                    - The supervisor's personal notes. They are the supervisor's own higher-confidentiality
                      notes, kept apart from the record, so they are other people's notes: decide with your
                      Data Protection Officer whether they must be disclosed. They exist beside:
                    """);
            withheld.forEach(w -> out.append("    ").append(w).append('\n'));
        }
        out.append("""

                STILL TO BE DONE BY A PERSON
                """);
        out.append("- Review for-redaction.txt (").append(plural(mentions, "place", "places"))
                .append("), redact other people's information where needed, then remove that file\n"
                        + "  and this README's last section before the bundle is sent.\n");
        out.append("""
                - Other people's files can mention this person too (for example, a group supervision
                  record filed under a colleague). They are not in this bundle: search for them if the
                  request covers them.
                - Signed PDFs filed elsewhere (SharePoint, a shared drive) are not in this bundle.
                """);
        return out.toString();
    }

    /** Writes every file into a temporary folder, then renames it to its final name in one step. */
    private static Path writeWhole(Path outputFolder, String name, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(outputFolder);
        Path target = outputFolder.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = outputFolder.resolve(name + "-" + n);
        }
        Path partial = outputFolder.resolve("." + target.getFileName() + ".partial");
        Backups.deleteTree(partial);
        try {
            Files.createDirectories(partial);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Files.write(partial.resolve(file.getKey()), file.getValue());
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
            return target;
        } finally {
            Backups.deleteTree(partial);
        }
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored value could not be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static String safeName(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9-]", "_");
        return safe.isEmpty() ? "unnumbered" : safe;
    }
}
