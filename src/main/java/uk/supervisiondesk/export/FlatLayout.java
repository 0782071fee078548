package uk.supervisiondesk.export;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionFileItem;

/**
 * The command line's plain layout, kept as the signed-PDF export first made it so that scripts
 * built on it keep working: {@code E123-Bloggs/2026-11-20-individual-v1.pdf}, the scan beside it
 * as {@code ...-v1-paper-scan.jpg}, a different file's name varied with "-2". Names are ASCII
 * letters, digits and hyphens only, safe everywhere. Records only: no sheets and no calendar.
 */
public final class FlatLayout implements ExportLayout {

    @Override
    public Path recordFile(Path root, Supervisee person, SupervisionFileItem item, LocalDate date, int version,
                           String extension) {
        return folder(root, person).resolve(date + "-" + safeName(item.key()).toLowerCase(Locale.ROOT) + "-v"
                + version + "." + extension);
    }

    @Override
    public String scanFileName(String pdfFileName, String scanExtension) {
        return stem(pdfFileName) + "-paper-scan" + scanExtension;
    }

    @Override
    public Path wholeFile(Path root, Supervisee person, LocalDate on) {
        return folder(root, person).resolve(on + "-supervision-file.pdf");
    }

    @Override
    public Optional<Path> remadeDocument(Path root, Supervisee person, SupervisionFileItem item, String extension) {
        return Optional.empty();
    }

    @Override
    public FilePlacement.Suffix suffix() {
        return FilePlacement.Suffix.HYPHEN;
    }

    private static Path folder(Path root, Supervisee person) {
        return root.resolve(safeName(person.employeeNumber()) + "-" + safeName(person.personal().surname()));
    }

    /** Letters and digits, everything else as single hyphens, accents dropped; never empty. */
    static String safeName(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return safe.isEmpty() ? "unnamed" : safe.length() > 60 ? safe.substring(0, 60) : safe;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }
}
