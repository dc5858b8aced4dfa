package org.iptalent.expert.demo;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.iptalent.expert.thinktank.ReportInput;
import org.iptalent.expert.thinktank.ReportRecords;
import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.iptalent.expert.thinktank.ThinkTankInput;
import org.iptalent.expert.thinktank.ThinkTankMembers;
import org.iptalent.expert.thinktank.ThinkTankRecords;
import org.iptalent.expert.thinktank.ThinkTankViews.Detail;
import org.iptalent.expert.thinktank.ThinkTankViews.Member;
import org.iptalent.expert.thinktank.ThinkTankViews.MemberRole;
import org.iptalent.expert.thinktank.TopicInput;
import org.iptalent.expert.thinktank.TopicRecords;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.platform.demo.DemoTexts;
import org.iptalent.platform.pdf.PdfDocuments;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The demo's think tanks, founded through the services as the demo's national administrator: a dozen, each in a
 * province with appointed experts of its own (a lead and a few members), two research topics at different stages, and
 * for every other think tank a report with a small real PDF. Runs after the expert pool (45), whose experts it uses.
 */
@Component
class ThinkTankDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(ThinkTankDemoData.class);
    private static final DemoTexts TEXTS = DemoTexts.load("expert/demo/think-tank-demo.properties");
    private static final int THINK_TANKS = 12;
    private static final String ADMINISTRATOR = "national";

    private final JdbcTemplate jdbc;
    private final ThinkTankRecords thinkTanks;
    private final ThinkTankMembers members;
    private final TopicRecords topics;
    private final ReportRecords reports;
    private final PdfDocuments pdfs;
    private final ReferenceData reference;
    private final UserManagement users;
    private final Clock clock;

    ThinkTankDemoData(JdbcTemplate jdbc, ThinkTankRecords thinkTanks, ThinkTankMembers members, TopicRecords topics,
            ReportRecords reports, PdfDocuments pdfs, ReferenceData reference, UserManagement users, Clock clock) {
        this.jdbc = jdbc;
        this.thinkTanks = thinkTanks;
        this.members = members;
        this.topics = topics;
        this.reports = reports;
        this.pdfs = pdfs;
        this.reference = reference;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "think-tanks";
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public void contribute(DemoProperties demo) {
        contribute(demo, ADMINISTRATOR, THINK_TANKS);
    }

    /** Up to {@code count} think tanks founded by {@code administrator}; their ids (none without the account). */
    List<Long> contribute(DemoProperties demo, String administrator, int count) {
        Optional<UserSummary> national = users.findByUsername(administrator);
        if (national.isEmpty()) {
            return List.of();
        }
        long started = System.nanoTime();
        Random random = new Random(demo.seed() + 46);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserSummary user = national.get();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new CurrentUser(user.id(),
                user.username(), user.displayName(), user.roles(), user.regionCode()), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            List<Long> made = new ArrayList<>();
            List<Map.Entry<String, List<Long>>> provinces = new ArrayList<>(appointedByProvince().entrySet());
            for (int i = 0; i < provinces.size() && made.size() < count; i++) {
                try {
                    made.add(found(random, made.size(), provinces.get(i).getKey(), provinces.get(i).getValue()));
                } catch (ConflictException nameTaken) {
                    log.info("Demo think tank left out, its name is taken: {}", nameTaken.arguments());
                }
            }
            log.info("Demo think tanks: {} in {} ms", made.size(), (System.nanoTime() - started) / 1_000_000);
            return made;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The appointed experts (not blacklisted) of each province that has at least three, the largest first. */
    private Map<String, List<Long>> appointedByProvince() {
        Map<String, List<Long>> byProvince = new LinkedHashMap<>();
        jdbc.query("""
                select province_code, id from (
                  select province_code, id, count(*) over (partition by province_code) as appointed
                  from expert where status = 'APPOINTED' and not blacklisted) e
                where appointed >= 3 order by appointed desc, province_code, id""", rs -> {
            byProvince.computeIfAbsent(rs.getString(1), p -> new ArrayList<>()).add(rs.getLong(2));
        });
        return byProvince;
    }

    private long found(Random random, int index, String province, List<Long> experts) {
        LocalDate today = LocalDate.now(clock);
        String provinceName = reference.regionName(province, Locale.CHINESE);
        List<String> names = TEXTS.numbered("name");
        Detail thinkTank = thinkTanks.create(new ThinkTankInput(
                TEXTS.format("name." + (index % names.size() + 1), provinceName), province, null,
                TEXTS.format("description", provinceName), today.minusYears(2 + random.nextInt(8))));
        int size = Math.min(experts.size(), 3 + random.nextInt(4));
        List<Member> added = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long expert = experts.get((index * 7 + i) % experts.size());
            if (added.stream().anyMatch(m -> m.expertId() == expert)) {
                continue;
            }
            added.add(members.add(thinkTank.id(), expert, i == 0 ? MemberRole.LEAD : MemberRole.MEMBER,
                    today.minusMonths(6 + random.nextInt(36))));
        }
        List<String> subjects = TEXTS.numbered("topic");
        List<Long> topicIds = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            String title = subjects.get((index * 2 + t) % subjects.size());
            long topic = topics.propose(thinkTank.id(), new TopicInput(title, TEXTS.get("topicDescription"),
                    today.minusMonths(3 + random.nextInt(24)), null, added.get(t % added.size()).id()));
            topicIds.add(topic);
            // the first topic is completed, the second ongoing or still proposed
            int steps = t == 0 ? 2 : random.nextInt(2);
            for (State state = State.ONGOING; steps > 0; steps--, state = state.next()) {
                long version = jdbc.queryForObject("select version from research_topic where id = ?", Long.class,
                        topic);
                topics.moveTo(thinkTank.id(), topic, version, state);
            }
        }
        if (index % 2 == 0) {
            String subject = subjects.get(index * 2 % subjects.size());
            String title = TEXTS.format("report.title", subject);
            byte[] pdf = pdfs.render(PdfDocuments.xhtml(Locale.CHINESE, title, "",
                    "<h1>" + PdfDocuments.escape(title) + "</h1><p>" + PdfDocuments.escape(TEXTS.get("report.body"))
                            + "</p>"), Locale.CHINESE);
            reports.publish(thinkTank.id(), new ReportInput(title, TEXTS.format("report.abstract", subject),
                    topicIds.get(0), today.minusDays(10 + random.nextInt(300))), new Upload(title + ".pdf", pdf));
        }
        return thinkTank.id();
    }

    /** A generated file handed to the report service as an upload. */
    private record Upload(String name, byte[] content) implements MultipartFile {

        @Override
        public String getName() {
            return "file";
        }

        @Override
        public String getOriginalFilename() {
            return name;
        }

        @Override
        public String getContentType() {
            return "application/pdf";
        }

        @Override
        public boolean isEmpty() {
            return content.length == 0;
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public byte[] getBytes() {
            return content.clone();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public void transferTo(File dest) {
            throw new UnsupportedOperationException("a demo upload is read, never moved");
        }
    }
}
