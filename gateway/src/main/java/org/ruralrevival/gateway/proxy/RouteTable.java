package org.ruralrevival.gateway.proxy;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves a request path to the upstream that owns it. */
@ApplicationScoped
public class RouteTable {

    public static final String PREFIX = "/api/v1/";

    /** One upstream service. */
    public record Upstream(String name, String host, int port, boolean ssl, String basePath) {
        public String serviceName() {
            return name + "-service";
        }
    }

    private record Entry(String collection, Upstream upstream) {
    }

    /** Outcome of a lookup: an upstream, a path the gateway serves itself, or nothing. */
    public record Match(Upstream upstream, boolean local) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> local;

    public RouteTable(GatewayConfig config) {
        for (Map.Entry<String, GatewayConfig.Route> route : config.routes().entrySet()) {
            Upstream upstream = upstream(route.getKey(), route.getValue().url());
            for (String collection : route.getValue().collections()) {
                entries.add(new Entry(trim(collection), upstream));
            }
        }
        // Longest first, so "reports/organization" wins over a hypothetical "reports".
        entries.sort(Comparator.comparingInt((Entry e) -> e.collection().length()).reversed());
        local = config.localCollections().stream().map(RouteTable::trim).toList();
    }

    /** @param path the request path (no query), e.g. {@code /api/v1/regions/620123} */
    public Optional<Match> find(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        for (String collection : local) {
            if (within(rest, collection)) {
                return Optional.of(new Match(null, true));
            }
        }
        for (Entry entry : entries) {
            if (within(rest, entry.collection())) {
                return Optional.of(new Match(entry.upstream(), false));
            }
        }
        return Optional.empty();
    }

    /** {@code rest} is the collection or below it; compared in place, as this runs for every proxied request. */
    private static boolean within(String rest, String collection) {
        int n = collection.length();
        return rest.startsWith(collection) && (rest.length() == n || rest.charAt(n) == '/');
    }

    private static String trim(String collection) {
        String c = collection.trim();
        while (c.startsWith("/")) {
            c = c.substring(1);
        }
        while (c.endsWith("/")) {
            c = c.substring(0, c.length() - 1);
        }
        return c;
    }

    private static Upstream upstream(String name, String url) {
        URI uri = URI.create(url.trim());
        boolean ssl = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (ssl ? 443 : 80);
        String base = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new Upstream(name, uri.getHost(), port, ssl, base);
    }
}
