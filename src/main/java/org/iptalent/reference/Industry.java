package org.iptalent.reference;

/** A GB/T 4754-2017 section (a letter) or division (two digits). */
public record Industry(String code, String parentCode, String nameZh, String nameEn) implements Localized {

    public boolean isSection() {
        return parentCode == null;
    }
}
