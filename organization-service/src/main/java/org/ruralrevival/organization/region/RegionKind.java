package org.ruralrevival.organization.region;

import java.util.EnumSet;
import java.util.Set;
import org.ruralrevival.platform.region.RegionLevel;

/** What a division is called at its level; reports group villages by it. */
public enum RegionKind {
    /** 省. */ PROVINCE(RegionLevel.PROVINCE),
    /** 自治区. */ AUTONOMOUS_REGION(RegionLevel.PROVINCE),
    /** 直辖市. */ MUNICIPALITY(RegionLevel.PROVINCE),
    /** 地级市. */ CITY(RegionLevel.CITY),
    /** 自治州 / 地区. */ PREFECTURE(RegionLevel.CITY),
    /** 盟. */ LEAGUE(RegionLevel.CITY),
    /** 县. */ COUNTY(RegionLevel.COUNTY),
    /** 市辖区. */ DISTRICT(RegionLevel.COUNTY),
    /** 旗. */ BANNER(RegionLevel.COUNTY),
    /** 县级市. */ COUNTY_CITY(RegionLevel.COUNTY),
    /** 镇. */ TOWN(RegionLevel.TOWN),
    /** 乡. */ TOWNSHIP(RegionLevel.TOWN),
    /** 街道. */ SUBDISTRICT(RegionLevel.TOWN),
    /** 苏木. */ SUMU(RegionLevel.TOWN),
    /** 村. */ VILLAGE(RegionLevel.VILLAGE),
    /** 嘎查. */ GACHA(RegionLevel.VILLAGE),
    /** 社区. */ COMMUNITY(RegionLevel.VILLAGE),
    /** 村民小组 / 社. */ GROUP(RegionLevel.GROUP);

    private final RegionLevel level;

    RegionKind(RegionLevel level) {
        this.level = level;
    }

    public RegionLevel level() {
        return level;
    }

    /** The kind a region of that level gets when the request names none. */
    public static RegionKind defaultFor(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> PROVINCE;
            case CITY -> CITY;
            case COUNTY -> COUNTY;
            case TOWN -> TOWN;
            case VILLAGE -> VILLAGE;
            case GROUP -> GROUP;
        };
    }

    public static Set<RegionKind> of(RegionLevel level) {
        Set<RegionKind> kinds = EnumSet.noneOf(RegionKind.class);
        for (RegionKind k : values()) {
            if (k.level == level) {
                kinds.add(k);
            }
        }
        return kinds;
    }
}
