package uk.supervisiondesk.policy.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import uk.supervisiondesk.yaml.YamlProblem;

/**
 * Loads policy packs: the six shipped with the application (from the classpath, where the
 * top-level {@code resources/policies} folder is packaged) or any pack file a user has edited.
 * A pack is either returned whole or refused with every problem as {@code file:line: problem}.
 */
public final class PolicyPackLoader {
    /** Where the shipped packs sit on the classpath. */
    public static final String BUNDLED_FOLDER = "/uk/supervisiondesk/data/policies/";
    public static final String DEFAULT_ID = PackReader.DEFAULT_PACK_ID;
    /** The shipped packs: the England default first, then the five seed authorities. */
    public static final List<String> BUNDLED_IDS =
            List.of(DEFAULT_ID, "southwark", "sefton", "blackpool", "bedford-borough", "sandwell");

    private PolicyPack englandDefault;

    public PolicyPack bundled(String id) throws PolicyPackException {
        String fileName = "policies/" + id + ".yaml";
        try (InputStream in = PolicyPackLoader.class.getResourceAsStream(BUNDLED_FOLDER + id + ".yaml")) {
            if (in == null) {
                throw new PolicyPackException(List.of(new YamlProblem(fileName, 1,
                        "there is no shipped pack called '" + id + "'; shipped packs: " + String.join(", ", BUNDLED_IDS))));
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), fileName);
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /** The text of a shipped pack, as the starting point for a local variation. */
    public String bundledText(String id) throws PolicyPackException {
        try (InputStream in = PolicyPackLoader.class.getResourceAsStream(BUNDLED_FOLDER + id + ".yaml")) {
            if (in == null) {
                throw new PolicyPackException(List.of(new YamlProblem("policies/" + id + ".yaml", 1,
                        "there is no shipped pack called '" + id + "'")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable("policies/" + id + ".yaml", e);
        }
    }

    /** Reads a pack from any file, as {@code policy check FILE} and user-edited packs need. */
    public PolicyPack fromFile(Path file) throws PolicyPackException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    public PolicyPack fromText(String yaml, String fileName) throws PolicyPackException {
        return read(new StringReader(yaml), fileName);
    }

    /** The shipped England default, read once; sections of other packs fall back to it. */
    public synchronized PolicyPack englandDefault() throws PolicyPackException {
        if (englandDefault == null) {
            englandDefault = bundled(DEFAULT_ID);
        }
        return englandDefault;
    }

    private PolicyPack read(Reader reader, String fileName) throws PolicyPackException {
        return new PackReader(fileName, this::defaultIfReadable).read(reader);
    }

    private Optional<PolicyPack> defaultIfReadable() {
        try {
            return Optional.of(englandDefault());
        } catch (PolicyPackException e) {
            return Optional.empty();
        }
    }

    private static PolicyPackException unreadable(String fileName, IOException e) {
        return new PolicyPackException(List.of(YamlProblem.unreadable(fileName, e)));
    }
}
