package uk.supervisiondesk.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * How this user wants the screens drawn: text size and high contrast. Kept in a small plain
 * file in the data folder rather than the database, because the unlock screen, drawn before
 * the database is open, must already be readable. It holds no personal data.
 */
public record DisplayPreferences(int textSizePercent, boolean highContrast) {

    /** The text sizes offered, as a percentage of the system's own size. */
    public static final List<Integer> TEXT_SIZES = List.of(100, 115, 130, 150, 175, 200);
    public static final DisplayPreferences STANDARD = new DisplayPreferences(100, false);

    public DisplayPreferences {
        if (!TEXT_SIZES.contains(textSizePercent)) {
            textSizePercent = 100;
        }
    }

    /** One size larger, or this size if it is already the largest. */
    public DisplayPreferences larger() {
        int i = TEXT_SIZES.indexOf(textSizePercent);
        return new DisplayPreferences(TEXT_SIZES.get(Math.min(i + 1, TEXT_SIZES.size() - 1)), highContrast);
    }

    public DisplayPreferences smaller() {
        int i = TEXT_SIZES.indexOf(textSizePercent);
        return new DisplayPreferences(TEXT_SIZES.get(Math.max(i - 1, 0)), highContrast);
    }

    public DisplayPreferences withTextSize(int percent) {
        return new DisplayPreferences(percent, highContrast);
    }

    public DisplayPreferences withHighContrast(boolean on) {
        return new DisplayPreferences(textSizePercent, on);
    }

    /** The saved preferences; the standard ones if there are none or the file cannot be read. */
    public static DisplayPreferences read(DataFolder folder) {
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(folder.displayFile(), StandardCharsets.UTF_8)));
            return new DisplayPreferences(Integer.parseInt(p.getProperty("text-size-percent", "100").strip()),
                    Boolean.parseBoolean(p.getProperty("high-contrast", "false").strip()));
        } catch (NoSuchFileException e) {
            return STANDARD;
        } catch (IOException | RuntimeException e) {
            // A damaged preferences file must never stop anyone reaching their records.
            return STANDARD;
        }
    }

    public void save(DataFolder folder) throws IOException {
        Properties p = new Properties();
        p.setProperty("text-size-percent", Integer.toString(textSizePercent));
        p.setProperty("high-contrast", Boolean.toString(highContrast));
        StringWriter out = new StringWriter();
        p.store(out, "Supervision Desk display preferences");
        Files.createDirectories(folder.root());
        AtomicFiles.write(folder.displayFile(), out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
