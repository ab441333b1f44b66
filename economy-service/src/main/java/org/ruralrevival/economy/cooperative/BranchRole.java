package org.ruralrevival.economy.cooperative;

/** How a village party branch stands to a cooperative. */
public enum BranchRole {
    /** 党支部牵头成立 / 创办: the branch founded it (132 in 达拉特旗 2021). */ FOUNDED,
    /** 党支部领办: the branch leads an existing farmers' cooperative (87 in 达拉特旗 2021). */ LED
}
