package org.ruralrevival.organization.partyorg;

/**
 * Fired (synchronously, inside the delete's transaction) before a party organization is removed.
 * Features that refer to organizations (ratings, honours, alliances, rectifications) observe it
 * and refuse with a 409 while they still hold records of it, so partyorg need not know them.
 */
public record OrganizationDeleting(long organizationId) {
}
