package uk.supervisiondesk.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.supervisiondesk.domain.SupervisionRecord;
import uk.supervisiondesk.store.DataFolder;
import uk.supervisiondesk.store.DeskDatabase;
import uk.supervisiondesk.store.RecordBook;

/**
 * Run in a child JVM by the crash tests: keeps "typing" into a draft, saving after every word as
 * the form's autosave does, and says "saved N" once each save has returned, until it is killed.
 */
public final class DraftTypist {
    private DraftTypist() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        long recordId = Long.parseLong(args[1]);
        DeskDatabase db = DeskDatabase.open(new DataFolder(folder), TestData.PASSPHRASE);
        RecordBook book = new RecordBook(db, Clock.systemUTC());
        SupervisionRecord record = book.byId(recordId).orElseThrow();
        StringBuilder typed = new StringBuilder();
        for (int word = 1; ; word++) {
            typed.append("word").append(word).append(' ');
            record = book.saveDraft(record.withValues(Map.of("wellbeing", typed.toString().strip()), null), List.of());
            System.out.println("saved " + word);
            System.out.flush();
        }
    }
}
