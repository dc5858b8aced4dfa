package org.iptalent.registry.internal.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.iptalent.planning.IndicatorRegions;
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

    /** A share in percent, two decimals; none of nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return code();
    }
}
