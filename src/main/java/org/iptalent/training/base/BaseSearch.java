package org.iptalent.training.base;

import static org.iptalent.training.base.TrainingBaseRecords.blank;
import static org.iptalent.training.base.TrainingBaseRecords.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.reference.TaxonomyKind;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** The bases a user sees, filtered: the list, its counts per province for the map, and the filters themselves. */
@Component
class BaseSearch {

    private final TrainingBases bases;
    private final ReferenceData reference;
    private final EntityManager entities;

    BaseSearch(TrainingBases bases, ReferenceData reference, EntityManager entities) {
        this.bases = bases;
        this.reference = reference;
        this.entities = entities;
    }

    /** The bases the user sees that match the filters; an unknown level, status, province or speciality is refused. */
    Page<BaseRow> find(BaseCriteria criteria, Pageable pageable) {
        CurrentUser user = CurrentUser.require();
        Specification<TrainingBase> spec = BaseAccess.visibleTo(user).and(filters(criteria));
        return bases.findAll(spec, pageable).map(BaseRow::of);
    }

    /**
     * How many bases of each level the user sees in each province, with the list's filters but its province and
     * level (the map shows every province and toggles the level itself). Revoked bases count only when the
     * status filter asks for them.
     */
    List<ProvinceCount> countsByProvince(BaseCriteria criteria) {
        CurrentUser user = CurrentUser.require();
        BaseCriteria all = criteria.withoutProvince().withLevel(null);
        Specification<TrainingBase> spec = BaseAccess.visibleTo(user).and(filters(all));
        if (all.status() == null || all.status().isBlank()) {
            spec = spec.and((root, query, cb) -> cb.notEqual(root.get("status"), BaseStatus.REVOKED));
        }
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<TrainingBase> root = query.from(TrainingBase.class);
        Expression<String> province = cb.substring(root.get("regionCode"), 1, 2);
        query.multiselect(province, root.get("level"), cb.count(root)).where(spec.toPredicate(root, query, cb))
                .groupBy(province, root.get("level"));
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : entities.createQuery(query).getResultList()) {
            long[] pair = counts.computeIfAbsent(row[0] + "0000", k -> new long[2]);
            pair[row[1] == BaseLevel.NATIONAL ? 0 : 1] += (Long) row[2];
        }
        return counts.entrySet().stream().map(e -> new ProvinceCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The filters as a query; each value is checked, and one that names nothing is refused on its parameter. */
    Specification<TrainingBase> filters(BaseCriteria criteria) {
        Specification<TrainingBase> spec = Specification.unrestricted();
        BaseLevel level = parse(BaseLevel.class, "level", criteria.level(), "trainingBase.filter.level");
        if (level != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("level"), level));
        }
        BaseStatus status = parse(BaseStatus.class, "status", criteria.status(), "trainingBase.filter.status");
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (!blank(criteria.province())) {
            String code = criteria.province().trim();
            if (reference.division(code).filter(Division::isProvince).isEmpty()) {
                throw new BusinessRuleException("province", ReferenceData.UNKNOWN_CODE, code);
            }
            String prefix = code.substring(0, 2) + "%";
            spec = spec.and((root, query, cb) -> cb.like(root.get("regionCode"), prefix));
        }
        if (!blank(criteria.speciality())) {
            String code = criteria.speciality().trim();
            if (reference.term(TaxonomyKind.TEAM, code).isEmpty()
                    && reference.term(TaxonomyKind.CATEGORY, code).isEmpty()) {
                throw new BusinessRuleException("speciality", ReferenceData.UNKNOWN_CODE, code);
            }
            spec = spec.and((root, query, cb) -> {
                Subquery<Long> trained = query.subquery(Long.class);
                Root<TrainingBase> other = trained.from(TrainingBase.class);
                Join<TrainingBase, Speciality> speciality = other.join("specialities");
                trained.select(other.get("id")).where(cb.equal(other.get("id"), root.get("id")),
                        cb.equal(speciality.get("code"), code));
                return cb.exists(trained);
            });
        }
        if (!blank(criteria.q())) {
            String like = "%" + criteria.q().trim().toUpperCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.like(cb.upper(root.get("name")), like, '\\'));
        }
        return spec;
    }
}
