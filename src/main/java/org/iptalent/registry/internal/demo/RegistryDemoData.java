package org.iptalent.registry.internal.demo;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.organisation.CreditCode;
import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.jdbc.CopyRows;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.registry.IdentityNumber;
import org.iptalent.registry.internal.search.SearchIndexer;
import org.iptalent.shared.Masks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's demo data: organisations and talents in every mainland province, in the proportions
 * of the real country ({@link DemoCountry}), loaded with PostgreSQL {@code COPY} in batches and then
 * indexed. {@code iptalent.registry.demo.talents} sizes it, up to a million for benchmarks.
 */
@Component
class RegistryDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);
    private static final int BATCH = 20_000;
    private static final String ORG_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** GB/T 4754-2017 divisions: 75 holds IP services (7520), 83 education. */
    private static final String IP_SERVICES = "75";
    private static final String EDUCATION = "83";
    /** The registry's oldest records, and the first day of the 14th plan's period. */
    private static final Instant EARLIEST = Instant.parse("2012-01-01T00:00:00Z");
    private static final Instant PLAN_START = Instant.parse("2020-12-31T16:00:00Z");

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final FieldCipher cipher;
    private final ReferenceData reference;
    private final SearchIndexer indexer;
    private final AuditLog audit;
    private final RegistryDemoProperties properties;

    RegistryDemoData(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction, FieldCipher cipher,
            ReferenceData reference, SearchIndexer indexer, AuditLog audit, RegistryDemoProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cipher = cipher;
        this.reference = reference;
        this.indexer = indexer;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "registry";
    }

    @Override
    public int order() {
        return 10;
    }

    private record Org(long id, String type, String regionCode, String industry) {
    }

    /** An organisation's name and the GB/T 4754 division its name says it works in. */
    private record Named(String name, String industry) {
    }

    @Override
    public void contribute(DemoProperties demo) {
        contribute(demo, properties.talents());
    }

    /** The demo registry with {@code size} talents instead of the configured number. */
    void contribute(DemoProperties demo, int size) {
        Random random = new Random(demo.seed());
        int talents = Math.max(0, size);
        Map<String, Map<String, List<Org>>> byProvinceAndType = new HashMap<>();
        transaction.executeWithoutResult(status -> {
            // at least two of every kind of employer in every province, however small the demo
            List<Org> organisations = organisations(random, Math.max(31 * 13 * 2, talents / 25));
            organisations.forEach(o -> byProvinceAndType.computeIfAbsent(o.regionCode().substring(0, 2) + "0000",
                    k -> new HashMap<>()).computeIfAbsent(o.type(), k -> new ArrayList<>()).add(o));
            // the dates draw from a random of their own, so the records the seed gives stay the same
            talents(random, new Random(demo.seed() * 31 + 7), talents, byProvinceAndType);
            // rows were inserted with explicit ids: move the identity sequences past them
            jdbc.execute("""
                    select setval(pg_get_serial_sequence('organisation', 'id'), greatest(1, (select max(id) from organisation))),
                      setval(pg_get_serial_sequence('talent', 'id'), greatest(1, (select max(id) from talent))),
                      setval(pg_get_serial_sequence('qualification', 'id'), greatest(1, (select max(id) from qualification))),
                      setval(pg_get_serial_sequence('talent_flow', 'id'), greatest(1, (select max(id) from talent_flow)))""");
            // no actor: the platform did it, which the log says in the reader's language
            audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null)
                    .message("audit.detail.demoTalents", talents));
        });
        // statistics now, not when autovacuum comes by: a statement planned for tables thought empty (the plan's
        // indicators right after the demo's start) probes an index once per talent instead of joining by hash
        jdbc.execute("analyze talent, talent_category, qualification, organisation");
        indexer.reindex();
    }

    private List<Org> organisations(Random random, int count) {
        DemoCountry.Weighted provinces = new DemoCountry.Weighted(DemoCountry.PROVINCES);
        DemoCountry.Weighted types = new DemoCountry.Weighted(Map.ofEntries(Map.entry("ENTERPRISE", 55.0),
                Map.entry("PATENT_AGENCY", 10.0), Map.entry("TRADEMARK_AGENCY", 6.0), Map.entry("LAW_FIRM", 5.0),
                Map.entry("UNIVERSITY", 5.0), Map.entry("RESEARCH_INSTITUTE", 5.0),
                Map.entry("IP_ADMINISTRATION", 4.0), Map.entry("PS_BACKBONE_NODE", 2.5), Map.entry("PS_OUTLET", 2.5),
                Map.entry("LIBRARY_INFORMATION", 1.5), Map.entry("INDUSTRIAL_ORGANISATION", 1.5),
                Map.entry("TRAINING_BASE", 1.0), Map.entry("IP_ACADEMY", 0.5)));
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from organisation", Long.class);
        List<Org> result = new ArrayList<>();
        CopyRows rows = new CopyRows(count);
        String now = Instant.now().toString();
        for (int i = 0; i < count; i++) {
            String province = provinces.next(random);
            // every province has every kind of employer, however small, so every category finds one
            String type = i < 31 * 13 ? typeByIndex(i % 13) : types.next(random);
            if (i < 31 * 13) {
                province = DemoCountry.PROVINCES.keySet().stream().sorted().toList().get(i / 13);
            }
            Division city = city(random, province);
            long id = firstId + i;
            Named named = organisation(random, type, city);
            String code = creditCode(random, type, city.code());
            rows.row(id, named.name(), type, code, city.code(), named.industry(), now, now);
            result.add(new Org(id, type, city.code(), named.industry()));
        }
        copy("copy organisation (id, name, type, credit_code, region_code, industry_code, created_at, updated_at) "
                + "from stdin (format csv)", rows);
        return result;
    }

    private static String typeByIndex(int i) {
        return List.of("ENTERPRISE", "PATENT_AGENCY", "TRADEMARK_AGENCY", "LAW_FIRM", "UNIVERSITY",
                "RESEARCH_INSTITUTE", "IP_ADMINISTRATION", "PS_BACKBONE_NODE", "PS_OUTLET", "LIBRARY_INFORMATION",
                "INDUSTRIAL_ORGANISATION", "TRAINING_BASE", "IP_ACADEMY").get(i);
    }

    private void talents(Random random, Random dates, int count, Map<String, Map<String, List<Org>>> orgs) {
        DemoCountry.Weighted provinces = new DemoCountry.Weighted(DemoCountry.PROVINCES);
        DemoCountry.Weighted categories = new DemoCountry.Weighted(DemoCountry.CATEGORIES);
        Map<String, String> teamOf = new HashMap<>();
        reference.terms(TaxonomyKind.CATEGORY).forEach(t -> teamOf.put(t.code(), t.parentCode()));
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from talent", Long.class);
        long qualificationId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from qualification", Long.class);
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        CopyRows talentRows = new CopyRows(BATCH);
        CopyRows categoryRows = new CopyRows(BATCH);
        CopyRows qualificationRows = new CopyRows(BATCH / 4);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            String province = provinces.next(random);
            Division city = city(random, province);
            String category = categories.next(random);
            String team = teamOf.get(category);
            Org employer = employer(random, orgs.get(province), category);
            // unique by construction: the index picks the birth date and the sequence number
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((i / 999) % 14_600);
            String first17 = city.code().substring(0, 4) + String.format("%02d", 1 + random.nextInt(20))
                    + birth.toString().replace("-", "") + String.format("%03d", i % 999 + 1);
            String identity = first17 + IdentityNumber.checkCharacter(first17);
            String gender = IdentityNumber.gender(identity).name();
            String name = DemoCountry.pick(random, DemoCountry.SURNAMES) + DemoCountry.pick(random, DemoCountry.GIVEN)
                    + (random.nextInt(3) > 0 ? DemoCountry.pick(random, DemoCountry.GIVEN) : "");
            String mobile = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            String email = Long.toString(Math.abs(random.nextLong()) % 2_000_000_000L, 36) + "@"
                    + DemoCountry.pick(random, DemoCountry.MAIL_DOMAINS);
            String[] education = education(random, category);
            String position = DemoCountry.pick(random,
                    DemoCountry.POSITIONS.getOrDefault(category, DemoCountry.DEFAULT_POSITIONS));
            int roll = random.nextInt(100);
            String status = roll < 92 ? "ACTIVE" : roll < 97 ? "LEFT" : "RETIRED";
            Instant registered = registered(dates, now);
            Instant left = status.equals("ACTIVE") ? null : left(dates, registered, now);
            // a talent works in the industry of the employer: an agency's agent in IP services, not in chemicals
            String industry = employer == null ? "75" : employer.industry();
            talentRows.row(id, name, gender, birth, cipher.encrypt(identity), cipher.lookupHash(identity),
                    Masks.identityNumber(identity), cipher.encrypt(mobile), Masks.phone(mobile), cipher.encrypt(email),
                    Masks.email(email), orNull(education[0]), orNull(education[1]), orNull(education[2]),
                    employer == null ? null : employer.id(), city.code(), province, industry, position,
                    random.nextInt(4) == 0 ? "英语" : null, status, left, "IMPORT", registered, now);
            categoryRows.row(id, team, category);
            if (random.nextInt(100) < 8) {
                String extra = categories.next(random);
                if (!extra.equals(category)) {
                    categoryRows.row(id, teamOf.get(extra), extra);
                }
            }
            for (String[] q : qualifications(random, category, today)) {
                qualificationRows.row(qualificationId++, id, q[0], orNull(q[1]), orNull(q[2]), orNull(q[3]), orNull(q[4]),
                        orNull(q[5]), "VERIFIED", now, now);
            }
            if ((i + 1) % BATCH == 0 || i == count - 1) {
                copy("copy talent (id, name, gender, birth_date, identity_cipher, identity_hash, identity_masked, "
                        + "mobile_cipher, mobile_masked, email_cipher, email_masked, education, discipline, major, "
                        + "employer_id, region_code, province_code, industry_code, position, languages, status, "
                        + "left_at, source, created_at, updated_at) from stdin (format csv)", talentRows);
                copy("copy talent_category (talent_id, team, category) from stdin (format csv)", categoryRows);
                copy("copy qualification (id, talent_id, type, title_level, number, issuer, issued_on, expires_on, "
                        + "verification, created_at, updated_at) from stdin (format csv)", qualificationRows);
                if ((i + 1) % 100_000 == 0) {
                    log.info("Demo talents: {} of {} in {} s", i + 1, count, (System.nanoTime() - start) / 1_000_000_000);
                }
            }
        }
    }

    /**
     * When a talent was registered, growing as the country's count did: about 62 % before 2021 (690,000 talents at
     * the end of 2020 against 860,000 at the end of 2023), the rest spread evenly since, so the plan's history starts
     * where the country stood.
     */
    private static Instant registered(Random dates, Instant now) {
        Instant from = dates.nextInt(100) < 62 ? EARLIEST : PLAN_START;
        Instant to = from == EARLIEST ? PLAN_START : now;
        return between(dates, from, to);
    }

    /** When a talent who is no longer active left: after registering, from 2021 on, before now. */
    private static Instant left(Random dates, Instant registered, Instant now) {
        return between(dates, registered.isAfter(PLAN_START) ? registered : PLAN_START, now);
    }

    private static Instant between(Random dates, Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (dates.nextDouble() * span));
    }

    /** Type, title level, number, issuer, issued, expires: the qualifications a talent of this category holds. */
    private static List<String[]> qualifications(Random random, String category, LocalDate today) {
        List<String[]> result = new ArrayList<>();
        LocalDate issued = today.minusDays(200 + random.nextInt(5000));
        switch (category) {
            case "APP_PATENT_AGENT" -> result.add(new String[] {"PATENT_AGENT", "",
                    String.valueOf(10_000_000 + random.nextInt(89_999_999)), "国家知识产权局", issued.toString(), ""});
            case "APP_TRADEMARK_AGENT" -> result.add(new String[] {"TRADEMARK_AGENT", "",
                    "TM" + (100_000 + random.nextInt(899_999)), "国家知识产权局商标局", issued.toString(), ""});
            case "BASIC_PATENT_EXAMINER", "BASIC_TRADEMARK_EXAMINER", "INTL_EXAMINER" -> result.add(new String[] {
                "EXAMINER", "", "SC" + (10_000 + random.nextInt(89_999)), "国家知识产权局", issued.toString(), ""});
            case "PROT_ADMIN_ADJUDICATION" -> result.add(new String[] {"ADMIN_ADJUDICATION", "",
                    "XZ" + (100_000 + random.nextInt(899_999)), "国家知识产权局", issued.toString(),
                    issued.plusYears(5).toString()});
            case "BASIC_LEGAL", "BASIC_PUBLIC_LAWYER", "PROT_MEDIATOR" -> {
                if (random.nextInt(3) > 0) {
                    result.add(new String[] {"LAWYER", "", "1" + (1_000_000_000L + random.nextInt(999_999_999)),
                            "司法局", issued.toString(), ""});
                }
            }
            default -> {
            }
        }
        // professional titles: about 2.3 % intermediate or higher, 1 % assistant
        int roll = random.nextInt(1000);
        if (roll < 33) {
            String level = roll < 10 ? "ASSISTANT" : roll < 27 ? "INTERMEDIATE" : roll < 32 ? "SENIOR" : "PROFESSOR";
            LocalDate titled = today.minusDays(100 + random.nextInt(3000));
            result.add(new String[] {"PROFESSIONAL_TITLE", level, "ZC" + (1_000_000 + random.nextInt(8_999_999)),
                    "人力资源和社会保障厅", titled.toString(), ""});
        }
        return result;
    }

    private static String[] education(Random random, String category) {
        int roll = random.nextInt(100);
        String level = roll < 6 ? "DOCTORATE" : roll < 30 ? "MASTER" : roll < 85 ? "BACHELOR" : roll < 96
                ? "JUNIOR_COLLEGE" : "SECONDARY_OR_BELOW";
        boolean law = category.contains("LEGAL") || category.contains("LAWYER") || category.startsWith("PROT");
        boolean tech = category.contains("PATENT") || category.contains("EXAMINER") || category.contains("TECH");
        int d = random.nextInt(100);
        String discipline = tech ? (d < 85 ? "SCIENCE_ENGINEERING" : "LAW") : law ? (d < 75 ? "LAW" : "MANAGEMENT")
                : d < 45 ? "SCIENCE_ENGINEERING" : d < 70 ? "MANAGEMENT" : d < 90 ? "LAW" : "OTHER";
        String major = switch (discipline) {
            case "SCIENCE_ENGINEERING" -> DemoCountry.pick(random, DemoCountry.MAJORS_SCI);
            case "LAW" -> DemoCountry.pick(random, DemoCountry.MAJORS_LAW);
            case "MANAGEMENT" -> DemoCountry.pick(random, DemoCountry.MAJORS_MGMT);
            default -> DemoCountry.pick(random, DemoCountry.MAJORS_OTHER);
        };
        return new String[] {level, discipline, major};
    }

    private static Org employer(Random random, Map<String, List<Org>> orgs, String category) {
        if (orgs == null) {
            return null;
        }
        for (String type : DemoCountry.EMPLOYERS.getOrDefault(category, List.of("ENTERPRISE"))) {
            List<Org> candidates = orgs.get(type);
            if (candidates != null && !candidates.isEmpty() && random.nextInt(10) < 8) {
                return DemoCountry.pick(random, candidates);
            }
        }
        List<Org> enterprises = orgs.get("ENTERPRISE");
        return enterprises == null || enterprises.isEmpty() ? null : DemoCountry.pick(random, enterprises);
    }

    /** A prefecture of the province, the capital most often; the province itself for a municipality. */
    private Division city(Random random, String province) {
        List<Division> cities = reference.citiesOf(province).stream()
                .filter(c -> !c.kind().equals("province_administered_county_group")).toList();
        if (cities.isEmpty()) {
            return reference.division(province).orElseThrow();
        }
        return random.nextInt(100) < 40 ? cities.get(0) : DemoCountry.pick(random, cities);
    }

    /**
     * A name for an organisation of this type in this city, and the industry that name implies: an enterprise's
     * trade decides its division (a pharmaceutical company 27, a software company 65), an IP agency or service
     * centre is in IP services (75), a law firm in legal services (72), a university or training base in
     * education (83), an IP academy in education or research as its name says.
     */
    private Named organisation(Random random, String type, Division city) {
        String place = city.shortNameZh().replaceAll("(市|地区|盟|自治州)$", "");
        String brand = DemoCountry.pick(random, DemoCountry.BRANDS);
        String brand2 = DemoCountry.pick(random, DemoCountry.BRANDS);
        return switch (type) {
            case "ENTERPRISE" -> {
                DemoCountry.Trade trade = DemoCountry.pick(random, DemoCountry.TRADES);
                yield new Named(place + brand + trade.name() + (random.nextBoolean() ? "股份有限公司" : "有限公司"),
                        trade.industry());
            }
            case "PATENT_AGENCY" -> new Named(place + brand + brand2.charAt(0) + (random.nextBoolean()
                    ? "专利代理事务所（普通合伙）" : "知识产权代理有限公司"), IP_SERVICES);
            case "TRADEMARK_AGENCY" -> new Named(place + brand + "商标代理有限公司", IP_SERVICES);
            case "LAW_FIRM" -> new Named(city.shortNameZh().length() > 3 ? brand + "律师事务所"
                    : place + brand + "律师事务所", "72");
            case "UNIVERSITY" -> new Named(place + DemoCountry.pick(random, new String[] {"理工大学", "科技大学",
                "师范大学", "工业大学", "财经大学", "大学"}), EDUCATION);
            case "RESEARCH_INSTITUTE" -> new Named(place + brand + DemoCountry.pick(random, DemoCountry.TRADES).name()
                    + "研究院", "73");
            case "IP_ADMINISTRATION" -> new Named(city.isProvince() ? city.nameZh() + "知识产权局"
                    : city.nameZh() + "市场监督管理局（知识产权局）", "92");
            case "PS_BACKBONE_NODE" -> new Named(city.nameZh() + "知识产权保护中心", IP_SERVICES);
            case "PS_OUTLET" -> new Named(place + brand + "技术与创新支持中心", IP_SERVICES);
            case "LIBRARY_INFORMATION" -> new Named(city.nameZh() + "图书馆", "88");
            case "INDUSTRIAL_ORGANISATION" -> new Named(city.nameZh() + "知识产权协会", "95");
            case "TRAINING_BASE" -> new Named(place + brand + "知识产权培训基地", EDUCATION);
            default -> random.nextBoolean() ? new Named(place + brand + "知识产权学院", EDUCATION)
                    : new Named(place + brand + "知识产权研究院", "73");
        };
    }

    private static String creditCode(Random random, String type, String regionCode) {
        if (type.equals("IP_ADMINISTRATION")) {
            return null;
        }
        String prefix = switch (type) {
            case "UNIVERSITY", "RESEARCH_INSTITUTE", "LIBRARY_INFORMATION", "PS_BACKBONE_NODE", "IP_ACADEMY" -> "12";
            case "LAW_FIRM" -> "31";
            case "INDUSTRIAL_ORGANISATION" -> "51";
            default -> "91";
        };
        StringBuilder code = new StringBuilder(prefix).append(regionCode);
        while (code.length() < 17) {
            code.append(ORG_ALPHABET.charAt(random.nextInt(ORG_ALPHABET.length())));
        }
        return code.toString() + CreditCode.checkCharacter(code.toString());
    }

    /** Sends the buffered rows with COPY, inside the current transaction, and empties the buffer. */
    private void copy(String sql, CopyRows rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            rows.into(connection, sql);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The generators write "" for a value a row does not have; the table holds null. */
    private static String orNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
