package uk.supervisiondesk.app.cli;

import picocli.CommandLine.Command;

/** `bench`: measurements printed as name=value lines, one per figure, for comparing runs. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the app. Each figure is printed on its own line as name=value.",
        subcommands = {StartupBench.class, DashboardBench.class, SessionBench.class, PdfBench.class,
                ExportBench.class})
final class BenchCommand {
}
