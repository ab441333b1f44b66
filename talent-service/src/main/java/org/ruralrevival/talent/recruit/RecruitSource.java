package org.ruralrevival.talent.recruit;

/** Where the recruit comes from; the seeds count recruits from these four groups. */
public enum RecruitSource {
    /** 返乡大学生. */ RETURNING_GRADUATE,
    /** 青年农牧民. */ YOUNG_FARMER,
    /** 退伍军人. */ VETERAN,
    /** 新型职业农牧民. */ NEW_PROFESSIONAL_FARMER,
    /** 其他. */ OTHER
}
