package org.ruralrevival.platform.region;

/** Levels of the statistical division code tree (统计用区划代码), plus villager groups below it. */
public enum RegionLevel {
    /** 省级. */
    PROVINCE,
    /** 地级 (市, 州, 盟). */
    CITY,
    /** 县级 (县, 区, 旗, 县级市). */
    COUNTY,
    /** 乡级 (镇, 乡, 街道, 苏木). */
    TOWN,
    /** 村级 (村, 嘎查, 社区). */
    VILLAGE,
    /** 村民小组 / 社: below the code system, numbered within its village. */
    GROUP
}
