package org.ruralrevival.economy.income;

/**
 * Where a collective's income comes from. The first four are operating income (经营性收入:
 * 经营收入, 发包及上交收入, 投资收益 in the collective accounting rules); subsidies and other
 * income make up the rest of total income.
 */
public enum IncomeSource {
    /** 资源发包: land, water, forest contracted out. */ RESOURCE(true),
    /** 资产租赁: shops, buildings, equipment leased out (e.g. PV land leases, 商铺). */ ASSET_LEASE(true),
    /** 服务: services and labour (物业/劳务公司). */ SERVICE(true),
    /** 投资收益: returns on shares in enterprises and joint projects. */ INVESTMENT(true),
    /** 补助收入: fiscal subsidies. */ SUBSIDY(false),
    /** 其他收入. */ OTHER(false);

    private final boolean operating;

    IncomeSource(boolean operating) {
        this.operating = operating;
    }

    public boolean operating() {
        return operating;
    }
}
