package org.iptalent.training.base;

/** How many bases of each level one province has, for the map. */
public record ProvinceCount(String provinceCode, long national, long local) {

    public long total() {
        return national + local;
    }
}
