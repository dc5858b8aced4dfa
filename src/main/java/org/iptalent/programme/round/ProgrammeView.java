package org.iptalent.programme.round;

/** A programme as pages and the API show it, and whether the reader runs it. */
public record ProgrammeView(long id, long version, String code, String name, TalentProgramme.Level level,
        String regionCode, String description, boolean administered) {

    static ProgrammeView of(TalentProgramme p, boolean administered) {
        return new ProgrammeView(p.getId(), p.getVersion(), p.getCode(), p.getName(), p.getLevel(), p.getRegionCode(),
                p.getDescription(), administered);
    }
}
