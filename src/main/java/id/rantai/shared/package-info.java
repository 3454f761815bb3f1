/**
 * Shared kernel: value types and infrastructure every module may use (container numbers, geometry,
 * office time zones, the RFC 9457 error vocabulary). It is an open module: its sub-packages are part
 * of its API because they hold plain values, not behaviour owned by any one business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package id.rantai.shared;
