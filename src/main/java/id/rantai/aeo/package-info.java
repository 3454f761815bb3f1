/**
 * AEO compliance: the framework of conditions and requirements for an Authorized Economic Operator
 * as versioned data, companies' self-assessments with evidence, customs review in rounds, gaps and
 * corrective actions, the records some criteria ask for, and reports. Other modules feed live
 * evidence through {@link id.rantai.aeo.LiveEvidenceSource} without this module knowing them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "AEO compliance")
@org.jspecify.annotations.NullMarked
package id.rantai.aeo;
