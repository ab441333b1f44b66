package org.ruralrevival.economy.project;

/** What a project is (项目类型). */
public enum ProjectType {
    /** 光伏: land or roofs leased for photovoltaics (e.g. 农光互补). */ PV_LEASE,
    /** 商铺: shops built and leased out. */ SHOPS,
    /** 物业/劳务公司: a property-services or labour company. */ PROPERTY_SERVICES,
    /** 设施农业大棚: greenhouses. */ GREENHOUSE,
    /** 养殖场: a livestock farm. */ LIVESTOCK_FARM,
    /** 社区工厂: a community factory. */ COMMUNITY_FACTORY,
    /** 物流: logistics. */ LOGISTICS,
    OTHER
}
