package uk.supervisiondesk.pdf;

import java.time.LocalDate;

/** Small records for tests that need only a header. */
final class SampleRecords {
    private SampleRecords() {
    }

    static RecordHeader header(RecordType type) {
        return new RecordHeader("Anytown Council Children's Services", type.title() + " record", type,
                "Priya Shah", "SAMPLE-0042", LocalDate.of(2026, 11, 23), 1, "Draft",
                "Anytown children's social care supervision policy (2026)", "Alex Morgan");
    }
}
