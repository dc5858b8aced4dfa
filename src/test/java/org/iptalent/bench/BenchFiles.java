package org.iptalent.bench;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.iptalent.registry.IdentityNumber;

/**
 * Writes N talent rows in the import template's 18 columns twice: as XLSX (what a province uploads)
 * and as CSV (for the COPY floor). {@code offset} keeps identity numbers of different files apart.
 * Usage: BenchFiles N offset outDir
 */
public final class BenchFiles {

    static final List<String> HEADER = List.of("姓名", "身份证号码", "性别", "出生日期", "手机号码", "电子邮箱", "学历",
            "学科背景", "专业", "工作单位", "统一社会信用代码", "行政区划代码", "行业代码", "人才队伍", "人才类别", "职务",
            "资格类型", "资格证书编号");
    static final String[] CITIES = {"110000", "310000", "440100", "440300", "320100", "320500", "330100", "330200",
        "370200", "510100", "420100", "350200", "340100", "610100", "430100", "120000", "500000", "210200"};
    static final String[][] CATEGORIES = {{"APPLICATION", "企业知识产权管理人员"}, {"APPLICATION", "专利代理师"},
        {"APPLICATION", "知识产权服务业人才"}, {"APPLICATION", "知识产权运营人才"}, {"BASIC", "专利审查员"},
        {"PROTECTION", "行政保护和行政裁决人员"}, {"PUBLIC_SERVICE", "知识产权信息服务人员"}};
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国晓红宇浩凯欣怡";
    // text that varies like a real registry's: a broad word matches a share of the rows, not all of them
    static final String[] MAJORS = ("电子信息工程 机械工程 化学 生物医学工程 计算机科学与技术 材料科学与工程 通信工程 药学 "
            + "知识产权法 法学 民商法学 工商管理 公共管理 信息管理与信息系统 英语 经济学 物理学 自动化 光电信息科学与工程 "
            + "生物技术 环境工程 临床医学 车辆工程 图书情报").split(" ");
    static final String[] DISCIPLINES = {"理工科", "理工科", "理工科", "理工科", "理工科", "理工科", "理工科", "理工科",
        "法学", "法学", "法学", "管理", "管理", "管理", "其他", "其他", "理工科", "理工科", "理工科", "理工科",
        "理工科", "理工科", "理工科", "其他"};
    static final String[] EDUCATION = {"大学本科", "大学本科", "硕士研究生", "硕士研究生", "博士研究生", "大学专科"};
    static final String[] POSITIONS = {"知识产权专员", "知识产权经理", "法务主管", "研发工程师", "高级工程师", "项目经理",
        "技术总监", "分析师", "咨询顾问", "部门主任"};
    static final String[] FIRMS = {"专利代理事务所", "知识产权代理有限公司", "科技有限公司", "电子股份有限公司",
        "生物医药有限公司", "新材料有限公司", "智能装备有限公司", "律师事务所", "信息技术有限公司", "汽车零部件有限公司"};
    static final String[] FIRM_WORDS = "华信 恒通 远景 博创 天成 中科 凯达 新元 瑞丰 金桥 东方 宏图 联创 海纳 启明 鼎盛 ".split(" ");

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        long offset = Long.parseLong(args[1]);
        Path dir = Path.of(args[2]);
        Files.createDirectories(dir);
        Random random = new Random(42 + offset);
        Path xlsx = dir.resolve("talents-" + n + ".xlsx");
        Path csv = dir.resolve("talents-" + n + ".csv");
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(xlsx);
             BufferedWriter text = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            Workbook workbook = new Workbook(out, "bench", "1.0");
            Worksheet sheet = workbook.newWorksheet("人才");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int i = 0; i < n; i++) {
                String[] row = row(i + offset, random);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] != null) {
                        sheet.value(i + 1, c, row[c]);
                    }
                }
                for (int c = 0; c < row.length; c++) {
                    if (c > 0) {
                        text.write(',');
                    }
                    if (row[c] != null) {
                        text.write(row[c]);
                    }
                }
                text.write('\n');
                if ((i + 1) % 50_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        System.out.printf("wrote %d rows to %s (%.1f MB) and %s (%.1f MB) in %.1f s%n", n, xlsx,
                Files.size(xlsx) / 1e6, csv, Files.size(csv) / 1e6, (System.nanoTime() - start) / 1e9);
    }

    static String[] row(long k, Random random) {
        String city = CITIES[(int) (k % CITIES.length)];
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays((k / 999) % 20_000);
        String first17 = city.substring(0, 4) + "02" + birth.toString().replace("-", "")
                + String.format("%03d", k % 999 + 1);
        String identity = first17 + IdentityNumber.checkCharacter(first17);
        String[] category = CATEGORIES[random.nextInt(CATEGORIES.length)];
        boolean agent = category[1].equals("专利代理师");
        int major = random.nextInt(MAJORS.length);
        // about 3,000 employers per city, each with a valid unified social credit code
        int firm = random.nextInt(3_000);
        String employer = FIRM_WORDS[firm % FIRM_WORDS.length] + FIRM_WORDS[firm / FIRM_WORDS.length % FIRM_WORDS.length]
                + (agent ? FIRMS[firm % 2] : FIRMS[2 + firm % (FIRMS.length - 2)]);
        String code17 = "91" + city + String.format("%09d", k % CITIES.length * 3_000 + firm);
        String creditCode = code17 + org.iptalent.organisation.CreditCode.checkCharacter(code17);
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
        return new String[] {name, identity, IdentityNumber.gender(identity) == org.iptalent.registry.Gender.MALE ? "男"
            : "女", birth.toString(), "13" + String.format("%09d", random.nextInt(1_000_000_000)),
            "u" + k + "@163.com", EDUCATION[random.nextInt(EDUCATION.length)], DISCIPLINES[major], MAJORS[major],
            employer, creditCode, city, agent ? "72" : random.nextBoolean() ? "39" : "27", null, category[1],
            agent ? "专利代理师" : POSITIONS[random.nextInt(POSITIONS.length)],
            agent ? "专利代理师资格" : null, agent ? String.valueOf(10_000_000 + k % 80_000_000) : null};
    }
}
