package uk.supervisiondesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.supervisiondesk.policy.pack.PolicyPack;
import uk.supervisiondesk.policy.pack.PolicyPackException;
import uk.supervisiondesk.policy.pack.PolicyPackLoader;
import uk.supervisiondesk.yaml.YamlProblem;

/** `policy`: the shipped policy packs, and a checker for pack files people edit. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "List the policy packs, or check a pack file.",
        subcommands = {PolicyCommand.ListPacks.class, PolicyCommand.CheckPack.class})
final class PolicyCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Name the shipped policy packs.")
    static final class ListPacks implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PolicyPackLoader loader = new PolicyPackLoader();
            PrintWriter out = spec.commandLine().getOut();
            for (String id : PolicyPackLoader.BUNDLED_IDS) {
                PolicyPack pack = loader.bundled(id);
                out.printf("%-16s %s (%s)%n", id, pack.name(), pack.document());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a policy pack file; prints file:line: problem for each problem found.")
    static final class CheckPack implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The pack file (YAML).")
        Path file;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw new CommandFailedException("There is no file " + file + ".", 2);
            }
            try {
                PolicyPack pack = new PolicyPackLoader().fromFile(file);
                spec.commandLine().getOut().printf("%s: a valid policy pack for %s.%n", file, pack.name());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (PolicyPackException e) {
                PrintWriter err = spec.commandLine().getErr();
                for (YamlProblem problem : e.problems()) {
                    err.println(problem);
                }
                err.flush();
                return 1;
            }
        }
    }
}
