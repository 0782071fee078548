package uk.supervisiondesk.domain;

import java.util.List;
import java.util.Optional;

/** Which of a version's filed copies stands for it. */
public final class FiledCopies {
    private FiledCopies() {
    }

    /**
     * The last copy anyone signed, else the last unsigned one. A sealed export copy made after a
     * remote request, say, does not hide the request.
     *
     * @param copies oldest first
     */
    public static Optional<FiledDocument> standing(List<FiledDocument> copies) {
        for (int i = copies.size() - 1; i >= 0; i--) {
            if (copies.get(i).signing().locksRecord()) {
                return Optional.of(copies.get(i));
            }
        }
        return copies.isEmpty() ? Optional.empty() : Optional.of(copies.get(copies.size() - 1));
    }
}
