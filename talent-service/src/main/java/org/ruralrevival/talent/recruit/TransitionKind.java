package org.ruralrevival.talent.recruit;

import java.util.EnumSet;
import java.util.Set;

/** A step of recruitment, the stage it leaves from and the stage it leads to. */
public enum TransitionKind {
    /** 确定为入党积极分子. */ ACTIVIST(EnumSet.of(RecruitStage.APPLICANT), RecruitStage.ACTIVIST),
    /** 确定为发展对象. */ DEVELOPMENT_TARGET(EnumSet.of(RecruitStage.ACTIVIST), RecruitStage.DEVELOPMENT_TARGET),
    /** 接收为预备党员 (支部大会讨论, 上级党委审批). */ PROBATIONARY(EnumSet.of(RecruitStage.DEVELOPMENT_TARGET), RecruitStage.PROBATIONARY),
    /** 延长预备期. */ EXTEND_PROBATION(EnumSet.of(RecruitStage.PROBATIONARY), RecruitStage.PROBATIONARY),
    /** 预备党员转正. */ FULL_MEMBER(EnumSet.of(RecruitStage.PROBATIONARY), RecruitStage.FULL_MEMBER),
    /** 不予发展 / 取消预备党员资格. */ REJECTED(open(), RecruitStage.REJECTED),
    /** 撤回申请. */ WITHDRAWN(open(), RecruitStage.WITHDRAWN);

    private final Set<RecruitStage> from;
    private final RecruitStage to;

    TransitionKind(Set<RecruitStage> from, RecruitStage to) {
        this.from = from;
        this.to = to;
    }

    private static Set<RecruitStage> open() {
        EnumSet<RecruitStage> open = EnumSet.noneOf(RecruitStage.class);
        for (RecruitStage s : RecruitStage.values()) {
            if (!s.terminal()) {
                open.add(s);
            }
        }
        return open;
    }

    public boolean allowedFrom(RecruitStage stage) {
        return from.contains(stage);
    }

    public Set<RecruitStage> from() {
        return from;
    }

    public RecruitStage to() {
        return to;
    }
}
