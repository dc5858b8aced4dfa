package org.iptalent.expert.committee;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.iptalent.expert.committee.Consultation.State;
import org.iptalent.expert.committee.ConsultationOpinion.Position;
import org.iptalent.expert.pool.Expert;
import org.iptalent.expert.pool.Experts;
import org.iptalent.platform.file.UploadedFiles;
import org.iptalent.platform.file.UploadedFiles.FileInfo;
import org.springframework.stereotype.Component;

/** Consultations as the pages and the API show them, with the tally by position the platform computes. */
@Component
public class ConsultationViews {

    /** How many members took each position (every position present, zero or not), and how many were asked. */
    public record Tally(Map<Position, Long> byPosition, long answered, long asked) {

        public long unanswered() {
            return asked - answered;
        }
    }

    public record OpinionView(long id, long expertId, String name, String employerName, Position position,
            String text, FileInfo file, Instant answeredAt, Instant remindedAt) {

        public boolean answered() {
            return position != null;
        }
    }

    public record ConsultationView(long id, long version, long committeeId, String committeeName, String regionCode,
            String title, String question, Instant deadline, State state, String summary, Instant openedAt,
            Instant closedAt, Instant archivedAt, List<FileInfo> documents, Tally tally, List<OpinionView> opinions,
            boolean acceptsOpinions, boolean closable) {
    }

    public record ConsultationSummary(long id, long committeeId, String title, State state, Instant deadline,
            long answered, long asked, String summary) {
    }

    private final ConsultationOpinions opinions;
    private final AdvisoryCommittees committees;
    private final Experts experts;
    private final UploadedFiles files;
    private final Clock clock;

    ConsultationViews(ConsultationOpinions opinions, AdvisoryCommittees committees, Experts experts,
            UploadedFiles files, Clock clock) {
        this.opinions = opinions;
        this.committees = committees;
        this.experts = experts;
        this.files = files;
        this.clock = clock;
    }

    /** The whole consultation, every member's opinion included: the administration's view. */
    ConsultationView full(Consultation c) {
        return of(c, opinions.findByConsultationIdOrderByIdAsc(c.getId()), true);
    }

    /**
     * The consultation as the administration's page heads it: the tally counts every opinion, but the opinions
     * themselves are left out (the page reads them a page at a time: a consultation may be sent to hundreds).
     */
    ConsultationView head(Consultation c) {
        return of(c, opinions.findByConsultationIdOrderByIdAsc(c.getId()), false);
    }

    /** What a member sees: the question, the documents and only their own opinion (the tally once archived). */
    ConsultationView forMember(Consultation c, ConsultationOpinion own) {
        ConsultationView all = full(c);
        List<OpinionView> mine = all.opinions().stream().filter(o -> o.id() == own.getId()).toList();
        boolean archived = c.getState() == State.ARCHIVED;
        return new ConsultationView(all.id(), all.version(), all.committeeId(), all.committeeName(), all.regionCode(),
                all.title(), all.question(), all.deadline(), all.state(), archived ? all.summary() : null,
                all.openedAt(), all.closedAt(), all.archivedAt(), all.documents(), archived ? all.tally() : null,
                mine, all.acceptsOpinions(), false);
    }

    /** A line of a member's list: the summary only once archived (until then it is the administration's draft). */
    ConsultationSummary forMember(Consultation c, ConsultationSummary line) {
        return c.getState() == State.ARCHIVED ? line : new ConsultationSummary(line.id(), line.committeeId(),
                line.title(), line.state(), line.deadline(), line.answered(), line.asked(), null);
    }

    ConsultationSummary summary(Consultation c, List<ConsultationOpinion> rows) {
        Tally tally = tally(rows);
        return new ConsultationSummary(c.getId(), c.getCommitteeId(), c.getTitle(), c.getState(), c.getDeadline(),
                tally.answered(), tally.asked(), c.getSummary());
    }

    static Tally tally(List<ConsultationOpinion> rows) {
        Map<Position, Long> counts = new EnumMap<>(Position.class);
        for (Position p : Position.values()) {
            counts.put(p, 0L);
        }
        rows.stream().map(ConsultationOpinion::getPosition).filter(Objects::nonNull)
                .forEach(p -> counts.merge(p, 1L, Long::sum));
        long answered = rows.stream().filter(ConsultationOpinion::isAnswered).count();
        return new Tally(counts, answered, rows.size());
    }

    /** The opinions as shown, each with its member's name and its file described. */
    List<OpinionView> opinions(List<ConsultationOpinion> rows) {
        return opinions(rows, described(rows.stream().map(ConsultationOpinion::getFileId).filter(Objects::nonNull)
                .toList()));
    }

    private List<OpinionView> opinions(List<ConsultationOpinion> rows, Map<Long, FileInfo> described) {
        Map<Long, Expert> byId = experts.findAllById(rows.stream().map(ConsultationOpinion::getExpertId).toList())
                .stream().collect(Collectors.toMap(Expert::getId, Function.identity()));
        return rows.stream().map(o -> {
            Expert e = byId.get(o.getExpertId());
            return new OpinionView(o.getId(), o.getExpertId(), e == null ? null : e.getDisplayName(),
                    e == null ? null : e.getEmployerName(), o.getPosition(), o.getText(),
                    o.getFileId() == null ? null : described.get(o.getFileId()), o.getAnsweredAt(), o.getRemindedAt());
        }).toList();
    }

    private Map<Long, FileInfo> described(List<Long> fileIds) {
        return files.describe(fileIds).stream().collect(Collectors.toMap(FileInfo::id, Function.identity()));
    }

    private ConsultationView of(Consultation c, List<ConsultationOpinion> rows, boolean withOpinions) {
        List<Long> fileIds = new ArrayList<>(c.getDocumentIds());
        if (withOpinions) {
            rows.stream().map(ConsultationOpinion::getFileId).filter(Objects::nonNull).forEach(fileIds::add);
        }
        Map<Long, FileInfo> described = described(fileIds);
        List<OpinionView> views = withOpinions ? opinions(rows, described) : List.of();
        Instant now = clock.instant();
        String committeeName = committees.findById(c.getCommitteeId()).map(AdvisoryCommittee::getName).orElse(null);
        return new ConsultationView(c.getId(), c.getVersion(), c.getCommitteeId(), committeeName, c.getRegionCode(),
                c.getTitle(), c.getQuestion(), c.getDeadline(), c.getState(), c.getSummary(), c.getOpenedAt(),
                c.getClosedAt(), c.getArchivedAt(), c.getDocumentIds().stream().map(described::get)
                        .filter(Objects::nonNull).toList(), tally(rows), views, c.acceptsOpinions(now),
                c.getState() == State.OPEN && !now.isBefore(c.getDeadline()));
    }
}
