package uk.supervisiondesk.pdf;

/**
 * One entry in a section, in the order the policy's form puts it. Empty answers are allowed:
 * the PDF shows them as not recorded rather than leaving a gap that looks like a mistake.
 */
public sealed interface SectionItem permits ShortTextField, LongTextField, YesNoField, DateField, TableBlock {
}
