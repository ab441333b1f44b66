package org.ruralrevival.talent.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.regionref.KnownRegions;
import org.ruralrevival.platform.security.CallerScope;

/**
 * The one place talent-service checks the regions its records name: the code's shape and level
 * (platform {@link DivisionCode}, 400), the caller's region scope (403), then that the region
 * exists at organization-service, the owner of the division tree (platform {@link KnownRegions}:
 * 422 {@code regionref.unknown} for a code it does not have; while it is down, a region seen
 * before is taken from the local copy and a never-seen code is refused with 503 and Retry-After).
 * The scope is checked first so a caller outside it learns nothing about which codes exist.
 */
@ApplicationScoped
public class RegionCheck {

    private static final int MAX_VILLAGES = 2000;

    private final CallerScope scope;
    private final KnownRegions known;

    RegionCheck(CallerScope scope, KnownRegions known) {
        this.scope = scope;
        this.known = known;
    }

    /**
     * A village (村 / 嘎查 / 社区) code within the caller's scope that organization-service has; 400
     * naming {@code field} for a malformed code or another level. Runs inside the write's transaction.
     */
    public String requireVillage(String field, String code) {
        return require(field, code, RegionLevel.VILLAGE);
    }

    /** A town (乡镇 / 街道 / 苏木) or village code within the caller's scope. */
    public String requireTownOrVillage(String field, String code) {
        DivisionCode c = shape(field, code);
        if (c.level() != RegionLevel.TOWN && c.level() != RegionLevel.VILLAGE) {
            throw Problems.invalidField(field, "talent.region.level", code, c.level(), "TOWN / VILLAGE");
        }
        return confirmed(field, c);
    }

    /** Any division code (province to village) within the caller's scope. */
    public String requireRegion(String field, String code) {
        DivisionCode c = shape(field, code);
        if (c.level() == RegionLevel.GROUP) {
            throw Problems.invalidField(field, "talent.region.level", code, c.level(), "PROVINCE … VILLAGE");
        }
        return confirmed(field, c);
    }

    /**
     * The villages a caller passes as a region's own village list (for reports that must show villages
     * with no record): village codes inside the report's region filter, each once. Only their shape
     * and level are checked: a report stores nothing, and asking organization-service about up to
     * {@value #MAX_VILLAGES} codes on every read would make reports hang on it.
     */
    public List<String> villagesWithin(String prefix, List<String> villages) {
        if (villages == null || villages.isEmpty()) {
            return List.of();
        }
        if (villages.size() > MAX_VILLAGES) {
            throw Problems.invalidField("village", "talent.villages.too-many", MAX_VILLAGES);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String v : villages) {
            String code = shapeOf("village", v, RegionLevel.VILLAGE);
            if (!code.startsWith(prefix)) {
                throw Problems.invalidField("village", "talent.region.outside-filter", code, prefix);
            }
            codes.add(code);
        }
        return new ArrayList<>(codes);
    }

    private String require(String field, String code, RegionLevel level) {
        DivisionCode c = DivisionCode.of(shapeOf(field, code, level));
        return confirmed(field, c);
    }

    private static String shapeOf(String field, String code, RegionLevel level) {
        DivisionCode c = shape(field, code);
        if (c.level() != level) {
            throw Problems.invalidField(field, "talent.region.level", code, c.level(), level);
        }
        return c.value();
    }

    /** Within the caller's scope, then known at organization-service with the level the code says. */
    private String confirmed(String field, DivisionCode c) {
        scope.requireWithin(c.value());
        known.require(field, c.value(), c.level());
        return c.value();
    }

    private static DivisionCode shape(String field, String code) {
        if (code == null || code.isBlank()) {
            throw Problems.invalidField(field, "field.required");
        }
        String problem = DivisionCode.problemWith(code.trim());
        if (problem != null) {
            throw Problems.invalidField(field, problem, code);
        }
        return DivisionCode.of(code.trim());
    }
}
