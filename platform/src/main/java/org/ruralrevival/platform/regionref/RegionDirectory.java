package org.ruralrevival.platform.regionref;

import jakarta.enterprise.context.ApplicationScoped;
import org.ruralrevival.platform.security.ServiceToken;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.ruralrevival.platform.problem.Problems;

/**
 * The one way to ask organization-service about a region, and the decision of what to do when
 * it does not answer.
 *
 * <p>A slow or failing organization-service is retried briefly, then a circuit breaker stops
 * calling it for a while, so writes are not held up by timeouts one after the other. When
 * there is no answer, the local copy decides: a region confirmed before is accepted from it
 * (known villages keep working); a code never seen is refused with 503 and Retry-After — never
 * silently accepted, because this service must not store data for a code that may not exist.
 * A 404 is an answer, not a failure: it is neither retried nor counted by the breaker.
 *
 * <p>Timings are MicroProfile Fault Tolerance settings and can be tuned by configuration, e.g.
 * {@code org.ruralrevival.platform.regionref.RegionDirectory/fetch/CircuitBreaker/delay}.
 */
@ApplicationScoped
public class RegionDirectory {

    private static final Logger LOG = Logger.getLogger(RegionDirectory.class);

    /** What organization-service (or, when it is down, the local copy) says about a code. */
    public record Answer(RemoteRegion region, boolean fromLocalCopy) {
    }

    private final OrganizationRegionsClient client;
    private final ServiceToken token;
    private final EntityManager em;
    private final int retryAfterSeconds;

    RegionDirectory(@RestClient OrganizationRegionsClient client, ServiceToken token, EntityManager em,
            @ConfigProperty(name = "platform.regionref.retry-after", defaultValue = "30") int retryAfterSeconds) {
        this.client = client;
        this.token = token;
        this.em = em;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * The region as organization-service knows it now.
     *
     * @throws RegionNotFoundException when organization-service says the code does not exist
     */
    @Timeout(2000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = RegionNotFoundException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, successThreshold = 1,
            skipOn = RegionNotFoundException.class)
    @Fallback(fallbackMethod = "fromLocalCopy", skipOn = RegionNotFoundException.class)
    public Answer fetch(String code) {
        RemoteRegion region = client.get(code, token.authorization());
        if (region == null || region.code() == null || !region.code().equals(code) || region.level() == null
                || region.name() == null) {
            throw new RegionSourceFailure("organization-service answered an unusable region for " + code);
        }
        return new Answer(region, false);
    }

    /**
     * The fallback decision: the local copy when there is one, else 503 with Retry-After; a copy
     * retired by organization-service's removal event is unknown (422 at {@link KnownRegions}).
     */
    Answer fromLocalCopy(String code, Throwable failure) {
        LOG.warnf("organization-service did not answer for region %s (%s); using the local copy", code, failure);
        KnownRegion known = em.find(KnownRegion.class, code);
        if (known == null) {
            throw Problems.unavailable("regionref.unavailable", retryAfterSeconds, code);
        }
        if (known.retiredAt != null) {
            // The last word from organization-service was its removal event: unknown, not "try later".
            throw new RegionNotFoundException();
        }
        return new Answer(new RemoteRegion(known.code, known.name, known.level, known.parentCode, known.sourceVersion), true);
    }
}
