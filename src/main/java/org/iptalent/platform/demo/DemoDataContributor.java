package org.iptalent.platform.demo;

/**
 * A module's part of the demo dataset. Each contributor runs once per database (recorded by
 * {@link #name()}), in {@link #order()}, so a module added later fills an existing demo database too.
 * Settings of the module's own (how much it generates) are the module's properties; the ones every
 * contributor shares come with the call.
 */
public interface DemoDataContributor {

    String name();

    int order();

    void contribute(DemoProperties demo);
}
