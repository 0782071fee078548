package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Opens PDFs that come from outside (returned by a supervisee, picked by an auditor) and turns
 * every way they can be unreadable into an {@link UnreadablePdfException} with a plain message.
 * iText quietly repairs broken files; for signed records a repaired file is not the file that
 * was signed, so a repair is reported as damage instead.
 */
final class PdfInput {
    /** PDF allows a little junk before the header; readers look this far. */
    private static final int HEADER_WINDOW = 1024;
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** What only appears inside an update, never in junk appended after the last one. */
    private static final Pattern UPDATE_CONTENT = Pattern.compile("\\d+\\s+\\d+\\s+obj|endobj|xref|trailer|stream");

    private PdfInput() {
    }

    /** Checks the bytes look like a whole PDF before iText sees them. */
    static void checkWholePdf(byte[] bytes) throws UnreadablePdfException {
        if (bytes.length == 0) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.EMPTY, "This file is empty, so it is not a PDF.");
        }
        if (indexOf(bytes, HEADER, 0, Math.min(bytes.length, HEADER_WINDOW)) < 0) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.NOT_A_PDF, "This file is not a PDF.");
        }
        int end = lastIndexOf(bytes, END_OF_FILE);
        if (end < 0) {
            throw UnreadablePdfException.damaged("it has no end-of-file marker, so part of it is probably missing.");
        }
        String tail = new String(bytes, end + END_OF_FILE.length, bytes.length - end - END_OF_FILE.length,
                StandardCharsets.ISO_8859_1);
        if (UPDATE_CONTENT.matcher(tail).find()) {
            throw UnreadablePdfException.damaged("its last update is incomplete, so part of it is probably missing.");
        }
    }

    /** Opens the bytes for reading; the caller closes the document. */
    static PdfDocument open(byte[] bytes) throws UnreadablePdfException {
        checkWholePdf(bytes);
        PdfReader reader = null;
        try {
            reader = new PdfReader(new ByteArrayInputStream(bytes));
            PdfDocument pdf = new PdfDocument(reader);
            if (reader.hasRebuiltXref()) {
                pdf.close();
                throw UnreadablePdfException.damaged("its table of contents (the cross-reference table) is broken.");
            }
            return pdf;
        } catch (BadPasswordException e) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.PASSWORD_PROTECTED,
                    "The PDF is protected by a password. Ask the sender for a copy without one.", e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            throw damaged(e);
        }
    }

    /** The damage iText found, in words; its own messages are kept short and specific enough. */
    static UnreadablePdfException damaged(Exception e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "it could not be read." : "it could not be read (" + e.getMessage().strip() + ").";
        UnreadablePdfException damaged = UnreadablePdfException.damaged(detail);
        damaged.initCause(e);
        return damaged;
    }

    private static void closeQuietly(PdfReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException | RuntimeException ignored) {
                // Already failing with a better message.
            }
        }
    }

    static int indexOf(byte[] haystack, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int lastIndexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
