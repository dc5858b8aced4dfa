package org.iptalent.programme.round;

import org.iptalent.shared.AccessDeniedException;
import org.iptalent.shared.CurrentUser;
import org.iptalent.shared.RecordNotFoundException;
import org.iptalent.shared.RegionScope;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a programme, from the signed-in user's roles and region: a national programme is the national
 * administrator's and seen by every provincial administrator (they nominate); a provincial programme is its
 * province's administrators' and the national administrator sees it. Anything else is not found.
 */
@Component
public class ProgrammeAccess {

    public static final String ENTITY = "TalentProgramme";

    private final Programmes programmes;

    ProgrammeAccess(Programmes programmes) {
        this.programmes = programmes;
    }

    public static CurrentUser administrator() {
        CurrentUser user = CurrentUser.require();
        if (!(user.has(Role.NATIONAL_ADMIN) || user.has(Role.PROVINCIAL_ADMIN))) {
            throw new AccessDeniedException("programme.administratorsOnly");
        }
        return user;
    }

    public static boolean sees(CurrentUser user, TalentProgramme programme) {
        if (user.has(Role.NATIONAL_ADMIN)) {
            return true;
        }
        return user.has(Role.PROVINCIAL_ADMIN) && (programme.isNational()
                || programme.getRegionCode().equals(province(user)));
    }

    public static boolean administers(CurrentUser user, TalentProgramme programme) {
        return programme.isNational() ? user.has(Role.NATIONAL_ADMIN)
                : user.has(Role.PROVINCIAL_ADMIN) && programme.getRegionCode().equals(province(user));
    }

    /** The programme if the administrator sees it. */
    public TalentProgramme visible(long id) {
        CurrentUser user = administrator();
        TalentProgramme programme = programmes.findById(id).orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
        if (!sees(user, programme)) {
            throw new RecordNotFoundException(ENTITY, id);
        }
        return programme;
    }

    /** The programme if the administrator runs it (sees and may not run it: refused). */
    public TalentProgramme administered(long id) {
        TalentProgramme programme = visible(id);
        if (!administers(CurrentUser.require(), programme)) {
            throw new AccessDeniedException("programme.notAdministrator");
        }
        return programme;
    }

    /** A provincial administrator's province (nominations are a province's); a city's administrator has none. */
    public static String nominatingProvince(CurrentUser user) {
        String province = province(user);
        if (!user.has(Role.PROVINCIAL_ADMIN) || province == null) {
            throw new AccessDeniedException("programme.provincesNominate");
        }
        return province;
    }

    private static String province(CurrentUser user) {
        RegionScope scope = user.scope();
        return scope.level() == RegionScope.Level.PROVINCE ? scope.regionCode() : null;
    }
}
