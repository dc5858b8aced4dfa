package org.iptalent.registry.internal.indicators;

import org.iptalent.planning.IndicatorSource;
import org.iptalent.planning.IndicatorUnit;

/** A share of regions the public-service team's talents cover, in percent, at the end of any day. */
abstract class PublicServiceCoverage implements IndicatorSource {

    final PublicServiceTalents talents;
    final IndicatorRegions regions;

    PublicServiceCoverage(PublicServiceTalents talents, IndicatorRegions regions) {
        this.talents = talents;
        this.regions = regions;
    }

    @Override
    public IndicatorUnit unit() {
        return IndicatorUnit.PERCENT;
    }

    @Override
    public boolean dated() {
        return true;
    }

    @Override
    public String toString() {
        return code();
    }
}
