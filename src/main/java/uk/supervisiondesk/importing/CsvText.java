package uk.supervisiondesk.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a CSV file and the encoding it was read in. Excel on Windows saves "CSV UTF-8" with a
 * byte-order mark and plain "CSV" in Windows-1252. Bytes that are not valid UTF-8 can only be the
 * latter, so they are read as Windows-1252 and "Siân" and "Zoë" survive either way. (Valid UTF-8
 * is never misread: Windows-1252 text with accents almost never happens to be valid UTF-8.)
 */
public record CsvText(String content, Charset charset) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    public static CsvText decode(byte[] bytes) throws CsvFormatException {
        if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
            throw new CsvFormatException(1, "This is an Excel workbook, not a CSV file. In Excel choose"
                    + " File > Save As and the type \"CSV UTF-8 (Comma delimited)\", then import that file.");
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            throw new CsvFormatException(1, "This file is saved as Unicode text (UTF-16), not CSV. In Excel choose"
                    + " File > Save As and the type \"CSV UTF-8 (Comma delimited)\", then import that file.");
        }
        if (startsWith(bytes, UTF8_BOM)) {
            byte[] rest = Arrays.copyOfRange(bytes, UTF8_BOM.length, bytes.length);
            try {
                return new CsvText(strictUtf8(rest), StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                throw new CsvFormatException(1, "The file says it is UTF-8 but holds bytes that are not. It may be"
                        + " damaged; save it again from the spreadsheet as \"CSV UTF-8\".");
            }
        }
        try {
            return new CsvText(strictUtf8(bytes), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new CsvText(new String(bytes, WINDOWS_1252), WINDOWS_1252);
        }
    }

    public boolean isWindows1252() {
        return charset.equals(WINDOWS_1252);
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
