package org.iptalent.demand.report;

import java.util.Optional;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.organisation.OrganisationRecords;
import org.iptalent.organisation.OrganisationView;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which organisation an employer's account reports for: linked by an administration whose region holds the
 * organisation (the identity module knows accounts, not employers), audited.
 */
@Service
public class EmployerAccounts {

    public static final String ENTITY = "EmployerAccount";

    private final JdbcTemplate jdbc;
    private final OrganisationRecords organisations;
    private final AuditLog audit;

    EmployerAccounts(JdbcTemplate jdbc, OrganisationRecords organisations, AuditLog audit) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The organisation this account reports for, if an administration linked one. */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long userId) {
        return jdbc.query("select organisation_id from demand_employer where user_id = ?",
                rs -> rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty(), userId);
    }

    /** The signed-in employer's organisation; refused when the account is no employer's or is not linked yet. */
    @Transactional(readOnly = true)
    public OrganisationView current() {
        CurrentUser user = CurrentUser.require();
        if (!user.has(Role.EMPLOYER)) {
            throw new AccessDeniedException("demand.employer.only");
        }
        long id = organisationOf(user.id()).orElseThrow(() -> new AccessDeniedException("demand.employer.unlinked"));
        return organisations.parties(java.util.List.of(id)).stream().filter(o -> o.getMergedIntoId() == null)
                .findFirst().map(o -> new OrganisationView(o.getId(), o.getVersion(), o.getName(), o.getType(),
                        o.getCreditCode(), o.getRegionCode(), o.getIndustryCode(), o.isVerified()))
                .orElseThrow(() -> new AccessDeniedException("demand.employer.unlinked"));
    }

    /**
     * Links the employer's account of this user name to the organisation of this credit code, both as an
     * administration types them on its page.
     */
    @Transactional
    public void link(String username, String creditCode) {
        if (username == null || username.isBlank()) {
            throw new BusinessRuleException("username", "field.required");
        }
        if (creditCode == null || creditCode.isBlank()) {
            throw new BusinessRuleException("creditCode", "field.required");
        }
        Long userId = jdbc.query("select id from app_user where username = ?",
                rs -> rs.next() ? rs.getLong(1) : null, username.trim().toLowerCase(java.util.Locale.ROOT));
        if (userId == null) {
            throw new BusinessRuleException("username", "demand.employer.notEmployer");
        }
        long organisationId = organisations.withCreditCode(creditCode.trim().toUpperCase(java.util.Locale.ROOT))
                .filter(o -> o.getMergedIntoId() == null).map(o -> o.getId())
                .orElseThrow(() -> new BusinessRuleException("creditCode", "demand.organisation.unknownCreditCode",
                        creditCode.trim()));
        link(userId, organisationId);
    }

    /** Links an employer's account to an organisation of the administrator's region (a second link replaces it). */
    @Transactional
    public void link(long userId, long organisationId) {
        RegionScope scope = CurrentUser.require().scope();
        if (scope.isNothing()) {
            throw new AccessDeniedException("demand.administrationOnly");
        }
        OrganisationView organisation;
        try {
            organisation = organisations.get(organisationId);
        } catch (org.iptalent.shared.RecordNotFoundException e) {
            throw new BusinessRuleException("creditCode", "demand.organisation.unknown",
                    String.valueOf(organisationId));
        }
        Boolean employer = jdbc.queryForObject("""
                select exists (select 1 from user_role where user_id = ? and role = 'EMPLOYER')""", Boolean.class,
                userId);
        if (!Boolean.TRUE.equals(employer)) {
            throw new BusinessRuleException("userId", "demand.employer.notEmployer");
        }
        jdbc.update("""
                insert into demand_employer (user_id, organisation_id, linked_by, linked_at) values (?, ?, ?, now())
                on conflict (user_id) do update set organisation_id = excluded.organisation_id,
                  linked_by = excluded.linked_by, linked_at = excluded.linked_at""", userId, organisationId,
                CurrentUser.require().id());
        audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, userId).region(organisation.regionCode())
                .message("audit.demand.employerLinked", organisation.name()));
    }
}
