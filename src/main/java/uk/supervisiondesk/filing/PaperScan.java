package uk.supervisiondesk.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import uk.supervisiondesk.pdf.PdfVerifier;
import uk.supervisiondesk.pdf.UnreadablePdfException;
import uk.supervisiondesk.store.RecordFiles;

/**
 * The scan of a record signed by hand: a PDF or an image (PNG, JPEG or TIFF) as the scanner or
 * phone produced it, checked to be readable before it is kept.
 */
public final class PaperScan {
    /** A phone photo or a few scanned pages; anything bigger is probably the wrong file. */
    static final long MAX_BYTES = 30L * 1024 * 1024;

    private final byte[] bytes;
    private final String fileName;
    private final String mimeType;

    private PaperScan(byte[] bytes, String fileName, String mimeType) {
        this.bytes = bytes;
        this.fileName = fileName;
        this.mimeType = mimeType;
    }

    /**
     * @throws FilingRefusedException the file is missing, empty, too big, not a PDF or image, or damaged
     */
    public static PaperScan read(Path file) {
        String name = file.getFileName() == null ? "scan" : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw unreadable(name + " is a folder. Choose the scanned file itself.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw unreadable(name + " is larger than 30 MB. Scan it again at a lower resolution (150 to 300 dpi "
                        + "is plenty) or save it as a PDF.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw unreadable(name + " could not be found. Check where the scan was saved.");
        } catch (IOException e) {
            throw unreadable(name + " could not be read (" + e.getMessage() + ").");
        }
        return of(bytes, name);
    }

    /** @throws FilingRefusedException the bytes are not a readable PDF or image */
    public static PaperScan of(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw unreadable(fileName + " is empty. Scan the signed record again.");
        }
        String mime = mimeType(bytes);
        if (mime == null) {
            throw unreadable(fileName + " is not a PDF or an image. Attach the scan as a PDF, PNG, JPEG or TIFF file.");
        }
        if (mime.equals("application/pdf")) {
            try {
                new PdfVerifier().verify(bytes);
            } catch (UnreadablePdfException e) {
                throw new FilingRefusedException(FilingRefusedException.Reason.UNREADABLE_FILE,
                        fileName + ": " + e.getMessage() + " Scan the signed record again.", e);
            }
        } else {
            try {
                if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
                    throw unreadable(fileName + " is an image this computer cannot read. Save it as PNG or JPEG.");
                }
            } catch (IOException | RuntimeException e) {
                throw new FilingRefusedException(FilingRefusedException.Reason.UNREADABLE_FILE,
                        fileName + " is damaged or cut short, so it cannot be read. Scan the signed record again.", e);
            }
        }
        return new PaperScan(bytes.clone(), fileName, mime);
    }

    RecordFiles.Scan toStored() {
        return new RecordFiles.Scan(bytes, fileName, mimeType);
    }

    public String fileName() {
        return fileName;
    }

    public String mimeType() {
        return mimeType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file extension for the kind of scan, e.g. ".pdf". */
    public static String extensionFor(String mimeType) {
        return switch (mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT)) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/tiff" -> ".tif";
            default -> ".bin";
        };
    }

    private static String mimeType(byte[] b) {
        // PDF allows a little junk before its header; readers look within the first kilobyte.
        String head = new String(b, 0, Math.min(b.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (head.contains("%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(b, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "image/tiff";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static FilingRefusedException unreadable(String message) {
        return new FilingRefusedException(FilingRefusedException.Reason.UNREADABLE_FILE, message);
    }
}
