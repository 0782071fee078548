package uk.supervisiondesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.supervisiondesk.app.cli.DeskCommand;

/** `verify FILE.pdf` run in-process, as a person would run it from a terminal. */
class VerifyCommandTest {
    private static byte[] signedByBoth;

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void sign() throws Exception {
        signedByBoth = TestIdentities.signerAt(TestIdentities.SUPERVISEE_CLOCK).sign(TestIdentities.signedBySupervisor(),
                TestIdentities.SUPERVISEE, SignatureRequest.agreeing(SampleSessionRecord.SUPERVISEE_FIELD));
    }

    @Test
    void aRecordSignedByBothIsValidAndExitsZero() throws Exception {
        int exit = verify(write("signed.pdf", signedByBoth));

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo(String.join(System.lineSeparator(),
                "signature 1: Alex Morgan, signed 2026-11-23T17:05:00Z, intact, does not cover the whole document",
                "signature 2: Priya Shah, signed 2026-11-25T09:30:00Z, intact, covers the whole document",
                "result: valid", ""));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aRecordAwaitingItsSecondSignatureIsValidAndSaysWhichFieldIsEmpty() throws Exception {
        int exit = verify(write("half.pdf", TestIdentities.signedBySupervisor()));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("signature 1: Alex Morgan, signed 2026-11-23T17:05:00Z, intact, covers the whole document",
                "empty signature field: supervisee-signature (not signed yet)", "result: valid");
    }

    @Test
    void aChangedByteExitsOneAndSaysWhy() throws Exception {
        byte[] changed = signedByBoth.clone();
        changed[PdfInput.indexOf(changed, "Priya Shah".getBytes(StandardCharsets.US_ASCII), 0, changed.length)] = 'Q';

        int exit = verify(write("changed.pdf", changed));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("NOT intact").contains("result: NOT valid \u2014 signature 1 (Alex Morgan)");
    }

    @Test
    void somethingAddedAfterTheLastSignatureExitsOne() throws Exception {
        byte[] appended = Arrays.copyOf(signedByBoth, signedByBoth.length + 3);
        appended[appended.length - 3] = '\n';
        appended[appended.length - 2] = '%';
        appended[appended.length - 1] = '\n';

        int exit = verify(write("appended.pdf", appended));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("result: NOT valid \u2014 the document was changed after the last signature");
    }

    @Test
    void anUnsignedPdfExitsOne() throws Exception {
        int exit = verify(write("unsigned.pdf", new RecordPdfRenderer().render(SampleSessionRecord.signedInPerson())));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("result: NOT valid \u2014 the document has no signatures");
    }

    @Test
    void unreadableFilesExitTwoWithAPlainMessageAndNoStackTrace() throws Exception {
        Path text = write("notes.pdf", "Meeting notes".getBytes(StandardCharsets.UTF_8));
        Path empty = write("empty.pdf", new byte[0]);
        Path truncated = write("truncated.pdf", Arrays.copyOf(signedByBoth, signedByBoth.length / 2));

        assertThat(verify(text)).isEqualTo(2);
        assertThat(verify(empty)).isEqualTo(2);
        assertThat(verify(truncated)).isEqualTo(2);
        assertThat(verify(folder.resolve("missing.pdf"))).isEqualTo(2);

        assertThat(err.toString()).contains(
                "error: " + text + ": This file is not a PDF.",
                "error: " + empty + ": This file is empty, so it is not a PDF.",
                "error: " + truncated + ": The PDF is damaged or truncated: ",
                "missing.pdf: no such file.");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    private int verify(Path file) {
        CommandLine cli = DeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("verify", file.toString());
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
