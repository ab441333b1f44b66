package org.ruralrevival.gateway.view;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The organization, economy and talent reports of one region and year, asked of the three services at once. */
@ApplicationScoped
public class ReportSummaries {

    private final ViewClient client;

    ReportSummaries(ViewClient client) {
        this.client = client;
    }

    Uni<ReportSummary> summary(String region, int year, Caller caller) {
        // Without a region each service reports the caller's whole scope, as when it is asked directly.
        String query = (region == null ? "?" : "?region=" + region + "&") + "year=" + year;
        List<Uni<Part>> calls = List.of(
                client.get("organization", "/api/v1/reports/organization" + query, caller),
                client.get("economy", "/api/v1/reports/economy" + query, caller),
                client.get("talent", "/api/v1/reports/talent" + query, caller));
        return Uni.combine().all().unis(calls).with(Part.class, parts -> {
            // A region unknown to one service is that service's gap, not the whole summary's: no 404 passes on.
            ViewProblems.passOnRefusals(caller, parts, Set.of());
            List<Missing> missing = new ArrayList<>();
            for (Part part : parts) {
                if (!part.ok()) {
                    missing.add(part.missing());
                }
            }
            return new ReportSummary(region, year, parts.get(0).body(), parts.get(1).body(), parts.get(2).body(),
                    missing);
        });
    }
}
