package org.ruralrevival.platform.security;

/** The roles a token's {@code groups} claim carries. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String VIEWER = "viewer";
    /** Provincial systems: bulk upload and change feed. */
    public static final String SYNC = "sync";
    /** Another service of the suite (events, region checks). */
    public static final String SERVICE = "service";

    private Roles() {
    }
}
