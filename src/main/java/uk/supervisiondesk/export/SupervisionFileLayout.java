package uk.supervisiondesk.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.supervisiondesk.domain.Supervisee;
import uk.supervisiondesk.domain.SupervisionFileItem;
import uk.supervisiondesk.policy.pack.SupervisionFileOrder;

/**
 * Where each document goes in a shared library, following the policy's order of the supervision
 * file: {@code Bloggs, Jo (E123)/04 Supervision records/2026-11-20 Individual supervision v1.pdf}.
 * Folder numbers are the section numbers, so the library sorts as the policy lists them.
 */
public final class SupervisionFileLayout implements ExportLayout {
    /**
     * Windows refuses longer paths unless long paths are switched on, which managed laptops rarely
     * have; SharePoint's own 400-character limit is looser, so Windows is the one to keep.
     */
    public static final int PATH_LIMIT = 259;
    private static final int NAME_LIMIT = 80;
    /** How far titles are cut when the whole path would be too long. */
    private static final int SHORT_TITLE = 24;

    private final SupervisionFileOrder order;

    public SupervisionFileLayout(SupervisionFileOrder order) {
        this.order = order;
    }

    public SupervisionFileOrder order() {
        return order;
    }

    /** "Surname, Forenames (employee number)": sorts by surname and stays unique. */
    public String superviseeFolder(Supervisee person) {
        return SafeFileNames.segment(person.personal().surname() + ", " + person.personal().forenames()
                + " (" + person.employeeNumber() + ")", NAME_LIMIT);
    }

    public String sectionFolder(SupervisionFileItem item) {
        return sectionFolder(order.sectionOf(item), NAME_LIMIT);
    }

    /** "2026-11-20 Individual supervision v1.pdf": ISO dates sort by time in any file list. */
    public String fileName(SupervisionFileItem item, LocalDate date, int version, String extension) {
        return fileName(item, date, version, extension, NAME_LIMIT);
    }

    /**
     * The whole path under {@code root}, shortened (section and document titles first, then the
     * person's forenames) to fit Windows' path limit.
     *
     * @throws PathTooLongException even the shortest form does not fit under this root
     */
    @Override
    public Path recordFile(Path root, Supervisee person, SupervisionFileItem item, LocalDate date, int version,
                           String extension) throws PathTooLongException {
        SupervisionFileOrder.Section section = order.sectionOf(item);
        Path full = root.resolve(superviseeFolder(person)).resolve(sectionFolder(section, NAME_LIMIT))
                .resolve(fileName(item, date, version, extension, NAME_LIMIT));
        if (fits(full)) {
            return full;
        }
        Path shorter = root.resolve(superviseeFolder(person)).resolve(sectionFolder(section, SHORT_TITLE))
                .resolve(fileName(item, date, version, extension, SHORT_TITLE));
        if (fits(shorter)) {
            return shorter;
        }
        String initial = person.personal().forenames().isBlank() ? ""
                : ", " + person.personal().forenames().strip().substring(0, 1);
        Path shortest = root.resolve(SafeFileNames.segment(person.personal().surname() + initial
                        + " (" + person.employeeNumber() + ")", SHORT_TITLE + 12))
                .resolve(String.format(Locale.ROOT, "%02d", section.number()))
                .resolve(fileName(item, date, version, extension, 0));
        if (fits(shortest)) {
            return shortest;
        }
        throw new PathTooLongException(full, PATH_LIMIT);
    }

    /** "2026-11-20 Individual supervision v1 paper signatures.jpg", beside its record. */
    @Override
    public String scanFileName(String pdfFileName, String scanExtension) {
        return pdfFileName.substring(0, pdfFileName.length() - ".pdf".length()) + " paper signatures" + scanExtension;
    }

    /** "Supervision file 2026-11-23.pdf" in the person's folder, above the sections. */
    @Override
    public Path wholeFile(Path root, Supervisee person, LocalDate on) throws PathTooLongException {
        Path path = root.resolve(superviseeFolder(person)).resolve("Supervision file " + on + ".pdf");
        if (!fits(path)) {
            throw new PathTooLongException(path, PATH_LIMIT);
        }
        return path;
    }

    /**
     * "Supervision calendar.ics", "Personal details front sheet.pdf": in the section the policy
     * gives it, one per supervisee, with no date or version, so that each export brings the same
     * file up to date (decision 0011).
     */
    @Override
    public Optional<Path> remadeDocument(Path root, Supervisee person, SupervisionFileItem item, String extension)
            throws PathTooLongException {
        SupervisionFileOrder.Section section = order.sectionOf(item);
        String name = SafeFileNames.fileName(item.title(), extension, NAME_LIMIT);
        Path full = root.resolve(superviseeFolder(person)).resolve(sectionFolder(section, NAME_LIMIT)).resolve(name);
        for (Path candidate : List.of(full, root.resolve(superviseeFolder(person))
                .resolve(sectionFolder(section, SHORT_TITLE)).resolve(name))) {
            if (fits(candidate)) {
                return Optional.of(candidate);
            }
        }
        throw new PathTooLongException(full, PATH_LIMIT);
    }

    /** "... v1 (2).pdf", as Windows and OneDrive name copies. */
    @Override
    public FilePlacement.Suffix suffix() {
        return FilePlacement.Suffix.BRACKETED;
    }

    private static String sectionFolder(SupervisionFileOrder.Section section, int titleLimit) {
        return String.format(Locale.ROOT, "%02d ", section.number()) + SafeFileNames.segment(section.title(), titleLimit);
    }

    /** With {@code titleLimit} 0 the document's short key stands in for its title. */
    private static String fileName(SupervisionFileItem item, LocalDate date, int version, String extension,
                                   int titleLimit) {
        String title = " " + (titleLimit == 0 ? item.key() : SafeFileNames.segment(item.title(), titleLimit));
        return SafeFileNames.fileName(date + title + " v" + version, extension, NAME_LIMIT);
    }

    private static boolean fits(Path path) {
        return path.toAbsolutePath().toString().length() <= PATH_LIMIT;
    }
}
