package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.monitoring.ComplianceOverview;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.monitoring.SessionsByMonth;
import uk.supervisiondesk.monitoring.SuperviseeStatus;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.sample.SampleDataLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.SessionLog;

/**
 * `bench dashboard`: the time to work out the dashboard (the register and monitoring sheet read
 * from the encrypted database, every supervisee assessed, the 12-month chart counted) on a
 * sample database of 60 supervisees with 7 years of history.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Time to work out the dashboard for 60 supervisees with 7 years of history.")
final class DashboardBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "20", description = "Timed runs after warming up (default 20).")
    int runs;

    @Option(names = "--pack", defaultValue = "sandwell", description = "Policy pack (default sandwell).")
    String pack;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("supervision-desk-bench");
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(folder), "bench passphrase only".toCharArray(),
                1000, null)) {
            PolicySettings settings = new PolicySettings(db, clock);
            settings.choosePack(pack);
            PolicyInUse policy = PolicyInUse.load(settings, new PolicyPackLoader());
            new SampleDataLoader(db, clock).load(1, 60, 7, today, policy.pack(), policy.calendar());
            ComplianceOverview overview = ComplianceOverview.of(db, clock);

            long first = time(() -> dashboard(overview, policy, today));
            for (int i = 0; i < 5; i++) {
                dashboard(overview, policy, today);
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                times.add(time(() -> dashboard(overview, policy, today)));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("dashboard_ms=" + median(times));
            out.println("dashboard_first_ms=" + first);
            out.println("supervisees=60");
            out.println("sessions=" + new SessionLog(db, clock).count());
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

    /** What the dashboard's background work does when it opens. */
    private static int dashboard(ComplianceOverview overview, PolicyInUse policy, LocalDate today) {
        List<SuperviseeStatus> statuses = overview.activeOn(today, policy.engine());
        YearMonth now = YearMonth.from(today);
        return statuses.size() + SessionsByMonth.count(statuses, policy.pack(), now.minusMonths(11), now).size();
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
