package uk.supervisiondesk.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times what a user waits for: rendering a realistic session record (two to three pages) and
 * signing it. The first render is cold (fonts parsed, classes loaded, nothing compiled yet), so
 * run it in a fresh JVM for that figure to mean anything; the medians come after a warm-up as
 * long as the measured run.
 */
public final class PdfBenchmark {
    public static final int MIN_WARM_UPS = 100;

    private PdfBenchmark() {
    }

    /**
     * @param firstRenderMs the first render in this JVM, including loading fonts and profile
     * @param renderMedianMs median of the warm renders
     * @param signMedianMs median of the warm signatures (supervisor into an empty field)
     * @param renderCpuMs mean processor time per warm render: on a busy shared machine the wall
     *     clock also counts time spent waiting for a core, this does not
     * @param signCpuMs mean processor time per warm signature
     * @param pages how many pages the sample record has
     * @param runs how many renders and signatures each median is over
     */
    public record Result(long firstRenderMs, double renderMedianMs, double signMedianMs,
            double renderCpuMs, double signCpuMs, int pages, int runs) {
        /** name=value lines for the bench command, one figure each. */
        public List<String> lines() {
            return List.of(
                    "render_ms=" + String.format(Locale.ROOT, "%.1f", renderMedianMs),
                    "sign_ms=" + String.format(Locale.ROOT, "%.1f", signMedianMs),
                    "first_render_ms=" + firstRenderMs,
                    "render_cpu_ms=" + String.format(Locale.ROOT, "%.1f", renderCpuMs),
                    "sign_cpu_ms=" + String.format(Locale.ROOT, "%.1f", signCpuMs),
                    "pdf_pages=" + pages,
                    "pdf_runs=" + runs);
        }
    }

    /**
     * @param runs renders and signatures measured, each after as many again (at least
     *     {@value #MIN_WARM_UPS}) to let the JIT compile the hot paths
     */
    public static Result run(int runs) {
        return run(runs, Math.max(runs, MIN_WARM_UPS));
    }

    /** As {@link #run(int)} with a chosen number of warm-ups (0 for a quick check that it works at all). */
    public static Result run(int runs, int warmUps) {
        if (runs < 1 || warmUps < 0) {
            throw new IllegalArgumentException("runs must be at least 1 and warm-ups not negative");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RecordDocument inPerson = SampleSessionRecord.signedInPerson();
        RecordDocument remote = SampleSessionRecord.forRemoteSigning();

        long start = System.nanoTime();
        RecordPdfRenderer renderer = new RecordPdfRenderer(PdfResources.shared());
        byte[] first = renderer.render(inPerson);
        long firstRenderMs = (System.nanoTime() - start) / 1_000_000;

        for (int i = 0; i < warmUps; i++) {
            renderer.render(inPerson);
        }
        double[] renders = new double[runs];
        long renderCpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            renderer.render(inPerson);
            renders[i] = (System.nanoTime() - t) / 1e6;
        }
        renderCpu = threads.getCurrentThreadCpuTime() - renderCpu;

        Clock clock = Clock.systemDefaultZone();
        SigningIdentity supervisor = SigningIdentity.generate(SampleSessionRecord.SUPERVISOR, clock);
        RecordSigner signer = new RecordSigner(PdfResources.shared(), clock);
        byte[] unsigned = renderer.render(remote);
        SignatureRequest request = SignatureRequest.agreeing(SampleSessionRecord.SUPERVISOR_FIELD);
        double[] signatures = new double[runs];
        long signCpu;
        try {
            for (int i = 0; i < warmUps; i++) {
                signer.sign(unsigned, supervisor, request);
            }
            signCpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                signer.sign(unsigned, supervisor, request);
                signatures[i] = (System.nanoTime() - t) / 1e6;
            }
            signCpu = threads.getCurrentThreadCpuTime() - signCpu;
        } catch (UnreadablePdfException | SigningFailedException e) {
            throw new IllegalStateException("The benchmark could not sign its own sample record: " + e.getMessage(), e);
        }
        return new Result(firstRenderMs, median(renders), median(signatures),
                renderCpu / 1e6 / runs, signCpu / 1e6 / runs, pageCount(first), runs);
    }

    /**
     * Heap still in use after renders, to show rendering keeps nothing between documents.
     *
     * @param retainedBeforeBytes live heap after warming up
     * @param retainedAfterBytes live heap after all the renders
     */
    public record RetainedHeap(int renders, long retainedBeforeBytes, long retainedAfterBytes) {
        public long growthBytes() {
            return retainedAfterBytes - retainedBeforeBytes;
        }
    }

    /** Renders the sample record many times and compares the live heap before and after. */
    public static RetainedHeap retainedHeap(int warmUps, int renders) {
        RecordDocument record = SampleSessionRecord.signedInPerson();
        RecordPdfRenderer renderer = new RecordPdfRenderer(PdfResources.shared());
        for (int i = 0; i < warmUps; i++) {
            renderer.render(record);
        }
        long before = liveHeap();
        for (int i = 0; i < renders; i++) {
            renderer.render(record);
        }
        return new RetainedHeap(renders, before, liveHeap());
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        // Several collections, keeping the lowest reading: one System.gc() is only a request.
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static int pageCount(byte[] pdf) {
        try (var document = PdfInput.open(pdf)) {
            return document.getNumberOfPages();
        } catch (UnreadablePdfException e) {
            throw new IllegalStateException("The benchmark's own PDF could not be read back", e);
        }
    }
}
