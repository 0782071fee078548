package uk.supervisiondesk.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    private FilePlacement.Written replaceOwn(String name, String text, String ownText) throws IOException {
        byte[] bytes = text.getBytes(UTF_8);
        return placement.replaceOwn(folder, name, bytes.length, RecordFiles.sha256(bytes), () -> bytes,
                Optional.ofNullable(ownText).map(t -> RecordFiles.sha256(t.getBytes(UTF_8))));
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
    void aRegeneratedFileReplacesTheCopyThisAppLastPlacedThere() throws Exception {
        place("calendar.ics", "version one");

        FilePlacement.Written written = replaceOwn("calendar.ics", "version two", "version one");

        assertThat(written.replaced()).isTrue();
        assertThat(written.path().getFileName()).hasToString("calendar.ics");
        assertThat(Files.readString(folder.resolve("calendar.ics"))).isEqualTo("version two");
        assertThat(folder.resolve("calendar (2).ics")).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void aRegeneratedFileNeverReplacesOneSomeoneChangedOrThatWasNeverOurs() throws Exception {
        Files.writeString(folder.resolve("calendar.ics"), "edited by a colleague");

        FilePlacement.Written changed = replaceOwn("calendar.ics", "version two", "version one");
        FilePlacement.Written unknown = replaceOwn("other.ics", "new", null);

        assertThat(Files.readString(folder.resolve("calendar.ics"))).isEqualTo("edited by a colleague");
        assertThat(changed.path().getFileName()).hasToString("calendar (2).ics");
        assertThat(changed.replaced()).isFalse();
        assertThat(unknown.isNew()).isTrue();
        assertThat(unknown.replaced()).isFalse();
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
