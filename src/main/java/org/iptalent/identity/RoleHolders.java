package org.iptalent.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.iptalent.shared.Role;

/**
 * Who holds a role in a region, for what a module sends to a region's administrators (a reminder to a province).
 * Not limited to the signed-in user's region: a background job reads it, with nobody signed in.
 */
public interface RoleHolders {

    /**
     * The enabled accounts holding {@code role} whose region is exactly one of {@code regionCodes} (a province's
     * administrators, not its cities'), by region; a region nobody holds the role in is left out.
     */
    Map<String, List<Long>> holders(Role role, Collection<String> regionCodes);
}
