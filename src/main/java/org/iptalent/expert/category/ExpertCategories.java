package org.iptalent.expert.category;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.InvalidInputException;
import org.iptalent.shared.InvalidInputException.Problem;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert taxonomy: the national office's categories (seeded from the plan's list, V31) and sub-categories, and
 * the sub-categories a province adds under a national category for its own pool. Read whole: it is a few dozen rows.
 */
@Service
public class ExpertCategories {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final int NAME_LENGTH = 100;
    private static final String SELECT = """
            select code, parent_code, name_zh, name_en, owner_region_code, position from expert_category
            order by position, code""";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ExpertCategories(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every category, parents before their children's siblings, in the taxonomy's order. */
    @Transactional(readOnly = true)
    public List<ExpertCategory> all() {
        return jdbc.query(SELECT, (rs, n) -> new ExpertCategory(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6)));
    }

    public Optional<ExpertCategory> find(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The category and every category below it: a draw for a category draws from its sub-categories too. */
    public Set<String> withDescendants(String code) {
        List<ExpertCategory> all = all();
        Set<String> codes = new HashSet<>();
        codes.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (ExpertCategory category : all) {
                if (category.parentCode() != null && codes.contains(category.parentCode())
                        && codes.add(category.code())) {
                    grew = true;
                }
            }
        }
        return codes;
    }

    /**
     * Adds a category: the national office anywhere in the tree, a province's administrator only a sub-category of a
     * national category, owned by its province.
     */
    @Transactional
    public ExpertCategory add(String code, String parentCode, String nameZh, String nameEn) {
        CurrentUser user = CurrentUser.require();
        RegionScope scope = user.scope();
        boolean national = user.has(Role.NATIONAL_ADMIN);
        if (!national && !(user.has(Role.PROVINCIAL_ADMIN) && scope.level() == RegionScope.Level.PROVINCE)) {
            throw new AccessDeniedException("expert.category.notAllowed");
        }
        List<Problem> problems = new ArrayList<>();
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            problems.add(new Problem("code", "expert.category.codeInvalid"));
        }
        Optional<ExpertCategory> parent = parentCode == null || parentCode.isBlank() ? Optional.empty()
                : find(parentCode.trim());
        if (parentCode != null && !parentCode.isBlank() && parent.isEmpty()) {
            problems.add(new Problem("parentCode", "expert.category.parentUnknown", List.of(parentCode.trim())));
        } else if (!national && parent.filter(ExpertCategory::isNational).isEmpty()) {
            problems.add(new Problem("parentCode", "expert.category.provinceUnderNational"));
        }
        requireName(problems, "nameZh", nameZh, true);
        requireName(problems, "nameEn", nameEn, false);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String owner = national ? ExpertCategory.NATIONAL : scope.regionCode();
        String english = nameEn == null || nameEn.isBlank() ? nameZh.trim() : nameEn.trim();
        int position = parent.map(p -> p.position() * 100 + 99).orElse(1000);
        try {
            jdbc.update("""
                    insert into expert_category (code, parent_code, name_zh, name_en, owner_region_code, position)
                    values (?, ?, ?, ?, ?, ?)""", normalised, parent.map(ExpertCategory::code).orElse(null),
                    nameZh.trim(), english, owner, position);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("code", "expert.category.codeTaken", normalised);
        }
        audit.record(AuditEvent.of(AuditAction.CREATE, "ExpertCategory", normalised).region(national ? null : owner)
                .message("expert.audit.categoryAdded", nameZh.trim()));
        return find(normalised).orElseThrow();
    }

    private static void requireName(List<Problem> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "field.required"));
            }
        } else if (value.trim().length() > NAME_LENGTH) {
            problems.add(new Problem(field, "field.tooLong", List.of(NAME_LENGTH)));
        }
    }
}
