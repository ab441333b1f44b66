package org.ruralrevival.economy.property;

/** What a property-rights listing offers (农村产权服务中心). */
public enum ListingType {
    /** 农家院: an idle farmhouse with its yard. */ FARMHOUSE,
    /** 土地: land for cooperation or transfer (area in mu). */ LAND,
    /** 集体资产: a collective asset. */ COLLECTIVE_ASSET
}
