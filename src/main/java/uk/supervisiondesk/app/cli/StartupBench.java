package uk.supervisiondesk.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.app.Launcher;
import uk.supervisiondesk.app.bench.BareWindow;
import uk.supervisiondesk.app.bench.FirstFrameProbe;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;

/**
 * `bench startup`: time from launching a JVM to the first drawn frame of the unlock screen, and
 * the same for an empty JavaFX window (the floor), alternating runs so both see the same machine.
 * Measured twice: as `java -jar` starts today, and with class-data sharing (an archive of loaded
 * classes from a training run), each program with its own archive. With --launcher the app is
 * started by an installed app's own launcher (its bundled runtime, its options) instead of
 * `java -cp`; the JVM options reach it through JAVA_TOOL_OPTIONS, which every JVM reads.
 * Needs a display (use xvfb-run on a server).
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "JVM start to first frame of the unlock screen, against a bare JavaFX window.")
final class StartupBench implements Callable<Integer> {
    private static final long TIMEOUT_SECONDS = 60;

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "7", description = "Runs of each (default 7); medians are reported.")
    int runs;

    @Option(names = "--launcher", paramLabel = "FILE",
            description = "Time the app as this installed launcher starts it, e.g. "
                    + "\"target/installer/Supervision Desk/bin/Supervision Desk\" (default: java -cp).")
    Path launcher;

    @Override
    public Integer call() throws Exception {
        if (launcher != null && !Files.isExecutable(launcher)) {
            throw new CommandFailedException("--launcher " + launcher + " is not a program that can be run. "
                    + "Give the app-image's launcher, e.g. \"target/installer/Supervision Desk/bin/Supervision Desk\".",
                    2);
        }
        Path folder = Files.createTempDirectory("supervision-desk-bench");
        try {
            // An existing database, so the app shows its everyday unlock screen.
            DeskDatabase.create(new DataFolder(folder), "bench passphrase only".toCharArray(), 1000, null).close();
            String[] appArgs = {Launcher.class.getName(), "--data-dir", folder.toString()};
            String[] floorArgs = {BareWindow.class.getName()};
            PrintWriter out = spec.commandLine().getOut();
            report(out, "", measurePair(List.of(), appArgs, List.of(), floorArgs));

            Path appArchive = folder.resolve("app.jsa");
            Path floorArchive = folder.resolve("floor.jsa");
            measure(appCommand(List.of("-XX:ArchiveClassesAtExit=" + appArchive), appArgs));
            measure(javaCommand(List.of("-XX:ArchiveClassesAtExit=" + floorArchive), floorArgs));
            report(out, "_cds", measurePair(List.of("-XX:SharedArchiveFile=" + appArchive), appArgs,
                    List.of("-XX:SharedArchiveFile=" + floorArchive), floorArgs));
            out.println("runs=" + runs);
            if (launcher != null) {
                out.println("launcher=" + launcher);
            }
            out.flush();
            return 0;
        } finally {
            deleteTree(folder);
        }
    }

    /** Medians of app and floor start times, alternating so both see the same machine. */
    private long[] measurePair(List<String> appJvm, String[] appArgs, List<String> floorJvm, String[] floorArgs)
            throws IOException, InterruptedException {
        measure(appCommand(appJvm, appArgs)); // warms the operating system's file cache
        List<Long> app = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            floor.add(measure(javaCommand(floorJvm, floorArgs)));
            app.add(measure(appCommand(appJvm, appArgs)));
        }
        return new long[] {median(app), median(floor)};
    }

    private static void report(PrintWriter out, String suffix, long[] appAndFloor) {
        out.println("startup" + suffix + "_ms=" + appAndFloor[0]);
        out.println("floor" + suffix + "_ms=" + appAndFloor[1]);
        out.println("startup" + suffix + "_ratio="
                + String.format(Locale.ROOT, "%.2f", (double) appAndFloor[0] / appAndFloor[1]));
    }

    /**
     * The app's start: as {@link #javaCommand}, or through --launcher with the JVM options in
     * JAVA_TOOL_OPTIONS (a launcher made by jpackage takes no JVM options on its command line).
     */
    private ProcessBuilder appCommand(List<String> jvmOptions, String... mainClassAndArgs) {
        if (launcher == null) {
            return javaCommand(jvmOptions, mainClassAndArgs);
        }
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(Arrays.asList(mainClassAndArgs).subList(1, mainClassAndArgs.length));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", probeOptions(jvmOptions)));
        return builder;
    }

    /**
     * `java [options] -cp CLASS_PATH MAIN_CLASS ARGS` on this JVM's own runtime (also when the bench runs
     * from an installed app, whose launcher is not a `java` command: its bundled runtime keeps bin/java).
     */
    private static ProcessBuilder javaCommand(List<String> jvmOptions, String... mainClassAndArgs) {
        List<String> command = new ArrayList<>();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        command.add(Files.isExecutable(java) || Files.isExecutable(Path.of(java + ".exe")) ? java.toString() : "java");
        command.addAll(probeOptions(jvmOptions));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(Arrays.asList(mainClassAndArgs));
        return new ProcessBuilder(command);
    }

    private static List<String> probeOptions(List<String> jvmOptions) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-D" + FirstFrameProbe.PROPERTY + "=true");
        // Pass on platform choices (e.g. a headless glass) so both runs use the same graphics stack.
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("glass.") || k.startsWith("monocle.") || k.startsWith("prism."))
                .forEach(k -> options.add("-D" + k + "=" + System.getProperty(k)));
        return options;
    }

    /** Milliseconds from starting the process to its first-frame signal. */
    private static long measure(ProcessBuilder command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = command.redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals(FirstFrameProbe.SIGNAL)) {
                    long elapsed = (System.nanoTime() - start) / 1_000_000;
                    process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return elapsed;
                }
                seen.append(line).append('\n');
            }
            throw new CommandFailedException("The window never drew a frame. Is there a display? "
                    + "On a server run: xvfb-run java -jar target/supervision-desk.jar bench startup\n" + seen);
        } finally {
            process.destroyForcibly();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
