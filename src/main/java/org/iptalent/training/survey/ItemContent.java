package org.iptalent.training.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What an item asks and how it is answered: its wording in Chinese and English, its kind, what a follow-up item
 * measures and whether an answer is required. A questionnaire's item holds it as it stands now; a survey's item
 * holds a copy as it was sent. It is made only from checked input ({@link ItemInput#checkedFor}) or from another
 * item's content, so both keep the same columns and the same rules.
 */
@Embeddable
public class ItemContent {

    @Column(name = "text_zh")
    private String textZh;
    @Column(name = "text_en")
    private String textEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private ItemKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "aspect")
    private Aspect aspect;
    @Column(name = "required")
    private boolean required;

    protected ItemContent() {
    }

    private ItemContent(String textZh, String textEn, ItemKind kind, Aspect aspect, boolean required) {
        this.textZh = textZh;
        this.textEn = textEn;
        this.kind = kind;
        this.aspect = aspect;
        this.required = required;
    }

    /** The content of input already checked for its questionnaire. */
    static ItemContent of(ItemInput checked) {
        return new ItemContent(checked.textZh(), checked.textEn(), checked.kind(), checked.aspect(),
                checked.required());
    }

    /** A copy for another item (an embedded value belongs to one entity). */
    ItemContent copy() {
        return new ItemContent(textZh, textEn, kind, aspect, required);
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public ItemKind getKind() {
        return kind;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public boolean isRequired() {
        return required;
    }
}
