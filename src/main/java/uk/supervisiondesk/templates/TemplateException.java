package uk.supervisiondesk.templates;

import java.util.List;
import uk.supervisiondesk.yaml.YamlFileException;
import uk.supervisiondesk.yaml.YamlProblem;

/** A template file that was refused, with every problem found in it, so all can be fixed in one go. */
public class TemplateException extends YamlFileException {

    public TemplateException(List<YamlProblem> problems) {
        super(problems);
    }
}
