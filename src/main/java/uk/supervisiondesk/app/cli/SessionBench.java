package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.domain.RecordStatus;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.sample.SampleDataLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.SessionLog;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.ui.CurrentPolicy;
import uk.supervisiondesk.ui.StatusMessages;
import uk.supervisiondesk.ui.records.Debouncer;
import uk.supervisiondesk.ui.records.RecordContext;
import uk.supervisiondesk.ui.records.RecordFormViewModel;
import uk.supervisiondesk.ui.records.RecordLauncher;

/**
 * `bench session`: on a sample database of 60 supervisees with 7 years of history, the time to
 * open a session record (load the supervisee's monitoring sheet, open actions and notes, and
 * build the form's model) and the time one autosave of a filled-in record takes.
 */
@Command(name = "session", mixinStandardHelpOptions = true,
        description = "Open a session record and autosave it on a large sample database: session_open_ms, autosave_ms.")
final class SessionBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "30", description = "Timed runs after warming up (default 30).")
    int runs;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("supervision-desk-bench");
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(folder), "bench passphrase only".toCharArray(),
                1000, null)) {
            PolicySettings settings = new PolicySettings(db, clock);
            settings.choosePack("sandwell");
            PolicyInUse policy = PolicyInUse.load(settings, new PolicyPackLoader());
            new SampleDataLoader(db, clock).load(1, 60, 7, today, policy.pack(), policy.calendar());
            RecordBook book = new RecordBook(db, clock);
            SessionLog sessions = new SessionLog(db, clock);
            List<Supervisee> staff = new StaffRegister(db, clock).findAll().stream()
                    .filter(s -> !s.isLeaverOn(today)).toList();
            RecordTemplate individual = new TemplateLoader().bundled("individual");
            RecordLauncher launcher = new RecordLauncher(book, sessions, new CurrentPolicy(policy), null,
                    new SameThread(), null, new StatusMessages(clock), clock, () -> "Bench", NoPause::new, t -> { },
                    r -> { });

            List<Long> open = new ArrayList<>();
            List<Long> save = new ArrayList<>();
            for (int i = 0; i < runs + 5; i++) {
                Supervisee who = staff.get(i % staff.size());
                long start = System.nanoTime();
                SupervisionRecord draft = book.create(new SupervisionRecord(null, who.id(), individual.key(),
                        individual.recordType(), today, null, RecordStatus.DRAFT, 1, Map.of(), null));
                RecordContext context = launcher.context(who, individual, draft, policy);
                RecordFormViewModel form = new RecordFormViewModel(context, book, new SameThread(), null,
                        new StatusMessages(clock), clock, new NoPause());
                long opened = System.nanoTime();
                form.fields().values().stream().filter(m -> m instanceof uk.supervisiondesk.ui.records.TextFieldModel)
                        .map(m -> (uk.supervisiondesk.ui.records.TextFieldModel) m)
                        .forEach(t -> t.textProperty().set("A realistic paragraph of supervision notes, long "
                                + "enough to be like what a manager types during a session about the worker."));
                long typed = System.nanoTime();
                form.saveNow();
                long saved = System.nanoTime();
                if (i >= 5) {
                    open.add((opened - start) / 1_000_000);
                    save.add((saved - typed) / 1_000_000);
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("session_open_ms=" + median(open));
            out.println("autosave_ms=" + median(save));
            out.println("sessions=" + sessions.count());
            out.println("records=" + book.count());
            out.flush();
            return 0;
        } finally {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The bench measures the work itself, so it runs on this thread. */
    private static final class SameThread implements uk.supervisiondesk.ui.TaskRunner {
        @Override
        public <T> void run(String description, java.util.concurrent.Callable<T> work,
                            java.util.function.Consumer<? super T> onSuccess,
                            java.util.function.Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }
    }

    /** No pause: the bench saves when it says so. */
    private static final class NoPause implements Debouncer {
        @Override
        public void request(Runnable work) {
        }

        @Override
        public void flush() {
        }
    }
}
