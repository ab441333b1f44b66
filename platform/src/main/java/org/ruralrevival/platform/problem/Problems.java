package org.ruralrevival.platform.problem;

import java.util.List;

/** Factory for the refusals every service uses; the {@code type} slugs are documented in OpenAPI. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException notFound(String entityKey, Object id) {
        return new ProblemException(404, "not-found", "problem.not-found", new MessageRef(entityKey), id);
    }

    public static ProblemException badRequest(String rule, Object... args) {
        return new ProblemException(400, "bad-request", rule, args);
    }

    /** 400 with one or more refused fields. */
    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation", "problem.validation", errors);
    }

    public static ProblemException invalidField(String field, String rule, Object... args) {
        return invalid(List.of(FieldError.of(field, rule, args)));
    }

    /** 409: the request is well formed but clashes with stored state (a duplicate, a state that forbids it). */
    public static ProblemException conflict(String rule, Object... args) {
        return new ProblemException(409, "conflict", rule, args);
    }

    /** 422: a business rule refuses the request (a transition too early, a missing piece of evidence). */
    public static ProblemException unprocessable(String rule, Object... args) {
        return new ProblemException(422, "rule-violated", rule, args);
    }

    public static ProblemException forbidden(String rule, Object... args) {
        return new ProblemException(403, "forbidden", rule, args);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "problem.if-match.required");
    }

    public static ProblemException preconditionFailed(long current) {
        return new ProblemException(412, "precondition-failed", "problem.if-match.stale", current);
    }

    public static ProblemException unavailable(String rule, int retryAfterSeconds, Object... args) {
        return new ProblemException(503, "unavailable", rule, args)
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }

    /** An argument that is itself a message key, worded in the caller's language too. */
    public record MessageRef(String key) {
    }
}
