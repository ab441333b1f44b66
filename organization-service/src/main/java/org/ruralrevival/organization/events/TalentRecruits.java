package org.ruralrevival.organization.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ruralrevival.platform.security.ServiceToken;

/**
 * The one way to ask talent-service for a recruit's personal data. It signs the call with this
 * service's own token (role {@code service}, which talent-service lets see personal data), retries
 * briefly, and otherwise fails: the event handler then refuses the event and the sender retries it
 * later, so no wait here needs to be long.
 */
@ApplicationScoped
public class TalentRecruits {

    /** talent-service says there is no such recruit. */
    public static class RecruitMissing extends RuntimeException {
        RecruitMissing() {
            super("no such recruit at talent-service", null, false, false);
        }
    }

    /** talent-service did not give a usable answer. */
    public static class TalentFailure extends RuntimeException {
        TalentFailure(String message) {
            super(message, null, false, false);
        }
    }

    private final TalentRecruitsClient client;
    private final ServiceToken token;

    TalentRecruits(@RestClient TalentRecruitsClient client, ServiceToken token) {
        this.client = client;
        this.token = token;
    }

    /**
     * The recruit's full ID number.
     *
     * @throws RecruitMissing when talent-service does not know the recruit
     * @throws RuntimeException when talent-service does not answer, or answers a masked number
     */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = RecruitMissing.class)
    public String fullIdNumber(long recruitId) {
        TalentRecruit recruit = client.get(recruitId, token.authorization());
        if (recruit == null || recruit.id() == null || recruit.id() != recruitId || recruit.idNumber() == null) {
            throw new TalentFailure("talent-service answered an unusable recruit " + recruitId);
        }
        if (recruit.idNumber().contains("*")) {
            // This service's token is not allowed personal data there (platform.personal-data.roles).
            throw new TalentFailure("talent-service answered a masked ID number for recruit " + recruitId);
        }
        return recruit.idNumber();
    }
}
