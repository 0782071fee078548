package uk.supervisiondesk.pdf;

import com.itextpdf.kernel.geom.Rectangle;

/** Where layout put an empty signature field's box, known only once the page is drawn. */
record SignatureSlot(String fieldName, String signerName, int pageNumber, Rectangle area) {
}
