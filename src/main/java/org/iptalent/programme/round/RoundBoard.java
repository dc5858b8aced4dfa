package org.iptalent.programme.round;

import java.time.LocalDate;
import java.util.List;

import org.iptalent.expert.ReviewPanels.Panel;
import org.iptalent.publicnotice.PublicNoticeView;

/**
 * A round as its page shows it to one administrator: the programme, the quotas (a nominating province sees its
 * own), one page of the nominations (a province its own; the programme's administrator all; by rank when the reader
 * may see scores) with their count, the panel and the notice.
 */
public record RoundBoard(ProgrammeView programme, long roundId, int year, int places, LocalDate nominationDeadline,
        SelectionRound.State state, boolean administers, String nominatingProvince, boolean scoresVisible,
        List<QuotaRow> quotas, List<NominationRow> nominations, Panel panel, PublicNoticeView notice, int page,
        int totalPages, long nominationCount) {

    public record QuotaRow(String provinceCode, int quota, long nominated) {

        public long room() {
            return Math.max(0, quota - nominated);
        }
    }

    public record NominationRow(long id, long talentId, String name, String employerName, String provinceCode,
            String regionCode, String statement, String achievements, boolean proposed, Double mean, int scores,
            Integer rank, boolean selected, int objections) {
    }

    public boolean nominating() {
        return state == SelectionRound.State.NOMINATING;
    }
}
