package org.iptalent.shared;

/** A record that belongs to a region: its most specific GB/T 2260 code, or null for a national record. */
public interface RegionScoped {

    String getRegionCode();
}
