package org.ruralrevival.platform.bulk;

import java.util.Optional;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;

/**
 * The caller's region scope, taken from the token once: chunks run in their own transactions,
 * outside the request scope {@link CallerScope} lives in.
 */
public record BulkCaller(Optional<DivisionCode> region, boolean maySeePersonalData) {

    public static BulkCaller of(CallerScope scope) {
        return new BulkCaller(scope.region(), scope.maySeePersonalData());
    }

    /** The refusal for a record outside the caller's region (the single endpoints' rule), or null. */
    public ProblemException outsideScope(String code) {
        if (region.isPresent() && (code == null || !code.startsWith(region.get().subtreePrefix()))) {
            return Problems.forbidden("problem.forbidden.region", region.get().value(), code);
        }
        return null;
    }
}
