/**
 * Identity and tenancy: organisations (customs offices, service-user companies, e-seal providers,
 * training centres), their users and roles, and who is acting right now. Every other module asks
 * this one "who is the actor and which organisation do they speak for".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and tenancy")
@org.jspecify.annotations.NullMarked
package id.rantai.identity;
