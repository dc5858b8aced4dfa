package org.iptalent.programme.round;

/** A programme as its administrator describes it; the code and level are fixed once created. */
public record ProgrammeInput(String code, String name, TalentProgramme.Level level, String description) {
}
