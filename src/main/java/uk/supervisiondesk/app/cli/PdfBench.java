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

    @Option(names = "--warm-ups", paramLabel = "N",
            description = "Untimed renders and signatures first (default: as many as --runs, at least "
                    + PdfBenchmark.MIN_WARM_UPS + "); 0 just checks that rendering and signing work.")
    Integer warmUps;

    @Option(names = "--memory-renders", defaultValue = "0", paramLabel = "N",
            description = "Also render N records (10000 for the issue's check) and print the live heap before and "
                    + "after: retained_growth_bytes near 0 means rendering keeps nothing. Default 0: skip.")
    int memoryRenders;

    @Override
    public Integer call() {
        if (runs < 1 || (warmUps != null && warmUps < 0)) {
            throw new CommandFailedException("--runs must be at least 1 and --warm-ups not negative.", 2);
        }
        if (memoryRenders < 0) {
            throw new CommandFailedException("--memory-renders must not be negative.", 2);
        }
        (warmUps == null ? PdfBenchmark.run(runs) : PdfBenchmark.run(runs, warmUps)).lines()
                .forEach(spec.commandLine().getOut()::println);
        if (memoryRenders > 0) {
            PdfBenchmark.RetainedHeap heap = PdfBenchmark.retainedHeap(Math.min(memoryRenders, 200), memoryRenders);
            spec.commandLine().getOut().println("memory_renders=" + heap.renders());
            spec.commandLine().getOut().println("retained_before_bytes=" + heap.retainedBeforeBytes());
            spec.commandLine().getOut().println("retained_after_bytes=" + heap.retainedAfterBytes());
            spec.commandLine().getOut().println("retained_growth_bytes=" + heap.growthBytes());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
