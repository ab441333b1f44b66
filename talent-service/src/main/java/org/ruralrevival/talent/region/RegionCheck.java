package org.ruralrevival.talent.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ruralrevival.platform.problem.Problems;
import org.ruralrevival.platform.region.DivisionCode;
import org.ruralrevival.platform.region.RegionLevel;
import org.ruralrevival.platform.security.CallerScope;

/**
 * The one place talent-service checks the regions its records name. For now it checks the code's
 * shape and level (platform {@link DivisionCode}) and the caller's region scope; whether the
 * region exists is organization-service's knowledge and is to be asked through the platform's
 * shared region client once that lands, here and nowhere else.
 */
@ApplicationScoped
public class RegionCheck {

    private static final int MAX_VILLAGES = 2000;

    private final CallerScope scope;

    RegionCheck(CallerScope scope) {
        this.scope = scope;
    }

    /** A village (村 / 嘎查 / 社区) code within the caller's scope; 400 naming {@code field} otherwise. */
    public String requireVillage(String field, String code) {
        return require(field, code, RegionLevel.VILLAGE);
    }

    /** A town (乡镇 / 街道 / 苏木) or village code within the caller's scope. */
    public String requireTownOrVillage(String field, String code) {
        DivisionCode c = shape(field, code);
        if (c.level() != RegionLevel.TOWN && c.level() != RegionLevel.VILLAGE) {
            throw Problems.invalidField(field, "talent.region.level", code, c.level(), "TOWN / VILLAGE");
        }
        scope.requireWithin(c.value());
        return c.value();
    }

    /** Any division code (province to village) within the caller's scope. */
    public String requireRegion(String field, String code) {
        DivisionCode c = shape(field, code);
        if (c.level() == RegionLevel.GROUP) {
            throw Problems.invalidField(field, "talent.region.level", code, c.level(), "PROVINCE … VILLAGE");
        }
        scope.requireWithin(c.value());
        return c.value();
    }

    /**
     * The villages a caller passes as a region's own village list (for reports that must show villages
     * with no record): village codes inside the report's region filter, each once.
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
            String code = requireVillage("village", v);
            if (!code.startsWith(prefix)) {
                throw Problems.invalidField("village", "talent.region.outside-filter", code, prefix);
            }
            codes.add(code);
        }
        return new ArrayList<>(codes);
    }

    private String require(String field, String code, RegionLevel level) {
        DivisionCode c = shape(field, code);
        if (c.level() != level) {
            throw Problems.invalidField(field, "talent.region.level", code, c.level(), level);
        }
        scope.requireWithin(c.value());
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
