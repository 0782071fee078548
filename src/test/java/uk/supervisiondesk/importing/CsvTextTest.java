package uk.supervisiondesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void excelsCsvUtf8LosesItsByteOrderMark() throws Exception {
        CsvText text = CsvText.decode(concat(BOM, "Forename\r\nSiân\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(text.content()).isEqualTo("Forename\r\nSiân\r\n");
        assertThat(text.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8WithoutAMarkIsReadAsUtf8() throws Exception {
        CsvText text = CsvText.decode("Zoë,Siân,€5".getBytes(StandardCharsets.UTF_8));
        assertThat(text.content()).isEqualTo("Zoë,Siân,€5");
        assertThat(text.isWindows1252()).isFalse();
    }

    @Test
    void plainAsciiIsUtf8() throws Exception {
        assertThat(CsvText.decode("a,b".getBytes(StandardCharsets.US_ASCII)).isWindows1252()).isFalse();
    }

    @Test
    void excelsPlainCsvInWindows1252FallsBackAndKeepsAccentsAndSymbols() throws Exception {
        byte[] bytes = "Siân,Zoë,Brontë,£20,€5,“quoted”".getBytes(CsvText.WINDOWS_1252);
        CsvText text = CsvText.decode(bytes);
        assertThat(text.content()).isEqualTo("Siân,Zoë,Brontë,£20,€5,“quoted”");
        assertThat(text.isWindows1252()).isTrue();
    }

    @Test
    void aFileMarkedUtf8ThatIsNotIsRefused() {
        byte[] bytes = concat(BOM, "Si\u00e2n".getBytes(CsvText.WINDOWS_1252));
        assertThatThrownBy(() -> CsvText.decode(bytes)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("says it is UTF-8");
    }

    @Test
    void anExcelWorkbookIsRefusedWithHowToSaveAsCsv() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};
        assertThatThrownBy(() -> CsvText.decode(xlsx)).hasMessageContaining("Excel workbook")
                .hasMessageContaining("CSV UTF-8");
        assertThatThrownBy(() -> CsvText.decode(xls)).hasMessageContaining("Excel workbook");
    }

    @Test
    void unicodeTextFromExcelIsRefusedWithHowToSaveAsCsv() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\tb".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> CsvText.decode(utf16)).hasMessageContaining("UTF-16");
    }

    @Test
    void anEmptyFileIsEmptyText() throws Exception {
        assertThat(CsvText.decode(new byte[0]).content()).isEmpty();
    }
}
