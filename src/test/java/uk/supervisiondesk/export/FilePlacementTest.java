package uk.supervisiondesk.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.supervisiondesk.store.RecordFiles;

/** Placing files in a shared folder: never over a different file, and a regenerated one only over its own copy. */
class FilePlacementTest {
    @TempDir
    Path folder;
    final FilePlacement placement = new FilePlacement(FilePlacement.Suffix.BRACKETED);

    private FilePlacement.Written place(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(UTF_8);
        return placement.place(folder, name, bytes);
    }

    @Test
    void aTakenNameGetsTheNextBracketedNumberAndTheSameContentIsLeftAlone() throws Exception {
        place("notes.pdf", "theirs");

        FilePlacement.Written ours = place("notes.pdf", "ours");
        FilePlacement.Written again = place("notes.pdf", "ours");

        assertThat(ours.path().getFileName()).hasToString("notes (2).pdf");
        assertThat(ours.renamed()).isTrue();
        assertThat(again.isNew()).isFalse();
        assertThat(Files.readString(folder.resolve("notes.pdf"))).isEqualTo("theirs");
    }

    @Test
    void aRemadeDocumentReplacesTheAppsOwnCopyInOneRenameAndLeavesNoTemporaryFile() throws Exception {
        FilePlacement.Written first = place("calendar.ics", "version one");
        byte[] one = "version one".getBytes(UTF_8);
        assertThat(placement.holds(first.path(), one.length, RecordFiles.sha256(one))).isTrue();

        FilePlacement.Written written = placement.replace(first.path(), "version two".getBytes(UTF_8));

        assertThat(written.replaced()).isTrue();
        assertThat(Files.readString(folder.resolve("calendar.ics"))).isEqualTo("version two");
        assertThat(placement.holds(first.path(), one.length, RecordFiles.sha256(one)))
                .as("no longer the copy placed first").isFalse();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void aNewVersionNameIsRecognisedAsAVariantOfTheName() {
        Path target = folder.resolve("Supervision calendar.ics");
        assertThat(placement.isNameOrVariant(target, target)).isTrue();
        assertThat(placement.isNameOrVariant(folder.resolve("Supervision calendar (3).ics"), target)).isTrue();
        assertThat(placement.isNameOrVariant(folder.resolve("Supervision calendar old.ics"), target)).isFalse();
        assertThat(placement.isNameOrVariant(folder.resolve("other").resolve("Supervision calendar.ics"), target))
                .isFalse();
    }

    @Test
    void newFoldersTakesAwayOnlyTheFoldersItMadeThatAreStillEmpty() throws Exception {
        Path kept = Files.createDirectories(folder.resolve("there before"));
        NewFolders made = new NewFolders();
        made.make(kept.resolve("Bloggs, Jo (E1)").resolve("01 Front sheet"));
        made.make(kept.resolve("Bloggs, Jo (E1)").resolve("04 Supervision records"));
        Files.writeString(kept.resolve("Bloggs, Jo (E1)").resolve("04 Supervision records").resolve("a.pdf"), "x");

        made.removeEmpty();

        assertThat(kept).isDirectory();
        assertThat(kept.resolve("Bloggs, Jo (E1)").resolve("01 Front sheet")).doesNotExist();
        assertThat(kept.resolve("Bloggs, Jo (E1)").resolve("04 Supervision records").resolve("a.pdf")).isRegularFile();
    }
}
