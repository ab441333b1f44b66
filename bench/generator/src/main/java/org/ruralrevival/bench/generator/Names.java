package org.ruralrevival.bench.generator;

import java.util.SplittableRandom;

/**
 * Chinese person and place names that look like the seeds' (甘肃 villages and towns). Frequencies
 * are rough: common surnames first and more likely, 马 frequent as in 临夏 and 定西.
 */
final class Names {

    private static final String SURNAMES = "王张李刘陈杨马赵黄周吴徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String MALE_GIVEN = "建国军华明伟强勇刚平志军海涛斌亮辉磊永福生林成文德荣兴贵发宝山忠义俊杰鹏飞东峰龙";
    private static final String FEMALE_GIVEN = "秀英兰芳丽娟霞玲燕梅红艳萍琴敏静慧珍桂花凤云雪婷丹莉";
    private static final String PLACE = "高墩营店子夏官双城家湾新庄河川沟坪岔山塬寨堡泉堡峪台坝川湾滩庙岭园水丰和平安康宁兴隆金银石杨柳东西南北上下前后中大小";

    private Names() {
    }

    static String person(SplittableRandom r, boolean male) {
        // Skewed towards the front of the list: the common surnames.
        int i = (int) (SURNAMES.length() * Math.pow(r.nextDouble(), 2.2));
        String given = male ? MALE_GIVEN : FEMALE_GIVEN;
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(i));
        name.append(given.charAt(r.nextInt(given.length())));
        if (r.nextInt(100) < 70) {
            name.append(given.charAt(r.nextInt(given.length())));
        }
        return name.toString();
    }

    /** Two place characters, e.g. 营川; the caller adds 村 / 镇 / 县 and, if taken, a number. */
    static String place(SplittableRandom r) {
        return "" + PLACE.charAt(r.nextInt(PLACE.length())) + PLACE.charAt(r.nextInt(PLACE.length()));
    }
}
