package uk.supervisiondesk.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns people's names and titles into folder and file names that Windows, macOS, Linux,
 * OneDrive and SharePoint all accept unchanged, so a synced library never renames or refuses a
 * file behind the user's back.
 */
public final class SafeFileNames {
    /** Forbidden on Windows, plus # and % that older SharePoint and some sync clients refuse. */
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*#%\\p{Cntrl}]");
    /** Windows device names, refused with any extension: CON, CON.pdf, COM1.txt... */
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");

    private SafeFileNames() {
    }

    /**
     * One folder or file name: forbidden characters become hyphens, runs of spaces one space,
     * no leading dot or "~$", no trailing dot or space, not a device name, at most
     * {@code maxLength} characters. Never empty.
     */
    public static String segment(String text, int maxLength) {
        String safe = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        safe = FORBIDDEN.matcher(safe).replaceAll("-");
        safe = safe.replaceAll("\\s+", " ").strip();
        safe = safe.replace("_vti_", "vti");
        // A leading dot hides the file on macOS and Linux; "~$" marks Office's lock files.
        safe = safe.replaceFirst("^(~\\$|[.~]|\\s)+", "");
        safe = trimEnd(shorten(safe, maxLength));
        if (safe.isEmpty()) {
            return "unnamed";
        }
        java.util.regex.Matcher device = DEVICE.matcher(safe);
        if (device.matches()) {
            // The device name itself must change: "COM3.notes" is as reserved as "COM3".
            String rest = device.group(2) == null ? "" : device.group(2);
            safe = trimEnd(shorten(device.group(1) + "_" + rest, maxLength));
        } else if (safe.toLowerCase(Locale.ROOT).equals("desktop.ini")) {
            safe = "desktop_.ini";
        }
        return safe;
    }

    /** A file name kept within {@code maxLength} with its extension whole. */
    public static String fileName(String base, String extension, int maxLength) {
        String dotted = "." + extension;
        return segment(base, maxLength - dotted.length()) + dotted;
    }

    private static String shorten(String text, int maxLength) {
        if (text.codePointCount(0, text.length()) <= maxLength) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Math.max(0, maxLength)));
    }

    private static String trimEnd(String text) {
        return text.replaceAll("[. ]+$", "");
    }
}
