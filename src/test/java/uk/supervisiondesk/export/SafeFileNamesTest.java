package uk.supervisiondesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeFileNamesTest {
    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            O'Brien, Siobhán (E12)         | O'Brien, Siobhán (E12)
            Review: what/why? <draft>      | Review- what-why- -draft-
            Case #12 at 100%               | Case -12 at 100-
            "  lots   of    space  "        | lots of space
            trailing dots...               | trailing dots
            .hidden                        | hidden
            ~$lock                         | lock
            CON                            | CON_
            lpt1                           | lpt1_
            Com3.notes                     | Com3_.notes
            Console                        | Console
            _vti_cnf                       | vticnf
            "..."                          | unnamed
            """)
    void namesAreSafeOnWindowsMacLinuxAndSharePoint(String in, String out) {
        assertThat(SafeFileNames.segment(in, 80)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            abcdefghij     | 5  | abcde
            abc de fghij   | 7  | abc de
            Zoë Zoë Zoë    | 5  | Zoë Z
            """)
    void longNamesAreCutWithoutATrailingSpace(String in, int limit, String out) {
        assertThat(SafeFileNames.segment(in, limit)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CON            | CON_.pdf
            2026-11-20 x?  | 2026-11-20 x-.pdf
            """)
    void fileNamesKeepTheirExtensionWhole(String base, String out) {
        assertThat(SafeFileNames.fileName(base, "pdf", 80)).isEqualTo(out);
        assertThat(SafeFileNames.fileName("a".repeat(200), "pdf", 40)).hasSize(40).endsWith(".pdf");
    }
}
