package org.ruralrevival.platform.regionref;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.ruralrevival.platform.events.ChangeEventHandler;
import org.ruralrevival.platform.events.EventPayloads;
import org.ruralrevival.platform.events.ReceivedEvent;
import org.ruralrevival.platform.outbox.ChangeKind;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;

/**
 * Keeps the local copy of regions ({@code known_region}) current from organization-service's
 * region events ({@code org.ruralrevival.region.created|updated|deleted}, subscribed as entity
 * {@code region}), so a rename reaches reports without waiting for the next REST check and a
 * removed code stops being accepted. The REST check in {@link KnownRegions} stays for codes no
 * event has brought yet.
 *
 * <p>organization-service has no merge operation: two villages merged (合并村) are recorded there
 * as the old codes removed and the surviving or new code created or renamed. A removed code is
 * kept here as retired, not deleted, because this service's older records still name it.
 *
 * <p>Events come in the sender's order, but a REST answer taken meanwhile can be fresher than a
 * late event: the region's version at organization-service decides, and an older event changes
 * nothing.
 */
@ApplicationScoped
public class RegionEvents extends ChangeEventHandler {

    public static final String ENTITY = "region";


    /** The part of organization-service's region representation kept here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RegionChange(String code, String name, RegionLevel level, String parentCode, Long version) {
    }

    private final EventPayloads payloads;
    private final EntityManager em;

    RegionEvents(EventPayloads payloads, EntityManager em) {
        this.payloads = payloads;
        this.em = em;
    }

    @Override
    protected String entity() {
        return ENTITY;
    }

    @Override
    public void apply(ReceivedEvent event) {
        RegionChange r = payloads.read(event, RegionChange.class);
        new EventPayloads.Required().check("code", r.code()).check("name", r.name()).check("level", r.level())
                .check("version", r.version())
                .rule(r.code() != null && DivisionCode.problemWith(r.code()) != null, "code", "event.payload.value", r.code())
                .rule(r.name() != null && r.name().length() > 100, "name", "event.payload.too-long", 100)
                .orRefuse();
        if (kindOf(event.type()).orElseThrow() == ChangeKind.DELETED) {
            retire(r);
        } else {
            upsert(r);
        }
    }

    private void upsert(RegionChange r) {
        // "newer" is evaluated against the stored row before any assignment changes it; retired_at
        // comes last and sees source_version already moved, which gives the same answer.
        String newer = "(retired_at IS NOT NULL OR source_version IS NULL OR source_version <= VALUES(source_version))";
        em.createNativeQuery("INSERT INTO known_region (code, name, level, parent_code, checked_at, source_version, retired_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL) ON DUPLICATE KEY UPDATE "
                        + "name = IF(" + newer + ", VALUES(name), name), "
                        + "level = IF(" + newer + ", VALUES(level), level), "
                        + "parent_code = IF(" + newer + ", VALUES(parent_code), parent_code), "
                        + "checked_at = IF(" + newer + ", VALUES(checked_at), checked_at), "
                        + "source_version = IF(" + newer + ", VALUES(source_version), source_version), "
                        + "retired_at = IF(" + newer + ", NULL, retired_at)")
                .setParameter(1, r.code()).setParameter(2, r.name().trim()).setParameter(3, r.level().name())
                .setParameter(4, r.parentCode()).setParameter(5, Instant.now()).setParameter(6, r.version())
                .executeUpdate();
    }

    private void retire(RegionChange r) {
        // A code never seen here needs no copy: a later write for it asks organization-service (404 → 422).
        em.createNativeQuery("UPDATE known_region SET retired_at = ?1, checked_at = ?1, source_version = ?2 "
                        + "WHERE code = ?3 AND retired_at IS NULL AND (source_version IS NULL OR source_version <= ?2)")
                .setParameter(1, Instant.now()).setParameter(2, r.version()).setParameter(3, r.code())
                .executeUpdate();
    }
}
