package uk.supervisiondesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvParserTest {

    private static List<List<String>> fields(String text) throws CsvFormatException {
        return CsvParser.parse(text).stream().map(CsvRecord::fields).toList();
    }

    private static List<Integer> lines(String text) throws CsvFormatException {
        return CsvParser.parse(text).stream().map(CsvRecord::line).toList();
    }

    @Test
    void plainFieldsSplitOnCommas() throws Exception {
        assertThat(fields("a,b,c\n1,2,3\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a,b\r\nc,d\r\n", "a,b\nc,d\n", "a,b\rc,d\r", "a,b\r\nc,d", "a,b\nc,d"})
    void everyLineEndingEndsARecordAndTheLastNeedsNone(String text) throws Exception {
        assertThat(fields(text)).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(lines(text)).containsExactly(1, 2);
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws Exception {
        assertThat(fields("\"Smith, Jo\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"\"\n")).containsExactly(
                List.of("Smith, Jo", "say \"hi\"", "two\nlines", ""));
    }

    @Test
    void aQuotedFieldMaySpanSeveralLinesAndLaterRecordsKeepTheirPhysicalLineNumbers() throws Exception {
        String text = "h1,h2\n"
                + "a,\"first\nsecond\nthird\"\n"
                + "b,c\n";
        List<CsvRecord> records = CsvParser.parse(text);
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).fields()).containsExactly("a", "first\nsecond\nthird");
    }

    @Test
    void emptyFieldsAndATrailingCommaAreKept() throws Exception {
        assertThat(fields("a,,c,\n,,,\nx\n")).containsExactly(List.of("a", "", "c", ""), List.of("", "", "", ""),
                List.of("x"));
    }

    @Test
    void blankLinesAtTheEndAreDroppedButNotThoseInTheMiddle() throws Exception {
        List<CsvRecord> records = CsvParser.parse("a,b\n\nc,d\r\n\r\n\n  \n,,,\r\n");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
        assertThat(records.get(1).isBlank()).isTrue();
    }

    @Test
    void anEmptyFileHasNoRecords() throws Exception {
        assertThat(CsvParser.parse("")).isEmpty();
        assertThat(CsvParser.parse("\r\n\r\n")).isEmpty();
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() throws Exception {
        assertThat(fields("O'Brien,5'10\",ab\"c\n")).containsExactly(List.of("O'Brien", "5'10\"", "ab\"c"));
    }

    @Test
    void spacesAfterAClosingQuoteAreSkipped() throws Exception {
        assertThat(fields("\"a\"  ,\"b\"\t\n")).containsExactly(List.of("a", "b"));
    }

    @Test
    void spacesAroundUnquotedFieldsAreKeptForTheCallerToJudge() throws Exception {
        assertThat(fields(" a , b \n")).containsExactly(List.of(" a ", " b "));
    }

    @Test
    void aQuoteThatIsNeverClosedIsRefusedNamingTheLineItOpensOn() {
        assertThatThrownBy(() -> CsvParser.parse("h1,h2\na,b\nc,\"never closed\nd,e\nf,g\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("starts on line 3 has no closing quote");
    }

    @Test
    void textAfterAClosingQuoteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> CsvParser.parse("h1,h2\n\"multi\nline\",x\n\"a\"b,c\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(4))
                .hasMessageContaining("Value 1 has text after its closing quote");
    }

    @Test
    void aRecordShorterThanTheHeaderReadsEmptyForTheMissingFields() throws Exception {
        CsvRecord record = CsvParser.parse("a\n").get(0);
        assertThat(record.field(0)).isEqualTo("a");
        assertThat(record.field(5)).isEmpty();
    }

    @Test
    void unicodeSurvivesUntouched() throws Exception {
        assertThat(fields("Siân,Zoë,Łukasz,李\n")).containsExactly(List.of("Siân", "Zoë", "Łukasz", "李"));
    }

    /** Whatever a spreadsheet writes, quoting as RFC 4180 says, reads back field for field and line for line. */
    @Test
    void randomSheetsWrittenAsExcelWouldReadBackExactly() throws Exception {
        Random random = new Random(20240304);
        String alphabet = "abcXYZ 019,\"'\n\r;\tâëŷ€李";
        for (int sheet = 0; sheet < 300; sheet++) {
            List<List<String>> rows = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<Integer> expectedLines = new ArrayList<>();
            int line = 1;
            int width = 1 + random.nextInt(6);
            String lineEnd = List.of("\r\n", "\n", "\r").get(random.nextInt(3));
            for (int r = 0; r < 1 + random.nextInt(8); r++) {
                List<String> row = new ArrayList<>();
                expectedLines.add(line);
                for (int c = 0; c < width; c++) {
                    StringBuilder field = new StringBuilder();
                    for (int k = random.nextInt(7); k > 0; k--) {
                        field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    // Keep one row from being all blank: the parser drops those at the end.
                    String value = c == 0 && field.toString().isBlank() ? "x" + field : field.toString();
                    boolean quoted = value.matches("(?s).*[,\"\r\n].*") || random.nextBoolean();
                    text.append(c == 0 ? "" : ",").append(quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
                    String normalised = value.replace("\r\n", "\n").replace('\r', '\n');
                    line += (int) normalised.chars().filter(ch -> ch == '\n').count();
                    row.add(normalised);
                }
                rows.add(row);
                text.append(lineEnd);
                line++;
            }
            List<CsvRecord> parsed = CsvParser.parse(text.toString());
            assertThat(parsed).extracting(CsvRecord::fields).as("sheet %d: %s", sheet, text).isEqualTo(rows);
            assertThat(parsed).extracting(CsvRecord::line).as("sheet %d", sheet).isEqualTo(expectedLines);
        }
    }
}
