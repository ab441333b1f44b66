package org.ruralrevival.platform.concurrency;

import jakarta.ws.rs.core.EntityTag;
import org.ruralrevival.platform.problem.ProblemException;
import org.ruralrevival.platform.problem.Problems;

/**
 * Optimistic concurrency over HTTP: GET returns the row's version as a strong ETag, and a change
 * must send it back in {@code If-Match}. Missing → 428, stale → 412 with the current version.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the caller read, from its If-Match header. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            throw Problems.preconditionRequired();
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ProblemException(400, "bad-request", "problem.if-match.malformed");
        }
    }

    /** Refuses the change when the stored version is not the one the caller read. */
    public static void check(String ifMatch, long current) {
        if (expected(ifMatch) != current) {
            throw Problems.preconditionFailed(current);
        }
    }
}
