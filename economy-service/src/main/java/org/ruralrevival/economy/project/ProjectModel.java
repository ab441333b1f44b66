package org.ruralrevival.economy.project;

/** How a project earns for the collective: the five models (五型) of 淳化县. */
public enum ProjectModel {
    /** 联村共建型. */ JOINT_VILLAGES,
    /** 资产盘活型. */ ASSET_REVITALIZATION,
    /** 自主经营型. */ SELF_OPERATED,
    /** 社区工厂型. */ COMMUNITY_FACTORY,
    /** 三产融合型. */ TRI_INDUSTRY
}
