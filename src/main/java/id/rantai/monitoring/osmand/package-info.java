@NullMarked
package id.rantai.monitoring.osmand;

import org.jspecify.annotations.NullMarked;
