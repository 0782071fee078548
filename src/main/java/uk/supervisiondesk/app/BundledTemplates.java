package uk.supervisiondesk.app;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import uk.supervisiondesk.templates.RecordTemplate;
import uk.supervisiondesk.templates.TemplateException;
import uk.supervisiondesk.templates.TemplateLoader;
import uk.supervisiondesk.ui.records.TemplateSource;

/**
 * The record forms shipped with the app. They are checked by the build's tests, so a broken one
 * here is a packaging fault, reported as such rather than as the user's problem.
 */
final class BundledTemplates implements TemplateSource {
    private final TemplateLoader loader = new TemplateLoader();
    private final Map<String, RecordTemplate> byKey = new ConcurrentHashMap<>();

    /** Reads every shipped template once; call off the FX thread. */
    BundledTemplates load() {
        read(() -> loader.allBundled()).forEach(t -> byKey.put(t.key(), t));
        return this;
    }

    @Override
    public List<RecordTemplate> offeredFor(String packId, String recordType) {
        return read(() -> loader.offeredFor(packId, recordType));
    }

    @Override
    public List<RecordTemplate> sessionTemplatesFor(String packId) {
        return read(() -> loader.offeredFor(packId)).values().stream().flatMap(List::stream)
                .filter(t -> t.sessionKind().isPresent()).toList();
    }

    @Override
    public Optional<RecordTemplate> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    private interface Reading<T> {
        T read() throws TemplateException;
    }

    private static <T> T read(Reading<T> reading) {
        try {
            return reading.read();
        } catch (TemplateException e) {
            throw new IllegalStateException("A record form shipped with Supervision Desk cannot be read: "
                    + e.getMessage() + ". Reinstall the app.", e);
        }
    }
}
