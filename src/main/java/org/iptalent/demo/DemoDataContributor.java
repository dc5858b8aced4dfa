package org.iptalent.demo;

/**
 * A module's part of the demo dataset. Each contributor runs once per database (recorded by
 * {@link #name()}), in {@link #order()}, so a module added later fills an existing demo database too.
 */
public interface DemoDataContributor {

    String name();

    int order();

    void contribute(DemoProperties properties);
}
