package org.iptalent.expert.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iptalent.expert.draw.DrawRequest;
import org.iptalent.expert.draw.DrawRequest.MatterKind;
import org.iptalent.expert.draw.DrawRequest.RegionRule;
import org.iptalent.expert.draw.DrawRequest.Requirement;
import org.iptalent.expert.draw.DrawView;

/**
 * The draw form as the page binds it: up to {@value #MAX_ROWS} requirement rows (blank rows at the end are not
 * sent), the parties chosen from the search (checkboxes) or typed as ids, and the re-draw it follows if any.
 */
public class DrawForm {

    static final int MAX_ROWS = 10;
    static final int FIRST_ROWS = 3;

    private String matter;
    private MatterKind matterKind;
    private List<Row> requirements = new ArrayList<>();
    private RegionRule regionRule = RegionRule.ANY;
    private String localRegionCode;
    private List<Long> partyOrganisationIds = new ArrayList<>();
    private String partyIds;
    private Integer reserves = 2;
    private Integer maxRecentDraws;
    private Integer recentMonths;
    private Long redrawOf;
    private String redrawReason;

    /** A requirement row: a category of the taxonomy, an optional IPC class, how many experts. */
    public static class Row {
        private String category;
        private String ipcClass;
        private Integer count;

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getIpcClass() {
            return ipcClass;
        }

        public void setIpcClass(String ipcClass) {
            this.ipcClass = ipcClass;
        }

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        boolean blank() {
            return (category == null || category.isBlank()) && (ipcClass == null || ipcClass.isBlank())
                    && count == null;
        }
    }

    static DrawForm empty() {
        DrawForm form = new DrawForm();
        form.padRows(FIRST_ROWS);
        return form;
    }

    /** A re-draw's form: the matter and rules of the draw it follows, its reason still to give. */
    static DrawForm redrawOf(DrawView previous) {
        DrawForm form = new DrawForm();
        form.matter = previous.matter();
        form.matterKind = previous.matterKind();
        for (DrawView.RequirementView requirement : previous.requirements()) {
            Row row = new Row();
            row.category = requirement.category();
            row.ipcClass = requirement.ipcClass();
            row.count = requirement.count();
            form.requirements.add(row);
        }
        form.regionRule = previous.regionRule();
        form.localRegionCode = previous.localRegionCode();
        form.partyOrganisationIds = new ArrayList<>(previous.partyOrganisationIds());
        form.reserves = previous.reserves();
        form.maxRecentDraws = previous.maxRecentDraws();
        form.recentMonths = previous.recentMonths();
        form.redrawOf = previous.id();
        return form;
    }

    /** Rows up to {@code rows} (at most {@value #MAX_ROWS}), blank ones added at the end. */
    void padRows(int rows) {
        while (requirements.size() < Math.min(rows, MAX_ROWS)) {
            requirements.add(new Row());
        }
    }

    /** The parties ticked and typed, once each; a typed value that is no id is refused by the caller. */
    List<Long> parties() throws NumberFormatException {
        Set<Long> ids = new LinkedHashSet<>(partyOrganisationIds);
        if (partyIds != null) {
            for (String part : partyIds.split("[,，;；\\s]+")) {
                if (!part.isBlank()) {
                    ids.add(Long.parseLong(part.strip()));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    DrawRequest request() {
        List<Row> rows = new ArrayList<>(requirements);
        while (!rows.isEmpty() && rows.get(rows.size() - 1).blank()) {
            rows.remove(rows.size() - 1);
        }
        List<Requirement> wanted = rows.stream().map(r -> new Requirement(blankToNull(r.category),
                blankToNull(r.ipcClass), r.count)).toList();
        return new DrawRequest(matter, matterKind, wanted, regionRule, blankToNull(localRegionCode), parties(),
                reserves, maxRecentDraws, recentMonths, redrawOf, blankToNull(redrawReason));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String matter) {
        this.matter = matter;
    }

    public MatterKind getMatterKind() {
        return matterKind;
    }

    public void setMatterKind(MatterKind matterKind) {
        this.matterKind = matterKind;
    }

    public List<Row> getRequirements() {
        return requirements;
    }

    public void setRequirements(List<Row> requirements) {
        this.requirements = requirements;
    }

    public RegionRule getRegionRule() {
        return regionRule;
    }

    public void setRegionRule(RegionRule regionRule) {
        this.regionRule = regionRule;
    }

    public String getLocalRegionCode() {
        return localRegionCode;
    }

    public void setLocalRegionCode(String localRegionCode) {
        this.localRegionCode = localRegionCode;
    }

    public List<Long> getPartyOrganisationIds() {
        return partyOrganisationIds;
    }

    public void setPartyOrganisationIds(List<Long> partyOrganisationIds) {
        this.partyOrganisationIds = partyOrganisationIds == null ? new ArrayList<>() : partyOrganisationIds;
    }

    public String getPartyIds() {
        return partyIds;
    }

    public void setPartyIds(String partyIds) {
        this.partyIds = partyIds;
    }

    public Integer getReserves() {
        return reserves;
    }

    public void setReserves(Integer reserves) {
        this.reserves = reserves;
    }

    public Integer getMaxRecentDraws() {
        return maxRecentDraws;
    }

    public void setMaxRecentDraws(Integer maxRecentDraws) {
        this.maxRecentDraws = maxRecentDraws;
    }

    public Integer getRecentMonths() {
        return recentMonths;
    }

    public void setRecentMonths(Integer recentMonths) {
        this.recentMonths = recentMonths;
    }

    public Long getRedrawOf() {
        return redrawOf;
    }

    public void setRedrawOf(Long redrawOf) {
        this.redrawOf = redrawOf;
    }

    public String getRedrawReason() {
        return redrawReason;
    }

    public void setRedrawReason(String redrawReason) {
        this.redrawReason = redrawReason;
    }
}
