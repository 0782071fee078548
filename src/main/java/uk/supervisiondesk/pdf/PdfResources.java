package uk.supervisiondesk.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;

/**
 * The fonts and colour profile every PDF embeds, read and parsed once per run instead of once
 * per document (parsing DejaVu Sans costs more than laying out a whole record).
 *
 * <p>The parsed font programs are shared by all documents, as iText's own font cache shares them;
 * each document gets its own {@link PdfFont} over them, because a PdfFont records which glyphs
 * that one document used so that only those are embedded.
 */
public final class PdfResources {
    /** Where the top-level resources/fonts folder lands on the class path. */
    static final String FONT_FOLDER = "/uk/supervisiondesk/data/fonts/";
    static final String REGULAR_FONT = FONT_FOLDER + "DejaVuSans.ttf";
    static final String BOLD_FONT = FONT_FOLDER + "DejaVuSans-Bold.ttf";

    private final FontProgram regular;
    private final FontProgram bold;
    private final byte[] srgbProfile;
    /** Basic Multilingual Plane characters both fonts can draw; anything else is replaced. */
    private final BitSet printableBmp;

    private PdfResources(FontProgram regular, FontProgram bold, byte[] srgbProfile) {
        this.regular = regular;
        this.bold = bold;
        this.srgbProfile = srgbProfile;
        this.printableBmp = new BitSet(0x10000);
        for (int c = 0x20; c < 0x10000; c++) {
            if (regular.getGlyph(c) != null && bold.getGlyph(c) != null) {
                printableBmp.set(c);
            }
        }
    }

    /** The one set for this run, loaded on first use. */
    public static PdfResources shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final PdfResources INSTANCE = load();
    }

    /** Loads a fresh set; most code wants {@link #shared()}. */
    public static PdfResources load() {
        try {
            FontProgram regular = FontProgramFactory.createFont(readResource(REGULAR_FONT), false);
            FontProgram bold = FontProgramFactory.createFont(readResource(BOLD_FONT), false);
            // The JDK's own sRGB profile: no extra file to ship or licence, and PDF/A accepts it.
            byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            return new PdfResources(regular, bold, srgb);
        } catch (IOException e) {
            throw new IllegalStateException("The PDF fonts could not be read: " + e.getMessage()
                    + ". The installation is incomplete; reinstall Supervision Desk.", e);
        }
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = PdfResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /** Fonts for one document; they embed only the glyphs that document uses. */
    FormFonts newFonts() {
        return new FormFonts(
                PdfFontFactory.createFont(regular, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED),
                PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED));
    }

    /** The sRGB output intent PDF/A requires, new for each document. */
    PdfOutputIntent outputIntent() {
        return new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                new ByteArrayInputStream(srgbProfile));
    }

    /** True when both fonts have a glyph for the character. */
    boolean canPrint(int codePoint) {
        if (codePoint < 0x10000) {
            return printableBmp.get(codePoint);
        }
        return regular.getGlyph(codePoint) != null && bold.getGlyph(codePoint) != null;
    }
}
