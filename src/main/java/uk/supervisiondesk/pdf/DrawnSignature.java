package uk.supervisiondesk.pdf;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * A signature drawn on screen in person, printed as an image in the block. It shows who agreed;
 * the supervisor's certificate is what makes the document tamper-evident.
 *
 * @param png the drawing as PNG bytes (transparent background is fine)
 * @param signedOn the date printed beside it
 */
public record DrawnSignature(byte[] png, LocalDate signedOn) implements SignatureMark {
    public DrawnSignature {
        Objects.requireNonNull(png, "png");
        if (png.length == 0) {
            throw new IllegalArgumentException("the drawn signature is empty");
        }
        Objects.requireNonNull(signedOn, "signedOn");
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DrawnSignature d && Arrays.equals(png, d.png) && signedOn.equals(d.signedOn);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(png) + signedOn.hashCode();
    }

    @Override
    public String toString() {
        return "DrawnSignature[" + png.length + " bytes of PNG, signedOn=" + signedOn + "]";
    }
}
