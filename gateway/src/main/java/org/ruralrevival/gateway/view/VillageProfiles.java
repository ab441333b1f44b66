package org.ruralrevival.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a village profile from the services' own list endpoints, each filtered by
 * {@code region=<village code>} (which is exactly the village for a 12-digit code). All nine
 * calls start at once; the slowest one, bounded by the view timeout, sets the answer time.
 */
@ApplicationScoped
public class VillageProfiles {

    private final ViewClient client;
    private final ViewConfig config;

    VillageProfiles(ViewClient client, ViewConfig config) {
        this.client = client;
        this.config = config;
    }

    Uni<VillageProfile> profile(String code, Caller caller) {
        String filter = "?region=" + code + "&size=" + config.pageSize();
        List<Uni<Part>> calls = List.of(
                client.get("region", "/api/v1/regions/" + code, caller),
                client.get("organizations", "/api/v1/organizations" + filter, caller),
                client.get("ratings", "/api/v1/ratings" + filter, caller),
                // Terms and members in parallel; the current term picks its members afterwards.
                client.get("committeeTerm", "/api/v1/committee-terms" + filter, caller),
                client.get("committeeMembers", "/api/v1/committee-members" + filter, caller),
                client.get("incomes", "/api/v1/incomes" + filter, caller),
                client.get("projects", "/api/v1/projects" + filter, caller),
                client.get("reserveCadres", "/api/v1/reserve-cadres" + filter, caller),
                client.get("dispatches", "/api/v1/dispatches" + filter, caller));
        return Uni.combine().all().unis(calls).with(Part.class, parts -> assemble(code, caller, parts));
    }

    private static VillageProfile assemble(String code, Caller caller, List<Part> parts) {
        ViewProblems.passOnRefusals(caller, parts, Set.of("region"));
        Map<String, Part> byName = new HashMap<>();
        List<Missing> missing = new ArrayList<>();
        for (Part part : parts) {
            byName.put(part.name(), part);
            if (!part.ok()) {
                missing.add(part.missing());
            }
        }
        Part terms = byName.get("committeeTerm");
        Part members = byName.get("committeeMembers");
        JsonNode term = terms.ok() ? latestTerm(terms.items()) : null;
        JsonNode currentMembers = null;
        if (members.ok() && terms.ok()) {
            currentMembers = membersOf(term, members.items());
        } else if (members.ok()) {
            // Without the terms the current one is unknown, so its members are too.
            missing.add(new Missing("committeeMembers", terms.service(), terms.status(), terms.detail()));
        }
        return new VillageProfile(code,
                body(byName.get("region")),
                items(byName.get("organizations")),
                items(byName.get("ratings")),
                term,
                currentMembers,
                items(byName.get("incomes")),
                items(byName.get("projects")),
                items(byName.get("reserveCadres")),
                items(byName.get("dispatches")),
                missing);
    }

    /** The current term is the one of the latest term year (换届 every five years). */
    private static JsonNode latestTerm(JsonNode terms) {
        JsonNode latest = null;
        for (JsonNode t : terms) {
            if (latest == null || t.path("termYear").asInt() > latest.path("termYear").asInt()) {
                latest = t;
            }
        }
        return latest;
    }

    private static JsonNode membersOf(JsonNode term, JsonNode members) {
        ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
        if (term == null) {
            return chosen;
        }
        long termId = term.path("id").asLong();
        for (JsonNode m : members) {
            if (m.path("termId").asLong() == termId) {
                chosen.add(m);
            }
        }
        return chosen;
    }

    private static JsonNode body(Part part) {
        return part.ok() ? part.body() : null;
    }

    private static JsonNode items(Part part) {
        return part.ok() ? part.items() : null;
    }
}
