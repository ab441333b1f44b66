package org.ruralrevival.economy.plan;

/** The development model a doubling plan follows (发展模式). */
public enum PlanModel {
    /** 资源提升型. */ RESOURCE,
    /** 产业提升型. */ INDUSTRY,
    /** 项目提升型. */ PROJECT,
    /** 服务提升型. */ SERVICE
}
