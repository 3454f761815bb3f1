@NullMarked
package id.rantai.monitoring.live;

import org.jspecify.annotations.NullMarked;
