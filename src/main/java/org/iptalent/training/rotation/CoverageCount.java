package org.iptalent.training.rotation;

/**
 * How many members of a campaign (or of one of its regions) are trained, in progress and not yet.
 *
 * @param regionCode the region counted (a city, or a province for a national campaign); null for the whole campaign
 */
public record CoverageCount(String regionCode, long trained, long inProgress, long notYet) {

    public long members() {
        return trained + inProgress + notYet;
    }

    /** The share trained, in percent with one decimal (0 for no members). */
    public double trainedPercent() {
        return percent(trained);
    }

    public double inProgressPercent() {
        return percent(inProgress);
    }

    public double notYetPercent() {
        return percent(notYet);
    }

    CoverageCount plus(CoverageState state, long count) {
        return switch (state) {
            case TRAINED -> new CoverageCount(regionCode, trained + count, inProgress, notYet);
            case IN_PROGRESS -> new CoverageCount(regionCode, trained, inProgress + count, notYet);
            case NOT_YET -> new CoverageCount(regionCode, trained, inProgress, notYet + count);
        };
    }

    private double percent(long part) {
        long all = members();
        return all == 0 ? 0 : Math.round(part * 1000.0 / all) / 10.0;
    }
}
