package org.ruralrevival.organization.partyorg;

/** Types of party organization (党组织类型) the county reports count. */
public enum OrganizationType {
    /** 党委 (a town's or a unit's committee). */ COMMITTEE,
    /** 村级党委: a committee at village level. */ VILLAGE_COMMITTEE,
    /** 农村社区党委: a rural community committee over several villages. */ RURAL_COMMUNITY_COMMITTEE,
    /** 党总支. */ GENERAL_BRANCH,
    /** 党支部. */ BRANCH,
    /** 非公企业党支部. */ ENTERPRISE_BRANCH,
    /** 机关党支部. */ AGENCY_BRANCH,
    /** 党小组. */ GROUP;

    /** Branch-level organizations (the ones 最强党支部 and 四化 are measured on). */
    public boolean isBranch() {
        return this == BRANCH || this == ENTERPRISE_BRANCH || this == AGENCY_BRANCH || this == GENERAL_BRANCH;
    }

    /** Whether an organization of this type may sit under one of {@code parent}'s type. */
    public boolean mayBeUnder(OrganizationType parent) {
        return switch (parent) {
            case GROUP -> false;
            case BRANCH, ENTERPRISE_BRANCH, AGENCY_BRANCH -> this == GROUP;
            case GENERAL_BRANCH -> this == BRANCH || this == GROUP || this == ENTERPRISE_BRANCH || this == AGENCY_BRANCH;
            default -> true;
        };
    }
}
