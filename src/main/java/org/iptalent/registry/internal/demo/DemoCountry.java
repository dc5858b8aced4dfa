package org.iptalent.registry.internal.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The shape of the country the demo data imitates: where IP talents work, in which categories, with
 * which qualifications. Proportions follow CNIPA's published figures for the end of 2023 (shared
 * statistics.csv): about 860,000 talents, 34,400 practising patent agents, nearly 20,000 title holders
 * of intermediate level or higher, over 18,000 examiners, over 4,000 information-service staff.
 */
final class DemoCountry {

    /** Relative weight of each mainland province, heaviest where patents and agencies concentrate. */
    static final Map<String, Double> PROVINCES = Map.ofEntries(
            Map.entry("110000", 13.0), Map.entry("440000", 14.0), Map.entry("320000", 11.0),
            Map.entry("330000", 9.0), Map.entry("310000", 7.0), Map.entry("370000", 5.5),
            Map.entry("510000", 3.5), Map.entry("420000", 3.5), Map.entry("350000", 3.0),
            Map.entry("340000", 3.0), Map.entry("410000", 3.0), Map.entry("430000", 2.5),
            Map.entry("610000", 2.5), Map.entry("120000", 2.0), Map.entry("500000", 2.0),
            Map.entry("210000", 2.0), Map.entry("130000", 2.0), Map.entry("360000", 1.5),
            Map.entry("450000", 1.2), Map.entry("530000", 1.0), Map.entry("140000", 1.0),
            Map.entry("220000", 0.9), Map.entry("230000", 0.9), Map.entry("520000", 0.9),
            Map.entry("620000", 0.6), Map.entry("150000", 0.6), Map.entry("650000", 0.6),
            Map.entry("460000", 0.5), Map.entry("640000", 0.4), Map.entry("630000", 0.3),
            Map.entry("540000", 0.2));

    /** Share (percent) of each category; patent agents 4 %, examiners 2.2 %, information service 0.5 % … */
    static final Map<String, Double> CATEGORIES = Map.ofEntries(
            Map.entry("PROT_ADMIN_ADJUDICATION", 3.6), Map.entry("PROT_TECH_INVESTIGATOR", 0.3),
            Map.entry("PROT_CENTRE_STAFF", 1.2), Map.entry("PROT_MEDIATOR", 0.8),
            Map.entry("APP_OPERATION", 6.0), Map.entry("APP_FINANCE", 2.0),
            Map.entry("APP_ENTERPRISE_MANAGER", 30.0), Map.entry("APP_UNIVERSITY_INSTITUTE", 8.0),
            Map.entry("APP_PATENT_NAVIGATION", 2.0), Map.entry("APP_GI_TRADEMARK_BRAND", 4.0),
            Map.entry("APP_SERVICE_INDUSTRY", 15.0), Map.entry("APP_PATENT_AGENT", 4.0),
            Map.entry("APP_TRADEMARK_AGENT", 5.0), Map.entry("PS_BACKBONE_NODE", 1.5),
            Map.entry("PS_INFORMATION_SERVICE", 0.5), Map.entry("PS_BUSINESS_WINDOW", 1.0),
            Map.entry("PS_INFORMATION_TECHNOLOGY", 1.5), Map.entry("INTL_EXPATRIATE", 0.2),
            Map.entry("INTL_FOREIGN_AFFAIRS", 0.3), Map.entry("INTL_EXAMINER", 0.2),
            Map.entry("INTL_OVERSEAS_PROTECTION", 0.5), Map.entry("BASIC_PATENT_EXAMINER", 1.8),
            Map.entry("BASIC_TRADEMARK_EXAMINER", 0.4), Map.entry("BASIC_PUBLICITY", 2.0),
            Map.entry("BASIC_SCHOOL_TEACHER", 3.0), Map.entry("BASIC_LEGAL", 3.5),
            Map.entry("BASIC_PUBLIC_LAWYER", 0.7));

