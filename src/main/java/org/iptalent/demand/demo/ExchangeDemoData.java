package org.iptalent.demand.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's exchange and assistance: pairings of developed eastern provinces and cities with less-developed western
 * ones for 2021 to 2025, in the pattern of the country's counterpart assistance (Beijing with Xinjiang, Tibet and
 * Inner Mongolia, Shanghai with Yunnan, Guangdong with Guangxi and Guizhou, and so on; illustrative, not the actual
 * agreements between IP offices), each with its goals, two or three of the assisting region's demo talents seconded,
 * and a few activities a year with their figures. Stands aside when its first pairing is there. Written directly, as
 * recorded history: some 15 pairings, 40 secondments and 200 activities, well under a second.
 */
@Component
class ExchangeDemoData implements DemoDataContributor {

    static final DemoTexts TEXTS = DemoTexts.load("demand/exchange-demo.properties");
    static final LocalDate STARTS = LocalDate.of(2021, 1, 1);
    static final LocalDate ENDS = LocalDate.of(2025, 12, 31);
    static final String[] KINDS = {"TRAINING", "CASE_ASSISTANCE", "LECTURE", "CONSULTATION", "VISIT"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ReferenceData reference;
    private final Clock clock;

    ExchangeDemoData(JdbcTemplate jdbc, TransactionTemplate transaction, ReferenceData reference, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "exchange-pairings";
    }

    @Override
    public int order() {
        return 94;
    }

    @Override
    public void contribute(DemoProperties demo) {
        Random random = new Random(demo.seed() + 94);
        List<String> goals = TEXTS.numbered("goal");
        List<String> purposes = TEXTS.numbered("purpose");
        List<String[]> pairings = TEXTS.numbered("pairing").stream().map(line -> line.split(";")).toList();
        Timestamp now = Timestamp.from(clock.instant());
        transaction.executeWithoutResult(status -> {
            if (Boolean.TRUE.equals(jdbc.queryForObject("""
                    select exists (select 1 from exchange_pairing where from_region = ? and to_region = ?
                      and starts_on = ? and goals = ?)""", Boolean.class, pairings.get(0)[1], pairings.get(0)[2],
                    Date.valueOf(STARTS), goal(goals, 0, pairings.get(0))))) {
                return; // the demo's pairings are there already
            }
            List<Object[]> secondments = new ArrayList<>();
            List<Object[]> activities = new ArrayList<>();
            java.util.Set<Long> seconded = new java.util.HashSet<>();
            for (int i = 0; i < pairings.size(); i++) {
                String[] p = pairings.get(i);
                long id = jdbc.queryForObject("""
                        insert into exchange_pairing (level, from_region, to_region, starts_on, ends_on, goals,
                          created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, p[0], p[1], p[2],
                        Date.valueOf(STARTS), Date.valueOf(ENDS), goal(goals, i, p), now, now);
                secondments.addAll(secondments(random, id, p, purposes, seconded, now));
                activities.addAll(activities(random, id, now));
            }
            jdbc.batchUpdate("""
                    insert into exchange_secondment (pairing_id, talent_id, from_region, to_region, starts_on, ends_on,
                      purpose, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", secondments);
            jdbc.batchUpdate("""
                    insert into exchange_activity (pairing_id, kind, held_on, people_trained, cases_assisted, hours,
                      note, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", activities);
        });
    }

    private String goal(List<String> goals, int index, String[] pairing) {
        return new java.text.MessageFormat(goals.get(index % goals.size()), java.util.Locale.CHINESE)
                .format(new Object[] {name(pairing[1]), name(pairing[2])});
    }

    private String name(String code) {
        return reference.division(code).map(Division::nameZh).orElse(code);
    }

    /**
     * Two or three of the assisting region's active talents, each seconded for six to eighteen months; nobody twice,
     * so that no one is in Xinjiang and Tibet at once.
     */
    private List<Object[]> secondments(Random random, long pairing, String[] p, List<String> purposes,
            java.util.Set<Long> seconded, Timestamp now) {
        String prefix = p[0].equals("PROVINCE") ? p[1].substring(0, 2) : p[1].substring(0, 4);
        List<Long> talents = jdbc.queryForList("""
                select id from talent where region_code like ? and merged_into_id is null and status = 'ACTIVE'
                order by id limit 60""", Long.class, prefix + "%");
        List<Object[]> rows = new ArrayList<>();
        List<Long> picked = new ArrayList<>(talents);
        picked.removeAll(seconded);
        int count = Math.min(picked.size(), 2 + random.nextInt(2));
        java.util.Collections.shuffle(picked, random);
        for (int i = 0; i < count; i++) {
            LocalDate start = STARTS.plusMonths(random.nextInt(42)).withDayOfMonth(1);
            LocalDate end = start.plusMonths(6 + random.nextInt(13)).minusDays(1);
            if (end.isAfter(ENDS)) {
                end = ENDS;
            }
            seconded.add(picked.get(i));
            rows.add(new Object[] {pairing, picked.get(i), p[1], p[2], Date.valueOf(start), Date.valueOf(end),
                purposes.get(random.nextInt(purposes.size())), now});
        }
        return rows;
    }

    /** Two to four activities a year, each of a kind with the figures such an activity has. */
    private static List<Object[]> activities(Random random, long pairing, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (int year = STARTS.getYear(); year <= ENDS.getYear(); year++) {
            int count = 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                String kind = KINDS[random.nextInt(KINDS.length)];
                LocalDate held = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
                int trained = switch (kind) {
                    case "TRAINING" -> 40 + random.nextInt(160);
                    case "LECTURE" -> 80 + random.nextInt(220);
                    case "VISIT" -> 10 + random.nextInt(20);
                    default -> 0;
                };
                int cases = switch (kind) {
                    case "CASE_ASSISTANCE" -> 3 + random.nextInt(18);
                    case "CONSULTATION" -> random.nextInt(6);
                    default -> 0;
                };
                int hours = switch (kind) {
                    case "TRAINING" -> 8 + random.nextInt(17);
                    case "LECTURE" -> 2 + random.nextInt(3);
                    case "CASE_ASSISTANCE" -> 16 + random.nextInt(65);
                    default -> 4 + random.nextInt(13);
                };
                rows.add(new Object[] {pairing, kind, Date.valueOf(held), trained, cases, hours,
                    TEXTS.get("note." + kind), now});
            }
        }
        return rows;
    }
}
