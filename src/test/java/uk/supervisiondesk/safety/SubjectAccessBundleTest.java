package uk.supervisiondesk.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.domain.ActionItem;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.AuditDao;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;

class SubjectAccessBundleTest {
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneId.of("Europe/London"));
    private DeskDatabase db;
    private Supervisee jo;
    private Path out;

    @BeforeEach
    void fill() throws Exception {
        db = DeskDatabase.create(new DataFolder(dir.resolve("data")), PASSPHRASE, TEST_KEY_ITERATIONS, null);
        jo = Filled.person(db, clock, "E1", "Jo", "Bloggs", "Tired after the Marston hearing");
        Filled.person(db, clock, "E2", "Sam", "Patel", "Private matter for Sam only");
        RecordBook book = new RecordBook(db, clock);
        SupervisionRecord record = book.forSupervisee(jo.id()).stream()
                .filter(r -> r.status() == uk.supervisiondesk.domain.RecordStatus.COMPLETE).findFirst().orElseThrow();
        Map<String, Object> values = new LinkedHashMap<>(record.values());
        values.put("workload", "Covering Sam Patel's cases while she is on leave; the patel family visit moved.");
        values.put("cases", List.of(Map.of("reference", "C-1234", "discussion", "Joint visit with Patel")));
        book.saveDraft(record.withValues(values, null), book.actionsOf(record.id()).stream()
                .map(a -> ActionItem.open(jo.id(), record.id(), a.what(), a.who(), a.dueBy())).toList());
        book.recordDisagreement(record, "supervisee", "I do not agree with the workload section.");
        out = Files.createDirectories(dir.resolve("for the DPO"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }

    @Test
    void everythingAboutThePersonWithTheSupervisorsNotesWithheldAndOtherPeopleListedForReview() throws Exception {
        SubjectAccessBundle.Written written = new SubjectAccessBundle(db, clock).export(jo.id(), out, false);

        assertThat(written.folder()).isEqualTo(out.resolve("subject-access-E1-2026-11-20"));
        assertThat(written.files()).containsExactly("front-sheet.json", "sessions.csv", "records.json", "actions.csv",
                "audit-trail.csv", "for-redaction.txt", "README.txt");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("subject-access-E1-2026-11-20");
        }
        String all = everything(written.folder());
        assertThat(all).doesNotContain("Personal: Tired").as("the supervisor's note is withheld");
        assertThat(all).doesNotContain("Private matter for Sam only", "Book the Patel review")
                .as("nothing from Sam's own file");

        JsonNode front = new ObjectMapper().readTree(written.folder().resolve("front-sheet.json").toFile());
        assertThat(front.get("surname").asText()).isEqualTo("Bloggs");
        assertThat(front.get("emergencyContact").get("name").asText()).isEqualTo("Sam Bloggs");
        assertThat(front.get("roleHistory")).hasSize(2);

        JsonNode records = new ObjectMapper().readTree(written.folder().resolve("records.json").toFile());
        assertThat(records).hasSize(2);
        assertThat(Files.readString(written.folder().resolve("README.txt"))).contains("- actions.csv: 1 action agreed");
        JsonNode completed = records.get(0);
        assertThat(completed.get("fields").get("wellbeing").asText()).isEqualTo("Tired after the Marston hearing");
        assertThat(completed.get("supervisorsPersonalNote").asText()).isEqualTo("withheld: see README.txt");
        assertThat(completed.get("disagreements").get(0).get("note").asText())
                .isEqualTo("I do not agree with the workload section.");
        assertThat(Files.readAllLines(written.folder().resolve("actions.csv")))
                .containsExactly("record_id,what,who,due_by,status,note,closed_on",
                        completed.get("id").asText() + ",Book the Bloggs review,Jo,2026-04-01,open,,");
        assertThat(Files.readAllLines(written.folder().resolve("sessions.csv"))).hasSize(3);

        String readme = Files.readString(written.folder().resolve("README.txt"));
        assertThat(readme).startsWith("Subject access bundle: Jo Bloggs (employee number E1)")
                .contains("The supervisor's personal notes.")
                .contains("record " + completed.get("id").asText() + " (individual, 04/03/2026): the supervisor's "
                        + "personal note, 41 characters")
                .contains("Review for-redaction.txt (2 places)");
        assertThat(written.withheldNotes()).isEqualTo(1);

        String redaction = Files.readString(written.folder().resolve("for-redaction.txt"));
        assertThat(redaction).contains("remove this file before the bundle is sent")
                .contains("field \"workload\": \"Sam Patel\" (possibly Sam Patel, register no. E2)")
                .contains("field \"cases\" › item 1 › discussion: \"Patel\" (possibly Sam Patel, register no. E2)")
                .doesNotContain("wellbeing");
        assertThat(written.forRedaction()).isEqualTo(2);
        assertThat(db.dao(AuditDao.class).last().orElseThrow().detail())
                .isEqualTo("subject access bundle, personal notes withheld");
    }

    @Test
    void theSupervisorsNotesAreIncludedWhenChosenAndASecondBundleNeverOverwritesTheFirst() throws Exception {
        SubjectAccessBundle bundle = new SubjectAccessBundle(db, clock);
        bundle.export(jo.id(), out, false);

        SubjectAccessBundle.Written second = bundle.export(jo.id(), out, true);

        assertThat(second.folder().getFileName().toString()).isEqualTo("subject-access-E1-2026-11-20-2");
        assertThat(Files.readString(second.folder().resolve("records.json")))
                .contains("\"supervisorsPersonalNote\" : \"Personal: Tired after the Marston hearing\"");
        assertThat(Files.readString(second.folder().resolve("README.txt")))
                .contains("The supervisor's personal notes were chosen to be included");
        assertThat(second.withheldNotes()).isZero();
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    private static String everything(Path folder) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }
}
