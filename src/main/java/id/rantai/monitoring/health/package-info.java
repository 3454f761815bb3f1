@NullMarked
package id.rantai.monitoring.health;

import org.jspecify.annotations.NullMarked;
