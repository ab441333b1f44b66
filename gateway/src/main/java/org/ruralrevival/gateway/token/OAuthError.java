package org.ruralrevival.gateway.token;

/**
 * An RFC 6749 §5.2 error: {@code {"error": ..., "error_description": ...}} with 400, or 401 for a
 * client that failed to authenticate. The token endpoint speaks OAuth here rather than problem+json
 * because OAuth client libraries read exactly these fields.
 */
final class OAuthError extends Exception {

    final int status;
    final String error;

    private OAuthError(int status, String error, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description);
    }

    /** Not in RFC 6749 §5.2 (it has no server-side error there); the name its §4.1.2.1 uses for the same. */
    static OAuthError unavailable(String description) {
        return new OAuthError(503, "temporarily_unavailable", description);
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError(400, "invalid_scope", description);
    }
}
