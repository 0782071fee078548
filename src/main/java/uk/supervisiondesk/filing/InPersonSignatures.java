package uk.supervisiondesk.filing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Signatures given in person on the supervisor's laptop: each drew a signature and typed their name.
 *
 * @param supervisorDrawing PNG bytes of the supervisor's drawn signature
 * @param superviseeDrawing PNG bytes of the supervisee's drawn signature
 * @param signedOn          the day both signed
 */
public record InPersonSignatures(byte[] supervisorDrawing, String supervisorTypedName, byte[] superviseeDrawing,
                                 String superviseeTypedName, LocalDate signedOn) {

    public InPersonSignatures {
        Objects.requireNonNull(signedOn, "signedOn");
        supervisorDrawing = requireDrawing(supervisorDrawing, "the supervisor");
        superviseeDrawing = requireDrawing(superviseeDrawing, "the supervisee");
        supervisorTypedName = requireName(supervisorTypedName, "the supervisor");
        superviseeTypedName = requireName(superviseeTypedName, "the supervisee");
    }

    @Override
    public byte[] supervisorDrawing() {
        return supervisorDrawing.clone();
    }

    @Override
    public byte[] superviseeDrawing() {
        return superviseeDrawing.clone();
    }

    private static byte[] requireDrawing(byte[] png, String who) {
        if (png == null || png.length == 0) {
            throw new IllegalArgumentException("There is no drawn signature from " + who + ". Ask them to sign in the box.");
        }
        return png.clone();
    }

    private static String requireName(String name, String who) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Type the name of " + who + " beside their signature.");
        }
        return name.strip();
    }
}
