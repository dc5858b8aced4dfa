package org.iptalent.expert.thinktank;

import java.util.ArrayList;
import java.util.List;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.expert.pool.ExpertRecords;
import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A think tank's research topics: proposed with a lead among its current members, then moved on (ongoing, completed);
 * a change of state re-indexes the topic's reports, whose documents carry it as a facet.
 */
@Service
public class TopicRecords {

    public static final String ENTITY = "ResearchTopic";

    private final ThinkTanks thinkTanks;
    private final ResearchTopics topics;
    private final ThinkTankReports reports;
    private final ThinkTankMembers members;
    private final ReportIndexer indexer;
    private final AuditLog audit;

    TopicRecords(ThinkTanks thinkTanks, ResearchTopics topics, ThinkTankReports reports, ThinkTankMembers members,
            ReportIndexer indexer, AuditLog audit) {
        this.thinkTanks = thinkTanks;
        this.topics = topics;
        this.reports = reports;
        this.members = members;
        this.indexer = indexer;
        this.audit = audit;
    }

    /** Proposes a topic; its id. */
    @Transactional
    public long propose(long thinkTankId, TopicInput input) {
        ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = ThinkTankRecords.visible(thinkTanks, thinkTankId);
        List<Problem> problems = new ArrayList<>();
        ThinkTankRules.text(problems, "title", input.title(), ThinkTankRules.TITLE, true);
        ThinkTankRules.text(problems, "description", input.description(), ThinkTankRules.LONG_TEXT, false);
        ThinkTankRules.required(problems, "startsOn", input.startsOn());
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            problems.add(new Problem("endsOn", "thinktank.topic.endsBeforeStart"));
        }
        ThinkTankRules.throwIfAny(problems);
        if (input.leadMemberId() != null) {
            try {
                members.current(thinkTankId, input.leadMemberId());
            } catch (RecordNotFoundException e) {
                problems.add(new Problem("leadMemberId", "thinktank.topic.leadNotMember"));
                ThinkTankRules.throwIfAny(problems);
            }
        }
        ResearchTopic topic = topics.saveAndFlush(new ResearchTopic(thinkTankId, input.title(), input.description(),
                input.startsOn(), input.endsOn(), input.leadMemberId()));
        audit.record(AuditEvent.of(AuditAction.CREATE, ENTITY, topic.getId()).region(thinkTank.getRegionCode())
                .message("thinktank.audit.topicProposed", topic.getTitle(), thinkTank.getName()));
        return topic.getId();
    }

    /** Moves a topic on to its next state. */
    @Transactional
    public void moveTo(long thinkTankId, long topicId, long expectedVersion, State target) {
        ExpertRecords.requireAdministrator();
        ThinkTank thinkTank = ThinkTankRecords.visible(thinkTanks, thinkTankId);
        ResearchTopic topic = of(thinkTankId, topicId);
        if (topic.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ResearchTopic.class, topicId);
        }
        State before = topic.getState();
        topic.moveTo(target);
        topics.saveAndFlush(topic);
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, topicId).region(thinkTank.getRegionCode())
                .changes(Changes.of().field("state", before, topic.getState())));
        indexer.replaceAfterCommit(reports.ofTopic(topicId).stream().map(ThinkTankReport::getId).toList());
    }

    /** A topic of the think tank, or not found. */
    ResearchTopic of(long thinkTankId, long topicId) {
        return topics.findById(topicId).filter(t -> t.getThinkTankId() == thinkTankId)
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, topicId));
    }
}
