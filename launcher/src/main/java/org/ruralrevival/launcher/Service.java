package org.ruralrevival.launcher;

import java.nio.file.Path;
import java.util.List;

/** A service of the suite: its Maven module, HTTP port and database (none for the gateway). */
record Service(String module, int port, String database, String apiPath) {

    static final List<Service> ALL = List.of(
            new Service("organization-service", 8081, "organization", "/api/v1"),
            new Service("economy-service", 8082, "economy", "/api/v1"),
            new Service("talent-service", 8083, "talent", "/api/v1"),
            new Service("gateway", 8080, null, null));

    /** Where callers start: the gateway serves every collection and the merged documentation. */
    static final String GATEWAY_URL = "http://localhost:8080";

    Path jar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }
}
