package uk.supervisiondesk.policy.pack;

import java.util.List;
import uk.supervisiondesk.yaml.YamlFileException;
import uk.supervisiondesk.yaml.YamlProblem;

/** A pack that was refused, with every problem found in it, so all can be fixed in one go. */
public class PolicyPackException extends YamlFileException {

    public PolicyPackException(List<YamlProblem> problems) {
        super(problems);
    }
}
