package uk.supervisiondesk.domain;

/** A rule broken by one field, with a message that says what is wrong and how to put it right. */
public record FieldProblem(SuperviseeField field, String message) {
}
