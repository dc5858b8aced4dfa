package org.iptalent.expert.draw;

import java.time.Instant;

import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.shared.PageRequests;
import org.iptalent.shared.RegionScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draws made by the administrations of the user's region, newest first: the same draws {@link ExpertDraws#get}
 * lets the user open (an auditor's region is the whole country).
 */
@Service
public class DrawList {

    public static final int PAGE_SIZE = 20;

    private final Draws draws;

    DrawList(Draws draws) {
        this.draws = draws;
    }

    /** A line of the list: enough to tell draws apart and open one. */
    public record Row(long id, String matter, MatterKind matterKind, String regionCode, int eligibleCount,
            Long redrawOf, Instant drawnAt) {
    }

    @Transactional(readOnly = true)
    public Page<Row> page(int page) {
        RegionScope scope = ExpertDraws.overseen();
        Specification<Draw> spec = scope.specification("regionCode");
        PageRequest request = PageRequests.clamped(page, PAGE_SIZE, PageRequests.DATABASE_WINDOW,
                Sort.by(Sort.Order.desc("drawnAt"), Sort.Order.desc("id")));
        return PageRequests.withinResults(request, r -> draws.findAll(spec, r)).map(d -> new Row(d.getId(),
                d.getMatter(), d.getMatterKind(), d.getRegionCode(), d.getEligibleCount(), d.getRedrawOf(),
                d.getDrawnAt()));
    }
}
