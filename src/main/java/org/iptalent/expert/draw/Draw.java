package org.iptalent.expert.draw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.shared.RegionScoped;

/**
 * A draw as it was made, never changed afterwards: the matter and its rules, the seed, every requirement's eligible
 * list as it stood (ascending ids, one line per requirement) and the method's name. Enough to replay it.
 */
@Entity
@Table(name = "expert_draw")
public class Draw implements RegionScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private String matter;
    @Enumerated(EnumType.STRING)
    @Column(name = "matter_kind")
    private MatterKind matterKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "region_rule")
    private RegionRule regionRule;
    /** The drawing administration's region: who sees the draw. */
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "local_region_code")
    private String localRegionCode;
    @Column(name = "party_organisation_ids")
    private String partyOrganisationIds;
    /** One line per requirement: category, IPC class (may be empty) and count, separated by '|'. */
    private String requirements;
    private int reserves;
    @Column(name = "max_recent_draws")
    private Integer maxRecentDraws;
    @Column(name = "recent_months")
    private Integer recentMonths;
    private String seed;
    private String algorithm;
    /** One line per requirement: the eligible experts' ids, ascending, comma-separated. */
    private String eligible;
    @Column(name = "eligible_count")
    private int eligibleCount;
    @Column(name = "redraw_of")
    private Long redrawOf;
    @Column(name = "redraw_reason")
    private String redrawReason;
    @Column(name = "drawn_by")
    private long drawnBy;
    @Column(name = "drawn_at")
    private Instant drawnAt;

    protected Draw() {
    }

    Draw(DrawRequest request, String matter, String regionCode, String seed, List<List<Long>> eligible, int reserves,
            long drawnBy, Instant drawnAt) {
        this.matter = matter;
        this.matterKind = request.matterKind();
        this.regionRule = request.regionRule();
        this.regionCode = regionCode;
        this.localRegionCode = request.localRegionCode();
        this.partyOrganisationIds = String.join(",",
                request.partyOrganisationIds().stream().sorted().map(String::valueOf).toList());
        this.requirements = String.join("\n", request.requirements().stream()
                .map(r -> r.category() + "|" + (r.ipcClass() == null ? "" : r.ipcClass()) + "|" + r.count()).toList());
        this.reserves = reserves;
        this.maxRecentDraws = request.maxRecentDraws();
        this.recentMonths = request.recentMonths();
        this.seed = seed;
        this.algorithm = DrawSampler.ALGORITHM;
        this.eligible = String.join("\n", eligible.stream()
                .map(ids -> String.join(",", ids.stream().map(String::valueOf).toList())).toList());
        this.eligibleCount = (int) eligible.stream().flatMap(List::stream).distinct().count();
        this.redrawOf = request.redrawOf();
        this.redrawReason = request.redrawReason();
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public List<Requirement> requirementList() {
        return Arrays.stream(requirements.split("\n")).map(line -> line.split("\\|", -1))
                .map(p -> new Requirement(p[0], p[1].isEmpty() ? null : p[1], Integer.valueOf(p[2]))).toList();
    }

    public List<List<Long>> eligibleLists() {
        List<List<Long>> lists = new ArrayList<>();
        for (String line : eligible.split("\n", -1)) {
            lists.add(line.isEmpty() ? List.of() : Arrays.stream(line.split(",")).map(Long::valueOf).toList());
        }
        return lists;
    }

    public List<Long> parties() {
        return partyOrganisationIds.isEmpty() ? List.of()
                : Arrays.stream(partyOrganisationIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getMatter() {
        return matter;
    }

    public MatterKind getMatterKind() {
        return matterKind;
    }

    public RegionRule getRegionRule() {
        return regionRule;
    }

    @Override
    public String getRegionCode() {
        return regionCode;
    }

    public String getLocalRegionCode() {
        return localRegionCode;
    }

    public int getReserves() {
        return reserves;
    }

    public Integer getMaxRecentDraws() {
        return maxRecentDraws;
    }

    public Integer getRecentMonths() {
        return recentMonths;
    }

    public String getSeed() {
        return seed;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public int getEligibleCount() {
        return eligibleCount;
    }

    public Long getRedrawOf() {
        return redrawOf;
    }

    public String getRedrawReason() {
        return redrawReason;
    }

    public long getDrawnBy() {
        return drawnBy;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }
}
