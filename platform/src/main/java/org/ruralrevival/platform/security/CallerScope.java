package org.ruralrevival.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;

/**
 * What the caller's token allows: its roles and the {@code region} claim that limits it to one
 * division code and everything below. Services apply it inside their queries, so a county
 * user cannot read or write another county's data even when calling a service directly.
 */
@RequestScoped
public class CallerScope {

    public static final String REGION_CLAIM = "region";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @ConfigProperty(name = "platform.personal-data.roles", defaultValue = "admin")
    Set<String> personalDataRoles;

    /** The caller's region, empty for a caller that may see the whole country. */
    public Optional<DivisionCode> region() {
        if (jwt == null || jwt.getRawToken() == null) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(REGION_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String code = claim.toString().replace("\"", "");
        return code.isBlank() ? Optional.empty() : Optional.of(DivisionCode.fromPrefix(DivisionCode.filterPrefix(code)));
    }

    /**
     * The subtree prefix a query must use: the requested filter narrowed to the caller's region.
     * A filter outside the caller's region is refused rather than silently answered empty.
     */
    public String restrict(String requestedFilter) {
        String requested = DivisionCode.filterPrefix(requestedFilter);
        Optional<DivisionCode> own = region();
        if (own.isEmpty()) {
            return requested;
        }
        String allowed = own.get().subtreePrefix();
        if (requested.isEmpty() || allowed.startsWith(requested)) {
            return allowed;
        }
        if (requested.startsWith(allowed)) {
            return requested;
        }
        throw Problems.forbidden("problem.forbidden.region", own.get().value(), requestedFilter);
    }

    /** Refuses access to a record of another region. */
    public void requireWithin(String code) {
        Optional<DivisionCode> own = region();
        if (own.isPresent() && (code == null || !code.startsWith(own.get().subtreePrefix()))) {
            throw Problems.forbidden("problem.forbidden.region", own.get().value(), code);
        }
    }

    /** True when the caller may see identity and phone numbers unmasked. */
    public boolean maySeePersonalData() {
        return identity != null && !identity.isAnonymous()
                && personalDataRoles.stream().anyMatch(identity::hasRole);
    }

    public String subject() {
        return identity == null || identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
