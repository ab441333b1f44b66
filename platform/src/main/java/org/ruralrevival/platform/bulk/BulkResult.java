package org.ruralrevival.platform.bulk;

import java.util.List;
import org.ruralrevival.platform.problem.FieldError;
import org.ruralrevival.platform.problem.ProblemException;

/**
 * The report line of one record: its row, its natural key (masked where it is personal data), the
 * outcome, the id of the stored record, and for a refusal the broken rules.
 */
public record BulkResult(long row, String key, Outcome outcome, Object id, String rule, Object[] args,
        List<FieldError> errors) {

    public static BulkResult created(long row, String key, Object id) {
        return new BulkResult(row, key, Outcome.CREATED, id, null, null, List.of());
    }

    public static BulkResult updated(long row, String key, Object id) {
        return new BulkResult(row, key, Outcome.UPDATED, id, null, null, List.of());
    }

    public static BulkResult unchanged(long row, String key, Object id) {
        return new BulkResult(row, key, Outcome.UNCHANGED, id, null, null, List.of());
    }

    /** Refused with the same rule and field errors the single-record endpoint would answer. */
    public static BulkResult refused(long row, String key, ProblemException problem) {
        return new BulkResult(row, key, Outcome.REFUSED, null, problem.rule(), problem.args(), problem.errors());
    }
}
