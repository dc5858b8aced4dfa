package org.iptalent.reference;

import java.util.List;
import java.util.Optional;

/**
 * A few codes of each list, for unit tests of the rules that check codes against them: Zhejiang and Hangzhou,
 * manufacturing (section C) and one of its divisions, one team with one of its categories, one education, one
 * organisation type. The real lists are loaded from the database, which a unit test does without.
 */
public class SmallCodeLists implements ReferenceData {

    public static final String PROVINCE = "330000";
    public static final String CITY = "330100";
    /** A county of Hangzhou: a real GB/T 2260 code, but not of the list's levels. */
    public static final String COUNTY = "330106";
    public static final String SECTION = "C";
    public static final String DIVISION = "13";
    public static final String TEAM = "APPLICATION";
    public static final String CATEGORY = "APP_OPERATION";
    public static final String EDUCATION = "BACHELOR";
    public static final String ORGANISATION_TYPE = "ENTERPRISE";

    private final List<Division> divisions;
    private final List<Industry> industries;
    private final List<Term> terms;

    public SmallCodeLists() {
        this(List.of(new Division(PROVINCE, null, 1, "浙江省", "浙江", "Zhejiang", "PROVINCE", "CN-ZJ"),
                new Division(CITY, PROVINCE, 2, "杭州市", "杭州", "Hangzhou", "CITY", null)),
                List.of(new Industry(SECTION, null, "制造业", "Manufacturing"),
                        new Industry(DIVISION, SECTION, "农副食品加工业",
                                "Processing of agricultural and sideline food products")),
                List.of(new Term(TaxonomyKind.TEAM, TEAM, null, "知识产权运用人才队伍", "Application"),
                        new Term(TaxonomyKind.CATEGORY, CATEGORY, TEAM, "知识产权运营人才", "IP operation staff"),
                        new Term(TaxonomyKind.EDUCATION, EDUCATION, null, "大学本科", "Bachelor's degree"),
                        new Term(TaxonomyKind.ORGANISATION_TYPE, ORGANISATION_TYPE, null, "企业", "Enterprise")));
    }

    /** Lists of a test's own choosing, for rules that need other codes than the default few. */
    public SmallCodeLists(List<Division> divisions, List<Industry> industries, List<Term> terms) {
        this.divisions = List.copyOf(divisions);
        this.industries = List.copyOf(industries);
        this.terms = List.copyOf(terms);
    }

    @Override
    public Optional<Division> division(String code) {
        return divisions.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    @Override
    public List<Division> provinces() {
        return divisions.stream().filter(Division::isProvince).toList();
    }

    @Override
    public List<Division> citiesOf(String provinceCode) {
        return divisions.stream().filter(d -> provinceCode.equals(d.parentCode())).toList();
    }

    @Override
    public Optional<Industry> industry(String code) {
        return industries.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @Override
    public List<Industry> industries() {
        return industries;
    }

    @Override
    public Optional<IpcClass> ipc(String code) {
        return Optional.empty();
    }

    @Override
    public List<IpcClass> ipcClasses() {
        return List.of();
    }

    @Override
    public Optional<Term> term(TaxonomyKind kind, String code) {
        return terms(kind).stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public List<Term> terms(TaxonomyKind kind) {
        return terms.stream().filter(t -> t.kind() == kind).toList();
    }
}
