package org.iptalent.registry.internal.imports;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.iptalent.spreadsheet.SheetColumns;

/** The import template's columns, in order. Files are matched by header, so any order works. */
public final class ImportColumns {

    public static final String NAME = "姓名";
    public static final String IDENTITY = "身份证号码";
    public static final String GENDER = "性别";
    public static final String BIRTH_DATE = "出生日期";
    public static final String MOBILE = "手机号码";
    public static final String EMAIL = "电子邮箱";
    public static final String EDUCATION = "学历";
    public static final String DISCIPLINE = "学科背景";
    public static final String MAJOR = "专业";
    public static final String EMPLOYER = "工作单位";
    public static final String CREDIT_CODE = "统一社会信用代码";
    public static final String REGION = "行政区划代码";
    public static final String INDUSTRY = "行业代码";
    public static final String TEAM = "人才队伍";
    public static final String CATEGORY = "人才类别";
    public static final String POSITION = "职务";
    public static final String QUALIFICATION_TYPE = "资格类型";
    public static final String QUALIFICATION_NUMBER = "资格证书编号";

    public static final List<String> ALL = List.of(NAME, IDENTITY, GENDER, BIRTH_DATE, MOBILE, EMAIL, EDUCATION,
            DISCIPLINE, MAJOR, EMPLOYER, CREDIT_CODE, REGION, INDUSTRY, TEAM, CATEGORY, POSITION, QUALIFICATION_TYPE,
            QUALIFICATION_NUMBER);

    /** Without these a file cannot be imported at all. */
    public static final Set<String> REQUIRED = Set.of(NAME, IDENTITY, REGION, CATEGORY);

    /** The form field each column fills: the message key {@code import.column.<field>} names it per language. */
    public static final List<String> FIELDS = List.of("name", "identityNumber", "gender", "birthDate", "mobile",
            "email", "education", "discipline", "major", "employerName", "employerCreditCode", "regionCode",
            "industryCode", "team", "categories", "position", "qualificationType", "qualificationNumber");

    /** The columns as the spreadsheet pipeline matches them: by field, headed in Chinese or English. */
    static final SheetColumns SHEET = new SheetColumns("import.column.", IntStream.range(0, ALL.size())
            .mapToObj(i -> new SheetColumns.Column(FIELDS.get(i), ALL.get(i), REQUIRED.contains(ALL.get(i))))
            .toList());

    /** An export's columns: the import's, then the talent's status. */
    public static final SheetColumns SHEET_WITH_STATUS = new SheetColumns("import.column.",
            java.util.stream.Stream.concat(SHEET.columns().stream(),
                    java.util.stream.Stream.of(new SheetColumns.Column("status", "状态", false))).toList());

    private ImportColumns() {
    }
}
