package org.iptalent.expert.thinktank;

import java.time.LocalDate;
import java.util.List;

import org.iptalent.expert.thinktank.ResearchTopic.State;
import org.springframework.data.domain.Page;

/** What the think tank pages and the API show. */
public final class ThinkTankViews {

    private ThinkTankViews() {
    }

    /** A member's role in a think tank. */
    public enum MemberRole {
        LEAD, MEMBER
    }

    /** A think tank as a list shows it, with how many current members, topics and reports it has. */
    public record Summary(long id, String name, String regionCode, String hostName, int members, int topics,
            int reports) {
    }

    /** A think tank with its members (current and past), topics and reports. */
    public record Detail(long id, long version, String name, String regionCode, Long hostOrganisationId,
            String hostName, String description, LocalDate foundedOn, List<Member> members, List<Topic> topics,
            List<Report> reports) {
    }

    /** A think tank as its page heads it. */
    public record Profile(long id, String name, String regionCode, String hostName, String description,
            LocalDate foundedOn) {
    }

    /**
     * A think tank's page: its profile, a page of each of its lists, the current members who may lead a topic and
     * the topics a report may belong to (the forms' choices).
     */
    public record Sheet(Profile profile, Page<Member> members, Page<Topic> topics, Page<Report> reports,
            List<Member> leads, List<Choice> topicChoices) {
    }

    /** An option of a form's list: an id and what it shows. */
    public record Choice(long id, String label) {
    }

    public record Member(long id, long expertId, String name, String employerName, MemberRole role, LocalDate since,
            LocalDate until) {

        public boolean current() {
            return until == null;
        }
    }

    public record Topic(long id, long version, String title, String description, LocalDate startsOn,
            LocalDate endsOn, State state, Long leadMemberId, String leadName) {

        /** The state it may move to next, or null when completed. */
        public State next() {
            return state.next();
        }
    }

    public record Report(long id, String title, String abstractText, Long topicId, String topicTitle,
            LocalDate publishedOn, String fileName, int fileSize) {
    }

    /** An expert's membership of a think tank, for the expert's profile. */
    public record Membership(long thinkTankId, String thinkTankName, MemberRole role, LocalDate since, LocalDate until) {
    }
}
