package uk.supervisiondesk.prompts;

import java.util.List;
import uk.supervisiondesk.yaml.YamlFileException;
import uk.supervisiondesk.yaml.YamlProblem;

/** A question bank or KSS file that was refused, with every problem found in it, so all can be fixed in one go. */
public class PromptException extends YamlFileException {

    public PromptException(List<YamlProblem> problems) {
        super(problems);
    }
}
