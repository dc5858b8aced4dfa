package org.iptalent.training.base;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.iptalent.reference.TaxonomyKind;

/** A team or a category of the plan's taxonomy that a base trains. */
@Embeddable
public class Speciality {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private TaxonomyKind kind;
    @Column(name = "code")
    private String code;

    protected Speciality() {
    }

    public Speciality(TaxonomyKind kind, String code) {
        if (kind != TaxonomyKind.TEAM && kind != TaxonomyKind.CATEGORY) {
            throw new IllegalArgumentException("a speciality is a team or a category: " + kind);
        }
        this.kind = kind;
        this.code = Objects.requireNonNull(code);
    }

    public TaxonomyKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public boolean isTeam() {
        return kind == TaxonomyKind.TEAM;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Speciality other && kind == other.kind && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }
}