    /** Where people of a category work. */
    static final Map<String, List<String>> EMPLOYERS = Map.ofEntries(
            Map.entry("PROT_ADMIN_ADJUDICATION", List.of("IP_ADMINISTRATION")),
            Map.entry("PROT_TECH_INVESTIGATOR", List.of("IP_ADMINISTRATION", "RESEARCH_INSTITUTE")),
            Map.entry("PROT_CENTRE_STAFF", List.of("PS_BACKBONE_NODE")),
            Map.entry("PROT_MEDIATOR", List.of("LAW_FIRM", "INDUSTRIAL_ORGANISATION")),
            Map.entry("APP_OPERATION", List.of("ENTERPRISE", "PATENT_AGENCY")),
            Map.entry("APP_FINANCE", List.of("ENTERPRISE")),
            Map.entry("APP_ENTERPRISE_MANAGER", List.of("ENTERPRISE")),
            Map.entry("APP_UNIVERSITY_INSTITUTE", List.of("UNIVERSITY", "RESEARCH_INSTITUTE")),
            Map.entry("APP_PATENT_NAVIGATION", List.of("PATENT_AGENCY", "PS_BACKBONE_NODE")),
            Map.entry("APP_GI_TRADEMARK_BRAND", List.of("ENTERPRISE", "TRADEMARK_AGENCY")),
            Map.entry("APP_SERVICE_INDUSTRY", List.of("PATENT_AGENCY", "TRADEMARK_AGENCY", "LAW_FIRM")),
            Map.entry("APP_PATENT_AGENT", List.of("PATENT_AGENCY")),
            Map.entry("APP_TRADEMARK_AGENT", List.of("TRADEMARK_AGENCY")),
            Map.entry("PS_BACKBONE_NODE", List.of("PS_BACKBONE_NODE")),
            Map.entry("PS_INFORMATION_SERVICE", List.of("PS_OUTLET", "LIBRARY_INFORMATION")),
            Map.entry("PS_BUSINESS_WINDOW", List.of("PS_OUTLET")),
            Map.entry("PS_INFORMATION_TECHNOLOGY", List.of("PS_BACKBONE_NODE", "ENTERPRISE")),
            Map.entry("INTL_EXPATRIATE", List.of("IP_ADMINISTRATION")),
            Map.entry("INTL_FOREIGN_AFFAIRS", List.of("IP_ADMINISTRATION")),
            Map.entry("INTL_EXAMINER", List.of("IP_ADMINISTRATION")),
            Map.entry("INTL_OVERSEAS_PROTECTION", List.of("LAW_FIRM", "PATENT_AGENCY")),
            Map.entry("BASIC_PATENT_EXAMINER", List.of("IP_ADMINISTRATION")),
            Map.entry("BASIC_TRADEMARK_EXAMINER", List.of("IP_ADMINISTRATION")),
            Map.entry("BASIC_PUBLICITY", List.of("IP_ADMINISTRATION", "PS_BACKBONE_NODE")),
            Map.entry("BASIC_SCHOOL_TEACHER", List.of("UNIVERSITY", "TRAINING_BASE")),
            Map.entry("BASIC_LEGAL", List.of("LAW_FIRM", "UNIVERSITY")),
            Map.entry("BASIC_PUBLIC_LAWYER", List.of("IP_ADMINISTRATION")));

    static final Map<String, List<String>> POSITIONS = Map.ofEntries(
            Map.entry("APP_PATENT_AGENT", List.of("专利代理师", "高级专利代理师", "合伙人、专利代理师")),
            Map.entry("APP_TRADEMARK_AGENT", List.of("商标代理人", "商标顾问", "商标部经理")),
            Map.entry("APP_ENTERPRISE_MANAGER", List.of("知识产权经理", "知识产权专员", "知识产权总监", "法务经理")),
            Map.entry("APP_UNIVERSITY_INSTITUTE", List.of("技术转移中心主任", "知识产权专员", "科研管理干部")),
            Map.entry("BASIC_PATENT_EXAMINER", List.of("专利审查员", "资深专利审查员", "审查部副主任")),
            Map.entry("BASIC_TRADEMARK_EXAMINER", List.of("商标审查员", "资深商标审查员")),
            Map.entry("PROT_ADMIN_ADJUDICATION", List.of("执法科科长", "行政裁决处干部", "执法人员")),
            Map.entry("PS_INFORMATION_SERVICE", List.of("专利信息分析师", "检索分析员", "信息服务部主任")),
            Map.entry("BASIC_SCHOOL_TEACHER", List.of("知识产权教师", "科技辅导员")),
            Map.entry("BASIC_LEGAL", List.of("律师", "合伙人律师", "法律顾问")));

