package org.ruralrevival.platform.regionref;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;

/**
 * Makes sure a division code exists at organization-service before this service stores data for
 * it, and keeps the local copy ({@code known_region}) of the regions it has confirmed.
 *
 * <p>A copy confirmed less than {@code platform.regionref.trust-local-for} ago (default 10
 * minutes) is used without asking again, so bulk writes do not call organization-service once
 * per record; older copies are confirmed again, and used as they are only when
 * organization-service does not answer (see {@link RegionDirectory}).
 *
 * <p>Rules' messages (keys {@code regionref.*}) are in the platform's bundle ({@code platform-messages}).
 */
@ApplicationScoped
public class KnownRegions {

    private final RegionDirectory directory;
    private final EntityManager em;
    private final Duration trustLocalFor;

    KnownRegions(RegionDirectory directory, EntityManager em,
            @ConfigProperty(name = "platform.regionref.trust-local-for", defaultValue = "PT10M") Duration trustLocalFor) {
        this.directory = directory;
        this.em = em;
        this.trustLocalFor = trustLocalFor;
    }

    /**
     * The region of a well-formed code that organization-service has: 400 for a malformed code
     * (naming {@code field}), 422 for a code it does not have or of another level, 503 while it
     * cannot be asked and the code was never seen.
     */
    // A refusal is the caller's to answer, not a reason to doom its transaction: a bulk chunk
    // refuses that one record and commits the others.
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.class)
    public KnownRegion require(String field, String code, RegionLevel... levels) {
        String problem = DivisionCode.problemWith(code);
        if (problem != null) {
            throw Problems.invalidField(field, problem, code);
        }
        KnownRegion local = em.find(KnownRegion.class, code);
        KnownRegion region;
        if (local != null && local.retiredAt == null && local.checkedAt.isAfter(Instant.now().minus(trustLocalFor))) {
            region = local;
        } else {
            RegionDirectory.Answer answer;
            try {
                answer = directory.fetch(code);
            } catch (RegionNotFoundException e) {
                throw refused(field, "regionref.unknown", code);
            }
            region = answer.fromLocalCopy() ? local : remember(answer.region(), local);
        }
        if (levels.length > 0 && !Arrays.asList(levels).contains(region.level)) {
            throw refused(field, "regionref.level", code, region.level, Arrays.toString(levels));
        }
        return region;
    }

    public Optional<KnownRegion> local(String code) {
        return Optional.ofNullable(code == null ? null : em.find(KnownRegion.class, code));
    }

    private KnownRegion remember(RemoteRegion remote, KnownRegion local) {
        // An upsert, not find-then-insert: two writers confirming the same new village at once must not clash.
        // organization-service answered now, so its answer wins over any copy (also a retired one).
        em.createNativeQuery("INSERT INTO known_region (code, name, level, parent_code, checked_at, source_version, retired_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL) ON DUPLICATE KEY UPDATE name = VALUES(name), "
                        + "level = VALUES(level), parent_code = VALUES(parent_code), checked_at = VALUES(checked_at), "
                        + "source_version = VALUES(source_version), retired_at = NULL")
                .setParameter(1, remote.code()).setParameter(2, remote.name()).setParameter(3, remote.level().name())
                .setParameter(4, remote.parentCode()).setParameter(5, Instant.now()).setParameter(6, remote.version())
                .executeUpdate();
        if (local != null) {
            em.refresh(local);
            return local;
        }
        return em.find(KnownRegion.class, remote.code());
    }

    private static ProblemException refused(String field, String rule, Object... args) {
        return new ProblemException(422, "rule-violated", rule, List.of(FieldError.of(field, rule, args)), args);
    }
}
