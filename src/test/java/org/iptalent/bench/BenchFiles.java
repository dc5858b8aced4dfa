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
        String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
        return new String[] {name, identity, IdentityNumber.gender(identity) == org.iptalent.registry.Gender.MALE ? "男"
            : "女", birth.toString(), "13" + String.format("%09d", random.nextInt(1_000_000_000)),
            "u" + k + "@163.com", random.nextBoolean() ? "大学本科" : "硕士研究生", "理工科", "电子信息工程", null, null,
            city, random.nextBoolean() ? "39" : "72", null, category[1], agent ? "专利代理师" : "知识产权专员",
            agent ? "专利代理师资格" : null, agent ? String.valueOf(10_000_000 + k % 80_000_000) : null};
    }
}
