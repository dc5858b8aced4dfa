package org.iptalent.registry.internal;

import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** One team/category pair of the plan's taxonomy on a talent. */
@Embeddable
public class TalentCategory {

    @KeywordField(aggregable = Aggregable.YES)
    private String team;
    @KeywordField(aggregable = Aggregable.YES)
    private String category;

    protected TalentCategory() {
    }

    public TalentCategory(String team, String category) {
        this.team = team;
        this.category = category;
    }

    public String getTeam() {
        return team;
    }

    public String getCategory() {
        return category;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TalentCategory other && category.equals(other.category);
    }

    @Override
    public int hashCode() {
        return category.hashCode();
    }
}
