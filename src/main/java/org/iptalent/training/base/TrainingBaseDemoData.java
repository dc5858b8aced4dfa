package org.iptalent.training.base;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.organisation.Organisation;
import org.iptalent.platform.FieldCipher;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.reference.Term;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training bases' demo data: about 30 national bases over the provinces (two in the largest), 2 to 4 local bases
 * in most provinces, hosted by the registry's demo universities, IP academies, training bases, institutes,
 * associations and IP offices; specialities, designations from 2021 to 2025 and a status history with some bases on
 * probation, one under review and a revoked one of each level; every province's demo manager ({@code base.gd} …)
 * manages a base of the province; and the 2025 scorecard, with an item for each of the platform's measures and two
 * reviewed by demo experts. Deterministic from the demo seed. Its texts are in {@code training/base-demo.properties}.
 */
@Component
class TrainingBaseDemoData implements DemoDataContributor {

    /** The provinces with a second national base: the largest IP economies. */
    private static final List<String> LARGEST = List.of("110000", "310000", "320000", "330000", "440000", "370000",
            "420000", "510000");
    private static final List<String> HOST_TYPES = List.of("UNIVERSITY", "IP_ACADEMY", "TRAINING_BASE",
            "RESEARCH_INSTITUTE", "INDUSTRIAL_ORGANISATION", "IP_ADMINISTRATION");
    private static final List<String> REVIEWERS = List.of("expert.bj", "expert.sh", "expert.gd");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final EntityManager entities;
    private final TrainingBases bases;
    private final Scorecards scorecards;
    private final Measures measures;
    private final ReferenceData reference;
    private final UserManagement users;
    private final FieldCipher cipher;
    private final AuditLog audit;

    TrainingBaseDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, EntityManager entities,
            TrainingBases bases, Scorecards scorecards, Measures measures, ReferenceData reference,
            UserManagement users, FieldCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.entities = entities;
        this.bases = bases;
        this.scorecards = scorecards;
        this.measures = measures;
        this.reference = reference;
        this.users = users;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "training-bases";
    }

    @Override
    public int order() {
        return 30;
    }

    private record Host(long id, String name, String type, String regionCode) {
    }

    @Override
    public void contribute(DemoProperties demo) {
        DemoTexts texts = DemoTexts.load("training/base-demo.properties");
        Random random = new Random(demo.seed() + 30);
        transaction.executeWithoutResult(status -> {
            Map<String, List<Host>> hosts = hosts();
            if (hosts.isEmpty()) {
                return; // no registry demo: nothing to host a base
            }
            List<Division> provinces = reference.provinces().stream().filter(Division::isMainland).toList();
            Set<String> names = new HashSet<>();
            List<TrainingBase> national = nationalBases(random, provinces, hosts, names, texts);
            List<TrainingBase> local = localBases(random, provinces, hosts, names, texts);
            history(random, national, texts, true);
            history(random, local, texts, false);
            bases.saveAll(national);
            bases.saveAll(local);
            bases.flush();
            managers(national, local, provinces);
            scorecard(texts);
            audit.record(AuditEvent.of(AuditAction.CREATE, "DemoData", null)
                    .message("audit.detail.demoTrainingBases", national.size(), local.size()));
        });
    }

    /** The organisations that may host a base, by province, hosts of the preferred kinds first. */
    private Map<String, List<Host>> hosts() {
        Map<String, List<Host>> byProvince = new HashMap<>();
        jdbc.query("""
                select id, name, type, region_code from organisation
                where merged_into_id is null and verified and type = any(?) order by id""", ps -> ps.setArray(1,
                ps.getConnection().createArrayOf("varchar", HOST_TYPES.toArray())), rs -> {
                    Host host = new Host(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    byProvince.computeIfAbsent(host.regionCode().substring(0, 2) + "0000", k -> new ArrayList<>())
                            .add(host);
                });
        byProvince.values().forEach(list -> list.sort((a, b) -> Integer.compare(HOST_TYPES.indexOf(a.type()),
                HOST_TYPES.indexOf(b.type()))));
        return byProvince;
    }

    private List<TrainingBase> nationalBases(Random random, List<Division> provinces, Map<String, List<Host>> hosts,
            Set<String> names, DemoTexts texts) {
        List<String> codes = new ArrayList<>(LARGEST);
        List<String> others = new ArrayList<>(provinces.stream().map(Division::code).filter(c -> !LARGEST.contains(c))
                .toList());
        Collections.shuffle(others, random);
        codes.addAll(LARGEST);
        codes.addAll(others.subList(0, Math.min(14, others.size())));
        List<TrainingBase> result = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        int notice = 10;
        for (String province : codes) {
            List<Host> candidates = hosts.getOrDefault(province, List.of());
            int index = used.merge(province, 1, Integer::sum) - 1;
            if (candidates.size() <= index) {
                continue;
            }
            // the best hosts of the province: universities and IP academies come first
            Host host = candidates.get(index);
            String name = texts.format("national.name", host.name());
            if (!names.add(name)) {
                continue;
            }
            LocalDate designated = designationDate(random);
            TrainingBase base = new TrainingBase(name, BaseLevel.NATIONAL, host.regionCode(),
                    entities.getReference(Organisation.class, host.id()), designated,
                    texts.format("national.basis", String.valueOf(designated.getYear()), String.valueOf(notice++)),
                    new Decider(null, texts.get("decider.national")));
            describe(random, base, host, texts);
            result.add(base);
        }
        return result;
    }

    private List<TrainingBase> localBases(Random random, List<Division> provinces, Map<String, List<Host>> hosts,
            Set<String> names, DemoTexts texts) {
        List<TrainingBase> result = new ArrayList<>();
        for (Division province : provinces) {
            // most provinces, not all: about one in eight has designated none yet
            if (random.nextInt(8) == 0) {
                continue;
            }
            List<Host> candidates = new ArrayList<>(hosts.getOrDefault(province.code(), List.of()));
            Collections.shuffle(candidates, random);
            int count = 2 + random.nextInt(3);
            int number = 1;
            for (Host host : candidates) {
                if (count == 0) {
                    break;
                }
                String name = texts.format("local.name", province.shortNameZh(), host.name());
                if (!names.add(name)) {
                    continue;
                }
                LocalDate designated = designationDate(random);
                TrainingBase base = new TrainingBase(name, BaseLevel.LOCAL, host.regionCode(),
                        entities.getReference(Organisation.class, host.id()), designated,
                        texts.format("local.basis", province.shortNameZh(), String.valueOf(designated.getYear()),
                                String.valueOf(number++)),
                        new Decider(null, texts.format("decider.local", province.nameZh())));
                describe(random, base, host, texts);
                result.add(base);
                count--;
            }
        }
        return result;
    }

    private static LocalDate designationDate(Random random) {
        return LocalDate.of(2021, 3, 1).plusDays(random.nextInt(365 * 4 + 120));
    }

    /** Specialities (one or two teams, a few of their categories), contact and description. */
    private void describe(Random random, TrainingBase base, Host host, DemoTexts texts) {
        List<Term> teams = new ArrayList<>(reference.terms(TaxonomyKind.TEAM));
        Collections.shuffle(teams, random);
        Set<Speciality> specialities = new LinkedHashSet<>();
        List<String> teamNames = new ArrayList<>();
        for (Term team : teams.subList(0, 1 + random.nextInt(2))) {
            specialities.add(new Speciality(TaxonomyKind.TEAM, team.code()));
            teamNames.add(team.nameZh());
            List<Term> categories = new ArrayList<>(reference.children(TaxonomyKind.CATEGORY, team.code()));
            Collections.shuffle(categories, random);
            categories.stream().limit(1 + random.nextInt(3))
                    .forEach(c -> specialities.add(new Speciality(TaxonomyKind.CATEGORY, c.code())));
        }
        base.specialise(specialities);
        String surnames = texts.get("contact.surnames");
        String[] given = texts.get("contact.given").split(",");
        String contact = surnames.charAt(random.nextInt(surnames.length())) + given[random.nextInt(given.length)];
        String region = reference.regionName(host.regionCode(), Locale.CHINESE).replace(" ", "");
        base.updateContact(texts.format("address", region, host.name()), contact,
                texts.format("description", host.name(), String.join(texts.get("separator"), teamNames)));
        base.changePhone(String.format("1%d%09d", 3 + random.nextInt(7), random.nextInt(1_000_000_000)), cipher);
    }

    /**
     * The status history: a few bases on probation after an assessment (one of them restored since), one under
     * review, one revoked; the rest as designated.
     */
    private void history(Random random, List<TrainingBase> list, DemoTexts texts, boolean national) {
        List<TrainingBase> older = new ArrayList<>(list.stream()
                .filter(b -> b.getDesignatedOn().isBefore(LocalDate.of(2023, 6, 1))).toList());
        Collections.shuffle(older, random);
        Decider decider = national ? new Decider(null, texts.get("decider.national")) : null;
        int probation = national ? 3 : 4;
        for (int i = 0; i < older.size() && i < probation + 3; i++) {
            TrainingBase base = older.get(i);
            Decider by = decider != null ? decider : new Decider(null, texts.format("decider.local",
                    reference.division(base.getProvinceCode()).map(Division::nameZh).orElse("")));
            LocalDate on2024 = LocalDate.of(2024, 3, 10 + random.nextInt(15));
            if (i < probation) {
                base.changeStatus(BaseStatus.PROBATION, on2024, texts.format("reason.probation", "2023"), by, null);
            } else if (i == probation) {
                // on probation, then restored after the next year's check
                base.changeStatus(BaseStatus.PROBATION, on2024, texts.format("reason.probation", "2023"), by, null);
                base.changeStatus(BaseStatus.DESIGNATED, LocalDate.of(2025, 3, 20), texts.format("reason.restored",
                        "2024"), by, null);
            } else if (i == probation + 1) {
                base.changeStatus(BaseStatus.UNDER_REVIEW, LocalDate.of(2025, 9, 8), texts.get(
                        "reason.underReview"), by, null);
            } else {
                base.changeStatus(BaseStatus.PROBATION, on2024, texts.format("reason.probation", "2023"), by, null);
                base.changeStatus(BaseStatus.REVOKED, LocalDate.of(2025, 3, 25), texts.get("reason.revoked"),
                        by, null);
            }
        }
    }

    /** Each province's demo manager manages one base there: a local one if the province has any, else national. */
    private void managers(List<TrainingBase> national, List<TrainingBase> local, List<Division> provinces) {
        for (Division province : provinces) {
            String username = "base." + province.iso3166().substring(3).toLowerCase(Locale.ROOT);
            UserSummary manager = users.findByUsername(username).orElse(null);
            if (manager == null) {
                continue;
            }
            TrainingBase managed = first(local, province.code());
            if (managed == null) {
                managed = first(national, province.code());
            }
            if (managed != null) {
                managed.assignManagers(Set.of(manager.id()));
            }
        }
    }

    private static TrainingBase first(List<TrainingBase> list, String provinceCode) {
        return list.stream().filter(b -> b.getProvinceCode().equals(provinceCode) && b.getStatus().isActive())
                .findFirst().orElse(null);
    }

    /** The 2025 scorecard: every measure the platform has, and two items scored by demo experts. */
    private void scorecard(DemoTexts texts) {
        Set<Long> reviewers = new LinkedHashSet<>();
        REVIEWERS.forEach(name -> users.findByUsername(name).ifPresent(u -> reviewers.add(u.id())));
        List<BaseMeasure> computed = measures.all().stream().limit(5).toList();
        List<ItemSpec> items = new ArrayList<>();
        int reviewedWeight = computed.isEmpty() || reviewers.isEmpty() ? 50 : 20;
        int computedTotal = reviewers.isEmpty() ? 100 : 100 - 2 * reviewedWeight;
        for (int i = 0; i < computed.size(); i++) {
            int weight = computedTotal / computed.size() + (i < computedTotal % computed.size() ? 1 : 0);
            BaseMeasure measure = computed.get(i);
            items.add(new ItemSpec(null, ItemKind.COMPUTED, weight, measure.code(), measure.typicalFullMarks(),
                    Set.of()));
        }
        if (!reviewers.isEmpty()) {
            items.add(new ItemSpec(texts.get("item.faculty"), ItemKind.REVIEWED, reviewedWeight, null, null,
                    reviewers));
            items.add(new ItemSpec(texts.get("item.conditions"), ItemKind.REVIEWED, reviewedWeight, null,
                    null, reviewers));
        }
        if (items.isEmpty()) {
            return;
        }
        Scorecard card = new Scorecard(2025);
        card.configure(BigDecimal.valueOf(80), BigDecimal.valueOf(60), items);
        scorecards.save(card);
    }


}
