package uk.supervisiondesk.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.pdf.PdfBenchmark;

/** `bench pdf`: rendering and signing a realistic session record, warm medians and the cold first render. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Render and sign a 3-page session record: render_ms, sign_ms (warm medians), first_render_ms.")
final class PdfBench implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "200", description = "Timed runs (default 200).")
    int runs;

    @Override
    public Integer call() {
        PdfBenchmark.run(runs).lines().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
