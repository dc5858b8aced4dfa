package org.iptalent.registry.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.iptalent.registry.TalentAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The links between talent records and their accounts, read with plain SQL (no entity needed). */
@Component
class JdbcTalentAccounts implements TalentAccounts {

    private final JdbcTemplate jdbc;
    private final TalentRecords records;
    private final org.iptalent.identity.UserManagement users;
    private final org.iptalent.audit.AuditLog audit;

    JdbcTalentAccounts(DataSource dataSource, TalentRecords records, org.iptalent.identity.UserManagement users,
            org.iptalent.audit.AuditLog audit) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.records = records;
        this.users = users;
        this.audit = audit;
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public void link(long talentId, String username) {
        var talent = records.get(talentId);
        // only a talent account of the administrator's own region: no record is handed to someone else's user
        var scope = org.iptalent.shared.CurrentUser.require().scope();
        var account = users.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .filter(u -> u.roles().contains(org.iptalent.shared.Role.TALENT))
                .filter(u -> u.regionCode() != null && scope.includes(u.regionCode()))
                .orElseThrow(() -> new org.iptalent.shared.BusinessRuleException("username",
                        "talent.account.notTalentAccount", username));
        talentOf(account.id()).filter(other -> other != talentId).ifPresent(other -> {
            throw new org.iptalent.shared.ConflictException("talent.account.linkedElsewhere", username);
        });
        Optional<Long> previous = accountOf(talentId);
        if (previous.isPresent() && previous.get() == account.id()) {
            return;
        }
        jdbc.update("insert into talent_account (talent_id, user_id, linked_at, linked_by) values (?, ?, now(), ?) "
                + "on conflict (talent_id) do update set user_id = excluded.user_id, linked_at = excluded.linked_at, "
                + "linked_by = excluded.linked_by", talentId, account.id(), org.iptalent.shared.CurrentUser.require().id());
        audit.record(org.iptalent.audit.AuditEvent.of(org.iptalent.audit.AuditAction.UPDATE, "Talent", talentId)
                .region(talent.regionCode()).message(previous.isPresent() ? "audit.talent.accountRelinked"
                        : "audit.talent.accountLinked", account.username(), previous.map(String::valueOf).orElse("")));
    }

    /**
     * A merge's move of the duplicate's account, in the merge's transaction: it goes to the survivor when the survivor
     * has none; when both have one the survivor's is kept and the duplicate's stays linked to the duplicate (a record
     * has one account), which the text says. Null when the duplicate had no account.
     */
    org.iptalent.audit.AuditText merge(long duplicateId, long survivorId) {
        Optional<Long> account = accountOf(duplicateId);
        if (account.isEmpty()) {
            return null;
        }
        int moved = jdbc.update("""
                update talent_account set talent_id = ? where talent_id = ?
                  and not exists (select 1 from talent_account where talent_id = ?)""",
                survivorId, duplicateId, survivorId);
        return org.iptalent.audit.AuditText.message(moved == 1 ? "audit.detail.merge.accountMoved"
                : "audit.detail.merge.accountKept", String.valueOf(account.get()));
    }

    @Override
    public Optional<Long> talentOf(long userId) {
        return jdbc.queryForList("select talent_id from talent_account where user_id = ?", Long.class, userId)
                .stream().findFirst();
    }

    @Override
    public Optional<Long> accountOf(long talentId) {
        return jdbc.queryForList("select user_id from talent_account where talent_id = ?", Long.class, talentId)
                .stream().findFirst();
    }

    @Override
    public Map<Long, Long> accountsOf(Collection<Long> talentIds) {
        Map<Long, Long> accounts = new HashMap<>();
        if (talentIds.isEmpty()) {
            return accounts;
        }
        jdbc.query("select talent_id, user_id from talent_account where talent_id = any(?)",
                rs -> {
                    accounts.put(rs.getLong(1), rs.getLong(2));
                },
                (Object) talentIds.toArray(Long[]::new));
        return accounts;
    }
}
