/**
 * Degree programmes and academies: universities' IP degree programmes (bachelor's, master's, the professional
 * master's created in 2022, doctorates) with their yearly intake and graduates, the supply pipeline of IP talents;
 * and the IP academies and research institutes built jointly by central and local governments, which the plan counts.
 * Both are kept by the administrations in their region and counted for the plan's indicators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Degree programmes and academies")
package org.iptalent.education;
