package org.ruralrevival.organization.servicecenter;

/** Works on a service centre, as the reports count them (e.g. 达拉特旗 2021: 改扩建 8, 升级改造 26). */
public enum WorkKind {
    /** 新建. */ NEW_BUILD,
    /** 改扩建. */ EXPANSION,
    /** 升级改造. */ UPGRADE
}
