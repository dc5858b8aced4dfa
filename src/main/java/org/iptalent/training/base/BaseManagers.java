package org.iptalent.training.base;

import static org.iptalent.training.base.TrainingBaseRecords.ENTITY;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.iptalent.audit.AuditAction;
import org.iptalent.audit.AuditEvent;
import org.iptalent.audit.AuditLog;
import org.iptalent.audit.Changes;
import org.iptalent.identity.UserManagement;
import org.iptalent.identity.UserSummary;
import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.BusinessRuleException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/** A base's managers: who they are (as much as the reader may know), and adding or removing one, audited. */
@Component
class BaseManagers {

    private final TrainingBases bases;
    private final UserManagement users;
    private final AuditLog audit;
    private final BaseReach reach;

    BaseManagers(TrainingBases bases, UserManagement users, AuditLog audit, BaseReach reach) {
        this.bases = bases;
        this.users = users;
        this.audit = audit;
        this.reach = reach;
    }

    /** The base's managers; an administrator reads their names, a manager only their own. */
    List<ManagerView> managers(long id) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = reach.visible(id);
        boolean administrator = !user.scope().isNothing();
        List<ManagerView> managers = new ArrayList<>();
        for (Long userId : base.getManagerIds().stream().sorted().toList()) {
            if (userId == user.id()) {
                managers.add(new ManagerView(userId, user.username(), user.displayName()));
            } else if (administrator) {
                managers.add(lookUp(userId));
            } else {
                managers.add(new ManagerView(userId, null, null));
            }
        }
        return managers;
    }

    /** Makes the account named {@code username} a manager of the base: a training-base manager the admin may see. */
    void addManager(long id, String username) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = reach.administered(user, id);
        String name = username == null ? "" : username.trim();
        if (name.isEmpty()) {
            throw new BusinessRuleException("username", "field.required");
        }
        UserSummary account = users.findByUsername(name)
                .filter(a -> users.manageableRegion().includes(a.regionCode()))
                .orElseThrow(() -> new BusinessRuleException("username", "trainingBase.manager.unknown", name));
        if (!account.roles().contains(Role.TRAINING_BASE_MANAGER) || !account.enabled()) {
            throw new BusinessRuleException("username", "trainingBase.manager.notManager", name);
        }
        Set<Long> managers = new LinkedHashSet<>(base.getManagerIds());
        if (managers.add(account.id())) {
            Changes changes = base.assignManagers(managers);
            bases.flush();
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode()).changes(changes)
                    .message("audit.detail.trainingBaseManagerAdded", account.username()));
        }
    }

    void removeManager(long id, long userId) {
        CurrentUser user = CurrentUser.require();
        TrainingBase base = reach.administered(user, id);
        Set<Long> managers = new LinkedHashSet<>(base.getManagerIds());
        if (managers.remove(userId)) {
            Changes changes = base.assignManagers(managers);
            bases.flush();
            audit.record(AuditEvent.of(AuditAction.UPDATE, ENTITY, id).region(base.getRegionCode()).changes(changes)
                    .message("audit.detail.trainingBaseManagerRemoved", String.valueOf(userId)));
        }
    }

    private ManagerView lookUp(long userId) {
        try {
            UserSummary account = users.get(userId);
            return new ManagerView(userId, account.username(), account.displayName());
        } catch (RecordNotFoundException | AccessDeniedException e) {
            // an account outside the administrator's region: named by its number only
            return new ManagerView(userId, null, null);
        }
    }
}
