package uk.supervisiondesk.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionFileItem;

/**
 * How an export folder is laid out: where each document of a supervisee's file goes and what it
 * is called. {@link SupervisionFileLayout} follows the policy's order of the supervision file for
 * a shared library; {@link FlatLayout} is the plain folder per person of the command line.
 */
public interface ExportLayout {

    /**
     * Where one version of a record goes under {@code root}.
     *
     * @throws PathTooLongException the path would be longer than Windows allows
     */
    Path recordFile(Path root, Supervisee person, SupervisionFileItem item, LocalDate date, int version,
                    String extension) throws PathTooLongException;

    /** The name of a paper-signature scan kept beside its record's PDF. */
    String scanFileName(String pdfFileName, String scanExtension);

    /** Where the whole file as one PDF made on {@code on} goes. */
    Path wholeFile(Path root, Supervisee person, LocalDate on) throws PathTooLongException;

    /**
     * Where one of the documents remade on each export goes (the front sheet, the monitoring sheet,
     * the calendar): one file per supervisee, named by what it is, so each export brings the same
     * file up to date. Empty when the layout does not file it.
     */
    Optional<Path> remadeDocument(Path root, Supervisee person, SupervisionFileItem item, String extension)
            throws PathTooLongException;

    /** How a name already taken by a different file is varied. */
    FilePlacement.Suffix suffix();

    /** The export root cannot hold this path: it is too deep for Windows. */
    final class PathTooLongException extends Exception {
        private final Path wanted;

        PathTooLongException(Path wanted, int limit) {
            super("The path " + wanted + " has " + wanted.toString().length() + " characters; Windows allows "
                    + limit + ". Choose an export folder nearer the top of the drive.");
            this.wanted = wanted;
        }

        public Path wanted() {
            return wanted;
        }
    }
}
