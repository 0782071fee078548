package uk.supervisiondesk.store;

import java.time.Clock;
import java.util.Optional;
import uk.supervisiondesk.domain.AuditAction;
import uk.supervisiondesk.domain.AuditEvent;

/**
 * Which policy pack this database follows, any local variation of it (a whole pack text, kept
 * so that it can be shown beside the council's own), and bank holidays or closure days the
 * user has added. Kept in the database so they travel with its backups.
 */
public final class PolicySettings {
    static final String PACK = "policy.pack";
    static final String LOCAL_VARIATION = "policy.pack.local";
    static final String EXTRA_DAYS = "calendar.extra-days";

    private final DeskDatabase database;
    private final SettingsDao settings;
    private final Clock clock;

    public PolicySettings(DeskDatabase database, Clock clock) {
        this.database = database;
        this.settings = database.dao(SettingsDao.class);
        this.clock = clock;
    }

    public Optional<String> packId() {
        return settings.get(PACK);
    }

    /** Follows another council's pack; any local variation of the previous one is dropped. */
    public void choosePack(String id) {
        change("pack chosen: " + id, s -> {
            s.put(PACK, id);
            s.put(LOCAL_VARIATION, "");
        });
    }

    /** The edited pack text, if the user has varied the council's pack on this laptop. */
    public Optional<String> localVariation() {
        return settings.get(LOCAL_VARIATION).filter(text -> !text.isBlank());
    }

    public void saveLocalVariation(String packText) {
        change("local variation saved", s -> s.put(LOCAL_VARIATION, packText));
    }

    public void clearLocalVariation() {
        change("local variation removed", s -> s.put(LOCAL_VARIATION, ""));
    }

    /** Extra non-working days in the bank-holiday file's CSV shape (date,name per line). */
    public String extraDays() {
        return settings.get(EXTRA_DAYS).orElse("");
    }

    public void saveExtraDays(String csv) {
        change("extra non-working days saved", s -> s.put(EXTRA_DAYS, csv));
    }

    /** Every policy change is one transaction with its audit entry: the rules shape every deadline shown. */
    private void change(String detail, java.util.function.Consumer<SettingsDao> edit) {
        database.jdbi().useTransaction(h -> {
            edit.accept(h.attach(SettingsDao.class));
            h.attach(AuditDao.class).append(new AuditEvent(AuditAction.CHANGE, "policy", null, null, detail), clock);
        });
    }
}
