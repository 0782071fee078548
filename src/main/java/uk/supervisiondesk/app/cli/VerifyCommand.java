package uk.supervisiondesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.SignatureCheck;
import uk.supervisiondesk.pdf.UnreadablePdfException;
import uk.supervisiondesk.pdf.VerificationReport;

/**
 * `verify FILE.pdf`: one line per signature, then the verdict. Exit 0 only when every signature
 * is valid and nothing changed after the last one; 1 when not; 2 when the file cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a signed PDF: who signed it, when, and whether it was changed afterwards. "
                + "Exits 0 only if every signature is valid and nothing was changed after the last one, "
                + "1 if not, 2 if the file cannot be read.")
final class VerifyCommand implements Callable<Integer> {
    static final int NOT_VALID = 1;
    static final int UNREADABLE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The PDF to check.")
    Path file;

    @Override
    public Integer call() {
        VerificationReport report;
        try {
            report = new PdfVerifier().verify(read(file));
        } catch (UnreadablePdfException e) {
            throw new CommandFailedException(file + ": " + e.getMessage(), UNREADABLE);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (SignatureCheck signature : report.signatures()) {
            out.println(describe(signature));
        }
        for (String field : report.emptySignatureFields()) {
            out.println("empty signature field: " + field + " (not signed yet)");
        }
        out.println(report.whyNotValid().map(why -> "result: NOT valid \u2014 " + why).orElse("result: valid"));
        out.flush();
        return report.valid() ? 0 : NOT_VALID;
    }

    static String describe(SignatureCheck signature) {
        String when = signature.signingTime()
                .map(t -> "signed " + DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS)))
                .orElse("signing time not recorded");
        return "signature " + signature.number() + ": " + signature.signerName() + ", " + when + ", "
                + (signature.intact() ? "intact" : "NOT intact") + ", "
                + (signature.coversWholeDocument() ? "covers the whole document" : "does not cover the whole document");
    }

    private static byte[] read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new CommandFailedException(file + " is a folder. Give the path of a PDF file.", UNREADABLE);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CommandFailedException(file + ": no such file. Check the path and try again.", UNREADABLE);
        } catch (AccessDeniedException e) {
            throw new CommandFailedException(file + ": permission denied, so the file cannot be read.", UNREADABLE);
        } catch (IOException e) {
            throw new CommandFailedException(file + " could not be read: " + e.getMessage(), UNREADABLE);
        }
    }
}
