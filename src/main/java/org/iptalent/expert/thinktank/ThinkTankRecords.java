package org.iptalent.expert.thinktank;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.thinktank.ThinkTankViews.Choice;
import org.iptalent.expert.thinktank.ThinkTankViews.Detail;
import org.iptalent.expert.thinktank.ThinkTankViews.Member;
import org.iptalent.expert.thinktank.ThinkTankViews.Profile;
import org.iptalent.expert.thinktank.ThinkTankViews.Sheet;
import org.iptalent.expert.thinktank.ThinkTankViews.Report;
import org.iptalent.expert.thinktank.ThinkTankViews.Summary;
import org.iptalent.expert.thinktank.ThinkTankViews.Topic;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.platform.file.UploadedFiles.FileInfo;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.ConflictException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Think tanks kept by the administrators of their region (national ones by national administrators): created,
 * described, listed and read with their members, topics and reports. Any think tank outside the user's region is not
 * found; every change is audited.
 */
@Service
public class ThinkTankRecords {

    public static final String ENTITY = "ThinkTank";
    /** The longest name filter of the list. */
    static final int MAX_FILTER = 100;
    /** How many members, topics and reports a think tank's page shows at once. */
    public static final int MEMBERS_PAGE = 20;
    public static final int TOPICS_PAGE = 10;
    public static final int REPORTS_PAGE = 10;
    /** A think tank's topics as its page lists them: the latest begun first. */
    static final Sort TOPIC_ORDER = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"));
    /** A think tank's reports as its page lists them: the latest published first. */
    static final Sort REPORT_ORDER = Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("id"));

    private final ThinkTanks thinkTanks;
    private final ResearchTopics topics;
    private final ThinkTankReports reports;
    private final ThinkTankMembers members;
    private final OrganisationRecords organisations;
    private final ReferenceData reference;
    private final UploadedFiles files;
    private final ReportIndexer indexer;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ThinkTankRecords(ThinkTanks thinkTanks, ResearchTopics topics, ThinkTankReports reports, ThinkTankMembers members,
            OrganisationRecords organisations, ReferenceData reference, UploadedFiles files, ReportIndexer indexer,
            JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.thinkTanks = thinkTanks;
        this.topics = topics;
        this.reports = reports;
        this.members = members;
        this.organisations = organisations;
        this.reference = reference;
        this.files = files;
        this.indexer = indexer;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Detail create(ThinkTankInput input) {
        CurrentUser user = ExpertRecords.requireAdministrator();
        String region = check(input, user, null);
        ThinkTank thinkTank;
        try {
            thinkTank = thinkTanks.saveAndFlush(new ThinkTank(input, region));
        } catch (DataIntegrityViolationException raced) {
            throw new ConflictException("thinktank.nameTaken", input.name().strip());
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, thinkTank.getId()).region(region)
                .changes(Changes.of().field("name", null, thinkTank.getName())
                        .field("hostOrganisationId", null, thinkTank.getHostOrganisationId())));
        return detail(thinkTank);
    }

    /** Describes a think tank anew (its region stays); a rename re-indexes its reports. */
    @Transactional
    public Detail describe(long id, long expectedVersion, ThinkTankInput input) {
        CurrentUser user = ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = visible(id);
        if (thinkTank.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ThinkTank.class, id);
        }
        check(new ThinkTankInput(input.name(), thinkTank.getRegionCode(), input.hostOrganisationId(),
                input.description(), input.foundedOn()), user, thinkTank);
        String before = thinkTank.getName();
        thinkTank.describe(input);
        thinkTanks.saveAndFlush(thinkTank);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(thinkTank.getRegionCode())
                .changes(Changes.of().field("name", before, thinkTank.getName())));
        if (!before.equals(thinkTank.getName())) {
            indexer.replaceAfterCommit(reports.ofThinkTank(id).stream().map(ThinkTankReport::getId).toList());
        }
        return detail(thinkTank);
    }

    /** A page of the think tanks in the user's region whose name contains the filter, by name. */
    @Transactional(readOnly = true)
    public Page<Summary> list(String filter, int page, int size) {
        ExpertRecords.requireAdministrator();
        String q = ThinkTankRules.blankToNull(filter);
        List<Problem> problems = new ArrayList<>();
        ThinkTankRules.text(problems, "q", q, MAX_FILTER, false);
        ReportCriteria.checkPage(problems, page, size);
        ThinkTankRules.throwIfAny(problems);
        String like = q == null ? "%" : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String pattern = RegionScope.current().likePattern();
        long total = jdbc.queryForObject("select count(*) from think_tank where region_code like ? and name like ?",
                Long.class, pattern, like);
        List<Summary> rows = jdbc.query("""
                select t.id, t.name, t.region_code, o.name,
                       (select count(*) from think_tank_member m where m.think_tank_id = t.id and m.until is null),
                       (select count(*) from research_topic r where r.think_tank_id = t.id),
                       (select count(*) from think_tank_report r where r.think_tank_id = t.id)
                from think_tank t left join organisation o on o.id = t.host_organisation_id
                where t.region_code like ? and t.name like ? order by t.name, t.id limit ? offset ?""",
                (rs, n) -> new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getInt(6), rs.getInt(7)), pattern, like, size, (long) page * size);
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /** The names of these think tanks that lie in the user's region, by id (a facet's labels). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select id, name from think_tank where id = any(?) and region_code like ?",
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    }, ids.toArray(Long[]::new), RegionScope.current().likePattern());
        }
        return names;
    }

    @Transactional(readOnly = true)
    public Detail get(long id) {
        ExpertRecords.requireAdministrator();
        return detail(visible(id));
    }

    /** The think tank, if the user's region includes it; otherwise not found. */
    ThinkTank visible(long id) {
        return visible(thinkTanks, id);
    }

    static ThinkTank visible(ThinkTanks thinkTanks, long id) {
        ThinkTank thinkTank = thinkTanks.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        return RegionScope.current().check(thinkTank, ENTITY, id);
    }

    private String check(ThinkTankInput input, CurrentUser user, ThinkTank existing) {
        List<Problem> problems = new ArrayList<>();
        ThinkTankRules.text(problems, "name", input.name(), ThinkTankRules.NAME, true);
        ThinkTankRules.text(problems, "description", input.description(), ThinkTankRules.DESCRIPTION, false);
        ThinkTankRules.notFuture(problems, "foundedOn", input.foundedOn(), LocalDate.now(clock));
        String region = ThinkTankRules.blankToNull(input.regionCode());
        if (region == null) {
            problems.add(new Problem("regionCode", "field.required"));
        } else if (ThinkTank.NATIONAL.equals(region)) {
            if (!user.scope().isNational()) {
                problems.add(new Problem("regionCode", "thinktank.regionOutsideScope", List.of(region)));
            }
        } else {
            reference.checkRegion("regionCode", region).ifPresent(problems::add);
            if (!user.scope().includes(region)) {
                problems.add(new Problem("regionCode", "thinktank.regionOutsideScope", List.of(region)));
            }
        }
        if (input.hostOrganisationId() != null) {
            List<Organisation> found = organisations.parties(List.of(input.hostOrganisationId()));
            Organisation host = found.stream().filter(o -> o.getId().equals(input.hostOrganisationId())).findFirst()
                    .orElse(null);
            if (host == null) {
                problems.add(new Problem("hostOrganisationId", "thinktank.hostUnknown",
                        List.of(String.valueOf(input.hostOrganisationId()))));
            } else if (host.getMergedIntoId() != null) {
                problems.add(new Problem("hostOrganisationId", "thinktank.hostMerged",
                        List.of(String.valueOf(host.getMergedIntoId()))));
            }
        }
        ThinkTankRules.throwIfAny(problems);
        String name = input.name().strip();
        if ((existing == null || !existing.getName().equals(name)) && thinkTanks.existsByName(name)) {
            throw new ConflictException("thinktank.nameTaken", name);
        }
        return region;
    }

    Detail detail(ThinkTank thinkTank) {
        long id = thinkTank.getId();
        List<Member> memberList = members.of(id);
        Map<Long, String> leadNames = new java.util.HashMap<>();
        memberList.forEach(m -> leadNames.put(m.id(), m.name()));
        List<Topic> topicList = topics.findByThinkTankIdOrderByStartsOnDescIdDesc(id).stream()
                .map(t -> topic(t, leadNames)).toList();
        return new Detail(id, thinkTank.getVersion(), thinkTank.getName(), thinkTank.getRegionCode(),
                thinkTank.getHostOrganisationId(), hostName(thinkTank), thinkTank.getDescription(),
                thinkTank.getFoundedOn(), memberList, topicList, reports(reports.ofThinkTank(id)));
    }

    /**
     * A think tank's page: its profile and a page of each of its lists (members, topics, reports: each may grow to
     * hundreds), with what its forms choose from (the current members who may lead a topic, the topics a report
     * belongs to).
     */
    @Transactional(readOnly = true)
    public Sheet sheet(long id, int memberPage, int topicPage, int reportPage) {
        ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = visible(id);
        Page<Member> memberRows = PageRequests.withinResults(PageRequests.clamped(memberPage, MEMBERS_PAGE,
                PageRequests.DATABASE_WINDOW, Sort.unsorted()), r -> members.page(id, r));
        Page<ResearchTopic> topicRows = PageRequests.withinResults(PageRequests.clamped(topicPage, TOPICS_PAGE,
                PageRequests.DATABASE_WINDOW, TOPIC_ORDER), r -> topics.findByThinkTankId(id, r));
        Map<Long, String> leadNames = members.names(id, topicRows.getContent().stream()
                .map(ResearchTopic::getLeadMemberId).filter(java.util.Objects::nonNull).toList());
        Page<ThinkTankReport> reportRows = PageRequests.withinResults(PageRequests.clamped(reportPage, REPORTS_PAGE,
                PageRequests.DATABASE_WINDOW, REPORT_ORDER), r -> reports.ofThinkTank(id, r));
        List<Choice> topicChoices = topics.findByThinkTankIdOrderByStartsOnDescIdDesc(id).stream()
                .map(t -> new Choice(t.getId(), t.getTitle())).toList();
        return new Sheet(new Profile(id, thinkTank.getName(), thinkTank.getRegionCode(), hostName(thinkTank),
                thinkTank.getDescription(), thinkTank.getFoundedOn()), memberRows,
                topicRows.map(t -> topic(t, leadNames)),
                new PageImpl<>(reports(reportRows.getContent()), reportRows.getPageable(),
                        reportRows.getTotalElements()), members.leads(id), topicChoices);
    }

    /**
     * The page of the think tank's reports (as its page lists them) that holds this report, for a search hit's
     * link; the first when the think tank holds no such report.
     */
    @Transactional(readOnly = true)
    public int reportPage(long id, long reportId) {
        ExpertRecords.requireAdministrator();
        visible(id);
        long before = jdbc.queryForObject("""
                select count(*) from think_tank_report r join think_tank_report x on x.think_tank_id = r.think_tank_id
                where x.id = ? and x.think_tank_id = ?
                  and (r.published_on > x.published_on or (r.published_on = x.published_on and r.id > x.id))""",
                Long.class, reportId, id);
        return (int) (before / REPORTS_PAGE);
    }

    private String hostName(ThinkTank thinkTank) {
        return thinkTank.getHostOrganisationId() == null ? null
                : organisations.parties(List.of(thinkTank.getHostOrganisationId())).stream()
                        .filter(o -> o.getId().equals(thinkTank.getHostOrganisationId())).map(Organisation::getName)
                        .findFirst().orElse(null);
    }

    private static Topic topic(ResearchTopic t, Map<Long, String> leadNames) {
        return new Topic(t.getId(), t.getVersion(), t.getTitle(), t.getDescription(), t.getStartsOn(),
                t.getEndsOn(), t.getState(), t.getLeadMemberId(),
                t.getLeadMemberId() == null ? null : leadNames.get(t.getLeadMemberId()));
    }

    /** The reports as shown, each with its topic's title and its file described. */
    private List<Report> reports(List<ThinkTankReport> rows) {
        Map<Long, FileInfo> fileInfo = files.describe(rows.stream().map(ThinkTankReport::getFileId).toList())
                .stream().collect(Collectors.toMap(FileInfo::id, Function.identity()));
        return rows.stream().map(r -> {
            ResearchTopic topic = r.getTopic();
            FileInfo file = fileInfo.get(r.getFileId());
            return new Report(r.getId(), r.getTitle(), r.getAbstractText(), topic == null ? null : topic.getId(),
                    topic == null ? null : topic.getTitle(), r.getPublishedOn(), file == null ? null : file.name(),
                    file == null ? 0 : file.size());
        }).toList();
    }
}
