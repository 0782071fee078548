package uk.supervisiondesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.supervisiondesk.testing.TestData.PASSPHRASE;
import static uk.supervisiondesk.testing.TestData.TEST_KEY_ITERATIONS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.supervisiondesk.domain.Supervisee;

/** The schema migrations run on an empty database and carry data forward from every earlier version. */
class MigrationTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path dir;

    static List<Integer> versions() {
        try {
            Path migrations = Path.of(MigrationTest.class.getResource("/db/migration").toURI());
            try (Stream<Path> files = Files.list(migrations)) {
                return files.map(p -> VERSION.matcher(p.getFileName().toString())).filter(Matcher::matches)
                        .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Integer> earlierVersions() {
        List<Integer> all = versions();
        return all.subList(0, all.size() - 1).stream();
    }

    @Test
    void anEmptyDatabaseIsBroughtToTheLatestVersion() throws Exception {
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(dir), PASSPHRASE, TEST_KEY_ITERATIONS, null)) {
            List<Integer> all = versions();
            assertThat(db.schemaVersion()).isEqualTo(String.valueOf(all.get(all.size() - 1)));
        }
    }

    @ParameterizedTest(name = "from version {0}")
    @MethodSource("earlierVersions")
    void dataSavedUnderAnEarlierSchemaSurvivesTheUpgrade(int version) throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (DeskDatabase old = DeskDatabase.create(folder, PASSPHRASE, TEST_KEY_ITERATIONS, String.valueOf(version))) {
            assertThat(old.schemaVersion()).isEqualTo(String.valueOf(version));
            // Plain SQL against the version-1 tables, which every later version must keep readable.
            old.jdbi().useHandle(h -> {
                h.execute("INSERT INTO supervisee (employee_number, forenames, surname, team, employment_start)"
                        + " VALUES ('OLD-1', 'Ada', 'Oldfield', 'Fostering Service', DATE '2018-01-08')");
                h.execute("INSERT INTO role_assignment (supervisee_id, role, from_date)"
                        + " SELECT id, 'social-worker', DATE '2018-01-08' FROM supervisee");
            });
        }
        try (DeskDatabase upgraded = DeskDatabase.open(folder, PASSPHRASE)) {
            List<Integer> all = versions();
            assertThat(upgraded.schemaVersion()).isEqualTo(String.valueOf(all.get(all.size() - 1)));
            List<Supervisee> staff = upgraded.dao(StaffDao.class).findAll();
            assertThat(staff).singleElement().satisfies(s -> {
                assertThat(s.fullName()).isEqualTo("Ada Oldfield");
                assertThat(s.currentRole()).contains(uk.supervisiondesk.domain.Role.SOCIAL_WORKER);
                assertThat(s.employment().employmentStart()).isEqualTo(java.time.LocalDate.of(2018, 1, 8));
            });
        }
    }
}