    static final List<String> DEFAULT_POSITIONS = List.of("主任", "副主任", "项目经理", "分析师", "咨询顾问", "工程师",
            "高级工程师", "业务主管");

    static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            + "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤").split("");
    static final String[] GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国晓红宇浩凯欣怡梓涵子轩一诺雨桐思远"
            + "博文俊杰家豪海燕志强文静佳琪天宇婷婷嘉怡瑞雪晨曦立新卫东红梅振华慧敏秋菊国庆春燕永刚").split("");
    static final String[] BRANDS = ("华信 恒立 中科 创新 远景 科达 瑞丰 同方 金盾 鼎信 天成 博睿 汇智 联合 正源 星海 蓝天 光启 "
            + "长城 京华 东方 南方 先锋 卓越 新锐 宏图 海纳 智联 盛世 嘉禾 明德 思创 通达 九州 泰和 丰源 华彩 信达").split(" ");
    /** What an enterprise makes or does, as its name says it, and the GB/T 4754 division that is. */
    record Trade(String name, String industry) {
    }

    /** Mostly manufacturers (divisions 13–43), where patents concentrate, and a few technology services. */
    static final Trade[] TRADES = {new Trade("电子", "39"), new Trade("通信设备", "39"), new Trade("半导体", "39"),
        new Trade("光电", "39"), new Trade("生物医药", "27"), new Trade("医药", "27"), new Trade("新材料", "26"),
        new Trade("化工", "26"), new Trade("智能装备", "35"), new Trade("机械", "34"), new Trade("汽车零部件", "36"),
        new Trade("新能源", "38"), new Trade("仪器仪表", "40"), new Trade("塑胶", "29"), new Trade("食品", "13"),
        new Trade("软件", "65"), new Trade("网络科技", "64"), new Trade("科技", "75")};
    static final String[] MAJORS_SCI = "电子信息工程 机械工程 化学 生物医学工程 计算机科学与技术 材料科学与工程 通信工程 药学".split(" ");
    static final String[] MAJORS_LAW = "知识产权法 法学 民商法学 国际法学".split(" ");
    static final String[] MAJORS_MGMT = "工商管理 公共管理 信息管理与信息系统 技术经济及管理".split(" ");
    static final String[] MAJORS_OTHER = "英语 新闻学 汉语言文学 经济学".split(" ");
    static final String[] MAIL_DOMAINS = "163.com 126.com qq.com sina.com foxmail.com".split(" ");

    private DemoCountry() {
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Picks a key of {@code weights} with probability proportional to its weight. */
    static final class Weighted {
        private final String[] keys;
        private final double[] cumulative;

        Weighted(Map<String, Double> weights) {
            keys = weights.keySet().stream().sorted().toArray(String[]::new);
            cumulative = new double[keys.length];
            double sum = 0;
            for (int i = 0; i < keys.length; i++) {
                sum += weights.get(keys[i]);
                cumulative[i] = sum;
            }
            for (int i = 0; i < keys.length; i++) {
                cumulative[i] /= sum;
            }
        }

        String next(Random random) {
            double r = random.nextDouble();
            for (int i = 0; i < cumulative.length; i++) {
                if (r < cumulative[i]) {
                    return keys[i];
                }
            }
            return keys[keys.length - 1];
        }
    }
}
