package uk.supervisiondesk.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The short guide under Help, read from {@code guide.txt}: sections start with "# ", bullet
 * points with "- ", and every other line is a paragraph. Plain text, so anyone can edit it.
 */
public record Guide(List<Section> sections) {

    /** A block of a section: a paragraph, or a bullet point. */
    public record Block(boolean bullet, String text) {
    }

    public record Section(String title, List<Block> blocks) {
    }

    public static Guide bundled() {
        try (InputStream in = Guide.class.getResourceAsStream("guide.txt")) {
            if (in == null) {
                throw new IllegalStateException("guide.txt is missing from the build");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Guide parse(String text) {
        List<Section> sections = new ArrayList<>();
        String title = null;
        List<Block> blocks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("# ")) {
                if (title != null) {
                    sections.add(new Section(title, List.copyOf(blocks)));
                }
                title = trimmed.substring(2).strip();
                blocks = new ArrayList<>();
            } else if (trimmed.startsWith("- ")) {
                blocks.add(new Block(true, trimmed.substring(2).strip()));
            } else if (!trimmed.isEmpty()) {
                blocks.add(new Block(false, trimmed));
            }
        }
        if (title != null) {
            sections.add(new Section(title, List.copyOf(blocks)));
        }
        return new Guide(List.copyOf(sections));
    }
}
