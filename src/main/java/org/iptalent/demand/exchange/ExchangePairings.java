package org.iptalent.demand.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.demand.ExchangeLine;
import org.iptalent.demand.ExchangeMap;
import org.iptalent.organisation.Organisation;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.SortFields;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairings an administration sees (either side in its region): the list with its filters, one pairing, a new
 * pairing (audited), and the lines between provinces a map draws.
 */
@Service
public class ExchangePairings implements ExchangeMap {

    /** The list's sort fields: the newest pairings first unless asked. */
    public static final SortFields SORT = SortFields.of(Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id")),
            "startsOn", "endsOn", "id");

    private final Pairings pairings;
    private final ExchangeAccess access;
    private final ReferenceData reference;
    private final OrganisationRecords organisations;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ExchangePairings(Pairings pairings, ExchangeAccess access, ReferenceData reference,
            OrganisationRecords organisations, NamedParameterJdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.pairings = pairings;
        this.access = access;
        this.reference = reference;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The filters of the list: a level, a region either side lies in, a year the period touches; each optional. */
    public record Filter(Pairing.Level level, String region, Integer year) {
    }

    /** A page of the pairings the administration sees, within the filter; an unknown region or year is refused. */
    @Transactional(readOnly = true)
    public Page<PairingView> list(Filter filter, Pageable pageable) {
        RegionScope scope = ExchangeAccess.administration();
        Specification<Pairing> spec = either(scope);
        if (filter.level() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("level"), filter.level()));
        }
        String region = PairingRules.blankToNull(filter.region());
        if (region != null) {
            reference.checkRegion("region", region).ifPresent(p -> {
                throw new BusinessRuleException("region", p.messageKey(), p.arguments().toArray());
            });
            spec = spec.and(either(RegionScope.of(region)));
        }
        if (filter.year() != null) {
            int year = checkedYear(filter.year());
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            spec = spec.and((root, query, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("startsOn"), last),
                    cb.greaterThanOrEqualTo(root.get("endsOn"), first)));
        }
        Page<Pairing> page = pairings.findAll(spec, pageable);
        Map<Long, String> names = organisationNames(page.getContent());
        Map<Long, PairingTotals> totals = totals(page.getContent().stream().map(Pairing::getId).toList());
        return page.map(p -> view(p, names, totals.getOrDefault(p.getId(), PairingTotals.NONE)));
    }

    @Transactional(readOnly = true)
    public PairingView get(long id) {
        Pairing pairing = access.visible(id);
        return view(pairing, organisationNames(List.of(pairing)),
                totals(List.of(id)).getOrDefault(id, PairingTotals.NONE));
    }

    /** A new pairing, once the rules pass (at least one side in the administration's region); audited. */
    @Transactional
    public PairingView create(PairingInput input) {
        RegionScope scope = ExchangeAccess.administration();
        PairingRules.Checked checked = PairingRules.pairing(input, reference::division, this::organisationRegion,
                scope);
        Pairing pairing = pairings.saveAndFlush(new Pairing(checked, CurrentUser.require().id(), clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, Pairing.ENTITY, pairing.getId())
                .region(ExchangeAccess.auditRegion(scope, pairing))
                .message("exchange.audit.pairingCreated", pairing.getFromRegion(), pairing.getToRegion(),
                        pairing.getStartsOn().toString(), pairing.getEndsOn().toString()));
        return view(pairing, organisationNames(List.of(pairing)), PairingTotals.NONE);
    }

    /** A year a filter names, refused outside the years a pairing may span. */
    public static Integer checkedYear(Integer year) {
        if (year != null && (year < PairingRules.FIRST_YEAR || year > PairingRules.LAST_YEAR)) {
            throw new BusinessRuleException("year", "exchange.yearRange", String.valueOf(PairingRules.FIRST_YEAR),
                    String.valueOf(PairingRules.LAST_YEAR));
        }
        return year;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExchangeLine> lines(Integer year) {
        checkedYear(year);
        RegionScope scope = RegionScope.current();
        if (scope.isNothing()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("scope", scope.likePattern())
                .addValue("first", year == null ? null : LocalDate.of(year, 1, 1))
                .addValue("last", year == null ? null : LocalDate.of(year, 12, 31));
        return jdbc.query("""
                select left(p.from_region, 2) || '0000', left(p.to_region, 2) || '0000', count(*),
                       coalesce(sum(s.people), 0), coalesce(sum(a.trained), 0)
                from exchange_pairing p
                left join (select pairing_id, count(*) people from exchange_secondment group by pairing_id) s
                       on s.pairing_id = p.id
                left join (select pairing_id, sum(people_trained) trained from exchange_activity group by pairing_id) a
                       on a.pairing_id = p.id
                where (p.from_region like :scope or p.to_region like :scope)
                  and (cast(:first as date) is null or (p.starts_on <= :last and p.ends_on >= :first))
                  and left(p.from_region, 2) <> left(p.to_region, 2)
                group by 1, 2 order by 1, 2""", params, (rs, i) -> new ExchangeLine(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
    }

    /** The pairings of which either side lies in {@code scope}. */
    private static Specification<Pairing> either(RegionScope scope) {
        if (scope.isNational()) {
            return (root, query, cb) -> cb.conjunction();
        }
        String like = scope.likePattern();
        return (root, query, cb) -> cb.or(cb.like(root.get("fromRegion"), like),
                cb.like(root.get("toRegion"), like));
    }

    /** The region of an organisation not merged away, whatever the user's region: the other side may be anywhere. */
    Optional<String> organisationRegion(Long id) {
        return organisations.parties(List.of(id)).stream().filter(o -> o.getId().equals(id))
                .filter(o -> o.getMergedIntoId() == null).map(Organisation::getRegionCode).findFirst();
    }

    Map<Long, String> organisationNames(Collection<Pairing> list) {
        Set<Long> ids = new HashSet<>();
        for (Pairing p : list) {
            if (p.getFromOrgId() != null) {
                ids.add(p.getFromOrgId());
                ids.add(p.getToOrgId());
            }
        }
        return names(ids);
    }

    Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            organisations.parties(ids).forEach(o -> names.put(o.getId(), o.getName()));
        }
        return names;
    }

    private Map<Long, PairingTotals> totals(List<Long> ids) {
        Map<Long, PairingTotals> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        jdbc.query("""
                select p.id,
                       (select count(*) from exchange_secondment s where s.pairing_id = p.id),
                       count(a.id), coalesce(sum(a.people_trained), 0), coalesce(sum(a.cases_assisted), 0),
                       coalesce(sum(a.hours), 0)
                from exchange_pairing p left join exchange_activity a on a.pairing_id = p.id
                where p.id in (:ids) group by p.id""", new MapSqlParameterSource("ids", ids), rs -> {
            totals.put(rs.getLong(1), new PairingTotals(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6)));
        });
        return totals;
    }

    private static PairingView view(Pairing p, Map<Long, String> names, PairingTotals totals) {
        return new PairingView(p.getId(), p.getVersion(), p.getLevel(), p.getFromRegion(), p.getToRegion(),
                p.getFromOrgId(), names.get(p.getFromOrgId()), p.getToOrgId(), names.get(p.getToOrgId()),
                p.getStartsOn(), p.getEndsOn(), p.getGoals(), totals);
    }
}
