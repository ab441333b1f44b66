package org.ruralrevival.gateway.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The start-up checks on {@code gateway.clients.<id>.*}. */
class ClientRegistrationTest {

    private static final Set<String> GRANTABLE = Set.of("admin", "editor", "viewer", "sync");
    private static final String HASH = SecretHash.hash("a-long-enough-secret", 10_000);

    private static TokenConfig.Client client(String hash, List<String> roles, String region) {
        return new TokenConfig.Client() {
            @Override
            public String secretHash() {
                return hash;
            }

            @Override
            public List<String> roles() {
                return roles;
            }

            @Override
            public Optional<String> region() {
                return Optional.ofNullable(region);
            }
        };
    }

    @Test
    void registersAClientWithItsRolesAndRegion() {
        TokenIssuer.Client c = TokenIssuer.register("app", client(HASH, List.of("viewer", " editor "), "620123"), GRANTABLE);
        assertEquals(List.of("viewer", "editor"), c.roles());
        assertEquals(Optional.of("620123"), c.region());
    }

    @Test
    void refusesToGrantTheServiceRoleUnlessConfigured() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TokenIssuer.register("events", client(HASH, List.of("service"), null), GRANTABLE));
        assertTrue(e.getMessage().startsWith("gateway.clients.events.roles"), e.getMessage());
        Set<String> withService = Set.of("admin", "editor", "viewer", "sync", "service");
        assertEquals(List.of("service"),
                TokenIssuer.register("events", client(HASH, List.of("service"), null), withService).roles());
    }

    @Test
    void refusesAPlainSecretNoRolesOrABadRegion() {
        assertTrue(assertThrows(IllegalStateException.class,
                () -> TokenIssuer.register("a", client("hunter2", List.of("viewer"), null), GRANTABLE))
                .getMessage().startsWith("gateway.clients.a.secret-hash"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> TokenIssuer.register("a", client(HASH, List.of(" "), null), GRANTABLE))
                .getMessage().startsWith("gateway.clients.a.roles"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> TokenIssuer.register("a", client(HASH, List.of("viewer"), "榆中县"), GRANTABLE))
                .getMessage().startsWith("gateway.clients.a.region"));
    }
}
