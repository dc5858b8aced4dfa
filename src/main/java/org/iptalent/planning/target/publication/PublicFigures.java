package org.iptalent.planning.target.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iptalent.planning.plan.Indicator;
import org.iptalent.planning.plan.Plan;
import org.iptalent.planning.plan.PlanRecords;
import org.iptalent.planning.plan.PlanRegions;
import org.iptalent.planning.plan.Progress;
import org.iptalent.planning.target.IndicatorInfo;
import org.iptalent.planning.target.PlanInfo;
import org.iptalent.planning.target.RegionValues;
import org.iptalent.planning.target.TargetBook;
import org.iptalent.reference.Division;
import org.iptalent.reference.Localized;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public reads without signing in, once the national office has published a plan's figures as of a month:
 * the plan's indicators for the whole country and each mainland province's value of that month, with targets and
 * progress, as they were when published (kept, V29). Never a city, never a person; a month not published (or
 * withdrawn) is not found.
 */
@Service
public class PublicFigures {

    /** A publication as the public list and the national office's page show it. */
    public record Publication(long id, long planId, String planNameZh, String planNameEn, YearMonth month,
            Instant publishedAt, Instant withdrawnAt, long version) {

        public String planName(Locale locale) {
            return Localized.isEnglish(locale) ? planNameEn : planNameZh;
        }

        public boolean withdrawn() {
            return withdrawnAt != null;
        }
    }

    /** One indicator's figure for a region in the published month, in the indicator's unit. */
    public record Figure(String regionCode, String regionName, BigDecimal value, BigDecimal target,
            BigDecimal progress, boolean met) {
    }

    /** The national figures of every indicator of a published month. */
    public record Figures(PlanInfo plan, YearMonth month, Instant publishedAt, List<IndicatorFigure> indicators) {
    }

    public record IndicatorFigure(IndicatorInfo indicator, Figure national, boolean sourceThere) {
    }

    /** One indicator's national figure and the provinces' of a published month. */
    public record ProvinceFigures(PlanInfo plan, YearMonth month, IndicatorInfo indicator, Figure national,
            List<Figure> provinces) {
    }

    private final PlanRecords plans;
    private final PlanPublications publications;
    private final RegionValues values;
    private final TargetBook targets;
    private final ReferenceData reference;
    private final PublishedFigureStore kept;

    PublicFigures(PlanRecords plans, PlanPublications publications, RegionValues values, TargetBook targets,
            ReferenceData reference, PublishedFigureStore kept) {
        this.kept = kept;
        this.plans = plans;
        this.publications = publications;
        this.values = values;
        this.targets = targets;
        this.reference = reference;
    }

    /** The publications in force, latest month first. */
    @Transactional(readOnly = true)
    public List<Publication> published() {
        return publications.findByWithdrawnAtIsNullOrderByMonthDescPublishedAtDesc().stream().map(this::view).toList();
    }

    /** The national figures of a published month, as they were published. */
    @Transactional(readOnly = true)
    public Figures figures(long planId, YearMonth month) {
        PlanPublication publication = published(planId, month);
        return new Figures(PlanInfo.of(plan(planId)), month, publication.getPublishedAt(),
                kept.national(publication.getId()));
    }

    /** One indicator's national and mainland provinces' figures of a published month, as they were published. */
    @Transactional(readOnly = true)
    public ProvinceFigures provinces(long planId, YearMonth month, String indicatorCode) {
        PlanPublication publication = published(planId, month);
        IndicatorInfo info = kept.indicator(publication.getId(), indicatorCode)
                .orElseThrow(() -> new RecordNotFoundException(PlanRecords.INDICATOR, indicatorCode));
        Map<String, Figure> byRegion = kept.regions(publication.getId(), indicatorCode);
        Locale locale = LocaleContextHolder.getLocale();
        List<Figure> provinces = new ArrayList<>();
        for (Division province : reference.provinces()) {
            Figure figure = byRegion.get(province.code());
            if (figure != null) {
                provinces.add(new Figure(figure.regionCode(), province.name(locale), figure.value(),
                        figure.target(), figure.progress(), figure.met()));
            }
        }
        return new ProvinceFigures(PlanInfo.of(plan(planId)), month, info, byRegion.get(PlanRegions.NATIONAL),
                provinces);
    }

    /**
     * Keeps what a publication shows, computed now from the month's history, the approved values and the targets:
     * every indicator's national figure and each mainland province's. Once, when the month is published.
     */
    @Transactional
    public void keep(long publicationId) {
        PlanPublication publication = publications.findById(publicationId)
                .orElseThrow(() -> new RecordNotFoundException(Publications.ENTITY, publicationId));
        if (kept.kept(publicationId)) {
            return;
        }
        Plan plan = plan(publication.getPlanId());
        YearMonth month = publication.getMonth();
        List<PublishedFigureStore.Kept> indicators = new ArrayList<>();
        for (Indicator indicator : plan.sortedIndicators()) {
            IndicatorInfo info = IndicatorInfo.of(indicator);
            RegionValues.Values read = values.ofMonth(indicator, month);
            Map<String, BigDecimal> own = targets.regions(indicator.getId());
            List<Figure> figures = new ArrayList<>();
            figures.add(figure(info, PlanRegions.NATIONAL, null, read.byRegion().get(PlanRegions.NATIONAL),
                    info.target()));
            for (Division province : reference.provinces()) {
                if (province.isMainland()) {
                    figures.add(figure(info, province.code(), null, read.byRegion().get(province.code()),
                            own.getOrDefault(province.code(), info.fallbackTarget())));
                }
            }
            indicators.add(new PublishedFigureStore.Kept(info, read.sourceThere(), figures));
        }
        kept.keep(publicationId, indicators);
    }

    /** Every indicator's national figure of a month, published or not (what a publication would show). */
    Figures figures(Plan plan, YearMonth month, Instant publishedAt) {
        List<IndicatorFigure> figures = new ArrayList<>();
        for (Indicator indicator : plan.sortedIndicators()) {
            IndicatorInfo info = IndicatorInfo.of(indicator);
            RegionValues.Values read = values.ofMonth(indicator, month);
            figures.add(new IndicatorFigure(info, figure(info, PlanRegions.NATIONAL, null,
                    read.byRegion().get(PlanRegions.NATIONAL), info.target()), read.sourceThere()));
        }
        return new Figures(PlanInfo.of(plan), month, publishedAt, figures);
    }

    private static Figure figure(IndicatorInfo indicator, String code, String name, BigDecimal value,
            BigDecimal target) {
        return new Figure(code, name, value, target, Progress.percent(indicator.direction(), value, target),
                Progress.met(indicator.direction(), value, target));
    }

    private PlanPublication published(long planId, YearMonth month) {
        return publications.findFirstByPlanIdAndMonthAndWithdrawnAtIsNull(planId, month.atDay(1))
                .orElseThrow(() -> new RecordNotFoundException(Publications.ENTITY, planId + "/" + month));
    }

    private Plan plan(long planId) {
        return plans.get(planId);
    }

    Publication view(PlanPublication publication) {
        Plan plan = plan(publication.getPlanId());
        return new Publication(publication.getId(), plan.getId(), plan.getNameZh(), plan.getNameEn(),
                publication.getMonth(), publication.getPublishedAt(), publication.getWithdrawnAt(),
                publication.getVersion());
    }
}
