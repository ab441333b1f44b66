package org.ruralrevival.organization.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.ruralrevival.organization.region.Region;
import org.ruralrevival.organization.region.RegionRepository;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.security.CallerScope;

/** Assembles the report from each feature's SQL aggregations; nothing is counted in Java. */
@ApplicationScoped
public class OrganizationReportService {

    private final RegionRepository regions;
    private final CallerScope scope;

    OrganizationReportService(RegionRepository regions, CallerScope scope) {
        this.regions = regions;
        this.scope = scope;
    }

    public OrganizationReport report(String region, Integer year) {
        if (year == null) {
            throw Problems.invalidField("year", "field.required");
        }
        if (year < 1949 || year > 2200) {
            throw Problems.invalidField("year", "report.year.range", year);
        }
        String prefix = scope.restrict(region);
        if (prefix.isEmpty()) {
            throw Problems.invalidField("region", "field.required");
        }
        DivisionCode code = DivisionCode.fromPrefix(prefix);
        Region named = regions.findByCode(code.value())
                .orElseThrow(() -> Problems.notFound("entity.region", code.value()));
        return new OrganizationReport(named.code, named.name, year, VillagesSection.of(regions.figures(prefix)));
    }
}
