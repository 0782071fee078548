package uk.supervisiondesk.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installers' app-image, built as installer/build-linux.sh (or build-macos.sh,
 * build-windows.ps1) builds it, from the same argfiles in target/jpackage/, with nothing but
 * the JDK: jlink makes the bundled runtime and jpackage the app-image, in
 * target/installer/. Then the app is started as a user's laptop would start it, through its own
 * launcher and runtime, with no Java installed.
 *
 * <p>Run by failsafe at `./mvnw verify`, after the package phase has made
 * target/supervision-desk.jar and the argfiles.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppImageIT {
    private static final Path TARGET = Path.of("target");
    private static final Path OPTIONS = TARGET.resolve("jpackage");
    private static final Path INSTALLER = TARGET.resolve("installer");
    private static final String APP_NAME = "Supervision Desk";
    private static final String PASSPHRASE = "app image test passphrase";

    private static Path image;
    private static Map<String, Long> imageFiles;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildAppImage() throws IOException, InterruptedException {
        Path jar = TARGET.resolve("supervision-desk.jar");
        assertThat(jar).as("the package phase's shaded jar").isRegularFile();
        assertThat(OPTIONS.resolve("common.options")).as("the package phase's argfiles").isRegularFile();

        Path input = OPTIONS.resolve("input");
        Path runtime = OPTIONS.resolve("runtime");
        image = INSTALLER.resolve(imageName());
        deleteTree(input);
        deleteTree(runtime);
        deleteTree(image);
        Files.createDirectories(input);
        Files.createDirectories(INSTALLER);
        Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        run("jlink", "@" + OPTIONS.resolve("runtime.options"), "--output", runtime.toString());
        run("jpackage", "@" + OPTIONS.resolve("common.options"), "@" + OPTIONS.resolve(platform() + ".options"),
                "--type", "app-image", "--dest", INSTALLER.toString());
        assertThat(image).isDirectory();
        imageFiles = listing(image);
    }

    @Test
    @Order(1)
    void theLauncherPrintsThePomsVersionAndExitsZero() throws Exception {
        Result result = launch(Map.of(), "--version");

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().strip()).isEqualTo(APP_NAME + " " + System.getProperty("project.version"));
    }

    @Test
    @Order(2)
    void theImageBundlesItsOwnTrimmedRuntimeWithTheIconAndTheJar() throws IOException {
        Path runtime = runtimeHome();
        String release = Files.readString(runtime.resolve("release"));
        String modules = release.lines().filter(l -> l.startsWith("MODULES="))
                .findFirst().orElseThrow(() -> new AssertionError("no MODULES in " + runtime.resolve("release")));
        // Only what the app needs (installer/jpackage/runtime.options): no compiler, no jshell.
        assertThat(modules).contains("java.desktop", "java.sql", "jdk.crypto.ec", "jdk.localedata")
                .doesNotContain("jdk.compiler", "jdk.jshell", "jdk.jpackage");
        assertThat(imageFiles.keySet()).anyMatch(f -> f.endsWith("supervision-desk.jar"))
                .anyMatch(f -> f.endsWith("classes.jsa"))
                .anyMatch(f -> f.endsWith(iconFile()));
    }

    @Test
    @Order(3)
    void theBundledRuntimeRunsTheStoreThePolicyPacksAndSignedPdfs() throws Exception {
        // Each of these needs a module a too-small runtime would lack: H2's encryption and
        // Flyway (java.sql, java.naming, java.management), the policy packs, and iText with BouncyCastle
        // and the PDF/A colour profile (java.desktop's java.awt.color, jdk.crypto.ec).
        Path data = temp.resolve("data with a space");
        Map<String, String> env = Map.of("SUPERVISION_DESK_PASSPHRASE", PASSPHRASE);

        Result demo = launch(env, "demo", "--data-dir", data.toString(), "--staff", "2", "--years", "1",
                "--pack", "sefton");
        assertThat(demo.exitCode()).as(demo.output()).isZero();
        assertThat(demo.output()).contains("Created " + data, "added 2 sample supervisees", "following Sefton");
        assertThat(data.resolve("supervision-desk.mv.db")).isRegularFile();

        Result pdf = launch(Map.of(), "bench", "pdf", "--runs", "1", "--warm-ups", "0");
        assertThat(pdf.exitCode()).as(pdf.output()).isZero();
        assertThat(pdf.output()).contains("render_ms=", "sign_ms=");
    }

    @Test
    @Order(4)
    void runningTheAppLeavesTheInstallFolderAsItWas() throws IOException {
        // Per-user data lives in the data folder (DefaultDataFolder), never beside the program,
        // which is read-only for users once installed under Program Files or /opt.
        assertThat(listing(image)).isEqualTo(imageFiles);
    }

    private static Path runtimeHome() {
        return switch (platform()) {
            case "windows" -> image.resolve("runtime");
            case "macos" -> image.resolve("Contents/runtime/Contents/Home");
            default -> image.resolve("lib/runtime");
        };
    }

    private static Path launcher() {
        return switch (platform()) {
            case "windows" -> image.resolve(APP_NAME + ".exe");
            case "macos" -> image.resolve("Contents/MacOS/" + APP_NAME);
            default -> image.resolve("bin/" + APP_NAME);
        };
    }

    private static String iconFile() {
        return switch (platform()) {
            case "windows" -> ".ico";
            case "macos" -> ".icns";
            default -> ".png";
        };
    }

    private static String imageName() {
        return platform().equals("macos") ? APP_NAME + ".app" : APP_NAME;
    }

    /** The name of the platform's argfile in installer/jpackage/. */
    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("win") ? "windows" : os.contains("mac") ? "macos" : "linux";
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher().toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // As on a laptop: no Java of ours reaches the app, and its data goes to a folder of its own.
        builder.environment().keySet().removeIf(k -> k.startsWith("JAVA") || k.startsWith("JDK_")
                || k.equals("CLASSPATH") || k.startsWith("SUPERVISION_DESK"));
        builder.environment().put("SUPERVISION_DESK_DATA_DIR", temp.resolve("default-data").toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }

    /**
     * Runs a JDK tool as the build scripts do, `jlink @argfile ...`: its launcher reads the
     * argfiles (the tools' in-process ToolProvider does not).
     */
    private static void run(String tool, String... args) throws IOException, InterruptedException {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        assertThat(bin.resolve(tool).toFile().exists() || bin.resolve(tool + ".exe").toFile().exists())
                .as(tool + " is missing from " + bin + ": the build needs a full JDK 17 or later, not a JRE").isTrue();
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    /** Every file under a folder with its size, to tell whether anything was added or changed. */
    private static Map<String, Long> listing(Path folder) throws IOException {
        Map<String, Long> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.size(p));
            }
        }
        return files;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }
}
