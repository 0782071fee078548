package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.filing.FilingLetterhead;
import uk.supervisiondesk.filing.RecordFiling;
import uk.supervisiondesk.filing.SigningIdentities;
import uk.supervisiondesk.filing.SupervisionFileExport;
import uk.supervisiondesk.monitoring.PolicyInUse;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.sample.SampleDataLoader;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.PolicySettings;
import uk.supervisiondesk.store.RecordBook;
import uk.supervisiondesk.store.StaffRegister;
import uk.supervisiondesk.templates.TemplateLoader;

/**
 * `bench export`: one supervisee with 7 years of sample records (signed as the sample signs
 * them), their whole supervision file exported in the SharePoint layout to a local temporary
 * folder. Records the sample leaves unsigned are sealed first by an export to another folder
 * (timed as first_export_with_sealing_ms); the figure is the export of the whole file to a new
 * folder; exporting again to the same folder, where everything is already there, is the third.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a supervisee with 7 years of records to a local folder: export_supervisee_ms, "
                + "reexport_unchanged_ms, records, files.")
final class ExportBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path folder = Files.createTempDirectory("supervision-desk-bench");
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        try (DeskDatabase db = DeskDatabase.create(new DataFolder(folder.resolve("data")),
                "bench passphrase only".toCharArray(), 1000, null)) {
            PolicySettings settings = new PolicySettings(db, clock);
            settings.choosePack("sefton");
            PolicyInUse policy = PolicyInUse.load(settings, new PolicyPackLoader());
            new SampleDataLoader(db, clock).load(1, 1, 7, today, policy.pack(), policy.calendar());
            RecordBook book = new RecordBook(db, clock);
            // A leaver's file is archived (decision 0010): the bench adds its records to someone still in post.
            Supervisee who = new StaffRegister(db, clock).findAll().stream().filter(s -> !s.isLeaverOn(today))
                    .max(Comparator.comparingInt(s -> book.forSupervisee(s.id()).size())).orElseThrow();
            // The sample writes records for the recent past only: a record a month for 7 years, as the issue asks.
            for (int month = 1; month <= 7 * 12; month++) {
                book.complete(book.create(new uk.supervisiondesk.domain.SupervisionRecord(null, who.id(), "individual",
                        "individual", today.minusMonths(month), null, uk.supervisiondesk.domain.RecordStatus.DRAFT, 1,
                        java.util.Map.of("agenda", "Caseload, wellbeing and training, month " + month), null)),
                        java.util.List.of(), java.util.List.of(), null);
            }
            RecordFiling filing = new RecordFiling(db, clock, new SigningIdentities(db, clock), new TemplateLoader(),
                    () -> FilingLetterhead.of(policy, "Bench Manager"));
            SupervisionFileExport export = new SupervisionFileExport(db, clock, filing,
                    policy.pack().supervisionFile().orElseThrow());
            Path library = Files.createDirectories(folder.resolve("library"));

            // Completed records are normally signed or sealed when they are finished; seal the new ones first,
            // untimed but reported, so the figure is the export itself.
            long sealStart = System.nanoTime();
            export.exportSupervisee(Files.createDirectories(folder.resolve("warm-up")), who,
                    SupervisionFileExport.Progress.NONE);
            long sealed = System.nanoTime();
            long start = System.nanoTime();
            SupervisionFileExport.Summary first = export.exportSupervisee(library, who,
                    SupervisionFileExport.Progress.NONE);
            long exported = System.nanoTime();
            SupervisionFileExport.Summary again = export.exportSupervisee(library, who,
                    SupervisionFileExport.Progress.NONE);
            long reexported = System.nanoTime();

            PrintWriter out = spec.commandLine().getOut();
            out.println("export_supervisee_ms=" + (exported - start) / 1_000_000);
            out.println("first_export_with_sealing_ms=" + (sealed - sealStart) / 1_000_000);
            out.println("reexport_unchanged_ms=" + (reexported - exported) / 1_000_000);
            out.println("records=" + first.records());
            out.println("files=" + first.written());
            out.println("unchanged_on_reexport=" + again.unchanged());
            out.flush();
            return 0;
        } finally {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
